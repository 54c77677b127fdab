// Flows and occupancy over days: the line detectors' crossings per direction and the occupancy
// detectors' share of the lane, summed per quarter of an hour and recorded as journal events
// ("analytics.counts"), synced like alarms so that a report reads the same on every desk, then
// reported per hour or day for a camera (and a detector) over a period.
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

enum class ReportStep { Hour, Day };

struct CountReport
{
    struct Row
    {
        QDateTime from; // local time, start of the hour or day
        QDateTime to;
        QMap<QString, int> counts; // per direction
        double occupancy = -1; // mean share of the lane occupied; -1 when not watched
    };
    int camera = 0;
    QString detector; // empty: all the camera's detectors
    QStringList directions; // every direction counted over the period
    bool hasOccupancy = false;
    QList<Row> rows; // every step of the period, in order, zeros included
    QMap<QString, int> totals;

    // ';'-separated, one line per step, cells quoted and formula-looking text neutralised.
    QString toCsv() const;
    // Aligned columns for a terminal.
    QString toText() const;
    // A direction's name in the reader's language.
    static QString directionLabel(const QString &direction);
};

class CountLog
{
    Q_DECLARE_TR_FUNCTIONS(vigie::analytics::CountLog)
public:
    CountLog(store::Database &db, journal::Journal &journal);

    // Adds a detector's measurements (crossings, occupancy); alarms are ignored here.
    void add(int camera, const QString &detector, const QList<AnalyticsEvent> &events);
    // Records every interval that ended by `now_ms` (all of them with `all`, when the
    // detectors stop: a quarter recorded in two parts is summed by the report).
    Status flush(qint64 now_ms, bool all = false);

    // Who may read: those who may watch the cameras live (ViewLive): the counts are drawn
    // from the pictures, and say when a place is busy or empty. Checked (and a refusal
    // journaled) here.
    Result<CountReport> report(const access::User &reader, int camera, const QString &detector,
                               const QDateTime &from, const QDateTime &to, ReportStep step);

    static Status apply(store::Database &db, const journal::Event &event);
    static Status project(store::Database &db, const journal::Event &event);

private:
    struct Pending
    {
        QMap<QString, int> counts;
        double shareTime = 0; // share x milliseconds watched
        qint64 observed_ms = 0;
    };
    using Key = std::tuple<int, QString, qint64>; // camera, detector, interval start

    store::Database &m_db;
    journal::Journal &m_journal;
    std::map<Key, Pending> m_pending;
};

} // namespace vigie::analytics
