#include "core/records/snapshot_store.h"

#include "core/access/view_grants.h"
#include "core/cameras/camera_directory.h"
#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/records/record_time.h"
#include "core/store/database.h"

#include <QDir>
#include <QDirIterator>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace {
constexpr int kMaxRetentionDays = 30; // L252-5: recordings never kept longer
}

namespace vigie::records {

namespace {

Status insertRow(store::Database &db, const Snapshot &snapshot, int cameraNumber,
                 const QDateTime &takenAt)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO snapshots (path, camera_number, taken_ms,"
                             " sha256) VALUES (?, ?, ?, ?)"));
    q.addBindValue(snapshot.relativePath);
    q.addBindValue(cameraNumber);
    q.addBindValue(takenAt.toMSecsSinceEpoch());
    q.addBindValue(snapshot.sha256);
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            SnapshotStore::tr("Cannot record the snapshot"), q.lastError()));
    return Status::success();
}

} // namespace

SnapshotStore::SnapshotStore(QString dataDir, store::Database &db, journal::Journal &journal)
    : m_dataDir(std::move(dataDir)), m_db(db), m_journal(journal)
{
}

QString SnapshotStore::absolutePath(const Snapshot &snapshot) const
{
    return m_dataDir + QLatin1Char('/') + snapshot.relativePath;
}

Status SnapshotStore::mayTake(const access::User &user, int cameraNumber)
{
    // Nothing of a landlord's camera is kept on the centre's side (CSI L272-2: viewing only,
    // for the intervention), session or not: no snapshot, hence none in an incident either.
    if (QString convention; access::ViewGrants::isRestricted(m_db, cameraNumber, &convention)) {
        const QString reason
            = tr("Camera %1 belongs to a social landlord (convention %2): its images may be "
                 "viewed during a session, never kept. No snapshot is taken.")
                  .arg(cameraNumber, 3, 10, QLatin1Char('0'))
                  .arg(convention);
        const auto logged
            = m_journal.record({ user.login,
                                 QStringLiteral("access.refused"),
                                 QStringLiteral("camera"),
                                 QString::number(cameraNumber),
                                 QString(),
                                 { { QStringLiteral("what"), tr("take a snapshot") },
                                   { QStringLiteral("why"), reason },
                                   { QStringLiteral("bailleur_convention"), convention } } });
        if (!logged.ok())
            return logged.status();
        return Status::failure(reason);
    }
    return Status::success();
}

Result<Snapshot> SnapshotStore::store(const access::User &user, const PendingSnapshot &pending)
{
    return store(user, pending.cameraNumber, pending.takenAt, pending.png, pending.source);
}

Result<Snapshot> SnapshotStore::store(const access::User &user, int cameraNumber,
                                      const QDateTime &takenAt, const QByteArray &png,
                                      const QString &source)
{
    if (png.isEmpty())
        return Result<Snapshot>::failure(tr("The snapshot is empty."));
    if (const Status allowed = mayTake(user, cameraNumber); !allowed.ok())
        return Result<Snapshot>(allowed);
    Snapshot snapshot;
    const QString folder
        = QStringLiteral("snapshots/") + takenAt.toString(QStringLiteral("yyyy/MM/dd"));
    snapshot.relativePath = folder
        + QStringLiteral("/cam%1-%2-%3.png")
              .arg(cameraNumber, 3, 10, QLatin1Char('0'))
              .arg(takenAt.toString(QStringLiteral("HHmmss")))
              .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    snapshot.sha256 = QString::fromLatin1(journal::Journal::sha256Hex(png));
    if (!QDir().mkpath(m_dataDir + QLatin1Char('/') + folder))
        return Result<Snapshot>::failure(
            tr("Cannot create the snapshot folder: check the disk and the access rights."));
    QSaveFile file(absolutePath(snapshot));
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
        return Result<Snapshot>::failure(
            tr("Cannot save the snapshot (%1): the disk may be full.").arg(file.errorString()));
    auto logged
        = m_journal.record({ user.login,
                             QStringLiteral("snapshot.taken"),
                             QStringLiteral("camera"),
                             QString::number(cameraNumber),
                             QString(),
                             { { QStringLiteral("file"), snapshot.relativePath },
                               { QStringLiteral("sha256"), snapshot.sha256 },
                               { QStringLiteral("taken_at"), isoWithOffset(takenAt) },
                               { QStringLiteral("source"), source } } },
                           [&] { return insertRow(m_db, snapshot, cameraNumber, takenAt); });
    if (!logged.ok()) {
        QFile::remove(absolutePath(snapshot));
        return Result<Snapshot>(logged.status());
    }
    return Result<Snapshot>(snapshot);
}

} // namespace vigie::records

namespace vigie::records {

Status SnapshotStore::adoptUnlisted()
{
    const QString root = m_dataDir + QStringLiteral("/snapshots");
    if (!QFileInfo::exists(root))
        return Status::success();
    // As store() names them: snapshots/yyyy/MM/dd/camNNN-HHmmss-xxxxxxxx.png
    static const QRegularExpression name(
        QStringLiteral("^snapshots/(\\d{4})/(\\d{2})/(\\d{2})/cam(\\d+)-(\\d{6})-[^/]*\\.png$"));
    QSet<QString> listed;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT path FROM snapshots")))
            return Status::failure(store::Database::describeError(
                tr("Cannot read the snapshots kept"), q.lastError()));
        while (q.next())
            listed.insert(q.value(0).toString());
    }
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(m_dataDir).relativeFilePath(it.next());
        const QRegularExpressionMatch m = name.match(path);
        if (listed.contains(path) || !m.hasMatch())
            continue;
        const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time = QTime::fromString(m.captured(5), QStringLiteral("HHmmss"));
        QFile file(it.filePath());
        if (!day.isValid() || !time.isValid() || !file.open(QIODevice::ReadOnly))
            continue;
        const Snapshot snapshot {
            path, QString::fromLatin1(journal::Journal::sha256Hex(file.readAll()))
        };
        const Status added = insertRow(m_db, snapshot, m.captured(4).toInt(), QDateTime(day, time));
        if (!added.ok())
            return added;
    }
    return Status::success();
}

Result<int> SnapshotStore::purge(const cameras::CameraDirectory &directory, const QDateTime &now,
                                 const QString &user)
{
    const Status adopted = adoptUnlisted();
    if (!adopted.ok())
        return Result<int>(adopted);
    QHash<int, int> retention; // camera number -> days
    for (const cameras::Camera &camera : directory.cameras())
        retention.insert(camera.number, qBound(1, camera.retentionDays, kMaxRetentionDays));
    struct Gone
    {
        QString path;
        int camera = 0;
        QDateTime takenAt;
        QString sha256;
    };
    QList<Gone> gone;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT path, camera_number, taken_ms, sha256 FROM snapshots"
                                 " WHERE held = 0 AND taken_ms < ? ORDER BY taken_ms"));
        q.addBindValue(now.addDays(-1).toMSecsSinceEpoch());
        if (!q.exec())
            return Result<int>::failure(store::Database::describeError(
                tr("Cannot read the snapshots kept"), q.lastError()));
        while (q.next()) {
            const int camera = q.value(1).toInt();
            const QDateTime takenAt
                = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), now.timeZone());
            if (takenAt < now.addDays(-retention.value(camera, kMaxRetentionDays)))
                gone.append({ q.value(0).toString(), camera, takenAt, q.value(3).toString() });
        }
    }
    if (gone.isEmpty())
        return Result<int>(0);
    QJsonArray files;
    for (const Gone &g : std::as_const(gone))
        files.append(QJsonObject { { QStringLiteral("file"), g.path },
                                   { QStringLiteral("camera"), g.camera },
                                   { QStringLiteral("taken_at"), isoWithOffset(g.takenAt) },
                                   { QStringLiteral("sha256"), g.sha256 } });
    // The rows go with the event, in one transaction; the files once it is recorded. A file that
    // cannot be removed is found again without a row by the next run, and purged then.
    auto purged = m_journal.record(
        { user,
          QStringLiteral("snapshot.purge"),
          QStringLiteral("snapshot"),
          QString(),
          tr("retention of the cameras' images (30 days at most, L252-5)"),
          { { QStringLiteral("count"), int(gone.size()) }, { QStringLiteral("files"), files } } },
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM snapshots WHERE path = ? AND held = 0"));
            for (const Gone &g : std::as_const(gone)) {
                q.bindValue(0, g.path);
                if (!q.exec())
                    return Status::failure(store::Database::describeError(
                        tr("Cannot purge the snapshots"), q.lastError()));
            }
            return Status::success();
        });
    if (!purged.ok())
        return Result<int>(purged.status());
    for (const Gone &g : std::as_const(gone)) {
        const QString file = absolutePath({ g.path, QString() });
        if (QFileInfo::exists(file) && !QFile::remove(file))
            qCWarning(lcStore).noquote() << "cannot remove the purged snapshot" << g.path;
    }
    return Result<int>(int(gone.size()));
}

} // namespace vigie::records
