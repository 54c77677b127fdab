#include "core/walls/wall_layout.h"

#include <QRegularExpression>
#include <QSize>

namespace vigie::walls {
namespace {

// One big tile at `big`, the rest of an n x n grid filled with unit tiles in reading order.
WallLayout bigPlusSmall(const QString &name, int n, const QRect &big)
{
    WallLayout layout { name, n, n, { big } };
    for (int row = 0; row < n; ++row) {
        for (int column = 0; column < n; ++column) {
            if (!big.contains(column, row))
                layout.cells.append(QRect(column, row, 1, 1));
        }
    }
    return layout;
}

} // namespace

WallLayout gridLayout(int columns, int rows)
{
    WallLayout layout { QStringLiteral("%1x%2").arg(columns).arg(rows), columns, rows, {} };
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            layout.cells.append(QRect(column, row, 1, 1));
    }
    return layout;
}

QStringList presetLayoutNames()
{
    return { QStringLiteral("1x1"), QStringLiteral("2x2"), QStringLiteral("3x3"),
             QStringLiteral("4x4"), QStringLiteral("5x5"), QStringLiteral("8x8"),
             QStringLiteral("1+5"), QStringLiteral("1+7"), QStringLiteral("1+12") };
}

std::optional<WallLayout> layoutByName(const QString &name)
{
    if (name == QLatin1String("1+5"))
        return bigPlusSmall(name, 3, QRect(0, 0, 2, 2));
    if (name == QLatin1String("1+7"))
        return bigPlusSmall(name, 4, QRect(0, 0, 3, 3));
    if (name == QLatin1String("1+12"))
        return bigPlusSmall(name, 4, QRect(1, 1, 2, 2));
    static const QRegularExpression grid(QStringLiteral("^(\\d{1,2})x(\\d{1,2})$"));
    const auto match = grid.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const int columns = match.captured(1).toInt();
    const int rows = match.captured(2).toInt();
    if (columns < 1 || rows < 1 || columns > 10 || rows > 10)
        return std::nullopt;
    return gridLayout(columns, rows);
}

QList<QRect> WallLayout::tileRects(const QSize &size, int gap_px) const
{
    QList<QRect> rects;
    rects.reserve(cells.size());
    // Integer edges computed from the grid line index keep tiles flush without drift.
    auto edgeX = [&](int column) {
        return column * size.width() / columns;
    };
    auto edgeY = [&](int row) {
        return row * size.height() / rows;
    };
    for (const QRect &cell : cells) {
        const int left = edgeX(cell.left());
        const int top = edgeY(cell.top());
        const int right = edgeX(cell.left() + cell.width());
        const int bottom = edgeY(cell.top() + cell.height());
        rects.append(QRect(left, top, right - left, bottom - top).adjusted(0, 0, -gap_px, -gap_px));
    }
    return rects;
}

} // namespace vigie::walls
