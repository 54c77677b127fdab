// Road occupancy: the share of a lane's polygon covered by vehicles, averaged per interval, and a
// saturation alarm when it stays above the threshold for the configured time. The background
// remembers long (stopped vehicles in a jam stay vehicles for about half an hour at 5 pictures a
// second) and forgets a vehicle parked for longer than that.
#pragma once

#include "core/analytics/detector.h"
#include "core/analytics/foreground.h"

namespace vigie::analytics {

class OccupancyDetector : public Detector
{
public:
    explicit OccupancyDetector(const DetectorConfig &config);

protected:
    void process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events) override;

private:
    // Tells the interval's mean share, from its start to `to_ms`, and starts counting anew.
    void closeInterval(qint64 to_ms, QList<AnalyticsEvent> &events);

    ForegroundModel m_foreground;
    bool m_started = false;
    double m_smoothed = 0; // a few seconds' moving average: a gap between two cars is no relief
    qint64 m_intervalStart_ms = -1;
    qint64 m_last_ms = -1; // the last picture's time
    double m_intervalSum = 0;
    int m_intervalPictures = 0;
    qint64 m_above_ms = -1; // since when the lane is above the threshold
    bool m_saturated = false;
};

} // namespace vigie::analytics
