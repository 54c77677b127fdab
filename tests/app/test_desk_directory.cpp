// The camera directory changing while an operator works: a change from another desk (its
// events projected into this register, as the sync does, on a connection of its own) or from
// vigiectl on this desk's register shows on the tree, the tiles and the map without a new
// login, and the tree keeps the operator's search and selection.
#include "app/desk.h"
#include "app/main_window.h"
#include "app/map_window.h"
#include "app/services.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "core/cameras/directory_watch.h"
#include "core/common/workstation.h"
#include "core/journal/journal.h"
#include "core/records/snapshot_store.h"
#include "core/video/stream_registry.h"
#include "tests/app/desk_test_support.h"
#include "tests/core/records/records_fixture.h"
#include "tests/support/ctl_run.h"
#include "translations/translator.h"
#include "widgets/camera_map.h"
#include "widgets/camera_tree.h"
#include "widgets/live_video.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

// The camera rows of the tree (not the operator's selections) by number: their text.
QHash<int, QString> treeRows(const widgets::CameraTree *tree)
{
    QHash<int, QString> rows;
    const QAbstractItemModel *model = tree->view()->model();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const int number = index.data(Qt::UserRole + 1).toInt();
            if (number > 0)
                rows.insert(number, index.data().toString());
            walk(index);
        }
    };
    walk(QModelIndex());
    return rows;
}

QModelIndex treeIndex(const widgets::CameraTree *tree, int number)
{
    const QAbstractItemModel *model = tree->view()->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::UserRole + 1, number, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

bool logged(app::Desk &desk, const QString &words)
{
    const QListWidget *events = desk.mainWindow()->eventList();
    for (int i = 0; i < events->count(); ++i) {
        if (events->item(i)->text().contains(words))
            return true;
    }
    return false;
}

cameras::Camera camera(int number, const char *name, const char *zone, double latitude)
{
    cameras::Camera c;
    c.number = number;
    c.name = QString::fromUtf8(name);
    c.zone = QString::fromUtf8(zone);
    c.inseeCode = QStringLiteral("92002");
    c.latitude = latitude;
    c.longitude = 2.30;
    c.bearingDeg = 90;
    c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/cam%1").arg(number));
    return c;
}

// Another desk's register: its directory's events reach this one as the sync brings them,
// projected on a connection of their own (the sync worker's), checked against this register.
struct OtherDesk
{
    test::RecordsFixture records;
    cameras::CameraDirectory directory { *records.db, records.journal };
    qint64 sent = 0; // the last of its entries projected here

    Status sendTo(const QString &databasePath)
    {
        auto connection = test::openDatabase(databasePath);
        for (const journal::Event &e :
             records.journal.events(QStringLiteral("CSU-A"), sent, 1000)) {
            sent = e.seq;
            if (e.objectType != QLatin1String(cameras::kDirectoryObject))
                continue;
            if (const Status projected = cameras::CameraDirectory::project(*connection, e);
                !projected.ok())
                return projected;
        }
        return Status::success();
    }
};

} // namespace

TEST_CASE("a camera renamed, moved, re-addressed, retired or given to a landlord on another desk "
          "shows on the tree, the tiles and the map without a new login",
          "[desk][directory]")
{
    const bool english = i18n::install(*qApp, QStringLiteral("en")) == QLatin1String("en");
    REQUIRE(english);
    test::RecordsFixture here;
    OtherDesk other;
    // The commune's directory as both desks have it: 1, 2 and 4 in the Centre, 3 at the station.
    for (const cameras::Camera &c :
         { camera(1, "Parvis de la mairie", "Centre", 48.754),
           camera(2, "Marché", "Centre", 48.752), camera(3, "Gare RER", "Gare", 48.750),
           camera(4, "Hall Paul Bert", "Centre", 48.748),
           camera(5, "Rue de l'Église", "Centre", 48.746) })
        REQUIRE(other.directory.addCamera(other.records.admin, c).ok());
    const QString databasePath = here.dir.filePath(QStringLiteral("vigie.db"));
    REQUIRE(other.sendTo(databasePath).ok());

    QTemporaryDir confDir;
    QSettings settings(confDir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
    cameras::CameraDirectory directory(*here.db, here.journal);
    records::SnapshotStore snapshots(here.dir.path(), *here.db, here.journal);
    app::Services services { *here.db,       here.journal, here.auth, here.policy, here.shifts,
                             here.incidents, snapshots,    directory, settings };
    cameras::CameraStatusBoard board;
    board.setCameras(directory.inService());
    REQUIRE(board.cameras().size() == 5);
    cameras::DirectoryWatch watch(*here.db, directory, board);
    services.directoryWatch = &watch;
    video::StreamRegistry registry;
    widgets::LiveVideo live(&registry, &board);

    test::FakeScreens screens;
    screens.list = { test::monitor("DUMMY0", 0, true) };
    app::Session session;
    session.user = here.operatorUser;
    session.workstationId = QStringLiteral("CSU-A");
    session.schedule = access::ShiftSchedule::defaultSchedule();
    app::Desk desk(session, &screens, &settings, &board, directory.groups(), &services);
    desk.setLiveVideo(&live);
    desk.show();
    widgets::WallView *wall = desk.mainWindow()->wall();
    wall->setWallState({ QStringLiteral("3x3"), { 1, 2, 3, 4, 5 } });
    desk.openMap(false);
    REQUIRE(test::waitUntil([&] { return !desk.viewUpdatePending(); }));
    widgets::CameraMap *map = desk.mapWindow()->map();
    const auto firstPlace = map->planPosition(1);
    REQUIRE(firstPlace);
    REQUIRE(wall->tile(1)->source().mainUrl == QUrl(QStringLiteral("rtsp://127.0.0.1:1/cam2")));
    REQUIRE(wall->tile(3)->blockedReason().isEmpty());

    // The operator is searching the Centre and has the market's camera selected.
    widgets::CameraTree *tree = desk.mainWindow()->cameraTree();
    tree->searchField()->setText(QStringLiteral("Centre"));
    REQUIRE(tree->visibleCameraCount() == 4);
    tree->view()->selectionModel()->select(treeIndex(tree, 2), QItemSelectionModel::Select);
    REQUIRE(tree->selectedCameras() == QList<int> { 2 });

    // The other desk's administrator: 1 renamed and moved up the street, 2's stream moved to a
    // new encoder, 3 retired, 4 given to the landlord, 5 disabled, and a new camera 6.
    cameras::Camera one = *other.directory.byNumber(1);
    one.name = QStringLiteral("Parvis de l'hôtel de ville");
    one.latitude = 48.753;
    REQUIRE(other.directory.updateCamera(other.records.admin, one).ok());
    REQUIRE(other.directory
                .setStreamUrls(other.records.admin, 2,
                               QUrl(QStringLiteral("rtsp://127.0.0.1:1/encodeur-2")), QUrl())
                .ok());
    REQUIRE(other.directory.retireCamera(other.records.admin, 3).ok());
    cameras::Camera four = *other.directory.byNumber(4);
    four.owner = cameras::CameraOwner::Bailleur;
    four.convention = QStringLiteral("HSH-2025-017");
    REQUIRE(other.directory.updateCamera(other.records.admin, four).ok());
    cameras::Camera five = *other.directory.byNumber(5);
    five.enabled = false;
    REQUIRE(other.directory.updateCamera(other.records.admin, five).ok());
    REQUIRE(other.directory
                .addCamera(other.records.admin, camera(6, "Place du Marché", "Centre", 48.751))
                .ok());
    const qint64 before = here.journal.lastSeq();
    QSignalSpy changed(&board, &cameras::CameraStatusBoard::camerasChanged);
    REQUIRE(other.sendTo(databasePath).ok());
    // What the application does after a sync that brought something.
    watch.check();
    REQUIRE(changed.count() == 1);

    // The tiles: the new name, the new stream, the retirement, the landlord's rule, the camera
    // disabled; nothing else moved.
    CHECK(wall->tile(0)->caption().contains(QStringLiteral("Parvis de l'hôtel de ville")));
    CHECK(wall->tile(1)->source().mainUrl == QUrl(QStringLiteral("rtsp://127.0.0.1:1/encodeur-2")));
    CHECK(wall->tile(2)->source().mainUrl.isEmpty());
    CHECK(wall->tile(2)->caption().contains(QStringLiteral("retired")));
    CHECK(wall->tile(3)->source().mainUrl.isEmpty());
    CHECK_FALSE(wall->tile(3)->blockedReason().isEmpty());
    CHECK(wall->tile(4)->source().mainUrl.isEmpty());
    CHECK(wall->tile(4)->blockedReason().contains(QStringLiteral("disabled")));
    CHECK(wall->wallState().cameras.mid(0, 5) == QList<int> { 1, 2, 3, 4, 5 });
    CHECK(wall->viewedCameras() == QList<int> { 1, 2 });
    // The views that stopped are closed now in the viewing log, with why.
    int ended = 0;
    for (const journal::Event &e : here.journal.events(QStringLiteral("CSU-A"), before, 1000)) {
        if (e.action == QLatin1String("view.end")
            && e.payload.value(QStringLiteral("reason")).toString()
                == QLatin1String("directory_changed"))
            ++ended;
    }
    CHECK(ended == 3);

    // The tree: same search, same selection; renamed, retired gone, new one in its zone.
    CHECK(tree->searchField()->text() == QStringLiteral("Centre"));
    CHECK(tree->selectedCameras() == QList<int> { 2 });
    const QHash<int, QString> rows = treeRows(tree);
    CHECK(rows.value(1) == QStringLiteral("001 Parvis de l'hôtel de ville"));
    CHECK_FALSE(rows.contains(3));
    CHECK(rows.value(6) == QStringLiteral("006 Place du Marché"));
    // 1, 2, 5 and 6 in the commune's Centre, 4 in the landlord's.
    CHECK(tree->visibleCameraCount() == 5);
    const QModelIndex landlord = treeIndex(tree, 4).parent().parent();
    CHECK(landlord.data().toString().contains(QStringLiteral("HSH-2025-017")));

    // The map: 1 moved, 3 greyed where it stood, 5 disabled, 6 placed.
    const auto moved = map->planPosition(1);
    REQUIRE(moved);
    CHECK(*moved != *firstPlace);
    CHECK(map->state(3) == widgets::MapState::Disabled);
    CHECK(map->state(5) == widgets::MapState::Disabled);
    CHECK(map->planPosition(6));

    CHECK(logged(desk, QStringLiteral("Camera directory changed")));
    CHECK_FALSE(logged(desk, QStringLiteral("next log-in")));
    desk.close();
}

TEST_CASE("a camera changed with vigiectl on this desk's register reaches the running desk",
          "[desk][directory]")
{
    QTemporaryDir data;
    const QString dir = data.path();
    const test::CtlRun init = test::runCtl(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("init"), QStringLiteral("--admin"),
          QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Administrateur") },
        QStringLiteral("admin-de-nuit\n"));
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    const test::CtlRun added = test::runCtl(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("camera"), QStringLiteral("add"),
          QStringLiteral("7"), QStringLiteral("--name"), QStringLiteral("Parvis de la gare"),
          QStringLiteral("--main"), QStringLiteral("rtsp://127.0.0.1:1/x"),
          QStringLiteral("--user"), QStringLiteral("admin") },
        QStringLiteral("admin-de-nuit\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);

    // The running desk, on the same register: its own connection, its watch on its timer.
    auto db = test::openDatabase(data.filePath(QStringLiteral("vigie.db")));
    QSettings conf(data.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
    journal::Journal journal(*db, workstationId(conf));
    cameras::CameraDirectory directory(*db, journal);
    cameras::CameraStatusBoard board;
    board.setCameras(directory.inService());
    cameras::DirectoryWatch watch(*db, directory, board);
    watch.start(50);
    test::FakeScreens screens;
    screens.list = { test::monitor("DUMMY0", 0, true) };
    QTemporaryDir confDir;
    QSettings settings(confDir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
    app::Session session;
    session.user.login = QStringLiteral("operateur");
    session.user.displayName = QStringLiteral("Camille Martin");
    session.workstationId = QStringLiteral("CSU-TEST-01");
    session.schedule = access::ShiftSchedule::defaultSchedule();
    app::Desk desk(session, &screens, &settings, &board, {});
    desk.show();
    widgets::WallView *wall = desk.mainWindow()->wall();
    wall->setWallState({ QStringLiteral("2x2"), { 7 } });
    REQUIRE(wall->tile(0)->caption().contains(QStringLiteral("Parvis de la gare")));

    const test::CtlRun renamed = test::runCtl(
        { QStringLiteral("--data-dir"), dir, QStringLiteral("camera"), QStringLiteral("set"),
          QStringLiteral("7"), QStringLiteral("--name"), QStringLiteral("Gare RER, parvis nord"),
          QStringLiteral("--user"), QStringLiteral("admin") },
        QStringLiteral("admin-de-nuit\n"));
    INFO(renamed.err.toStdString());
    REQUIRE(renamed.code == 0);
    CHECK(test::waitUntil(
        [&] { return wall->tile(0)->caption().contains(QStringLiteral("Gare RER, parvis nord")); },
        10000));
    CHECK(treeRows(desk.mainWindow()->cameraTree()).value(7)
          == QStringLiteral("007 Gare RER, parvis nord"));
    desk.close();
}
