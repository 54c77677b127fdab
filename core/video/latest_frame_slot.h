// The hand-over between an engine's thread and its viewers: one frame, never a queue. The
// producer overwrites, a viewer takes the newest; a picture nobody took in time is dropped and
// counted, so that latency stays bounded whatever the viewers' pace.
#pragma once

#include "core/video/video_frame.h"

#include <QtGlobal>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace vigie::video {

class LatestFrameSlot
{
public:
    struct Counters
    {
        quint64 published = 0;
        quint64 delivered = 0; // taken by at least one viewer
        quint64 dropped = 0; // replaced before anyone took it
    };

    // Producer side. Stamps the frame with its sequence number and returns it.
    quint64 publish(std::shared_ptr<VideoFrame> frame);

    // Viewer side: the newest frame (null before the first one). Several viewers may take the
    // same frame; compare its sequence with the last one painted to know whether it is new.
    std::shared_ptr<const VideoFrame> take();
    // The newest frame without counting it as delivered (a repaint after a resize).
    std::shared_ptr<const VideoFrame> peek() const;

    quint64 sequence() const; // of the newest frame, 0 before the first
    // Blocks until a frame numbered at least sequence is in the slot: for a worker thread
    // without an event loop (analytics). False on timeout.
    bool waitForSequence(quint64 sequence, int timeout_ms) const;
    bool hasUntaken() const;
    Counters counters() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_published;
    std::shared_ptr<const VideoFrame> m_frame;
    quint64 m_sequence = 0;
    bool m_taken = false;
    Counters m_counters;
};

} // namespace vigie::video
