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
    // The counter is five digits wide in the text form: past this many events within one
    // millisecond the clock borrows the next millisecond, so that text order stays time order.
    static constexpr qint32 kMaxLogical = 99999;
    // A time further than this ahead of the wall clock is not followed: a desk whose clock (or
    // whose forged events) says 2099 must not drag every other desk's register there.
    static constexpr qint64 kMaxDrift_ms = 5 * 60 * 1000;
    static bool tooFarAhead(const HlcTime &time, qint64 wall_ms)
    {
        return time.physical_ms > wall_ms + kMaxDrift_ms;
    }

    HlcTime now(qint64 wall_ms);
    // A time seen on another workstation's event: later local times come after it. Returns
    // false, and changes nothing, for a time too far ahead of the wall clock.
    bool observe(const HlcTime &remote, qint64 wall_ms);
    const HlcTime &last() const { return m_last; }
    void reset(const HlcTime &last) { m_last = last; }

private:
    HlcTime m_last;
};

} // namespace vigie::journal
