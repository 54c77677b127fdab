#include "core/analytics/clip_reader.h"

#include "core/analytics/analytics_logging.h"
#include "core/video/decoder.h"
#include "core/video/demuxer.h"
#include "core/video/ffmpeg_errors.h"

#include <QFileInfo>
#include <QUrl>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <cmath>

namespace vigie::analytics {

struct ClipReader::Private
{
    QString path;
    video::Demuxer demuxer;
    video::Decoder decoder;
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    SwsContext *sws = nullptr;
    double fps = 0;
    int width = 0;
    double fileFps = 25;
    qint64 nextSample_ms = 0;
    qint64 pictureNumber = 0;
    bool draining = false;

    ~Private()
    {
        sws_freeContext(sws);
        av_frame_free(&frame);
        av_packet_free(&packet);
    }
};

// What went wrong in the reader's language: FFmpeg's own text is English, and goes to the log
// with the file's name for whoever looks into it.
QString ClipReader::reason(int error) const
{
    qCWarning(lcAnalytics).noquote()
        << "FFmpeg on" << d->path << ":" << video::ffmpegErrorText(error) << "(" << error << ")";
    switch (error) {
    case AVERROR_INVALIDDATA:
        return tr("its data are not those of a video");
    case AVERROR_EOF:
        return tr("it ends too early");
    case AVERROR_DECODER_NOT_FOUND:
        return tr("its video is in a format Vigie cannot decode");
    case AVERROR_STREAM_NOT_FOUND:
        return tr("it holds no video");
    case AVERROR(EACCES):
    case AVERROR(EPERM):
        return tr("reading it is not allowed");
    case AVERROR(EIO):
        return tr("the disk could not be read");
    case AVERROR(ENOMEM):
        return tr("memory ran out");
    default:
        return tr("error %1, detailed in the log").arg(error);
    }
}

ClipReader::ClipReader() : d(std::make_unique<Private>()) { }

ClipReader::~ClipReader() = default;

double ClipReader::fileFps() const
{
    return d->fileFps;
}

Status ClipReader::open(const QString &path, double fps, int width)
{
    d->path = path;
    d->fps = fps;
    d->width = width;
    if (!QFileInfo(path).isFile())
        return Status::failure(tr("The file %1 does not exist.").arg(path));
    const AVIOInterruptCB noInterrupt { nullptr, nullptr };
    int error = d->demuxer.open(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()),
                                video::StreamOptions(), noInterrupt);
    if (error < 0)
        return Status::failure(
            tr("The file %1 is not a video that can be read: %2.").arg(path, reason(error)));
    error = d->decoder.open(d->demuxer.videoStream(), false, 1);
    if (error < 0)
        return Status::failure(
            tr("The video of %1 cannot be decoded: %2.").arg(path, reason(error)));
    if (d->demuxer.frameRate() > 0)
        d->fileFps = d->demuxer.frameRate();
    return Status::success();
}

bool ClipReader::next(Picture &picture)
{
    if (!d->demuxer.isOpen())
        return false;
    for (;;) {
        int error = d->decoder.receive(d->frame);
        if (error == 0) {
            const qint64 number = d->pictureNumber++;
            ++m_decoded;
            // The file's own clock, as a camera's would be: its picture number at its rate.
            const qint64 t_ms = qint64(std::llround(double(number) * 1000.0 / d->fileFps));
            if (d->fps > 0 && t_ms < d->nextSample_ms) {
                av_frame_unref(d->frame);
                continue;
            }
            if (d->fps > 0)
                d->nextSample_ms += qint64(std::llround(1000.0 / d->fps));
            const int inW = d->frame->width;
            const int inH = d->frame->height;
            const int outW = d->width > 0 && d->width < inW ? d->width : inW;
            const int outH = std::max(2, int(std::lround(double(inH) * outW / inW)) & ~1);
            d->sws
                = sws_getCachedContext(d->sws, inW, inH, AVPixelFormat(d->frame->format), outW,
                                       outH, AV_PIX_FMT_GRAY8, SWS_AREA, nullptr, nullptr, nullptr);
            if (!d->sws) {
                m_error = tr("The pictures of %1 are in a format that cannot be converted.")
                              .arg(d->path);
                av_frame_unref(d->frame);
                return false;
            }
            picture.grey.create(outH, outW, CV_8UC1);
            uint8_t *planes[1] = { picture.grey.data };
            const int strides[1] = { int(picture.grey.step) };
            sws_scale(d->sws, d->frame->data, d->frame->linesize, 0, inH, planes, strides);
            picture.t_ms = t_ms;
            picture.frame = number;
            av_frame_unref(d->frame);
            return true;
        }
        if (error == AVERROR_EOF)
            return false;
        if (error != AVERROR(EAGAIN)) {
            m_error = tr("The video of %1 is damaged after picture %2: %3.")
                          .arg(d->path)
                          .arg(d->pictureNumber)
                          .arg(reason(error));
            return false;
        }
        if (d->draining)
            return false;
        error = d->demuxer.read(d->packet);
        if (error == AVERROR_EOF) {
            d->draining = true;
            d->decoder.send(nullptr);
            continue;
        }
        if (error < 0) {
            m_error = tr("The file %1 breaks off after picture %2: %3.")
                          .arg(d->path)
                          .arg(d->pictureNumber)
                          .arg(reason(error));
            return false;
        }
        if (d->packet->stream_index != d->demuxer.videoStream()->index) {
            av_packet_unref(d->packet);
            continue;
        }
        error = d->decoder.send(d->packet);
        av_packet_unref(d->packet);
        // A damaged packet costs its picture, not the rest of the file.
        if (error < 0 && error != AVERROR(EAGAIN) && error != AVERROR_INVALIDDATA)
            continue;
    }
}

} // namespace vigie::analytics
