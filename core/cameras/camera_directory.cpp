#include "core/cameras/camera_directory.h"

#include "core/cameras/stream_url.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::cameras {
namespace {

const QString kCameraColumns
    = QStringLiteral("id, number, name, group_id, place, insee_code, main_url, sub_url, transport,"
                     " retention_days, ptz, enabled");

Camera readCamera(const QSqlQuery &q)
{
    Camera c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toInt();
    c.name = q.value(2).toString();
    c.groupId = q.value(3).toLongLong();
    c.place = q.value(4).toString();
    c.inseeCode = q.value(5).toString();
    c.mainUrl = QUrl(q.value(6).toString());
    c.subUrl = QUrl(q.value(7).toString());
    c.transport = q.value(8).toString();
    c.retentionDays = q.value(9).toInt();
    c.ptz = q.value(10).toBool();
    c.enabled = q.value(11).toBool();
    return c;
}

} // namespace

CameraDirectory::CameraDirectory(store::Database &db) : m_db(db) { }

QList<CameraGroup> CameraDirectory::groups() const
{
    QList<CameraGroup> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, parent_id FROM camera_groups ORDER BY position, name")))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong() });
    return list;
}

QList<Camera> CameraDirectory::cameras() const
{
    QList<Camera> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kCameraColumns
                + QStringLiteral(" FROM cameras ORDER BY number")))
        return list;
    while (q.next())
        list.append(readCamera(q));
    return list;
}

std::optional<Camera> CameraDirectory::byNumber(int number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kCameraColumns
              + QStringLiteral(" FROM cameras WHERE number = ?"));
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCamera(q);
}

Result<qint64> CameraDirectory::addGroup(const QString &name, qint64 parentId)
{
    if (name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("The group name is missing."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO camera_groups (name, parent_id, position)"
                             " VALUES (?, ?, (SELECT COUNT(*) FROM camera_groups))"));
    q.addBindValue(name.trimmed());
    q.addBindValue(parentId > 0 ? QVariant(parentId) : QVariant());
    if (!q.exec())
        return Result<qint64>::failure(store::Database::describeError(
            tr("Cannot create the group %1").arg(name), q.lastError()));
    return Result<qint64>(q.lastInsertId().toLongLong());
}

Result<qint64> CameraDirectory::addCamera(const Camera &camera)
{
    if (camera.number <= 0)
        return Result<qint64>::failure(tr("A camera number must be a positive whole number."));
    if (camera.name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("The camera name is missing."));
    if (const Status checked = checkStreamUrls(camera.number, camera.mainUrl, camera.subUrl);
        !checked.ok())
        return Result<qint64>(checked);
    if (camera.retentionDays < 1 || camera.retentionDays > 30)
        return Result<qint64>::failure(
            tr("The retention of camera %1 must be between 1 and 30 days (article L252-5).")
                .arg(camera.number));
    if (byNumber(camera.number))
        return Result<qint64>::failure(tr("Camera number %1 is already used.").arg(camera.number));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO cameras (number, name, group_id, place, insee_code, main_url, sub_url,"
        " transport, retention_days, ptz, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(camera.number);
    q.addBindValue(camera.name.trimmed());
    q.addBindValue(camera.groupId > 0 ? QVariant(camera.groupId) : QVariant());
    q.addBindValue(nonNull(camera.place));
    q.addBindValue(nonNull(camera.inseeCode));
    q.addBindValue(camera.mainUrl.toString());
    q.addBindValue(nonNull(camera.subUrl.toString()));
    q.addBindValue(nonNull(camera.transport));
    q.addBindValue(camera.retentionDays);
    q.addBindValue(camera.ptz);
    q.addBindValue(camera.enabled);
    if (!q.exec())
        return Result<qint64>::failure(store::Database::describeError(
            tr("Cannot add camera %1").arg(camera.number), q.lastError()));
    return Result<qint64>(q.lastInsertId().toLongLong());
}

Status CameraDirectory::setStreamUrls(int number, const QUrl &mainUrl, const QUrl &subUrl)
{
    if (const Status checked = checkStreamUrls(number, mainUrl, subUrl); !checked.ok())
        return checked;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cameras SET main_url = ?, sub_url = ? WHERE number = ?"));
    q.addBindValue(mainUrl.toString());
    q.addBindValue(nonNull(subUrl.toString()));
    q.addBindValue(number);
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot change camera %1").arg(number), q.lastError()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no camera number %1.").arg(number));
    return Status::success();
}

} // namespace vigie::cameras
