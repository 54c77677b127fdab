// Which monitor carries what: the main window on the primary monitor (with its own wall pane),
// a full-screen wall on every other monitor the operator has not excluded. Recomputed whenever
// a monitor is plugged in or out.
#pragma once

#include "core/walls/desk_arrangement.h"

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace vigie::walls {

struct ScreenInfo
{
    QString name;
    QRect geometry;
    bool primary = false;
};

struct WallPlan
{
    QString mainScreen; // empty only when there is no screen at all
    QStringList wallScreens; // left to right, then top to bottom

    bool operator==(const WallPlan &other) const = default;
};

WallPlan planWalls(const QList<ScreenInfo> &screens, const DeskArrangement &arrangement);

} // namespace vigie::walls
