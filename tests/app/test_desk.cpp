// Walls follow the monitors of the desk: plugged in, unplugged, excluded, and restored per
// operator. Monitors come from a fake ScreenSource (the test seam); windows are real.
#include "app/desk.h"
#include "app/main_window.h"
#include "app/screen_source.h"
#include "app/wall_window.h"
#include "core/access/session_settings.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "core/records/snapshot_store.h"
#include "tests/core/records/records_fixture.h"
#include "widgets/incident_panel.h"
#include "widgets/lock_dialog.h"
#include "widgets/settings_dialog.h"
#include "widgets/shift_dialogs.h"
#include "widgets/sync_status_widget.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

#include "tests/support/test_support.h"
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

class FakeScreens : public app::ScreenSource
{
public:
    QList<walls::ScreenInfo> list;
    QList<walls::ScreenInfo> screens() const override { return list; }
    QScreen *qscreen(const QString &) const override { return nullptr; }
    void set(QList<walls::ScreenInfo> screens)
    {
        list = std::move(screens);
        emit screensChanged();
    }
};

walls::ScreenInfo monitor(const char *name, int x, bool primary = false)
{
    return { QLatin1String(name), QRect(x, 0, 1920, 1080), primary };
}

struct DeskFixture
{
    QTemporaryDir dir;
    QSettings settings { dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat };
    cameras::CameraStatusBoard board;
    FakeScreens screens;
    app::Session session;

    DeskFixture()
    {
        session.user.login = QStringLiteral("operateur");
        session.user.displayName = QStringLiteral("Camille Martin");
        session.workstationId = QStringLiteral("CSU-TEST-01");
        session.schedule = access::ShiftSchedule::defaultSchedule();
        screens.list = { monitor("DUMMY0", 0, true), monitor("DUMMY1", 1920) };
    }

    std::unique_ptr<app::Desk> openDesk()
    {
        auto desk = std::make_unique<app::Desk>(session, &screens, &settings, &board,
                                                QList<cameras::CameraGroup> {});
        desk->show();
        return desk;
    }
};

} // namespace

TEST_CASE("two monitors: the main window on the primary, a full-screen wall on the other", "[desk]")
{
    DeskFixture f;
    auto desk = f.openDesk();
    CHECK(desk->plan().mainScreen == QStringLiteral("DUMMY0"));
    REQUIRE(desk->wallWindows().size() == 1);
    app::WallWindow *wall = desk->wallOn(QStringLiteral("DUMMY1"));
    REQUIRE(wall);
    CHECK(wall->isVisible());
    CHECK(wall->geometry() == QRect(1920, 0, 1920, 1080));
    CHECK(wall->windowTitle().contains(QStringLiteral("DUMMY1")));
    CHECK(desk->mainWindow()->isVisible());
}

TEST_CASE("an unplugged monitor's wall closes and comes back with its layout", "[desk]")
{
    DeskFixture f;
    auto desk = f.openDesk();
    desk->wallOn(QStringLiteral("DUMMY1"))
        ->wall()
        ->setWallState({ QStringLiteral("3x3"), { 5, 4 } });

    f.screens.set({ monitor("DUMMY0", 0, true) });
    CHECK(desk->wallWindows().isEmpty());

    f.screens.set({ monitor("DUMMY0", 0, true), monitor("DUMMY1", 1920) });
    app::WallWindow *back = desk->wallOn(QStringLiteral("DUMMY1"));
    REQUIRE(back);
    CHECK(back->wall()->wallState() == walls::WallState { QStringLiteral("3x3"), { 5, 4 } });
}

TEST_CASE("a monitor plugged in gets a wall; one the operator excludes does not", "[desk]")
{
    DeskFixture f;
    auto desk = f.openDesk();
    f.screens.set({ monitor("DUMMY0", 0, true), monitor("DUMMY1", 1920), monitor("HDMI-1", 3840) });
    REQUIRE(desk->wallWindows().size() == 2);
    CHECK(desk->wallOn(QStringLiteral("HDMI-1"))->geometry().x() == 3840);

    desk->setScreensWithoutWall({ QStringLiteral("DUMMY1") });
    REQUIRE(desk->wallWindows().size() == 1);
    CHECK(desk->wallOn(QStringLiteral("HDMI-1")));
}

TEST_CASE("the primary monitor unplugged: the main window moves to the remaining one", "[desk]")
{
    DeskFixture f;
    auto desk = f.openDesk();
    f.screens.set({ monitor("DUMMY1", 1920, true) });
    CHECK(desk->plan().mainScreen == QStringLiteral("DUMMY1"));
    CHECK(desk->wallWindows().isEmpty());
    CHECK(desk->mainWindow()->geometry().intersects(QRect(1920, 0, 1920, 1080)));
}

TEST_CASE("the next login of the same operator restores every wall", "[desk]")
{
    DeskFixture f;
    {
        auto desk = f.openDesk();
        desk->mainWindow()->wall()->setWallState({ QStringLiteral("1+5"), { 1, 2, 3 } });
        desk->wallOn(QStringLiteral("DUMMY1"))
            ->wall()
            ->setWallState({ QStringLiteral("4x4"), { 6 } });
        desk->setScreensWithoutWall({});
        desk->close();
    }
    auto desk = f.openDesk();
    CHECK(desk->mainWindow()->wall()->wallState()
          == walls::WallState { QStringLiteral("1+5"), { 1, 2, 3 } });
    REQUIRE(desk->wallOn(QStringLiteral("DUMMY1")));
    CHECK(desk->wallOn(QStringLiteral("DUMMY1"))->wall()->wallState()
          == walls::WallState { QStringLiteral("4x4"), { 6 } });

    // Another operator at the same desk starts from their own (here default) arrangement.
    desk->close();
    desk.reset();
    f.session.user.login = QStringLiteral("superviseur");
    auto other = f.openDesk();
    CHECK(other->mainWindow()->wall()->wallState().cameras.isEmpty());
}

TEST_CASE("at the first login the walls show the directory's cameras in order", "[desk]")
{
    DeskFixture f;
    QList<cameras::Camera> list;
    for (int n = 1; n <= 12; ++n) {
        cameras::Camera c;
        c.number = n;
        c.name = QStringLiteral("Caméra %1").arg(n);
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        list.append(c);
    }
    f.board.setCameras(list);
    auto desk = f.openDesk();
    CHECK(desk->mainWindow()->wall()->wallState()
          == walls::WallState { QStringLiteral("2x2"), { 1, 2, 3, 4 } });
    CHECK(desk->wallOn(QStringLiteral("DUMMY1"))->wall()->wallState()
          == walls::WallState { QStringLiteral("3x3"), { 5, 6, 7, 8, 9, 10, 11, 12, 1 } });
}

TEST_CASE("an idle desk locks itself and opens again for its operator; never unrecorded",
          "[desk][lock]")
{
    test::RecordsFixture records;
    DeskFixture f;
    f.session.user = records.operatorUser;
    cameras::CameraDirectory directory(*records.db);
    records::SnapshotStore snapshots(records.dir.path(), records.journal);
    app::Services services { *records.db,    records.journal, records.auth,
                             records.policy, records.shifts,  records.incidents,
                             snapshots,      directory,       f.settings };
    app::Desk desk(f.session, &f.screens, &f.settings, &f.board, {}, &services);
    desk.show();
    desk.setIdleLockAfter(150);
    REQUIRE(test::waitUntil([&] { return desk.isLocked(); }, 10000));
    widgets::LockDialog *dialog = desk.lockDialog();
    REQUIRE(dialog);
    QTest::keyClicks(dialog->passwordField(), QStringLiteral("faux-mot-de-passe"));
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    CHECK(desk.isLocked());
    CHECK_FALSE(dialog->errorText().isEmpty());
    desk.setIdleLockAfter(0); // no new lock while the test types
    QTest::keyClicks(dialog->passwordField(), QStringLiteral("mot-de-passe-1"));
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    CHECK_FALSE(desk.isLocked());
    QStringList actions;
    for (const auto &event : records.journal.events(QStringLiteral("CSU-A"), 0, 1000))
        actions.append(event.action);
    CHECK(actions.contains(QStringLiteral("session.lock")));
    CHECK(actions.contains(QStringLiteral("session.unlock")));

    // A lock the journal cannot record is refused, and the desk says why.
    QSqlQuery broken(records.db->connection());
    REQUIRE(broken.exec(QStringLiteral("CREATE TRIGGER journal_broken BEFORE INSERT ON journal"
                                       " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const int logged = desk.mainWindow()->eventList()->count();
    desk.lock(QStringLiteral("idle"));
    CHECK_FALSE(desk.isLocked());
    REQUIRE(desk.mainWindow()->eventList()->count() > logged);
    // The newest event is on top.
    CHECK(desk.mainWindow()->eventList()->item(0)->text().contains(QStringLiteral("journal")));
    desk.close();
}

TEST_CASE("tiles show nothing of a camera the operator may not view, and say why",
          "[desk][habilitation]")
{
    test::RecordsFixture records;
    DeskFixture f;
    QList<cameras::Camera> list;
    for (const auto &[number, insee] : { std::pair { 1, "92002" }, std::pair { 2, "92071" } }) {
        cameras::Camera c;
        c.number = number;
        c.name = QStringLiteral("Caméra %1").arg(number);
        c.inseeCode = QLatin1String(insee);
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        list.append(c);
    }
    f.board.setCameras(list);
    cameras::CameraDirectory directory(*records.db);
    records::SnapshotStore snapshots(records.dir.path(), records.journal);
    app::Services services { *records.db,    records.journal, records.auth,
                             records.policy, records.shifts,  records.incidents,
                             snapshots,      directory,       f.settings };

    f.session.user = records.operatorUser; // habilitated for 92002 only
    {
        app::Desk desk(f.session, &f.screens, &f.settings, &f.board, {}, &services);
        desk.show();
        desk.mainWindow()->wall()->setWallState({ QStringLiteral("2x2"), { 1, 2 } });
        CHECK(desk.mainWindow()->wall()->tile(0)->blockedReason().isEmpty());
        CHECK(
            desk.mainWindow()->wall()->tile(1)->blockedReason().contains(QStringLiteral("92071")));
        desk.close();
    }
    f.session.user = records.unhabilitated;
    app::Desk desk(f.session, &f.screens, &f.settings, &f.board, {}, &services);
    desk.show();
    desk.mainWindow()->wall()->setWallState({ QStringLiteral("2x2"), { 1, 2 } });
    CHECK(desk.mainWindow()->wall()->tile(0)->blockedReason().contains(QStringLiteral("L252-2")));
    const auto events = records.journal.events(QStringLiteral("CSU-A"), 0, 1000);
    CHECK(std::any_of(events.cbegin(), events.cend(), [](const journal::Event &e) {
        return e.action == QStringLiteral("access.refused")
            && e.user == QStringLiteral("stagiaire");
    }));
    desk.close();
}

TEST_CASE("the status bar says whether the central link is up, and follows it", "[desk][sync]")
{
    DeskFixture f;
    auto desk = f.openDesk();
    widgets::SyncStatusWidget *status = desk->mainWindow()->syncStatus();
    REQUIRE(status);
    CHECK(status->isVisibleTo(desk->mainWindow()));
    CHECK(status->text().contains(QStringLiteral("not configured")));
    sync::SyncStatus offline;
    offline.state = sync::SyncStatus::State::Offline;
    offline.waiting = 3;
    desk->mainWindow()->setSyncStatus(offline);
    CHECK(status->text().contains(QStringLiteral("offline")));
    CHECK(status->text().contains(QStringLiteral("3")));
}

namespace {

// The register's services of a desk under test, over a RecordsFixture's register.
struct DeskServices
{
    cameras::CameraDirectory directory;
    records::SnapshotStore snapshots;
    app::Services services;

    DeskServices(test::RecordsFixture &records, QSettings &settings)
        : directory(*records.db), snapshots(records.dir.path(), records.journal), services {
              *records.db,       records.journal, records.auth, records.policy, records.shifts,
              records.incidents, snapshots,       directory,    settings
          }
    {
    }
};

// Runs `act` on the modal dialog the desk is about to open, once it is up (polled, so that the
// dialog's own event loop is running).
void whenModal(const std::function<void(QWidget *)> &act)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, [poll, act, tries = 0]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            act(modal);
        } else if (++tries > 1000) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start(10);
}

} // namespace

TEST_CASE("opening the shift keeps the incidents of its hours in the pane; a signed shift is not "
          "opened again",
          "[desk][shift]")
{
    test::RecordsFixture records;
    DeskFixture f;
    f.session.user = records.chef;
    DeskServices deskServices(records, f.settings);
    app::Services &services = deskServices.services;
    // Recorded during the night shift's hours, before its chef opened it.
    REQUIRE(records.incidents
                .create(records.operatorUser,
                        records.routineDraft(QStringLiteral("Rixe devant le lycée")))
                .ok());
    app::Desk desk(f.session, &f.screens, &f.settings, &f.board, {}, &services);
    desk.show();
    widgets::IncidentPanel *panel = desk.mainWindow()->incidentPanel();
    REQUIRE(panel);

    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<widgets::OpenShiftDialog *>(modal);
        CHECK(dialog);
        if (dialog)
            dialog->openButton()->click();
    });
    emit desk.mainWindow()->shiftActionRequested(QStringLiteral("open"));
    const auto shift = records.shifts.current();
    REQUIRE(shift);
    REQUIRE(panel->count() == 1);
    CHECK(panel->list()->item(0)->text().contains(QStringLiteral("Rixe devant le lycée")));
    REQUIRE(records.incidents.create(records.operatorUser, records.routineDraft()).ok());
    panel->refresh();
    CHECK(panel->count() == 2);

    // Handed over, taken over and signed: Ctrl+Shift+O again is refused, with core's reason.
    REQUIRE(records.shifts
                .handOver(records.chef, shift->id,
                          { QStringLiteral("RAS"), QString(), QString(), QString() })
                .ok());
    REQUIRE(records.shifts.acknowledge(records.nextChef, shift->id).ok());
    REQUIRE(records.shifts.sign(records.nextChef, shift->id, QStringLiteral("Vu.")).ok());
    QString refusal;
    bool stayedOpen = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<widgets::OpenShiftDialog *>(modal);
        CHECK(dialog);
        if (!dialog)
            return;
        dialog->openButton()->click();
        refusal = dialog->errorText();
        stayedOpen = dialog->isVisible();
        dialog->reject();
    });
    emit desk.mainWindow()->shiftActionRequested(QStringLiteral("open"));
    CHECK(stayedOpen);
    CHECK(refusal.contains(shift->label));
    CHECK(refusal.contains(QStringLiteral("addendum")));
    CHECK_FALSE(records.shifts.current());
    CHECK(records.shifts.shifts(shift->startsAt, shift->endsAt).size() == 1);
    desk.close();
}

TEST_CASE("the idle-lock delay is changed in the settings by an administrator only; vigie.conf's "
          "0 does not disable it",
          "[desk][lock][settings]")
{
    test::RecordsFixture records;
    DeskFixture f;
    const QString key = QStringLiteral("session/idle_lock_minutes");
    f.settings.setValue(key, 0); // "never", as the old settings allowed
    DeskServices deskServices(records, f.settings);
    app::Services &services = deskServices.services;
    auto settingsDialog = [](QWidget *modal) {
        auto *dialog = qobject_cast<widgets::SettingsDialog *>(modal);
        CHECK(dialog);
        return dialog;
    };

    f.session.user = records.chef;
    {
        app::Desk desk(f.session, &f.screens, &f.settings, &f.board, {}, &services);
        desk.show();
        bool editable = true;
        int shown = 0;
        whenModal([&](QWidget *modal) {
            if (auto *dialog = settingsDialog(modal)) {
                editable = dialog->idleLockField()->isEnabled();
                shown = dialog->idleLockField()->value();
                dialog->reject();
            }
        });
        emit desk.mainWindow()->settingsRequested();
        CHECK_FALSE(editable);
        CHECK(shown == access::kIdleLockDefault_min); // 0 read as the default, not "never"
        // Core refuses even when the widget is bypassed.
        CHECK_FALSE(desk.changeIdleLock(5).ok());
        CHECK(f.settings.value(key).toInt() == 0);
        desk.close();
    }

    f.session.user = records.admin;
    app::Desk desk(f.session, &f.screens, &f.settings, &f.board, {}, &services);
    desk.show();
    bool editable = false;
    int minimum = 0;
    int maximum = 0;
    whenModal([&](QWidget *modal) {
        if (auto *dialog = settingsDialog(modal)) {
            editable = dialog->idleLockField()->isEnabled();
            minimum = dialog->idleLockField()->minimum();
            maximum = dialog->idleLockField()->maximum();
            dialog->idleLockField()->setValue(5);
            dialog->accept();
        }
    });
    emit desk.mainWindow()->settingsRequested();
    CHECK(editable);
    CHECK(minimum == 1);
    CHECK(maximum == 60);
    CHECK(access::SessionSettings::idleLock(f.settings).minutes == 5);
    const auto events = records.journal.events(QStringLiteral("CSU-A"), 0, 1000);
    CHECK(std::any_of(events.cbegin(), events.cend(), [](const journal::Event &e) {
        return e.action == QStringLiteral("settings.idle_lock")
            && e.user == QStringLiteral("admin");
    }));
    desk.close();
}
