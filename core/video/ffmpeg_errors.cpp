#include "core/video/ffmpeg_errors.h"

extern "C" {
#include <libavutil/error.h>
}

#include <QCoreApplication>
#include <QLocale>

#include <cerrno>

namespace vigie::video {

using cameras::StreamState;

namespace {

QString where(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.host();
}

// "1.5" in English, "1,5" in French.
QString seconds(int duration_ms)
{
    return QLocale().toString(duration_ms / 1000.0, 'g', 3);
}

StreamFailure operatorFailure(StreamState state, QString detail)
{
    return StreamFailure { state, std::move(detail), true };
}

StreamFailure networkFailure(QString detail)
{
    return StreamFailure { StreamState::Unreachable, std::move(detail), false };
}

} // namespace

QString ffmpegErrorText(int averror)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, text, sizeof text);
    return QString::fromUtf8(text);
}

StreamFailure classifyFfmpegError(int averror, const QUrl &url)
{
    // A file that ends before anything could be read from it is damaged, not a closed socket.
    if (url.isLocalFile() && (averror == AVERROR_EOF || averror == AVERROR(EIO)))
        return noPictureInFile(url);
    switch (averror) {
    case AVERROR_HTTP_UNAUTHORIZED:
        return operatorFailure(
            StreamState::AuthRefused,
            url.userName().isEmpty()
                ? QCoreApplication::translate("vigie::video::StreamEngine",
                                              "The camera asks for a login and password.")
                : QCoreApplication::translate("vigie::video::StreamEngine",
                                              "The camera refused the login and password."));
    case AVERROR_HTTP_FORBIDDEN:
    case AVERROR(EACCES):
    case AVERROR(EPERM):
        return operatorFailure(StreamState::AuthRefused,
                               url.isLocalFile() ? QCoreApplication::translate(
                                   "vigie::video::StreamEngine", "The video file cannot be read.")
                                                 : QCoreApplication::translate(
                                                     "vigie::video::StreamEngine",
                                                     "The camera forbids access to this stream."));
    case AVERROR_HTTP_NOT_FOUND:
        return operatorFailure(
            StreamState::NotFound,
            QCoreApplication::translate("vigie::video::StreamEngine",
                                        "The camera has no stream at this address (%1).")
                .arg(url.path()));
    case AVERROR(ENOENT):
        return operatorFailure(
            StreamState::NotFound,
            url.isLocalFile()
                ? QCoreApplication::translate("vigie::video::StreamEngine",
                                              "The video file does not exist (%1).")
                      .arg(url.toLocalFile())
                : QCoreApplication::translate("vigie::video::StreamEngine",
                                              "The camera has no stream at this address (%1).")
                      .arg(url.path()));
    case AVERROR_PROTOCOL_NOT_FOUND:
        return operatorFailure(
            StreamState::UnsupportedCodec,
            QCoreApplication::translate("vigie::video::StreamEngine",
                                        "Addresses of the kind \"%1\" are not supported.")
                .arg(url.scheme()));
    case AVERROR_INVALIDDATA:
        return operatorFailure(
            StreamState::UnsupportedCodec,
            QCoreApplication::translate("vigie::video::StreamEngine",
                                        "The stream's format is not recognised."));
    case AVERROR_DECODER_NOT_FOUND:
        return noDecoder(QString());
    case AVERROR_STREAM_NOT_FOUND:
        return noVideoStream(url);
    case AVERROR(ECONNREFUSED):
        return networkFailure(
            QCoreApplication::translate("vigie::video::StreamEngine", "Connection refused by %1.")
                .arg(where(url)));
    case AVERROR(EHOSTUNREACH):
    case AVERROR(ENETUNREACH):
    case AVERROR(ENETDOWN):
    case AVERROR(EHOSTDOWN):
        return networkFailure(
            QCoreApplication::translate("vigie::video::StreamEngine", "No route to %1.")
                .arg(where(url)));
    case AVERROR(ETIMEDOUT):
    case AVERROR_EXIT:
        return networkFailure(QCoreApplication::translate("vigie::video::StreamEngine",
                                                          "The camera did not answer in time."));
    case AVERROR(ECONNRESET):
    case AVERROR(EPIPE):
    case AVERROR_EOF:
        return networkFailure(QCoreApplication::translate("vigie::video::StreamEngine",
                                                          "The camera closed the connection."));
    case AVERROR_HTTP_BAD_REQUEST:
    case AVERROR_HTTP_OTHER_4XX:
    case AVERROR_HTTP_SERVER_ERROR:
        return networkFailure(QCoreApplication::translate("vigie::video::StreamEngine",
                                                          "The camera answered with an error (%1).")
                                  .arg(ffmpegErrorText(averror)));
    default:
        break;
    }
    // FFmpeg's tcp layer reports a failed name lookup as EIO with no other trace.
    if (averror == AVERROR(EIO) && !url.isLocalFile())
        return networkFailure(
            QCoreApplication::translate("vigie::video::StreamEngine", "Cannot reach %1.")
                .arg(where(url)));
    return networkFailure(
        QCoreApplication::translate("vigie::video::StreamEngine", "Cannot read the stream (%1).")
            .arg(ffmpegErrorText(averror)));
}

StreamFailure noVideoStream(const QUrl &url)
{
    Q_UNUSED(url)
    return operatorFailure(
        StreamState::UnsupportedCodec,
        QCoreApplication::translate("vigie::video::StreamEngine", "The stream carries no video."));
}

StreamFailure noDecoder(const QString &codecName)
{
    return operatorFailure(StreamState::UnsupportedCodec,
                           codecName.isEmpty() ? QCoreApplication::translate(
                               "vigie::video::StreamEngine", "No decoder for this stream's video.")
                                               : QCoreApplication::translate(
                                                     "vigie::video::StreamEngine",
                                                     "No decoder for the %1 video of this stream.")
                                                     .arg(codecName));
}

StreamFailure noPictureInFile(const QUrl &url)
{
    Q_UNUSED(url)
    return operatorFailure(
        StreamState::UnsupportedCodec,
        QCoreApplication::translate("vigie::video::StreamEngine",
                                    "The file holds no picture that can be decoded."));
}

StreamFailure openTimedOut(int timeout_ms)
{
    return networkFailure(QCoreApplication::translate("vigie::video::StreamEngine",
                                                      "The camera did not answer within %1 s.")
                              .arg(seconds(timeout_ms)));
}

StreamFailure noPictureAfterConnect(int timeout_ms)
{
    return networkFailure(QCoreApplication::translate("vigie::video::StreamEngine",
                                                      "Connected, but no picture came within %1 s.")
                              .arg(seconds(timeout_ms)));
}

StreamFailure pictureLost(int watchdog_ms)
{
    return StreamFailure { StreamState::Lost,
                           QCoreApplication::translate("vigie::video::StreamEngine",
                                                       "No picture for %1 s.")
                               .arg(seconds(watchdog_ms)),
                           false };
}

StreamFailure streamEnded()
{
    return networkFailure(
        QCoreApplication::translate("vigie::video::StreamEngine", "The camera ended the stream."));
}

} // namespace vigie::video
