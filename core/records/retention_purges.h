// The records' part of the retention run: records owns the incident and snapshot tables, so it
// hands the journal's retention the purges of its own rows (see journal::RecordPurge).
#pragma once

#include "core/journal/retention.h"

namespace vigie::cameras {
class CameraDirectory;
}

namespace vigie::records {

class IncidentService;
class SnapshotStore;

// The main courante past its retention (3 years), then the snapshots past their camera's.
QList<journal::RecordPurge> retentionPurges(IncidentService &incidents, SnapshotStore &snapshots,
                                            const cameras::CameraDirectory &directory);

} // namespace vigie::records
