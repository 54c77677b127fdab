#include "core/walls/wall_planner.h"

#include "tests/support/test_support.h"
#include <catch2/catch.hpp>

using namespace vigie::walls;

namespace {
ScreenInfo screen(const char *name, int x, bool primary = false)
{
    return { QLatin1String(name), QRect(x, 0, 1920, 1080), primary };
}
} // namespace

TEST_CASE("the primary monitor holds the main window, every other one a wall", "[planner]")
{
    const WallPlan plan
        = planWalls({ screen("DP-3", 3840), screen("DP-1", 0, true), screen("DP-2", 1920) }, {});
    CHECK(plan.mainScreen == QStringLiteral("DP-1"));
    CHECK(plan.wallScreens == QStringList { QStringLiteral("DP-2"), QStringLiteral("DP-3") });
}

TEST_CASE("a monitor the operator excluded carries no wall", "[planner]")
{
    DeskArrangement arrangement;
    arrangement.screensWithoutWall.insert(QStringLiteral("DP-2"));
    const WallPlan plan = planWalls(
        { screen("DP-1", 0, true), screen("DP-2", 1920), screen("DP-3", 3840) }, arrangement);
    CHECK(plan.wallScreens == QStringList { QStringLiteral("DP-3") });
}

TEST_CASE("with no primary the first monitor holds the main window; none gives an empty plan",
          "[planner]")
{
    CHECK(planWalls({ screen("A", 0), screen("B", 1920) }, {}).mainScreen == QStringLiteral("A"));
    CHECK(planWalls({}, {}) == WallPlan {});
    CHECK(planWalls({ screen("A", 0, true) }, {}).wallScreens.isEmpty());
}
