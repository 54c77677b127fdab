// Tours as an operator sets them up: a list typed as "1, 4-7", a tile cycling camera by camera,
// a wall paging through a list longer than it, and a tour saved with the wall.
#include "core/walls/desk_arrangement.h"
#include "core/walls/tour.h"

#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace vigie::walls;

TEST_CASE("a camera list is typed with ranges, and read back the same way", "[tour]")
{
    QString error;
    CHECK(parseCameraList(QStringLiteral("1, 4-7, 12"), &error)
          == QList<int> { 1, 4, 5, 6, 7, 12 });
    CHECK(error.isEmpty());
    CHECK(parseCameraList(QStringLiteral(" 3 ;2;3 ,, 9-8")) == QList<int> { 3, 2, 9, 8 });
    CHECK(formatCameraList({ 1, 4, 5, 6, 7, 12, 13 }) == QStringLiteral("1, 4-7, 12, 13"));
    CHECK(parseCameraList(formatCameraList({ 2, 3, 4, 10 })) == QList<int> { 2, 3, 4, 10 });

    for (const char *bad : { "1, deux", "4-", "0", "-3", "1-2-3", "", " , " }) {
        INFO(bad);
        CHECK(parseCameraList(QString::fromUtf8(bad), &error).isEmpty());
        CHECK_FALSE(error.isEmpty());
    }
    CHECK(parseCameraList(QStringLiteral("1-99999"), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("2000")));
}

TEST_CASE("a tile tour shows each camera in turn and wraps round", "[tour]")
{
    Tour tour;
    tour.cameras = { 4, 5, 6 };
    tour.tile = 2;
    CHECK(tour.page(9) == QList<int> { 4 });
    tour.advance(9);
    CHECK(tour.page(9) == QList<int> { 5 });
    tour.advance(9);
    tour.advance(9);
    CHECK(tour.page(9) == QList<int> { 4 });
    Tour single;
    single.cameras = { 7 };
    single.tile = 0;
    CHECK_FALSE(single.moves(4));
}

TEST_CASE("a wall tour pages through a list longer than the wall", "[tour]")
{
    Tour tour;
    tour.cameras = { 1, 2, 3, 4, 5, 6 };
    CHECK(tour.isWallTour());
    CHECK(tour.page(4) == QList<int> { 1, 2, 3, 4 });
    tour.advance(4);
    CHECK(tour.page(4) == QList<int> { 5, 6, 1, 2 }); // no tile left empty
    tour.advance(4);
    CHECK(tour.page(4) == QList<int> { 3, 4, 5, 6 });
    // A list that fits on the wall does not move.
    Tour small;
    small.cameras = { 1, 2 };
    CHECK(small.page(4) == QList<int> { 1, 2 });
    CHECK_FALSE(small.moves(4));
    small.advance(4);
    CHECK(small.position == 0);
}

TEST_CASE("a tour is saved with its wall and damaged tours are dropped", "[tour][settings]")
{
    DeskArrangement desk;
    Tour tour;
    tour.cameras = { 3, 1, 2 };
    tour.period_s = 15;
    tour.tile = 1;
    tour.paused = true;
    tour.position = 2;
    desk.mainPane = { QStringLiteral("2x2"), { 1, 2 }, { tour } };
    CHECK(DeskArrangement::fromJson(desk.toJson()) == desk);

    const QByteArray damaged = R"({"mainPane":{"layout":"2x2","cameras":[1],
        "tours":[{"cameras":[],"period_s":10},{"cameras":[5,6],"period_s":1},
                 {"cameras":[5,-6,7],"period_s":20,"tile":-4,"position":9}]}})";
    const DeskArrangement read = DeskArrangement::fromJson(damaged);
    REQUIRE(read.mainPane.tours.size() == 1);
    CHECK(read.mainPane.tours.first().cameras == QList<int> { 5, 7 });
    CHECK(read.mainPane.tours.first().isWallTour());
    CHECK(read.mainPane.tours.first().position == 1);
}
