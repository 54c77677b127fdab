#include "core/records/bailleur_register.h"

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/access/reference_gate.h"
#include "core/access/view_grants.h"
#include "core/common/logging.h"
#include "core/common/uuid.h"
#include "core/journal/journal.h"
#include "core/journal/journal_reader.h"
#include "core/records/convention_book.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace vigie::records {
namespace {

const QString kCall = QStringLiteral("bailleur.call");
const QString kRequest = QStringLiteral("bailleur.request");
const QString kRequestRefuse = QStringLiteral("bailleur.request.refuse");
const QString kRefusal = QStringLiteral("bailleur.refusal");
const QString kSessionOpen = QStringLiteral("bailleur.session.open");
const QString kSessionExtend = QStringLiteral("bailleur.session.extend");
const QString kSessionClose = QStringLiteral("bailleur.session.close");
const QString kVisa = QStringLiteral("bailleur.visa");

QString camerasText(const QList<int> &cameras)
{
    QStringList parts;
    for (int n : cameras)
        parts.append(QString::number(n));
    return parts.join(QLatin1Char(','));
}

QList<int> camerasFrom(const QString &text)
{
    QList<int> list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(part.toInt());
    return list;
}

QJsonArray camerasJson(const QList<int> &cameras)
{
    QJsonArray array;
    for (int n : cameras)
        array.append(n);
    return array;
}

QList<int> camerasFrom(const QJsonValue &value)
{
    QList<int> list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toInt());
    return list;
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime at(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

QDateTime at(const QJsonValue &value)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()));
}

QString sessionEndName(SessionEnd end)
{
    switch (end) {
    case SessionEnd::Open:
        return QStringLiteral("open");
    case SessionEnd::ByHand:
        return QStringLiteral("hand");
    case SessionEnd::Limit:
        return QStringLiteral("limit");
    }
    return QString();
}

SessionEnd sessionEndFrom(const QString &name)
{
    if (name == QLatin1String("hand"))
        return SessionEnd::ByHand;
    if (name == QLatin1String("limit"))
        return SessionEnd::Limit;
    return SessionEnd::Open;
}

QString requestStateName(RequestState state)
{
    switch (state) {
    case RequestState::Pending:
        return QStringLiteral("pending");
    case RequestState::Accepted:
        return QStringLiteral("accepted");
    case RequestState::Refused:
        return QStringLiteral("refused");
    }
    return QString();
}

RequestState requestStateFrom(const QString &name)
{
    if (name == QLatin1String("accepted"))
        return RequestState::Accepted;
    if (name == QLatin1String("refused"))
        return RequestState::Refused;
    return RequestState::Pending;
}

std::optional<RefusalKind> refusalKindFrom(const QString &name)
{
    for (RefusalKind k :
         { RefusalKind::ConventionExpired, RefusalKind::OutsideScope,
           RefusalKind::SituationNotAllowed, RefusalKind::NoSession, RefusalKind::ByOperator }) {
        if (refusalKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QJsonObject callState(const BailleurCall &c)
{
    return { { QStringLiteral("at_ms"), double(ms(c.at)) },
             { QStringLiteral("direction"), directionName(c.direction) },
             { QStringLiteral("channel"), channelName(c.channel) },
             { QStringLiteral("name"), nonNull(c.party.name.trimmed()) },
             { QStringLiteral("service"), nonNull(c.party.service.trimmed()) },
             { QStringLiteral("matricule"), nonNull(c.party.matricule.trimmed()) },
             { QStringLiteral("number"), nonNull(c.party.number.trimmed()) },
             { QStringLiteral("outcome"), outcomeName(c.outcome) },
             { QStringLiteral("convention"), nonNull(c.convention) },
             { QStringLiteral("operator"), nonNull(c.operatorLogin) },
             { QStringLiteral("source"),
               c.source == CallSource::Exchange ? QStringLiteral("exchange")
                                                : QStringLiteral("desk") },
             { QStringLiteral("exchange_id"), nonNull(c.exchangeId) },
             { QStringLiteral("note"), nonNull(c.note.trimmed()) },
             { QStringLiteral("corrects"), nonNull(c.corrects) },
             { QStringLiteral("correction_reason"), nonNull(c.correctionReason.trimmed()) } };
}

QJsonObject requestState(const BailleurRequest &r)
{
    return { { QStringLiteral("at_ms"), double(ms(r.at)) },
             { QStringLiteral("call_id"), nonNull(r.callId) },
             { QStringLiteral("channel"), channelName(r.channel) },
             { QStringLiteral("convention"), nonNull(r.convention) },
             { QStringLiteral("situation"), nonNull(r.situation) },
             { QStringLiteral("incident_id"), nonNull(r.incidentId) },
             { QStringLiteral("intervention"), nonNull(r.intervention.trimmed()) },
             { QStringLiteral("building"), nonNull(r.building.trimmed()) },
             { QStringLiteral("cameras"), camerasJson(r.cameras) },
             { QStringLiteral("asked_min"), r.asked_min },
             { QStringLiteral("operator"), nonNull(r.operatorLogin) },
             { QStringLiteral("state"), requestStateName(r.state) },
             { QStringLiteral("refusal"), nonNull(r.refusal) } };
}

QJsonObject refusalState(const BailleurRefusal &r)
{
    return { { QStringLiteral("at_ms"), double(ms(r.at)) },
             { QStringLiteral("kind"), refusalKindName(r.kind) },
             { QStringLiteral("convention"), nonNull(r.convention) },
             { QStringLiteral("cameras"), camerasJson(r.cameras) },
             { QStringLiteral("request_id"), nonNull(r.requestId) },
             { QStringLiteral("reason"), nonNull(r.reason) } };
}

BailleurCall callFrom(const QSqlQuery &q)
{
    BailleurCall c;
    c.id = q.value(0).toString();
    c.at = at(q.value(1));
    c.direction = directionFromName(q.value(2).toString()).value_or(CallDirection::In);
    c.channel = channelFromName(q.value(3).toString()).value_or(CallChannel::Phone);
    c.party = { q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                q.value(7).toString() };
    c.outcome = outcomeFromName(q.value(8).toString()).value_or(CallOutcome::Answered);
    c.convention = q.value(9).toString();
    c.operatorLogin = q.value(10).toString();
    c.source = q.value(11).toString() == QLatin1String("exchange") ? CallSource::Exchange
                                                                   : CallSource::Desk;
    c.exchangeId = q.value(12).toString();
    c.note = q.value(13).toString();
    c.corrects = q.value(14).toString();
    c.correctionReason = q.value(15).toString();
    return c;
}

const QString kCallColumns = QStringLiteral(
    "SELECT id, at_ms, direction, channel, party_name, party_service, party_matricule,"
    " party_number, outcome, convention, operator, source, exchange_id, note, corrects,"
    " correction_reason FROM bailleur_calls");

BailleurRequest requestFrom(const QSqlQuery &q)
{
    BailleurRequest r;
    r.id = q.value(0).toString();
    r.at = at(q.value(1));
    r.callId = q.value(2).toString();
    r.channel = channelFromName(q.value(3).toString()).value_or(CallChannel::Phone);
    r.convention = q.value(4).toString();
    r.situation = q.value(5).toString();
    r.incidentId = q.value(6).toString();
    r.intervention = q.value(7).toString();
    r.building = q.value(8).toString();
    r.cameras = camerasFrom(q.value(9).toString());
    r.asked_min = q.value(10).toInt();
    r.operatorLogin = q.value(11).toString();
    r.state = requestStateFrom(q.value(12).toString());
    r.refusal = q.value(13).toString();
    r.sessionId = q.value(14).toString();
    return r;
}

const QString kRequestColumns = QStringLiteral(
    "SELECT id, at_ms, call_id, channel, convention, situation, incident_id, intervention,"
    " building, cameras, asked_min, operator, state, refusal, session_id FROM bailleur_requests");

BailleurSession sessionFrom(const QSqlQuery &q)
{
    BailleurSession s;
    s.id = q.value(0).toString();
    s.requestId = q.value(1).toString();
    s.convention = q.value(2).toString();
    s.cameras = camerasFrom(q.value(3).toString());
    s.openedAt = at(q.value(4));
    s.openedBy = q.value(5).toString();
    s.endsAt = at(q.value(6));
    s.closedAt = at(q.value(7));
    s.closedBy = q.value(8).toString();
    s.end = sessionEndFrom(q.value(9).toString());
    s.closeReason = q.value(10).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(11).toByteArray()).array()) {
        const QJsonObject o = v.toObject();
        s.extensions.append({ at(o.value(QStringLiteral("at_ms"))),
                              o.value(QStringLiteral("by")).toString(),
                              o.value(QStringLiteral("added_min")).toInt(),
                              o.value(QStringLiteral("reason")).toString() });
    }
    return s;
}

const QString kSessionColumns = QStringLiteral(
    "SELECT id, request_id, convention, cameras, opened_ms, opened_by, ends_ms, closed_ms,"
    " closed_by, end_kind, close_reason, extensions FROM bailleur_sessions");

// [from, to] as a range of milliseconds; an invalid bound is no bound.
QPair<qint64, qint64> range(const QDateTime &from, const QDateTime &to)
{
    return { from.isValid() ? ms(from) : std::numeric_limits<qint64>::min(),
             to.isValid() ? ms(to) : std::numeric_limits<qint64>::max() };
}

// Who closes a session that reached its limit: the workstation itself.
access::User systemUser()
{
    access::User user;
    user.login = QStringLiteral("system");
    return user;
}

Status sqlFailure(const QSqlQuery &q)
{
    return Status::failure(store::Database::describeError(
        BailleurRegister::tr("Cannot save the bailleur register"), q.lastError()));
}

} // namespace

BailleurRegister::BailleurRegister(store::Database &db, journal::Journal &journal,
                                   access::AccessPolicy &policy, Clock clock, QObject *parent)
    : QObject(parent), m_db(db), m_journal(journal), m_policy(policy), m_clock(std::move(clock))
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    // A session closes at its minute, not 5% of its length late.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const auto swept = sweep();
        if (!swept.ok())
            qCWarning(lcAccess) << "bailleur sessions:" << swept.error();
    });
    armTimer();
}

BailleurRegister::~BailleurRegister() = default;

Status BailleurRegister::recordEvent(const access::User &actor, const QString &action,
                                     const QString &objectId, const QJsonObject &payload)
{
    return m_journal
        .recordProjected(
            { actor.login, action, QLatin1String(kBailleurObject), objectId, QString(), payload },
            [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

// --- Calls ------------------------------------------------------------------------------------

Result<BailleurCall> BailleurRegister::logCall(const access::User &actor, BailleurCall call)
{
    const Status allowed = m_policy.check(actor, access::Permission::HandleBailleurRequests,
                                          QLatin1String(kBailleurObject), QStringLiteral("call"));
    if (!allowed.ok())
        return Result<BailleurCall>(allowed);
    if (call.party.name.trimmed().isEmpty() && call.party.number.trimmed().isEmpty())
        return Result<BailleurCall>::failure(
            tr("Give the caller's (or callee's) name or call-back number."));
    if (!call.corrects.isEmpty() && call.correctionReason.trimmed().isEmpty())
        return Result<BailleurCall>::failure(tr("A correction needs its reason."));
    call.id = timeOrderedUuid().toString(QUuid::WithoutBraces);
    if (!call.at.isValid())
        call.at = m_clock();
    call.operatorLogin = actor.login;
    if (call.convention.isEmpty())
        call.convention = conventionForNumber(call.party.number).value_or(QString());
    const Status recorded = recordEvent(actor, kCall, call.id, callState(call));
    if (!recorded.ok())
        return Result<BailleurCall>(recorded);
    emit callLogged(call.id);
    emit registerChanged();
    return call;
}

Result<BailleurCall> BailleurRegister::correctCall(const access::User &actor, const QString &callId,
                                                   BailleurCall corrected, const QString &reason)
{
    const auto original = call(callId);
    if (!original)
        return Result<BailleurCall>::failure(
            tr("There is no call \"%1\" in the register.").arg(callId));
    if (reason.trimmed().isEmpty())
        return Result<BailleurCall>::failure(tr("A correction needs its reason."));
    corrected.corrects = original->corrects.isEmpty() ? original->id : original->corrects;
    corrected.correctionReason = reason;
    corrected.source = CallSource::Desk;
    corrected.exchangeId.clear();
    if (!corrected.at.isValid())
        corrected.at = original->at;
    return logCall(actor, corrected);
}

QList<BailleurCall> BailleurRegister::calls(const QDateTime &from, const QDateTime &to) const
{
    QList<BailleurCall> list;
    const auto [low, high] = range(from, to);
    QSqlQuery q(m_db.connection());
    q.prepare(kCallColumns + QStringLiteral(" WHERE at_ms BETWEEN ? AND ? ORDER BY at_ms, id"));
    q.addBindValue(low);
    q.addBindValue(high);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(callFrom(q));
    // Corrections read after the entry they correct.
    QList<BailleurCall> ordered;
    for (const BailleurCall &c : std::as_const(list)) {
        if (!c.corrects.isEmpty() && std::any_of(list.cbegin(), list.cend(), [&](const auto &o) {
                return o.id == c.corrects;
            }))
            continue;
        ordered.append(c);
        for (const BailleurCall &k : std::as_const(list)) {
            if (k.corrects == c.id)
                ordered.append(k);
        }
    }
    return ordered;
}

std::optional<BailleurCall> BailleurRegister::call(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kCallColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return callFrom(q);
}

QList<CallSuggestion> BailleurRegister::suggestParties(const QString &prefix, int limit) const
{
    QList<CallSuggestion> list;
    const QString typed = prefix.trimmed();
    const QString typedNumber = normalisePhoneNumber(typed);
    const auto matches = [&](const CallParty &p) {
        if (typed.isEmpty())
            return true;
        for (const QString &field : { p.name, p.service, p.matricule }) {
            if (field.startsWith(typed, Qt::CaseInsensitive))
                return true;
            // "Dupont" for "Jean Dupont": any word of the name.
            for (const QString &word : field.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (word.startsWith(typed, Qt::CaseInsensitive))
                    return true;
            }
        }
        return !typedNumber.isEmpty() && normalisePhoneNumber(p.number).startsWith(typedNumber);
    };
    const auto seen = [&](const CallParty &p) {
        return std::any_of(list.cbegin(), list.cend(), [&](const CallSuggestion &s) {
            return s.party.name.compare(p.name, Qt::CaseInsensitive) == 0
                && normalisePhoneNumber(s.party.number) == normalisePhoneNumber(p.number);
        });
    };
    ConventionBook book(m_db, m_journal, m_clock);
    const QList<Convention> conventions = book.conventions();
    const auto landlordOf = [&](const QString &reference) {
        for (const Convention &c : conventions) {
            if (c.reference == reference)
                return c.landlord;
        }
        return QString();
    };
    QSqlQuery q(m_db.connection());
    q.prepare(kCallColumns + QStringLiteral(" ORDER BY at_ms DESC LIMIT 500"));
    if (q.exec()) {
        while (q.next() && list.size() < limit) {
            const BailleurCall c = callFrom(q);
            if (matches(c.party) && !seen(c.party))
                list.append({ c.party, c.convention, landlordOf(c.convention), false });
        }
    }
    for (const Convention &c : conventions) {
        for (const ConventionContact &k : c.contacts) {
            const CallParty p { k.name, k.service, QString(), k.number };
            if (list.size() < limit && matches(p) && !seen(p))
                list.append({ p, c.reference, c.landlord, true });
        }
    }
    return list;
}

std::optional<QString> BailleurRegister::conventionForNumber(const QString &number) const
{
    const QString key = normalisePhoneNumber(number);
    if (key.isEmpty())
        return std::nullopt;
    ConventionBook book(m_db, m_journal, m_clock);
    for (const Convention &c : book.conventions()) {
        for (const ConventionContact &k : c.contacts) {
            if (normalisePhoneNumber(k.number) == key)
                return c.reference;
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT convention FROM bailleur_calls WHERE number_key = ? AND"
                             " convention <> '' ORDER BY at_ms DESC LIMIT 1"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Result<int> BailleurRegister::addExchangeCalls(const access::User &actor,
                                               const QList<BailleurCall> &incoming,
                                               int *alreadyLogged)
{
    const Status allowed = m_policy.check(actor, access::Permission::HandleBailleurRequests,
                                          QLatin1String(kBailleurObject), QStringLiteral("import"));
    if (!allowed.ok())
        return Result<int>(allowed);
    QList<journal::NewEvent> events;
    QList<BailleurCall> added;
    int already = 0;
    QSqlQuery byId(m_db.connection());
    byId.prepare(QStringLiteral("SELECT COUNT(*) FROM bailleur_calls WHERE exchange_id = ?"));
    QSqlQuery byNumber(m_db.connection());
    byNumber.prepare(QStringLiteral("SELECT COUNT(*) FROM bailleur_calls WHERE number_key = ?"
                                    " AND at_ms BETWEEN ? AND ?"));
    const qint64 window_ms = kSameCallWindow_s * 1000;
    for (BailleurCall call : incoming) {
        const QString key = normalisePhoneNumber(call.party.number);
        byId.addBindValue(call.exchangeId);
        if (!byId.exec() || !byId.next())
            return Result<int>(sqlFailure(byId));
        bool known = !call.exchangeId.isEmpty() && byId.value(0).toInt() > 0;
        byId.finish();
        if (!known) {
            byNumber.addBindValue(key);
            byNumber.addBindValue(ms(call.at) - window_ms);
            byNumber.addBindValue(ms(call.at) + window_ms);
            if (!byNumber.exec() || !byNumber.next())
                return Result<int>(sqlFailure(byNumber));
            known = byNumber.value(0).toInt() > 0;
            byNumber.finish();
        }
        // The same file twice, or a line repeated in it.
        known = known || std::any_of(added.cbegin(), added.cend(), [&](const BailleurCall &a) {
                    return (!call.exchangeId.isEmpty() && a.exchangeId == call.exchangeId)
                        || (normalisePhoneNumber(a.party.number) == key
                            && qAbs(a.at.msecsTo(call.at)) <= window_ms);
                });
        if (known) {
            ++already;
            continue;
        }
        call.id = timeOrderedUuid(ms(call.at)).toString(QUuid::WithoutBraces);
        call.source = CallSource::Exchange;
        call.operatorLogin = actor.login;
        if (call.convention.isEmpty())
            call.convention = conventionForNumber(call.party.number).value_or(QString());
        added.append(call);
        events.append({ actor.login, kCall, QLatin1String(kBailleurObject), call.id, QString(),
                        callState(call) });
    }
    if (alreadyLogged)
        *alreadyLogged = already;
    if (events.isEmpty())
        return 0;
    auto recorded = m_journal.recordAllProjected(
        events, [&](const journal::Event &e) { return apply(m_db, e); });
    if (!recorded.ok())
        return recorded;
    for (const BailleurCall &c : std::as_const(added))
        emit callLogged(c.id);
    emit registerChanged();
    return recorded;
}

// --- Requests and sessions ----------------------------------------------------------------

Result<BailleurRequest> BailleurRegister::request(const access::User &actor, BailleurRequest r)
{
    const Status allowed
        = m_policy.check(actor, access::Permission::HandleBailleurRequests,
                         QLatin1String(kBailleurObject), QStringLiteral("request"));
    if (!allowed.ok())
        return Result<BailleurRequest>(allowed);
    ConventionBook book(m_db, m_journal, m_clock);
    const auto convention = book.byReference(r.convention);
    if (!convention)
        return Result<BailleurRequest>::failure(
            tr("There is no convention \"%1\": a landlord's cameras are viewed only under the "
               "convention approved by the préfet.")
                .arg(r.convention));
    if (r.cameras.isEmpty())
        return Result<BailleurRequest>::failure(tr("Name the cameras the request is for."));
    if (r.situation.trimmed().isEmpty())
        return Result<BailleurRequest>::failure(tr("Name the situation invoked."));
    if (r.asked_min < 0)
        return Result<BailleurRequest>::failure(tr("The duration asked cannot be negative."));
    if (!r.callId.isEmpty() && !call(r.callId))
        return Result<BailleurRequest>::failure(
            tr("There is no call \"%1\" in the register.").arg(r.callId));
    r.id = timeOrderedUuid().toString(QUuid::WithoutBraces);
    r.at = m_clock();
    r.operatorLogin = actor.login;
    r.state = RequestState::Pending;
    r.sessionId.clear();
    r.refusal.clear();
    // The law's checks: a convention in force, cameras in its scope, a situation it allows.
    std::optional<RefusalKind> kind;
    QString reason;
    if (const Status inForce = book.inForce(*convention); !inForce.ok()) {
        kind = RefusalKind::ConventionExpired;
        reason = inForce.error();
    }
    if (!kind) {
        QList<int> scope = convention->cameras();
        if (!r.building.trimmed().isEmpty()) {
            scope.clear();
            for (const ConventionBuilding &b : convention->buildings) {
                if (b.name.compare(r.building.trimmed(), Qt::CaseInsensitive) == 0)
                    scope = b.cameras;
            }
        }
        QStringList outside;
        for (int n : std::as_const(r.cameras)) {
            if (!scope.contains(n))
                outside.append(QString::number(n));
        }
        if (!outside.isEmpty()) {
            kind = RefusalKind::OutsideScope;
            reason = tr("Camera(s) %1 are outside the scope of the convention %2 (common areas "
                        "of the buildings it lists): they cannot be viewed under it.")
                         .arg(outside.join(QStringLiteral(", ")), convention->reference);
        }
    }
    if (!kind && !convention->situations.contains(r.situation)) {
        kind = RefusalKind::SituationNotAllowed;
        reason = tr("The situation \"%1\" is not one the convention %2 allows.")
                     .arg(situationLabel(r.situation), convention->reference);
    }
    if (!kind) {
        const Status recorded = recordEvent(actor, kRequest, r.id, requestState(r));
        if (!recorded.ok())
            return Result<BailleurRequest>(recorded);
        emit requestRecorded(r.id);
        emit registerChanged();
        return r;
    }
    // A refused request is an entry too, with its refusal: what the commission reads.
    r.state = RequestState::Refused;
    r.refusal = reason;
    const BailleurRefusal refusal { QString(), r.at, *kind,       r.convention,
                                    r.cameras, r.id, actor.login, reason };
    const QString refusalId = timeOrderedUuid().toString(QUuid::WithoutBraces);
    auto recorded
        = m_journal.recordAllProjected({ { actor.login, kRequest, QLatin1String(kBailleurObject),
                                           r.id, QString(), requestState(r) },
                                         { actor.login, kRefusal, QLatin1String(kBailleurObject),
                                           refusalId, QString(), refusalState(refusal) } },
                                       [&](const journal::Event &e) { return apply(m_db, e); });
    if (!recorded.ok())
        return Result<BailleurRequest>(recorded.status());
    emit requestRecorded(r.id);
    emit registerChanged();
    return Result<BailleurRequest>::failure(reason);
}

Result<BailleurSession> BailleurRegister::accept(const access::User &actor,
                                                 const QString &requestId)
{
    const Status allowed = m_policy.check(actor, access::Permission::HandleBailleurRequests,
                                          QLatin1String(kBailleurObject), requestId);
    if (!allowed.ok())
        return Result<BailleurSession>(allowed);
    const auto r = request(requestId);
    if (!r)
        return Result<BailleurSession>::failure(
            tr("There is no request \"%1\" in the register.").arg(requestId));
    if (r->state != RequestState::Pending)
        return Result<BailleurSession>::failure(
            r->state == RequestState::Accepted
                ? tr("This request has already been accepted: its session is %1.").arg(r->sessionId)
                : tr("This request was refused: %1").arg(r->refusal));
    ConventionBook book(m_db, m_journal, m_clock);
    const auto convention = book.byReference(r->convention);
    if (!convention)
        return Result<BailleurSession>::failure(
            tr("There is no convention \"%1\".").arg(r->convention));
    // The convention may have expired or been withdrawn since the request was taken.
    if (const Status inForce = book.inForce(*convention); !inForce.ok()) {
        const BailleurRefusal refusal {
            QString(),     m_clock(),      RefusalKind::ConventionExpired,
            r->convention, r->cameras,     r->id,
            actor.login,   inForce.error()
        };
        auto recorded = m_journal.recordAllProjected(
            { { actor.login,
                kRequestRefuse,
                QLatin1String(kBailleurObject),
                r->id,
                QString(),
                { { QStringLiteral("reason"), inForce.error() } } },
              { actor.login, kRefusal, QLatin1String(kBailleurObject),
                timeOrderedUuid().toString(QUuid::WithoutBraces), QString(),
                refusalState(refusal) } },
            [&](const journal::Event &e) { return apply(m_db, e); });
        if (!recorded.ok())
            return Result<BailleurSession>(recorded.status());
        emit registerChanged();
        return Result<BailleurSession>(inForce);
    }
    const int minutes = r->asked_min > 0 ? qMin(r->asked_min, convention->maxSession_min)
                                         : convention->maxSession_min;
    BailleurSession s;
    s.id = timeOrderedUuid().toString(QUuid::WithoutBraces);
    s.requestId = r->id;
    s.convention = r->convention;
    s.cameras = r->cameras;
    s.openedAt = m_clock();
    s.openedBy = actor.login;
    s.endsAt = s.openedAt.addSecs(qint64(minutes) * 60);
    const QJsonObject payload { { QStringLiteral("request_id"), s.requestId },
                                { QStringLiteral("convention"), s.convention },
                                { QStringLiteral("cameras"), camerasJson(s.cameras) },
                                { QStringLiteral("opened_ms"), double(ms(s.openedAt)) },
                                { QStringLiteral("ends_ms"), double(ms(s.endsAt)) },
                                { QStringLiteral("minutes"), minutes } };
    const Status recorded = recordEvent(actor, kSessionOpen, s.id, payload);
    if (!recorded.ok())
        return Result<BailleurSession>(recorded);
    qCInfo(lcAccess) << "bailleur session opened" << s.id << s.cameras << "until" << s.endsAt;
    armTimer();
    emit sessionOpened(s.id);
    emit registerChanged();
    return s;
}

Status BailleurRegister::refuse(const access::User &actor, const QString &requestId,
                                const QString &reason)
{
    const Status allowed = m_policy.check(actor, access::Permission::HandleBailleurRequests,
                                          QLatin1String(kBailleurObject), requestId);
    if (!allowed.ok())
        return allowed;
    const auto r = request(requestId);
    if (!r)
        return Status::failure(tr("There is no request \"%1\" in the register.").arg(requestId));
    if (r->state != RequestState::Pending)
        return Status::failure(tr("Only a pending request can be refused."));
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the request is refused."));
    const BailleurRefusal refusal { QString(),     m_clock(),       RefusalKind::ByOperator,
                                    r->convention, r->cameras,      r->id,
                                    actor.login,   reason.trimmed() };
    auto recorded = m_journal.recordAllProjected(
        { { actor.login,
            kRequestRefuse,
            QLatin1String(kBailleurObject),
            r->id,
            QString(),
            { { QStringLiteral("reason"), reason.trimmed() } } },
          { actor.login, kRefusal, QLatin1String(kBailleurObject),
            timeOrderedUuid().toString(QUuid::WithoutBraces), QString(), refusalState(refusal) } },
        [&](const journal::Event &e) { return apply(m_db, e); });
    if (!recorded.ok())
        return recorded.status();
    emit registerChanged();
    return Status::success();
}

Result<BailleurSession> BailleurRegister::extend(const access::User &actor,
                                                 const QString &sessionId, int minutes,
                                                 const QString &reason)
{
    const Status allowed = m_policy.check(actor, access::Permission::HandleBailleurRequests,
                                          QLatin1String(kBailleurObject), sessionId);
    if (!allowed.ok())
        return Result<BailleurSession>(allowed);
    const auto s = session(sessionId);
    if (!s)
        return Result<BailleurSession>::failure(
            tr("There is no viewing session \"%1\".").arg(sessionId));
    const QDateTime now = m_clock();
    if (!s->isOpenAt(now))
        return Result<BailleurSession>::failure(
            tr("This viewing session is closed: a new request is needed."));
    if (minutes <= 0)
        return Result<BailleurSession>::failure(tr("Give the minutes to add."));
    if (reason.trimmed().isEmpty())
        return Result<BailleurSession>::failure(
            tr("An extension is a decision of its own: say why it is needed."));
    ConventionBook book(m_db, m_journal, m_clock);
    const auto convention = book.byReference(s->convention);
    if (!convention)
        return Result<BailleurSession>::failure(
            tr("There is no convention \"%1\".").arg(s->convention));
    if (const Status inForce = book.inForce(*convention); !inForce.ok())
        return Result<BailleurSession>(inForce);
    const QDateTime endsAt = s->endsAt.addSecs(qint64(minutes) * 60);
    const qint64 left_min
        = (qint64(convention->maxSession_min) * 60 - s->openedAt.secsTo(s->endsAt)) / 60;
    if (s->openedAt.secsTo(endsAt) > qint64(convention->maxSession_min) * 60)
        return Result<BailleurSession>::failure(
            tr("The convention %1 limits a session to %2 min: %3 min can still be added.")
                .arg(convention->reference)
                .arg(convention->maxSession_min)
                .arg(qMax<qint64>(0, left_min)));
    const QJsonObject payload { { QStringLiteral("at_ms"), double(ms(now)) },
                                { QStringLiteral("added_min"), minutes },
                                { QStringLiteral("ends_ms"), double(ms(endsAt)) },
                                { QStringLiteral("reason"), reason.trimmed() } };
    const Status recorded = recordEvent(actor, kSessionExtend, s->id, payload);
    if (!recorded.ok())
        return Result<BailleurSession>(recorded);
    m_warned.removeAll(s->id);
    armTimer();
    emit sessionExtended(s->id);
    emit registerChanged();
    return *session(s->id);
}

Status BailleurRegister::close(const access::User &actor, const QString &sessionId,
                               const QString &reason)
{
    const Status allowed = m_policy.check(actor, access::Permission::HandleBailleurRequests,
                                          QLatin1String(kBailleurObject), sessionId);
    if (!allowed.ok())
        return allowed;
    const auto s = session(sessionId);
    if (!s)
        return Status::failure(tr("There is no viewing session \"%1\".").arg(sessionId));
    if (s->end != SessionEnd::Open)
        return Status::failure(tr("This viewing session is already closed."));
    const QDateTime now = m_clock();
    // Past its limit it closed by itself, whether or not a sweep has written it yet.
    const bool atLimit = now >= s->endsAt;
    const QJsonObject payload {
        { QStringLiteral("at_ms"), double(ms(atLimit ? s->endsAt : now)) },
        { QStringLiteral("end"), sessionEndName(atLimit ? SessionEnd::Limit : SessionEnd::ByHand) },
        { QStringLiteral("reason"), nonNull(reason.trimmed()) }
    };
    const Status recorded
        = recordEvent(atLimit ? systemUser() : actor, kSessionClose, s->id, payload);
    if (!recorded.ok())
        return recorded;
    armTimer();
    emit sessionEnded(s->id, s->cameras, atLimit ? SessionEnd::Limit : SessionEnd::ByHand);
    emit registerChanged();
    return Status::success();
}

Result<int> BailleurRegister::sweep()
{
    const QDateTime now = m_clock();
    int closed = 0;
    for (const BailleurSession &s : openSessions(true)) {
        if (now >= s.endsAt) {
            const QJsonObject payload { { QStringLiteral("at_ms"), double(ms(s.endsAt)) },
                                        { QStringLiteral("end"),
                                          sessionEndName(SessionEnd::Limit) },
                                        { QStringLiteral("reason"), QString() } };
            const Status recorded = recordEvent(systemUser(), kSessionClose, s.id, payload);
            if (!recorded.ok()) {
                armTimer();
                return Result<int>(recorded);
            }
            ++closed;
            m_warned.removeAll(s.id);
            qCInfo(lcAccess) << "bailleur session reached its limit" << s.id;
            emit sessionEnded(s.id, s.cameras, SessionEnd::Limit);
        } else if (now.secsTo(s.endsAt) <= kEndWarning_s && !m_warned.contains(s.id)) {
            m_warned.append(s.id);
            emit sessionEndingSoon(s.id, now.secsTo(s.endsAt));
        }
    }
    if (closed > 0)
        emit registerChanged();
    armTimer();
    return closed;
}

QDateTime BailleurRegister::nextSweepAt() const
{
    QDateTime next;
    for (const BailleurSession &s : openSessions(true)) {
        const QDateTime warnAt = s.endsAt.addSecs(-kEndWarning_s);
        const QDateTime due = m_warned.contains(s.id) || warnAt < m_clock() ? s.endsAt : warnAt;
        if (!next.isValid() || due < next)
            next = due;
    }
    return next;
}

void BailleurRegister::armTimer()
{
    constexpr qint64 kDay_ms = 24 * 3600 * 1000;
    const QDateTime due = nextSweepAt();
    if (!due.isValid()) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(qBound<qint64>(0, m_clock().msecsTo(due), kDay_ms)));
}

QList<BailleurRequest> BailleurRegister::requests(const QDateTime &from, const QDateTime &to) const
{
    QList<BailleurRequest> list;
    const auto [low, high] = range(from, to);
    QSqlQuery q(m_db.connection());
    q.prepare(kRequestColumns + QStringLiteral(" WHERE at_ms BETWEEN ? AND ? ORDER BY at_ms, id"));
    q.addBindValue(low);
    q.addBindValue(high);
    if (q.exec()) {
        while (q.next())
            list.append(requestFrom(q));
    }
    return list;
}

std::optional<BailleurRequest> BailleurRegister::request(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kRequestColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return requestFrom(q);
}

QList<BailleurSession> BailleurRegister::sessions(const QDateTime &from, const QDateTime &to) const
{
    QList<BailleurSession> list;
    const auto [low, high] = range(from, to);
    QSqlQuery q(m_db.connection());
    q.prepare(kSessionColumns
              + QStringLiteral(" WHERE opened_ms BETWEEN ? AND ? ORDER BY opened_ms, id"));
    q.addBindValue(low);
    q.addBindValue(high);
    if (q.exec()) {
        while (q.next())
            list.append(sessionFrom(q));
    }
    return list;
}

QList<BailleurSession> BailleurRegister::openSessions() const
{
    return openSessions(false);
}

QList<BailleurSession> BailleurRegister::openSessions(bool pastLimitToo) const
{
    QList<BailleurSession> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kSessionColumns
              + QStringLiteral(" WHERE end_kind = 'open' AND ends_ms > ? ORDER BY ends_ms, id"));
    q.addBindValue(pastLimitToo ? std::numeric_limits<qint64>::min() : ms(m_clock()));
    if (q.exec()) {
        while (q.next())
            list.append(sessionFrom(q));
    }
    return list;
}

std::optional<BailleurSession> BailleurRegister::session(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSessionColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

std::optional<BailleurSession> BailleurRegister::sessionFor(int cameraNumber) const
{
    for (const BailleurSession &s : openSessions()) {
        if (s.cameras.contains(cameraNumber))
            return s;
    }
    return std::nullopt;
}

std::optional<QString> BailleurRegister::resolveId(const QString &idOrPrefix) const
{
    const QString given = idOrPrefix.trimmed().toLower();
    if (given.size() < 8)
        return std::nullopt;
    // Ids are time-ordered: those made within a minute share their first characters, so an id
    // may also be given by its last ones.
    QStringList found;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id FROM bailleur_calls WHERE substr(id, 1, ?) = ? OR substr(id, ?) = ?"
        " UNION SELECT id FROM bailleur_requests WHERE substr(id, 1, ?) = ? OR substr(id, ?) = ?"
        " UNION SELECT id FROM bailleur_sessions WHERE substr(id, 1, ?) = ? OR substr(id, ?) = ?"
        " LIMIT 2"));
    for (int table = 0; table < 3; ++table) {
        q.addBindValue(int(given.size()));
        q.addBindValue(given);
        q.addBindValue(-int(given.size()));
        q.addBindValue(given);
    }
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        found.append(q.value(0).toString());
    if (found.size() != 1)
        return std::nullopt;
    return found.first();
}

// --- Refusals ----------------------------------------------------------------------------

QList<BailleurRefusal> BailleurRegister::refusals(const QDateTime &from, const QDateTime &to) const
{
    QList<BailleurRefusal> list;
    const auto [low, high] = range(from, to);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at_ms, kind, convention, cameras, request_id,"
                             " user_login, reason FROM bailleur_refusals WHERE at_ms BETWEEN ? AND"
                             " ? ORDER BY at_ms, id"));
    q.addBindValue(low);
    q.addBindValue(high);
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), at(q.value(1)),
                          refusalKindFrom(q.value(2).toString()).value_or(RefusalKind::ByOperator),
                          q.value(3).toString(), camerasFrom(q.value(4).toString()),
                          q.value(5).toString(), q.value(6).toString(), q.value(7).toString() });
    }
    // The streams the access policy refused for want of a session: journaled there, with the
    // convention, on whichever desk asked.
    journal::JournalReader reader(m_db);
    const auto events
        = reader.between({ qMax<qint64>(0, low), 0 },
                         { high == std::numeric_limits<qint64>::max() ? high : high + 1, 0 }, {});
    if (events.ok()) {
        for (const journal::Event &e : events.value()) {
            if (e.action != QLatin1String("access.refused")
                || !e.payload.contains(QStringLiteral("bailleur_convention")))
                continue;
            list.append({ e.uuid.toString(QUuid::WithoutBraces),
                          QDateTime::fromMSecsSinceEpoch(e.hlc.physical_ms),
                          RefusalKind::NoSession,
                          e.payload.value(QStringLiteral("bailleur_convention")).toString(),
                          { e.objectId.toInt() },
                          QString(),
                          e.user,
                          e.payload.value(QStringLiteral("why")).toString() });
        }
    }
    std::stable_sort(
        list.begin(), list.end(),
        [](const BailleurRefusal &a, const BailleurRefusal &b) { return a.at < b.at; });
    return list;
}

// --- The register ------------------------------------------------------------------------

Result<BailleurReport> BailleurRegister::report(const access::User &reader, const QDate &from,
                                                const QDate &to) const
{
    const Status allowed
        = m_policy.check(reader, access::Permission::SearchRegister, QLatin1String(kBailleurObject),
                         QStringLiteral("register"));
    if (!allowed.ok())
        return Result<BailleurReport>(allowed);
    if (!from.isValid() || !to.isValid() || to < from)
        return Result<BailleurReport>::failure(
            tr("Give a period: a first day and a last day after it."));
    BailleurReport report;
    report.from = from;
    report.to = to;
    const QDateTime start = from.startOfDay();
    const QDateTime end = to.addDays(1).startOfDay().addMSecs(-1);
    report.calls = calls(start, end);
    report.requests = requests(start, end);
    report.sessions = sessions(start, end);
    report.refusals = refusals(start, end);
    ConventionBook book(m_db, m_journal, m_clock);
    const QList<Convention> conventions = book.conventions();
    const auto landlordOf = [&](const QString &reference) {
        for (const Convention &c : conventions) {
            if (c.reference == reference)
                return c.landlord;
        }
        return reference.isEmpty() ? tr("(landlord not identified)") : reference;
    };
    const auto total = [&](const QDateTime &when, const QString &convention) -> RegisterTotal & {
        const QString month = when.toString(QStringLiteral("yyyy-MM"));
        const QString landlord = landlordOf(convention);
        for (RegisterTotal &t : report.totals) {
            if (t.month == month && t.landlord == landlord)
                return t;
        }
        report.totals.append({ month, landlord });
        return report.totals.last();
    };
    for (const BailleurCall &c : std::as_const(report.calls)) {
        if (!c.corrects.isEmpty())
            continue; // an addendum, not another call
        RegisterTotal &t = total(c.at, c.convention);
        ++t.calls;
        if (c.outcome == CallOutcome::Unanswered)
            ++t.unansweredCalls;
    }
    for (const BailleurRequest &r : std::as_const(report.requests))
        ++total(r.at, r.convention).requests;
    const QDateTime now = m_clock();
    for (const BailleurSession &s : std::as_const(report.sessions)) {
        RegisterTotal &t = total(s.openedAt, s.convention);
        ++t.sessions;
        t.sessionSeconds += s.duration_s(now);
    }
    for (const BailleurRefusal &r : std::as_const(report.refusals))
        ++total(r.at, r.convention).refusals;
    std::sort(report.totals.begin(), report.totals.end(),
              [](const RegisterTotal &a, const RegisterTotal &b) {
                  return std::tie(a.month, a.landlord) < std::tie(b.month, b.landlord);
              });
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at_ms, supervisor, supervisor_name, from_day, to_day, remark"
                             " FROM bailleur_visas WHERE from_day <= ? AND to_day >= ?"
                             " ORDER BY at_ms"));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(from.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next())
            report.visas.append({ at(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                                  QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                  QDate::fromString(q.value(4).toString(), Qt::ISODate),
                                  q.value(5).toString() });
    }
    return report;
}

Status BailleurRegister::visa(const access::User &supervisor, const QDate &from, const QDate &to,
                              const QString &remark)
{
    const Status allowed = m_policy.check(supervisor, access::Permission::ReviewBailleurRegister,
                                          QLatin1String(kBailleurObject), QStringLiteral("visa"));
    if (!allowed.ok())
        return allowed;
    if (!from.isValid() || !to.isValid() || to < from)
        return Status::failure(tr("Give a period: a first day and a last day after it."));
    const QJsonObject payload { { QStringLiteral("at_ms"), double(ms(m_clock())) },
                                { QStringLiteral("name"), supervisor.displayName },
                                { QStringLiteral("from"), from.toString(Qt::ISODate) },
                                { QStringLiteral("to"), to.toString(Qt::ISODate) },
                                { QStringLiteral("remark"), nonNull(remark.trimmed()) } };
    const Status recorded
        = recordEvent(supervisor, kVisa, timeOrderedUuid().toString(QUuid::WithoutBraces), payload);
    if (recorded.ok())
        emit registerChanged();
    return recorded;
}

// --- Projection ---------------------------------------------------------------------------

Status BailleurRegister::apply(store::Database &db, const journal::Event &event)
{
    const QJsonObject &d = event.payload;
    QSqlQuery q(db.connection());
    const QString &action = event.action;
    if (action == kCall) {
        q.prepare(QStringLiteral(
            "INSERT INTO bailleur_calls (id, at_ms, direction, channel, party_name,"
            " party_service, party_matricule, party_number, number_key, outcome, convention,"
            " operator, source, exchange_id, note, corrects, correction_reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(event.objectId);
        q.addBindValue(qint64(d.value(QStringLiteral("at_ms")).toDouble()));
        for (const char *key : { "direction", "channel", "name", "service", "matricule" })
            q.addBindValue(nonNull(d.value(QLatin1String(key)).toString()));
        const QString number = d.value(QStringLiteral("number")).toString();
        q.addBindValue(nonNull(number));
        q.addBindValue(nonNull(normalisePhoneNumber(number)));
        for (const char *key : { "outcome", "convention", "operator", "source", "exchange_id",
                                 "note", "corrects", "correction_reason" })
            q.addBindValue(nonNull(d.value(QLatin1String(key)).toString()));
        return q.exec() ? Status::success() : sqlFailure(q);
    }
    if (action == kRequest) {
        q.prepare(QStringLiteral(
            "INSERT INTO bailleur_requests (id, at_ms, call_id, channel, convention, situation,"
            " incident_id, intervention, building, cameras, asked_min, operator, state, refusal,"
            " session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"
            " ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(event.objectId);
        q.addBindValue(qint64(d.value(QStringLiteral("at_ms")).toDouble()));
        for (const char *key : { "call_id", "channel", "convention", "situation", "incident_id",
                                 "intervention", "building" })
            q.addBindValue(nonNull(d.value(QLatin1String(key)).toString()));
        q.addBindValue(camerasText(camerasFrom(d.value(QStringLiteral("cameras")))));
        q.addBindValue(d.value(QStringLiteral("asked_min")).toInt());
        q.addBindValue(nonNull(d.value(QStringLiteral("operator")).toString()));
        const QString state = d.value(QStringLiteral("state")).toString();
        q.addBindValue(state == QLatin1String("refused") ? state : QStringLiteral("pending"));
        q.addBindValue(nonNull(d.value(QStringLiteral("refusal")).toString()));
        return q.exec() ? Status::success() : sqlFailure(q);
    }
    if (action == kRequestRefuse) {
        q.prepare(QStringLiteral("UPDATE bailleur_requests SET state = 'refused', refusal = ?"
                                 " WHERE id = ? AND state = 'pending'"));
        q.addBindValue(nonNull(d.value(QStringLiteral("reason")).toString()));
        q.addBindValue(event.objectId);
        return q.exec() ? Status::success() : sqlFailure(q);
    }
    if (action == kRefusal) {
        q.prepare(QStringLiteral(
            "INSERT INTO bailleur_refusals (id, at_ms, kind, convention, cameras, request_id,"
            " user_login, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(event.objectId);
        q.addBindValue(qint64(d.value(QStringLiteral("at_ms")).toDouble()));
        q.addBindValue(nonNull(d.value(QStringLiteral("kind")).toString()));
        q.addBindValue(nonNull(d.value(QStringLiteral("convention")).toString()));
        q.addBindValue(camerasText(camerasFrom(d.value(QStringLiteral("cameras")))));
        q.addBindValue(nonNull(d.value(QStringLiteral("request_id")).toString()));
        q.addBindValue(event.user);
        q.addBindValue(nonNull(d.value(QStringLiteral("reason")).toString()));
        return q.exec() ? Status::success() : sqlFailure(q);
    }
    if (action == kSessionOpen) {
        const QList<int> cameras = camerasFrom(d.value(QStringLiteral("cameras")));
        const QDateTime endsAt = at(d.value(QStringLiteral("ends_ms")));
        q.prepare(QStringLiteral(
            "INSERT INTO bailleur_sessions (id, request_id, convention, cameras, opened_ms,"
            " opened_by, ends_ms, closed_by, end_kind, close_reason, extensions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, '', 'open', '', '[]') ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(event.objectId);
        q.addBindValue(nonNull(d.value(QStringLiteral("request_id")).toString()));
        q.addBindValue(nonNull(d.value(QStringLiteral("convention")).toString()));
        q.addBindValue(camerasText(cameras));
        q.addBindValue(qint64(d.value(QStringLiteral("opened_ms")).toDouble()));
        q.addBindValue(event.user);
        q.addBindValue(ms(endsAt));
        if (!q.exec())
            return sqlFailure(q);
        if (q.numRowsAffected() == 0)
            return Status::success(); // applied before
        QSqlQuery accepted(db.connection());
        accepted.prepare(QStringLiteral("UPDATE bailleur_requests SET state = 'accepted',"
                                        " session_id = ? WHERE id = ?"));
        accepted.addBindValue(event.objectId);
        accepted.addBindValue(d.value(QStringLiteral("request_id")).toString());
        if (!accepted.exec())
            return sqlFailure(accepted);
        return access::ViewGrants::grant(db, event.objectId, cameras, endsAt);
    }
    if (action == kSessionExtend || action == kSessionClose) {
        QSqlQuery current(db.connection());
        current.prepare(QStringLiteral("SELECT cameras, end_kind, extensions, ends_ms FROM"
                                       " bailleur_sessions WHERE id = ?"));
        current.addBindValue(event.objectId);
        if (!current.exec())
            return sqlFailure(current);
        if (!current.next())
            return Status::failure(
                BailleurRegister::tr("There is no viewing session \"%1\".").arg(event.objectId));
        const QList<int> cameras = camerasFrom(current.value(0).toString());
        const bool open = current.value(1).toString() == QLatin1String("open");
        QJsonArray extensions = QJsonDocument::fromJson(current.value(2).toByteArray()).array();
        const qint64 endsMs = current.value(3).toLongLong();
        current.finish();
        // A session closed on another desk meanwhile stays closed: the first close wins.
        if (!open)
            return Status::success();
        if (action == kSessionExtend) {
            const qint64 newEnd = qint64(d.value(QStringLiteral("ends_ms")).toDouble());
            extensions.append(
                QJsonObject { { QStringLiteral("at_ms"), d.value(QStringLiteral("at_ms")) },
                              { QStringLiteral("by"), event.user },
                              { QStringLiteral("added_min"), d.value(QStringLiteral("added_min")) },
                              { QStringLiteral("reason"), d.value(QStringLiteral("reason")) } });
            q.prepare(QStringLiteral(
                "UPDATE bailleur_sessions SET ends_ms = ?, extensions = ? WHERE id = ?"));
            q.addBindValue(qMax(endsMs, newEnd));
            q.addBindValue(
                QString::fromUtf8(QJsonDocument(extensions).toJson(QJsonDocument::Compact)));
            q.addBindValue(event.objectId);
            if (!q.exec())
                return sqlFailure(q);
            return access::ViewGrants::grant(db, event.objectId, cameras,
                                             QDateTime::fromMSecsSinceEpoch(qMax(endsMs, newEnd)));
        }
        const QDateTime closedAt = at(d.value(QStringLiteral("at_ms")));
        q.prepare(QStringLiteral("UPDATE bailleur_sessions SET closed_ms = ?, closed_by = ?,"
                                 " end_kind = ?, close_reason = ? WHERE id = ?"));
        q.addBindValue(ms(closedAt));
        q.addBindValue(event.user);
        q.addBindValue(sessionEndName(sessionEndFrom(d.value(QStringLiteral("end")).toString())));
        q.addBindValue(nonNull(d.value(QStringLiteral("reason")).toString()));
        q.addBindValue(event.objectId);
        if (!q.exec())
            return sqlFailure(q);
        return access::ViewGrants::revoke(db, event.objectId, closedAt);
    }
    if (action == kVisa) {
        q.prepare(QStringLiteral(
            "INSERT INTO bailleur_visas (id, at_ms, supervisor, supervisor_name, from_day, to_day,"
            " remark) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(event.objectId);
        q.addBindValue(qint64(d.value(QStringLiteral("at_ms")).toDouble()));
        q.addBindValue(event.user);
        q.addBindValue(nonNull(d.value(QStringLiteral("name")).toString()));
        q.addBindValue(nonNull(d.value(QStringLiteral("from")).toString()));
        q.addBindValue(nonNull(d.value(QStringLiteral("to")).toString()));
        q.addBindValue(nonNull(d.value(QStringLiteral("remark")).toString()));
        return q.exec() ? Status::success() : sqlFailure(q);
    }
    return Status::success(); // exports and what a later version adds: journaled, no row
}

Status BailleurRegister::project(store::Database &db, const journal::Event &event)
{
    // A grant to view a landlord's cameras is checked like reference data: a desk whose author
    // may not open sessions here does not open one by syncing.
    if (event.action == kSessionOpen || event.action == kSessionExtend)
        return access::ReferenceGate::project(db, event, access::Permission::HandleBailleurRequests,
                                              [&]() { return apply(db, event); });
    return apply(db, event);
}

} // namespace vigie::records
