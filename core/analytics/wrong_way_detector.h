// Wrong-way driving in a lane: the dominant motion in the lane's zone (dense optical flow,
// Farneback, on a small picture of the zone) held against the lane's lawful direction for the
// minimum duration. Traffic the right way, a change of light or camera noise moves nothing the
// wrong way, and raise nothing.
#pragma once

#include "core/analytics/detector.h"

namespace vigie::analytics {

class WrongWayDetector : public Detector
{
public:
    explicit WrongWayDetector(const DetectorConfig &config);

protected:
    void process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events) override;

private:
    cv::Mat m_previous;
    cv::Mat m_mask; // the zone within its box, at the flow's size
    qint64 m_against_ms = -1; // since when the lane's motion goes against it
    qint64 m_lastAgainst_ms = -1;
    bool m_raised = false;
};

} // namespace vigie::analytics
