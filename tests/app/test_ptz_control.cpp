// PTZ from the desk: keys and Ctrl+drag on an offscreen tile reach the simulated camera's head,
// preset moves are journaled, and a tile says who else steers its camera.
#include "app/ptz_control.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "core/cameras/ptz_steering.h"
#include "tests/core/records/records_fixture.h"
#include "tests/support/onvif_simulator.h"
#include "tests/support/test_support.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

// In the language installed now (a test before may have left French).
QString ptzText(const char *source)
{
    return QCoreApplication::translate("vigie::app::PtzControl", source);
}

struct PtzDesk
{
    test::RecordsFixture f;
    test::OnvifSimulator simulator;
    cameras::CameraDirectory directory { *f.db, f.journal };
    QObject owner;
    cameras::CameraStatusBoard *board = new cameras::CameraStatusBoard(&owner);
    widgets::WallView wall { board };
    std::unique_ptr<app::PtzControl> control;
    QStringList messages;

    PtzDesk()
    {
        cameras::Camera dome;
        dome.number = 12;
        dome.name = QStringLiteral("Parvis de la gare");
        dome.inseeCode = QStringLiteral("92002");
        dome.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/dome"));
        dome.ptz = true;
        dome.onvifUrl = simulator.deviceUrl();
        REQUIRE(directory.addCamera(f.admin, dome).ok());
        board->setCameras(directory.cameras());
        control = std::make_unique<app::PtzControl>(*f.db, f.journal, f.policy, directory,
                                                    f.operatorUser, f.clock);
        control->setCredentialsSource([this](int) {
            return Result<cameras::StreamCredentials>(
                cameras::StreamCredentials { simulator.user, simulator.password });
        });
        QObject::connect(control.get(), &app::PtzControl::message,
                         [this](const QString &text) { messages.append(text); });
        control->attach(&wall);
        wall.resize(800, 600);
        wall.setWallState({ QStringLiteral("2x2"), { 12, 0, 0, 0 } });
        wall.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wall));
        wall.activateWindow();
        wall.tile(0)->setFocus();
        REQUIRE(wall.focusedTile() == 0);
    }
};

} // namespace

TEST_CASE("Ctrl+arrow held on a PTZ tile turns the camera; released, it stops", "[ptz][gui]")
{
    PtzDesk desk;
    QTest::keyPress(desk.wall.tile(0), Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return desk.simulator.ptzMoving(); }));
    CHECK(desk.simulator.ptzVelocity().pan > 0);
    CHECK(desk.simulator.ptzVelocity().tilt == Approx(0));
    // The key's auto-repeat sends nothing more.
    QTest::keyPress(desk.wall.tile(0), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyRelease(desk.wall.tile(0), Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return !desk.simulator.ptzMoving(); }));
    // Ctrl+Right moved no focus: the tile still has it.
    CHECK(desk.wall.focusedTile() == 0);
    // Ctrl let go before the arrow: the head stops all the same.
    QTest::keyPress(desk.wall.tile(0), Qt::Key_Down, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return desk.simulator.ptzMoving(); }));
    CHECK(desk.simulator.ptzVelocity().tilt < 0);
    QTest::keyRelease(desk.wall.tile(0), Qt::Key_Control, Qt::NoModifier);
    REQUIRE(test::waitUntil([&] { return !desk.simulator.ptzMoving(); }));
    QTest::keyRelease(desk.wall.tile(0), Qt::Key_Down, Qt::NoModifier);
    // The operator steers it now, as every desk is told.
    cameras::PtzSteering steering(*desk.f.db, desk.f.journal, desk.f.policy, desk.f.clock);
    REQUIRE(steering.lease(12).has_value());
    CHECK(steering.lease(12)->holder == desk.f.operatorUser.login);
}

TEST_CASE("Ctrl+drag on a PTZ tile steers towards the drag, and stops on release", "[ptz][gui]")
{
    PtzDesk desk;
    widgets::TileWidget *tile = desk.wall.tile(0);
    const QPoint centre = tile->rect().center();
    QTest::mousePress(tile, Qt::LeftButton, Qt::ControlModifier, centre);
    QMouseEvent move(QEvent::MouseMove, QPointF(centre + QPoint(-tile->width() / 4, 0)),
                     tile->mapToGlobal(QPointF(centre + QPoint(-tile->width() / 4, 0))),
                     Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
    QApplication::sendEvent(tile, &move);
    REQUIRE(test::waitUntil([&] { return desk.simulator.ptzMoving(); }));
    CHECK(desk.simulator.ptzVelocity().pan == Approx(-0.5));
    QTest::mouseRelease(tile, Qt::LeftButton, Qt::ControlModifier,
                        centre + QPoint(-tile->width() / 4, 0));
    REQUIRE(test::waitUntil([&] { return !desk.simulator.ptzMoving(); }));
}

TEST_CASE("preset N is gone to from the keyboard and journaled", "[ptz][gui]")
{
    PtzDesk desk;
    desk.simulator.setPtzPosition({ 0.4, -0.2, 0.3 });
    // The chef de salle's preset 3, already on the camera.
    cameras::PtzSteering steering(*desk.f.db, desk.f.journal, desk.f.policy, desk.f.clock);
    QTest::keyClick(desk.wall.tile(0), Qt::Key_3);
    QTest::keyClick(desk.wall.tile(0), Qt::Key_Asterisk, Qt::ControlModifier);
    // An operator may not save one.
    REQUIRE(test::waitUntil([&] { return !desk.messages.isEmpty(); }));
    CHECK(desk.simulator.ptzPresets().isEmpty());
    desk.simulator.setPtzPosition({ 0, 0, 0 });

    QTest::keyClick(desk.wall.tile(0), Qt::Key_3);
    QTest::keyClick(desk.wall.tile(0), Qt::Key_Asterisk);
    // Preset 3 does not exist on the device: its answer is told in plain words.
    REQUIRE(test::waitUntil([&] {
        return desk.messages.size() >= 2
            && desk.messages.last().contains(QLatin1String("preset token does not exist"));
    }));
    bool journaled = false;
    for (const auto &event : desk.f.journal.events(desk.f.journal.workstation(), 0, 100000))
        journaled = journaled
            || (event.action == QLatin1String("ptz.preset")
                && event.payload.value(QStringLiteral("preset")).toInt() == 3
                && event.user == desk.f.operatorUser.login);
    CHECK(journaled);
}

TEST_CASE("a tile says who else steers its camera, and refuses this operator", "[ptz][gui]")
{
    PtzDesk desk;
    cameras::PtzSteering steering(*desk.f.db, desk.f.journal, desk.f.policy, desk.f.clock);
    REQUIRE(steering.steer(desk.f.chef, 12).ok());
    desk.control->refresh();
    const QString label = ptzText("PTZ: %1").arg(QStringLiteral("Karim Benali"));
    CHECK(desk.wall.tile(0)->ptzLabel() == label);
    CHECK(desk.wall.tile(0)->caption().endsWith(QStringLiteral(" — ") + label));
    // For a person to look at: build/.../ptz-tile.png.
    CHECK(desk.wall.grab().save(
        QDir(QStringLiteral(VIGIE_BINARY_DIR)).filePath(QStringLiteral("ptz-tile.png"))));
    QTest::keyPress(desk.wall.tile(0), Qt::Key_Left, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return !desk.messages.isEmpty(); }));
    CHECK(desk.messages.last().contains(QLatin1String("Karim Benali")));
    QTest::keyRelease(desk.wall.tile(0), Qt::Key_Left, Qt::ControlModifier);
    CHECK(desk.simulator.ptzCommands() <= 1); // at most the stop, never a move
    CHECK_FALSE(desk.simulator.ptzMoving());
}

TEST_CASE("the chef de salle takes a camera over with F12; the operator is told", "[ptz][gui]")
{
    PtzDesk desk;
    QTest::keyPress(desk.wall.tile(0), Qt::Key_Up, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return desk.simulator.ptzMoving(); }));
    QTest::keyRelease(desk.wall.tile(0), Qt::Key_Up, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return !desk.simulator.ptzMoving(); }));

    // The chef de salle's wall on the same register.
    widgets::WallView chefWall(desk.board);
    app::PtzControl chef(*desk.f.db, desk.f.journal, desk.f.policy, desk.directory, desk.f.chef,
                         desk.f.clock);
    chef.setCredentialsSource([&](int) {
        return Result<cameras::StreamCredentials>(
            cameras::StreamCredentials { desk.simulator.user, desk.simulator.password });
    });
    QStringList chefMessages;
    QObject::connect(&chef, &app::PtzControl::message,
                     [&](const QString &text) { chefMessages.append(text); });
    chef.attach(&chefWall);
    chefWall.resize(800, 600);
    chefWall.setWallState({ QStringLiteral("2x2"), { 12, 0, 0, 0 } });
    chefWall.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chefWall));
    chefWall.activateWindow();
    chefWall.tile(0)->setFocus();
    REQUIRE(chefWall.focusedTile() == 0);
    chef.refresh();
    CHECK(chefWall.tile(0)->ptzLabel() == ptzText("PTZ: %1").arg(QStringLiteral("Camille Martin")));
    QTest::keyClick(chefWall.tile(0), Qt::Key_F12);
    REQUIRE_FALSE(chefMessages.isEmpty());
    CHECK(chefMessages.last() == ptzText("You now steer camera %1.").arg(QStringLiteral("012")));
    CHECK(chefWall.tile(0)->ptzLabel().isEmpty());

    desk.control->refresh();
    CHECK(desk.wall.tile(0)->ptzLabel() == ptzText("PTZ: %1").arg(QStringLiteral("Karim Benali")));
    REQUIRE_FALSE(desk.messages.isEmpty());
    CHECK(desk.messages.last()
          == ptzText("%1 took camera %2 over: you no longer steer it.")
                 .arg(QStringLiteral("Karim Benali"), QStringLiteral("012")));

    // An operator's F12 is refused by core.
    desk.wall.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&desk.wall));
    desk.wall.tile(0)->setFocus();
    REQUIRE(desk.wall.focusedTile() == 0);
    QTest::keyClick(desk.wall.tile(0), Qt::Key_F12);
    CHECK(desk.messages.last().contains(access::permissionLabel(access::Permission::TakeOverPtz)));
}
