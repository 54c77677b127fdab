#include "core/video/demuxer.h"

#include "core/video/video_logging.h"
#include "vigie/version.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

namespace vigie::video {
namespace {

// Options are a dictionary FFmpeg consumes; what it leaves in it was not understood.
struct Dictionary
{
    AVDictionary *dict = nullptr;
    ~Dictionary() { av_dict_free(&dict); }
    void set(const char *key, const char *value) { av_dict_set(&dict, key, value, 0); }
    void set(const char *key, qint64 value) { av_dict_set_int(&dict, key, value, 0); }
};

} // namespace

Demuxer::~Demuxer()
{
    close();
}

bool Demuxer::isLocalSource(const QUrl &url)
{
    return url.isLocalFile() || url.scheme().isEmpty();
}

QString Demuxer::ffmpegUrl(const QUrl &url)
{
    if (url.isLocalFile())
        return url.toLocalFile();
    if (url.scheme().isEmpty())
        return url.path();
    return url.toString(QUrl::FullyEncoded);
}

int Demuxer::open(const QUrl &url, const StreamOptions &options, const AVIOInterruptCB &interrupt)
{
    close();
    m_file = isLocalSource(url);
    m_context = avformat_alloc_context();
    if (!m_context)
        return AVERROR(ENOMEM);
    m_context->interrupt_callback = interrupt;

    Dictionary dict;
    const QString scheme = url.scheme().toLower();
    if (!m_file) {
        // Live sources: hand over each packet as soon as it is read, probe as little as will
        // do; SDP (RTSP) and multipart headers (MJPEG) already say what the stream is.
        m_context->flags |= AVFMT_FLAG_NOBUFFER;
        dict.set("probesize", 65536);
        dict.set("analyzeduration", 500000);
        const QByteArray agent = QByteArray("Vigie/") + kVersion;
        dict.set("user_agent", agent.constData());
        // A camera speaks RTSP (RTP over UDP or TCP, TLS for rtsps) or HTTP(S). Nothing it
        // sends (an HLS playlist, a redirect) may make FFmpeg read a local file or open
        // another of its protocols (concat:, subfile:, data:, pipe:...).
        dict.set("protocol_whitelist", "rtsp,rtsps,rtp,srtp,udp,tcp,tls,http,https");
    } else {
        dict.set("protocol_whitelist", "file");
    }
    if (scheme == QLatin1String("rtsp") || scheme == QLatin1String("rtsps")) {
        const bool udp = options.transport == StreamOptions::Transport::Udp;
        dict.set("rtsp_transport", udp ? "udp" : "tcp");
        // Audio would be set up and thrown away: one RTP stream less per camera.
        dict.set("allowed_media_types", "video");
        if (udp) {
            // A larger socket buffer loses fewer packets of a main stream's keyframes; the
            // reorder delay bounds the latency a lost packet can add.
            dict.set("buffer_size", 1024 * 1024);
            dict.set("max_delay", 200000);
            dict.set("reorder_queue_size", 64);
        }
    }

    const QByteArray target = ffmpegUrl(url).toUtf8();
    int error = avformat_open_input(&m_context, target.constData(), nullptr, &dict.dict);
    if (error < 0) {
        // avformat_open_input frees the context on failure.
        m_context = nullptr;
        return error;
    }

    // Files and streams whose headers did not name the codec need a look at the first
    // packets. Live streams that did are not probed: with AVFMT_FLAG_NOBUFFER the probed
    // packets would be lost, and the first picture would wait for the next keyframe.
    int index = av_find_best_stream(m_context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const bool known
        = index >= 0 && m_context->streams[index]->codecpar->codec_id != AV_CODEC_ID_NONE;
    if (m_file || !known) {
        error = avformat_find_stream_info(m_context, nullptr);
        if (error < 0) {
            close();
            return error;
        }
        index = av_find_best_stream(m_context, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    }
    if (index < 0) {
        close();
        return index;
    }
    m_videoIndex = index;
    // Only the video is read; the demuxer drops the other streams' packets early.
    for (unsigned i = 0; i < m_context->nb_streams; ++i) {
        if (int(i) != m_videoIndex)
            m_context->streams[i]->discard = AVDISCARD_ALL;
    }
    return 0;
}

void Demuxer::close()
{
    if (m_context)
        avformat_close_input(&m_context);
    m_videoIndex = -1;
}

AVStream *Demuxer::videoStream() const
{
    return m_context && m_videoIndex >= 0 ? m_context->streams[m_videoIndex] : nullptr;
}

int Demuxer::read(AVPacket *packet)
{
    return av_read_frame(m_context, packet);
}

int Demuxer::rewind()
{
    // A raw elementary stream (.h264) has no index: seeking by byte is what works there.
    int error = avformat_seek_file(m_context, -1, INT64_MIN, 0, 0, 0);
    if (error < 0)
        error = av_seek_frame(m_context, -1, 0, AVSEEK_FLAG_BYTE);
    return error;
}

double Demuxer::frameRate() const
{
    const AVStream *stream = videoStream();
    if (!stream)
        return 0;
    AVRational rate = stream->avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = stream->r_frame_rate;
    return rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0;
}

} // namespace vigie::video
