// One decoded picture, already converted to the size its viewers asked for (RGB32), shared
// read-only between the engine and every viewer: whoever holds it may keep it as long as it
// likes, the engine never writes to a frame it has published.
#pragma once

#include <QImage>
#include <QSize>

#include <chrono>

namespace vigie::video {

struct VideoFrame
{
    VideoFrame();
    ~VideoFrame();
    VideoFrame(const VideoFrame &) = delete;
    VideoFrame &operator=(const VideoFrame &) = delete;

    QImage image; // Format_RGB32, at the output size
    quint64 sequence = 0; // set by the slot: grows by one per published picture
    QSize sourceSize; // what the camera sent
    qint64 pts_us = -1; // presentation time in the stream, -1 when unknown
    bool keyframe = false;
    std::chrono::steady_clock::time_point decodedAt;
    // When the source sent the picture, in microseconds since the epoch (its wall clock), for
    // measuring latency: only sources that stamp their pictures say so (the bench's streams,
    // scripts/vigie_streams.py --stamp); -1 otherwise.
    qint64 sourceClock_us = -1;

    // Frames alive in the whole process: a test's proof that nothing queues them.
    static int liveCount();
};

} // namespace vigie::video
