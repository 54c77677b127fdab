// One governor decides for every tile of the desk which stream it shows (sub or main) and how
// much of it is decoded, as Nx's RADASS does: a tile smaller than the sub-stream never gets the
// main stream, a large or maximised one does; under CPU pressure the least important tiles are
// shed first (non-reference frames skipped, then keyframes only). Pure logic on an injected
// clock: the widgets feed it what they see, and apply what it answers.
#pragma once

#include "core/video/decode_mode.h"
#include "core/video/stream_governor_params.h"

#include <QHash>
#include <QList>
#include <QSize>

#include <chrono>
#include <functional>
#include <optional>

namespace vigie::video {

enum class StreamChoice { Sub, Main };

struct TileDemand
{
    quint64 id = 0; // stable for the tile's life
    QSize size; // on screen, in device pixels
    bool visible = true; // some part of it can be seen (window shown, exposed, not covered)
    int priority = 0; // higher is more important: focused 1, maximised 3 (see params)
    bool hasSubStream = true;
    QSize subStreamSize; // as the camera sends it; empty while unknown
    // The share of its stream's pictures that no other refers to, -1 while unknown: skipping
    // them is a shedding step only where there are some.
    double nonReferenceShare = -1;
};

struct TileDecision
{
    quint64 id = 0;
    StreamChoice stream = StreamChoice::Sub;
    DecodeMode mode = DecodeMode::AllFrames;
    bool degraded() const { return mode != DecodeMode::AllFrames; }
    bool operator==(const TileDecision &other) const = default;
};

class StreamGovernor
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using SteadyClock = std::function<TimePoint()>;

    explicit StreamGovernor(GovernorParams params = {}, SteadyClock clock = {});

    const GovernorParams &params() const { return m_params; }

    // cpuLoad: the share of all cores in use since the last call, 0..1; negative when unknown
    // (no shedding is then decided). Tiles not listed are forgotten.
    QList<TileDecision> decide(const QList<TileDemand> &tiles, double cpuLoad);
    // The stream a tile not seen before opens with (what decide() will answer for it).
    StreamChoice initialStream(const TileDemand &tile) const;

    // How many shedding steps are taken: skipping non-reference frames on a tile (only where its
    // stream has some), then decoding keyframes only on a tile; 0 when the CPU has room.
    int sheddingLevel() const { return m_level; }
    // Whether the desk runs detectors: their rate is then lowered first under pressure.
    void setAnalyticsActive(bool active);
    // The analytics' rate now (GovernorParams::analyticsRates at the current step), pictures a
    // second and camera; the first rate while no analytics run.
    double analyticsRate() const;
    int analyticsLevel() const { return m_analyticsLevel; }
    // How long the load must stay low before the next step is restored (longer after a step
    // restored had to be shed again).
    int reliefDelay_ms() const { return m_relief_ms; }

private:
    struct TileMemory
    {
        StreamChoice stream = StreamChoice::Sub;
        std::optional<StreamChoice> wanted; // a different choice, wanted since `wantedSince`
        TimePoint wantedSince;
        bool known = false;
    };

    StreamChoice chooseStream(const TileDemand &tile, TileMemory &memory, TimePoint now) const;
    void updatePressure(double cpuLoad, int visibleTiles, int maxLevel, TimePoint now);

    GovernorParams m_params;
    SteadyClock m_clock;
    QHash<quint64, TileMemory> m_tiles;
    int m_level = 0;
    bool m_analyticsActive = false;
    int m_analyticsLevel = 0; // steps taken on the analytics' rate, before any tile
    std::optional<TimePoint> m_highSince;
    std::optional<TimePoint> m_lowSince;
    std::optional<TimePoint> m_lastRestore;
    int m_relief_ms = 0; // the wait before the next restore, relief_ms and up
};

} // namespace vigie::video
