// One camera stream, decoded in its own thread: FFmpeg demux, decode and scale to the size its
// viewers asked for, the newest picture handed over through a one-frame slot. The object lives
// in its owner's thread (the GUI's), where its signals arrive; the StreamRegistry shares one
// engine between every viewer of a stream.
#pragma once

#include "core/video/decode_mode.h"
#include "core/video/stream_options.h"
#include "core/video/stream_status.h"
#include "core/video/video_frame.h"

#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>
#include <thread>

namespace vigie::video {

class LatestFrameSlot;
class StreamWorker;

class StreamEngine : public QObject
{
    Q_OBJECT
public:
    explicit StreamEngine(const QUrl &url, const StreamOptions &options = {},
                          QObject *parent = nullptr);
    // Stops and joins the thread; FFmpeg's blocking calls are aborted at once, so this is
    // quick. The registry stops engines with requestStop() and deletes them on finished().
    ~StreamEngine() override;

    const QUrl &url() const { return m_url; }
    const StreamOptions &options() const { return m_options; }

    // Once: a stopped engine is not restarted (the registry makes a new one).
    void start();
    // Returns at once; finished() follows when the thread has let go of everything.
    void requestStop();
    bool isRunning() const;

    // Thread-safe, take effect at the next packet.
    void
    setActive(bool active); // false: nothing decoded (see StreamOptions::pauseKeepConnection_ms)
    void setOutputSize(const QSize &size); // fitted in, never above the source
    void setDecodeMode(DecodeMode mode);

    // The newest picture (null before the first); any thread.
    std::shared_ptr<const VideoFrame> takeFrame();
    std::shared_ptr<const VideoFrame> peekFrame() const;
    // Blocks until the picture numbered sequence (or a later one) is published; for threads
    // without an event loop. False on timeout.
    bool waitForFrame(quint64 sequence, int timeout_ms) const;
    StreamStatus status() const;
    StreamStats stats() const;
    // The newest picture at the camera's own resolution (a snapshot for the register), converted
    // in the calling thread; null before the first picture.
    QImage fullResolutionPicture() const;

signals:
    // A newer picture is in the slot. Coalesced: at most one notification waits in the owner's
    // event queue, however many pictures were published meanwhile.
    void frameReady(quint64 sequence);
    void statusChanged(const vigie::video::StreamStatus &status);
    // Only when the state or its reason changed (not for the countdown).
    void stateChanged(vigie::cameras::StreamState state, const QString &detail);
    void finished();

private:
    void deliverFrame();
    void deliverStatus(const StreamStatus &status);
    void onThreadFinished();

    const QUrl m_url;
    const StreamOptions m_options;
    const std::shared_ptr<LatestFrameSlot> m_slot;
    std::unique_ptr<StreamWorker> m_worker;
    std::thread m_thread;
    std::atomic<bool> m_frameNotificationPending { false };
    std::atomic<bool> m_running { false };
    cameras::StreamState m_emittedState = cameras::StreamState::Connecting;
    QString m_emittedDetail;
};

} // namespace vigie::video
