// Runs this desk's video analytics: every camera with detectors configured is watched by the
// AnalyticsRunner on its sub-stream, with the credentials the tiles get from the keyring (the
// same engine as a tile showing it, or one of its own for a camera on no wall), and the register
// is read again every few seconds and after each sync so that a detector added, changed or
// removed anywhere is picked up without a restart. A landlord's camera is never analysed.
//
// One desk of a centre runs the detectors, so that an alarm is raised once, not once per desk:
// `[analytics] run` in vigie.conf, on by default only for a desk with no central (standalone).
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QSettings;
class QTimer;

namespace vigie::store {
class Database;
}
namespace vigie::journal {
class Journal;
}
namespace vigie::video {
class StreamRegistry;
}
namespace vigie::cameras {
class CameraStatusBoard;
}
namespace vigie::analytics {
class AnalyticsRunner;
class LiveAnalytics;
} // namespace vigie::analytics

namespace vigie::app {

class AnalyticsHost : public QObject
{
    Q_OBJECT
public:
    // `workers`: the runner's threads (0: one less than the cores).
    AnalyticsHost(store::Database &db, journal::Journal &journal, video::StreamRegistry &streams,
                  const cameras::CameraStatusBoard &board, int workers = 0,
                  QObject *parent = nullptr);
    ~AnalyticsHost() override;

    // Whether this desk runs the detectors (see the header's comment).
    static bool runsHere(const QSettings &settings, bool joinedToCentral);

    // Reads the register now and then every `interval_ms`.
    void start(int interval_ms = 5000);
    // Watches every camera with detectors as configured now; forgets the others.
    void reconcile();
    QList<int> watchedCameras() const;
    analytics::AnalyticsRunner &runner() const { return *m_runner; }
    void setRate(double picturesPerSecond);

signals:
    void alarmRecorded(const QString &id, int camera);

private:
    store::Database &m_db;
    journal::Journal &m_journal;
    const cameras::CameraStatusBoard &m_board;
    std::unique_ptr<analytics::AnalyticsRunner> m_runner;
    std::unique_ptr<analytics::LiveAnalytics> m_live;
    QHash<int, QByteArray> m_watched; // camera -> what it is watched with (address, detectors)
    QSet<int> m_refusedLandlord; // said once in the log, not every few seconds
    QTimer *m_timer = nullptr;
};

} // namespace vigie::app
