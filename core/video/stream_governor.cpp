#include "core/video/stream_governor.h"

#include <algorithm>
#include <cmath>

namespace vigie::video {
namespace {

bool exceeds(const QSize &tile, const QSize &sub, double ratio)
{
    return tile.width() > sub.width() * ratio || tile.height() > sub.height() * ratio;
}

bool fitsIn(const QSize &tile, const QSize &sub, double ratio)
{
    return tile.width() <= sub.width() * ratio && tile.height() <= sub.height() * ratio;
}

} // namespace

StreamGovernor::StreamGovernor(GovernorParams params, SteadyClock clock)
    : m_params(params), m_clock(std::move(clock)), m_relief_ms(params.relief_ms)
{
    if (!m_clock)
        m_clock = [] {
            return std::chrono::steady_clock::now();
        };
}

StreamChoice StreamGovernor::chooseStream(const TileDemand &tile, TileMemory &memory,
                                          TimePoint now) const
{
    if (!tile.hasSubStream) {
        memory.wanted.reset();
        return StreamChoice::Main;
    }
    const QSize sub = tile.subStreamSize.isValid() && !tile.subStreamSize.isEmpty()
        ? tile.subStreamSize
        : m_params.assumedSubSize;
    // What the picture takes of the tile (the camera's aspect ratio kept): a tall tile shows a
    // 16:9 picture no larger than its width allows.
    const QSize shown = sub.scaled(tile.size, Qt::KeepAspectRatio);
    if (!memory.known) {
        // A new tile opens the right stream at once: there is nothing on screen to keep.
        return exceeds(shown, sub, m_params.mainAbove) ? StreamChoice::Main : StreamChoice::Sub;
    }
    StreamChoice target = memory.stream;
    if (memory.stream == StreamChoice::Sub && exceeds(shown, sub, m_params.mainAbove))
        target = StreamChoice::Main;
    else if (memory.stream == StreamChoice::Main && fitsIn(shown, sub, m_params.subBelow))
        target = StreamChoice::Sub;
    if (!tile.visible || target == memory.stream) {
        memory.wanted.reset();
        return memory.stream;
    }
    if (tile.priority >= m_params.protectedPriority) {
        // A maximise is one deliberate key press: no need to wait for the size to settle.
        memory.wanted.reset();
        return target;
    }
    if (memory.wanted != target) {
        memory.wanted = target;
        memory.wantedSince = now;
    }
    if (now - memory.wantedSince >= std::chrono::milliseconds(m_params.switchDelay_ms)) {
        memory.wanted.reset();
        return target;
    }
    return memory.stream;
}

StreamChoice StreamGovernor::initialStream(const TileDemand &tile) const
{
    TileMemory fresh;
    return chooseStream(tile, fresh, m_clock());
}

void StreamGovernor::setAnalyticsActive(bool active)
{
    m_analyticsActive = active;
    if (!active)
        m_analyticsLevel = 0;
}

double StreamGovernor::analyticsRate() const
{
    if (m_params.analyticsRates.isEmpty())
        return 5.0;
    return m_params.analyticsRates.at(
        std::clamp(m_analyticsLevel, 0, int(m_params.analyticsRates.size()) - 1));
}

void StreamGovernor::updatePressure(double cpuLoad, int visibleTiles, int maxLevel, TimePoint now)
{
    if (cpuLoad < 0) {
        m_highSince.reset();
        m_lowSince.reset();
        m_level = std::min(m_level, maxLevel);
        return;
    }
    const int step = std::max(1, int(std::ceil(visibleTiles * m_params.stepShare)));
    const int analyticsSteps
        = m_analyticsActive ? std::max(0, int(m_params.analyticsRates.size()) - 1) : 0;
    if (cpuLoad >= m_params.pressureHigh) {
        m_lowSince.reset();
        if (!m_highSince) {
            m_highSince = now;
        } else if (now - *m_highSince >= std::chrono::milliseconds(m_params.pressureHold_ms)
                   && (m_level < maxLevel || m_analyticsLevel < analyticsSteps)) {
            // The analytics slow down before any tile is degraded.
            if (m_analyticsLevel < analyticsSteps)
                ++m_analyticsLevel;
            else
                m_level += step;
            m_highSince = now;
            const bool relapse = m_lastRestore
                && now - *m_lastRestore <= std::chrono::milliseconds(m_params.relapse_ms);
            m_relief_ms
                = relapse ? std::min(2 * m_relief_ms, m_params.reliefMax_ms) : m_params.relief_ms;
            m_lastRestore.reset();
        }
    } else if (cpuLoad <= m_params.pressureLow) {
        m_highSince.reset();
        if (m_lastRestore
            && now - *m_lastRestore > std::chrono::milliseconds(m_params.relapse_ms)) {
            // The last restore held: the load that forced the backoff is gone.
            m_relief_ms = m_params.relief_ms;
            m_lastRestore.reset();
        }
        if (!m_lowSince) {
            m_lowSince = now;
        } else if (now - *m_lowSince >= std::chrono::milliseconds(m_relief_ms)
                   && (m_level > 0 || m_analyticsLevel > 0)) {
            // Tiles first: what operators watch comes back before the analytics' rate.
            if (m_level > 0)
                m_level = std::max(0, m_level - step);
            else
                --m_analyticsLevel;
            m_lowSince = now;
            m_lastRestore = now;
        }
    } else {
        m_highSince.reset();
        m_lowSince.reset();
    }
    m_level = std::clamp(m_level, 0, maxLevel);
}

QList<TileDecision> StreamGovernor::decide(const QList<TileDemand> &tiles, double cpuLoad)
{
    const TimePoint now = m_clock();
    QHash<quint64, TileMemory> kept;
    QList<TileDecision> decisions;
    decisions.reserve(tiles.size());
    QList<int> visible; // indexes into tiles
    for (int i = 0; i < tiles.size(); ++i) {
        const TileDemand &tile = tiles.at(i);
        TileMemory memory = m_tiles.value(tile.id);
        memory.stream = chooseStream(tile, memory, now);
        memory.known = true;
        kept.insert(tile.id, memory);
        decisions.append({ tile.id, memory.stream, DecodeMode::AllFrames });
        if (tile.visible)
            visible.append(i);
    }
    m_tiles = std::move(kept);

    // Least important first: ordinary tiles before focused ones, maximised ones last; among
    // equals the smallest first (the operator sees least of it), then a stable order.
    std::sort(visible.begin(), visible.end(), [&](int a, int b) {
        const TileDemand &x = tiles.at(a);
        const TileDemand &y = tiles.at(b);
        if (x.priority != y.priority)
            return x.priority < y.priority;
        const qint64 areaX = qint64(x.size.width()) * x.size.height();
        const qint64 areaY = qint64(y.size.width()) * y.size.height();
        if (areaX != areaY)
            return areaX < areaY;
        return x.id < y.id;
    });
    // The steps, one per level: skipping non-reference pictures on each tile that has enough of
    // them, least important first, then keyframes only on each tile in the same order.
    QList<int> skippable;
    for (const int index : std::as_const(visible)) {
        const double share = tiles.at(index).nonReferenceShare;
        if (share < 0 || share >= m_params.skipWorthFrom)
            skippable.append(index);
    }
    updatePressure(cpuLoad, int(visible.size()), int(skippable.size() + visible.size()), now);
    const int skips = std::min(m_level, int(skippable.size()));
    for (int rank = 0; rank < skips; ++rank)
        decisions[skippable.at(rank)].mode = DecodeMode::SkipNonReference;
    for (int rank = 0; rank < m_level - skips; ++rank)
        decisions[visible.at(rank)].mode = DecodeMode::KeyframesOnly;
    return decisions;
}

} // namespace vigie::video
