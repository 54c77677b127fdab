// A vehicle parked on the same spot for too long ("voiture ventouse", R417-12: 7 days unless a
// local order says less). Every re-check interval the parking zone's appearance is compared
// with the one it had when the vehicle was first seen (normalised correlation: a change of light
// scales and shifts the grey levels, it does not change the picture's shape). The same
// appearance is a dated re-check; another one means the vehicle left. The first sighting (with
// its picture) and the re-checks are the detector's state, saved and restored by its owner: a
// restart or an outage of the camera does not reset the timer, which counts from the first
// sighting, and the first picture after an outage is a re-check like the others.
#pragma once

#include "core/analytics/detector.h"

namespace vigie::analytics {

class StationaryDetector : public Detector
{
public:
    explicit StationaryDetector(const DetectorConfig &config);

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    // Similarity above which the zone looks the same (normalised correlation, 0..1).
    double sameThreshold() const;

protected:
    void process(const cv::Mat &grey, qint64 t_ms, QList<AnalyticsEvent> &events) override;

private:
    bool occupied(const cv::Mat &zone) const;

    cv::Mat m_empty; // the zone when last seen empty
    cv::Mat m_reference; // the zone when the vehicle was first seen
    QByteArray m_snapshotPng; // the whole picture then
    qint64 m_firstSeen_ms = -1;
    qint64 m_lastCheck_ms = -1;
    QList<QPair<qint64, double>> m_checks; // dated re-checks and their similarity
    bool m_alarmed = false;
};

} // namespace vigie::analytics
