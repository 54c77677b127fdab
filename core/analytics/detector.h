// A detector of one camera: fed its pictures (8-bit grey, small, always the same size, a few per
// second) with their times, it returns what it saw. Alarms outside the configuration's schedule
// are dropped here; measurements (counts, occupancy) are always kept. One thread at a time.
#pragma once

#include "core/analytics/analytics_event.h"
#include "core/analytics/detector_config.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <memory>
#include <vector>

namespace vigie::analytics {

// A silence longer than this between two pictures is not watching (the camera dropped, the
// analytics stopped): well above the slowest sampling the governor sets, and what a tracker
// cannot bridge anyway.
inline constexpr qint64 kWatchGap_ms = 15 * 1000;
// How often a detector that tells its watch says how long it watched.
inline constexpr qint64 kWatchReport_ms = 10 * 1000;

class Detector
{
public:
    explicit Detector(DetectorConfig config);
    virtual ~Detector();
    Detector(const Detector &) = delete;
    Detector &operator=(const Detector &) = delete;

    static std::unique_ptr<Detector> create(const DetectorConfig &config);

    // `t_ms`: milliseconds since the epoch for a live camera (the schedule reads it as local
    // time), or since the start of a file.
    QList<AnalyticsEvent> feed(const cv::Mat &grey, qint64 t_ms);
    const DetectorConfig &config() const { return m_config; }
    // A file's times are not dates: its analysis ignores the schedule.
    void setScheduleApplies(bool applies) { m_scheduleApplies = applies; }
    // Live, a line tells the stretches of time it watched: "watched" events (details: from_ms,
    // and the line's directions) every kWatchReport_ms while pictures come, and none over a
    // silence longer than kWatchGap_ms, so that its report tells a quiet quarter (0) from one
    // nobody watched. Off for a file's analysis, whose output lists crossings.
    void setWatchTold(bool told) { m_watchTold = told; }

    // Objects counted per direction so far (line crossing); empty for the others.
    virtual QMap<QString, int> counts() const { return {}; }
    // What must survive a restart or an outage (the stationary detector's first sighting and
    // re-checks); empty when nothing must.
    virtual QJsonObject saveState() const { return {}; }
    virtual void restoreState(const QJsonObject &state) { Q_UNUSED(state) }

protected:
    virtual void process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events) = 0;
    // The zone (255 inside) at this picture size; empty when the zone is the whole picture.
    const cv::Mat &zoneMask(const cv::Size &size);
    // The zone's bounding box in pixels (the whole picture without a zone).
    cv::Rect zoneBox(const cv::Size &size) const;
    // The smallest object in pixels at this picture size.
    int minAreaPixels(const cv::Size &size) const;

    const DetectorConfig m_config;

private:
    std::vector<cv::Point> zonePixels(const cv::Size &size) const;
    void tellWatch(qint64 t_ms, QList<AnalyticsEvent> &events);

    cv::Mat m_mask;
    bool m_scheduleApplies = true;
    bool m_watchTold = false;
    qint64 m_watchFrom_ms = -1; // the stretch watched and not told yet
    qint64 m_watchLast_ms = -1;
};

} // namespace vigie::analytics
