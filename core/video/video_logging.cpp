#include "core/video/video_logging.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QByteArray>

#include <mutex>

Q_LOGGING_CATEGORY(lcVideo, "vigie.video")

namespace vigie::video {
namespace {

void forwardFfmpegLog(void *avcl, int level, const char *format, va_list args)
{
    // Formatting costs even when the category is off; FFmpeg's warnings are frequent on a lossy
    // stream, so bail out before av_log_format_line2.
    if (level > av_log_get_level() || !lcVideo().isDebugEnabled())
        return;
    char line[1024];
    int printPrefix = 1;
    va_list copy;
    va_copy(copy, args);
    av_log_format_line2(avcl, level, format, copy, line, int(sizeof line), &printPrefix);
    va_end(copy);
    QByteArray text(line);
    while (text.endsWith('\n'))
        text.chop(1);
    if (!text.isEmpty())
        qCDebug(lcVideo).noquote() << "ffmpeg:" << QString::fromUtf8(text);
}

} // namespace

void installFfmpegLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_WARNING);
        av_log_set_callback(forwardFfmpegLog);
    });
}

} // namespace vigie::video
