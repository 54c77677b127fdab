#include "core/cameras/camera_status_board.h"
#include "tests/support/test_support.h"
#include "widgets/camera_mime.h"
#include "widgets/theme.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QCheckBox>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

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

TEST_CASE("a smaller layout keeps the cameras of the tiles it hides and gives them back", "[wall]")
{
    QObject owner;
    widgets::WallView wall(makeBoard(&owner));
    wall.setWallState({ QStringLiteral("2x2"), { 1, 2, 3, 4 } });
    REQUIRE(wall.setLayoutName(QStringLiteral("1x1")));
    CHECK(wall.tileCount() == 1);
    CHECK(wall.tile(0)->cameraNumber() == 1);
    CHECK(wall.wallState() == walls::WallState { QStringLiteral("1x1"), { 1, 2, 3, 4 } });
    REQUIRE(wall.setLayoutName(QStringLiteral("2x2")));
    QList<int> shown;
    for (int i = 0; i < wall.tileCount(); ++i)
        shown.append(wall.tile(i)->cameraNumber());
    CHECK(shown == QList<int> { 1, 2, 3, 4 });
}

TEST_CASE("a camera number being typed expires, and never follows the focus", "[wall]")
{
    QObject owner;
    widgets::WallView wall(makeBoard(&owner));
    wall.resize(800, 600);
    wall.setWallState({ QStringLiteral("2x2"), { 1, 2, 3, 4 } });
    wall.setTypedNumberTimeout(50); // the desk's is a few seconds
    wall.show();
    REQUIRE(QTest::qWaitForWindowActive(&wall));
    wall.tile(0)->setFocus();

    // "1", a pause, then "5" Enter calls camera 5, not 15.
    QTest::keyClick(wall.tile(0), Qt::Key_1);
    CHECK(wall.tile(0)->typedNumber() == QStringLiteral("1"));
    REQUIRE(test::waitUntil([&] { return wall.tile(0)->typedNumber().isEmpty(); }, 5000));
    CHECK(wall.typedNumber().isEmpty());
    wall.setTypedNumberTimeout(60 * 1000);
    QTest::keyClick(wall.tile(0), Qt::Key_5);
    QTest::keyClick(wall.tile(0), Qt::Key_Return);
    CHECK(wall.tile(0)->cameraNumber() == 5);

    // "6" then Down: the number is dropped, on the old tile too; Enter maximises the new tile.
    QTest::keyClick(wall.tile(0), Qt::Key_6);
    QTest::keyClick(wall.tile(0), Qt::Key_Down);
    REQUIRE(wall.focusedTile() == 2);
    CHECK(wall.tile(0)->typedNumber().isEmpty());
    CHECK(wall.typedNumber().isEmpty());
    QTest::keyClick(wall.tile(2), Qt::Key_Return);
    CHECK(wall.tile(2)->cameraNumber() == 3);
    CHECK(wall.maximisedTile() == 2);
}

TEST_CASE("the focused tile wears a wide frame that shows on any picture", "[wall][focus]")
{
    QObject owner;
    widgets::WallView wall(makeBoard(&owner));
    wall.resize(800, 600);
    wall.setWallState({ QStringLiteral("2x2"), { 1, 2 } });
    wall.show();
    REQUIRE(QTest::qWaitForWindowActive(&wall));
    wall.tile(0)->setFocus();
    REQUIRE(wall.tile(0)->hasFocus());
    const QImage focused = wall.tile(0)->grab().toImage();
    const QImage other = wall.tile(1)->grab().toImage();
    const int band = widgets::TileWidget::focusFrameWidth();
    REQUIRE(band >= 6);
    const QColor focus = widgets::colors::focus;
    // Black at the very edge and inside the band, the focus colour between: a contrast
    // against a bright picture and against a black one.
    for (const QPoint at :
         { QPoint(0, 0), QPoint(focused.width() / 2, 0), QPoint(0, focused.height() / 2) })
        CHECK(focused.pixelColor(at) == QColor(Qt::black));
    for (const QPoint at : { QPoint(band / 2, band / 2), QPoint(focused.width() / 2, band / 2),
                             QPoint(focused.width() - 1 - band / 2, focused.height() / 2),
                             QPoint(focused.width() / 2, focused.height() - 1 - band / 2) })
        CHECK(focused.pixelColor(at) == focus);
    CHECK(focused.pixelColor(QPoint(focused.width() / 2, band - 1)) == QColor(Qt::black));
    CHECK(other.pixelColor(QPoint(band / 2, band / 2)) != focus);
}

TEST_CASE("every focusable widget shows when it has the focus", "[focus]")
{
    QWidget window;
    window.setStyleSheet(widgets::themeStyleSheet());
    auto *layout = new QVBoxLayout(&window);
    auto *button = new QPushButton(QStringLiteral("Enregistrer"), &window);
    auto *list = new QListWidget(&window);
    list->addItems({ QStringLiteral("Un"), QStringLiteral("Deux") });
    auto *tree = new QTreeWidget(&window);
    auto *check = new QCheckBox(QStringLiteral("Incident clos"), &window);
    auto *spare = new QPushButton(QStringLiteral("Annuler"), &window);
    const QList<QWidget *> widgets { button, list, tree, check };
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addWidget(spare);
    window.resize(400, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto focusPixels = [](QWidget *w) {
        const QImage image = w->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == widgets::colors::focus ? 1 : 0;
        }
        return count;
    };
    for (QWidget *w : widgets) {
        spare->setFocus();
        const int before = focusPixels(w);
        w->setFocus();
        REQUIRE(w->hasFocus());
        INFO(w->metaObject()->className());
        // A frame all round: at least its perimeter in the focus colour.
        CHECK(focusPixels(w) - before >= w->width() + w->height());
    }
}

TEST_CASE("a tile's number and name start clear of the focus frame, so that the focused tile's "
          "number reads whole",
          "[wall][tile]")
{
    widgets::TileWidget tile(0);
    tile.resize(480, 270);
    tile.setCamera(1, QStringLiteral("Parvis de l'hôtel de ville"));
    tile.setState(cameras::StreamState::Live, QString());
    const QImage picture = tile.grab().toImage();
    // The title's white letters, in the title band, left of where the focus frame ends: none.
    const int frame = widgets::TileWidget::focusFrameWidth();
    int lettersUnderFrame = 0;
    int letters = 0;
    for (int y = frame; y < 40; ++y) {
        for (int x = 0; x < picture.width() / 2; ++x) {
            if (qGray(picture.pixel(x, y)) > 200) {
                ++letters;
                if (x < frame)
                    ++lettersUnderFrame;
            }
        }
    }
    CHECK(letters > 20); // the title is there
    CHECK(lettersUnderFrame == 0);
}
