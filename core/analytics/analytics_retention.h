// The analytics' part of the retention run: analytics owns the alarms' and the counts' tables and
// the alarms' pictures, so it hands the journal's retention the purges of its own rows and files
// (journal::RecordPurge).
#pragma once

#include "core/journal/retention.h"

namespace vigie::cameras {
class CameraDirectory;
}

namespace vigie::analytics {

class AlarmLog;
class CountLog;

// The alarms' pictures past their camera's retention of images (30 days at most), then the
// alarms past the "analytics_alarm" rule (a year by default).
QList<journal::RecordPurge> retentionPurges(AlarmLog &alarms,
                                            const cameras::CameraDirectory &directory);

// The counts past the "analytics_count" rule (3 years by default).
QList<journal::RecordPurge> countsRetentionPurges(CountLog &counts);

} // namespace vigie::analytics
