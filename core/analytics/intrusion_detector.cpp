#include "core/analytics/intrusion_detector.h"

namespace vigie::analytics {

IntrusionDetector::IntrusionDetector(const DetectorConfig &config)
    : Detector(config), m_foreground(config.sensitivity, 500)
{
}

void IntrusionDetector::process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events)
{
    if (!m_tracker)
        m_tracker = std::make_unique<CentroidTracker>(0.12 * grey.cols, 1500);
    m_foreground.apply(grey);
    m_tracker->update(m_foreground.blobs(zoneMask(grey.size()), minAreaPixels(grey.size())), t_ms);
    for (const Track &track : m_tracker->tracks()) {
        const qint64 dwell_ms = track.lastSeen_ms - track.firstSeen_ms;
        if (track.lastSeen_ms != t_ms || m_raised.contains(track.id) || track.hits < 2
            || dwell_ms < qint64(m_config.minDuration_s * 1000))
            continue;
        m_raised.insert(track.id);
        AnalyticsEvent e;
        e.type = QStringLiteral("intrusion");
        e.alarm = true;
        e.t_ms = t_ms;
        e.track = track.id;
        e.details = { { QStringLiteral("x"), track.position.x / grey.cols },
                      { QStringLiteral("y"), track.position.y / grey.rows },
                      { QStringLiteral("since_ms"), track.firstSeen_ms } };
        events.append(e);
    }
}

} // namespace vigie::analytics
