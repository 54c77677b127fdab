#include "core/video/cpu_meter.h"

#include <QFile>
#include <QList>
#include <QThread>

#include <algorithm>
#include <ctime>

namespace vigie::video {

std::optional<CpuTimes> parseProcStat(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.first() != "cpu")
            continue;
        // user nice system idle iowait irq softirq steal (guest time is inside user already)
        CpuTimes times;
        for (int i = 1; i < fields.size() && i <= 8; ++i) {
            bool ok = false;
            const quint64 value = fields.at(i).toULongLong(&ok);
            if (!ok)
                return std::nullopt;
            times.total += value;
            if (i != 4 && i != 5) // idle and iowait are the processors waiting
                times.busy += value;
        }
        return times;
    }
    return std::nullopt;
}

double pressureFor(const CpuLoad &load, double others_cap)
{
    if (load.machine < 0)
        return -1;
    if (load.process >= 0 && load.process * 2 >= load.machine)
        return load.machine;
    return std::min(load.machine, others_cap);
}

CpuMeter::CpuMeter() : m_lastMachine(readMachine()), m_lastProcess(readProcess()) { }

std::optional<CpuTimes> CpuMeter::readMachine()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parseProcStat(stat.read(4096));
}

std::optional<CpuTimes> CpuMeter::readProcess()
{
    // Nanoseconds of this process's CPU time over nanoseconds of wall time on every core.
    timespec cpu {};
    timespec wall {};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) != 0
        || clock_gettime(CLOCK_MONOTONIC, &wall) != 0)
        return std::nullopt;
    const quint64 cores = quint64(std::max(1, QThread::idealThreadCount()));
    return CpuTimes { quint64(cpu.tv_sec) * 1000000000ULL + quint64(cpu.tv_nsec),
                      (quint64(wall.tv_sec) * 1000000000ULL + quint64(wall.tv_nsec)) * cores };
}

CpuLoad CpuMeter::sample()
{
    auto share = [](const std::optional<CpuTimes> &now, std::optional<CpuTimes> &last) {
        double result = -1;
        if (now && last && now->total > last->total)
            result = std::clamp(double(now->busy - last->busy) / double(now->total - last->total),
                                0.0, 1.0);
        last = now;
        return result;
    };
    CpuLoad load;
    load.machine = share(readMachine(), m_lastMachine);
    load.process = share(readProcess(), m_lastProcess);
    if (load.machine < 0)
        load.machine = load.process; // no /proc/stat: our own share is all we know
    return load;
}

} // namespace vigie::video
