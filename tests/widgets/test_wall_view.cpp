#include "core/cameras/camera_status_board.h"
#include "tests/support/test_support.h"
#include "widgets/camera_mime.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

cameras::CameraStatusBoard *makeBoard(QObject *parent)
{
    auto *board = new cameras::CameraStatusBoard(parent);
    QList<cameras::Camera> list;
    for (int n = 1; n <= 6; ++n) {
        cameras::Camera c;
        c.number = n;
        c.name = QStringLiteral("Caméra %1").arg(n);
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/cam%1").arg(n));
        list.append(c);
    }
    board->setCameras(list);
    return board;
}

} // namespace

TEST_CASE("a wall shows the saved layout and cameras and gives them back", "[wall]")
{
    QObject owner;
    widgets::WallView wall(makeBoard(&owner));
    wall.resize(800, 600);
    wall.setWallState({ QStringLiteral("1+5"), { 3, 0, 5 } });
    CHECK(wall.tileCount() == 6);
    CHECK(wall.tile(0)->cameraNumber() == 3);
    CHECK(wall.tile(0)->caption().contains(QStringLiteral("Caméra 3")));
    CHECK(wall.tile(1)->cameraNumber() == 0);
    CHECK(wall.wallState() == walls::WallState { QStringLiteral("1+5"), { 3, 0, 5 } });
    // The big tile of 1+5 is four times the size of a small one.
    CHECK(wall.tile(0)->width() > wall.tile(1)->width() * 3 / 2);
}

TEST_CASE("changing the layout keeps the cameras in order", "[wall]")
{
    QObject owner;
    widgets::WallView wall(makeBoard(&owner));
    wall.setWallState({ QStringLiteral("2x2"), { 1, 2, 3, 4 } });
    QSignalSpy changed(&wall, &widgets::WallView::wallChanged);
    REQUIRE(wall.setLayoutName(QStringLiteral("3x3")));
    CHECK(changed.count() == 1);
    CHECK(wall.tileCount() == 9);
    CHECK(wall.wallState().cameras == QList<int> { 1, 2, 3, 4 });
    CHECK_FALSE(wall.setLayoutName(QStringLiteral("bizarre")));
    CHECK(wall.tileCount() == 9);
}

TEST_CASE("a group dropped on a tile fills the following tiles", "[wall]")
{
    QObject owner;
    widgets::WallView wall(makeBoard(&owner));
    wall.setWallState({ QStringLiteral("2x2"), {} });
    QSignalSpy messages(&wall, &widgets::WallView::message);
    wall.placeCameras(2, { 4, 5, 6 });
    CHECK(wall.wallState().cameras == QList<int> { 0, 0, 4, 5 });
    REQUIRE(messages.count() == 1); // one camera did not fit
}

TEST_CASE("dragging a tile onto another swaps them", "[wall]")
{
    QObject owner;
    widgets::WallView wall(makeBoard(&owner));
    wall.setWallState({ QStringLiteral("2x2"), { 1, 2 } });
    wall.swapTiles(0, 3);
    CHECK(wall.wallState().cameras == QList<int> { 0, 2, 0, 1 });
}

TEST_CASE("the keyboard maximises, navigates and calls a camera by number", "[wall]")
{
    QObject owner;
    widgets::WallView wall(makeBoard(&owner));
    wall.resize(800, 600);
    wall.setWallState({ QStringLiteral("2x2"), { 1, 2, 3, 4 } });
    wall.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wall));
    wall.activateWindow();
    wall.tile(0)->setFocus();
    REQUIRE(wall.focusedTile() == 0);

    QTest::keyClick(wall.tile(0), Qt::Key_Right);
    CHECK(wall.focusedTile() == 1);
    QTest::keyClick(wall.tile(1), Qt::Key_Down);
    CHECK(wall.focusedTile() == 3);

    QTest::keyClick(wall.tile(3), Qt::Key_Return);
    CHECK(wall.maximisedTile() == 3);
    CHECK(wall.tile(3)->size() == wall.size());
    CHECK_FALSE(wall.tile(0)->isVisible());
    QTest::keyClick(wall.tile(3), Qt::Key_Escape);
    CHECK(wall.maximisedTile() == -1);
    CHECK(wall.tile(0)->isVisible());

    QTest::keyClick(wall.tile(3), Qt::Key_6);
    QTest::keyClick(wall.tile(3), Qt::Key_Return);
    CHECK(wall.tile(3)->cameraNumber() == 6);
    CHECK(wall.maximisedTile() == -1); // Enter called the camera, it did not maximise

    QSignalSpy messages(&wall, &widgets::WallView::message);
    QTest::keyClicks(wall.tile(3), QStringLiteral("42"));
    QTest::keyClick(wall.tile(3), Qt::Key_Enter);
    CHECK(wall.tile(3)->cameraNumber() == 6);
    REQUIRE(messages.count() == 1);
    CHECK(messages.first().first().toString().contains(QStringLiteral("42")));

    QTest::keyClick(wall.tile(3), Qt::Key_Delete);
    CHECK(wall.tile(3)->cameraNumber() == 0);
}

TEST_CASE("a tile shows its camera's state as the board reports it", "[wall]")
{
    QObject owner;
    auto *board = makeBoard(&owner);
    widgets::WallView wall(board);
    wall.setWallState({ QStringLiteral("1x1"), { 2 } });
    CHECK(wall.tile(0)->state() == cameras::StreamState::Unknown);
    board->start(60000, 1);
    // Port 1 on loopback refuses the connection: the tile must say so.
    REQUIRE(vigie::test::waitUntil(
        [&] { return wall.tile(0)->state() == cameras::StreamState::Unreachable; }, 10000));
    CHECK(wall.tile(0)->caption().contains(cameras::stateLabel(cameras::StreamState::Unreachable)));
}

TEST_CASE("a tile never opens an address that is not a camera's, and says why", "[wall][security]")
{
    // The directory refuses such an address; this one was written into the database by hand.
    QObject owner;
    auto *board = new cameras::CameraStatusBoard(&owner);
    cameras::Camera c;
    c.number = 9;
    c.name = QStringLiteral("Piégée");
    c.mainUrl = QUrl(QStringLiteral("file:///etc/shadow"));
    board->setCameras({ c });
    widgets::WallView wall(board);
    wall.setWallState({ QStringLiteral("1x1"), { 9 } });
    CHECK(wall.tile(0)->cameraNumber() == 9);
    CHECK(wall.tile(0)->source().mainUrl.isEmpty()); // nothing to open
    CHECK(wall.tile(0)->caption().contains(QStringLiteral("rtsp")));
}
