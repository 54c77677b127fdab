// Ties the live detectors to the register: each camera's configured detectors are watched by
// the AnalyticsRunner with their saved state restored, every alarm they raise is recorded (a
// journal event, on every desk after sync) and the stationary detectors' state is saved as it
// changes, so that a restart or an outage does not reset a parked vehicle's timer. GUI thread.
#pragma once

#include <QObject>
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

signals:
    void alarmRecorded(const QString &id, int camera, const QString &detector, const QString &type);

private:
    store::Database &m_db;
    journal::Journal &m_journal;
    AnalyticsRunner &m_runner;
    std::unique_ptr<AlarmLog> m_alarms;
    std::unique_ptr<DetectorStateStore> m_states;
};

} // namespace vigie::analytics
