#include "core/analytics/occupancy_detector.h"

#include <opencv2/core.hpp>

namespace vigie::analytics {
namespace {

// Below this share of the threshold, the lane is free again (no flapping around it).
constexpr double kReleaseRatio = 0.8;

} // namespace

OccupancyDetector::OccupancyDetector(const DetectorConfig &config)
    : Detector(config), m_foreground(config.sensitivity, 9000)
{
}

void OccupancyDetector::closeInterval(qint64 to_ms, QList<AnalyticsEvent> &events)
{
    if (m_intervalPictures > 0 && to_ms > m_intervalStart_ms) {
        AnalyticsEvent e;
        e.type = QStringLiteral("occupancy");
        e.t_ms = to_ms;
        e.value = m_intervalSum / m_intervalPictures;
        e.details = { { QStringLiteral("from_ms"), m_intervalStart_ms },
                      { QStringLiteral("share"), e.value } };
        events.append(e);
    }
    m_intervalSum = 0;
    m_intervalPictures = 0;
}

void OccupancyDetector::process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events)
{
    const cv::Mat &foreground = m_foreground.apply(grey);
    const cv::Mat &zone = zoneMask(grey.size());
    double share = 0;
    if (zone.empty()) {
        share = double(cv::countNonZero(foreground)) / double(foreground.total());
    } else {
        cv::Mat inside;
        cv::bitwise_and(foreground, zone, inside);
        share = double(cv::countNonZero(inside)) / std::max(1, cv::countNonZero(zone));
    }
    if (m_foreground.lastWasLightingChange())
        share = m_smoothed; // the light changed: the lane did not
    m_smoothed = m_started ? 0.8 * m_smoothed + 0.2 * share : share;
    m_started = true;

    // After a silence (the camera dropped), the interval ends at the last picture before it:
    // the lane was not watched meanwhile.
    if (m_intervalStart_ms >= 0 && (t_ms < m_last_ms || t_ms - m_last_ms > kWatchGap_ms)) {
        closeInterval(m_last_ms, events);
        m_intervalStart_ms = -1;
    }
    m_last_ms = t_ms;
    if (m_intervalStart_ms < 0)
        m_intervalStart_ms = t_ms;
    m_intervalSum += share;
    ++m_intervalPictures;
    if (t_ms - m_intervalStart_ms >= qint64(m_config.interval_s * 1000)) {
        closeInterval(t_ms, events);
        m_intervalStart_ms = t_ms;
    }

    if (m_smoothed >= m_config.threshold) {
        if (m_above_ms < 0)
            m_above_ms = t_ms;
        if (!m_saturated && t_ms - m_above_ms >= qint64(m_config.hold_s * 1000)) {
            m_saturated = true;
            AnalyticsEvent e;
            e.type = QStringLiteral("saturation");
            e.alarm = true;
            e.t_ms = t_ms;
            e.value = m_smoothed;
            e.details = { { QStringLiteral("since_ms"), m_above_ms } };
            events.append(e);
        }
    } else if (m_smoothed < kReleaseRatio * m_config.threshold) {
        m_above_ms = -1;
        if (m_saturated) {
            m_saturated = false;
            AnalyticsEvent e;
            e.type = QStringLiteral("saturation_end");
            e.t_ms = t_ms;
            e.value = m_smoothed;
            events.append(e);
        }
    }
}

} // namespace vigie::analytics
