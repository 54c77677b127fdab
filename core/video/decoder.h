// The decoder of one video stream: software, or the first hardware decoder present when asked
// for (VAAPI, then CUDA; its pictures are copied back to memory for scaling), falling back to
// software. Honours the decode mode for load shedding.
#pragma once

#include "core/video/decode_mode.h"

#include <QString>

struct AVBufferRef;
struct AVCodec;
struct AVCodecContext;
struct AVFrame;
struct AVPacket;
struct AVStream;

namespace vigie::video {

class Decoder
{
public:
    // The largest picture decoded (8K UHD): a stream that announces more is refused.
    static constexpr long long kMaxPixels = 7680LL * 4320;

    Decoder() = default;
    ~Decoder();
    Decoder(const Decoder &) = delete;
    Decoder &operator=(const Decoder &) = delete;

    // 0 or an AVERROR; AVERROR_DECODER_NOT_FOUND when FFmpeg has no decoder for the codec.
    int open(const AVStream *stream, bool tryHardware, int threads);
    void close();

    void setMode(DecodeMode mode);
    DecodeMode mode() const { return m_mode; }
    bool hardware() const { return m_hwDevice != nullptr; }
    QString codecName() const;

    int send(const AVPacket *packet); // null: drain
    // The next picture, in memory (copied from the GPU when decoded there). 0, AVERROR(EAGAIN),
    // AVERROR_EOF or an error.
    int receive(AVFrame *frame);
    void flush();

private:
    bool openHardware(const AVCodec *codec);

    AVCodecContext *m_context = nullptr;
    AVBufferRef *m_hwDevice = nullptr;
    AVFrame *m_hwFrame = nullptr;
    int m_hwFormat = -1; // AVPixelFormat of the hardware pictures
    DecodeMode m_mode = DecodeMode::AllFrames;
};

} // namespace vigie::video
