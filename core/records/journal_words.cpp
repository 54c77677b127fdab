#include "core/records/journal_words.h"

#include "core/access/role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace vigie::records {
namespace {

class JournalWords
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::JournalWords)
};

QString when(const QString &isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                          : isoUtc;
}

} // namespace

QString actionWords(const QString &action)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("incident.create"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Incident recorded") },
        { QStringLiteral("incident.update"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Incident updated") },
        { QStringLiteral("incident.sign"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Incident signed off") },
        { QStringLiteral("incident.addendum"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Incident addendum") },
        { QStringLiteral("incident.purge"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Incidents purged (retention)") },
        { QStringLiteral("shift.open"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Shift opened") },
        { QStringLiteral("shift.handover"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Shift handed over") },
        { QStringLiteral("shift.ack"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Hand-over acknowledged") },
        { QStringLiteral("shift.visa"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Shift log signed") },
        { QStringLiteral("shift.addendum"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Shift addendum") },
        { QStringLiteral("session.login"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Login") },
        { QStringLiteral("session.logout"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Logout") },
        { QStringLiteral("session.login_failed"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Failed login") },
        { QStringLiteral("session.login_refused"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Login refused") },
        { QStringLiteral("session.locked"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Account locked after failed logins") },
        { QStringLiteral("session.lock"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Desk locked") },
        { QStringLiteral("session.unlock"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Desk unlocked") },
        { QStringLiteral("session.unlock_refused"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Desk unlock refused") },
        { QStringLiteral("access.refused"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Action refused") },
        { QStringLiteral("export.shift_log"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Shift log exported") },
        { QStringLiteral("journal.purge"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Retention purge") },
        { QStringLiteral("user.create"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Account created") },
        { QStringLiteral("user.password"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Password changed") },
        { QStringLiteral("user.unlock"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Account unlocked") },
        { QStringLiteral("user.habilitation"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Habilitation recorded") },
        { QStringLiteral("snapshot.taken"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Snapshot saved") },
        { QStringLiteral("settings.idle_lock"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Idle-lock delay changed") },
    };
    const char *text = words.value(action);
    return text ? JournalWords::tr(text) : action;
}

bool isTechnicalAction(const QString &action)
{
    if (action == QLatin1String("incident.purge"))
        return true;
    return !action.startsWith(QLatin1String("incident."))
        && !action.startsWith(QLatin1String("shift."));
}

QString eventWords(const QString &action, const QString &objectId, const QJsonObject &payload,
                   const PersonNamer &person)
{
    auto name = [&](const QString &login) {
        return person ? person(login) : login;
    };
    auto value = [&](const char *key) {
        return payload.value(QLatin1String(key)).toString();
    };
    const QString words = actionWords(action);
    if (action == QLatin1String("snapshot.taken"))
        return JournalWords::tr("Snapshot saved, camera %1").arg(objectId);
    if (action == QLatin1String("user.create")) {
        QStringList roles;
        for (const QString &code : value("roles").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto role = access::roleFromCode(code);
            roles.append(role ? access::roleLabel(*role) : code);
        }
        QString who = value("display_name");
        if (!value("matricule").isEmpty())
            who += QStringLiteral(" (%1)").arg(value("matricule"));
        return JournalWords::tr("Account created: %1, roles: %2")
            .arg(who.isEmpty() ? objectId : who, roles.join(QStringLiteral(", ")));
    }
    if (action == QLatin1String("user.password") || action == QLatin1String("user.unlock")
        || action == QLatin1String("user.habilitation"))
        return JournalWords::tr("%1: %2").arg(words, name(objectId));
    if (action == QLatin1String("journal.purge"))
        return JournalWords::tr("Retention purge: %n entries before %1", nullptr,
                                payload.value(QStringLiteral("purged")).toInt())
            .arg(when(value("before")));
    if (action == QLatin1String("incident.purge"))
        return JournalWords::tr("Incidents purged (retention) before %1")
            .arg(when(value("before")));
    if (action == QLatin1String("session.login_failed")) {
        const QString reason = value("reason");
        if (reason == QLatin1String("wrong_password"))
            return JournalWords::tr("Failed login for %1: wrong password").arg(name(objectId));
        return JournalWords::tr("Failed login: unknown account \"%1\"").arg(objectId);
    }
    if (action == QLatin1String("session.login_refused"))
        return value("reason") == QLatin1String("disabled")
            ? JournalWords::tr("Login refused for %1: account disabled").arg(name(objectId))
            : JournalWords::tr("Login refused for %1: account locked").arg(name(objectId));
    if (action == QLatin1String("session.locked"))
        return JournalWords::tr("Account of %1 locked after %2 failed logins")
            .arg(name(objectId))
            .arg(payload.value(QStringLiteral("attempts")).toInt());
    if (action == QLatin1String("session.lock"))
        return value("reason") == QLatin1String("idle")
            ? JournalWords::tr("Desk locked after a time without input")
            : words;
    if (action == QLatin1String("session.unlock"))
        return payload.value(QStringLiteral("by_supervisor")).toBool()
            ? JournalWords::tr("Desk of %1 unlocked by a supervisor").arg(name(objectId))
            : words;
    if (action == QLatin1String("access.refused"))
        return JournalWords::tr("Refused: %1 (%2)").arg(value("what"), value("why"));
    if (action == QLatin1String("export.shift_log"))
        return JournalWords::tr("Shift log exported as %1, %n entries", nullptr,
                                payload.value(QStringLiteral("entries")).toInt())
            .arg(value("format").toUpper());
    if (action == QLatin1String("settings.idle_lock"))
        return JournalWords::tr("Idle-lock delay set to %1 min (was %2 min)")
            .arg(payload.value(QStringLiteral("to_minutes")).toInt())
            .arg(payload.value(QStringLiteral("from_minutes")).toInt());
    return words;
}

} // namespace vigie::records
