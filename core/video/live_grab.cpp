#include "core/video/live_grab.h"

#include "core/cameras/stream_state.h"
#include "core/video/stream_engine.h"
#include "core/video/stream_status.h"
#include "core/video/video_logging.h"

#include <QDeadlineTimer>

namespace vigie::video {
namespace {

// How often the wait looks at the engine's state: a refused or unreachable stream ends the
// wait at once instead of at the timeout.
constexpr int kPoll_ms = 100;

bool givenUp(cameras::StreamState state)
{
    using cameras::StreamState;
    return state == StreamState::AuthRefused || state == StreamState::NotFound
        || state == StreamState::UnsupportedCodec || state == StreamState::Unreachable
        || state == StreamState::Lost || state == StreamState::Reconnecting;
}

} // namespace

Result<LiveGrab> LiveGrabber::grab(const QUrl &url, int count, int timeout_ms)
{
    if (count <= 0)
        return LiveGrab {};
    StreamOptions options;
    options.connectTimeout_ms = timeout_ms;
    options.watchdog_ms = timeout_ms;
    // A grab is one look at the camera now: a file is read once, never looped back to its start.
    options.loopFiles = false;
    StreamEngine engine(url, options);
    // The pictures kept are converted at full resolution from the decoder's own picture; the
    // slot's copy only signals that a new one arrived, so it is kept small.
    engine.setOutputSize(QSize(64, 36));
    engine.start();

    LiveGrab grab;
    quint64 next = 1;
    QDeadlineTimer deadline(timeout_ms);
    QString lostReason;
    while (grab.pictures.size() < count) {
        if (deadline.hasExpired())
            break;
        const int slice = int(qMin<qint64>(kPoll_ms, deadline.remainingTime()));
        if (!engine.waitForFrame(next, slice)) {
            const StreamStatus status = engine.status();
            if (givenUp(status.state)) {
                lostReason
                    = status.detail.isEmpty() ? cameras::stateLabel(status.state) : status.detail;
                break;
            }
            continue;
        }
        const std::shared_ptr<const VideoFrame> frame = engine.peekFrame();
        next = (frame ? frame->sequence : next) + 1;
        const QImage picture = engine.fullResolutionPicture();
        if (picture.isNull())
            continue;
        grab.pictures.append(picture);
        // Each further picture gets the whole delay again: a stream that stalls between two
        // pictures is lost mid-way, not slow to start.
        deadline.setRemainingTime(timeout_ms);
    }
    engine.requestStop();

    if (grab.pictures.isEmpty()) {
        const QString why = lostReason.isEmpty()
            ? tr("no picture within %1 s").arg(QString::number(timeout_ms / 1000.0, 'g', 3))
            : lostReason;
        qCInfo(lcVideo) << "live grab failed:" << why;
        return Result<LiveGrab>::failure(tr("The camera's stream is not live: %1.").arg(why));
    }
    if (grab.pictures.size() < count) {
        const QString why = lostReason.isEmpty()
            ? tr("no further picture within %1 s").arg(QString::number(timeout_ms / 1000.0, 'g', 3))
            : lostReason;
        grab.shortfall
            = tr("Stream lost after %n picture(s) of %1: %2.", nullptr, int(grab.pictures.size()))
                  .arg(count)
                  .arg(why);
    }
    return grab;
}

Result<LiveGrab> grabLivePictures(const QUrl &url, int count, int timeout_ms)
{
    return LiveGrabber::grab(url, count, timeout_ms);
}

} // namespace vigie::video
