#include "core/analytics/wrong_way_detector.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

#include <cmath>

namespace vigie::analytics {
namespace {

constexpr int kFlowWidth = 120; // pixels: the lane is small in a sub-stream anyway
// A pixel moves when its flow is above this many pixels per picture, at kFlowWidth.
constexpr double kMoving = 0.6;
// Against the lane: more than 120 degrees from its direction.
constexpr double kAgainstCos = -0.5;
// A motion the right way, or none, for this long ends an episode: the next one alarms again.
constexpr qint64 kRearm_ms = 5000;

} // namespace

WrongWayDetector::WrongWayDetector(const DetectorConfig &config) : Detector(config) { }

void WrongWayDetector::process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events)
{
    const cv::Rect box = zoneBox(grey.size());
    if (box.width < 4 || box.height < 4)
        return;
    const double scale = std::min(1.0, double(kFlowWidth) / box.width);
    const cv::Size size(std::max(4, cvRound(box.width * scale)),
                        std::max(4, cvRound(box.height * scale)));
    cv::Mat small;
    cv::resize(grey(box), small, size, 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(5, 5), 0);
    if (m_mask.empty() || m_mask.size() != size) {
        const cv::Mat &zone = zoneMask(grey.size());
        if (zone.empty())
            m_mask = cv::Mat(size, CV_8UC1, cv::Scalar(255));
        else
            cv::resize(zone(box), m_mask, size, 0, 0, cv::INTER_NEAREST);
        m_previous.release();
    }
    if (m_previous.empty()) {
        m_previous = small;
        return;
    }
    cv::Mat flow;
    cv::calcOpticalFlowFarneback(m_previous, small, flow, 0.5, 2, 9, 2, 5, 1.1, 0);
    m_previous = small;

    // The mean motion of the moving pixels of the zone.
    const double lawfulX = std::cos(m_config.direction_deg * M_PI / 180.0);
    const double lawfulY = std::sin(m_config.direction_deg * M_PI / 180.0);
    double sumX = 0;
    double sumY = 0;
    int moving = 0;
    int inside = 0;
    for (int y = 0; y < flow.rows; ++y) {
        const auto *f = flow.ptr<cv::Point2f>(y);
        const uchar *m = m_mask.ptr<uchar>(y);
        for (int x = 0; x < flow.cols; ++x) {
            if (!m[x])
                continue;
            ++inside;
            if (std::hypot(f[x].x, f[x].y) < kMoving)
                continue;
            ++moving;
            sumX += f[x].x;
            sumY += f[x].y;
        }
    }
    // A vehicle, not a few pixels of noise: the minimum object size, as a share of the lane.
    const double share = inside > 0 ? double(moving) / inside : 0;
    const double minShare = std::max(0.01, m_config.minArea * 4 * (1.5 - m_config.sensitivity));
    bool against = false;
    double cosine = 0;
    if (share >= minShare) {
        const double norm = std::hypot(sumX, sumY);
        cosine = norm > 0 ? (sumX * lawfulX + sumY * lawfulY) / norm : 0;
        // The mean motion itself must be a motion, not opposite halves that cancel out.
        against = cosine < kAgainstCos && norm / moving >= kMoving;
    }
    if (against) {
        if (m_against_ms < 0)
            m_against_ms = t_ms;
        m_lastAgainst_ms = t_ms;
        if (!m_raised && t_ms - m_against_ms >= qint64(m_config.minDuration_s * 1000)) {
            m_raised = true;
            AnalyticsEvent e;
            e.type = QStringLiteral("wrongway");
            e.alarm = true;
            e.t_ms = t_ms;
            e.value = cosine;
            e.details = { { QStringLiteral("since_ms"), m_against_ms },
                          { QStringLiteral("moving_share"), share } };
            events.append(e);
        }
    } else if (m_lastAgainst_ms >= 0 && t_ms - m_lastAgainst_ms > 1000) {
        // One picture the right way does not end an episode; a second of it does stop the
        // timer, and kRearm_ms of it ends the alarm.
        m_against_ms = -1;
        if (t_ms - m_lastAgainst_ms > kRearm_ms)
            m_raised = false;
    }
}

} // namespace vigie::analytics
