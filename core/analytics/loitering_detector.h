// Loitering and gathering: people staying in a zone longer than the configured time, one alarm
// when that many are there at once (one: loitering; more: a gathering). The background
// remembers longer than the stay, so that someone standing still stays someone.
#pragma once

#include "core/analytics/centroid_tracker.h"
#include "core/analytics/detector.h"
#include "core/analytics/foreground.h"

#include <QHash>

namespace vigie::analytics {

class LoiteringDetector : public Detector
{
public:
    explicit LoiteringDetector(const DetectorConfig &config);

protected:
    void process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events) override;

private:
    ForegroundModel m_foreground;
    std::unique_ptr<CentroidTracker> m_tracker;
    bool m_raised = false;
};

} // namespace vigie::analytics
