// How an engine opens and keeps a stream: transport, hardware decoding, and the delays of its
// watchdog, reconnection and pause policies. The defaults suit a municipal camera network.
#pragma once

#include <QString>

namespace vigie::video {

struct StreamOptions
{
    enum class Transport { Tcp, Udp };

    // RTSP over TCP by default: it crosses firewalls and NAT and loses no packet; UDP has less
    // latency on a clean LAN and is kept as an option per camera.
    Transport transport = Transport::Tcp;
    // Try VAAPI first and fall back to software (with one log line) when there is no device.
    bool hardwareDecoding = false;
    // Opening, and then the first picture, must each come within this delay.
    int connectTimeout_ms = 5000;
    // Live, but no picture for this long: Lost, and the engine reconnects.
    int watchdog_ms = 5000;
    int backoffInitial_ms = 500;
    int backoffMax_ms = 30000;
    double backoffJitter = 0.1;
    // A session that stayed live this long was healthy: the next failure starts the backoff over.
    int backoffResetAfter_ms = 10000;
    // Hidden by every viewer: the session is kept (demux only, nothing decoded) this long so that
    // a wall shown again has its picture at the next keyframe, then closed.
    int pauseKeepConnection_ms = 15000;
    // One thread per decoder: a wall runs many streams, so the parallelism is across engines,
    // and frame threads would add a frame of latency each.
    int decoderThreads = 1;
    // How much the engine's thread yields to the rest of the program (Linux nice, added to the
    // process's own): when decoding saturates the CPU, the GUI thread, which paints every tile
    // and needs several times one engine's share, still runs at once, and no decoded picture
    // is lost for want of a paint. 0: the process's priority.
    int threadNiceness = 10;
    // Local files (demo, tests) are played at their frame rate, looping.
    bool loopFiles = true;
    // A live stream read this much later than its own clock says (the CPU cannot keep up):
    // non-keyframes are skipped until the lag is under half of it, so a tile never shows the
    // past. 0: never skip.
    int maxLag_ms = 400;
    // Tests only: the CPU time one picture costs, simulated by a sleep after each decode.
    int decodeCostForTest_ms = 0;

    static Transport transportFromString(const QString &name)
    {
        return name.compare(QLatin1String("udp"), Qt::CaseInsensitive) == 0 ? Transport::Udp
                                                                            : Transport::Tcp;
    }
};

} // namespace vigie::video
