#include "core/video/video_frame.h"

#include <atomic>

namespace vigie::video {
namespace {

std::atomic<int> g_liveFrames { 0 };

} // namespace

VideoFrame::VideoFrame()
{
    g_liveFrames.fetch_add(1, std::memory_order_relaxed);
}

VideoFrame::~VideoFrame()
{
    g_liveFrames.fetch_sub(1, std::memory_order_relaxed);
}

int VideoFrame::liveCount()
{
    return g_liveFrames.load(std::memory_order_relaxed);
}

} // namespace vigie::video
