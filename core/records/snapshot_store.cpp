#include "core/records/snapshot_store.h"

#include "core/journal/journal.h"
#include "core/records/record_time.h"

#include <QDir>
#include <QSaveFile>
#include <QUuid>

namespace vigie::records {

SnapshotStore::SnapshotStore(QString dataDir, journal::Journal &journal)
    : m_dataDir(std::move(dataDir)), m_journal(journal)
{
}

QString SnapshotStore::absolutePath(const Snapshot &snapshot) const
{
    return m_dataDir + QLatin1Char('/') + snapshot.relativePath;
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
    auto logged = m_journal.record({ user.login,
                                     QStringLiteral("snapshot.taken"),
                                     QStringLiteral("camera"),
                                     QString::number(cameraNumber),
                                     QString(),
                                     { { QStringLiteral("file"), snapshot.relativePath },
                                       { QStringLiteral("sha256"), snapshot.sha256 },
                                       { QStringLiteral("taken_at"), isoWithOffset(takenAt) },
                                       { QStringLiteral("source"), source } } });
    if (!logged.ok()) {
        QFile::remove(absolutePath(snapshot));
        return Result<Snapshot>(logged.status());
    }
    return Result<Snapshot>(snapshot);
}

} // namespace vigie::records
