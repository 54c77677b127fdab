#include "core/records/shift_service.h"

#include "core/common/logging.h"
#include "core/common/uuid.h"
#include "core/journal/journal.h"
#include "core/records/record_time.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vigie::records {
namespace {

const QString kShift = QStringLiteral("shift");

Shift::Status statusFromCode(const QString &code)
{
    if (code == QLatin1String("handed_over"))
        return Shift::Status::HandedOver;
    if (code == QLatin1String("closed"))
        return Shift::Status::Closed;
    if (code == QLatin1String("signed"))
        return Shift::Status::Signed;
    return Shift::Status::Open;
}

QJsonArray teamToJson(const QList<TeamMember> &team)
{
    QJsonArray array;
    for (const TeamMember &m : team)
        array.append(QJsonObject { { QStringLiteral("login"), m.login },
                                   { QStringLiteral("matricule"), m.matricule },
                                   { QStringLiteral("role"), m.role } });
    return array;
}

QList<TeamMember> teamFromJson(const QJsonArray &array)
{
    QList<TeamMember> team;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        team.append({ o.value(QStringLiteral("login")).toString(),
                      o.value(QStringLiteral("matricule")).toString(),
                      o.value(QStringLiteral("role")).toString() });
    }
    return team;
}

const QString kColumns = QStringLiteral(
    "id, workstation, kind, starts_at, ends_at, opened_by, chef, team, status, handover,"
    " handed_over_by, handed_over_at, incoming_ack_by, incoming_ack_at, visa_by, visa_at,"
    " visa_comment");

Shift readShift(const QSqlQuery &q)
{
    Shift s;
    s.id = q.value(0).toString();
    s.workstation = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.startsAt = fromIso(q.value(3).toString());
    s.endsAt = fromIso(q.value(4).toString());
    s.label = access::ShiftSchedule::describe(s.kind, s.startsAt, s.endsAt);
    s.openedBy = q.value(5).toString();
    s.chef = q.value(6).toString();
    s.team = teamFromJson(QJsonDocument::fromJson(q.value(7).toByteArray()).array());
    s.status = statusFromCode(q.value(8).toString());
    s.handover = HandoverNote::fromJson(QJsonDocument::fromJson(q.value(9).toByteArray()).object());
    s.handedOverBy = q.value(10).toString();
    s.handedOverAt = fromIso(q.value(11).toString());
    s.incomingAckBy = q.value(12).toString();
    s.incomingAckAt = fromIso(q.value(13).toString());
    s.visaBy = q.value(14).toString();
    s.visaAt = fromIso(q.value(15).toString());
    s.visaComment = q.value(16).toString();
    return s;
}

} // namespace

QJsonObject HandoverNote::toJson() const
{
    return { { QStringLiteral("pending_actions"), pendingActions },
             { QStringLiteral("instructions"), instructions },
             { QStringLiteral("camera_faults"), cameraFaults },
             { QStringLiteral("system_faults"), systemFaults } };
}

HandoverNote HandoverNote::fromJson(const QJsonObject &o)
{
    return { o.value(QStringLiteral("pending_actions")).toString(),
             o.value(QStringLiteral("instructions")).toString(),
             o.value(QStringLiteral("camera_faults")).toString(),
             o.value(QStringLiteral("system_faults")).toString() };
}

QString shiftStatusLabel(Shift::Status status)
{
    switch (status) {
    case Shift::Status::Open:
        return ShiftService::tr("open");
    case Shift::Status::HandedOver:
        return ShiftService::tr("handed over, awaiting the incoming chef");
    case Shift::Status::Closed:
        return ShiftService::tr("closed, awaiting the visa");
    case Shift::Status::Signed:
        return ShiftService::tr("signed");
    }
    return QString();
}

ShiftService::ShiftService(store::Database &db, journal::Journal &journal,
                           access::AccessPolicy &policy, Clock clock)
    : m_db(db), m_journal(journal), m_policy(policy), m_clock(std::move(clock))
{
}

Status ShiftService::project(store::Database &db, const journal::Event &event)
{
    const QJsonObject p = event.payload;
    QSqlQuery q(db.connection());
    if (event.action == QLatin1String("shift.open")) {
        // Events of older versions also carry a label in their author's language: the
        // register keeps the kind's code only, and words it for each reader.
        q.prepare(QStringLiteral("INSERT INTO shifts (id, workstation, kind, starts_at,"
                                 " ends_at, opened_by, chef, team, status, last_hlc)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"));
        q.addBindValue(event.objectId);
        q.addBindValue(event.workstation);
        q.addBindValue(p.value(QStringLiteral("kind")).toString());
        q.addBindValue(p.value(QStringLiteral("starts_at")).toString());
        q.addBindValue(p.value(QStringLiteral("ends_at")).toString());
        q.addBindValue(event.user);
        q.addBindValue(p.value(QStringLiteral("chef")).toString());
        q.addBindValue(QString::fromUtf8(QJsonDocument(p.value(QStringLiteral("team")).toArray())
                                             .toJson(QJsonDocument::Compact)));
        q.addBindValue(event.hlc.toString());
    } else if (event.action == QLatin1String("shift.handover")) {
        q.prepare(
            QStringLiteral("UPDATE shifts SET status = 'handed_over', handover = ?,"
                           " handed_over_by = ?, handed_over_at = ?, last_hlc = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(p.value(QStringLiteral("note")).toObject())
                                             .toJson(QJsonDocument::Compact)));
        q.addBindValue(event.user);
        q.addBindValue(p.value(QStringLiteral("at")).toString());
        q.addBindValue(event.hlc.toString());
        q.addBindValue(event.objectId);
    } else if (event.action == QLatin1String("shift.ack")) {
        q.prepare(QStringLiteral("UPDATE shifts SET status = 'closed', incoming_ack_by = ?,"
                                 " incoming_ack_at = ?, last_hlc = ? WHERE id = ?"));
        q.addBindValue(event.user);
        q.addBindValue(p.value(QStringLiteral("at")).toString());
        q.addBindValue(event.hlc.toString());
        q.addBindValue(event.objectId);
    } else if (event.action == QLatin1String("shift.visa")) {
        q.prepare(QStringLiteral("UPDATE shifts SET status = 'signed', visa_by = ?, visa_at = ?,"
                                 " visa_comment = ?, last_hlc = ? WHERE id = ?"));
        q.addBindValue(event.user);
        q.addBindValue(p.value(QStringLiteral("at")).toString());
        q.addBindValue(p.value(QStringLiteral("comment")).toString());
        q.addBindValue(event.hlc.toString());
        q.addBindValue(event.objectId);
    } else {
        return Status::success(); // addenda live in the journal only
    }
    if (!q.exec())
        return Status::failure(
            store::Database::describeError(tr("Cannot save the shift"), q.lastError()));
    return Status::success();
}

Result<Shift> ShiftService::open(const access::User &actor, const access::ShiftSchedule &schedule,
                                 const QString &chefLogin, const QList<TeamMember> &team)
{
    Status allowed = m_policy.check(actor, access::Permission::OpenShift, kShift);
    if (!allowed.ok())
        return Result<Shift>(allowed);
    if (const auto open = current())
        return Result<Shift>::failure(tr("The shift \"%1\" is still open on this workstation: "
                                         "hand it over first.")
                                          .arg(open->label));
    const auto chef = access::AuthService::loadUser(m_db, chefLogin);
    if (!chef || !chef->hasRole(access::Role::Supervisor))
        return Result<Shift>::failure(
            tr("The chef de salle must be a user with the supervisor role."));
    if (!chef->active)
        return Result<Shift>::failure(tr("The account of %1 is disabled.").arg(chef->displayName));
    QStringList seen;
    for (const TeamMember &member : team) {
        const auto user = access::AuthService::loadUser(m_db, member.login);
        if (!user)
            return Result<Shift>::failure(tr("Unknown team member \"%1\".").arg(member.login));
        if (!user->active)
            return Result<Shift>::failure(
                tr("The account of %1 is disabled.").arg(user->displayName));
        if (std::none_of(user->roles.cbegin(), user->roles.cend(), [](access::Role r) {
                return access::roleGrants(r, access::Permission::ViewLive);
            }))
            return Result<Shift>::failure(
                tr("%1 has no operational role and cannot be in a shift's team.")
                    .arg(user->displayName));
        if (seen.contains(user->login, Qt::CaseInsensitive))
            return Result<Shift>::failure(tr("%1 is twice in the team.").arg(user->displayName));
        seen.append(user->login);
    }
    const access::ShiftSlot slot = schedule.slotAt(m_clock());
    if (slot.kind.code.isEmpty())
        return Result<Shift>::failure(tr("No shift of the schedule covers this hour."));
    // A shift handed over (or signed) is history: opening its slot again would give the same
    // hours two shift logs, one of them without its team's signatures.
    const QList<Shift> sameHours = shifts(slot.start, slot.end);
    for (const Shift &done : sameHours) {
        if (done.workstation == m_journal.workstation() && done.kind == slot.kind.code
            && done.startsAt == slot.start)
            return Result<Shift>::failure(
                tr("The shift \"%1\" was already opened on this workstation and is now %2: it "
                   "cannot be opened a second time. To complete it, add an addendum to its log.")
                    .arg(done.label, shiftStatusLabel(done.status)));
    }
    const QString id = timeOrderedUuid().toString(QUuid::WithoutBraces);
    const QJsonObject payload {
        { QStringLiteral("kind"), slot.kind.code },
        { QStringLiteral("starts_at"), isoWithOffset(slot.start) },
        { QStringLiteral("ends_at"), isoWithOffset(slot.end) },
        { QStringLiteral("chef"), chef->login },
        { QStringLiteral("team"), teamToJson(team) },
    };
    auto recorded = m_journal.recordProjected(
        { actor.login, QStringLiteral("shift.open"), kShift, id, QString(), payload },
        [this](const journal::Event &e) { return project(m_db, e); });
    if (!recorded.ok())
        return Result<Shift>(recorded.status());
    qCInfo(lcAccess) << "shift opened" << id << "chef" << chef->login;
    return Result<Shift>(*find(id));
}

Result<Shift> ShiftService::change(const access::User &actor, const QString &shiftId,
                                   const QString &action, const QJsonObject &payload)
{
    auto recorded
        = m_journal.recordProjected({ actor.login, action, kShift, shiftId, QString(), payload },
                                    [this](const journal::Event &e) { return project(m_db, e); });
    if (!recorded.ok())
        return Result<Shift>(recorded.status());
    return Result<Shift>(*find(shiftId));
}

Result<Shift> ShiftService::handOver(const access::User &actor, const QString &shiftId,
                                     const HandoverNote &note)
{
    Status allowed = m_policy.check(actor, access::Permission::HandOverShift, kShift, shiftId);
    if (!allowed.ok())
        return Result<Shift>(allowed);
    const auto shift = find(shiftId);
    if (!shift)
        return Result<Shift>::failure(tr("Unknown shift."));
    if (shift->status != Shift::Status::Open)
        return Result<Shift>::failure(tr("This shift was already handed over."));
    if (note.isEmpty())
        return Result<Shift>::failure(tr("The hand-over note is empty: write the pending "
                                         "actions, instructions and faults, or \"RAS\"."));
    return change(actor, shiftId, QStringLiteral("shift.handover"),
                  { { QStringLiteral("note"), note.toJson() },
                    { QStringLiteral("at"), isoWithOffset(m_clock()) } });
}

Result<Shift> ShiftService::acknowledge(const access::User &incomingChef, const QString &shiftId)
{
    Status allowed
        = m_policy.check(incomingChef, access::Permission::AcknowledgeShift, kShift, shiftId);
    if (!allowed.ok())
        return Result<Shift>(allowed);
    const auto shift = find(shiftId);
    if (!shift)
        return Result<Shift>::failure(tr("Unknown shift."));
    if (shift->status != Shift::Status::HandedOver)
        return Result<Shift>::failure(tr("This shift has no hand-over to acknowledge."));
    if (incomingChef.login.compare(shift->chef, Qt::CaseInsensitive) == 0)
        return Result<Shift>::failure(tr("The incoming chef de salle acknowledges the hand-over, "
                                         "not the outgoing one."));
    return change(incomingChef, shiftId, QStringLiteral("shift.ack"),
                  { { QStringLiteral("at"), isoWithOffset(m_clock()) } });
}

Result<Shift> ShiftService::sign(const access::User &supervisor, const QString &shiftId,
                                 const QString &comment)
{
    Status allowed = m_policy.check(supervisor, access::Permission::SignShift, kShift, shiftId);
    if (!allowed.ok())
        return Result<Shift>(allowed);
    const auto shift = find(shiftId);
    if (!shift)
        return Result<Shift>::failure(tr("Unknown shift."));
    if (shift->status == Shift::Status::Signed)
        return Result<Shift>::failure(tr("This shift log is already signed."));
    if (shift->status != Shift::Status::Closed)
        return Result<Shift>::failure(tr("A shift log is signed once it is handed over and "
                                         "acknowledged."));
    return change(supervisor, shiftId, QStringLiteral("shift.visa"),
                  { { QStringLiteral("at"), isoWithOffset(m_clock()) },
                    { QStringLiteral("comment"), nonNull(comment) } });
}

Status ShiftService::addAddendum(const access::User &actor, const QString &shiftId,
                                 const QString &text)
{
    Status allowed = m_policy.check(actor, access::Permission::HandOverShift, kShift, shiftId);
    if (!allowed.ok())
        return allowed;
    const auto shift = find(shiftId);
    if (!shift)
        return Status::failure(tr("Unknown shift."));
    if (shift->status != Shift::Status::Closed && shift->status != Shift::Status::Signed)
        return Status::failure(tr("This shift is still open: write in it directly; addenda "
                                  "complete closed shifts."));
    if (text.trimmed().isEmpty())
        return Status::failure(tr("The addendum is empty."));
    return change(actor, shiftId, QStringLiteral("shift.addendum"),
                  { { QStringLiteral("text"), text.trimmed() },
                    { QStringLiteral("at"), isoWithOffset(m_clock()) } })
        .status();
}

std::optional<Shift> ShiftService::current() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM shifts WHERE workstation = ? AND status IN ('open',"
                               " 'handed_over') ORDER BY starts_at DESC LIMIT 1"));
    q.addBindValue(m_journal.workstation());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readShift(q);
}

std::optional<Shift> ShiftService::find(const QString &shiftId) const
{
    return loadShift(m_db, shiftId);
}

std::optional<Shift> loadShift(store::Database &db, const QString &shiftId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM shifts WHERE id = ?"));
    q.addBindValue(shiftId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readShift(q);
}

QList<Shift> ShiftService::shifts(const QDateTime &from, const QDateTime &to) const
{
    QList<Shift> list;
    QSqlQuery q(m_db.connection());
    // julianday() reads the stored offsets, so shifts of any time zone compare as instants.
    q.prepare(
        QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM shifts WHERE julianday(ends_at) > julianday(?)"
                         " AND julianday(starts_at) < julianday(?) ORDER BY julianday(starts_at)"));
    q.addBindValue(isoWithOffset(from));
    q.addBindValue(isoWithOffset(to));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(readShift(q));
    return list;
}

} // namespace vigie::records
