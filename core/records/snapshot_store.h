// Snapshots taken from a tile: stored under the data folder by date, with their SHA-256, and
// journaled ("snapshot.taken") so that a picture in a record can be proven unchanged. Each file
// has its row (table snapshots), so that the retention run deletes it once past its camera's
// retention (30 days at most, L252-5), unless it is held (column `held`: attached to a
// requisition; nothing sets it yet, the requisition register is still to come).
#pragma once

#include "core/access/auth_service.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vigie::journal {
class Journal;
}
namespace vigie::store {
class Database;
}
namespace vigie::cameras {
class CameraDirectory;
}

namespace vigie::records {

struct Snapshot
{
    QString relativePath; // under the data folder: "snapshots/2026/11/25/…png"
    QString sha256;
};

// A picture grabbed at the moment a record is started, kept in memory until the record is
// saved: a cancelled incident leaves no file and no journal entry behind.
struct PendingSnapshot
{
    int cameraNumber = 0;
    QDateTime takenAt;
    QByteArray png;
    QString source; // as for SnapshotStore::store

    bool isEmpty() const { return png.isEmpty(); }
};

class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::SnapshotStore)
public:
    SnapshotStore(QString dataDir, store::Database &db, journal::Journal &journal);

    // `png`: the encoded picture; `source` says what it shows ("stream" at full resolution, or
    // "tile" as displayed when no frame is available).
    Result<Snapshot> store(const access::User &user, int cameraNumber, const QDateTime &takenAt,
                           const QByteArray &png, const QString &source);
    Result<Snapshot> store(const access::User &user, const PendingSnapshot &pending);
    // Whether a snapshot of this camera may be kept at all: never of a social landlord's camera
    // (CSI L272-2), session or not; the refusal is journaled. Asked before grabbing a picture;
    // store() asks it again.
    Status mayTake(const access::User &user, int cameraNumber);
    QString absolutePath(const Snapshot &snapshot) const;

    // The retention run's purge: every snapshot older than its camera's retention (the
    // directory's retention_days; 30 days for a camera no longer in it) and not held goes,
    // file and row, in one journaled "snapshot.purge" listing each file. Files found under
    // snapshots/ without a row (taken before rows were kept) are adopted first, dated by their
    // folder and name. Returns how many went.
    Result<int> purge(const cameras::CameraDirectory &directory, const QDateTime &now,
                      const QString &user);

private:
    Status adoptUnlisted();

    QString m_dataDir;
    store::Database &m_db;
    journal::Journal &m_journal;
};

} // namespace vigie::records
