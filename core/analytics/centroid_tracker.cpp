#include "core/analytics/centroid_tracker.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace vigie::analytics {
namespace {

// A blob this many times a track's size is that track merged with another one...
constexpr double kMergedArea = 1.5;
// ...for at most this many pictures: after that, it is what the track has become.
constexpr int kMaxMergedPictures = 10;

} // namespace

CentroidTracker::CentroidTracker(double maxDistance, qint64 maxGap_ms)
    : m_maxDistance(maxDistance), m_maxGap_ms(maxGap_ms)
{
}

cv::Point2d CentroidTracker::predicted(const Track &track, qint64 t_ms)
{
    return track.position + track.velocity * double(t_ms - track.lastSeen_ms);
}

void CentroidTracker::update(const QList<Blob> &blobs, qint64 t_ms)
{
    // Every (track, blob) pair within reach, nearest first: each side is taken once.
    std::vector<std::tuple<double, qsizetype, qsizetype>> pairs;
    for (qsizetype t = 0; t < m_tracks.size(); ++t) {
        for (qsizetype b = 0; b < blobs.size(); ++b) {
            const cv::Point2d d = predicted(m_tracks[t], t_ms) - blobs[b].centroid;
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
        const Blob &blob = blobs[b];
        track.box = blob.box;
        if (track.hits > 2 && blob.area > kMergedArea * track.area
            && track.mergedPictures < kMaxMergedPictures) {
            // Merged with another object: the blob's centre is neither's. The track goes on at
            // its own pace until they part.
            ++track.mergedPictures;
            track.previous = track.position;
            track.position = predicted(track, t_ms);
            // Yet it is hidden inside that blob: its centre stays at least half its own size
            // inside the blob's box. Someone who stops beside another is not carried on at
            // their last pace past where the pair's blob ends.
            const double halfWidth = std::min(track.size.width, blob.box.width) / 2.0;
            const double halfHeight = std::min(track.size.height, blob.box.height) / 2.0;
            track.position.x = std::clamp(track.position.x, blob.box.x + halfWidth,
                                          blob.box.x + blob.box.width - halfWidth);
            track.position.y = std::clamp(track.position.y, blob.box.y + halfHeight,
                                          blob.box.y + blob.box.height - halfHeight);
            track.lastSeen_ms = t_ms;
            ++track.hits;
            continue;
        }
        track.mergedPictures = 0;
        track.size = blob.box.size();
        const double elapsed = double(std::max<qint64>(1, t_ms - track.lastSeen_ms));
        const cv::Point2d velocity = (blob.centroid - track.position) / elapsed;
        // Smoothed: a blob's centroid jumps when a limb or a shadow joins it.
        track.velocity = track.hits > 1 ? 0.5 * track.velocity + 0.5 * velocity : velocity;
        track.previous = track.position;
        track.position = blob.centroid;
        track.area = blob.area;
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
        track.size = blobs[b].box.size();
        track.area = blobs[b].area;
        track.firstSeen_ms = track.lastSeen_ms = t_ms;
        track.hits = 1;
        m_tracks.append(track);
    }
}

} // namespace vigie::analytics
