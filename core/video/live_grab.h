// Pictures grabbed from a camera's live stream at this instant, at the stream's full
// resolution: what a video-verbalisation draft and `vigiectl camera snapshot` need. Opens its
// own connection (a StreamEngine), waits for the first pictures, and hands back up to `count`
// distinct ones; blocks the calling thread (never call it from the GUI thread).
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QUrl>

namespace vigie::video {

struct LiveGrab
{
    QList<QImage> pictures; // at the stream's own resolution, oldest first
    // Empty when all `count` pictures came; otherwise why fewer (the stream was lost or too
    // slow after some pictures), in the operator's language: the pictures grabbed are kept.
    QString shortfall;
};

class LiveGrabber
{
    Q_DECLARE_TR_FUNCTIONS(vigie::video::LiveGrabber)
public:
    // Fails with the reason when no picture at all came within `timeout_ms` (the stream is
    // not live: unreachable, refused, no such stream, or simply silent).
    static Result<LiveGrab> grab(const QUrl &url, int count, int timeout_ms);
};

// The same, as a free function.
Result<LiveGrab> grabLivePictures(const QUrl &url, int count, int timeout_ms);

} // namespace vigie::video
