// Tours on a wall as an operator drives them: a tile cycling, a wall paging, Space to pause,
// a camera placed by hand ending the tour, the tour saved with the wall, and the dialog that
// refuses a list it cannot read. Time is an injected clock; stepTours() is what the wall's
// one-second timer calls.
#include "core/cameras/camera_status_board.h"
#include "tests/support/test_support.h"
#include "widgets/tile_widget.h"
#include "widgets/tour_dialog.h"
#include "widgets/wall_view.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct TourFixture
{
    QObject owner;
    cameras::CameraStatusBoard *board = new cameras::CameraStatusBoard(&owner);
    widgets::WallView wall { board };
    qint64 now_ms = 1000000;

    TourFixture()
    {
        QList<cameras::Camera> list;
        for (int n = 1; n <= 8; ++n) {
            cameras::Camera c;
            c.number = n;
            c.name = QStringLiteral("Caméra %1").arg(n);
            c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/cam%1").arg(n));
            list.append(c);
        }
        board->setCameras(list);
        wall.setTourClock([this] { return now_ms; });
        wall.resize(800, 600);
        wall.setWallState({ QStringLiteral("2x2"), { 1, 2, 3, 4 } });
    }

    void pass(int seconds)
    {
        now_ms += qint64(seconds) * 1000;
        wall.stepTours();
    }
    QList<int> cameras() const { return wall.wallState().cameras; }
};

walls::Tour tileTour(QList<int> cameras, int tile, int period_s = 10)
{
    walls::Tour tour;
    tour.cameras = std::move(cameras);
    tour.tile = tile;
    tour.period_s = period_s;
    return tour;
}

} // namespace

TEST_CASE("a tile tour cycles its tile every period and leaves the others alone", "[wall][tour]")
{
    TourFixture f;
    REQUIRE(f.wall.startTour(tileTour({ 6, 7, 8 }, 1)));
    CHECK(f.cameras() == QList<int> { 1, 6, 3, 4 });
    CHECK(f.wall.tile(1)->tourLabel().contains(QStringLiteral("1/3")));
    CHECK(f.wall.tile(0)->tourLabel().isEmpty());
    f.pass(9);
    CHECK(f.cameras() == QList<int> { 1, 6, 3, 4 });
    f.pass(1);
    CHECK(f.cameras() == QList<int> { 1, 7, 3, 4 });
    CHECK(f.wall.tile(1)->tourLabel().contains(QStringLiteral("2/3")));
    f.pass(10);
    f.pass(10);
    CHECK(f.cameras() == QList<int> { 1, 6, 3, 4 });
}

TEST_CASE("a wall tour pages through the list, and Space pauses and resumes it", "[wall][tour]")
{
    TourFixture f;
    walls::Tour tour = tileTour({ 1, 2, 3, 4, 5, 6 }, -1, 5);
    REQUIRE(f.wall.startTour(tour));
    CHECK(f.cameras() == QList<int> { 1, 2, 3, 4 });
    f.pass(5);
    CHECK(f.cameras() == QList<int> { 5, 6, 1, 2 });

    f.wall.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.wall));
    f.wall.tile(2)->setFocus();
    QSignalSpy messages(&f.wall, &widgets::WallView::message);
    QTest::keyClick(f.wall.tile(2), Qt::Key_Space);
    REQUIRE(f.wall.tourAt(2));
    CHECK(f.wall.tourAt(2)->paused);
    CHECK(f.wall.tile(0)->tourLabel().contains(
        widgets::WallView::tr("Tour paused %1/%2").arg(5).arg(6)));
    CHECK(messages.size() == 1);
    f.pass(60);
    CHECK(f.cameras() == QList<int> { 5, 6, 1, 2 });
    QTest::keyClick(f.wall.tile(2), Qt::Key_Space);
    CHECK_FALSE(f.wall.tourAt(2)->paused);
    f.pass(4);
    CHECK(f.cameras() == QList<int> { 5, 6, 1, 2 }); // a whole period after the resume
    f.pass(1);
    CHECK(f.cameras() == QList<int> { 3, 4, 5, 6 });
}

TEST_CASE("a camera placed by hand on a touring tile ends that tour", "[wall][tour]")
{
    TourFixture f;
    REQUIRE(f.wall.startTour(tileTour({ 6, 7 }, 0)));
    REQUIRE(f.wall.startTour(tileTour({ 5, 8 }, 3)));
    QSignalSpy messages(&f.wall, &widgets::WallView::message);
    f.wall.tile(0)->setFocus();
    f.wall.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.wall));
    f.wall.tile(0)->setFocus();
    REQUIRE(f.wall.callCamera(2));
    CHECK_FALSE(f.wall.tourAt(0));
    CHECK(f.wall.tourAt(3));
    CHECK(messages.size() >= 1);
    f.pass(10);
    CHECK(f.cameras() == QList<int> { 2, 2, 3, 8 });
    // A wall tour replaces every tile tour.
    REQUIRE(f.wall.startTour(tileTour({ 1, 2, 3, 4, 5 }, -1)));
    CHECK(f.wall.tours().size() == 1);
    CHECK(f.wall.tourAt(3)->isWallTour());
}

TEST_CASE("a tour is saved with the wall and resumes where it was", "[wall][tour]")
{
    TourFixture f;
    REQUIRE(f.wall.startTour(tileTour({ 6, 7, 8 }, 2)));
    f.pass(10);
    const walls::WallState saved = f.wall.wallState();
    REQUIRE(saved.tours.size() == 1);
    CHECK(saved.tours.first().position == 1);

    TourFixture other;
    other.wall.setWallState(saved);
    CHECK(other.cameras() == QList<int> { 1, 2, 7, 4 });
    other.pass(10);
    CHECK(other.cameras() == QList<int> { 1, 2, 8, 4 });
    // A layout without that tile ends the tour.
    REQUIRE(other.wall.setLayoutName(QStringLiteral("1x1")));
    CHECK(other.wall.tours().isEmpty());
}

TEST_CASE("the tour dialog reads ranges and refuses what it cannot read", "[wall][tour]")
{
    widgets::TourDialog dialog({ 1, 2, 3, 7 }, 2, nullptr);
    CHECK(dialog.camerasField()->text() == QStringLiteral("1-3, 7"));
    dialog.camerasField()->setText(QStringLiteral("4, x"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorLabel()->isHidden());
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("x")));

    dialog.camerasField()->setText(QStringLiteral("4-6"));
    dialog.periodField()->setValue(20);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.tour().cameras == QList<int> { 4, 5, 6 });
    CHECK(dialog.tour().tile == 2);
    CHECK(dialog.tour().period_s == 20);

    widgets::TourDialog noTile({ 1 }, -1, nullptr);
    CHECK(noTile.wallChoice()->isChecked());
    noTile.accept();
    CHECK(noTile.tour().isWallTour());
}
