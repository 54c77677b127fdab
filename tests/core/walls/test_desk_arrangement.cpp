#include "core/walls/desk_arrangement.h"

#include "tests/support/test_support.h"
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigie::walls;

TEST_CASE("each operator finds their own walls again at the next login", "[settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("vigie.conf"));
    DeskArrangement camille;
    camille.mainPane = { QStringLiteral("1+5"), { 1, 2, 0, 4 } };
    camille.walls.insert(QStringLiteral("DUMMY1"), { QStringLiteral("3x3"), { 6, 5, 4, 3, 2, 1 } });
    camille.screensWithoutWall.insert(QStringLiteral("HDMI-1"));
    DeskArrangement karim;
    karim.mainPane = { QStringLiteral("1x1"), { 6 } };
    {
        QSettings settings(file, QSettings::IniFormat);
        saveArrangement(settings, QStringLiteral("operateur"), camille);
        saveArrangement(settings, QStringLiteral("superviseur"), karim);
    }
    QSettings reopened(file, QSettings::IniFormat);
    CHECK(loadArrangement(reopened, QStringLiteral("operateur")) == camille);
    CHECK(loadArrangement(reopened, QStringLiteral("superviseur")) == karim);
    CHECK(loadArrangement(reopened, QStringLiteral("Operateur")) == camille);
    CHECK(loadArrangement(reopened, QStringLiteral("inconnu")) == DeskArrangement {});
}

TEST_CASE("a damaged saved arrangement gives the default one, never a failure", "[settings]")
{
    CHECK(DeskArrangement::fromJson("{not json") == DeskArrangement {});
    const DeskArrangement odd
        = DeskArrangement::fromJson(R"({"mainPane":{"layout":"99x99","cameras":[3,-4,"x"]}})");
    CHECK(odd.mainPane.layout == QStringLiteral("2x2"));
    CHECK(odd.mainPane.cameras == QList<int> { 3, 0, 0 });
}

TEST_CASE("a smaller layout hides cameras without losing them; a larger one brings them back",
          "[settings]")
{
    WallState wall { QStringLiteral("2x2"), { 1, 2, 3, 4 } };
    REQUIRE(wall.setLayout(QStringLiteral("1x1")));
    CHECK(wall.shownCameras() == QList<int> { 1 });
    CHECK(wall.hiddenCameras() == QList<int> { 2, 3, 4 });
    // What is saved for the operator keeps them.
    DeskArrangement saved;
    saved.mainPane = wall;
    CHECK(DeskArrangement::fromJson(saved.toJson()).mainPane.cameras == QList<int> { 1, 2, 3, 4 });

    REQUIRE(wall.setLayout(QStringLiteral("3x3")));
    CHECK(wall.shownCameras() == QList<int> { 1, 2, 3, 4, 0, 0, 0, 0, 0 });
    CHECK(wall.hiddenCameras().isEmpty());
    CHECK_FALSE(wall.setLayout(QStringLiteral("bizarre")));
    CHECK(wall.layout == QStringLiteral("3x3"));

    // A tile tour past the smaller layout ends; a wall tour stays.
    Tour tileTour;
    tileTour.tile = 3;
    tileTour.cameras = { 1, 2 };
    Tour wallTour;
    wallTour.cameras = { 1, 2, 3 };
    wall.tours = { tileTour };
    wall.setLayout(QStringLiteral("1x1"));
    CHECK(wall.tours.isEmpty());
    wall.tours = { wallTour };
    wall.setLayout(QStringLiteral("2x2"));
    CHECK(wall.tours.size() == 1);
}
