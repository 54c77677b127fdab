#include "core/analytics/detector.h"

#include "core/analytics/intrusion_detector.h"
#include "core/analytics/line_crossing_detector.h"
#include "core/analytics/loitering_detector.h"
#include "core/analytics/occupancy_detector.h"
#include "core/analytics/stationary_detector.h"
#include "core/analytics/wrong_way_detector.h"

#include <opencv2/imgproc.hpp>

#include <QDateTime>
#include <QJsonArray>

#include <vector>

namespace vigie::analytics {

Detector::Detector(DetectorConfig config) : m_config(std::move(config)) { }

Detector::~Detector() = default;

std::unique_ptr<Detector> Detector::create(const DetectorConfig &config)
{
    switch (config.kind) {
    case DetectorKind::Intrusion:
        return std::make_unique<IntrusionDetector>(config);
    case DetectorKind::Line:
        return std::make_unique<LineCrossingDetector>(config);
    case DetectorKind::Occupancy:
        return std::make_unique<OccupancyDetector>(config);
    case DetectorKind::Stationary:
        return std::make_unique<StationaryDetector>(config);
    case DetectorKind::WrongWay:
        return std::make_unique<WrongWayDetector>(config);
    case DetectorKind::Loitering:
        return std::make_unique<LoiteringDetector>(config);
    }
    return nullptr;
}

QList<AnalyticsEvent> Detector::feed(const cv::Mat &grey, qint64 t_ms)
{
    QList<AnalyticsEvent> events;
    if (grey.empty() || grey.type() != CV_8UC1)
        return events;
    process(grey, t_ms, events);
    if (m_watchTold)
        tellWatch(t_ms, events);
    if (m_scheduleApplies && !m_config.schedule.windows.isEmpty()
        && !m_config.schedule.covers(QDateTime::fromMSecsSinceEpoch(t_ms)))
        events.removeIf([](const AnalyticsEvent &e) { return e.alarm; });
    return events;
}

void Detector::tellWatch(qint64 t_ms, QList<AnalyticsEvent> &events)
{
    const auto tell = [this, &events](qint64 from_ms, qint64 to_ms) {
        if (to_ms <= from_ms)
            return;
        AnalyticsEvent e;
        e.type = QStringLiteral("watched");
        e.t_ms = to_ms;
        e.details
            = { { QStringLiteral("from_ms"), from_ms },
                { QStringLiteral("directions"), QJsonArray::fromStringList(counts().keys()) } };
        events.append(e);
    };
    // After a silence (or a clock set back), the stretch ends at the last picture before it.
    if (m_watchFrom_ms >= 0 && (t_ms < m_watchLast_ms || t_ms - m_watchLast_ms > kWatchGap_ms)) {
        tell(m_watchFrom_ms, m_watchLast_ms);
        m_watchFrom_ms = -1;
    }
    if (m_watchFrom_ms < 0)
        m_watchFrom_ms = t_ms;
    m_watchLast_ms = t_ms;
    if (t_ms - m_watchFrom_ms >= kWatchReport_ms) {
        tell(m_watchFrom_ms, t_ms);
        m_watchFrom_ms = t_ms;
    }
}

std::vector<cv::Point> Detector::zonePixels(const cv::Size &size) const
{
    std::vector<cv::Point> polygon;
    for (const QPointF &p : m_config.zone)
        polygon.emplace_back(cvRound(p.x() * (size.width - 1)), cvRound(p.y() * (size.height - 1)));
    return polygon;
}

const cv::Mat &Detector::zoneMask(const cv::Size &size)
{
    if (m_config.zone.isEmpty() || (!m_mask.empty() && m_mask.size() == size))
        return m_mask;
    m_mask = cv::Mat::zeros(size, CV_8UC1);
    cv::fillPoly(m_mask, std::vector<std::vector<cv::Point>> { zonePixels(size) }, cv::Scalar(255));
    return m_mask;
}

cv::Rect Detector::zoneBox(const cv::Size &size) const
{
    if (m_config.zone.isEmpty())
        return cv::Rect(0, 0, size.width, size.height);
    return cv::boundingRect(zonePixels(size)) & cv::Rect(0, 0, size.width, size.height);
}

int Detector::minAreaPixels(const cv::Size &size) const
{
    // The more sensitive, the smaller the object kept (down to half the configured size).
    return std::max(4,
                    cvRound(m_config.minArea * double(size.area()) * (1.5 - m_config.sensitivity)));
}

} // namespace vigie::analytics
