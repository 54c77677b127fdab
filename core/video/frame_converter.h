// Converts a decoded picture to an RGB32 frame at the size the viewers asked for, never larger
// than the source. YUV 4:2:0 pictures (what cameras send) are brought to that size by our own
// filters and then converted by swscale without scaling; other formats are scaled by swscale
// (SWS_FAST_BILINEAR). Everything is rebuilt whenever the source changes size or format
// mid-stream.
#pragma once

#include "core/video/video_frame.h"

#include <QSize>

#include <memory>

struct AVBufferPool;
struct AVFrame;
struct SwsContext;

namespace vigie::video {

// The largest size that fits in requested with the source's aspect ratio, never above the
// source; the source size when nothing (or nothing valid) was requested.
QSize fitOutputSize(const QSize &source, const QSize &requested);

class FrameConverter
{
public:
    FrameConverter();
    ~FrameConverter();
    FrameConverter(const FrameConverter &) = delete;
    FrameConverter &operator=(const FrameConverter &) = delete;

    // Null when the picture cannot be converted (unknown format, out of memory).
    std::shared_ptr<VideoFrame> convert(const AVFrame *frame, const QSize &requested);
    int rebuilds() const { return m_rebuilds; } // scaler (re)creations, for tests
    QSize outputSize() const { return m_output; }

private:
    // `frame` halved once or twice while it stays at least `output`, or `frame` itself.
    const AVFrame *halved(const AVFrame *frame, int format, const QSize &output);
    // The 4:2:0 planes of a picture of `input` resampled to `output`, when that is a reduction
    // of at most half on each side; null otherwise.
    const AVFrame *resampled(const uint8_t *const planes[3], const int strides[3],
                             const QSize &input, const QSize &output);

    struct Key
    {
        int width = 0;
        int height = 0;
        int format = -1;
        int colorspace = -1;
        int range = -1;
        QSize output;
        bool operator==(const Key &) const = default;
    };

    SwsContext *m_sws = nullptr;
    // The pictures' pixels come from a pool of buffers of the output's size, handed back when
    // the last QImage of a picture goes: allocating them anew (half a megabyte and more, so a
    // fresh mapping each time) cost page faults on every pixel of every frame.
    AVBufferPool *m_pool = nullptr;
    AVFrame *m_halves[2] = { nullptr, nullptr };
    struct Resampler;
    std::unique_ptr<Resampler> m_resampler;
    qsizetype m_poolBufferSize = 0;
    Key m_key;
    QSize m_output;
    int m_rebuilds = 0;
};

} // namespace vigie::video
