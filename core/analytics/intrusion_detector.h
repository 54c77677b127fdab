// Intrusion in a zone (a school yard after hours, a depot): an object of at least the minimum
// size moving in the zone for at least the minimum duration. One alarm per object.
#pragma once

#include "core/analytics/centroid_tracker.h"
#include "core/analytics/detector.h"
#include "core/analytics/foreground.h"

#include <QSet>

namespace vigie::analytics {

class IntrusionDetector : public Detector
{
public:
    explicit IntrusionDetector(const DetectorConfig &config);

protected:
    void process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events) override;

private:
    ForegroundModel m_foreground;
    std::unique_ptr<CentroidTracker> m_tracker;
    QSet<int> m_raised;
};

} // namespace vigie::analytics
