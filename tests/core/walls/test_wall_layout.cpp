#include "core/walls/wall_layout.h"

#include "tests/support/test_support.h"
#include <QSet>
#include <QSize>

#include <catch2/catch.hpp>

using namespace vigie::walls;

TEST_CASE("every preset layout has the tiles its name promises", "[layout]")
{
    const QList<QPair<QString, int>> expected {
        { QStringLiteral("1x1"), 1 },   { QStringLiteral("2x2"), 4 },
        { QStringLiteral("3x3"), 9 },   { QStringLiteral("4x4"), 16 },
        { QStringLiteral("5x5"), 25 },  { QStringLiteral("8x8"), 64 },
        { QStringLiteral("1+5"), 6 },   { QStringLiteral("1+7"), 8 },
        { QStringLiteral("1+12"), 13 },
    };
    REQUIRE(presetLayoutNames().size() == expected.size());
    for (const auto &[name, tiles] : expected) {
        const auto layout = layoutByName(name);
        REQUIRE(layout);
        CHECK(layout->tileCount() == tiles);
    }
}

TEST_CASE("tiles cover the wall without overlapping", "[layout]")
{
    for (const QString &name : presetLayoutNames()) {
        const auto layout = layoutByName(name);
        const QList<QRect> rects = layout->tileRects(QSize(1920, 1080), 0);
        qint64 area = 0;
        for (int i = 0; i < rects.size(); ++i) {
            area += qint64(rects[i].width()) * rects[i].height();
            for (int j = i + 1; j < rects.size(); ++j)
                CHECK_FALSE(rects[i].intersects(rects[j]));
        }
        INFO(name.toStdString());
        CHECK(area == 1920LL * 1080LL);
    }
}

TEST_CASE("the big tile of 1+12 sits in the middle", "[layout]")
{
    const auto layout = layoutByName(QStringLiteral("1+12"));
    const QRect big = layout->tileRects(QSize(400, 400), 0).first();
    CHECK(big == QRect(100, 100, 200, 200));
}

TEST_CASE("custom grids are accepted within bounds, nonsense is refused", "[layout]")
{
    const auto grid = layoutByName(QStringLiteral("6x4"));
    REQUIRE(grid);
    CHECK(grid->tileCount() == 24);
    CHECK(grid->columns == 6);
    CHECK_FALSE(layoutByName(QStringLiteral("0x3")));
    CHECK_FALSE(layoutByName(QStringLiteral("11x11")));
    CHECK_FALSE(layoutByName(QStringLiteral("grand")));
    CHECK_FALSE(layoutByName(QString()));
}
