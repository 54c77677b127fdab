#include "core/journal/hlc.h"

#include <QStringList>

#include <algorithm>

namespace vigie::journal {

QString HlcTime::toString() const
{
    return QStringLiteral("%1.%2")
        .arg(physical_ms, 13, 10, QLatin1Char('0'))
        .arg(logical, 5, 10, QLatin1Char('0'));
}

HlcTime HlcTime::fromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 2)
        return {};
    return { parts[0].toLongLong(), parts[1].toInt() };
}

namespace {

// The time after `time`: the next count, or the next millisecond once the count is full.
HlcTime successor(const HlcTime &time)
{
    if (time.logical >= HybridLogicalClock::kMaxLogical)
        return { time.physical_ms + 1, 0 };
    return { time.physical_ms, time.logical + 1 };
}

} // namespace

HlcTime HybridLogicalClock::now(qint64 wall_ms)
{
    if (wall_ms > m_last.physical_ms)
        m_last = { wall_ms, 0 };
    else
        m_last = successor(m_last);
    return m_last;
}

bool HybridLogicalClock::observe(const HlcTime &remote, qint64 wall_ms)
{
    if (tooFarAhead(remote, wall_ms))
        return false;
    const HlcTime latest = std::max(m_last, remote);
    m_last = wall_ms > latest.physical_ms ? HlcTime { wall_ms, 0 } : successor(latest);
    return true;
}

} // namespace vigie::journal
