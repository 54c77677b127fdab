// The logging category of the video engine, and the bridge that sends FFmpeg's own messages
// into it instead of straight to stderr.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVideo)

namespace vigie::video {

// Routes av_log through lcVideo (debug level). Process-wide and idempotent: every engine calls
// it, the first call wins.
void installFfmpegLogging();

} // namespace vigie::video
