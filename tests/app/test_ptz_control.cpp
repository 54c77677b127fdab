// PTZ from the desk: keys and Ctrl+drag on an offscreen tile reach the simulated camera's head,
// preset moves are journaled, and a tile says who else steers its camera. The presets dialog
// (Shift+F12) names, renames and removes presets on the simulated camera for the chef de salle,
// and only lists them and goes to one for an operator.
#include "app/ptz_control.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "core/cameras/ptz_steering.h"
#include "tests/core/records/records_fixture.h"
#include "tests/support/onvif_simulator.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"
#include "widgets/ptz_presets_dialog.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

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

    // `chef`: the desk of the chef de salle rather than of an operator.
    explicit PtzDesk(bool chef = false)
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
                                                    chef ? f.chef : f.operatorUser, f.clock);
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

    // Shift+F12 on the dome's tile: its presets dialog, once the camera has listed them.
    widgets::PtzPresetsDialog *openPresets()
    {
        QTest::keyClick(wall.tile(0), Qt::Key_F12, Qt::ShiftModifier);
        auto *dialog = wall.findChild<widgets::PtzPresetsDialog *>();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        REQUIRE(test::waitUntil([&] {
            return !dialog->status().startsWith(
                ptzText("Reading the presets of camera %1…").arg(QStringLiteral("012")));
        }));
        return dialog;
    }

    bool journaled(const char *action, const QString &user)
    {
        for (const auto &event : f.journal.events(f.journal.workstation(), 0, 100000)) {
            if (event.action == QLatin1String(action) && event.user == user)
                return true;
        }
        return false;
    }
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

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

TEST_CASE("the chef de salle names, renames and removes presets from the presets dialog",
          "[ptz][gui]")
{
    PtzDesk desk(true);
    widgets::PtzPresetsDialog *dialog = desk.openPresets();
    CHECK(dialog->status() == ptzText("Camera %1 has no preset yet.").arg(QStringLiteral("012")));
    auto *list = child<QTreeWidget>(dialog, "presets");
    CHECK(list->topLevelItemCount() == 0);

    // The head where the chef wants it, then saved as preset 4 under a name.
    desk.simulator.setPtzPosition({ 0.4, -0.2, 0.3 });
    child<QSpinBox>(dialog, "number")->setValue(4);
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Entrée mairie"));
    child<QPushButton>(dialog, "save")->click();
    REQUIRE(test::waitUntil([&] { return list->topLevelItemCount() == 1; }));
    REQUIRE(desk.simulator.ptzPresets().contains(QStringLiteral("4")));
    CHECK(desk.simulator.ptzPresets().value(QStringLiteral("4")).first
          == QStringLiteral("Entrée mairie"));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Entrée mairie"));
    CHECK(desk.journaled("ptz.preset_saved", desk.f.chef.login));

    // Renamed: the head goes to the preset first, so that its position stays where it was.
    desk.simulator.setPtzPosition({ -0.7, 0.5, 0 });
    list->setCurrentItem(list->topLevelItem(0));
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Entrée de la mairie"));
    child<QPushButton>(dialog, "rename")->click();
    REQUIRE(test::waitUntil([&] {
        return list->topLevelItemCount() == 1
            && list->topLevelItem(0)->text(1) == QStringLiteral("Entrée de la mairie");
    }));
    const auto renamed = desk.simulator.ptzPresets().value(QStringLiteral("4"));
    CHECK(renamed.first == QStringLiteral("Entrée de la mairie"));
    CHECK(renamed.second.pan == Approx(0.4));
    CHECK(renamed.second.tilt == Approx(-0.2));
    CHECK(dialog->status()
          == ptzText("Preset %1 renamed \"%2\".")
                 .arg(QStringLiteral("4"), QStringLiteral("Entrée de la mairie")));
    // For a person to look at: build/.../ptz-presets.png.
    CHECK(dialog->grab().save(
        QDir(QStringLiteral(VIGIE_BINARY_DIR)).filePath(QStringLiteral("ptz-presets.png"))));

    // Removed: the first press only asks.
    auto *remove = child<QPushButton>(dialog, "remove");
    remove->click();
    CHECK(desk.simulator.ptzPresets().contains(QStringLiteral("4")));
    remove->click();
    REQUIRE(test::waitUntil([&] { return list->topLevelItemCount() == 0; }));
    CHECK(desk.simulator.ptzPresets().isEmpty());
    CHECK(desk.journaled("ptz.preset_removed", desk.f.chef.login));
    dialog->close();
}

TEST_CASE("an operator lists the presets and goes to one, but cannot change them", "[ptz][gui]")
{
    PtzDesk desk;
    desk.simulator.addPtzPreset(QStringLiteral("3"), QStringLiteral("Parvis"), { 0.25, -0.1, 0.4 });
    widgets::PtzPresetsDialog *dialog = desk.openPresets();
    auto *list = child<QTreeWidget>(dialog, "presets");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("3"));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Parvis"));
    CHECK_FALSE(child<QPushButton>(dialog, "save")->isVisible());
    CHECK_FALSE(child<QPushButton>(dialog, "rename")->isVisible());
    CHECK_FALSE(child<QPushButton>(dialog, "remove")->isVisible());
    CHECK(dialog->grab().save(QDir(QStringLiteral(VIGIE_BINARY_DIR))
                                  .filePath(QStringLiteral("ptz-presets-operator.png"))));

    child<QPushButton>(dialog, "goto")->click();
    REQUIRE(test::waitUntil([&] { return child<QPushButton>(dialog, "goto")->isEnabled(); }));
    CHECK(desk.simulator.ptzPosition().pan == Approx(0.25));
    CHECK(
        dialog->status()
        == ptzText("Camera %1 goes to preset %2.").arg(QStringLiteral("012"), QStringLiteral("3")));
    CHECK(desk.journaled("ptz.preset", desk.f.operatorUser.login));

    // A dialog that offered it all the same meets core's refusal: nothing reaches the camera.
    const int commands = desk.simulator.ptzCommands();
    emit dialog->saveRequested(QStringLiteral("3"), QStringLiteral("Pirate"));
    emit dialog->removeRequested(QStringLiteral("3"));
    CHECK(dialog->status().contains(access::permissionLabel(access::Permission::SavePtzPresets)));
    // Then a move it may make: the camera obeys it alone (requests go out in order).
    desk.simulator.setPtzPosition({ 0, 0, 0 });
    child<QPushButton>(dialog, "goto")->click();
    REQUIRE(test::waitUntil([&] { return desk.simulator.ptzPosition().pan == Approx(0.25); }));
    CHECK(desk.simulator.ptzCommands() == commands + 1);
    CHECK(desk.simulator.ptzPresets().value(QStringLiteral("3")).first == QStringLiteral("Parvis"));
    CHECK_FALSE(desk.journaled("ptz.preset_saved", desk.f.operatorUser.login));
    dialog->close();
}

TEST_CASE("the presets dialog says in French when the camera cannot be reached", "[ptz][gui]")
{
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QLatin1String("fr"));
    PtzDesk desk(true);
    // The camera's device service is gone: its port closed.
    const quint16 port = desk.simulator.httpPort();
    desk.simulator.faults.insert(QStringLiteral("GetPresets"),
                                 QStringLiteral("Le service PTZ est indisponible"));
    widgets::PtzPresetsDialog *dialog = desk.openPresets();
    CHECK(dialog->status().startsWith(QStringLiteral("Caméra 012 : ")));
    CHECK(dialog->status().contains(QStringLiteral("Le service PTZ est indisponible")));
    const QPointer<widgets::PtzPresetsDialog> closed = dialog;
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(closed.isNull()); // gone with its window

    cameras::Camera gone = *desk.directory.byNumber(12);
    gone.number = 13;
    gone.name = QStringLiteral("Rue de l'Abbaye");
    gone.onvifUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(port + 1));
    REQUIRE(desk.directory.addCamera(desk.f.admin, gone).ok());
    desk.board->setCameras(desk.directory.cameras());
    desk.wall.setWallState({ QStringLiteral("2x2"), { 13, 0, 0, 0 } });
    desk.wall.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&desk.wall));
    desk.wall.tile(0)->setFocus();
    REQUIRE(desk.wall.focusedTile() == 0);
    INFO(desk.messages.join(QLatin1Char('\n')).toStdString());
    QTest::keyClick(desk.wall.tile(0), Qt::Key_F12, Qt::ShiftModifier);
    auto *unreachable = desk.wall.findChild<widgets::PtzPresetsDialog *>();
    REQUIRE(unreachable);
    REQUIRE(test::waitUntil(
        [&] { return unreachable->status().startsWith(QStringLiteral("Caméra 013 : ")); }));
    CHECK(unreachable->status().contains(QStringLiteral("est injoignable")));
    CHECK(unreachable->grab().save(QDir(QStringLiteral(VIGIE_BINARY_DIR))
                                       .filePath(QStringLiteral("ptz-presets-unreachable.png"))));
    unreachable->close();
    i18n::install(*qApp, QStringLiteral("en"));
}

TEST_CASE("a desk whose lease another desk granted first is told, and its steering refused",
          "[ptz][gui]")
{
    PtzDesk desk;
    // Another desk granted camera 12 to Léa Roux two seconds earlier; neither had heard of the
    // other's grant.
    test::RecordsFixture other(desk.f.now.addSecs(-2));
    journal::Journal otherJournal(*other.db, QStringLiteral("CSU-B"), other.clock);
    cameras::PtzSteering otherSteering(*other.db, otherJournal, other.policy, other.clock);
    REQUIRE(otherSteering.steer(other.nextChef, 12).ok());

    QTest::keyPress(desk.wall.tile(0), Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return desk.simulator.ptzMoving(); }));
    QTest::keyRelease(desk.wall.tile(0), Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return !desk.simulator.ptzMoving(); }));

    // The other desk's grant arrives through the sync.
    for (const auto &event : otherJournal.events(QStringLiteral("CSU-B"), 0, 100000))
        REQUIRE(cameras::PtzSteering::project(*desk.f.db, event).ok());
    desk.messages.clear();
    desk.control->refresh();
    CHECK(desk.wall.tile(0)->ptzLabel() == ptzText("PTZ: %1").arg(QStringLiteral("Léa Roux")));
    REQUIRE(desk.messages.size() == 1);
    CHECK(desk.messages.last()
          == ptzText("%1 steers camera %2 (desk %3 took it first): you no longer steer it.")
                 .arg(QStringLiteral("Léa Roux"), QStringLiteral("012"), QStringLiteral("CSU-B")));
    const int commands = desk.simulator.ptzCommands();
    QTest::keyPress(desk.wall.tile(0), Qt::Key_Left, Qt::ControlModifier);
    QTest::keyRelease(desk.wall.tile(0), Qt::Key_Left, Qt::ControlModifier);
    CHECK(desk.simulator.ptzCommands() <= commands + 1); // at most the stop, never a move
    CHECK_FALSE(desk.simulator.ptzMoving());
}
