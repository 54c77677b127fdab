#include "core/walls/wall_planner.h"

#include <algorithm>

namespace vigie::walls {

WallPlan planWalls(const QList<ScreenInfo> &screens, const DeskArrangement &arrangement)
{
    WallPlan plan;
    if (screens.isEmpty())
        return plan;
    auto primary = std::find_if(screens.cbegin(), screens.cend(),
                                [](const ScreenInfo &s) { return s.primary; });
    plan.mainScreen = primary != screens.cend() ? primary->name : screens.first().name;

    QList<ScreenInfo> others;
    for (const ScreenInfo &screen : screens) {
        if (screen.name != plan.mainScreen && !arrangement.screensWithoutWall.contains(screen.name))
            others.append(screen);
    }
    std::sort(others.begin(), others.end(), [](const ScreenInfo &a, const ScreenInfo &b) {
        if (a.geometry.x() != b.geometry.x())
            return a.geometry.x() < b.geometry.x();
        return a.geometry.y() < b.geometry.y();
    });
    for (const ScreenInfo &screen : others)
        plan.wallScreens.append(screen.name);
    return plan;
}

} // namespace vigie::walls
