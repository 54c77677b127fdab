// Ties the live detectors to the register: each camera's configured detectors are watched by
// the AnalyticsRunner with their saved state restored, every alarm they raise is recorded (a
// journal event, on every desk after sync) and the stationary detectors' state is saved as it
// changes, so that a restart or an outage does not reset a parked vehicle's timer; their counts
// and occupancy are recorded per quarter of an hour (CountLog). GUI thread.
#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
}

namespace vigie::analytics {

class AlarmLog;
class AnalyticsRunner;
class CountLog;
class DetectorStateStore;

class LiveAnalytics : public QObject
{
    Q_OBJECT
public:
    LiveAnalytics(store::Database &db, journal::Journal &journal, AnalyticsRunner &runner,
                  QObject *parent = nullptr);
    ~LiveAnalytics() override;

    // Watches the camera with the detectors configured for it now; false when it has none.
    bool watch(int camera, const QUrl &url);
    // Records the counts and occupancy of every quarter of an hour that ended by `now_ms` (half
    // a minute before, for the last seconds watched to arrive; all of them with `all`); a timer
    // calls it every minute, the destructor with `all`.
    void flushCounts(qint64 now_ms, bool all = false);

signals:
    void alarmRecorded(const QString &id, int camera, const QString &detector, const QString &type);

private:
    store::Database &m_db;
    journal::Journal &m_journal;
    AnalyticsRunner &m_runner;
    std::unique_ptr<AlarmLog> m_alarms;
    std::unique_ptr<CountLog> m_counts;
    std::unique_ptr<DetectorStateStore> m_states;
    QTimer m_countTimer;
};

} // namespace vigie::analytics
