// Flow counting: objects crossing a line, by direction. Each object is tracked; it counts when
// its centroid passes from one side of the line to the other, past a margin on each side, so
// that one walking along the line or hesitating on it counts once per real crossing.
#pragma once

#include "core/analytics/centroid_tracker.h"
#include "core/analytics/detector.h"
#include "core/analytics/foreground.h"

#include <QHash>

namespace vigie::analytics {

class LineCrossingDetector : public Detector
{
public:
    explicit LineCrossingDetector(const DetectorConfig &config);

    QMap<QString, int> counts() const override { return m_counts; }
    // The two directions of this line, as events name them.
    QStringList directions() const;

protected:
    void process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events) override;

private:
    QString directionName(int fromSide) const;

    ForegroundModel m_foreground;
    std::unique_ptr<CentroidTracker> m_tracker;
    QHash<int, int> m_side; // track id -> the side it was last clearly on (-1 or 1)
    QMap<QString, int> m_counts;
};

} // namespace vigie::analytics
