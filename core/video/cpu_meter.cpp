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

CpuMeter::CpuMeter() : m_last(read()) { }

std::optional<CpuTimes> CpuMeter::read() const
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        if (auto times = parseProcStat(stat.read(4096)))
            return times;
    }
    timespec cpu {};
    timespec wall {};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) != 0
        || clock_gettime(CLOCK_MONOTONIC, &wall) != 0)
        return std::nullopt;
    const quint64 cores = quint64(std::max(1, QThread::idealThreadCount()));
    return CpuTimes { quint64(cpu.tv_sec) * 1000000000ULL + quint64(cpu.tv_nsec),
                      (quint64(wall.tv_sec) * 1000000000ULL + quint64(wall.tv_nsec)) * cores };
}

double CpuMeter::sample()
{
    const auto now = read();
    if (!now || !m_last || now->total <= m_last->total) {
        m_last = now;
        return -1;
    }
    const double busy = double(now->busy - m_last->busy);
    const double total = double(now->total - m_last->total);
    m_last = now;
    return std::clamp(busy / total, 0.0, 1.0);
}

} // namespace vigie::video
