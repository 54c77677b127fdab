#include "core/analytics/analytics_runner.h"

#include "core/analytics/detector.h"
#include "core/video/stream_registry.h"

#include <opencv2/imgproc.hpp>

#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace vigie::analytics {
namespace {

// The detectors' picture width: what they were measured and tuned at.
constexpr int kAnalysisWidth = 320;

// The newest picture as the detectors take it: grey, kAnalysisWidth wide at most.
cv::Mat greyPicture(const QImage &image)
{
    // Format_RGB32 is B, G, R, 255 in memory on little-endian machines.
    const cv::Mat bgra(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.bits()),
                       size_t(image.bytesPerLine()));
    cv::Mat grey;
    cv::cvtColor(bgra, grey, cv::COLOR_BGRA2GRAY);
    if (grey.cols > kAnalysisWidth) {
        cv::Mat small;
        cv::resize(grey, small,
                   cv::Size(kAnalysisWidth, std::max(2, grey.rows * kAnalysisWidth / grey.cols)), 0,
                   0, cv::INTER_AREA);
        return small;
    }
    return grey;
}

// The picture of an alarm: the decoded one, colour, at most kSnapshotWidth wide, as JPEG: it
// goes to every desk and to central (analytics::AlarmLog), and a street scene weighs 57 KB at
// this quality against 588 KB as PNG (vtest.avi at 640 px), for a picture the camera's own
// encoder had already made lossy.
QByteArray alarmPicture(const QImage &image)
{
    constexpr int kSnapshotWidth = 640;
    constexpr int kJpegQuality = 90;
    const QImage picture = image.width() > kSnapshotWidth
        ? image.scaledToWidth(kSnapshotWidth, Qt::SmoothTransformation)
        : image;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "JPEG", kJpegQuality);
    return png;
}

} // namespace

struct AnalyticsRunner::Camera
{
    int number = 0;
    video::StreamHandle handle;
    std::vector<std::unique_ptr<Detector>> detectors;
    cv::Size size; // the first picture's, which every later one is brought to
    std::atomic<bool> busy { false };
    QElapsedTimer sinceSample;
};

AnalyticsRunner::AnalyticsRunner(video::StreamRegistry &registry, int workers, QObject *parent)
    : QObject(parent), m_registry(registry)
{
    qRegisterMetaType<QList<vigie::analytics::AnalyticsEvent>>();
    m_pool.setMaxThreadCount(workers > 0 ? workers : std::max(1, QThread::idealThreadCount() - 1));
}

AnalyticsRunner::~AnalyticsRunner()
{
    m_pool.waitForDone();
    m_cameras.clear();
}

void AnalyticsRunner::setRate(double picturesPerSecond)
{
    m_rate = std::clamp(picturesPerSecond, 0.2, 25.0);
}

void AnalyticsRunner::watch(int number, const QUrl &url, const QList<DetectorConfig> &detectors,
                            const QHash<QString, QJsonObject> &states)
{
    unwatch(number);
    auto camera = std::make_shared<Camera>();
    camera->number = number;
    for (const DetectorConfig &config : detectors) {
        if (!config.enabled || !config.check().ok())
            continue;
        camera->detectors.push_back(Detector::create(config));
        // A line's report must tell a quiet quarter from one not watched (see CountLog).
        camera->detectors.back()->setWatchTold(config.kind == DetectorKind::Line);
        if (states.contains(config.name))
            camera->detectors.back()->restoreState(states.value(config.name));
    }
    if (camera->detectors.empty())
        return;
    // As small as the detectors take it: a tile that asks for more gets it, and we scale down.
    camera->handle = m_registry.acquire(url, QStringLiteral("analytics:%1").arg(number),
                                        QSize(kAnalysisWidth * 2, kAnalysisWidth * 2));
    if (!camera->handle.engine())
        return;
    camera->sinceSample.start();
    const std::weak_ptr<Camera> weak = camera;
    connect(camera->handle.engine(), &video::StreamEngine::frameReady, this, [this, weak] {
        if (const auto c = weak.lock())
            sample(c);
    });
    m_cameras[number] = camera;
}

void AnalyticsRunner::unwatch(int number)
{
    const auto found = m_cameras.find(number);
    if (found == m_cameras.end())
        return;
    if (found->second->handle.engine())
        disconnect(found->second->handle.engine(), nullptr, this, nullptr);
    found->second->handle.release();
    // A picture being analysed keeps the camera's detectors alive until it is done.
    m_cameras.erase(found);
}

void AnalyticsRunner::sample(const std::shared_ptr<Camera> &camera)
{
    if (camera->sinceSample.elapsed() < qint64(1000.0 / m_rate))
        return;
    camera->sinceSample.restart();
    if (camera->busy.exchange(true)) {
        ++m_dropped;
        return;
    }
    const std::shared_ptr<const video::VideoFrame> frame = camera->handle.takeFrame();
    if (!frame || frame->image.isNull()) {
        camera->busy = false;
        return;
    }
    ++m_analysed;
    const qint64 t_ms = QDateTime::currentMSecsSinceEpoch();
    m_pool.start([this, camera, frame, t_ms] {
        cv::Mat grey = greyPicture(frame->image);
        if (camera->size.empty())
            camera->size = grey.size();
        else if (grey.size() != camera->size)
            cv::resize(grey, grey, camera->size, 0, 0, cv::INTER_AREA);
        std::vector<std::pair<QString, QList<AnalyticsEvent>>> raised;
        std::vector<std::pair<QString, QJsonObject>> states;
        for (const auto &detector : camera->detectors) {
            QList<AnalyticsEvent> events = detector->feed(grey, t_ms);
            if (events.isEmpty())
                continue;
            // An alarm comes with the picture that raised it, for the operator's list and the
            // incident made from it (the stationary detector gives its first sighting's own).
            for (AnalyticsEvent &e : events) {
                if (e.alarm && e.picture.isEmpty())
                    e.picture = alarmPicture(frame->image);
            }
            // Only the stationary detector keeps a state, and it changes with its events.
            const QJsonObject state = detector->saveState();
            if (!state.isEmpty())
                states.emplace_back(detector->config().name, state);
            raised.emplace_back(detector->config().name, std::move(events));
        }
        camera->busy = false;
        if (raised.empty())
            return;
        // The runner waits for its pool before it goes, so it is alive here; the events reach
        // the GUI thread through its queue, and are dropped if it has gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, number = camera->number, raised = std::move(raised), states = std::move(states),
             t_ms] {
                for (const auto &[name, state] : states)
                    emit stateChanged(number, name, state, t_ms);
                for (const auto &[name, events] : raised)
                    emit eventsRaised(number, name, events);
            },
            Qt::QueuedConnection);
    });
}

} // namespace vigie::analytics
