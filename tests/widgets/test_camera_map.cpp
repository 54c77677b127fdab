// The camera map: cameras where their coordinates say on the plan, the others listed apart,
// colours that follow the cameras' states, search, click and drag to the walls, and a map that
// still opens, saying what is wrong, when its configuration is.
#include "core/cameras/camera_file.h"
#include "core/cameras/camera_status_board.h"
#include "tests/core/cameras/directory_fixture.h"
#include "tests/support/ctl_run.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"
#include "widgets/camera_map.h"
#include "widgets/camera_mime.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QLineEdit>
#include <QLineF>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <catch2/catch.hpp>

#include <cmath>

using namespace vigie;
using widgets::CameraMap;
using widgets::MapState;

namespace {

cameras::Camera camera(int number, const QString &name, std::optional<double> lat = std::nullopt,
                       std::optional<double> lon = std::nullopt)
{
    cameras::Camera c;
    c.number = number;
    c.name = name;
    c.address = QStringLiteral("%1 rue de l'Église, Antony").arg(number);
    c.latitude = lat;
    c.longitude = lon;
    c.bearingDeg = 90;
    c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/cam%1").arg(number));
    return c;
}

// A 1,000 x 800 plan covering 48.74..48.76 N, 2.28..2.32 E.
struct PlanFixture
{
    QTemporaryDir dir;
    QSettings settings { dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat };
    cameras::CameraStatusBoard board;

    PlanFixture()
    {
        QImage image(1000, 800, QImage::Format_RGB32);
        image.fill(QColor(0x20, 0x20, 0x20));
        REQUIRE(image.save(dir.filePath(QStringLiteral("plan.png"))));
        settings.setValue(QStringLiteral("map/image"), dir.filePath(QStringLiteral("plan.png")));
        settings.setValue(QStringLiteral("map/north"), 48.76);
        settings.setValue(QStringLiteral("map/south"), 48.74);
        settings.setValue(QStringLiteral("map/west"), 2.28);
        settings.setValue(QStringLiteral("map/east"), 2.32);
        QList<cameras::Camera> list {
            camera(1, QStringLiteral("Mairie"), 48.75, 2.30),
            camera(2, QStringLiteral("Parvis de la gare"), 48.755, 2.29),
            camera(3, QStringLiteral("Marché couvert")), // no coordinates yet
            camera(4, QStringLiteral("Croix-de-Berny"), 48.80, 2.30), // beyond the plan
            camera(5, QStringLiteral("Parking Jeanne d'Arc"), 48.745, 2.31),
        };
        list[4].enabled = false;
        board.setCameras(list);
    }

    std::unique_ptr<CameraMap> open(const QList<cameras::Camera> &retired = {})
    {
        auto map = std::make_unique<CameraMap>(&board, widgets::MapPlan::fromSettings(settings),
                                               retired);
        map->resize(1100, 800);
        map->show();
        return map;
    }
};

QStringList unplaced(const CameraMap &map)
{
    QStringList lines;
    for (int row = 0; row < map.unplacedList()->count(); ++row)
        lines.append(map.unplacedList()->item(row)->text());
    return lines;
}

// The colour the operator sees at the centre of the camera's marker.
QColor markerColour(const CameraMap &map, int number)
{
    const QPoint at = map.view()->mapFromScene(*map.planPosition(number));
    return map.view()->viewport()->grab().toImage().pixelColor(at);
}

} // namespace

TEST_CASE("a camera lands on the plan's pixel of its coordinates; the others are listed apart",
          "[map]")
{
    PlanFixture f;
    auto map = f.open();
    CHECK(map->hasPlanImage());
    CHECK(map->problem().isEmpty());
    REQUIRE(map->planPosition(1));
    CHECK(map->planPosition(1)->x() == Approx(500));
    CHECK(map->planPosition(1)->y() == Approx(400));
    REQUIRE(map->planPosition(2));
    CHECK(map->planPosition(2)->x() == Approx(250));
    CHECK(map->planPosition(2)->y() == Approx(200));
    // Neither put at 0,0 nor dropped: named beside the plan, with the reason.
    CHECK_FALSE(map->planPosition(3));
    CHECK_FALSE(map->planPosition(4));
    CHECK(map->placedCount() == 3);
    const QStringList apart = unplaced(*map);
    REQUIRE(apart.size() == 2);
    CHECK(apart[0].startsWith(QStringLiteral("003 Marché couvert")));
    CHECK(apart[0].contains(QStringLiteral("no coordinates")));
    CHECK(apart[1].startsWith(QStringLiteral("004 Croix-de-Berny")));
    CHECK(apart[1].contains(QStringLiteral("outside the plan")));
}

TEST_CASE("a marker's colour follows its camera's state live, and an open alarm", "[map]")
{
    PlanFixture f;
    cameras::Camera retired = camera(9, QStringLiteral("Ancienne poste"), 48.752, 2.305);
    retired.retired = true;
    auto map = f.open({ retired });
    CHECK(map->state(1) == MapState::Unknown);
    CHECK(map->state(5) == MapState::Disabled);
    CHECK(map->state(9) == MapState::Disabled);
    CHECK(markerColour(*map, 5) == CameraMap::stateColor(MapState::Disabled));

    f.board.report(1, cameras::StreamState::Live, {});
    CHECK(map->state(1) == MapState::Live);
    CHECK(markerColour(*map, 1) == CameraMap::stateColor(MapState::Live));
    f.board.report(1, cameras::StreamState::Reconnecting, {});
    CHECK(map->state(1) == MapState::Trouble);
    CHECK(markerColour(*map, 1) == CameraMap::stateColor(MapState::Trouble));
    f.board.report(1, cameras::StreamState::Lost, QStringLiteral("plus d'image"));
    CHECK(map->state(1) == MapState::Lost);
    CHECK(markerColour(*map, 1) == CameraMap::stateColor(MapState::Lost));
    CHECK(map->view()
              ->scene()
              ->itemAt(*map->planPosition(1), map->view()->transform())
              ->toolTip()
              .contains(QStringLiteral("plus d'image")));

    map->setCamerasInAlarm({ 1 });
    CHECK(map->state(1) == MapState::Alarm);
    CHECK(markerColour(*map, 1) == CameraMap::stateColor(MapState::Alarm));
    map->setCamerasInAlarm({});
    CHECK(map->state(1) == MapState::Lost);
}

TEST_CASE("the map's search finds by number, name or street, centres and highlights the match",
          "[map]")
{
    PlanFixture f;
    auto map = f.open();
    QSignalSpy activated(map.get(), &CameraMap::cameraActivated);
    map->searchField()->setText(QStringLiteral("parvis"));
    CHECK(map->highlighted() == QList<int> { 2 });
    // Centred: the match is in the middle of the view, close enough to read its number.
    const QPoint at = map->view()->mapFromScene(*map->planPosition(2));
    const QPoint centre = map->view()->viewport()->rect().center();
    CHECK((at - centre).manhattanLength() <= 6); // within its marker (10 px)
    CHECK(map->numbersShown());

    map->searchField()->setText(QStringLiteral("5 rue de l'église"));
    CHECK(map->highlighted() == QList<int> { 5 });
    map->searchField()->setText(QStringLiteral("001"));
    CHECK(map->highlighted() == QList<int> { 1 });
    // Found, but not on the plan: pointed at in the list beside it.
    map->searchField()->setText(QStringLiteral("marché"));
    CHECK(map->highlighted().isEmpty());
    REQUIRE(map->unplacedList()->selectedItems().size() == 1);
    CHECK(map->unplacedList()->selectedItems().first()->text().startsWith(QStringLiteral("003")));
    // Enter calls the first match, as in the camera tree.
    map->searchField()->setText(QStringLiteral("mairie"));
    QTest::keyClick(map->searchField(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toInt() == 1);
    // Escape empties the search: no camera stays highlighted, the keys go back to the plan.
    QTest::keyClick(map->searchField(), Qt::Key_Escape);
    CHECK(map->searchField()->text().isEmpty());
    CHECK(map->highlighted().isEmpty());
    CHECK(map->focusWidget() == map->view());
}

TEST_CASE("the map zooms with the keys and the wheel, and Home shows it all again", "[map]")
{
    PlanFixture f;
    auto map = f.open();
    const double fit = map->view()->transform().m11();
    map->view()->setFocus();
    QTest::keyClick(map->view(), Qt::Key_Plus);
    CHECK(map->view()->transform().m11() == Approx(fit * 1.25));
    QTest::keyClick(map->view(), Qt::Key_Home);
    CHECK(map->view()->transform().m11() == Approx(fit));
    // A digit typed on the plan starts a search.
    QTest::keyClick(map->view(), Qt::Key_2);
    CHECK(map->searchField()->text() == QStringLiteral("2"));
    CHECK(map->focusWidget() == map->searchField());
}

TEST_CASE("a click on a camera calls it; dragging it carries the walls' camera MIME", "[map]")
{
    PlanFixture f;
    auto map = f.open();
    QSignalSpy activated(map.get(), &CameraMap::cameraActivated);
    const QPoint at = map->view()->mapFromScene(*map->planPosition(2));
    QTest::mouseClick(map->view()->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toInt() == 2);
    // A click beside every camera calls nothing (it starts a pan).
    QTest::mouseClick(map->view()->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    CHECK(activated.count() == 1);

    // What a drag of camera 2 carries, dropped on a wall's tile as the tree's drag is.
    widgets::WallView wall(&f.board);
    wall.resize(800, 600);
    wall.setWallState({ QStringLiteral("2x2"), { 1, 0, 0, 0 } });
    wall.show();
    std::unique_ptr<QMimeData> mime(map->dragData(2));
    widgets::TileWidget *tile = wall.tile(1);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(tile, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(tile, &drop);
    CHECK(wall.wallState().cameras == QList<int> { 1, 2 });
}

TEST_CASE("a missing plan or wrong bounds are told in French; the map still shows the cameras",
          "[map]")
{
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    PlanFixture f;
    SECTION("the plan's file is missing")
    {
        f.settings.setValue(QStringLiteral("map/image"), f.dir.filePath(QStringLiteral("no.png")));
        auto map = f.open();
        CHECK_FALSE(map->hasPlanImage());
        CHECK(map->problem().contains(QStringLiteral("introuvable")));
        CHECK(map->problem().contains(QStringLiteral("no.png")));
        // The configured bounds still place the cameras, on a plain background.
        CHECK(map->planPosition(1));
        CHECK(map->placedCount() == 3);
    }
    SECTION("the plan is not a picture")
    {
        QFile bad(f.dir.filePath(QStringLiteral("plan.png")));
        REQUIRE(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write("not a picture");
        bad.close();
        auto map = f.open();
        CHECK_FALSE(map->hasPlanImage());
        CHECK(map->problem().contains(QStringLiteral("ne peut être lu")));
        CHECK(map->placedCount() == 3);
    }
    SECTION("north and south swapped")
    {
        f.settings.setValue(QStringLiteral("map/north"), 48.74);
        f.settings.setValue(QStringLiteral("map/south"), 48.76);
        auto map = f.open();
        CHECK(map->problem().contains(QStringLiteral("inversées")));
        CHECK_FALSE(map->hasPlanImage()); // wrong bounds would put the cameras wrongly on it
        // The cameras' own extent instead: all those with coordinates are shown.
        CHECK(map->placedCount() == 4);
        CHECK(map->planPosition(4));
    }
    SECTION("a bound that is not a number")
    {
        f.settings.setValue(QStringLiteral("map/east"), QStringLiteral("2°32'E"));
        auto map = f.open();
        CHECK(map->problem().contains(QStringLiteral("map/east")));
        CHECK(map->problem().contains(QStringLiteral("degrés")));
        CHECK(map->placedCount() == 4);
    }
    i18n::uninstall(*qApp);
}

TEST_CASE("the demo's plan of Antony holds every camera of the demo's CSV", "[map][demo]")
{
    // vigiectl demo seed points vigie.conf at the plan built into vigie.
    QTemporaryDir data;
    const test::CtlRun seeded = test::runCtl({ QStringLiteral("--data-dir"), data.path(),
                                               QStringLiteral("demo"), QStringLiteral("seed") });
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.code == 0);
    QSettings settings(data.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);

    test::DirectoryFixture directory;
    QFile csv(test::sourcePath(QStringLiteral("resources/demo/cameras-antony.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    auto imported = cameras::CameraFile::read(csv.readAll(), directory.directory);
    REQUIRE(imported.ok());
    REQUIRE(imported.value().cameras.size() >= 290); // the file has a few bad lines
    cameras::CameraStatusBoard board;
    board.setCameras(imported.value().cameras);

    CameraMap map(&board, widgets::MapPlan::fromSettings(settings));
    CHECK(map.problem().isEmpty());
    CHECK(map.hasPlanImage());
    INFO(unplaced(map).join(QLatin1Char('\n')).toStdString());
    CHECK(map.placedCount() == imported.value().cameras.size());
}

namespace {

// A commune's worth of cameras in view at once: a 20 x 20 grid over the fixture's plan, each
// camera looking its own way, so that the map's level of detail changes with the zoom (numbers
// and wide cones only where few cameras are in view).
constexpr int kGridSide = 20;
const QColor kPlanColour(0x20, 0x20, 0x20);

QList<cameras::Camera> cameraGrid()
{
    QList<cameras::Camera> list;
    for (int row = 0; row < kGridSide; ++row) {
        for (int column = 0; column < kGridSide; ++column) {
            const int number = row * kGridSide + column + 1;
            cameras::Camera c = camera(number, QStringLiteral("Caméra %1").arg(number),
                                       48.742 + row * 0.016 / (kGridSide - 1),
                                       2.282 + column * 0.036 / (kGridSide - 1));
            c.bearingDeg = (number * 37) % 360;
            list.append(c);
        }
    }
    return list;
}

// What the operator sees of every camera in view: its dot's colour, a point of its cone (on its
// bearing, `distance` pixels from the dot) and whether its number is written beside it.
struct Seen
{
    QImage image;
    const CameraMap *map = nullptr;
    QList<cameras::Camera> cameras;

    explicit Seen(const CameraMap &shown, const QList<cameras::Camera> &all)
        : image(shown.view()->viewport()->grab().toImage()), map(&shown), cameras(all)
    {
    }

    QPoint centre(int number) const
    {
        return map->view()->mapFromScene(*map->planPosition(number));
    }
    bool inView(int number) const
    {
        return image.rect().adjusted(60, 60, -60, -60).contains(centre(number));
    }
    QColor dot(int number) const { return image.pixelColor(centre(number)); }
    // The pixel whose centre is nearest to the point `distance` pixels out along the bearing
    // (the marker's centre is on a pixel corner).
    QPoint conePoint(const cameras::Camera &c, double distance) const
    {
        const double bearing = qDegreesToRadians(*c.bearingDeg);
        const QPointF at = QPointF(centre(c.number))
            + QPointF(distance * std::sin(bearing), -distance * std::cos(bearing));
        return { int(std::floor(at.x())), int(std::floor(at.y())) };
    }
    // The point lies off the camera's own number and further than `clearance` from every other
    // camera (its dot, cone and number are not there).
    bool clear(const cameras::Camera &c, const QPoint &point, double clearance) const
    {
        const QPoint own = centre(c.number);
        if (QRect(own + QPoint(8, -11), QSize(45, 22)).contains(point))
            return false;
        for (const cameras::Camera &other : cameras) {
            if (other.number == c.number)
                continue;
            const QPoint at = centre(other.number);
            if (QLineF(at, point).length() < clearance
                || QRect(at + QPoint(8, -11), QSize(45, 22)).contains(point))
                return false;
        }
        return true;
    }
    bool numberWritten(int number) const
    {
        const QPoint at = centre(number);
        for (int y = at.y() - 7; y <= at.y() + 7; ++y) {
            for (int x = at.x() + 11; x <= at.x() + 40; ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.red() > 200 && pixel.green() > 200 && pixel.blue() > 200)
                    return true;
            }
        }
        return false;
    }
};

// Closer in, as the operator does it: + six times (x3.8), a district of a few dozen cameras.
void zoomIntoDistrict(CameraMap &map)
{
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(map.view(), Qt::Key_Plus);
}

// A state's cone over the plan: its colour, a third opaque.
QColor coneOverPlan(MapState state)
{
    const QColor c = CameraMap::stateColor(state);
    const auto blend = [](int over, int under) {
        return (over * 90 + under * 165 + 127) / 255;
    };
    return { blend(c.red(), kPlanColour.red()), blend(c.green(), kPlanColour.green()),
             blend(c.blue(), kPlanColour.blue()) };
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3
        && std::abs(a.blue() - b.blue()) <= 3;
}

// Every camera in view shows `expected(number)` in its dot and along its cone, `distance` pixels
// out (0: the dot only); the first one that does not is named.
template <typename Expected> void checkMarkers(const Seen &seen, double distance, Expected expected)
{
    int checked = 0;
    for (const cameras::Camera &c : seen.cameras) {
        if (!seen.inView(c.number))
            continue;
        const MapState state = expected(c.number);
        INFO("camera " << c.number << ", bearing " << *c.bearingDeg << ", expected "
                       << CameraMap::stateLabel(state).toStdString());
        REQUIRE(seen.dot(c.number) == CameraMap::stateColor(state));
        if (distance <= 0) {
            ++checked;
            continue;
        }
        const QPoint point = seen.conePoint(c, distance);
        if (!seen.clear(c, point, 17))
            continue;
        INFO("cone at " << point.x() << "," << point.y() << ": "
                        << seen.image.pixelColor(point).name().toStdString() << " instead of "
                        << coneOverPlan(state).name().toStdString());
        REQUIRE(near(seen.image.pixelColor(point), coneOverPlan(state)));
        ++checked;
    }
    CHECK(checked >= 20);
}

// Every camera in the same state.
auto everyone(MapState state)
{
    return [state](int) {
        return state;
    };
}

// The grid on the fixture's plan, shown whole.
struct GridFixture : PlanFixture
{
    const QList<cameras::Camera> all = cameraGrid();
    std::unique_ptr<CameraMap> map;

    GridFixture()
    {
        board.setCameras(all);
        map = open();
        map->fitAll();
        REQUIRE(map->placedCount() == kGridSide * kGridSide);
    }
};

void reportAll(cameras::CameraStatusBoard &board, const QList<cameras::Camera> &all,
               cameras::StreamState state)
{
    for (const cameras::Camera &c : all)
        board.report(c.number, state, {});
}

} // namespace

TEST_CASE("with hundreds of cameras in view, every marker shows its own state after each change "
          "of all of them at once",
          "[map]")
{
    GridFixture g;
    checkMarkers(Seen(*g.map, g.all), 12, everyone(MapState::Unknown));

    // The district's switch goes down, comes back, goes down again: the pictures drawn for a
    // state are used again, and must be that state's, for each camera's own direction.
    reportAll(g.board, g.all, cameras::StreamState::Live);
    checkMarkers(Seen(*g.map, g.all), 12, everyone(MapState::Live));
    reportAll(g.board, g.all, cameras::StreamState::Lost);
    checkMarkers(Seen(*g.map, g.all), 12, everyone(MapState::Lost));
    reportAll(g.board, g.all, cameras::StreamState::Live);
    checkMarkers(Seen(*g.map, g.all), 12, everyone(MapState::Live));

    // Half of them in alarm, then the alarms closed: each marker on its own.
    QSet<int> alarms;
    for (const cameras::Camera &c : g.all) {
        if (c.number % 2 == 0)
            alarms.insert(c.number);
    }
    g.map->setCamerasInAlarm(alarms);
    const auto halfInAlarm = [](int number) {
        return number % 2 == 0 ? MapState::Alarm : MapState::Live;
    };
    checkMarkers(Seen(*g.map, g.all), 0, halfInAlarm); // an alarm's ring covers its short cone
    zoomIntoDistrict(*g.map);
    checkMarkers(Seen(*g.map, g.all), 26, halfInAlarm);
    g.map->setCamerasInAlarm({});
    checkMarkers(Seen(*g.map, g.all), 26, everyone(MapState::Live));
    g.map->fitAll();
    checkMarkers(Seen(*g.map, g.all), 12, everyone(MapState::Live));
}

TEST_CASE("numbers and long cones appear when few cameras are in view and go when many are, in "
          "each camera's colour",
          "[map]")
{
    GridFixture g;
    reportAll(g.board, g.all, cameras::StreamState::Live);

    for (int round = 0; round < 2; ++round) {
        // The whole commune: 400 cameras in view, no number, short cones.
        g.map->fitAll();
        CHECK_FALSE(g.map->numbersShown());
        Seen wide(*g.map, g.all);
        int noLongCone = 0;
        for (const cameras::Camera &c : g.all) {
            CHECK_FALSE(wide.numberWritten(c.number));
            const QPoint far = wide.conePoint(c, 26); // beyond a short cone, within a long one
            if (wide.inView(c.number) && wide.clear(c, far, 20)) {
                INFO("camera " << c.number);
                CHECK(wide.image.pixelColor(far) == kPlanColour);
                ++noLongCone;
            }
        }
        CHECK(noLongCone >= 20);
        checkMarkers(wide, 12, everyone(round == 0 ? MapState::Live : MapState::Trouble));

        // A district: a few dozen cameras, each with its number and a long cone.
        zoomIntoDistrict(*g.map);
        CHECK(g.map->numbersShown());
        Seen close(*g.map, g.all);
        int numbered = 0;
        for (const cameras::Camera &c : g.all) {
            if (!close.inView(c.number))
                continue;
            INFO("camera " << c.number);
            CHECK(close.numberWritten(c.number));
            ++numbered;
        }
        CHECK(numbered >= 20);
        CHECK(numbered <= 120);
        checkMarkers(close, 26, everyone(round == 0 ? MapState::Live : MapState::Trouble));

        // Every camera reconnecting while the district is shown: the next pass sees it at
        // both levels.
        reportAll(g.board, g.all, cameras::StreamState::Reconnecting);
        checkMarkers(Seen(*g.map, g.all), 26, everyone(MapState::Trouble));
    }
}
