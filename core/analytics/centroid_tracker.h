// Follows blobs from picture to picture by their centroids (nearest first, within a distance),
// so that one person or vehicle keeps one id while it moves: a line is crossed once per object,
// and a stay in a zone is timed per object. An object lost for a few pictures (two people whose
// blobs merge as they pass each other) coasts at its last velocity, within the shared blob that
// hides it, and takes up the blob found where it was heading when they part.
#pragma once

#include "core/analytics/foreground.h"

#include <QList>

namespace vigie::analytics {

struct Track
{
    int id = 0;
    cv::Point2d position;
    cv::Point2d previous;
    cv::Point2d velocity; // pixels per millisecond
    cv::Rect box;
    cv::Size size; // its own blob's, kept while it is hidden in a shared one
    int area = 0;
    qint64 firstSeen_ms = 0;
    qint64 lastSeen_ms = 0;
    int hits = 0;
    int mergedPictures = 0; // coasting inside a blob shared with another object
};

class CentroidTracker
{
public:
    // `maxDistance`: pixels a centroid may move between two pictures; a track unseen for
    // `maxGap_ms` is over.
    CentroidTracker(double maxDistance, qint64 maxGap_ms);

    void update(const QList<Blob> &blobs, qint64 t_ms);
    const QList<Track> &tracks() const { return m_tracks; }
    // Where the track should be at t_ms, at its last velocity.
    static cv::Point2d predicted(const Track &track, qint64 t_ms);

private:
    double m_maxDistance;
    qint64 m_maxGap_ms;
    QList<Track> m_tracks;
    int m_nextId = 1;
};

} // namespace vigie::analytics
