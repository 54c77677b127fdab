#include "core/analytics/centroid_tracker.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace vigie::analytics {

CentroidTracker::CentroidTracker(double maxDistance, qint64 maxGap_ms)
    : m_maxDistance(maxDistance), m_maxGap_ms(maxGap_ms)
{
}

void CentroidTracker::update(const QList<Blob> &blobs, qint64 t_ms)
{
    // Every (track, blob) pair within reach, nearest first: each side is taken once.
    std::vector<std::tuple<double, qsizetype, qsizetype>> pairs;
    for (qsizetype t = 0; t < m_tracks.size(); ++t) {
        for (qsizetype b = 0; b < blobs.size(); ++b) {
            const cv::Point2d d = m_tracks[t].position - blobs[b].centroid;
            const double distance = std::hypot(d.x, d.y);
            if (distance <= m_maxDistance)
                pairs.emplace_back(distance, t, b);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<bool> trackTaken(size_t(m_tracks.size()), false);
    std::vector<bool> blobTaken(size_t(blobs.size()), false);
    for (const auto &[distance, t, b] : pairs) {
        if (trackTaken[size_t(t)] || blobTaken[size_t(b)])
            continue;
        trackTaken[size_t(t)] = blobTaken[size_t(b)] = true;
        Track &track = m_tracks[t];
        track.previous = track.position;
        track.position = blobs[b].centroid;
        track.box = blobs[b].box;
        track.area = blobs[b].area;
        track.lastSeen_ms = t_ms;
        ++track.hits;
    }
    m_tracks.removeIf([&](const Track &track) { return t_ms - track.lastSeen_ms > m_maxGap_ms; });
    for (qsizetype b = 0; b < blobs.size(); ++b) {
        if (blobTaken[size_t(b)])
            continue;
        Track track;
        track.id = m_nextId++;
        track.position = track.previous = blobs[b].centroid;
        track.box = blobs[b].box;
        track.area = blobs[b].area;
        track.firstSeen_ms = track.lastSeen_ms = t_ms;
        track.hits = 1;
        m_tracks.append(track);
    }
}

} // namespace vigie::analytics
