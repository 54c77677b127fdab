// The governor's rules as an operator meets them: small tiles on the sub-stream, a maximised
// tile on the main one, no flapping at the boundary, and under CPU pressure the least important
// tiles degraded first and restored once the pressure is gone. Time is an injected clock.
#include "core/video/cpu_meter.h"
#include "core/video/stream_governor.h"

#include <catch2/catch.hpp>

using namespace vigie::video;
using namespace std::chrono_literals;

namespace {

struct Fixture
{
    StreamGovernor::TimePoint now { std::chrono::steady_clock::time_point() + 1h };
    StreamGovernor governor { GovernorParams {}, [this] {
                                 return now;
                             } };

    QList<TileDecision> decide(const QList<TileDemand> &tiles, double load = 0.3)
    {
        return governor.decide(tiles, load);
    }
    TileDecision decideOne(const TileDemand &tile, double load = 0.3)
    {
        return decide({ tile }, load).first();
    }
};

TileDemand tile(quint64 id, QSize size, int priority = 0)
{
    TileDemand t;
    t.id = id;
    t.size = size;
    t.priority = priority;
    t.subStreamSize = QSize(640, 360);
    return t;
}

QList<TileDemand> grid(int count, QSize size)
{
    QList<TileDemand> tiles;
    for (int i = 0; i < count; ++i)
        tiles.append(tile(quint64(i + 1), size));
    return tiles;
}

int countMode(const QList<TileDecision> &decisions, DecodeMode mode)
{
    return int(std::count_if(decisions.cbegin(), decisions.cend(),
                             [mode](const TileDecision &d) { return d.mode == mode; }));
}

} // namespace

TEST_CASE("tiles smaller than the sub-stream never get the main stream", "[video][governor]")
{
    Fixture f;
    // A 4x4 wall on a 1920x1080 monitor: 480x270 tiles.
    for (const TileDecision &d : f.decide(grid(16, QSize(480, 270))))
        CHECK(d.stream == StreamChoice::Sub);
    // A tile the size of the sub-stream, or a little above it, stays on it.
    CHECK(f.decideOne(tile(20, QSize(640, 360))).stream == StreamChoice::Sub);
    CHECK(f.decideOne(tile(21, QSize(780, 430))).stream == StreamChoice::Sub);
    // A 1x1 wall opens the main stream at once.
    CHECK(f.decideOne(tile(22, QSize(1920, 1080))).stream == StreamChoice::Main);
    // A tall tile shows a 16:9 picture only as wide as the tile: its height does not count.
    CHECK(f.decideOne(tile(23, QSize(660, 560))).stream == StreamChoice::Sub);
    CHECK(f.decideOne(tile(24, QSize(900, 560))).stream == StreamChoice::Main);
}

TEST_CASE("a camera with one stream always shows it", "[video][governor]")
{
    Fixture f;
    TileDemand single = tile(1, QSize(160, 90));
    single.hasSubStream = false;
    CHECK(f.decideOne(single).stream == StreamChoice::Main);
}

TEST_CASE("a maximised tile switches to the main stream at once, and back after the delay",
          "[video][governor]")
{
    Fixture f;
    CHECK(f.decideOne(tile(1, QSize(480, 270))).stream == StreamChoice::Sub);
    f.now += 40ms;
    CHECK(f.decideOne(tile(1, QSize(1920, 1080), 3)).stream == StreamChoice::Main);
    // Restored to its place in the grid: the main stream stays until the size has settled.
    f.now += 40ms;
    CHECK(f.decideOne(tile(1, QSize(480, 270))).stream == StreamChoice::Main);
    f.now += 200ms;
    CHECK(f.decideOne(tile(1, QSize(480, 270))).stream == StreamChoice::Main);
    f.now += 150ms;
    CHECK(f.decideOne(tile(1, QSize(480, 270))).stream == StreamChoice::Sub);
}

TEST_CASE("a tile resized through the boundary does not flap between streams", "[video][governor]")
{
    Fixture f;
    CHECK(f.decideOne(tile(1, QSize(700, 394))).stream == StreamChoice::Sub);
    // Dragged larger and smaller faster than the delay: no switch at all.
    for (int i = 0; i < 10; ++i) {
        f.now += 100ms;
        const QSize size = i % 2 ? QSize(700, 394) : QSize(900, 506);
        CHECK(f.decideOne(tile(1, size)).stream == StreamChoice::Sub);
    }
    // Held large: it switches; then inside the band between the thresholds it stays on main.
    f.decideOne(tile(1, QSize(900, 506)));
    f.now += 350ms;
    CHECK(f.decideOne(tile(1, QSize(900, 506))).stream == StreamChoice::Main);
    f.now += 1s;
    CHECK(f.decideOne(tile(1, QSize(700, 394))).stream == StreamChoice::Main);
    f.now += 1s;
    CHECK(f.decideOne(tile(1, QSize(700, 394))).stream == StreamChoice::Main);
}

TEST_CASE("the sub-stream's real size, once known, sets the threshold", "[video][governor]")
{
    Fixture f;
    TileDemand t = tile(1, QSize(800, 450));
    t.subStreamSize = QSize(352, 288); // a CIF sub-stream
    CHECK(f.decideOne(t).stream == StreamChoice::Main);
    TileDemand unknown = tile(2, QSize(700, 390));
    unknown.subStreamSize = QSize();
    CHECK(f.decideOne(unknown).stream == StreamChoice::Sub); // assumed 640x360
}

TEST_CASE("a hidden tile keeps its stream and is never counted as shed", "[video][governor]")
{
    Fixture f;
    CHECK(f.decideOne(tile(1, QSize(1920, 1080))).stream == StreamChoice::Main);
    TileDemand hidden = tile(1, QSize(480, 270));
    hidden.visible = false;
    for (int i = 0; i < 10; ++i) {
        f.now += 1s;
        const TileDecision d = f.decideOne(hidden, 1.0);
        CHECK(d.stream == StreamChoice::Main);
        CHECK(d.mode == DecodeMode::AllFrames);
    }
    CHECK(f.governor.sheddingLevel() == 0);
}

TEST_CASE("under CPU pressure the least important tiles are shed first, step by step",
          "[video][governor]")
{
    Fixture f;
    QList<TileDemand> tiles = grid(8, QSize(480, 270));
    tiles[0].priority = 3; // maximised
    tiles[0].size = QSize(1920, 1080);
    tiles[1].priority = 1; // focused
    // A short spike sheds nothing.
    CHECK(countMode(f.decide(tiles, 0.99), DecodeMode::AllFrames) == 8);
    f.now += 1s;
    CHECK(countMode(f.decide(tiles, 0.99), DecodeMode::AllFrames) == 8);
    // Held: a quarter of the tiles (2 of 8) skip non-reference frames, ordinary ones first.
    f.now += 1100ms;
    auto d = f.decide(tiles, 0.99);
    CHECK(f.governor.sheddingLevel() == 2);
    CHECK(countMode(d, DecodeMode::SkipNonReference) == 2);
    CHECK(d[0].mode == DecodeMode::AllFrames);
    CHECK(d[1].mode == DecodeMode::AllFrames);
    // Still high: every ordinary tile, then the focused one, then the maximised one, then
    // keyframes only for the ordinary ones.
    for (int i = 0; i < 3; ++i) {
        f.now += 2100ms;
        d = f.decide(tiles, 0.99);
    }
    CHECK(f.governor.sheddingLevel() == 8);
    CHECK(countMode(d, DecodeMode::SkipNonReference) == 8);
    f.now += 2100ms;
    d = f.decide(tiles, 0.99);
    CHECK(countMode(d, DecodeMode::KeyframesOnly) == 2);
    CHECK(d[0].mode == DecodeMode::SkipNonReference);
    CHECK(d[1].mode == DecodeMode::SkipNonReference);
    for (int i = 0; i < 10; ++i) {
        f.now += 2100ms;
        d = f.decide(tiles, 0.99);
    }
    CHECK(f.governor.sheddingLevel() == 16); // never beyond every tile on keyframes
    CHECK(countMode(d, DecodeMode::KeyframesOnly) == 8);

    // Pressure in the middle band holds the level; relief restores a step every 6 s.
    f.now += 10s;
    CHECK(countMode(f.decide(tiles, 0.85), DecodeMode::KeyframesOnly) == 8);
    f.decide(tiles, 0.2);
    f.now += 5s;
    CHECK(f.decide(tiles, 0.2) == d);
    f.now += 1100ms;
    d = f.decide(tiles, 0.2);
    CHECK(f.governor.sheddingLevel() == 14);
    CHECK(d[0].mode == DecodeMode::SkipNonReference); // the maximised tile recovers first
    for (int i = 0; i < 8; ++i) {
        f.now += 6100ms;
        d = f.decide(tiles, 0.2);
    }
    CHECK(f.governor.sheddingLevel() == 0);
    CHECK(countMode(d, DecodeMode::AllFrames) == 8);
}

TEST_CASE("under CPU pressure the analytics slow down before any tile is degraded, and come "
          "back last",
          "[video][governor][analytics]")
{
    Fixture f;
    f.governor.setAnalyticsActive(true);
    const QList<TileDemand> tiles = grid(4, QSize(480, 270));
    CHECK(f.governor.analyticsRate() == 5.0);
    f.decide(tiles, 0.99);
    f.now += 2100ms;
    auto d = f.decide(tiles, 0.99);
    // The first step of pressure: the detectors' rate is halved, every tile stays whole.
    CHECK(f.governor.analyticsRate() == 2.5);
    CHECK(countMode(d, DecodeMode::AllFrames) == 4);
    f.now += 2100ms;
    d = f.decide(tiles, 0.99);
    CHECK(f.governor.analyticsRate() == 1.0);
    CHECK(countMode(d, DecodeMode::AllFrames) == 4);
    // Only then a tile.
    f.now += 2100ms;
    d = f.decide(tiles, 0.99);
    CHECK(f.governor.analyticsRate() == 1.0);
    CHECK(f.governor.sheddingLevel() == 1);
    CHECK(countMode(d, DecodeMode::AllFrames) == 3);
    // Relief: the tile first, then the analytics step by step.
    f.decide(tiles, 0.2);
    f.now += 6100ms;
    d = f.decide(tiles, 0.2);
    CHECK(countMode(d, DecodeMode::AllFrames) == 4);
    CHECK(f.governor.analyticsRate() == 1.0);
    f.now += 6100ms;
    f.decide(tiles, 0.2);
    CHECK(f.governor.analyticsRate() == 2.5);
    f.now += 6100ms;
    f.decide(tiles, 0.2);
    CHECK(f.governor.analyticsRate() == 5.0);
    CHECK(f.governor.sheddingLevel() == 0);
}

TEST_CASE("a desk that runs no detectors sheds its tiles at the first step",
          "[video][governor][analytics]")
{
    Fixture f;
    const QList<TileDemand> tiles = grid(4, QSize(480, 270));
    f.decide(tiles, 0.99);
    f.now += 2100ms;
    CHECK(countMode(f.decide(tiles, 0.99), DecodeMode::AllFrames) == 3);
    CHECK(f.governor.analyticsRate() == 5.0);
}

TEST_CASE("a camera that sends no non-reference pictures goes straight to keyframes only",
          "[video][governor]")
{
    Fixture f;
    // Most CCTV cameras: I and P pictures only, every P a reference. Skipping non-reference
    // pictures would save nothing there: the first step already relieves the CPU.
    QList<TileDemand> tiles = grid(4, QSize(480, 270));
    for (TileDemand &t : tiles)
        t.nonReferenceShare = 0;
    f.decide(tiles, 0.99);
    f.now += 2100ms;
    auto d = f.decide(tiles, 0.99);
    CHECK(f.governor.sheddingLevel() == 1);
    CHECK(countMode(d, DecodeMode::KeyframesOnly) == 1);
    CHECK(countMode(d, DecodeMode::SkipNonReference) == 0);
    for (int i = 0; i < 10; ++i) {
        f.now += 2100ms;
        d = f.decide(tiles, 0.99);
    }
    CHECK(f.governor.sheddingLevel() == 4); // one step per tile, no step that does nothing
    CHECK(countMode(d, DecodeMode::KeyframesOnly) == 4);

    // Mixed: a camera with B-frames (two in three non-reference) and one not known yet skip
    // first, the IP-only ones go to keyframes only after that, least important first.
    Fixture g;
    tiles[2].nonReferenceShare = 0.66;
    tiles[3].nonReferenceShare = -1;
    tiles[0].nonReferenceShare = 0.05; // a stray non-reference picture or two: not worth it
    g.decide(tiles, 0.99);
    QList<QList<DecodeMode>> steps;
    for (int i = 0; i < 7; ++i) {
        g.now += 2100ms;
        QList<DecodeMode> modes;
        for (const TileDecision &decision : g.decide(tiles, 0.99))
            modes.append(decision.mode);
        steps.append(modes);
    }
    using M = DecodeMode;
    CHECK(steps[0] == QList<M> { M::AllFrames, M::AllFrames, M::SkipNonReference, M::AllFrames });
    CHECK(steps[1]
          == QList<M> { M::AllFrames, M::AllFrames, M::SkipNonReference, M::SkipNonReference });
    CHECK(steps[2]
          == QList<M> { M::KeyframesOnly, M::AllFrames, M::SkipNonReference, M::SkipNonReference });
    CHECK(steps[5]
          == QList<M> { M::KeyframesOnly, M::KeyframesOnly, M::KeyframesOnly, M::KeyframesOnly });
    CHECK(steps[6] == steps[5]);
    CHECK(g.governor.sheddingLevel() == 6);
}

TEST_CASE("a desk just past its capacity stays degraded instead of flapping", "[video][governor]")
{
    // Eight IP-only tiles on a machine that is saturated below 3 steps shed, and comfortable at
    // 3: every restore brings the saturation back. Ten minutes, decided twice a second.
    Fixture f;
    QList<TileDemand> tiles = grid(8, QSize(480, 270));
    for (TileDemand &t : tiles)
        t.nonReferenceShare = 0;
    const GovernorParams &params = f.governor.params();
    auto loadAt = [](int level) {
        return level < 3 ? 0.97 : 0.70;
    };
    int restores = 0;
    int saturatedTicks = 0;
    int ticks = 0;
    int previous = 0;
    for (auto end = f.now + 10min; f.now < end; f.now += 500ms, ++ticks) {
        f.decide(tiles, loadAt(f.governor.sheddingLevel()));
        const int level = f.governor.sheddingLevel();
        restores += level < previous ? 1 : 0;
        saturatedTicks += level < 3 ? 1 : 0;
        previous = level;
    }
    // At a fixed 6 s relief it would restore about 70 times, saturated a quarter of the time.
    CHECK(restores <= 10);
    CHECK(double(saturatedTicks) / ticks < 0.05);
    CHECK(f.governor.reliefDelay_ms() == params.reliefMax_ms);
    CHECK(f.governor.sheddingLevel() >= 2);

    // The load gone for good (a wall closed): every step comes back, the first after the
    // longer wait, the next ones at the usual pace.
    QList<std::chrono::steady_clock::time_point> restoredAt;
    const auto relieved = f.now;
    for (auto end = f.now + 5min; f.now < end && f.governor.sheddingLevel() > 0; f.now += 500ms) {
        const int before = f.governor.sheddingLevel();
        f.decide(tiles, 0.2);
        if (f.governor.sheddingLevel() < before)
            restoredAt.append(f.now);
    }
    REQUIRE(f.governor.sheddingLevel() == 0);
    REQUIRE(restoredAt.size() >= 2);
    CHECK(restoredAt.first() - relieved <= std::chrono::milliseconds(params.reliefMax_ms + 1000));
    for (qsizetype i = 1; i < restoredAt.size(); ++i)
        CHECK(restoredAt[i] - restoredAt[i - 1]
              <= std::chrono::milliseconds(params.relapse_ms + params.relief_ms));
    CHECK(f.governor.reliefDelay_ms() == params.relief_ms);
}

TEST_CASE("an unknown load sheds nothing more and restores nothing", "[video][governor]")
{
    Fixture f;
    const QList<TileDemand> tiles = grid(4, QSize(480, 270));
    f.decide(tiles, 1.0);
    f.now += 2100ms;
    f.decide(tiles, 1.0);
    REQUIRE(f.governor.sheddingLevel() == 1);
    for (int i = 0; i < 5; ++i) {
        f.now += 10s;
        f.decide(tiles, -1);
    }
    CHECK(f.governor.sheddingLevel() == 1);
}

TEST_CASE("the CPU meter reads the aggregate line of /proc/stat", "[video][governor]")
{
    const QByteArray stat = "cpu  100 5 50 800 40 3 2 0 0 0\n"
                            "cpu0 50 2 25 400 20 1 1 0 0 0\n"
                            "intr 12345\n";
    const auto times = parseProcStat(stat);
    REQUIRE(times);
    CHECK(times->total == 1000);
    CHECK(times->busy == 160);
    CHECK_FALSE(parseProcStat("intr 1 2 3\n"));
    CHECK_FALSE(parseProcStat("cpu  a b c d e\n"));

    // On this machine: shares between 0 and 1 once two samples were taken, this process's within
    // what the machine did (give or take the tick of /proc/stat).
    CpuMeter meter;
    volatile double spin = 0;
    for (int i = 0; i < 50000000; ++i)
        spin = spin + 1.0;
    const CpuLoad load = meter.sample();
    CHECK(load.machine >= 0.0);
    CHECK(load.machine <= 1.0);
    CHECK(load.process > 0.0);
    CHECK(load.process <= 1.0);
}

TEST_CASE("the governor acts on the load only when this process makes most of it",
          "[video][governor]")
{
    CHECK(pressureFor({ 0.98, 0.90 }, 0.75) == 0.98);
    CHECK(pressureFor({ 0.98, 0.49 }, 0.75) == 0.98);
    // A build eating the machine: degrading the walls would not give it back.
    CHECK(pressureFor({ 0.98, 0.20 }, 0.75) == 0.75);
    CHECK(pressureFor({ 0.40, 0.10 }, 0.75) == 0.40);
    CHECK(pressureFor({ -1, 0.5 }, 0.75) < 0);
}
