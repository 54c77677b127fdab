// Hybrid logical clock: wall-clock milliseconds plus a counter, so that events of one
// workstation are strictly ordered even when the clock stalls or steps back, and events of
// several workstations merge in an order that respects causality.
#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace vigie::journal {

struct HlcTime
{
    qint64 physical_ms = 0;
    qint32 logical = 0;

    auto operator<=>(const HlcTime &) const = default;
    // "1764112345678.00003": sorts as text in the same order as the times.
    QString toString() const;
    static HlcTime fromString(const QString &text);
};

class HybridLogicalClock
{
public:
    HlcTime now(qint64 wall_ms);
    // A time seen on another workstation's event: later local times come after it.
    void observe(const HlcTime &remote, qint64 wall_ms);
    const HlcTime &last() const { return m_last; }
    void reset(const HlcTime &last) { m_last = last; }

private:
    HlcTime m_last;
};

} // namespace vigie::journal
