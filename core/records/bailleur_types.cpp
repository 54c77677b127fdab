#include "core/records/bailleur_types.h"

#include <QCoreApplication>

namespace vigie::records {
namespace {

constexpr const char *kContext = "vigie::records::BailleurRegister";

QString translated(const char *source)
{
    return QCoreApplication::translate(kContext, source);
}

struct NamedSituation
{
    const char *code;
    const char *label;
};

// CSI L272-2: an occupation that blocks the tenants' access or movement, or keeps the safety
// systems from working, or harms the quiet of the premises; an imminent threat to persons or
// property; and the landlord's own alert, which suffices.
constexpr NamedSituation kSituations[] = {
    { "access_blocked",
      QT_TRANSLATE_NOOP("vigie::records::BailleurRegister",
                        "Occupation blocking the tenants' access or movement") },
    { "safety_systems",
      QT_TRANSLATE_NOOP("vigie::records::BailleurRegister",
                        "Safety or security systems prevented from working or damaged") },
    { "tranquillity",
      QT_TRANSLATE_NOOP("vigie::records::BailleurRegister",
                        "Disturbance of the quiet of the premises") },
    { "imminent_harm",
      QT_TRANSLATE_NOOP("vigie::records::BailleurRegister",
                        "Imminent threat of serious harm to persons or property") },
    { "landlord_alert", QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "Landlord's alert") },
};

} // namespace

QList<Situation> bailleurSituations()
{
    QList<Situation> list;
    for (const NamedSituation &s : kSituations)
        list.append({ QLatin1String(s.code), translated(s.label) });
    return list;
}

QString situationLabel(const QString &code)
{
    for (const NamedSituation &s : kSituations) {
        if (code == QLatin1String(s.code))
            return translated(s.label);
    }
    return code;
}

QList<int> Convention::cameras() const
{
    QList<int> list;
    for (const ConventionBuilding &b : buildings) {
        for (int camera : b.cameras) {
            if (!list.contains(camera))
                list.append(camera);
        }
    }
    return list;
}

QString directionName(CallDirection direction)
{
    return direction == CallDirection::In ? QStringLiteral("in") : QStringLiteral("out");
}

std::optional<CallDirection> directionFromName(const QString &name)
{
    if (name == QLatin1String("in"))
        return CallDirection::In;
    if (name == QLatin1String("out"))
        return CallDirection::Out;
    return std::nullopt;
}

QString channelName(CallChannel channel)
{
    switch (channel) {
    case CallChannel::Phone:
        return QStringLiteral("phone");
    case CallChannel::Radio:
        return QStringLiteral("radio");
    case CallChannel::LandlordAlert:
        return QStringLiteral("landlord_alert");
    }
    return QString();
}

std::optional<CallChannel> channelFromName(const QString &name)
{
    for (CallChannel c : { CallChannel::Phone, CallChannel::Radio, CallChannel::LandlordAlert }) {
        if (channelName(c) == name)
            return c;
    }
    return std::nullopt;
}

QString outcomeName(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Answered:
        return QStringLiteral("answered");
    case CallOutcome::Unanswered:
        return QStringLiteral("unanswered");
    case CallOutcome::Refused:
        return QStringLiteral("refused");
    }
    return QString();
}

std::optional<CallOutcome> outcomeFromName(const QString &name)
{
    for (CallOutcome o : { CallOutcome::Answered, CallOutcome::Unanswered, CallOutcome::Refused }) {
        if (outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

QString directionLabel(CallDirection direction)
{
    return direction == CallDirection::In
        ? translated(QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "incoming"))
        : translated(QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "outgoing"));
}

QString channelLabel(CallChannel channel)
{
    switch (channel) {
    case CallChannel::Phone:
        return translated(QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "telephone"));
    case CallChannel::Radio:
        return translated(QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "radio"));
    case CallChannel::LandlordAlert:
        return translated(
            QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "landlord's alert"));
    }
    return QString();
}

QString outcomeLabel(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Answered:
        return translated(QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "answered"));
    case CallOutcome::Unanswered:
        return translated(QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "unanswered"));
    case CallOutcome::Refused:
        return translated(QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "refused"));
    }
    return QString();
}

QString refusalKindName(RefusalKind kind)
{
    switch (kind) {
    case RefusalKind::ConventionExpired:
        return QStringLiteral("convention_expired");
    case RefusalKind::OutsideScope:
        return QStringLiteral("outside_scope");
    case RefusalKind::SituationNotAllowed:
        return QStringLiteral("situation_not_allowed");
    case RefusalKind::NoSession:
        return QStringLiteral("no_session");
    case RefusalKind::ByOperator:
        return QStringLiteral("by_operator");
    }
    return QString();
}

QString refusalKindLabel(RefusalKind kind)
{
    switch (kind) {
    case RefusalKind::ConventionExpired:
        return translated(
            QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "no convention in force"));
    case RefusalKind::OutsideScope:
        return translated(
            QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "camera outside the convention"));
    case RefusalKind::SituationNotAllowed:
        return translated(
            QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "situation not allowed"));
    case RefusalKind::NoSession:
        return translated(
            QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "no viewing session"));
    case RefusalKind::ByOperator:
        return translated(
            QT_TRANSLATE_NOOP("vigie::records::BailleurRegister", "refused by the centre"));
    }
    return QString();
}

QString normalisePhoneNumber(const QString &number)
{
    QString digits;
    const QString trimmed = number.trimmed();
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    const bool plus = trimmed.startsWith(QLatin1Char('+'));
    // +33 6..., 0033 6..., +33 (0)6...: the national form 06...
    if (plus && digits.startsWith(QLatin1String("33")))
        digits = digits.mid(2);
    else if (!plus && digits.startsWith(QLatin1String("0033")))
        digits = digits.mid(4);
    else if (plus)
        return QLatin1Char('+') + digits;
    else if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    else
        return digits;
    if (digits.startsWith(QLatin1Char('0')))
        return digits;
    return QLatin1Char('0') + digits;
}

} // namespace vigie::records
