#include "core/journal/hlc.h"

#include <QStringList>

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

HlcTime HybridLogicalClock::now(qint64 wall_ms)
{
    if (wall_ms > m_last.physical_ms)
        m_last = { wall_ms, 0 };
    else
        ++m_last.logical;
    return m_last;
}

void HybridLogicalClock::observe(const HlcTime &remote, qint64 wall_ms)
{
    const qint64 physical = std::max({ m_last.physical_ms, remote.physical_ms, wall_ms });
    qint32 logical = 0;
    if (physical == m_last.physical_ms && physical == remote.physical_ms)
        logical = std::max(m_last.logical, remote.logical) + 1;
    else if (physical == m_last.physical_ms)
        logical = m_last.logical + 1;
    else if (physical == remote.physical_ms)
        logical = remote.logical + 1;
    m_last = { physical, logical };
}

} // namespace vigie::journal
