#include "core/analytics/line_crossing_detector.h"

#include <QStringList>

#include <cmath>

namespace vigie::analytics {
namespace {

// Beyond this share of the picture's width from the line, a centroid is clearly on its side.
constexpr double kMargin = 0.012;
// A centroid this far past the segment's ends (share of its length) is not crossing it.
constexpr double kEndSlack = 0.08;

} // namespace

LineCrossingDetector::LineCrossingDetector(const DetectorConfig &config)
    : Detector(config), m_foreground(config.sensitivity, 300)
{
    for (const QString &d : directions())
        m_counts.insert(d, 0);
}

QStringList LineCrossingDetector::directions() const
{
    return { directionName(-1), directionName(1) };
}

QString LineCrossingDetector::directionName(int fromSide) const
{
    return crossingDirection(m_config.line, fromSide);
}

void LineCrossingDetector::process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events)
{
    if (!m_tracker)
        m_tracker = std::make_unique<CentroidTracker>(0.08 * grey.cols, 2000);
    m_foreground.apply(grey);
    m_tracker->update(m_foreground.blobs(zoneMask(grey.size()), minAreaPixels(grey.size())), t_ms);

    const double w = grey.cols - 1;
    const double h = grey.rows - 1;
    const cv::Point2d a(m_config.line.x1() * w, m_config.line.y1() * h);
    const cv::Point2d b(m_config.line.x2() * w, m_config.line.y2() * h);
    const cv::Point2d ab = b - a;
    const double length = std::hypot(ab.x, ab.y);
    const double margin = kMargin * grey.cols;
    QHash<int, int> seen;
    for (const Track &track : m_tracker->tracks()) {
        if (m_side.contains(track.id))
            seen.insert(track.id, m_side.value(track.id));
        if (track.lastSeen_ms != t_ms)
            continue;
        const cv::Point2d ap = track.position - a;
        const double along = (ap.x * ab.x + ap.y * ab.y) / (length * length);
        // Signed distance: positive on the left of a->b as seen in the picture.
        const double distance = (ab.x * ap.y - ab.y * ap.x) / length * -1.0;
        if (std::abs(distance) < margin || along < -kEndSlack || along > 1 + kEndSlack)
            continue;
        const int side = distance > 0 ? 1 : -1;
        const auto before = seen.constFind(track.id);
        if (before != seen.constEnd() && *before != side) {
            AnalyticsEvent e;
            e.type = QStringLiteral("crossing");
            e.t_ms = t_ms;
            e.track = track.id;
            e.direction = directionName(*before);
            m_counts[e.direction] += 1;
            events.append(e);
        }
        seen.insert(track.id, side);
    }
    m_side = seen; // tracks that ended are forgotten
}

} // namespace vigie::analytics
