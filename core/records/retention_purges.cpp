#include "core/records/retention_purges.h"

#include "core/records/incident_service.h"
#include "core/records/snapshot_store.h"

namespace vigie::records {

QList<journal::RecordPurge> retentionPurges(IncidentService &incidents, SnapshotStore &snapshots,
                                            const cameras::CameraDirectory &directory)
{
    return {
        [&incidents](const journal::RetentionPolicy &policy, const QDateTime &now,
                     const QString &user) -> Result<QString> {
            const auto removed = incidents.purgeBefore(
                now.addDays(-policy.daysFor(QStringLiteral("incident"))), user);
            if (!removed.ok())
                return Result<QString>(removed.status());
            return Result<QString>(IncidentService::tr("%n incident(s) past their retention "
                                                       "removed.",
                                                       nullptr, removed.value()));
        },
        [&snapshots, &directory](const journal::RetentionPolicy &, const QDateTime &now,
                                 const QString &user) -> Result<QString> {
            const auto removed = snapshots.purge(directory, now, user);
            if (!removed.ok())
                return Result<QString>(removed.status());
            return Result<QString>(SnapshotStore::tr("%n snapshot(s) past their camera's "
                                                     "retention removed.",
                                                     nullptr, removed.value()));
        },
    };
}

} // namespace vigie::records
