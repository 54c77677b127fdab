#include "core/video/frame_converter.h"

extern "C" {
#include <libavutil/buffer.h>
#include <libavutil/frame.h>
#include <libavutil/mem.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// One 8-bit plane at half its width and height, each pixel the mean of the 2x2 it replaces (a
// box filter, so no aliasing). With SSE2, 16 pixels at a time as the mean of the two rows' mean,
// which rounds up by at most one level of 255.
void halvePlane(const uint8_t *source, int sourceStride, uint8_t *target, int targetStride,
                int targetWidth, int targetHeight)
{
    for (int y = 0; y < targetHeight; ++y) {
        const uint8_t *top = source + qsizetype(2 * y) * sourceStride;
        const uint8_t *bottom = top + sourceStride;
        uint8_t *out = target + qsizetype(y) * targetStride;
        int x = 0;
#if defined(__SSE2__)
        const __m128i lowBytes = _mm_set1_epi16(0x00ff);
        for (; x + 16 <= targetWidth; x += 16) {
            const auto *t = reinterpret_cast<const __m128i *>(top + 2 * x);
            const auto *b = reinterpret_cast<const __m128i *>(bottom + 2 * x);
            // The two rows averaged, 16 pairs of columns per register, then each pair.
            const __m128i v0 = _mm_avg_epu8(_mm_loadu_si128(t), _mm_loadu_si128(b));
            const __m128i v1 = _mm_avg_epu8(_mm_loadu_si128(t + 1), _mm_loadu_si128(b + 1));
            const __m128i h0 = _mm_avg_epu16(_mm_and_si128(v0, lowBytes), _mm_srli_epi16(v0, 8));
            const __m128i h1 = _mm_avg_epu16(_mm_and_si128(v1, lowBytes), _mm_srli_epi16(v1, 8));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + x), _mm_packus_epi16(h0, h1));
        }
#endif
        for (; x < targetWidth; ++x) {
            const unsigned sum
                = unsigned(top[2 * x]) + top[2 * x + 1] + bottom[2 * x] + bottom[2 * x + 1];
            out[x] = uint8_t((sum + 2) >> 2);
        }
    }
}

// Whether a picture of `size` may be shown at `output` by cutting its edges rather than scaling
// it: at most 2 % (and 8 pixels) off each side, as the borders between tiles take.
bool closeEnoughToCrop(const QSize &size, const QSize &output)
{
    auto close = [](int from, int to) {
        return from >= to && from - to <= std::max(8, from / 50);
    };
    return close(size.width(), output.width()) && close(size.height(), output.height());
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
    for (AVFrame *&half : m_halves)
        av_frame_free(&half);
    av_buffer_pool_uninit(&m_pool); // freed once the last picture from it is gone
}

const AVFrame *FrameConverter::halved(const AVFrame *frame, int format, const QSize &output)
{
    // 4:2:0 only, and only while both sides stay even, so that the chroma planes halve with
    // the luma; what is left of the reduction is swscale's.
    if (format != AV_PIX_FMT_YUV420P)
        return frame;
    const AVFrame *from = frame;
    for (AVFrame *&into : m_halves) {
        const int width = from->width / 2;
        const int height = from->height / 2;
        if (from->width % 4 != 0 || from->height % 4 != 0 || width < output.width()
            || height < output.height())
            break;
        if (!into || into->width != width || into->height != height) {
            av_frame_free(&into);
            into = av_frame_alloc();
            if (!into)
                return from;
            into->format = AV_PIX_FMT_YUV420P;
            into->width = width;
            into->height = height;
            if (av_frame_get_buffer(into, kLineAlignment) < 0) {
                av_frame_free(&into);
                return from;
            }
        }
        for (int plane = 0; plane < 3; ++plane) {
            const int w = plane == 0 ? width : width / 2;
            const int h = plane == 0 ? height : height / 2;
            halvePlane(from->data[plane], from->linesize[plane], into->data[plane],
                       into->linesize[plane], w, h);
        }
        from = into;
    }
    return from;
}

std::shared_ptr<VideoFrame> FrameConverter::convert(const AVFrame *decoded, const QSize &requested)
{
    const QSize source(decoded->width, decoded->height);
    const QSize output = fitOutputSize(source, requested);
    if (output.isEmpty())
        return nullptr;
    bool fullRange = decoded->color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat format = plainFormat(AVPixelFormat(decoded->format), &fullRange);
    // swscale's bilinear scaling of every source pixel cost as much as decoding them; at the
    // exact size, its unscaled YUV to RGB path is a fraction of that. So a picture twice (or
    // four times) the size it is shown at is first halved by a box filter, and one a few
    // pixels larger than the tile (the borders between tiles) loses its edges instead of being
    // scaled: walls of 1, 2x2, 3x3 and 6x6 tiles on 1080p monitors convert without scaling.
    const AVFrame *frame = halved(decoded, format, output);
    const uint8_t *planes[4] = { frame->data[0], frame->data[1], frame->data[2], frame->data[3] };
    QSize input(frame->width, frame->height);
    if (format == AV_PIX_FMT_YUV420P && input != output && closeEnoughToCrop(input, output)) {
        const int left = (input.width() - output.width()) / 2 & ~1;
        const int top = (input.height() - output.height()) / 2 & ~1;
        planes[0] += qsizetype(top) * frame->linesize[0] + left;
        for (int plane = 1; plane < 3; ++plane)
            planes[plane] += qsizetype(top / 2) * frame->linesize[plane] + left / 2;
        input = output;
    }
    const Key key { input.width(),     input.height(), int(format), int(decoded->colorspace),
                    fullRange ? 1 : 0, output };
    if (!m_sws || !(key == m_key)) {
        sws_freeContext(m_sws);
        m_sws
            = sws_getContext(input.width(), input.height(), format, output.width(), output.height(),
                             AV_PIX_FMT_RGB32, SWS_FAST_BILINEAR, nullptr, nullptr, nullptr);
        if (!m_sws) {
            m_key = Key();
            return nullptr;
        }
        // BT.709 for HD cameras, BT.601 otherwise; RGB out is always full range.
        const int *coefficients = sws_getCoefficients(swsColorspace(decoded->colorspace));
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
    const qsizetype bufferSize = qsizetype(bytesPerLine) * output.height();
    if (!m_pool || m_poolBufferSize != bufferSize) {
        av_buffer_pool_uninit(&m_pool);
        m_pool = av_buffer_pool_init(size_t(bufferSize), nullptr);
        m_poolBufferSize = m_pool ? bufferSize : 0;
        if (!m_pool)
            return nullptr;
    }
    AVBufferRef *buffer = av_buffer_pool_get(m_pool);
    if (!buffer)
        return nullptr;
    uchar *const pixels = buffer->data;
    auto result = std::make_shared<VideoFrame>();
    result->image = QImage(
        pixels, output.width(), output.height(), bytesPerLine, QImage::Format_RGB32,
        [](void *info) {
            auto *ref = static_cast<AVBufferRef *>(info);
            av_buffer_unref(&ref); // back to the pool, from whichever thread lets it go
        },
        buffer);
    uint8_t *const destination[4] = { pixels, nullptr, nullptr, nullptr };
    const int destinationStride[4] = { bytesPerLine, 0, 0, 0 };
    sws_scale(m_sws, planes, frame->linesize, 0, input.height(), destination, destinationStride);
    result->sourceSize = source;
    return result;
}

} // namespace vigie::video
