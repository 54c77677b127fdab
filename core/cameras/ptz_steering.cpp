#include "core/cameras/ptz_steering.h"

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/access/reference_gate.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::cameras {

// Who holds a camera when two desks granted it at once.
//
// A desk grants a free camera without asking the others (it must work cut off from central,
// at the backup site), so two desks can grant one camera within the seconds a sync takes, or
// for as long as one of them is offline. Keeping "the lease a desk heard of first" left each
// desk with its own holder, and two operators steering one head against each other. Instead:
//
// - Each desk's ptz events make that desk's claim on the camera (one row per camera and desk
//   in ptz_claims), applied in its chain's order, which every desk receives in the same
//   order: so every desk holds the same claims once it has heard the same events, whatever
//   order the chains of different desks were interleaved in.
// - A claim's tenure starts at the HLC time of the grant that began it (the event says
//   "grant" when its desk took a camera it did not hold); renewals by the same holder before
//   it ran out keep that start. A renewal that comes too late starts a new tenure.
// - The holder is computed from the running claims alone: a chef de salle's takeover wins over
//   any operator's lease (the latest takeover over an earlier one: it names whom it took the
//   camera from), and a lease whose tenure started before the latest takeover no longer
//   counts. Otherwise the tenure that started first, by HLC, then by workstation id (HLC times
//   of two desks can be equal), holds the camera. The first grant rather than the last: the
//   operator who reached the camera first keeps it, whoever's event arrived last; and a forger
//   cannot win by writing a fresh grant now, since a later start never beats a running one.
//   For a desk that was offline (backup site), the same rule: when its events come back, its
//   operator keeps the camera if their tenure started first and is still running, and the
//   other desk's operator is refused from then on, as after a takeover.
// - A forged event dated in the past to start first is bounded: a lease may not run more than
//   kLease_ms after its own date (honest desks write exactly that; more is flagged), so a grant
//   dated further back than one lease is already over; and a desk's lease events must follow
//   each other in time (one dated before its desk's previous one on that camera is flagged).
//   What remains cannot be told apart from the journal alone, nor from a slow honest desk: an
//   event dated up to one lease back beats a tenure younger than that lease. A holder who has
//   steered for more than 30 s cannot be displaced that way, the forger's events are signed in
//   their name, and the chef de salle's takeover beats them.
// - A lease counts only from an author this register lets view live, with a habilitation that
//   covers the camera's commune; a takeover only from a holder of TakeOverPtz. Others are
//   flagged (ReferenceGate) and change nothing.

namespace {

struct Claim
{
    QString holder;
    QString holderName;
    bool takeover = false;
    QString since; // HLC text of the grant that began the tenure
    qint64 until_ms = 0;
    QString takenFrom;
    QString last; // HLC text of the desk's latest ptz event on the camera
    QString takeoverAt; // HLC text of the desk's latest takeover on the camera
};

std::optional<Claim> storedClaim(store::Database &db, int camera, const QString &workstation)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT holder, holder_name, takeover, since_hlc, until_ms,"
                             " taken_from, last_hlc, takeover_hlc FROM ptz_claims"
                             " WHERE camera = ? AND workstation = ?"));
    q.addBindValue(camera);
    q.addBindValue(workstation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Claim { q.value(0).toString(), q.value(1).toString(),   q.value(2).toBool(),
                   q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                   q.value(6).toString(), q.value(7).toString() };
}

// The holder by the rule above, among the claims running at `now_ms`.
std::optional<PtzLease> holderAt(store::Database &db, int camera, qint64 now_ms)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT holder, holder_name, workstation, until_ms, taken_from, takeover FROM ptz_claims"
        " WHERE camera = ? AND until_ms > ? AND holder <> ''"
        " AND since_hlc >= (SELECT COALESCE(MAX(takeover_hlc), '') FROM ptz_claims"
        "                   WHERE camera = ?)"
        " ORDER BY takeover DESC, CASE WHEN takeover = 1 THEN since_hlc END DESC, since_hlc,"
        " workstation LIMIT 1"));
    q.addBindValue(camera);
    q.addBindValue(now_ms);
    q.addBindValue(camera);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return PtzLease { camera,
                      q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toLongLong(),
                      q.value(4).toString(),
                      q.value(5).toBool() };
}

// The camera's commune, when the directory has the camera.
std::optional<QString> cameraCommune(store::Database &db, int camera)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT insee_code FROM cameras WHERE number = ?"));
    q.addBindValue(camera);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool isPtzAction(const QString &action)
{
    return action.startsWith(QLatin1String("ptz."));
}

bool isLease(const QString &action)
{
    return action == QLatin1String("ptz.steer") || action == QLatin1String("ptz.takeover");
}

} // namespace

PtzSteering::PtzSteering(store::Database &db, journal::Journal &journal,
                         access::AccessPolicy &policy, Clock clock)
    : m_db(db), m_journal(journal), m_policy(policy), m_clock(std::move(clock))
{
}

std::optional<PtzLease> PtzSteering::lease(int camera) const
{
    return holderAt(m_db, camera, m_clock().toUTC().toMSecsSinceEpoch());
}

bool PtzSteering::overruled(const access::User &actor, int camera) const
{
    const auto own = storedClaim(m_db, camera, m_journal.workstation());
    if (!own || own->holder != actor.login
        || own->until_ms <= m_clock().toUTC().toMSecsSinceEpoch())
        return false;
    const auto current = lease(camera);
    return !current || current->holder != actor.login
        || current->workstation != m_journal.workstation();
}

QString PtzSteering::refusal(const PtzLease &lease) const
{
    return tr("Camera %1 is being steered by %2 (desk %3) until %4. A chef de salle can take it "
              "over.")
        .arg(lease.camera, 3, 10, QLatin1Char('0'))
        .arg(lease.holderName, lease.workstation,
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(lease.until_ms).toLocalTime().time(),
                                QStringLiteral("HH:mm:ss")));
}

Status PtzSteering::mayView(const access::User &actor, int camera)
{
    // Steering moves what every desk sees: only someone who may view this camera live steers
    // it (its commune in their habilitation's territory, a landlord's camera only in a viewing
    // session). A camera the directory does not hold cannot be reached anyway: the right and a
    // habilitation in force are asked.
    if (const auto commune = cameraCommune(m_db, camera))
        return m_policy.checkView(actor, camera, *commune);
    return m_policy.check(actor, access::Permission::ViewLive, QLatin1String(kPtzObject),
                          QString::number(camera));
}

Status PtzSteering::steer(const access::User &actor, int camera)
{
    const Status allowed = mayView(actor, camera);
    if (!allowed.ok())
        return allowed;
    const qint64 now_ms = m_clock().toUTC().toMSecsSinceEpoch();
    const auto current = lease(camera);
    const bool mine = current && current->holder == actor.login
        && current->workstation == m_journal.workstation();
    if (current && !mine)
        return Status::failure(refusal(*current));
    // Renewed only when half spent: one event per quarter of a minute of steering, not one
    // per nudge.
    if (mine && current->until_ms - now_ms > kLease_ms / 2)
        return Status::success();
    return record(actor, QStringLiteral("ptz.steer"), camera, now_ms + kLease_ms, QString(), !mine);
}

Status PtzSteering::takeOver(const access::User &actor, int camera)
{
    const Status allowed = m_policy.check(actor, access::Permission::TakeOverPtz,
                                          QLatin1String(kPtzObject), QString::number(camera));
    if (!allowed.ok())
        return allowed;
    const auto current = lease(camera);
    const qint64 now_ms = m_clock().toUTC().toMSecsSinceEpoch();
    return record(actor, QStringLiteral("ptz.takeover"), camera, now_ms + kLease_ms,
                  current && current->holder != actor.login ? current->holder : QString(), true);
}

Status PtzSteering::release(const access::User &actor, int camera)
{
    const auto current = lease(camera);
    if (!current || current->holder != actor.login
        || current->workstation != m_journal.workstation())
        return Status::success();
    return record(actor, QStringLiteral("ptz.release"), camera, 0, QString(), false);
}

Status PtzSteering::recordPreset(const access::User &actor, int camera, int preset, bool saved)
{
    // A preset is shared by the whole room (the procedures say "camera 12, preset 3"):
    // overwriting one changes what every operator gets, so saving is a right of its own.
    if (saved) {
        const Status allowed = m_policy.check(actor, access::Permission::SavePtzPresets,
                                              QLatin1String(kPtzObject), QString::number(camera));
        if (!allowed.ok())
            return allowed;
    }
    const Status steering = steer(actor, camera);
    if (!steering.ok())
        return steering;
    return m_journal
        .record({ actor.login,
                  saved ? QStringLiteral("ptz.preset_saved") : QStringLiteral("ptz.preset"),
                  QLatin1String(kPtzObject),
                  QString::number(camera),
                  QString(),
                  { { QStringLiteral("camera"), camera }, { QStringLiteral("preset"), preset } } })
        .status();
}

bool PtzSteering::maySavePresets(const access::User &actor) const
{
    return m_policy.allows(actor, access::Permission::SavePtzPresets);
}

Status PtzSteering::changePreset(const access::User &actor, int camera, const QString &token,
                                 const QString &name, PresetChange change)
{
    const Status allowed = m_policy.check(actor, access::Permission::SavePtzPresets,
                                          QLatin1String(kPtzObject), QString::number(camera));
    if (!allowed.ok())
        return allowed;
    if (change != PresetChange::Remove && name.trimmed().isEmpty())
        return Status::failure(tr("Give the preset a name: the room's procedures name it."));
    // Saving where the head is, or renaming (the camera goes to the preset and saves it there
    // again: ONVIF has no rename), moves the head: it takes the lease like any steering.
    if (change != PresetChange::Remove) {
        const Status steering = steer(actor, camera);
        if (!steering.ok())
            return steering;
    }
    QJsonObject payload { { QStringLiteral("camera"), camera },
                          { QStringLiteral("preset"), token.toInt() },
                          { QStringLiteral("token"), token } };
    if (change != PresetChange::Remove)
        payload.insert(QStringLiteral("name"), name.trimmed());
    if (change == PresetChange::Rename)
        payload.insert(QStringLiteral("renamed"), true);
    return m_journal
        .record({ actor.login,
                  change == PresetChange::Remove ? QStringLiteral("ptz.preset_removed")
                                                 : QStringLiteral("ptz.preset_saved"),
                  QLatin1String(kPtzObject), QString::number(camera), QString(), payload })
        .status();
}

Status PtzSteering::record(const access::User &actor, const QString &action, int camera,
                           qint64 until_ms, const QString &takenFrom, bool grant)
{
    const journal::NewEvent event { actor.login,
                                    action,
                                    QLatin1String(kPtzObject),
                                    QString::number(camera),
                                    QString(),
                                    { { QStringLiteral("camera"), camera },
                                      { QStringLiteral("holder_name"), actor.displayName },
                                      { QStringLiteral("until_ms"), until_ms },
                                      { QStringLiteral("taken_from"), takenFrom },
                                      { QStringLiteral("grant"), grant } } };
    return m_journal.recordProjected(event, [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

Status PtzSteering::apply(store::Database &db, const journal::Event &event)
{
    const int camera = event.payload.value(QStringLiteral("camera")).toInt();
    const QString at = event.hlc.toString();
    const auto claim = storedClaim(db, camera, event.workstation);
    QSqlQuery q(db.connection());
    if (event.action == QLatin1String("ptz.release")) {
        if (!claim || claim->holder != event.user)
            return Status::success();
        q.prepare(QStringLiteral("UPDATE ptz_claims SET until_ms = 0, last_hlc = MAX(last_hlc, ?)"
                                 " WHERE camera = ? AND workstation = ?"));
        q.addBindValue(at);
        q.addBindValue(camera);
        q.addBindValue(event.workstation);
    } else if (isLease(event.action)) {
        const bool takeover = event.action == QLatin1String("ptz.takeover");
        // Never longer than one lease from its own date, whatever the payload says.
        const qint64 until_ms
            = std::min(event.payload.value(QStringLiteral("until_ms")).toInteger(),
                       event.hlc.physical_ms + kLease_ms);
        // The same holder renewing before their lease ran out keeps their tenure's start.
        const bool renewal = !takeover && !event.payload.value(QStringLiteral("grant")).toBool()
            && claim && claim->holder == event.user && claim->until_ms > event.hlc.physical_ms;
        q.prepare(
            QStringLiteral("INSERT INTO ptz_claims (camera, workstation, holder, holder_name,"
                           " takeover, since_hlc, until_ms, taken_from, last_hlc, takeover_hlc)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (camera, workstation) DO UPDATE SET"
                           " holder = excluded.holder, holder_name = excluded.holder_name,"
                           " takeover = excluded.takeover, since_hlc = excluded.since_hlc,"
                           " until_ms = excluded.until_ms, taken_from = excluded.taken_from,"
                           " last_hlc = excluded.last_hlc, takeover_hlc = excluded.takeover_hlc"));
        q.addBindValue(camera);
        q.addBindValue(event.workstation);
        q.addBindValue(event.user);
        q.addBindValue(nonNull(event.payload.value(QStringLiteral("holder_name")).toString()));
        q.addBindValue(renewal ? claim->takeover : takeover);
        q.addBindValue(renewal ? claim->since : at);
        q.addBindValue(until_ms);
        q.addBindValue(renewal
                           ? claim->takenFrom
                           : nonNull(event.payload.value(QStringLiteral("taken_from")).toString()));
        q.addBindValue(claim ? std::max(claim->last, at) : at);
        q.addBindValue(takeover ? at : claim ? claim->takeoverAt : QStringLiteral(""));
    } else {
        return Status::success(); // preset moves and changes: the journal is their record
    }
    if (!q.exec())
        return Status::failure(
            tr("Cannot record who steers camera %1: %2").arg(camera).arg(q.lastError().text()));
    return Status::success();
}

Status PtzSteering::project(store::Database &db, const journal::Event &event)
{
    if (!isPtzAction(event.action))
        return Status::success();
    const int camera = event.payload.value(QStringLiteral("camera")).toInt();
    const bool changesPresets = event.action == QLatin1String("ptz.preset_saved")
        || event.action == QLatin1String("ptz.preset_removed");
    const access::Permission needed = event.action == QLatin1String("ptz.takeover")
        ? access::Permission::TakeOverPtz
        : changesPresets ? access::Permission::SavePtzPresets
                         : access::Permission::ViewLive;
    Status authorised = access::ReferenceGate::authorise(db, event, needed);
    // Steering or going to a preset needs to be allowed to view this camera, here: its commune
    // in the author's habilitation on the day of the event.
    const bool steers
        = event.action == QLatin1String("ptz.steer") || event.action == QLatin1String("ptz.preset");
    if (authorised.ok() && steers) {
        const auto author = access::AuthService::loadUser(db, event.user);
        const QDate day = QDateTime::fromMSecsSinceEpoch(event.hlc.physical_ms).date();
        if (author)
            authorised = access::AccessPolicy::habilitationCovers(
                db, *author, cameraCommune(db, camera).value_or(QString()), day);
    }
    if (authorised.ok() && isLease(event.action)) {
        const qint64 beyond_ms
            = event.payload.value(QStringLiteral("until_ms")).toInteger() - event.hlc.physical_ms;
        const auto claim = storedClaim(db, camera, event.workstation);
        if (beyond_ms > kLease_ms)
            authorised = Status::failure(
                tr("This lease on camera %1 would run %2 s after its own date: no desk grants "
                   "more than %3 s.")
                    .arg(camera, 3, 10, QLatin1Char('0'))
                    .arg(beyond_ms / 1000)
                    .arg(kLease_ms / 1000));
        else if (claim && event.hlc.toString() < claim->last)
            authorised = Status::failure(
                tr("This lease on camera %1 is dated before its desk's previous one (%2): a "
                   "desk's clock never goes back, the date was made up.")
                    .arg(camera, 3, 10, QLatin1Char('0'))
                    .arg(QDateTime::fromMSecsSinceEpoch(
                             journal::HlcTime::fromString(claim->last).physical_ms)
                             .toLocalTime()
                             .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))));
    }
    return access::ReferenceGate::project(db, event, authorised,
                                          [&]() { return apply(db, event); });
}

} // namespace vigie::cameras
