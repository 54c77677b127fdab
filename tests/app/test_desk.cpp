// Walls follow the monitors of the desk: plugged in, unplugged, excluded, and restored per
// operator. Monitors come from a fake ScreenSource (the test seam); windows are real.
#include "app/bailleur_desk.h"
#include "app/desk.h"
#include "app/main_window.h"
#include "app/map_window.h"
#include "app/screen_source.h"
#include "app/selection_desk.h"
#include "app/wall_window.h"
#include "core/access/session_settings.h"
#include "core/access/viewing_session.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_selections.h"
#include "core/cameras/camera_status_board.h"
#include "core/journal/journal.h"
#include "core/records/incident_typology.h"
#include "core/records/snapshot_store.h"
#include "core/video/stream_registry.h"
#include "core/walls/tour.h"
#include "tests/app/desk_test_support.h"
#include "tests/core/records/bailleur_fixture.h"
#include "tests/core/records/records_fixture.h"
#include "translations/translator.h"
#include "widgets/camera_chooser.h"
#include "widgets/camera_map.h"
#include "widgets/camera_tree.h"
#include "widgets/incident_dialog.h"
#include "widgets/incident_panel.h"
#include "widgets/lock_dialog.h"
#include "widgets/settings_dialog.h"
#include "widgets/shift_dialogs.h"
#include "widgets/sync_status_widget.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QApplication>
#include <QDirIterator>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"
#include "widgets/live_video.h"
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace vigie;
using test::FakeScreens;
using test::focusTile;
using test::monitor;
using test::pressEscape;
using test::whenDialogOpens;

namespace {

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

// Cameras 1..count, "Caméra N", on an address that answers nothing.
QList<cameras::Camera> numberedCameras(int count)
{
    QList<cameras::Camera> list;
    for (int n = 1; n <= count; ++n) {
        cameras::Camera c;
        c.number = n;
        c.name = QStringLiteral("Caméra %1").arg(n);
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        list.append(c);
    }
    return list;
}

// The real register's services for a desk under test (`start`: the register's clock then).
struct RegisterServices
{
    test::RecordsFixture records;
    DeskFixture f;
    cameras::CameraDirectory directory { *records.db, records.journal };
    records::SnapshotStore snapshots { records.dir.path(), *records.db, records.journal };
    app::Services services { *records.db,    records.journal, records.auth,
                             records.policy, records.shifts,  records.incidents,
                             snapshots,      directory,       f.settings };

    explicit RegisterServices(const QDateTime &start = QDateTime()) : records(start) { }
};

// A desk with the real register behind it, and camera 7 in its directory and on its board.
struct DeskWithRegister : RegisterServices
{
    std::unique_ptr<app::Desk> desk;

    DeskWithRegister()
    {
        cameras::Camera camera;
        camera.number = 7;
        camera.name = QStringLiteral("Parvis de la gare");
        camera.place = QStringLiteral("Parvis de la gare RER, Antony");
        camera.inseeCode = QStringLiteral("92002");
        camera.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        REQUIRE(directory.addCamera(records.admin, camera).ok());
        f.board.setCameras(directory.cameras());
        f.session.user = records.operatorUser;
        desk = std::make_unique<app::Desk>(f.session, &f.screens, &f.settings, &f.board,
                                           QList<cameras::CameraGroup> {}, &services);
        desk->show();
    }
    ~DeskWithRegister() { desk->close(); }

    widgets::WallView *secondWall() const { return desk->wallOn(QStringLiteral("DUMMY1"))->wall(); }
    QStringList actions() const
    {
        QStringList list;
        for (const auto &event : records.journal.events(QStringLiteral("CSU-A"), 0, 10000))
            list.append(event.action);
        return list;
    }
    int snapshotFiles() const
    {
        int count = 0;
        QDirIterator it(records.dir.filePath(QStringLiteral("snapshots")), QDir::Files,
                        QDirIterator::Subdirectories);
        for (; it.hasNext(); it.next())
            ++count;
        return count;
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
    f.board.setCameras(numberedCameras(12));
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
    cameras::CameraDirectory directory(*records.db, records.journal);
    records::SnapshotStore snapshots(records.dir.path(), *records.db, records.journal);
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
    cameras::CameraDirectory directory(*records.db, records.journal);
    for (const cameras::Camera &c : std::as_const(list))
        REQUIRE(directory.addCamera(records.admin, c).ok());
    f.board.setCameras(directory.cameras());
    records::SnapshotStore snapshots(records.dir.path(), *records.db, records.journal);
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

namespace {

// A register, a directory of cameras (number, INSEE code) and a desk for the fixture's operator.
struct ViewingDesk : RegisterServices
{
    using RegisterServices::RegisterServices;

    void addCamera(int number, const QString &insee, const QString &main = QString(),
                   const QString &sub = QString())
    {
        cameras::Camera c;
        c.number = number;
        c.name = QStringLiteral("Caméra %1").arg(number);
        c.inseeCode = insee;
        c.mainUrl = QUrl(main.isEmpty() ? QStringLiteral("rtsp://127.0.0.1:1/x") : main);
        c.subUrl = QUrl(sub);
        REQUIRE(directory.addCamera(records.admin, c).ok());
        f.board.setCameras(directory.cameras());
    }
    // `oneMonitor`: the main window's pane only, no second wall filled from the directory.
    std::unique_ptr<app::Desk> open(bool oneMonitor = false)
    {
        if (oneMonitor)
            f.screens.list = { monitor("DUMMY0", 0, true) };
        f.session.user = records.operatorUser;
        return std::make_unique<app::Desk>(f.session, &f.screens, &f.settings, &f.board,
                                           QList<cameras::CameraGroup> {}, &services);
    }
    QList<journal::Event> eventsSince(qint64 seq) const
    {
        return records.journal.events(QStringLiteral("CSU-A"), seq, 100000);
    }
    int count(qint64 seq, const QString &action) const
    {
        const auto events = eventsSince(seq);
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [&](const journal::Event &e) { return e.action == action; }));
    }
};

} // namespace

TEST_CASE("a camera outside the habilitation, or of no known commune, is never connected to; "
          "the refusal is journaled",
          "[desk][habilitation][video]")
{
    test::RtspServer server;
    REQUIRE(server.start());
    ViewingDesk v;
    // 1 and 4: Antony, in the habilitation's territory; 2: Sceaux, outside it; 3: no commune.
    const std::pair<int, const char *> cameras[]
        = { { 1, "92002" }, { 2, "92071" }, { 3, "" }, { 4, "92002" } };
    for (const auto &[number, insee] : cameras) {
        const QString path = QStringLiteral("/cam%1").arg(number, 2, 10, QLatin1Char('0'));
        v.addCamera(number, QLatin1String(insee), server.url(path + QStringLiteral("/main")),
                    server.url(path + QStringLiteral("/sub")));
    }
    video::StreamRegistry registry;
    widgets::LiveVideo live(&registry, &v.f.board);
    const qint64 before = v.records.journal.lastSeq();
    auto desk = v.open();
    desk->setLiveVideo(&live);
    desk->show();
    widgets::WallView *wall = desk->mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 2, 1, 3 } });
    // On the second monitor's wall too.
    desk->wallOn(QStringLiteral("DUMMY1"))
        ->wall()
        ->setWallState({ QStringLiteral("2x2"), { 3, 2 } });
    // The camera the operator may view plays: the server saw its session.
    REQUIRE(test::waitUntil(
        [&] { return server.output().contains(QStringLiteral("SESSION open /cam01/")); }, 60000));
    REQUIRE(test::waitUntil([&] { return wall->tile(1)->framesShown() >= 3; }, 30000));
    // Called by number onto a tile, and maximised: refused again.
    REQUIRE(focusTile(wall, 3));
    CHECK(wall->callCamera(2));
    wall->toggleMaximised(0);
    wall->toggleMaximised(0);
    // Then a camera the operator may view: once its session is open, any session asked for
    // before it would be open too.
    REQUIRE(focusTile(wall, 3));
    CHECK(wall->callCamera(4));
    REQUIRE(test::waitUntil(
        [&] { return server.output().contains(QStringLiteral("SESSION open /cam04/")); }, 60000));
    INFO(server.output().toStdString());
    CHECK_FALSE(server.output().contains(QStringLiteral("/cam02")));
    CHECK_FALSE(server.output().contains(QStringLiteral("/cam03")));
    CHECK(wall->tile(0)->blockedReason().contains(QStringLiteral("92071")));
    CHECK(wall->tile(2)->blockedReason().contains(QStringLiteral("INSEE")));
    CHECK(wall->tile(0)->source().mainUrl.isEmpty());
    CHECK(wall->tile(2)->source().mainUrl.isEmpty());
    QStringList refused;
    for (const journal::Event &e : v.eventsSince(before)) {
        if (e.action == QStringLiteral("access.refused"))
            refused.append(e.objectId);
    }
    CHECK(refused.contains(QStringLiteral("2")));
    CHECK(refused.contains(QStringLiteral("3")));
    CHECK_FALSE(refused.contains(QStringLiteral("1")));
    // Whoever watched camera 1 is in the journal; nobody watched 2 or 3.
    QStringList viewed;
    for (const journal::Event &e : v.eventsSince(before)) {
        if (e.action == QStringLiteral("view.start"))
            viewed.append(e.objectId);
    }
    viewed.sort();
    CHECK(viewed == QStringList { QStringLiteral("1"), QStringLiteral("4") });
    desk->close();
}

TEST_CASE("a landlord's camera is never connected to outside a viewing session, and its stream "
          "closes when the session ends",
          "[desk][bailleur][video]")
{
    test::RtspServer server;
    REQUIRE(server.start());
    ViewingDesk v;
    records::ConventionBook conventions(*v.records.db, v.records.journal, v.records.clock);
    REQUIRE(conventions.save(v.records.admin, test::hshConvention()).ok());
    records::BailleurRegister reg(*v.records.db, v.records.journal, v.records.policy,
                                  v.records.clock);
    v.services.bailleur = &reg;
    v.addCamera(1, QStringLiteral("92002"), server.url(QStringLiteral("/cam01/main")),
                server.url(QStringLiteral("/cam01/sub")));
    cameras::Camera hall;
    hall.number = 5;
    hall.name = QStringLiteral("Hall A Paul Bert");
    hall.inseeCode = QStringLiteral("92002");
    hall.owner = cameras::CameraOwner::Bailleur;
    hall.convention = QStringLiteral("HSH-2025-017");
    hall.mainUrl = QUrl(server.url(QStringLiteral("/cam05/main")));
    hall.subUrl = QUrl(server.url(QStringLiteral("/cam05/sub")));
    REQUIRE(v.directory.addCamera(v.records.admin, hall).ok());
    v.f.board.setCameras(v.directory.cameras());
    video::StreamRegistry registry;
    widgets::LiveVideo live(&registry, &v.f.board);
    auto desk = v.open(true);
    desk->setLiveVideo(&live);
    desk->show();
    widgets::WallView *wall = desk->mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 1, 5 } });
    // The commune's camera plays; once its session is open, one asked for the landlord's
    // camera at the same time would be too: none was.
    REQUIRE(test::waitUntil(
        [&] { return server.output().contains(QStringLiteral("SESSION open /cam01/")); }, 60000));
    REQUIRE(test::waitUntil([&] { return wall->tile(0)->framesShown() >= 3; }, 30000));
    CHECK_FALSE(server.output().contains(QStringLiteral("/cam05")));
    CHECK(wall->tile(1)->blockedReason().contains(QStringLiteral("HSH-2025-017")));
    CHECK(wall->tile(1)->source().mainUrl.isEmpty());

    // The landlord calls; the request accepted opens a 10-minute session: the tile plays.
    records::BailleurRequest asked;
    asked.convention = QStringLiteral("HSH-2025-017");
    asked.situation = QStringLiteral("landlord_alert");
    asked.cameras = { 5 };
    asked.asked_min = 10;
    auto request = reg.request(v.records.operatorUser, asked);
    REQUIRE(request.ok());
    auto session = reg.accept(v.records.operatorUser, request.value().id);
    REQUIRE(session.ok());
    REQUIRE(test::waitUntil([&] { return wall->tile(1)->framesShown() >= 3; }, 60000));
    CHECK(server.output().contains(QStringLiteral("SESSION open /cam05/")));
    CHECK(wall->tile(1)->blockedReason().isEmpty());

    // Its limit passes (the register's clock): the session closes by itself, the tile goes
    // dark and the stream is closed.
    const qint64 before = v.records.journal.lastSeq();
    v.records.now = session.value().endsAt.addSecs(1);
    auto swept = reg.sweep();
    REQUIRE(swept.ok());
    CHECK(swept.value() == 1);
    CHECK(wall->tile(1)->blockedReason().contains(QStringLiteral("HSH-2025-017")));
    CHECK(wall->tile(1)->source().mainUrl.isEmpty());
    INFO(server.output().toStdString());
    REQUIRE(test::waitUntil(
        [&] {
            return server.output().contains(QStringLiteral("SESSION close /cam05/main total=0"))
                || server.output().contains(QStringLiteral("SESSION close /cam05/sub total=0"));
        },
        60000));
    bool ended = false;
    for (const journal::Event &e : v.eventsSince(before)) {
        ended = ended
            || (e.action == QStringLiteral("view.end") && e.objectId == QStringLiteral("5")
                && e.payload.value(QStringLiteral("reason")).toString()
                    == QStringLiteral("bailleur_session_ended"));
    }
    CHECK(ended);
    // The commune's camera plays on.
    CHECK(wall->tile(0)->blockedReason().isEmpty());
    desk->close();
}

TEST_CASE("a habilitation that expires during the shift stops its views at that minute",
          "[desk][habilitation][viewing]")
{
    // The habilitation covers up to 1 September 2027 included.
    const QTimeZone paris("Europe/Paris");
    const QDateTime lastSecond(QDate(2027, 9, 1), QTime(23, 59, 59, 800), paris);
    ViewingDesk v(lastSecond.addDays(-1));
    v.records.now = lastSecond;
    v.addCamera(1, QStringLiteral("92002"));
    v.addCamera(4, QStringLiteral("92002"));
    auto desk = v.open(true);
    desk->show();
    widgets::WallView *wall = desk->mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 1, 4 } });
    REQUIRE(test::waitUntil([&] { return desk->viewing()->openViews().size() == 2; }, 5000));
    CHECK(wall->tile(0)->blockedReason().isEmpty());
    // One timer, at the minute the habilitation stops covering the views.
    CHECK(desk->viewingExpiresAt() == QDateTime(QDate(2027, 9, 2), QTime(0, 0), paris));
    const qint64 before = v.records.journal.lastSeq();
    v.records.now = QDateTime(QDate(2027, 9, 2), QTime(0, 0), paris);
    REQUIRE(test::waitUntil([&] { return !wall->tile(0)->blockedReason().isEmpty(); }, 10000));
    for (int i : { 0, 1 }) {
        INFO("tile " << i);
        CHECK(wall->tile(i)->blockedReason().contains(QStringLiteral("2027")));
    }
    CHECK(desk->viewing()->openViews().isEmpty());
    const auto events = v.eventsSince(before);
    CHECK(v.count(before, QStringLiteral("access.refused")) == 2);
    int ended = 0;
    for (const journal::Event &e : events) {
        if (e.action != QStringLiteral("view.end"))
            continue;
        ++ended;
        CHECK(e.payload.value(QStringLiteral("reason")).toString()
              == QStringLiteral("habilitation_expired"));
    }
    CHECK(ended == 2);
    CHECK(desk->mainWindow()->eventList()->item(0)->text().contains(
        v.records.operatorUser.displayName));
    desk->close();
}

TEST_CASE("a tour of 8 cameras every 10 s journals one view.start per camera, however long it "
          "runs, and one view.end each once it stopped",
          "[desk][viewing][tour]")
{
    ViewingDesk v;
    QList<int> numbers;
    for (int n = 1; n <= 8; ++n) {
        v.addCamera(n, QStringLiteral("92002"));
        numbers.append(n);
    }
    // The operator's desk as saved at the last logout: camera 1 alone.
    walls::DeskArrangement saved;
    saved.mainPane = { QStringLiteral("1x1"), { 1 } };
    walls::saveArrangement(v.f.settings, v.records.operatorUser.login, saved);
    auto desk = v.open(true);
    desk->show();
    widgets::WallView *wall = desk->mainWindow()->wall();
    qint64 tour_ms = 0;
    wall->setTourClock([&] { return tour_ms; });
    REQUIRE(
        test::waitUntil([&] { return desk->viewing()->openViews() == QList<int> { 1 }; }, 5000));
    const qint64 before = v.records.journal.lastSeq();
    walls::Tour tour;
    tour.cameras = numbers;
    tour.period_s = 10;
    tour.tile = 0;
    REQUIRE(wall->startTour(tour));
    // Ten minutes of touring: 60 steps, on the tour's clock and the register's.
    for (int step = 0; step < 60; ++step) {
        tour_ms += 10000;
        v.records.now = v.records.now.addSecs(10);
        wall->stepTours();
        REQUIRE(test::waitUntil([&] { return !desk->viewUpdatePending(); }, 5000));
        CHECK(desk->viewing()->openViews().contains(wall->tile(0)->cameraNumber()));
    }
    CHECK(v.count(before, QStringLiteral("view.start")) == 7); // camera 1 was already viewed
    CHECK(v.count(before, QStringLiteral("view.end")) == 0);
    // Stopped: each camera that left the wall more than a minute ago ends its view, once.
    v.records.now = v.records.now.addSecs(61);
    REQUIRE(wall->stopTour(0));
    REQUIRE(test::waitUntil([&] { return !desk->viewUpdatePending(); }, 5000));
    CHECK(desk->viewing()->openViews() == QList<int> { wall->tile(0)->cameraNumber() });
    CHECK(v.count(before, QStringLiteral("view.end")) == 7);
    CHECK(v.count(before, QStringLiteral("access.refused")) == 0);
    desk->close();
    CHECK(v.count(before, QStringLiteral("view.end")) == 8);
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
        : directory(*records.db, records.journal),
          snapshots(records.dir.path(), *records.db, records.journal), services {
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

TEST_CASE("after every dialog of the desk the focus is back on the tile that had it",
          "[desk][focus]")
{
    DeskWithRegister d;
    widgets::WallView *wall = d.secondWall();
    wall->setWallState({ QStringLiteral("3x3"), { 7, 0, 7 } });
    const struct
    {
        const char *what;
        int key;
        Qt::KeyboardModifiers modifiers;
    } dialogs[] = {
        { "incident", Qt::Key_F2, Qt::NoModifier },
        { "custom grid", Qt::Key_0, Qt::AltModifier },
        { "settings", Qt::Key_Comma, Qt::ControlModifier },
        { "help", Qt::Key_F1, Qt::NoModifier },
        { "tour", Qt::Key_T, Qt::ControlModifier },
        { "quit", Qt::Key_Q, Qt::ControlModifier },
        { "open the shift", Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier },
        { "hand over", Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier },
        { "shift review", Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier },
        { "journal", Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier },
        { "camera directory", Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier },
    };
    for (const auto &dialog : dialogs) {
        INFO(dialog.what);
        REQUIRE(focusTile(wall, 2));
        const auto answered = whenDialogOpens(pressEscape);
        QTest::keyClick(wall->tile(2), Qt::Key(dialog.key), dialog.modifiers);
        REQUIRE(*answered);
        CHECK(test::waitUntil([&] { return wall->tile(2)->hasFocus(); }, 5000));
    }
    // The lock too, once unlocked.
    REQUIRE(focusTile(wall, 2));
    d.desk->lock(QStringLiteral("operator"));
    REQUIRE(d.desk->isLocked());
    QTest::keyClicks(d.desk->lockDialog()->passwordField(), QStringLiteral("mot-de-passe-1"));
    QTest::keyClick(d.desk->lockDialog()->passwordField(), Qt::Key_Return);
    REQUIRE_FALSE(d.desk->isLocked());
    CHECK(test::waitUntil([&] { return wall->tile(2)->hasFocus(); }, 5000));
}

TEST_CASE("the camera map, a window of its own, goes while the desk is locked and comes back "
          "when it is unlocked",
          "[desk][map][lock]")
{
    DeskWithRegister d;
    d.desk->openMap(false);
    app::MapWindow *map = d.desk->mapWindow();
    REQUIRE(map);
    REQUIRE(map->isVisible());
    d.desk->lock(QStringLiteral("operator"));
    REQUIRE(d.desk->isLocked());
    CHECK_FALSE(map->isVisible());
    QTest::keyClicks(d.desk->lockDialog()->passwordField(), QStringLiteral("mot-de-passe-1"));
    QTest::keyClick(d.desk->lockDialog()->passwordField(), Qt::Key_Return);
    REQUIRE_FALSE(d.desk->isLocked());
    CHECK(map->isVisible());
}

TEST_CASE("F2 then Escape leaves no picture behind; F2 then save keeps it, hashed",
          "[desk][snapshot]")
{
    DeskWithRegister d;
    widgets::WallView *wall = d.desk->mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 7 } });
    REQUIRE(focusTile(wall, 0));

    auto answered = whenDialogOpens(pressEscape);
    QTest::keyClick(wall->tile(0), Qt::Key_F2);
    REQUIRE(*answered);
    CHECK(d.snapshotFiles() == 0);
    CHECK_FALSE(d.actions().contains(QStringLiteral("snapshot.taken")));

    REQUIRE(focusTile(wall, 0));
    const int digit = test::categoryDigit(*d.records.db, QStringLiteral("tranquillity"));
    REQUIRE(digit > 0);
    QString refusal;
    answered = whenDialogOpens([digit, &refusal](QWidget *modal) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + digit));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Rixe sur le parvis"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        if (modal->isVisible()) { // refused: say why, and do not hang the run
            refusal = qobject_cast<widgets::IncidentDialog *>(modal)->errorText();
            pressEscape(modal);
        }
    });
    QTest::keyClick(wall->tile(0), Qt::Key_F2);
    REQUIRE(*answered);
    CHECK(refusal.isEmpty());
    const auto found = d.records.incidents.search(d.records.operatorUser, {});
    REQUIRE(found.ok());
    const QList<records::Incident> &incidents = found.value();
    REQUIRE(incidents.size() == 1);
    const records::IncidentDraft &saved = incidents.first().draft;
    CHECK(saved.cameraNumber == 7);
    REQUIRE(d.snapshotFiles() == 1);
    REQUIRE_FALSE(saved.snapshotPath.isEmpty());
    QFile file(d.snapshots.absolutePath({ saved.snapshotPath, QString() }));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(saved.snapshotSha256 == QString::fromLatin1(journal::Journal::sha256Hex(file.readAll())));
    CHECK(d.actions().count(QStringLiteral("snapshot.taken")) == 1);
}

TEST_CASE("F2 with no tile focused asks which camera; Escape there records nothing",
          "[desk][chooser]")
{
    DeskWithRegister d;
    d.desk->mainWindow()->wall()->setWallState({ QStringLiteral("2x2"), {} });
    QLineEdit *search = d.desk->mainWindow()->cameraTree()->searchField();
    d.desk->mainWindow()->activateWindow();
    search->setFocus();
    REQUIRE(test::waitUntil([&] { return search->hasFocus(); }, 5000));

    auto answered = whenDialogOpens(pressEscape);
    QTest::keyClick(search, Qt::Key_F2);
    REQUIRE(*answered);
    CHECK(d.records.incidents.search(d.records.operatorUser, {}).value().isEmpty());
    CHECK_FALSE(d.actions().contains(QStringLiteral("incident.create")));
    REQUIRE(test::waitUntil([&] { return search->hasFocus(); }, 5000));

    // Camera 7 chosen by number: the incident form opens on its place and commune.
    records::IncidentDraft offered;
    bool chooserFirst = false;
    std::shared_ptr<bool> form;
    answered = whenDialogOpens([&](QWidget *modal) {
        auto *chooser = qobject_cast<widgets::CameraChooser *>(modal);
        chooserFirst = chooser != nullptr;
        if (!chooser)
            return pressEscape(modal);
        form = whenDialogOpens(
            [&](QWidget *next) {
                if (auto *incident = qobject_cast<widgets::IncidentDialog *>(next))
                    offered = incident->state().draft;
                pressEscape(next);
            },
            chooser);
        QTest::keyClicks(chooser->searchField(), QStringLiteral("7"));
        QTest::keyClick(chooser->searchField(), Qt::Key_Return);
    });
    QTest::keyClick(search, Qt::Key_F2);
    REQUIRE(*answered);
    CHECK(chooserFirst);
    REQUIRE(form);
    CHECK(*form);
    CHECK(offered.cameraNumber == 7);
    CHECK(offered.place == QStringLiteral("Parvis de la gare RER, Antony"));
    CHECK(offered.inseeCode == QStringLiteral("92002"));
    CHECK(d.records.incidents.search(d.records.operatorUser, {}).value().isEmpty());
}

TEST_CASE("right after the login the focus is on a tile of the main wall", "[desk][focus]")
{
    // F2 or a camera number typed first thing must act on a tile, not ask which camera.
    DeskFixture f;
    f.board.setCameras(numberedCameras(4));
    auto desk = f.openDesk();
    widgets::WallView *wall = desk->mainWindow()->wall();
    desk->mainWindow()->activateWindow(); // as the window manager does with a new window
    REQUIRE(test::waitUntil(
        [&] {
            auto *tile = qobject_cast<widgets::TileWidget *>(QApplication::focusWidget());
            return tile && wall->isAncestorOf(tile);
        },
        5000));
}

TEST_CASE("F6 and Shift+F6 move between the walls of the desk", "[desk][focus]")
{
    DeskFixture f;
    auto desk = f.openDesk();
    widgets::WallView *main = desk->mainWindow()->wall();
    widgets::WallView *second = desk->wallOn(QStringLiteral("DUMMY1"))->wall();
    second->setWallState({ QStringLiteral("3x3"), {} });
    REQUIRE(focusTile(second, 4));
    REQUIRE(focusTile(main, 1));

    QTest::keyClick(main->tile(1), Qt::Key_F6);
    REQUIRE(test::waitUntil([&] { return second->tile(4)->hasFocus(); }, 5000));
    QTest::keyClick(second->tile(4), Qt::Key_F6); // two walls: round to the main window's pane
    REQUIRE(test::waitUntil([&] { return main->tile(1)->hasFocus(); }, 5000));
    QTest::keyClick(main->tile(1), Qt::Key_F6, Qt::ShiftModifier);
    REQUIRE(test::waitUntil([&] { return second->tile(4)->hasFocus(); }, 5000));

    // F1 lists them.
    QStringList keys;
    for (const widgets::ShortcutInfo &info : desk->mainWindow()->shortcuts())
        keys.append(info.keys.toString());
    CHECK(keys.contains(QStringLiteral("F6")));
    CHECK(keys.contains(QStringLiteral("Shift+F6")));
}

TEST_CASE("Ctrl+Q asks first; quitting journals who closed the workstation", "[desk][quit]")
{
    DeskWithRegister d;
    QSignalSpy quit(d.desk.get(), &app::Desk::quitRequested);
    widgets::TileWidget *tile = d.desk->mainWindow()->wall()->tile(0);
    REQUIRE(focusTile(d.desk->mainWindow()->wall(), 0));

    auto answered = whenDialogOpens(pressEscape); // Escape keeps Vigie open
    QTest::keyClick(tile, Qt::Key_Q, Qt::ControlModifier);
    REQUIRE(*answered);
    CHECK(quit.isEmpty());
    CHECK_FALSE(d.actions().contains(QStringLiteral("session.logout")));

    // Enter alone takes the default answer: still open.
    REQUIRE(test::waitUntil([&] { return tile->hasFocus(); }, 5000));
    answered = whenDialogOpens([](QWidget *box) { QTest::keyClick(box, Qt::Key_Return); });
    QTest::keyClick(tile, Qt::Key_Q, Qt::ControlModifier);
    REQUIRE(*answered);
    CHECK(quit.isEmpty());

    REQUIRE(test::waitUntil([&] { return tile->hasFocus(); }, 5000));
    bool journaledFirst = false;
    QObject::connect(d.desk.get(), &app::Desk::quitRequested, [&] {
        journaledFirst = d.actions().contains(QStringLiteral("session.logout"));
    });
    answered = whenDialogOpens(
        [](QWidget *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    QTest::keyClick(tile, Qt::Key_Q, Qt::ControlModifier);
    REQUIRE(*answered);
    CHECK(quit.size() == 1);
    CHECK(journaledFirst);
    const auto events = d.records.journal.events(QStringLiteral("CSU-A"), 0, 10000);
    const auto logout = std::find_if(events.cbegin(), events.cend(), [](const journal::Event &e) {
        return e.action == QStringLiteral("session.logout");
    });
    REQUIRE(logout != events.cend());
    CHECK(logout->user == d.records.operatorUser.login);
    CHECK(logout->payload.value(QStringLiteral("reason")).toString() == QStringLiteral("quit"));
    // What the application does after: no second entry.
    CHECK(d.desk->endSession(QStringLiteral("quit")).ok());
    CHECK(d.actions().count(QStringLiteral("session.logout")) == 1);
}

TEST_CASE("Alt+1 then Alt+2 brings back every camera, also at the next login", "[desk][layout]")
{
    DeskFixture f;
    f.board.setCameras(numberedCameras(4));
    {
        auto desk = f.openDesk();
        widgets::WallView *wall = desk->mainWindow()->wall();
        wall->setWallState({ QStringLiteral("2x2"), { 1, 2, 3, 4 } });
        REQUIRE(focusTile(wall, 0));
        QTest::keyClick(wall->tile(0), Qt::Key_1, Qt::AltModifier);
        REQUIRE(wall->tileCount() == 1);
        desk->close();
    }
    auto desk = f.openDesk();
    widgets::WallView *wall = desk->mainWindow()->wall();
    CHECK(wall->wallState() == walls::WallState { QStringLiteral("1x1"), { 1, 2, 3, 4 } });
    REQUIRE(focusTile(wall, 0));
    QTest::keyClick(wall->tile(0), Qt::Key_2, Qt::AltModifier);
    REQUIRE(wall->tileCount() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(wall->tile(i)->cameraNumber() == i + 1);
}

TEST_CASE("after the login an administrator is told of the reference changes this desk refused",
          "[desk][security]")
{
    test::RecordsFixture records;
    DeskFixture f;
    DeskServices deskServices(records, f.settings);
    app::Services &services = deskServices.services;
    // Another desk's event, authored by an operator, as the sync receives it.
    REQUIRE(test::receiveForgedAdmin(*records.db, records.operatorUser.login).ok());
    REQUIRE_FALSE(records.auth.findUser(QStringLiteral("intrus")));

    // Whatever modal opens is read and closed.
    QString text;
    QString details;
    int notices = 0;
    QTimer closer;
    closer.setInterval(10);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++notices;
            text = box->text();
            details = box->detailedText();
            box->close();
        }
    });
    closer.start();

    f.session.user = records.operatorUser; // not theirs to see
    {
        app::Desk desk(f.session, &f.screens, &f.settings, &f.board, {}, &services);
        desk.show();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        CHECK(notices == 0);
        desk.close();
    }
    f.session.user = records.admin;
    app::Desk desk(f.session, &f.screens, &f.settings, &f.board, {}, &services);
    desk.show();
    REQUIRE(QTest::qWaitFor([&] { return notices > 0; }, 10000));
    CHECK(notices == 1);
    CHECK(text.contains(QStringLiteral("1")));
    CHECK(details.contains(QStringLiteral("CSU-B")));
    CHECK(details.contains(QStringLiteral("intrus")));
    CHECK(details.contains(records.operatorUser.login));
    desk.close();
}

namespace {

// A desk on one monitor with the bailleur register behind it (b1's fixture: cameras 5 and 6 in
// the convention HSH-2025-017, which expires on 14 January 2027; 7 the landlord's outside it).
struct BailleurDeskFixture
{
    // English source texts, whatever language an earlier test left installed.
    bool english = i18n::install(*qApp, QStringLiteral("en")) == QLatin1String("en");
    test::BailleurFixture b;
    DeskFixture f;
    records::SnapshotStore snapshots { b.dir.path(), *b.db, b.journal };
    app::Services services { *b.db,       b.journal,     b.auth,      b.policy,   b.shifts,
                             b.incidents, snapshots,     b.directory, f.settings, nullptr,
                             nullptr,     nullptr,       QString(),   nullptr,    nullptr,
                             &b.reg,      &b.conventions };
    video::StreamRegistry registry;
    widgets::LiveVideo live { &registry, &f.board };

    explicit BailleurDeskFixture(const QDateTime &start = QDateTime()) : b(start)
    {
        f.screens.list = { monitor("DUMMY0", 0, true) };
        f.board.setCameras(b.directory.cameras());
    }
    std::unique_ptr<app::Desk> open(const access::User &user)
    {
        f.session.user = user;
        auto desk = std::make_unique<app::Desk>(f.session, &f.screens, &f.settings, &f.board,
                                                QList<cameras::CameraGroup> {}, &services);
        desk->setLiveVideo(&live);
        desk->show();
        return desk;
    }
    bool logged(app::Desk &desk, const QString &words) const
    {
        const QListWidget *events = desk.mainWindow()->eventList();
        for (int i = 0; i < events->count(); ++i) {
            if (events->item(i)->text().contains(words))
                return true;
        }
        return false;
    }
};

} // namespace

TEST_CASE("outside a session a landlord's camera shows core's refusal on its tile and opens no "
          "stream; F3 takes nothing from it",
          "[desk][bailleur]")
{
    BailleurDeskFixture d;
    auto desk = d.open(d.b.operatorUser);
    widgets::WallView *wall = desk->mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 5, 6 } });
    for (int i : { 0, 1 }) {
        INFO("tile " << i);
        CHECK_FALSE(wall->tile(i)->blockedReason().isEmpty());
        CHECK(wall->tile(i)->source().mainUrl.isEmpty());
        CHECK(wall->tile(i)->bailleurLabel().isEmpty());
    }
    CHECK(d.registry.engineCount() == 0);
    CHECK(d.b.count(QStringLiteral("access.refused")) >= 2);

    // In a session, it plays; still, F3 keeps no picture of it.
    const auto asked = d.b.reg.request(d.b.operatorUser, d.b.requestFor({ 5 }, 20));
    REQUIRE(asked.ok());
    REQUIRE(d.b.reg.accept(d.b.operatorUser, asked.value().id).ok());
    REQUIRE(test::waitUntil([&] { return wall->tile(0)->blockedReason().isEmpty(); }, 5000));
    CHECK(d.registry.engineCount() == 1);
    REQUIRE(focusTile(wall, 0));
    QTest::keyClick(wall->tile(0), Qt::Key_F3);
    CHECK(d.b.count(QStringLiteral("snapshot.taken")) == 0);
    CHECK(d.logged(*desk, QStringLiteral("landlord's camera")));
    desk->close();
}

TEST_CASE("a session's tiles show the time left, warn a minute before, and go dark at the limit "
          "with their streams closed",
          "[desk][bailleur]")
{
    BailleurDeskFixture d;
    auto desk = d.open(d.b.operatorUser);
    widgets::WallView *wall = desk->mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 5, 1 } });
    REQUIRE_FALSE(wall->tile(0)->blockedReason().isEmpty());
    const auto asked = d.b.reg.request(d.b.operatorUser, d.b.requestFor({ 5 }, 20));
    REQUIRE(asked.ok());
    REQUIRE(d.b.reg.accept(d.b.operatorUser, asked.value().id).ok());
    widgets::TileWidget *tile = wall->tile(0);
    REQUIRE(test::waitUntil([&] { return tile->blockedReason().isEmpty(); }, 5000));
    REQUIRE(tile->engine());
    CHECK(tile->bailleurLabel().contains(QStringLiteral("Hauts-de-Seine Habitat")));
    CHECK(tile->bailleurLabel().contains(QStringLiteral("20:00")));
    CHECK_FALSE(tile->bailleurEnding());
    CHECK(tile->caption().contains(QStringLiteral("20:00")));
    // The commune's camera beside it is not marked.
    CHECK(wall->tile(1)->bailleurLabel().isEmpty());

    // 50 seconds before the limit: the tile says so in the warning colour, the events too.
    d.b.now = d.b.now.addSecs(19 * 60 + 10);
    REQUIRE(test::waitUntil([&] { return tile->bailleurEnding(); }, 5000));
    CHECK(tile->bailleurLabel().contains(QStringLiteral("0:50")));
    REQUIRE(test::waitUntil([&] { return d.logged(*desk, QStringLiteral("Shift+F7")); }, 5000));

    // At the limit: dark, with why, and the stream closed.
    d.b.now = d.b.now.addSecs(50);
    REQUIRE(test::waitUntil([&] { return !tile->blockedReason().isEmpty(); }, 5000));
    CHECK(tile->blockedReason().contains(QStringLiteral("limit")));
    CHECK(tile->bailleurLabel().isEmpty());
    CHECK(tile->source().mainUrl.isEmpty());
    CHECK_FALSE(tile->engine());
    CHECK(d.b.reg.openSessions().isEmpty());
    // The commune's camera plays on.
    CHECK(wall->tile(1)->blockedReason().isEmpty());
    CHECK(wall->tile(1)->engine());
    const auto ended = d.b.journal.events(QStringLiteral("CSU-A"), 0, 100000);
    CHECK(std::any_of(ended.cbegin(), ended.cend(), [](const journal::Event &e) {
        return e.action == QStringLiteral("view.end") && e.objectId == QStringLiteral("5")
            && e.payload.value(QStringLiteral("reason")).toString()
            == QStringLiteral("bailleur_session_ended");
    }));
    desk->close();
}

TEST_CASE("supervisors are told at login of a convention expiring within 30 days; operators "
          "are not",
          "[desk][bailleur]")
{
    // HSH-2025-017 ends on 14 January 2027.
    BailleurDeskFixture d(QDateTime(QDate(2027, 1, 2), QTime(8, 0), QTimeZone("Europe/Paris")));
    {
        auto desk = d.open(d.b.operatorUser);
        CHECK_FALSE(d.logged(*desk, QStringLiteral("HSH-2025-017")));
        desk->close();
    }
    auto desk = d.open(d.b.chef);
    CHECK(d.logged(*desk, QStringLiteral("HSH-2025-017")));
    CHECK(desk->bailleur()->expiryWarnings().join(QString()).contains(QStringLiteral("12")));
    desk->close();
}

TEST_CASE("F7 logs a landlord's call from the desk, and the events say so", "[desk][bailleur]")
{
    BailleurDeskFixture d;
    auto desk = d.open(d.b.operatorUser);
    REQUIRE(focusTile(desk->mainWindow()->wall(), 0));
    auto answered = whenDialogOpens([](QWidget *panel) {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("06 12 34 56 78"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK_FALSE(panel->isVisible());
    });
    QTest::keyClick(desk->mainWindow()->wall()->tile(0), Qt::Key_F7);
    CHECK(*answered);
    const auto calls = d.b.reg.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].convention == QStringLiteral("HSH-2025-017"));
    CHECK(d.logged(*desk, QStringLiteral("06 12 34 56 78")));
    desk->close();
}

TEST_CASE("from a call to the wall by keys alone: F7, Ctrl+Enter to its request, a building, "
          "Ctrl+Enter: the session's camera plays on the focused tile with its time left",
          "[desk][bailleur]")
{
    BailleurDeskFixture d;
    auto desk = d.open(d.b.operatorUser);
    widgets::WallView *wall = desk->mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 1 } });
    REQUIRE(focusTile(wall, 2));
    QPointer<QWidget> panel;
    auto requested = std::make_shared<bool>(false);
    auto logged = whenDialogOpens([&](QWidget *dialog) {
        panel = dialog;
        // The request opens once the panel has closed.
        auto accepted = whenDialogOpens(
            [](QWidget *request) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_1); // access blocked
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // building A: 5
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                CHECK_FALSE(request->isVisible());
            },
            dialog);
        requested = accepted;
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("06 12 34 56 78"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(wall->tile(2), Qt::Key_F7);
    CHECK(*logged);
    CHECK(*requested);
    REQUIRE(d.b.reg.openSessions().size() == 1);
    const records::BailleurSession session = d.b.reg.openSessions().constFirst();
    CHECK(session.cameras == QList<int> { 5 });
    const auto request = d.b.reg.request(session.requestId);
    REQUIRE(request);
    CHECK(request->callId == d.b.reg.calls().constFirst().id);
    CHECK(wall->tile(2)->cameraNumber() == 5);
    REQUIRE(test::waitUntil([&] { return wall->tile(2)->blockedReason().isEmpty(); }, 5000));
    CHECK(wall->tile(2)->bailleurLabel().contains(QStringLiteral("1:00:00")));
    desk->close();
}

TEST_CASE("F9 opens the camera map; a click there shows the camera on the focused tile, and the "
          "map is back at the next login",
          "[desk][map]")
{
    DeskFixture f;
    QList<cameras::Camera> list = numberedCameras(6);
    for (int i = 0; i < list.size(); ++i) {
        list[i].latitude = 48.75 + 0.001 * i;
        list[i].longitude = 2.30 + 0.001 * i;
    }
    f.board.setCameras(list);
    {
        auto desk = f.openDesk();
        widgets::WallView *wall = desk->mainWindow()->wall();
        desk->mainWindow()->activateWindow();
        REQUIRE(test::waitUntil([&] { return wall->focusedTile() >= 0; }, 5000));
        const int focused = wall->focusedTile();
        REQUIRE(wall->tile(focused)->cameraNumber() != 6);

        QTest::keyClick(desk->mainWindow(), Qt::Key_F9);
        app::MapWindow *window = desk->mapWindow();
        REQUIRE(window);
        CHECK(window->isVisible());
        widgets::CameraMap *map = window->map();
        REQUIRE(map->placedCount() == 6);
        const QPoint at = map->view()->mapFromScene(*map->planPosition(6));
        QTest::mouseClick(map->view()->viewport(), Qt::LeftButton, {}, at);
        CHECK(wall->tile(focused)->cameraNumber() == 6);
        desk->close();
    }
    auto again = f.openDesk();
    REQUIRE(again->mapWindow());
    CHECK(again->mapWindow()->isVisible());
}

TEST_CASE("Ctrl+D puts the focused tile's camera in the operator's favourites at the top of the "
          "tree; a group goes on the focused wall tile after tile",
          "[desk][favourites]")
{
    DeskWithRegister d;
    for (int number : { 8, 9 }) {
        cameras::Camera camera = *d.directory.byNumber(7);
        camera.number = number;
        camera.name = QStringLiteral("Caméra %1").arg(number);
        REQUIRE(d.directory.addCamera(d.records.admin, camera).ok());
    }
    d.f.board.setCameras(d.directory.cameras());
    widgets::WallView *wall = d.desk->mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 7, 0, 0, 0 } });
    widgets::CameraTree *tree = d.desk->mainWindow()->cameraTree();
    QAbstractItemModel *model = tree->view()->model();
    const QString firstRow = model->index(0, 0).data().toString();

    REQUIRE(focusTile(wall, 0));
    QTest::keyClick(wall->tile(0), Qt::Key_D, Qt::ControlModifier);
    cameras::CameraSelections selections(*d.records.db, d.records.journal);
    CHECK(selections.favourites(d.records.operatorUser.login).cameras == QList<int> { 7 });
    const QModelIndex favourites = model->index(0, 0);
    REQUIRE(favourites.data().toString() != firstRow);
    REQUIRE(model->rowCount(favourites) == 1);
    CHECK(model->index(0, 0, favourites).data().toString()
          == QStringLiteral("007 Parvis de la gare"));
    CHECK(d.actions().constLast() == QStringLiteral("selection.favourites"));

    // A group of the operator's, activated in the tree: on the wall from the focused tile.
    REQUIRE(selections.createGroup(d.records.operatorUser, QStringLiteral("Gare"), { 9, 8 }).ok());
    d.desk->selections()->refreshTree();
    REQUIRE(focusTile(wall, 1));
    const QModelIndex group = model->index(1, 0);
    REQUIRE(group.data().toString() == QStringLiteral("Gare"));
    tree->view()->setFocus();
    tree->view()->setCurrentIndex(group);
    QTest::keyClick(tree->view(), Qt::Key_Return);
    CHECK(wall->wallState().cameras.mid(0, 3) == QList<int> { 7, 9, 8 });

    // Ctrl+D again on the tile takes it out of the favourites.
    REQUIRE(focusTile(wall, 0));
    QTest::keyClick(wall->tile(0), Qt::Key_D, Qt::ControlModifier);
    CHECK(selections.favourites(d.records.operatorUser.login).cameras.isEmpty());
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Gare"));
}
