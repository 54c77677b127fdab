// Follows blobs from picture to picture by their centroids (nearest first, within a distance),
// so that one person or vehicle keeps one id while it moves: a line is crossed once per object,
// and a stay in a zone is timed per object.
#pragma once

#include "core/analytics/foreground.h"

#include <QList>

namespace vigie::analytics {

struct Track
{
    int id = 0;
    cv::Point2d position;
    cv::Point2d previous;
    cv::Rect box;
    int area = 0;
    qint64 firstSeen_ms = 0;
    qint64 lastSeen_ms = 0;
    int hits = 0;
};

class CentroidTracker
{
public:
    // `maxDistance`: pixels a centroid may move between two pictures; a track unseen for
    // `maxGap_ms` is over.
    CentroidTracker(double maxDistance, qint64 maxGap_ms);

    void update(const QList<Blob> &blobs, qint64 t_ms);
    const QList<Track> &tracks() const { return m_tracks; }

private:
    double m_maxDistance;
    qint64 m_maxGap_ms;
    QList<Track> m_tracks;
    int m_nextId = 1;
};

} // namespace vigie::analytics
