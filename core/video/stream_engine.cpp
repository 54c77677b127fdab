#include "core/video/stream_engine.h"

#include "core/video/frame_converter.h"
#include "core/video/latest_frame_slot.h"
#include "core/video/stream_worker.h"
#include "core/video/video_logging.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace vigie::video {
namespace {

// Linux gives each thread its own nice value: this one's, not the process's.
void lowerThreadPriority(int niceness)
{
    if (niceness <= 0)
        return;
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno != 0)
        return;
    if (setpriority(PRIO_PROCESS, tid, std::min(19, current + niceness)) != 0)
        qCDebug(lcVideo) << "engine thread priority unchanged:" << strerror(errno);
}

} // namespace

StreamEngine::StreamEngine(const QUrl &url, const StreamOptions &options, QObject *parent)
    : QObject(parent), m_url(url), m_options(options), m_slot(std::make_shared<LatestFrameSlot>())
{
    qRegisterMetaType<vigie::video::StreamStatus>();
    qRegisterMetaType<vigie::cameras::StreamState>();
    installFfmpegLogging();
    // The worker posts to this object only; the thread is joined before the object goes, and
    // ~QObject drops whatever is still queued.
    StreamWorker::Callbacks callbacks;
    callbacks.framePublished = [this] {
        if (!m_frameNotificationPending.exchange(true))
            QMetaObject::invokeMethod(this, &StreamEngine::deliverFrame, Qt::QueuedConnection);
    };
    callbacks.statusChanged = [this](const StreamStatus &status) {
        QMetaObject::invokeMethod(
            this, [this, status] { deliverStatus(status); }, Qt::QueuedConnection);
    };
    m_worker = std::make_unique<StreamWorker>(url, options, m_slot, std::move(callbacks));
}

StreamEngine::~StreamEngine()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

void StreamEngine::start()
{
    if (m_thread.joinable())
        return;
    m_running.store(true);
    m_thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "vigie-video");
        lowerThreadPriority(m_options.threadNiceness);
        m_worker->run();
        m_running.store(false);
        QMetaObject::invokeMethod(this, &StreamEngine::onThreadFinished, Qt::QueuedConnection);
    });
}

void StreamEngine::requestStop()
{
    m_worker->requestStop();
}

bool StreamEngine::isRunning() const
{
    return m_running.load();
}

void StreamEngine::setActive(bool active)
{
    m_worker->setActive(active);
}

void StreamEngine::setOutputSize(const QSize &size)
{
    m_worker->setOutputSize(size);
}

void StreamEngine::setDecodeMode(DecodeMode mode)
{
    m_worker->setDecodeMode(mode);
}

std::shared_ptr<const VideoFrame> StreamEngine::takeFrame()
{
    return m_slot->take();
}

std::shared_ptr<const VideoFrame> StreamEngine::peekFrame() const
{
    return m_slot->peek();
}

bool StreamEngine::waitForFrame(quint64 sequence, int timeout_ms) const
{
    return m_slot->waitForSequence(sequence, timeout_ms);
}

StreamStatus StreamEngine::status() const
{
    return m_worker->status();
}

QImage StreamEngine::fullResolutionPicture() const
{
    // Only a live picture: the last one of a camera gone silent is not what it shows now.
    if (!m_worker || m_worker->status().state != cameras::StreamState::Live)
        return QImage();
    const std::shared_ptr<const AVFrame> picture = m_worker->lastPicture();
    if (!picture)
        return QImage();
    FrameConverter converter;
    const std::shared_ptr<VideoFrame> converted = converter.convert(picture.get(), QSize());
    return converted ? converted->image : QImage();
}

StreamStats StreamEngine::stats() const
{
    StreamStats stats = m_worker->stats();
    const LatestFrameSlot::Counters counters = m_slot->counters();
    stats.published = counters.published;
    stats.delivered = counters.delivered;
    stats.dropped = counters.dropped;
    return stats;
}

void StreamEngine::deliverFrame()
{
    // Cleared before emitting: a picture published while the viewers paint posts a new
    // notification rather than being missed.
    m_frameNotificationPending.store(false);
    emit frameReady(m_slot->sequence());
}

void StreamEngine::deliverStatus(const StreamStatus &status)
{
    emit statusChanged(status);
    if (status.state != m_emittedState || status.detail != m_emittedDetail) {
        m_emittedState = status.state;
        m_emittedDetail = status.detail;
        emit stateChanged(status.state, status.detail);
    }
}

void StreamEngine::onThreadFinished()
{
    if (m_thread.joinable())
        m_thread.join();
    emit finished();
}

} // namespace vigie::video
