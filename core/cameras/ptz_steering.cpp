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

namespace {

std::optional<PtzLease> storedLease(store::Database &db, int camera)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT holder, holder_name, workstation, until_ms, taken_from"
                             " FROM ptz_leases WHERE camera = ?"));
    q.addBindValue(camera);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return PtzLease { camera,
                      q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toLongLong(),
                      q.value(4).toString() };
}

bool isPtzAction(const QString &action)
{
    return action.startsWith(QLatin1String("ptz."));
}

} // namespace

PtzSteering::PtzSteering(store::Database &db, journal::Journal &journal,
                         access::AccessPolicy &policy, Clock clock)
    : m_db(db), m_journal(journal), m_policy(policy), m_clock(std::move(clock))
{
}

std::optional<PtzLease> PtzSteering::lease(int camera) const
{
    auto found = storedLease(m_db, camera);
    if (!found || found->holder.isEmpty()
        || found->until_ms <= m_clock().toUTC().toMSecsSinceEpoch())
        return std::nullopt;
    return found;
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

Status PtzSteering::steer(const access::User &actor, int camera)
{
    // Steering moves what every desk sees: only someone who may view live steers.
    const Status allowed = m_policy.check(actor, access::Permission::ViewLive,
                                          QLatin1String(kPtzObject), QString::number(camera));
    if (!allowed.ok())
        return allowed;
    const qint64 now_ms = m_clock().toUTC().toMSecsSinceEpoch();
    const auto current = lease(camera);
    if (current && current->holder != actor.login)
        return Status::failure(refusal(*current));
    // Renewed only when half spent: one event per quarter of a minute of steering, not one
    // per nudge.
    if (current && current->until_ms - now_ms > kLease_ms / 2)
        return Status::success();
    return record(actor, QStringLiteral("ptz.steer"), camera, now_ms + kLease_ms, QString());
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
                  current && current->holder != actor.login ? current->holder : QString());
}

Status PtzSteering::release(const access::User &actor, int camera)
{
    const auto current = lease(camera);
    if (!current || current->holder != actor.login)
        return Status::success();
    return record(actor, QStringLiteral("ptz.release"), camera, 0, QString());
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

Status PtzSteering::record(const access::User &actor, const QString &action, int camera,
                           qint64 until_ms, const QString &takenFrom)
{
    const journal::NewEvent event { actor.login,
                                    action,
                                    QLatin1String(kPtzObject),
                                    QString::number(camera),
                                    QString(),
                                    { { QStringLiteral("camera"), camera },
                                      { QStringLiteral("holder_name"), actor.displayName },
                                      { QStringLiteral("until_ms"), until_ms },
                                      { QStringLiteral("taken_from"), takenFrom } } };
    return m_journal.recordProjected(event, [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

Status PtzSteering::apply(store::Database &db, const journal::Event &event)
{
    const int camera = event.payload.value(QStringLiteral("camera")).toInt();
    QSqlQuery q(db.connection());
    if (event.action == QLatin1String("ptz.release")) {
        q.prepare(QStringLiteral("DELETE FROM ptz_leases WHERE camera = ? AND holder = ?"));
        q.addBindValue(camera);
        q.addBindValue(event.user);
    } else if (event.action == QLatin1String("ptz.steer")
               || event.action == QLatin1String("ptz.takeover")) {
        const qint64 until_ms = event.payload.value(QStringLiteral("until_ms")).toInteger();
        // Two desks may grant one free camera at once before either hears of the other: a
        // steer never replaces another holder's lease still running, so each desk keeps the
        // first it heard of, and the other holder is refused at their next renewal.
        if (event.action == QLatin1String("ptz.steer")) {
            const auto current = storedLease(db, camera);
            const qint64 at_ms = event.hlc.physical_ms;
            if (current && current->holder != event.user && current->until_ms > at_ms)
                return Status::success();
        }
        q.prepare(
            QStringLiteral("INSERT INTO ptz_leases (camera, holder, holder_name,"
                           " workstation, until_ms, taken_from) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (camera) DO UPDATE SET holder = excluded.holder,"
                           " holder_name = excluded.holder_name,"
                           " workstation = excluded.workstation,"
                           " until_ms = excluded.until_ms, taken_from = excluded.taken_from"));
        q.addBindValue(camera);
        q.addBindValue(event.user);
        q.addBindValue(nonNull(event.payload.value(QStringLiteral("holder_name")).toString()));
        q.addBindValue(event.workstation);
        q.addBindValue(until_ms);
        q.addBindValue(nonNull(event.payload.value(QStringLiteral("taken_from")).toString()));
    } else {
        return Status::success(); // preset moves and saves: the journal is their record
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
    const access::Permission needed = event.action == QLatin1String("ptz.takeover")
        ? access::Permission::TakeOverPtz
        : event.action == QLatin1String("ptz.preset_saved") ? access::Permission::SavePtzPresets
                                                            : access::Permission::ViewLive;
    return access::ReferenceGate::project(db, event, needed, [&]() { return apply(db, event); });
}

} // namespace vigie::cameras
