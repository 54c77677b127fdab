// Wall layouts: a grid of cells, some spanning several grid units (1+5, 1+7, 1+12) or a custom
// grid of any size. Pure geometry, unit-tested without widgets.
#pragma once

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::walls {

struct WallLayout
{
    QString name; // "2x2", "1+5", or "6x4" for a custom grid
    int columns = 1;
    int rows = 1;
    QList<QRect> cells; // in grid units, in tile order

    int tileCount() const { return int(cells.size()); }
    // Cell rectangles in pixels for a wall of the given size, with a gap between tiles.
    QList<QRect> tileRects(const QSize &size, int gap_px = 2) const;
};

QStringList presetLayoutNames();
// A preset name or "CxR" (1 to 10 columns and rows); nullopt for anything else.
std::optional<WallLayout> layoutByName(const QString &name);
WallLayout gridLayout(int columns, int rows);

} // namespace vigie::walls
