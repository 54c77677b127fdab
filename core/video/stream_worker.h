// The body of an engine's thread: connects, reads, decodes, converts and publishes the newest
// picture, watches for a camera gone silent, and reconnects with a backoff until it is asked to
// stop. What it shares with other threads sits behind its mutex or in atomics; it reports
// through callbacks that the engine turns into queued signals.
#pragma once

#include "core/video/latest_frame_slot.h"
#include "core/video/stream_options.h"
#include "core/video/stream_status.h"

#include <QSize>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

struct AVFrame;
struct AVPacket;

namespace vigie::video {

class Decoder;
class Demuxer;
class FrameConverter;
struct StreamFailure;

class StreamWorker
{
public:
    struct Callbacks
    {
        // Both are called from the worker's thread and must only post.
        std::function<void(const StreamStatus &)> statusChanged;
        std::function<void()> framePublished;
    };

    StreamWorker(QUrl url, StreamOptions options, std::shared_ptr<LatestFrameSlot> slot,
                 Callbacks callbacks);
    ~StreamWorker();
    StreamWorker(const StreamWorker &) = delete;
    StreamWorker &operator=(const StreamWorker &) = delete;

    // The thread's body: returns once stopped, never throws.
    void run();

    // Any thread.
    void requestStop();
    void setActive(bool active);
    void setOutputSize(const QSize &size);
    void setDecodeMode(DecodeMode mode);
    StreamStatus status() const;
    StreamStats stats() const; // without the slot's counters
    // The last decoded picture as the camera sent it (null before the first), for a snapshot
    // at full resolution: a reference to the decoder's buffer, not a copy.
    std::shared_ptr<const AVFrame> lastPicture() const;

private:
    using Clock = std::chrono::steady_clock;
    enum class SessionEnd { Stopped, Hidden, Failed };
    struct SessionResult;
    struct Session;
    struct Settings
    {
        bool active = true;
        QSize outputSize;
        DecodeMode mode = DecodeMode::AllFrames;
    };

    void loop();
    SessionResult runSession(bool fresh);
    SessionResult readLoop(Session &session);
    bool handlePicture(Session &session, AVFrame *frame); // false: stopped meanwhile
    SessionResult readFailure(Session &session, int error);
    bool isLate(Session &session, const AVPacket *packet, bool key, Clock::time_point now) const;
    void closeSource(Demuxer &demuxer);

    Settings settings() const;
    bool waitUntilActive();
    bool waitFor(int delay_ms);
    // Waits until due; false when stopped or hidden meanwhile.
    bool waitUntilDue(Clock::time_point due);
    void setStatus(const StreamStatus &status);
    template <typename F> void updateStats(F &&change);

    static int interruptCallback(void *opaque);
    void armDeadline(Clock::time_point deadline);
    void disarmDeadline();

    const QUrl m_url;
    const QString m_name; // the URL without credentials, for logs
    const StreamOptions m_options;
    const std::shared_ptr<LatestFrameSlot> m_slot;
    const Callbacks m_callbacks;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    Settings m_settings;
    StreamStatus m_status;
    StreamStats m_stats;
    std::shared_ptr<const AVFrame> m_lastPicture; // under m_mutex

    std::atomic<bool> m_stop { false };
    // Read by FFmpeg's interrupt callback, between and inside blocking calls.
    std::atomic<Clock::rep> m_deadline { 0 }; // 0: none
    std::atomic<bool> m_deadlineHit { false };
    std::atomic<bool> m_closing { false }; // a stop must not cut the RTSP TEARDOWN short
};

} // namespace vigie::video
