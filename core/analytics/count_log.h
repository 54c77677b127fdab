// Flows and occupancy over days: the line detectors' crossings per direction and the occupancy
// detectors' share of the lane, summed per quarter of an hour and recorded as journal events
// ("analytics.counts"), synced like alarms so that a report reads the same on every desk, then
// reported per hour or day for a camera (and a detector) over a period. A quarter a line watched
// is recorded with the time it watched it, crossings or none, so that a quiet quarter reads 0 and
// one nobody watched (camera lost, analytics stopped) reads "not observed".
#pragma once

#include "core/analytics/analytics_event.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <map>
#include <tuple>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::access {
struct User;
}

namespace vigie::analytics {

inline constexpr const char *kCountObject = "analytics_count";
// Counts are recorded per quarter of an hour (aligned on the clock): fine enough for a morning
// rush, 96 events a day per detector.
inline constexpr qint64 kCountInterval_ms = 15 * 60 * 1000;
// A quarter is recorded this long after it ends, once the detectors have told the last seconds
// they watched of it (every kWatchReport_ms, through the runner's queue).
inline constexpr qint64 kCountFlushDelay_ms = 30 * 1000;

enum class ReportStep { Hour, Day };

struct CountReport
{
    struct Row
    {
        QDateTime from; // local time, start of the hour or day
        QDateTime to;
        QMap<QString, int> counts; // per direction
        double occupancy = -1; // mean share of the lane occupied; -1 when not watched
        // How long a line watched the step (the longest of the camera's lines): -1 when none did
        // (the camera lost, the analytics stopped: its counts are unknown, not 0); 0 when its
        // counts come without the time watched (recorded before it was kept).
        qint64 watched_ms = 0;

        bool watched() const { return watched_ms >= 0; }
        // Watched for less than the step, short of a minute (the camera dropped, the analytics
        // started or stopped within it, or the step is not over): the counts cover only
        // watched_ms.
        bool partlyWatched() const;
    };
    int camera = 0;
    QString detector; // empty: all the camera's detectors
    QStringList directions; // every direction counted over the period
    bool hasOccupancy = false;
    QList<Row> rows; // every step of the period, in order, zeros included
    QMap<QString, int> totals;

    // Whether it reports a line's counts: then a step not watched shows no count, and the
    // outputs give the minutes watched.
    bool hasCounts() const { return !directions.isEmpty(); }
    qint64 totalWatched_ms() const;

    // ';'-separated, one line per step, cells quoted and formula-looking text neutralised; a step
    // not watched has empty count cells, and a last column gives the minutes watched.
    QString toCsv() const;
    // Aligned columns for a terminal: "-" for a step not watched, the minutes watched last.
    QString toText() const;
    // A direction's name in the reader's language.
    static QString directionLabel(const QString &direction);
};

class CountLog
{
    Q_DECLARE_TR_FUNCTIONS(vigie::analytics::CountLog)
public:
    CountLog(store::Database &db, journal::Journal &journal);

    // Adds a detector's measurements (crossings, occupancy, the stretches a line watched);
    // alarms are ignored here.
    void add(int camera, const QString &detector, const QList<AnalyticsEvent> &events);
    // Records every interval that ended kCountFlushDelay_ms before `now_ms` (all of them with
    // `all`, when the detectors stop: a quarter recorded in two parts is summed by the report).
    Status flush(qint64 now_ms, bool all = false);

    // Who may read: those who may watch the cameras live (ViewLive): the counts are drawn
    // from the pictures, and say when a place is busy or empty. Checked (and a refusal
    // journaled) here.
    Result<CountReport> report(const access::User &reader, int camera, const QString &detector,
                               const QDateTime &from, const QDateTime &to, ReportStep step);

    // Removes the quarters that ended before `before` (retention of "analytics_count"), as one
    // journaled purge by `user`; returns how many quarters went.
    Result<int> purgeBefore(const QDateTime &before, const QString &user);

    static Status apply(store::Database &db, const journal::Event &event);
    static Status project(store::Database &db, const journal::Event &event);

private:
    struct Pending
    {
        QMap<QString, int> counts; // every direction of a line that watched, 0 included
        bool occupancy = false;
        double shareTime = 0; // share x milliseconds watched (occupancy)
        qint64 observed_ms = 0; // watched, by the line or the lane
    };
    // Calls `part(pending, ms)` for each quarter's part of [from_ms, to_ms).
    template <typename Part>
    void spread(int camera, const QString &detector, qint64 from_ms, qint64 to_ms, Part part);
    using Key = std::tuple<int, QString, qint64>; // camera, detector, interval start

    store::Database &m_db;
    journal::Journal &m_journal;
    std::map<Key, Pending> m_pending;
};

} // namespace vigie::analytics
