// The FFmpeg side of a source: opens an RTSP, HTTP (MJPEG) or file URL with low-latency options
// and reads its video packets. Every blocking call honours the interrupt callback, so that a
// stop or a deadline aborts it at once.
#pragma once

#include "core/video/stream_options.h"

#include <QUrl>

struct AVFormatContext;
struct AVPacket;
struct AVStream;
struct AVIOInterruptCB;

namespace vigie::video {

class Demuxer
{
public:
    Demuxer() = default;
    ~Demuxer();
    Demuxer(const Demuxer &) = delete;
    Demuxer &operator=(const Demuxer &) = delete;

    // 0 or an AVERROR. AVERROR_STREAM_NOT_FOUND when the source carries no video.
    int open(const QUrl &url, const StreamOptions &options, const AVIOInterruptCB &interrupt);
    void close();

    bool isOpen() const { return m_context != nullptr; }
    bool isFile() const { return m_file; }
    AVStream *videoStream() const;
    // Reads the next packet of any stream; the caller skips those not of videoStream().
    int read(AVPacket *packet);
    // Back to the start of a file, to loop it.
    int rewind();
    // Frames per second announced by the container, 0 when unknown.
    double frameRate() const;

    static QString ffmpegUrl(const QUrl &url);
    static bool isLocalSource(const QUrl &url);

private:
    AVFormatContext *m_context = nullptr;
    int m_videoIndex = -1;
    bool m_file = false;
};

} // namespace vigie::video
