#include "core/access/view_grants.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::access {
namespace {

Status failed(const QSqlQuery &q)
{
    return Status::failure(store::Database::describeError(
        QCoreApplication::translate("vigie::access::ViewGrants", "Cannot save the viewing grants"),
        q.lastError()));
}

} // namespace

Status ViewGrants::setRestricted(store::Database &db, int cameraNumber, bool restricted,
                                 const QString &convention)
{
    QSqlQuery q(db.connection());
    if (restricted) {
        q.prepare(QStringLiteral("INSERT INTO restricted_cameras (camera_number, convention)"
                                 " VALUES (?, ?) ON CONFLICT (camera_number) DO UPDATE SET"
                                 " convention = excluded.convention"));
        q.addBindValue(cameraNumber);
        q.addBindValue(nonNull(convention));
    } else {
        q.prepare(QStringLiteral("DELETE FROM restricted_cameras WHERE camera_number = ?"));
        q.addBindValue(cameraNumber);
    }
    return q.exec() ? Status::success() : failed(q);
}

bool ViewGrants::isRestricted(store::Database &db, int cameraNumber, QString *convention)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT convention FROM restricted_cameras WHERE camera_number = ?"));
    q.addBindValue(cameraNumber);
    if (!q.exec())
        return true; // fail closed: a register that cannot say is not a licence to view
    if (!q.next())
        return false;
    if (convention)
        *convention = q.value(0).toString();
    return true;
}

QList<int> ViewGrants::restrictedCameras(store::Database &db)
{
    QList<int> list;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral(
            "SELECT camera_number FROM restricted_cameras ORDER BY camera_number"))) {
        while (q.next())
            list.append(q.value(0).toInt());
    }
    return list;
}

Status ViewGrants::grant(store::Database &db, const QString &sessionId, const QList<int> &cameras,
                         const QDateTime &until)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO view_grants (session_id, camera_number, until_ms)"
                             " VALUES (?, ?, ?) ON CONFLICT (session_id, camera_number) DO UPDATE"
                             " SET until_ms = excluded.until_ms"));
    for (int camera : cameras) {
        q.addBindValue(sessionId);
        q.addBindValue(camera);
        q.addBindValue(until.toMSecsSinceEpoch());
        if (!q.exec())
            return failed(q);
    }
    return Status::success();
}

Status ViewGrants::revoke(store::Database &db, const QString &sessionId, const QDateTime &at)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE view_grants SET revoked_ms = ? WHERE session_id = ?"
                             " AND revoked_ms IS NULL"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(sessionId);
    return q.exec() ? Status::success() : failed(q);
}

QDateTime ViewGrants::grantedUntil(store::Database &db, int cameraNumber, const QDateTime &now)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT MAX(until_ms) FROM view_grants WHERE camera_number = ?"
                             " AND revoked_ms IS NULL AND until_ms > ?"));
    q.addBindValue(cameraNumber);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong());
}

} // namespace vigie::access
