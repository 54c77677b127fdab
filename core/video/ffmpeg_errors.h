// Turns an FFmpeg error code into what a tile says: a stream state and a reason in the
// operator's language, and whether trying again later can help without anyone's action.
#pragma once

#include "core/cameras/stream_state.h"

#include <QString>
#include <QUrl>

namespace vigie::video {

struct StreamFailure
{
    cameras::StreamState state = cameras::StreamState::Unreachable;
    QString detail;
    // Refused credentials, a wrong path or an unknown codec will not heal by themselves (the
    // engine still retries, slowly); a network error usually does.
    bool needsOperator = false;
};

StreamFailure classifyFfmpegError(int averror, const QUrl &url);

// The failures the engine finds itself rather than FFmpeg.
StreamFailure noVideoStream(const QUrl &url);
StreamFailure noDecoder(const QString &codecName);
StreamFailure noPictureInFile(const QUrl &url);
StreamFailure openTimedOut(int timeout_ms);
StreamFailure noPictureAfterConnect(int timeout_ms);
StreamFailure pictureLost(int watchdog_ms);
StreamFailure streamEnded();

// FFmpeg's own text for an error code, for logs.
QString ffmpegErrorText(int averror);

} // namespace vigie::video
