#include "core/analytics/loitering_detector.h"

#include <QJsonArray>

namespace vigie::analytics {

LoiteringDetector::LoiteringDetector(const DetectorConfig &config)
    // At up to 5 pictures a second, twice the stay.
    : Detector(config), m_foreground(config.sensitivity, std::max(500, int(config.loiter_s * 10)))
{
}

void LoiteringDetector::process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events)
{
    if (!m_tracker)
        // Someone hidden for a few seconds (behind a passer-by) is still the same person.
        m_tracker = std::make_unique<CentroidTracker>(0.15 * grey.cols, 5000);
    m_foreground.apply(grey);
    m_tracker->update(m_foreground.blobs(zoneMask(grey.size()), minAreaPixels(grey.size())), t_ms);
    QJsonArray staying;
    for (const Track &track : m_tracker->tracks()) {
        if (track.lastSeen_ms - track.firstSeen_ms >= qint64(m_config.loiter_s * 1000)
            && t_ms - track.lastSeen_ms < 2000)
            staying.append(track.id);
    }
    if (staying.size() >= m_config.minObjects && !m_raised) {
        m_raised = true;
        AnalyticsEvent e;
        e.type
            = m_config.minObjects > 1 ? QStringLiteral("gathering") : QStringLiteral("loitering");
        e.alarm = true;
        e.t_ms = t_ms;
        e.value = staying.size();
        e.details = { { QStringLiteral("tracks"), staying } };
        events.append(e);
    } else if (m_tracker->tracks().isEmpty()) {
        // Re-armed once the zone is empty: a person lost for a picture is not a new stay.
        m_raised = false;
    }
}

} // namespace vigie::analytics
