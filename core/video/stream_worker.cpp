#include "core/video/stream_worker.h"

#include "core/video/decoder.h"
#include "core/video/demuxer.h"
#include "core/video/ffmpeg_errors.h"
#include "core/video/frame_converter.h"
#include "core/video/picture_reference.h"
#include "core/video/reconnect_backoff.h"
#include "core/video/video_logging.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QCoreApplication>

#include <array>
#include <cstring>
#include <optional>
#include <thread>

namespace vigie::video {

using cameras::StreamState;
using namespace std::chrono_literals;

namespace {

struct PacketDeleter
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct FrameDeleter
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};

// How long an RTSP TEARDOWN may take on stop before the socket is simply closed.
constexpr auto kCloseGrace = 500ms;
// Without a keyframe flag on any of this many packets, the demuxer does not flag keyframes:
// stop waiting for one.
constexpr int kMaxPacketsWithoutKey = 300;
// A file whose timestamps jump by more than this is re-timed from the current picture.
constexpr qint64 kMaxPtsJump_us = 5'000'000;

// The SEI "user data unregistered" message that scripts/vigie_streams.py --stamp puts in every
// access unit: this identifier, then the send time in microseconds since the epoch, big-endian.
// FFmpeg's H.264 and H.265 decoders hand it over as AV_FRAME_DATA_SEI_UNREGISTERED.
constexpr std::array<uint8_t, 16> kSourceClockUuid {
    0x06, 0x8c, 0x9f, 0x23, 0x5e, 0x99, 0x4f, 0x9f, 0x91, 0x99, 0xb5, 0x51, 0x62, 0xef, 0x10, 0x2c
};

qint64 sourceClock_us(const AVFrame *frame)
{
    for (int i = 0; i < frame->nb_side_data; ++i) {
        const AVFrameSideData *data = frame->side_data[i];
        if (data->type != AV_FRAME_DATA_SEI_UNREGISTERED || data->size < kSourceClockUuid.size() + 8
            || std::memcmp(data->data, kSourceClockUuid.data(), kSourceClockUuid.size()) != 0)
            continue;
        quint64 value = 0;
        for (size_t b = 0; b < 8; ++b)
            value = (value << 8) | data->data[kSourceClockUuid.size() + b];
        return qint64(value);
    }
    return -1;
}

qint64 elapsed_ms(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now()
                                                                 - since)
        .count();
}

// Plays a file at its own rate: maps stream time to the steady clock, re-timing on a loop, a
// jump or a pause.
class Pacer
{
public:
    using Clock = std::chrono::steady_clock;

    explicit Pacer(double frameRate) : m_frameInterval_us(frameRate > 0 ? 1e6 / frameRate : 40000)
    {
    }

    Clock::time_point due(qint64 pts_us)
    {
        const auto now = Clock::now();
        if (pts_us < 0) {
            // No timestamp: one frame interval after the previous picture.
            m_next
                = m_started ? m_next + std::chrono::microseconds(qint64(m_frameInterval_us)) : now;
            m_started = true;
            return m_next;
        }
        const bool jump
            = m_started && (pts_us < m_lastPts_us || pts_us - m_lastPts_us > kMaxPtsJump_us);
        if (!m_started || jump) {
            m_originPts_us = pts_us;
            m_origin = now;
            m_started = true;
        }
        m_lastPts_us = pts_us;
        m_next = m_origin + std::chrono::microseconds(pts_us - m_originPts_us);
        if (m_next < now - 1s) {
            // Far behind (a slow machine, a debugger): catch up instead of racing.
            m_originPts_us = pts_us;
            m_origin = now;
            m_next = now;
        }
        return m_next;
    }

    void reset() { m_started = false; }

private:
    double m_frameInterval_us = 40000;
    bool m_started = false;
    qint64 m_originPts_us = 0;
    qint64 m_lastPts_us = 0;
    Clock::time_point m_origin;
    Clock::time_point m_next;
};

} // namespace

struct StreamWorker::SessionResult
{
    SessionEnd end = SessionEnd::Failed;
    StreamFailure failure;
    bool wasLive = false;
    qint64 live_ms = 0;
};

struct StreamWorker::Session
{
    Demuxer demuxer;
    Decoder decoder;
    FrameConverter converter;
    std::unique_ptr<AVPacket, PacketDeleter> packet { av_packet_alloc() };
    std::unique_ptr<AVFrame, FrameDeleter> frame { av_frame_alloc() };
    std::optional<Pacer> pacer;
    AVRational timeBase { 1, 1 };
    bool intraOnly = false; // every picture is a keyframe (MJPEG): nothing to wait for
    // H.264 and H.265: how many pictures are non-reference, read from the packets' headers.
    std::optional<NalCodec> nalCodec;
    int nalLengthSize = 0;
    ReferenceShare references;

    Clock::time_point attemptStart = Clock::now();
    Clock::time_point firstPictureDeadline;
    Clock::time_point lastPacket;
    Clock::time_point lastPicture;
    Clock::time_point liveSince;
    std::optional<Clock::time_point> hiddenSince;
    bool live = false;
    bool needKeyframe = true;
    bool keysFlagged = false;
    int packetsWithoutKey = 0;
    quint64 picturesThisPass = 0;
    Settings settings;
    // How late the stream is read (live sources): the arrival of the earliest packet seen so
    // far anchors the stream's clock to ours; a packet read later than its place in the stream
    // says how far behind the decoding is.
    std::optional<std::pair<Clock::time_point, qint64>> anchor; // (arrival, pts in us)
    bool catchingUp = false;
    qint64 catchUpLag_us = 0; // the lag at the last keyframe while catching up

    SessionResult end(SessionEnd how, StreamFailure failure = {}) const
    {
        SessionResult result;
        result.end = how;
        result.failure = std::move(failure);
        result.wasLive = live;
        result.live_ms = live ? elapsed_ms(liveSince) : 0;
        return result;
    }
};

StreamWorker::StreamWorker(QUrl url, StreamOptions options, std::shared_ptr<LatestFrameSlot> slot,
                           Callbacks callbacks)
    : m_url(std::move(url)), m_name(m_url.toDisplayString(QUrl::RemoveUserInfo)),
      m_options(std::move(options)), m_slot(std::move(slot)), m_callbacks(std::move(callbacks))
{
}

StreamWorker::~StreamWorker() = default;

void StreamWorker::run()
{
    try {
        loop();
    } catch (const std::exception &e) {
        // Out of memory, most likely. Exceptions never leave this thread: the engine shows
        // the failure and stops trying.
        qCWarning(lcVideo).noquote() << m_name << "engine stopped on an exception:" << e.what();
        StreamStatus failed;
        failed.state = StreamState::Unreachable;
        failed.detail = QCoreApplication::translate("vigie::video::StreamEngine",
                                                    "The video engine failed: %1")
                            .arg(QString::fromUtf8(e.what()));
        setStatus(failed);
    } catch (...) {
        qCWarning(lcVideo).noquote() << m_name << "engine stopped on an unknown exception";
    }
    updateStats([](StreamStats &s) { s.connected = false; });
}

void StreamWorker::loop()
{
    ReconnectBackoff backoff(m_options.backoffInitial_ms, m_options.backoffMax_ms,
                             m_options.backoffJitter);
    bool everLive = false;
    bool fresh = true;
    while (!m_stop.load()) {
        if (!waitUntilActive())
            return;
        const SessionResult result = runSession(fresh);
        fresh = false;
        if (result.end == SessionEnd::Stopped)
            return;
        if (result.end == SessionEnd::Hidden) {
            // Shown again later: a new start, with no history of failures.
            fresh = true;
            everLive = false;
            backoff.reset();
            continue;
        }
        if (result.wasLive) {
            everLive = true;
            if (result.live_ms >= m_options.backoffResetAfter_ms)
                backoff.reset();
        }
        const int delay_ms = backoff.nextDelay_ms();
        StreamStatus next;
        next.detail = result.failure.detail;
        next.failedAttempts = backoff.failures();
        next.nextAttempt = QDeadlineTimer(delay_ms);
        if (result.failure.needsOperator || !everLive)
            next.state = result.failure.state;
        else if (result.failure.state == StreamState::Lost || status().state == StreamState::Lost)
            next.state = StreamState::Lost; // until the picture is back, whatever the retries meet
        else
            next.state = StreamState::Reconnecting;
        setStatus(next);
        if (!waitFor(delay_ms))
            return;
    }
}

StreamWorker::SessionResult StreamWorker::runSession(bool fresh)
{
    updateStats([](StreamStats &s) { ++s.attempts; });
    StreamStatus attempt = status();
    if (fresh) {
        attempt = StreamStatus();
    } else {
        // Keep what the tile says during the attempt; only the countdown goes.
        attempt.nextAttempt = QDeadlineTimer(QDeadlineTimer::Forever);
    }
    setStatus(attempt);

    Session session;
    if (!session.packet || !session.frame)
        throw std::bad_alloc();
    session.settings = settings();

    const AVIOInterruptCB interrupt { &StreamWorker::interruptCallback, this };
    armDeadline(session.attemptStart + std::chrono::milliseconds(m_options.connectTimeout_ms));
    int error = session.demuxer.open(m_url, m_options, interrupt);
    if (error < 0) {
        disarmDeadline();
        if (m_stop.load())
            return session.end(SessionEnd::Stopped);
        if (error == AVERROR_EXIT && m_deadlineHit.load())
            return session.end(SessionEnd::Failed, openTimedOut(m_options.connectTimeout_ms));
        qCDebug(lcVideo).noquote() << m_name << "open failed:" << ffmpegErrorText(error);
        return session.end(SessionEnd::Failed,
                           error == AVERROR_STREAM_NOT_FOUND ? noVideoStream(m_url)
                                                             : classifyFfmpegError(error, m_url));
    }

    const AVStream *stream = session.demuxer.videoStream();
    error = session.decoder.open(stream, m_options.hardwareDecoding, m_options.decoderThreads);
    if (error < 0) {
        closeSource(session.demuxer);
        if (error == AVERROR_DECODER_NOT_FOUND) {
            return session.end(
                SessionEnd::Failed,
                noDecoder(QString::fromLatin1(avcodec_get_name(stream->codecpar->codec_id))));
        }
        return session.end(SessionEnd::Failed, classifyFfmpegError(error, m_url));
    }
    session.decoder.setMode(session.settings.mode);
    session.timeBase = stream->time_base;
    const AVCodecDescriptor *descriptor = avcodec_descriptor_get(stream->codecpar->codec_id);
    session.intraOnly = descriptor && (descriptor->props & AV_CODEC_PROP_INTRA_ONLY);
    session.needKeyframe = !session.intraOnly;
    if (stream->codecpar->codec_id == AV_CODEC_ID_H264)
        session.nalCodec = NalCodec::H264;
    else if (stream->codecpar->codec_id == AV_CODEC_ID_HEVC)
        session.nalCodec = NalCodec::H265;
    if (session.nalCodec)
        session.nalLengthSize
            = nalLengthSize(*session.nalCodec, stream->codecpar->extradata,
                            size_t(std::max(0, stream->codecpar->extradata_size)));
    if (session.demuxer.isFile())
        session.pacer.emplace(session.demuxer.frameRate());
    updateStats([&](StreamStats &s) {
        ++s.connections;
        s.connected = true;
        s.codec = session.decoder.codecName();
        s.hardware = session.decoder.hardware();
        s.mode = session.settings.mode;
        s.active = true; // a session starts visible; readLoop notices a hide at once
    });
    qCDebug(lcVideo).noquote() << m_name << "opened" << session.decoder.codecName()
                               << (session.decoder.hardware() ? "(VAAPI)" : "(software)") << "in"
                               << elapsed_ms(session.attemptStart) << "ms";

    const auto now = Clock::now();
    session.lastPacket = now;
    session.lastPicture = now;
    session.firstPictureDeadline = now + std::chrono::milliseconds(m_options.connectTimeout_ms);
    SessionResult result = readLoop(session);
    disarmDeadline();
    closeSource(session.demuxer);
    updateStats([](StreamStats &s) { s.connected = false; });
    return result;
}

StreamWorker::SessionResult StreamWorker::readLoop(Session &session)
{
    AVPacket *packet = session.packet.get();
    const int videoIndex = session.demuxer.videoStream()->index;
    const bool file = session.demuxer.isFile();
    const auto watchdog = std::chrono::milliseconds(m_options.watchdog_ms);
    const auto connectTimeout = std::chrono::milliseconds(m_options.connectTimeout_ms);

    for (;;) {
        if (m_stop.load())
            return session.end(SessionEnd::Stopped);

        const Settings wanted = settings();
        if (wanted.mode != session.settings.mode) {
            // Back from keyframes only, the references of the next P-frames are missing.
            if (session.settings.mode == DecodeMode::KeyframesOnly && !session.intraOnly)
                session.needKeyframe = true;
            session.decoder.setMode(wanted.mode);
            updateStats([&](StreamStats &s) { s.mode = wanted.mode; });
        }
        session.settings = wanted;

        auto now = Clock::now();
        if (!wanted.active) {
            if (!session.hiddenSince) {
                session.hiddenSince = now;
                session.decoder.flush();
                session.needKeyframe = !session.intraOnly;
                updateStats([](StreamStats &s) { s.active = false; });
                qCDebug(lcVideo).noquote() << m_name << "hidden: decoding stops";
            }
            if (file) {
                // Nothing streams at us: simply wait to be shown again.
                if (!waitUntilActive())
                    return session.end(SessionEnd::Stopped);
                continue;
            }
            if (now - *session.hiddenSince
                >= std::chrono::milliseconds(m_options.pauseKeepConnection_ms)) {
                qCDebug(lcVideo).noquote() << m_name << "hidden for long: session closed";
                return session.end(SessionEnd::Hidden);
            }
        } else if (session.hiddenSince) {
            session.hiddenSince.reset();
            // The watchdog restarts: no picture was expected while hidden.
            session.lastPicture = now;
            session.firstPictureDeadline = now + connectTimeout;
            if (session.pacer)
                session.pacer->reset();
            updateStats([](StreamStats &s) { s.active = true; });
            qCDebug(lcVideo).noquote() << m_name << "shown: decoding resumes";
        }

        // A silent source is caught by the read's deadline, a source that sends packets but no
        // picture by the checks after decoding.
        if (file)
            armDeadline(now + connectTimeout);
        else if (!session.live && !session.hiddenSince)
            armDeadline(std::min(session.firstPictureDeadline, session.lastPacket + watchdog));
        else
            armDeadline(session.lastPacket + watchdog);

        int error = session.demuxer.read(packet);
        if (error == AVERROR(EAGAIN))
            continue;
        if (error == AVERROR_EOF && file) {
            av_packet_unref(packet);
            // Drain what the decoder still holds, then loop.
            if (session.decoder.send(nullptr) >= 0) {
                while (session.decoder.receive(session.frame.get()) == 0) {
                    if (!handlePicture(session, session.frame.get()))
                        return session.end(SessionEnd::Stopped);
                }
            }
            session.decoder.flush();
            if (session.picturesThisPass == 0)
                return session.end(SessionEnd::Failed, noPictureInFile(m_url));
            if (!m_options.loopFiles || session.demuxer.rewind() < 0)
                return session.end(SessionEnd::Failed, streamEnded());
            session.picturesThisPass = 0;
            session.needKeyframe = !session.intraOnly;
            session.pacer->reset();
            continue;
        }
        if (error < 0)
            return readFailure(session, error);

        now = Clock::now();
        session.lastPacket = now;
        if (packet->stream_index != videoIndex) {
            av_packet_unref(packet);
            continue;
        }
        if (session.nalCodec) {
            if (const auto reference = isReferencePicture(
                    *session.nalCodec, packet->data, size_t(packet->size), session.nalLengthSize))
                session.references.add(*reference);
        }
        const double nonReference = session.references.nonReferenceShare();
        updateStats([nonReference](StreamStats &s) {
            ++s.packets;
            s.nonReferenceShare = nonReference;
        });
        if (session.hiddenSince) {
            av_packet_unref(packet);
            continue;
        }

        const bool key = packet->flags & AV_PKT_FLAG_KEY;
        session.keysFlagged = session.keysFlagged || key;
        if (session.needKeyframe) {
            // Decoding from the middle of a GOP paints grey smears until the next keyframe:
            // wait for it instead, unless this demuxer never flags keyframes.
            if (key || ++session.packetsWithoutKey > kMaxPacketsWithoutKey) {
                session.needKeyframe = false;
                session.packetsWithoutKey = 0;
            } else {
                av_packet_unref(packet);
                continue;
            }
        }
        if (session.settings.mode == DecodeMode::KeyframesOnly && session.keysFlagged && !key) {
            // Dropped before the decoder: not even parsed.
            av_packet_unref(packet);
            continue;
        }
        if (!file && isLate(session, packet, key, now)) {
            // Behind the camera: pictures queued in the socket would come out seconds late.
            // Jump to the next keyframe instead, as a live view must.
            updateStats([](StreamStats &s) { ++s.skippedLate; });
            av_packet_unref(packet);
            continue;
        }

        error = session.decoder.send(packet);
        av_packet_unref(packet);
        if (error < 0 && error != AVERROR(EAGAIN)) {
            // A damaged packet (lossy UDP, a truncated file): the next keyframe repairs it.
            qCDebug(lcVideo).noquote() << m_name << "decode error:" << ffmpegErrorText(error);
        }
        while (session.decoder.receive(session.frame.get()) == 0) {
            if (m_options.decodeCostForTest_ms > 0)
                std::this_thread::sleep_for(
                    std::chrono::milliseconds(m_options.decodeCostForTest_ms));
            if (!handlePicture(session, session.frame.get()))
                return session.end(SessionEnd::Stopped);
        }

        now = Clock::now();
        if (!session.live && now >= session.firstPictureDeadline)
            return session.end(SessionEnd::Failed,
                               noPictureAfterConnect(m_options.connectTimeout_ms));
        // One keyframe per GOP is all that comes in keyframes-only mode: give it room.
        const auto pictureWatchdog
            = session.settings.mode == DecodeMode::KeyframesOnly ? 3 * watchdog : watchdog;
        if (session.live && now - session.lastPicture >= pictureWatchdog)
            return session.end(SessionEnd::Failed, pictureLost(m_options.watchdog_ms));
    }
}

bool StreamWorker::isLate(Session &session, const AVPacket *packet, bool key,
                          Clock::time_point now) const
{
    if (m_options.maxLag_ms <= 0 || packet->pts == AV_NOPTS_VALUE || !session.keysFlagged)
        return false;
    const qint64 pts_us = av_rescale_q(packet->pts, session.timeBase, AVRational { 1, 1000000 });
    if (!session.anchor) {
        session.anchor = { now, pts_us };
        return false;
    }
    const auto [arrival, anchorPts_us] = *session.anchor;
    const qint64 lag_us
        = std::chrono::duration_cast<std::chrono::microseconds>(now - arrival).count()
        - (pts_us - anchorPts_us);
    const qint64 maxLag_us = qint64(m_options.maxLag_ms) * 1000;
    if (lag_us < 0 || lag_us > 20 * maxLag_us + 10000000) {
        // Earlier than ever (the network's best delay so far), or a jump of the camera's clock:
        // this packet is the new reference.
        session.anchor = { now, pts_us };
        session.catchingUp = false;
        return false;
    }
    if (!session.catchingUp && lag_us > maxLag_us) {
        session.catchingUp = true;
        session.catchUpLag_us = lag_us;
        qCDebug(lcVideo).noquote() << m_name << "decoding" << lag_us / 1000
                                   << "ms behind the camera: skipping to keyframes";
    }
    if (!session.catchingUp)
        return false;
    if (!key)
        return true;
    // A keyframe is always decoded, so the picture moves on. Normal decoding resumes once the
    // lag is back under half the bound. Skipping clears a real backlog at once (reading costs
    // next to nothing): a lag that did not shrink over a whole GOP is the camera's clock
    // drifting from ours, and that packet becomes the reference.
    if (lag_us < maxLag_us / 2) {
        session.catchingUp = false;
        qCDebug(lcVideo).noquote() << m_name << "caught up with the camera";
    } else if (lag_us > session.catchUpLag_us - maxLag_us / 4) {
        session.anchor = { now, pts_us };
        session.catchingUp = false;
        qCDebug(lcVideo).noquote() << m_name << "the camera's clock drifts from ours by"
                                   << lag_us / 1000 << "ms: new reference";
    } else {
        session.catchUpLag_us = lag_us;
    }
    return false;
}

StreamWorker::SessionResult StreamWorker::readFailure(Session &session, int error)
{
    av_packet_unref(session.packet.get());
    if (m_stop.load())
        return session.end(SessionEnd::Stopped);
    if (error == AVERROR_EXIT && m_deadlineHit.load()) {
        if (session.live || session.hiddenSince)
            return session.end(SessionEnd::Failed, pictureLost(m_options.watchdog_ms));
        return session.end(SessionEnd::Failed, noPictureAfterConnect(m_options.connectTimeout_ms));
    }
    qCDebug(lcVideo).noquote() << m_name << "read failed:" << ffmpegErrorText(error);
    if (error == AVERROR_EOF)
        return session.end(SessionEnd::Failed, streamEnded());
    return session.end(SessionEnd::Failed, classifyFfmpegError(error, m_url));
}

bool StreamWorker::handlePicture(Session &session, AVFrame *frame)
{
    updateStats([](StreamStats &s) { ++s.decoded; });
    ++session.picturesThisPass;
    const qint64 pts_us = frame->best_effort_timestamp == AV_NOPTS_VALUE
        ? -1
        : av_rescale_q(frame->best_effort_timestamp, session.timeBase, AVRational { 1, 1000000 });
    if (session.pacer && !waitUntilDue(session.pacer->due(pts_us))) {
        av_frame_unref(frame);
        // Hidden while waiting: the picture is simply not shown.
        return !m_stop.load();
    }

    // The size asked for may have changed while the picture was decoded.
    const QSize requested = settings().outputSize;
    std::shared_ptr<VideoFrame> picture = session.converter.convert(frame, requested);
    const QSize source(frame->width, frame->height);
#if LIBAVUTIL_VERSION_INT >= AV_VERSION_INT(58, 7, 100)
    const bool keyframe = frame->flags & AV_FRAME_FLAG_KEY;
#else
    const bool keyframe = frame->key_frame != 0;
#endif
    const qint64 sentAt_us = sourceClock_us(frame);
    if (AVFrame *kept = av_frame_clone(frame)) {
        std::shared_ptr<const AVFrame> last(kept, [](const AVFrame *f) {
            AVFrame *owned = const_cast<AVFrame *>(f);
            av_frame_free(&owned);
        });
        std::lock_guard lock(m_mutex);
        m_lastPicture.swap(last);
    }
    av_frame_unref(frame);
    if (!picture) {
        qCDebug(lcVideo).noquote() << m_name << "cannot convert a picture of" << source;
        return true;
    }
    picture->pts_us = pts_us;
    picture->keyframe = keyframe;
    picture->sourceClock_us = sentAt_us;
    picture->decodedAt = Clock::now();
    const QSize output = picture->image.size();
    const auto now = Clock::now();
    session.lastPicture = now;
    updateStats([&](StreamStats &s) {
        s.sourceSize = source;
        s.outputSize = output;
    });
    if (!session.live) {
        // Live before the picture is out: whoever sees the picture sees the state too.
        session.live = true;
        session.liveSince = now;
        const int first_ms = int(elapsed_ms(session.attemptStart));
        updateStats([&](StreamStats &s) { s.firstPicture_ms = first_ms; });
        qCDebug(lcVideo).noquote()
            << m_name << "first picture" << source << "->" << output << "after" << first_ms << "ms";
        StreamStatus live;
        live.state = StreamState::Live;
        setStatus(live);
    }
    m_slot->publish(std::move(picture));
    if (m_callbacks.framePublished)
        m_callbacks.framePublished();
    return true;
}

std::shared_ptr<const AVFrame> StreamWorker::lastPicture() const
{
    std::lock_guard lock(m_mutex);
    return m_lastPicture;
}

void StreamWorker::closeSource(Demuxer &demuxer)
{
    // With a short deadline and the stop ignored, so that an RTSP server hears the TEARDOWN
    // instead of keeping a UDP session until it times out.
    m_closing.store(true);
    armDeadline(Clock::now() + kCloseGrace);
    demuxer.close();
    disarmDeadline();
    m_closing.store(false);
}

int StreamWorker::interruptCallback(void *opaque)
{
    auto *self = static_cast<StreamWorker *>(opaque);
    const Clock::rep deadline = self->m_deadline.load(std::memory_order_relaxed);
    if (deadline != 0 && Clock::now().time_since_epoch().count() >= deadline) {
        self->m_deadlineHit.store(true, std::memory_order_relaxed);
        return 1;
    }
    return self->m_stop.load(std::memory_order_relaxed)
            && !self->m_closing.load(std::memory_order_relaxed)
        ? 1
        : 0;
}

void StreamWorker::armDeadline(Clock::time_point deadline)
{
    m_deadlineHit.store(false);
    m_deadline.store(deadline.time_since_epoch().count());
}

void StreamWorker::disarmDeadline()
{
    m_deadline.store(0);
    m_deadlineHit.store(false);
}

void StreamWorker::requestStop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop.store(true);
    }
    m_wake.notify_all();
}

void StreamWorker::setActive(bool active)
{
    {
        std::lock_guard lock(m_mutex);
        m_settings.active = active;
    }
    m_wake.notify_all();
}

void StreamWorker::setOutputSize(const QSize &size)
{
    std::lock_guard lock(m_mutex);
    m_settings.outputSize = size;
}

void StreamWorker::setDecodeMode(DecodeMode mode)
{
    std::lock_guard lock(m_mutex);
    m_settings.mode = mode;
}

StreamWorker::Settings StreamWorker::settings() const
{
    std::lock_guard lock(m_mutex);
    return m_settings;
}

StreamStatus StreamWorker::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

StreamStats StreamWorker::stats() const
{
    std::lock_guard lock(m_mutex);
    StreamStats copy = m_stats;
    // Connected, mode and activity are the ones in effect (they change between packets);
    // otherwise the ones that will be.
    if (!copy.connected) {
        copy.mode = m_settings.mode;
        copy.active = m_settings.active;
    }
    return copy;
}

template <typename F> void StreamWorker::updateStats(F &&change)
{
    std::lock_guard lock(m_mutex);
    change(m_stats);
}

bool StreamWorker::waitUntilActive()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_stop.load() || m_settings.active; });
    return !m_stop.load();
}

bool StreamWorker::waitFor(int delay_ms)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(delay_ms),
                            [this] { return m_stop.load(); });
}

bool StreamWorker::waitUntilDue(Clock::time_point due)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_until(lock, due, [this] { return m_stop.load() || !m_settings.active; });
    return !m_stop.load() && m_settings.active;
}

void StreamWorker::setStatus(const StreamStatus &status)
{
    StreamStatus previous;
    {
        std::lock_guard lock(m_mutex);
        if (m_status == status)
            return;
        previous = std::exchange(m_status, status);
    }
    if (previous.state != status.state || previous.detail != status.detail) {
        qCInfo(lcVideo).noquote() << m_name << cameras::stateLabel(status.state)
                                  << (status.detail.isEmpty() ? QString() : status.detail);
    }
    if (m_callbacks.statusChanged)
        m_callbacks.statusChanged(status);
}

} // namespace vigie::video
