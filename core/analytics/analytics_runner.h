// Runs each watched camera's detectors on the pictures of its live stream: it takes a handle on
// the camera's engine from the StreamRegistry like a tile does (no second connection to the
// camera; a camera on no wall still runs, for the analytics alone), samples the newest picture
// at a reduced rate (5 a second by default, lowered by the governor before it degrades what
// operators watch), and runs the detectors in a bounded pool of worker threads. A camera whose
// previous picture is still being analysed skips this one: pictures are dropped, never queued.
// Lives in the GUI thread with the registry; its events arrive there.
#pragma once

#include "core/analytics/analytics_event.h"
#include "core/analytics/detector_config.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <map>
#include <memory>

namespace vigie::video {
class StreamRegistry;
}

namespace vigie::analytics {

class AnalyticsRunner : public QObject
{
    Q_OBJECT
public:
    // `workers`: threads of the pool (0: one less than the cores, at least one).
    explicit AnalyticsRunner(video::StreamRegistry &registry, int workers = 0,
                             QObject *parent = nullptr);
    ~AnalyticsRunner() override; // waits for the pictures being analysed

    // Pictures analysed per second and camera (0.2 to 25).
    void setRate(double picturesPerSecond);
    double rate() const { return m_rate; }

    // Starts (or starts again) `camera`'s detectors on its stream; those disabled are left out.
    // `states`: what each detector (by name) saved before, restored first.
    void watch(int camera, const QUrl &url, const QList<DetectorConfig> &detectors,
               const QHash<QString, QJsonObject> &states = {});
    void unwatch(int camera);
    int watched() const { return int(m_cameras.size()); }
    // Pictures sampled and dropped because the camera's previous one was still being analysed.
    qint64 dropped() const { return m_dropped; }
    qint64 analysed() const { return m_analysed; }

signals:
    void eventsRaised(int camera, const QString &detector,
                      const QList<vigie::analytics::AnalyticsEvent> &events);
    // A detector's state changed (a parked vehicle seen or checked again): to be saved.
    void stateChanged(int camera, const QString &detector, const QJsonObject &state, qint64 t_ms);

private:
    struct Camera;
    void sample(const std::shared_ptr<Camera> &camera);

    video::StreamRegistry &m_registry;
    QThreadPool m_pool;
    double m_rate = 5;
    std::map<int, std::shared_ptr<Camera>> m_cameras;
    qint64 m_dropped = 0;
    qint64 m_analysed = 0;
};

} // namespace vigie::analytics
