#include "core/video/decoder.h"

#include "core/video/ffmpeg_errors.h"
#include "core/video/video_logging.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/hwcontext.h>
#include <libavutil/pixdesc.h>
}

#include <atomic>
#include <cstdint>

namespace vigie::video {
namespace {

// The hardware decoders tried in order, as OBS does: VAAPI (Intel, AMD), then CUDA (NVIDIA).
// Once one failed to open in this process, later engines do not knock again (and do not log
// again): a machine without that GPU stays without it.
struct HardwareBackend
{
    AVHWDeviceType type;
    const char *name;
    std::atomic<bool> unavailable { false };
};

HardwareBackend g_backends[] = {
    { AV_HWDEVICE_TYPE_VAAPI, "VAAPI", {} },
    { AV_HWDEVICE_TYPE_CUDA, "CUDA", {} },
};

// The pixel format the codec's decoder produces on that device; AV_PIX_FMT_NONE when it has
// no such hardware path.
AVPixelFormat hardwareFormat(const AVCodec *codec, AVHWDeviceType type)
{
    for (int i = 0;; ++i) {
        const AVCodecHWConfig *config = avcodec_get_hw_config(codec, i);
        if (!config)
            return AV_PIX_FMT_NONE;
        if (config->device_type == type
            && (config->methods & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX))
            return config->pix_fmt;
    }
}

AVPixelFormat pickHardwareFormat(AVCodecContext *context, const AVPixelFormat *formats)
{
    const auto wanted = AVPixelFormat(reinterpret_cast<intptr_t>(context->opaque));
    for (const AVPixelFormat *f = formats; *f != AV_PIX_FMT_NONE; ++f) {
        if (*f == wanted)
            return *f;
    }
    // The GPU cannot take this profile: the first software format is FFmpeg's fallback.
    for (const AVPixelFormat *f = formats; *f != AV_PIX_FMT_NONE; ++f) {
        const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(*f);
        if (desc && !(desc->flags & AV_PIX_FMT_FLAG_HWACCEL))
            return *f;
    }
    return AV_PIX_FMT_NONE;
}

AVDiscard discardFor(DecodeMode mode)
{
    switch (mode) {
    case DecodeMode::AllFrames:
        break;
    case DecodeMode::SkipNonReference:
        return AVDISCARD_NONREF;
    case DecodeMode::KeyframesOnly:
        return AVDISCARD_NONKEY;
    }
    return AVDISCARD_DEFAULT;
}

} // namespace

Decoder::~Decoder()
{
    close();
}

int Decoder::open(const AVStream *stream, bool tryHardware, int threads)
{
    close();
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        return AVERROR_DECODER_NOT_FOUND;
    m_context = avcodec_alloc_context3(codec);
    if (!m_context)
        return AVERROR(ENOMEM);
    int error = avcodec_parameters_to_context(m_context, stream->codecpar);
    if (error < 0) {
        close();
        return error;
    }
    m_context->pkt_timebase = stream->time_base;
    // A stream announcing an absurd picture size (a hostile or broken camera) is refused before
    // anything is allocated for it: 8K UHD is the largest picture a camera sends.
    m_context->max_pixels = kMaxPixels;
    // Low delay also rules out frame threads: a picture leaves the decoder with its packet.
    m_context->flags |= AV_CODEC_FLAG_LOW_DELAY;
    m_context->thread_count = threads;
    m_context->thread_type = FF_THREAD_SLICE;
    m_context->skip_frame = discardFor(m_mode);
    if (tryHardware)
        openHardware(codec);
    error = avcodec_open2(m_context, codec, nullptr);
    if (error < 0) {
        close();
        return error;
    }
    m_hwFrame = av_frame_alloc();
    if (!m_hwFrame) {
        close();
        return AVERROR(ENOMEM);
    }
    return 0;
}

bool Decoder::openHardware(const AVCodec *codec)
{
    for (HardwareBackend &backend : g_backends) {
        const AVPixelFormat format = hardwareFormat(codec, backend.type);
        if (format == AV_PIX_FMT_NONE || backend.unavailable.load())
            continue;
        const int error = av_hwdevice_ctx_create(&m_hwDevice, backend.type, nullptr, nullptr, 0);
        if (error < 0) {
            m_hwDevice = nullptr;
            if (!backend.unavailable.exchange(true)) {
                qCInfo(lcVideo).noquote() << backend.name << "unavailable ("
                                          << ffmpegErrorText(error) << "): trying the next";
            }
            continue;
        }
        m_hwFormat = format;
        m_context->hw_device_ctx = av_buffer_ref(m_hwDevice);
        m_context->opaque = reinterpret_cast<void *>(intptr_t(format));
        m_context->get_format = pickHardwareFormat;
        qCDebug(lcVideo).noquote() << codec->name << "decoding on" << backend.name;
        return true;
    }
    qCDebug(lcVideo).noquote() << codec->name << "decoding in software";
    return false;
}

void Decoder::close()
{
    avcodec_free_context(&m_context);
    av_buffer_unref(&m_hwDevice);
    av_frame_free(&m_hwFrame);
}

void Decoder::setMode(DecodeMode mode)
{
    m_mode = mode;
    if (m_context)
        m_context->skip_frame = discardFor(mode);
}

QString Decoder::codecName() const
{
    return m_context && m_context->codec ? QString::fromLatin1(m_context->codec->name) : QString();
}

int Decoder::send(const AVPacket *packet)
{
    return avcodec_send_packet(m_context, packet);
}

int Decoder::receive(AVFrame *frame)
{
    if (!hardware())
        return avcodec_receive_frame(m_context, frame);
    av_frame_unref(m_hwFrame);
    int error = avcodec_receive_frame(m_context, m_hwFrame);
    if (error < 0)
        return error;
    if (m_hwFrame->format != m_hwFormat) {
        // This stream fell back to software inside the decoder.
        av_frame_move_ref(frame, m_hwFrame);
        return 0;
    }
    av_frame_unref(frame);
    error = av_hwframe_transfer_data(frame, m_hwFrame, 0);
    if (error < 0)
        return error;
    av_frame_copy_props(frame, m_hwFrame);
    return 0;
}

void Decoder::flush()
{
    if (m_context)
        avcodec_flush_buffers(m_context);
}

} // namespace vigie::video
