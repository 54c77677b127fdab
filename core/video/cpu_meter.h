// How busy the machine's processors are, for the stream governor: the share of all cores that
// was not idle between two samples, read from /proc/stat (the desk is dedicated to Vigie, so the
// whole machine's load is what delays pictures). Falls back to this process's own CPU time where
// /proc/stat cannot be read.
#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>

namespace vigie::video {

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
    // The share of all cores in use since the previous call (or since construction), 0..1;
    // negative when nothing can be measured yet.
    double sample();

private:
    std::optional<CpuTimes> read() const;

    std::optional<CpuTimes> m_last;
};

} // namespace vigie::video
