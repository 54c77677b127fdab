// How busy the processors are, for the stream governor: the share of all cores that was not
// idle between two samples (/proc/stat), and the share this process took (its own CPU time).
// Shedding our decoding helps only when we are what loads the machine: pressureFor() says so.
#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>

namespace vigie::video {

struct CpuLoad
{
    double machine = -1; // share of all cores busy, 0..1; negative: unknown
    double process = -1; // share of all cores this process used
};

// The load the governor should act on: the machine's, when this process takes at least half of
// it; otherwise (a build, a backup, another program) at most the governor's relief level
// `others_cap`, since degrading our pictures would not give the machine back.
double pressureFor(const CpuLoad &load, double others_cap);

struct CpuTimes
{
    quint64 busy = 0; // clock ticks (or nanoseconds for the fallback)
    quint64 total = 0;
};

// The aggregate "cpu" line of /proc/stat; nothing when the text has none.
std::optional<CpuTimes> parseProcStat(const QByteArray &text);

class CpuMeter
{
public:
    CpuMeter();
    // Since the previous call (or since construction); negative shares when nothing can be
    // measured yet.
    CpuLoad sample();

private:
    static std::optional<CpuTimes> readMachine();
    static std::optional<CpuTimes> readProcess();

    std::optional<CpuTimes> m_lastMachine;
    std::optional<CpuTimes> m_lastProcess;
};

} // namespace vigie::video
