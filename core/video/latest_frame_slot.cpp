#include "core/video/latest_frame_slot.h"

namespace vigie::video {

quint64 LatestFrameSlot::publish(std::shared_ptr<VideoFrame> frame)
{
    // The previous frame may be the last reference to a large buffer: it is freed after the
    // lock is released.
    std::shared_ptr<const VideoFrame> previous;
    quint64 sequence = 0;
    {
        std::lock_guard lock(m_mutex);
        sequence = ++m_sequence;
        frame->sequence = sequence;
        if (m_frame && !m_taken)
            ++m_counters.dropped;
        ++m_counters.published;
        previous = std::exchange(m_frame, std::move(frame));
        m_taken = false;
    }
    m_published.notify_all();
    return sequence;
}

std::shared_ptr<const VideoFrame> LatestFrameSlot::take()
{
    std::lock_guard lock(m_mutex);
    if (m_frame && !m_taken) {
        m_taken = true;
        ++m_counters.delivered;
    }
    return m_frame;
}

std::shared_ptr<const VideoFrame> LatestFrameSlot::peek() const
{
    std::lock_guard lock(m_mutex);
    return m_frame;
}

quint64 LatestFrameSlot::sequence() const
{
    std::lock_guard lock(m_mutex);
    return m_sequence;
}

bool LatestFrameSlot::waitForSequence(quint64 sequence, int timeout_ms) const
{
    std::unique_lock lock(m_mutex);
    return m_published.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                                [&] { return m_sequence >= sequence; });
}

bool LatestFrameSlot::hasUntaken() const
{
    std::lock_guard lock(m_mutex);
    return m_frame && !m_taken;
}

LatestFrameSlot::Counters LatestFrameSlot::counters() const
{
    std::lock_guard lock(m_mutex);
    return m_counters;
}

void LatestFrameSlot::clear()
{
    std::shared_ptr<const VideoFrame> previous;
    std::lock_guard lock(m_mutex);
    previous = std::move(m_frame);
    m_taken = false;
}

} // namespace vigie::video
