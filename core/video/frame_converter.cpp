#include "core/video/frame_converter.h"

extern "C" {
#include <libavutil/buffer.h>
#include <libavutil/frame.h>
#include <libavutil/mem.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) || defined(__i386__)
#include <tmmintrin.h>
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

// Where the linear resampling of one axis takes each output sample from: the source sample at or
// before it and the weight, in 128ths, of the one after (pixel centres aligned, as swscale does).
constexpr int kWeightBits = 7;
constexpr int kWeightOne = 1 << kWeightBits;

struct Taps
{
    // Eight output samples whose sources all lie within the 16 bytes from `base`: which byte
    // each of them takes on the left and on the right (as 16-bit lanes) and the two weights.
    struct Block
    {
        int base = 0;
        uint8_t left[16] = {};
        uint8_t right[16] = {};
        int16_t leftWeight[8] = {};
        int16_t rightWeight[8] = {};
    };

    int from = 0;
    int to = 0;
    std::vector<int> first;
    std::vector<uint8_t> weight;
    std::vector<Block> blocks; // the first 8 * blocks.size() samples, for the SSSE3 path
};

Taps linearTaps(int from, int to)
{
    Taps taps { from, to, std::vector<int>(size_t(to)), std::vector<uint8_t>(size_t(to)), {} };
    const double step = double(from) / to;
    for (int i = 0; i < to; ++i) {
        const double at = std::max(0.0, (i + 0.5) * step - 0.5);
        int first = int(at);
        int weight = int(std::lround((at - first) * kWeightOne));
        if (weight == kWeightOne) {
            ++first;
            weight = 0;
        }
        if (first >= from - 1) { // the last sample, as the weight of the one before it
            first = from - 2;
            weight = kWeightOne;
        }
        taps.first[size_t(i)] = first;
        taps.weight[size_t(i)] = uint8_t(weight);
    }
    // At a reduction of at most half, eight samples span at most 16 source bytes; blocks stop
    // where the 16 bytes would run past the end of the row.
    for (int x = 0; x + 8 <= to; x += 8) {
        Taps::Block block;
        block.base = taps.first[size_t(x)];
        if (block.base + 16 > from || taps.first[size_t(x) + 7] + 1 - block.base > 15)
            break;
        for (int k = 0; k < 8; ++k) {
            const int offset = taps.first[size_t(x + k)] - block.base;
            block.left[2 * k] = uint8_t(offset);
            block.left[2 * k + 1] = 0x80; // pshufb writes a zero: the lane's high byte
            block.right[2 * k] = uint8_t(offset + 1);
            block.right[2 * k + 1] = 0x80;
            block.rightWeight[k] = taps.weight[size_t(x + k)];
            block.leftWeight[k] = int16_t(kWeightOne - block.rightWeight[k]);
        }
        taps.blocks.push_back(block);
    }
    return taps;
}

// One row of `count` pixels between rows `a` and `b`, `weight` 128ths of the way to `b`.
void blendRows(const uint8_t *a, const uint8_t *b, int weight, uint8_t *out, int count)
{
    int x = 0;
#if defined(__SSE2__)
    const __m128i wa = _mm_set1_epi16(short(kWeightOne - weight));
    const __m128i wb = _mm_set1_epi16(short(weight));
    const __m128i half = _mm_set1_epi16(kWeightOne / 2);
    const __m128i zero = _mm_setzero_si128();
    for (; x + 16 <= count; x += 16) {
        const __m128i va = _mm_loadu_si128(reinterpret_cast<const __m128i *>(a + x));
        const __m128i vb = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b + x));
        // 255 * 128 fits in 16 bits, so both products and their sum do.
        auto mix = [&](__m128i pa, __m128i pb) {
            const __m128i sum = _mm_add_epi16(_mm_mullo_epi16(pa, wa), _mm_mullo_epi16(pb, wb));
            return _mm_srli_epi16(_mm_add_epi16(sum, half), kWeightBits);
        };
        const __m128i low = mix(_mm_unpacklo_epi8(va, zero), _mm_unpacklo_epi8(vb, zero));
        const __m128i high = mix(_mm_unpackhi_epi8(va, zero), _mm_unpackhi_epi8(vb, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + x), _mm_packus_epi16(low, high));
    }
#endif
    for (; x < count; ++x)
        out[x] = uint8_t((a[x] * (kWeightOne - weight) + b[x] * weight + kWeightOne / 2)
                         >> kWeightBits);
}

// Output samples [from, columns.to) of one row, one at a time.
void resampleColumns(const uint8_t *row, uint8_t *out, const Taps &columns, int from)
{
    for (int x = from; x < columns.to; ++x) {
        const int at = columns.first[size_t(x)];
        const int weight = columns.weight[size_t(x)];
        out[x] = uint8_t((row[at] * (kWeightOne - weight) + row[at + 1] * weight + kWeightOne / 2)
                         >> kWeightBits);
    }
}

#if defined(__x86_64__) || defined(__i386__)
// The same, eight samples at a time: SSSE3's byte shuffle picks each block's left and right
// samples out of one load (a third of the scalar loop's time); every x86-64 CPU since 2006 has
// it, and the others take the scalar loop.
__attribute__((target("ssse3"))) void resampleColumnsSsse3(const uint8_t *row, uint8_t *out,
                                                           const Taps &columns)
{
    const __m128i half = _mm_set1_epi16(kWeightOne / 2);
    int x = 0;
    for (const Taps::Block &block : columns.blocks) {
        const __m128i source = _mm_loadu_si128(reinterpret_cast<const __m128i *>(row + block.base));
        auto load = [](const void *p) {
            return _mm_loadu_si128(static_cast<const __m128i *>(p));
        };
        const __m128i left = _mm_shuffle_epi8(source, load(block.left));
        const __m128i right = _mm_shuffle_epi8(source, load(block.right));
        const __m128i sum = _mm_add_epi16(_mm_mullo_epi16(left, load(block.leftWeight)),
                                          _mm_mullo_epi16(right, load(block.rightWeight)));
        const __m128i mixed = _mm_srli_epi16(_mm_add_epi16(sum, half), kWeightBits);
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out + x), _mm_packus_epi16(mixed, mixed));
        x += 8;
    }
    resampleColumns(row, out, columns, x);
}

const bool kHasSsse3 = __builtin_cpu_supports("ssse3");
#endif

// One 8-bit plane resampled linearly: each output row from the two source rows around it (whole
// rows at a time, with SSE2), then each output pixel from the two columns around it.
void resamplePlane(const uint8_t *source, int sourceStride, uint8_t *target, int targetStride,
                   const Taps &columns, const Taps &rows, uint8_t *line)
{
    for (int y = 0; y < rows.to; ++y) {
        const uint8_t *row = source + qsizetype(rows.first[size_t(y)]) * sourceStride;
        if (const int weight = rows.weight[size_t(y)]) {
            blendRows(row, row + sourceStride, weight, line, columns.from);
            row = line;
        }
        uint8_t *out = target + qsizetype(y) * targetStride;
#if defined(__x86_64__) || defined(__i386__)
        if (kHasSsse3) {
            resampleColumnsSsse3(row, out, columns);
            continue;
        }
#endif
        resampleColumns(row, out, columns, 0);
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

// The resampling's taps for the luma and chroma axes, its output picture and a row buffer, kept
// while the sizes stay the same.
struct FrameConverter::Resampler
{
    QSize input;
    QSize output;
    Taps columns[2]; // luma, chroma
    Taps rows[2];
    std::vector<uint8_t> line;
    AVFrame *frame = nullptr;

    ~Resampler() { av_frame_free(&frame); }
};

FrameConverter::FrameConverter() = default;

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

const AVFrame *FrameConverter::resampled(const uint8_t *const planes[3], const int strides[3],
                                         const QSize &input, const QSize &output)
{
    // Two taps are enough down to half the size; below that, pixels would be skipped.
    if (input.width() < 4 || input.height() < 4 || output.width() * 2 < input.width()
        || output.height() * 2 < input.height() || output.width() > input.width()
        || output.height() > input.height())
        return nullptr;
    if (!m_resampler || m_resampler->input != input || m_resampler->output != output) {
        auto resampler = std::make_unique<Resampler>();
        resampler->input = input;
        resampler->output = output;
        auto chroma = [](int size) {
            return (size + 1) / 2;
        };
        resampler->columns[0] = linearTaps(input.width(), output.width());
        resampler->rows[0] = linearTaps(input.height(), output.height());
        resampler->columns[1] = linearTaps(chroma(input.width()), chroma(output.width()));
        resampler->rows[1] = linearTaps(chroma(input.height()), chroma(output.height()));
        resampler->line.resize(size_t(input.width()) + 16);
        resampler->frame = av_frame_alloc();
        if (!resampler->frame)
            return nullptr;
        resampler->frame->format = AV_PIX_FMT_YUV420P;
        resampler->frame->width = output.width();
        resampler->frame->height = output.height();
        if (av_frame_get_buffer(resampler->frame, kLineAlignment) < 0)
            return nullptr;
        m_resampler = std::move(resampler);
    }
    AVFrame *frame = m_resampler->frame;
    for (int plane = 0; plane < 3; ++plane) {
        const int axis = plane == 0 ? 0 : 1;
        resamplePlane(planes[plane], strides[plane], frame->data[plane], frame->linesize[plane],
                      m_resampler->columns[axis], m_resampler->rows[axis],
                      m_resampler->line.data());
    }
    return frame;
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
    // What is left between the halves and the tile's size is a linear resampling of the planes
    // (two taps per axis, a third of swscale's cost for a sub-stream in a 4x4 tile).
    const AVFrame *frame = halved(decoded, format, output);
    const uint8_t *planes[4] = { frame->data[0], frame->data[1], frame->data[2], frame->data[3] };
    int strides[4]
        = { frame->linesize[0], frame->linesize[1], frame->linesize[2], frame->linesize[3] };
    QSize input(frame->width, frame->height);
    if (format == AV_PIX_FMT_YUV420P && input != output) {
        if (closeEnoughToCrop(input, output)) {
            const int left = (input.width() - output.width()) / 2 & ~1;
            const int top = (input.height() - output.height()) / 2 & ~1;
            planes[0] += qsizetype(top) * strides[0] + left;
            for (int plane = 1; plane < 3; ++plane)
                planes[plane] += qsizetype(top / 2) * strides[plane] + left / 2;
            input = output;
        } else if (const AVFrame *scaled = resampled(planes, strides, input, output)) {
            for (int plane = 0; plane < 3; ++plane) {
                planes[plane] = scaled->data[plane];
                strides[plane] = scaled->linesize[plane];
            }
            input = output;
        }
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
    sws_scale(m_sws, planes, strides, 0, input.height(), destination, destinationStride);
    result->sourceSize = source;
    return result;
}

} // namespace vigie::video
