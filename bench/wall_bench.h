// vigie-bench wall: what a live wall costs, measured for real. Clips served by the local RTSP
// server (scripts/vigie_streams.py --stamp) are shown on a real WallView with LiveVideo in a
// window on an X server, for several loads, beside `ffmpeg -f null` decoding the same streams:
// CPU per second of video, frames shown and dropped, latency from the server's send time to the
// painted frame, and peak resident memory. Each load's wall runs in a fresh child process.
#pragma once

#include <QStringList>

class QTextStream;

namespace vigie::bench {

int runWallBench(const QStringList &args, QTextStream &out, QTextStream &err);

// The hidden subcommand by which runWallBench re-executes itself for one load: it needs a
// QApplication of its own, so main() hands it argc and argv before making any application.
inline constexpr char kWallChildCommand[] = "wall-child";
int runWallChild(int argc, char **argv);

} // namespace vigie::bench
