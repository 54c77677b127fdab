#include "core/video/frame_converter.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/mem.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace vigie::video {
namespace {

// Lines start on a 64-byte boundary so that swscale's SIMD paths apply to every width.
constexpr int kLineAlignment = 64;

// The JPEG "full range" formats are deprecated aliases: swscale wants the plain format and
// the range given apart, or it warns on every context.
AVPixelFormat plainFormat(AVPixelFormat format, bool *fullRange)
{
    switch (format) {
    case AV_PIX_FMT_YUVJ420P:
        *fullRange = true;
        return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P:
        *fullRange = true;
        return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P:
        *fullRange = true;
        return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P:
        *fullRange = true;
        return AV_PIX_FMT_YUV440P;
    default:
        return format;
    }
}

int swsColorspace(int colorspace)
{
    switch (colorspace) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    default:
        return SWS_CS_ITU601;
    }
}

} // namespace

QSize fitOutputSize(const QSize &source, const QSize &requested)
{
    if (source.isEmpty())
        return QSize();
    if (requested.isEmpty()
        || (requested.width() >= source.width() && requested.height() >= source.height()))
        return source;
    QSize fitted = source.scaled(requested, Qt::KeepAspectRatio).boundedTo(source);
    return fitted.expandedTo(QSize(1, 1));
}

FrameConverter::~FrameConverter()
{
    sws_freeContext(m_sws);
}

std::shared_ptr<VideoFrame> FrameConverter::convert(const AVFrame *frame, const QSize &requested)
{
    const QSize source(frame->width, frame->height);
    const QSize output = fitOutputSize(source, requested);
    if (output.isEmpty())
        return nullptr;
    bool fullRange = frame->color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat format = plainFormat(AVPixelFormat(frame->format), &fullRange);
    const Key key { frame->width,           frame->height,     int(format),
                    int(frame->colorspace), fullRange ? 1 : 0, output };
    if (!m_sws || !(key == m_key)) {
        sws_freeContext(m_sws);
        m_sws = sws_getContext(frame->width, frame->height, format, output.width(), output.height(),
                               AV_PIX_FMT_RGB32, SWS_FAST_BILINEAR, nullptr, nullptr, nullptr);
        if (!m_sws) {
            m_key = Key();
            return nullptr;
        }
        // BT.709 for HD cameras, BT.601 otherwise; RGB out is always full range.
        const int *coefficients = sws_getCoefficients(swsColorspace(frame->colorspace));
        sws_setColorspaceDetails(m_sws, coefficients, fullRange ? 1 : 0,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
        m_key = key;
        m_output = output;
        ++m_rebuilds;
    }

    // AV_PIX_FMT_RGB32 and QImage::Format_RGB32 are both one native-endian 0xAARRGGBB word per
    // pixel; swscale writes alpha as 0xff, as Format_RGB32 requires.
    const int bytesPerLine
        = (output.width() * 4 + kLineAlignment - 1) / kLineAlignment * kLineAlignment;
    auto *pixels = static_cast<uchar *>(av_malloc(size_t(bytesPerLine) * output.height()));
    if (!pixels)
        return nullptr;
    auto result = std::make_shared<VideoFrame>();
    result->image = QImage(pixels, output.width(), output.height(), bytesPerLine,
                           QImage::Format_RGB32, av_free, pixels);
    uint8_t *const destination[4] = { pixels, nullptr, nullptr, nullptr };
    const int destinationStride[4] = { bytesPerLine, 0, 0, 0 };
    sws_scale(m_sws, frame->data, frame->linesize, 0, frame->height, destination,
              destinationStride);
    result->sourceSize = source;
    return result;
}

} // namespace vigie::video
