// The analytics' alarms at the desk, as an operator meets them: the list fed live, the sound
// until acknowledged or snoozed, the keyboard-only acts (F8, Enter, A, S, I, Shift+F8), the
// badges and tour holds on the walls, and the desk's own detectors on the demo's RTSP server.
#include "app/alarm_desk.h"
#include "app/alarm_sound.h"
#include "app/analytics_host.h"
#include "app/desk.h"
#include "app/main_window.h"
#include "app/map_window.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/analytics_runner.h"
#include "core/analytics/detector_settings.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "core/cameras/directory_watch.h"
#include "core/journal/journal.h"
#include "core/records/incident_service.h"
#include "core/records/incident_typology.h"
#include "core/records/snapshot_store.h"
#include "core/sync/projectors.h"
#include "core/video/stream_registry.h"
#include "core/walls/tour.h"
#include "tests/app/desk_test_support.h"
#include "tests/core/records/records_fixture.h"
#include "tests/support/ctl_run.h"
#include "tests/support/rtsp_server.h"
#include "widgets/alarm_list_view.h"
#include "widgets/camera_map.h"
#include "widgets/incident_dialog.h"
#include "widgets/live_video.h"

#include <QBuffer>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace vigie;

namespace {

// What the desk asks of its loudspeaker, readable by the test (no audio device needed).
class FakeSound : public app::AlarmSound
{
public:
    void play(int severity) override { level = severity; }
    int playing() const override { return level; }
    int level = 0;
};

QByteArray redPicture()
{
    QImage image(320, 180, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// Answers a dialog from the keyboard: `text` where its focus is (replacing what is there when
// `replace`), then Enter.
std::function<void(QWidget *)> typeThenEnter(const QString &text, bool replace = false)
{
    return [text, replace](QWidget *) {
        if (replace)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    };
}

// A register with cameras 6 (the demo's RTSP clip, when given), 7 and 8, and a desk on it.
struct AlarmDeskFixture
{
    test::RecordsFixture records;
    QTemporaryDir dir;
    QSettings settings { dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat };
    cameras::CameraStatusBoard board;
    test::FakeScreens screens;
    cameras::CameraDirectory directory { *records.db, records.journal };
    records::SnapshotStore snapshots { records.dir.path(), *records.db, records.journal };
    app::Services services { *records.db,    records.journal, records.auth,
                             records.policy, records.shifts,  records.incidents,
                             snapshots,      directory,       settings };
    std::unique_ptr<app::Desk> desk;
    FakeSound *sound = nullptr;

    explicit AlarmDeskFixture(const QString &rtspBase = QString())
    {
        const struct
        {
            int number;
            const char *name;
        } cameras[]
            = { { 6, "Rue piétonne" }, { 7, "Parvis de la gare" }, { 8, "Cour de l'école" } };
        for (const auto &c : cameras) {
            cameras::Camera camera;
            camera.number = c.number;
            camera.name = QString::fromUtf8(c.name);
            camera.place = camera.name + QStringLiteral(", Antony");
            camera.inseeCode = QStringLiteral("92002");
            camera.mainUrl = QUrl(c.number == 6 && !rtspBase.isEmpty()
                                      ? rtspBase + QStringLiteral("/cam06/main")
                                      : QStringLiteral("rtsp://127.0.0.1:1/x"));
            if (c.number == 6 && !rtspBase.isEmpty())
                camera.subUrl = QUrl(rtspBase + QStringLiteral("/cam06/sub"));
            REQUIRE(directory.addCamera(records.admin, camera).ok());
        }
        board.setCameras(directory.cameras());
        screens.list = { test::monitor("DUMMY0", 0, true) };
    }
    ~AlarmDeskFixture()
    {
        if (desk)
            desk->close();
    }

    void open(const access::User &user)
    {
        app::Session session;
        session.user = user;
        session.workstationId = QStringLiteral("CSU-TEST-01");
        session.schedule = access::ShiftSchedule::defaultSchedule();
        desk = std::make_unique<app::Desk>(session, &screens, &settings, &board,
                                           QList<cameras::CameraGroup> {}, &services);
        desk->show();
        auto fake = std::make_unique<FakeSound>();
        sound = fake.get();
        desk->alarms()->setSound(std::move(fake));
        // Camera 7 on the main wall, 8 on no wall at all.
        wall()->setWallState({ QStringLiteral("2x2"), { 7 } });
    }

    widgets::WallView *wall() const { return desk->mainWindow()->wall(); }
    widgets::AlarmListView *list() const { return desk->mainWindow()->alarmList(); }

    // An alarm as this desk's detectors or a sync would bring it, then the list reading it.
    QString raise(int camera, const QString &type = QStringLiteral("intrusion"))
    {
        analytics::AnalyticsEvent e;
        e.type = type;
        e.alarm = true;
        e.t_ms = QDateTime::currentMSecsSinceEpoch();
        e.picture = redPicture();
        const auto raised = analytics::AlarmLog(*records.db, records.journal)
                                .raise(camera, QStringLiteral("portail-ecole"), e);
        REQUIRE(raised.ok());
        desk->alarms()->refresh();
        return raised.value();
    }

    QList<journal::Event> events(const QString &action) const
    {
        QList<journal::Event> found;
        for (const auto &event : records.journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
            if (event.action == action)
                found.append(event);
        }
        return found;
    }

    // F8 from the wall the operator works on.
    bool focusList() const
    {
        if (!test::focusTile(wall(), 0))
            return false;
        QTest::keyClick(wall()->tile(0), Qt::Key_F8);
        return test::waitUntil([this] { return list()->list()->hasFocus(); }, 5000);
    }
};

} // namespace

TEST_CASE("an alarm on a camera nobody watches sounds until acknowledged, and Shift+F8 shows it",
          "[alarms]")
{
    AlarmDeskFixture d;
    d.open(d.records.operatorUser);
    REQUIRE(test::focusTile(d.wall(), 1));
    const QString id = d.raise(8);
    // Listed, newest first, with its camera, its type and its picture; the urgent sound loops.
    REQUIRE(d.list()->count() == 1);
    const QTreeWidgetItem *row = d.list()->list()->topLevelItem(0);
    CHECK(row->text(1).contains(QStringLiteral("Cour de l'école")));
    CHECK(row->text(2) == widgets::AlarmListView::typeLabel(QStringLiteral("intrusion")));
    CHECK(row->text(3) == QStringLiteral("portail-ecole"));
    CHECK_FALSE(row->icon(0).isNull());
    CHECK(d.sound->playing() == 2);
    // A newer one comes first.
    const QString newer = d.raise(7, QStringLiteral("saturation"));
    CHECK(d.desk->alarms()->shownIds() == QStringList { newer, id });
    REQUIRE(d.desk->alarms()->acknowledge(newer, QStringLiteral("Bouchon résorbé")).ok());

    // Shift+F8 from the wall: camera 8, on the tile that has the focus, with its badge.
    QTest::keyClick(d.wall()->tile(1), Qt::Key_F8, Qt::ShiftModifier);
    CHECK(d.wall()->tile(1)->cameraNumber() == 8);
    CHECK(d.wall()->tile(1)->alarmLabel().contains(
        widgets::AlarmListView::typeLabel(QStringLiteral("intrusion"))));
    CHECK(d.wall()->tile(0)->alarmLabel().isEmpty()); // camera 7's alarm was acknowledged

    // F8, A, the comment, Enter: acknowledged, journaled with its words; silence, no badge.
    REQUIRE(d.focusList());
    auto answered = test::whenDialogOpens(typeThenEnter(QStringLiteral("Chat sur le muret")));
    QTest::keyClick(d.list()->list(), Qt::Key_A);
    REQUIRE(*answered);
    CHECK(d.list()->count() == 0);
    CHECK(d.sound->playing() == 0);
    CHECK(d.wall()->tile(1)->alarmLabel().isEmpty());
    const auto alarm = analytics::AlarmLog(*d.records.db, d.records.journal).find(id);
    REQUIRE(alarm);
    CHECK(alarm->acknowledgedBy == d.records.operatorUser.login);
    CHECK(alarm->comment == QStringLiteral("Chat sur le muret"));
    const auto acks = d.events(QStringLiteral("analytics.ack"));
    REQUIRE(acks.size() == 2);
    CHECK(acks.last().objectId == id);
    CHECK(acks.last().user == d.records.operatorUser.login);
    CHECK(acks.last().payload.value(QStringLiteral("comment")).toString()
          == QStringLiteral("Chat sur le muret"));
}

TEST_CASE("an acknowledgement without the right, or without a comment, is refused by core and "
          "said; the alarm stays and sounds",
          "[alarms]")
{
    AlarmDeskFixture d;
    d.open(d.records.admin); // an administrator records no incident: no TagIncident
    const QString id = d.raise(8);
    REQUIRE(d.focusList());
    auto answered = test::whenDialogOpens(typeThenEnter(QStringLiteral("vu")));
    QTest::keyClick(d.list()->list(), Qt::Key_A);
    REQUIRE(*answered);
    CHECK(d.list()->count() == 1);
    CHECK(d.sound->playing() == 2);
    CHECK(d.events(QStringLiteral("analytics.ack")).isEmpty());
    QListWidget *log = d.desk->mainWindow()->eventList();
    QStringList said;
    for (int i = 0; i < log->count(); ++i)
        said.append(log->item(i)->text());
    INFO(said.join(QLatin1Char('\n')).toStdString());
    CHECK(
        said.join(QLatin1Char('\n'))
            .contains(
                app::AlarmDesk::tr("Alarm not acknowledged: %1").section(QLatin1Char('%'), 0, 0)));
    // Core refuses a bare acknowledgement whoever asks, the GUI or anything else.
    const Status bare = analytics::AlarmLog(*d.records.db, d.records.journal)
                            .acknowledge(d.records.operatorUser, id, QStringLiteral("  "));
    CHECK_FALSE(bare.ok());
    CHECK(d.events(QStringLiteral("analytics.ack")).isEmpty());
}

TEST_CASE("a snooze silences and hides the alarm on this desk for its minutes, then it is back",
          "[alarms]")
{
    AlarmDeskFixture d;
    d.open(d.records.operatorUser);
    QDateTime now = QDateTime::currentDateTime();
    d.desk->alarms()->setClock([&now] { return now; });
    d.raise(8, QStringLiteral("stationary"));
    CHECK(d.sound->playing() == 1); // the medium sound for a parked vehicle
    const auto journaled = d.records.journal.events(QStringLiteral("CSU-A"), 0, 100000).size();
    REQUIRE(d.focusList());
    // The minutes' field: all of it selected, replaced by 10.
    auto answered = test::whenDialogOpens(typeThenEnter(QStringLiteral("10"), true));
    QTest::keyClick(d.list()->list(), Qt::Key_S);
    REQUIRE(*answered);
    CHECK(d.list()->count() == 0);
    CHECK(d.sound->playing() == 0);
    // Still open for the register and every desk: the badge stays; nothing journaled.
    CHECK(d.desk->alarms()->badges().contains(8));
    CHECK(d.records.journal.events(QStringLiteral("CSU-A"), 0, 100000).size() == journaled);
    now = now.addSecs(9 * 60);
    d.desk->alarms()->refresh();
    CHECK(d.list()->count() == 0);
    now = now.addSecs(2 * 60);
    d.desk->alarms()->refresh();
    CHECK(d.list()->count() == 1);
    CHECK(d.sound->playing() == 1);
}

TEST_CASE("I on an alarm makes an incident that carries its picture and names the alarm",
          "[alarms]")
{
    AlarmDeskFixture d;
    d.open(d.records.operatorUser);
    const QString id = d.raise(8);
    const int digit = test::categoryDigit(*d.records.db, QStringLiteral("tranquillity"));
    REQUIRE(digit > 0);
    REQUIRE(d.focusList());
    QString refusal;
    auto answered = test::whenDialogOpens([digit, &refusal](QWidget *modal) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + digit));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        if (modal->isVisible()) {
            refusal = qobject_cast<widgets::IncidentDialog *>(modal)->errorText();
            test::pressEscape(modal);
        }
    });
    QTest::keyClick(d.list()->list(), Qt::Key_I);
    REQUIRE(*answered);
    CHECK(refusal.isEmpty());
    const auto found = d.records.incidents.search(d.records.operatorUser, {});
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    const records::IncidentDraft &saved = found.value().first().draft;
    CHECK(saved.cameraNumber == 8);
    CHECK(saved.links.contains(QStringLiteral("alarm:") + id));
    REQUIRE_FALSE(saved.snapshotPath.isEmpty());
    QFile file(d.snapshots.absolutePath({ saved.snapshotPath, QString() }));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray png = file.readAll();
    CHECK(png == redPicture());
    CHECK(saved.snapshotSha256 == QString::fromLatin1(journal::Journal::sha256Hex(png)));
    // Making an incident acknowledges nothing: the alarm is still to be handled.
    CHECK(d.list()->count() == 1);
}

TEST_CASE("an alarm raised on another desk shows its picture once it arrives, and I makes an "
          "incident with it",
          "[alarms][sync]")
{
    AlarmDeskFixture d;
    d.open(d.records.operatorUser);
    // The other desk's register raises it with a live picture (JPEG); its two events reach this
    // desk one after the other, as a sync may bring them.
    test::RecordsFixture other;
    QImage scene(320, 180, QImage::Format_RGB32);
    scene.fill(Qt::darkBlue);
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        scene.save(&buffer, "JPEG", 90);
    }
    analytics::AnalyticsEvent e;
    e.type = QStringLiteral("intrusion");
    e.alarm = true;
    e.t_ms = QDateTime::currentMSecsSinceEpoch();
    e.picture = jpeg;
    const auto raised
        = analytics::AlarmLog(*other.db, other.journal).raise(8, QStringLiteral("cour"), e);
    REQUIRE(raised.ok());
    QList<journal::Event> arriving;
    for (journal::Event event : other.journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
        if (!event.action.startsWith(QLatin1String("analytics.")))
            continue;
        event.workstation = QStringLiteral("CSU-B");
        arriving.append(event);
    }
    REQUIRE(arriving.size() == 2);
    const auto registry = sync::ProjectorRegistry::standard();
    REQUIRE(registry.project(*d.records.db, arriving.at(0)).ok()); // the alarm
    d.desk->alarms()->refresh();
    REQUIRE(d.list()->count() == 1);
    CHECK(d.list()->list()->topLevelItem(0)->icon(0).isNull());
    REQUIRE(registry.project(*d.records.db, arriving.at(1)).ok()); // its picture
    d.desk->alarms()->refresh();
    CHECK_FALSE(d.list()->list()->topLevelItem(0)->icon(0).isNull());

    // I: the incident's snapshot is that picture, as a PNG like every snapshot, pixel for pixel.
    const int digit = test::categoryDigit(*d.records.db, QStringLiteral("tranquillity"));
    REQUIRE(digit > 0);
    REQUIRE(d.focusList());
    auto answered = test::whenDialogOpens([digit](QWidget *modal) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + digit));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        if (modal->isVisible())
            test::pressEscape(modal);
    });
    QTest::keyClick(d.list()->list(), Qt::Key_I);
    REQUIRE(*answered);
    const auto found = d.records.incidents.search(d.records.operatorUser, {});
    REQUIRE(found.ok());
    REQUIRE(found.value().size() == 1);
    const records::IncidentDraft &saved = found.value().first().draft;
    CHECK(saved.links.contains(QStringLiteral("alarm:") + raised.value()));
    REQUIRE_FALSE(saved.snapshotPath.isEmpty());
    QFile file(d.snapshots.absolutePath({ saved.snapshotPath, QString() }));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray png = file.readAll();
    CHECK(png.startsWith("\x89PNG"));
    CHECK(QImage::fromData(png).convertToFormat(QImage::Format_RGB32)
          == QImage::fromData(jpeg).convertToFormat(QImage::Format_RGB32));
}

TEST_CASE("a tour holds on an alarmed camera until its alarm is acknowledged", "[alarms][tour]")
{
    AlarmDeskFixture d;
    d.open(d.records.operatorUser);
    qint64 now_ms = 0;
    d.wall()->setTourClock([&now_ms] { return now_ms; });
    walls::Tour tour;
    tour.cameras = { 6, 8, 7 };
    tour.period_s = 10;
    tour.tile = 0;
    REQUIRE(d.wall()->startTour(tour));
    CHECK(d.wall()->tile(0)->cameraNumber() == 6);
    const QString id = d.raise(8);
    now_ms += 10'000;
    d.wall()->stepTours();
    REQUIRE(d.wall()->tile(0)->cameraNumber() == 8);
    CHECK_FALSE(d.wall()->tile(0)->alarmLabel().isEmpty());
    // However long: camera 8 stays, and its badge says why.
    for (int i = 0; i < 5; ++i) {
        now_ms += 10'000;
        d.wall()->stepTours();
    }
    CHECK(d.wall()->tile(0)->cameraNumber() == 8);
    CHECK(d.wall()->tile(0)->tourLabel().contains(widgets::WallView::tr("alarm")));
    REQUIRE(d.desk->alarms()->acknowledge(id, QStringLiteral("Rien à signaler")).ok());
    d.wall()->stepTours();
    CHECK(d.wall()->tile(0)->cameraNumber() == 7);
}

TEST_CASE("the real alarm sounds are the program's WAV files, and loop until stopped",
          "[alarms][sound]")
{
    app::QtAlarmSound sound;
    for (const int severity : { 1, 2 }) {
        QSoundEffect *effect = sound.effect(severity);
        CHECK(effect->source() == app::QtAlarmSound::source(severity));
        CHECK(QFile::exists(QLatin1Char(':') + effect->source().path()));
        CHECK(effect->loopCount() == QSoundEffect::Infinite);
        REQUIRE(
            test::waitUntil([effect] { return effect->status() != QSoundEffect::Loading; }, 10000));
        CHECK(effect->status() == QSoundEffect::Ready);
    }
    sound.play(2);
    CHECK(sound.playing() == 2);
    sound.play(0);
    CHECK(sound.playing() == 0);
    CHECK_FALSE(sound.effect(2)->isPlaying());
}

TEST_CASE("the governor's pressure lowers the desk's analytics rate before any tile",
          "[alarms][governor]")
{
    std::chrono::steady_clock::time_point now
        = std::chrono::steady_clock::time_point() + std::chrono::hours(1);
    widgets::LiveVideo video(nullptr, nullptr, {}, [&now] { return now; });
    video.setLoadProbe([] { return 0.99; });
    QList<double> rates;
    video.setAnalytics(true, [&rates](double rate) { rates.append(rate); });
    video.evaluate(true);
    now += std::chrono::milliseconds(2100);
    video.evaluate(true);
    CHECK(rates == QList<double> { 5.0, 2.5 });
}

TEST_CASE("the desk's own detectors: a live alarm reaches the list, the journal and the sound; "
          "a change of configuration is picked up; analytics resume after an outage",
          "[alarms][live]")
{
    test::RtspServer server;
    REQUIRE(server.start());
    AlarmDeskFixture d(QStringLiteral("rtsp://127.0.0.1:%1").arg(server.port()));
    analytics::DetectorConfig parvis;
    parvis.camera = 6;
    parvis.name = QStringLiteral("parvis");
    parvis.kind = analytics::DetectorKind::Intrusion;
    analytics::DetectorSettings detectors(*d.records.db, d.records.journal);
    REQUIRE(detectors.set(d.records.chef, parvis).ok());
    video::StreamRegistry streams;
    app::AnalyticsHost host(*d.records.db, d.records.journal, streams, d.board, 1);
    d.services.analytics = &host;
    d.open(d.records.operatorUser); // camera 6 on no wall
    QSignalSpy recorded(&host, &app::AnalyticsHost::alarmRecorded);
    host.start(3600 * 1000);
    CHECK(host.watchedCameras() == QList<int> { 6 });
    REQUIRE(recorded.wait(60000));
    const QString id = recorded.first().at(0).toString();
    CHECK(d.desk->alarms()->shownIds().contains(id));
    CHECK(d.sound->playing() == 2);
    const auto alarm = analytics::AlarmLog(*d.records.db, d.records.journal).find(id);
    REQUIRE(alarm);
    // A live alarm's picture is a JPEG (it goes to every desk and to central).
    CHECK(alarm->picture.startsWith("\xFF\xD8"));
    CHECK_FALSE(QImage::fromData(alarm->picture).isNull());
    CHECK_FALSE(d.events(QStringLiteral("analytics.alarm")).isEmpty());
    CHECK(streams.engineCount() == 1);

    // Removed, then configured again, by a supervisor: no restart.
    REQUIRE(detectors.remove(d.records.chef, 6, parvis.name).ok());
    host.reconcile();
    CHECK(host.watchedCameras().isEmpty());
    REQUIRE(detectors.set(d.records.chef, parvis).ok());
    host.reconcile();
    CHECK(host.watchedCameras() == QList<int> { 6 });

    // The camera drops and comes back on its address: the pictures are analysed again.
    REQUIRE(test::waitUntil([&] { return host.runner().analysed() > 0; }, 60000));
    const int port = server.port();
    server.stop();
    const qint64 before = host.runner().analysed();
    test::RtspServer again({ QStringLiteral("--port"), QString::number(port) });
    REQUIRE(again.start());
    CHECK(test::waitUntil([&] { return host.runner().analysed() > before + 10; }, 90000));
}

TEST_CASE("the demo's detectors: an intrusion zone and a counting line on the real clip, by the "
          "chef de salle, never on a landlord's camera",
          "[alarms][demo]")
{
    QTemporaryDir dir;
    const auto seed = [&dir](const QString &cameras) {
        return test::runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"),
                              QStringLiteral("seed"), QStringLiteral("--cameras"), cameras });
    };
    const auto detectors = [&dir] {
        return test::runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("analytics"),
                              QStringLiteral("list") });
    };
    SECTION("six cameras: the clip's camera is the landlord's, and nothing watches it")
    {
        REQUIRE(seed(QStringLiteral("6")).code == 0);
        const test::CtlRun listed = detectors();
        REQUIRE(listed.code == 0);
        CHECK_FALSE(listed.out.contains(QStringLiteral("pelouse")));
    }
    SECTION("eight cameras, as scripts/demo seeds them")
    {
        REQUIRE(seed(QStringLiteral("8")).code == 0);
        const test::CtlRun listed = detectors();
        REQUIRE(listed.code == 0);
        INFO(listed.out.toStdString());
        CHECK(listed.out.contains(QStringLiteral("pelouse")));
        CHECK(listed.out.contains(QStringLiteral("passage")));
        // Seeded again: kept as they are, not doubled.
        REQUIRE(seed(QStringLiteral("8")).code == 0);
        CHECK(detectors().out.count(QStringLiteral("pelouse")) == 1);
    }
}

TEST_CASE("F8 lands on the newest alarm, whichever was selected before", "[alarms]")
{
    AlarmDeskFixture d;
    d.open(d.records.operatorUser);
    const QString older = d.raise(7, QStringLiteral("saturation"));
    d.list()->setCurrentId(older);
    const QString newest = d.raise(8);
    REQUIRE(d.focusList());
    CHECK(d.list()->currentId() == newest);
    // While the operator works in the list, a new alarm does not move the selection.
    QTest::keyClick(d.list()->list(), Qt::Key_Down);
    CHECK(d.list()->currentId() == older);
    d.raise(6);
    CHECK(d.list()->currentId() == older);
}

TEST_CASE("the camera map colours a camera in alarm as soon as it is raised, and no longer once "
          "acknowledged",
          "[alarms][map]")
{
    AlarmDeskFixture d;
    d.open(d.records.operatorUser);
    d.desk->openMap(false);
    REQUIRE(d.desk->mapWindow());
    widgets::CameraMap *map = d.desk->mapWindow()->map();
    CHECK(map->state(8) != widgets::MapState::Alarm);
    const QString id = d.raise(8);
    CHECK(map->state(8) == widgets::MapState::Alarm);
    REQUIRE(d.desk->alarms()->acknowledge(id, QStringLiteral("Fausse alerte : un chat")).ok());
    CHECK(map->state(8) != widgets::MapState::Alarm);
}

TEST_CASE("the desk's detectors follow the directory at once: a new stream address, a camera "
          "disabled, given to a landlord or retired",
          "[alarms][directory]")
{
    AlarmDeskFixture d;
    analytics::DetectorConfig parvis;
    parvis.camera = 6;
    parvis.name = QStringLiteral("parvis");
    parvis.kind = analytics::DetectorKind::Intrusion;
    REQUIRE(analytics::DetectorSettings(*d.records.db, d.records.journal)
                .set(d.records.chef, parvis)
                .ok());
    video::StreamRegistry streams;
    app::AnalyticsHost host(*d.records.db, d.records.journal, streams, d.board, 1);
    cameras::DirectoryWatch watch(*d.records.db, d.directory, d.board);
    host.start(3600 * 1000); // no periodic look during the test: the change alone is followed
    REQUIRE(host.watchedCameras() == QList<int> { 6 });
    const QUrl before = d.board.camera(6)->subUrl.isEmpty() ? d.board.camera(6)->mainUrl
                                                            : d.board.camera(6)->subUrl;
    REQUIRE(streams.consumers(before).contains(QStringLiteral("analytics:6")));

    // A new encoder: the detectors watch its stream, the old one is let go.
    const QUrl moved(QStringLiteral("rtsp://127.0.0.1:1/encodeur-6"));
    REQUIRE(d.directory.setStreamUrls(d.records.admin, 6, moved, QUrl()).ok());
    watch.check();
    CHECK(streams.consumers(moved).contains(QStringLiteral("analytics:6")));
    CHECK_FALSE(streams.consumers(before).contains(QStringLiteral("analytics:6")));

    // Disabled, then enabled again.
    cameras::Camera six = *d.directory.byNumber(6);
    six.enabled = false;
    REQUIRE(d.directory.updateCamera(d.records.admin, six).ok());
    watch.check();
    CHECK(host.watchedCameras().isEmpty());
    six.enabled = true;
    REQUIRE(d.directory.updateCamera(d.records.admin, six).ok());
    watch.check();
    CHECK(host.watchedCameras() == QList<int> { 6 });

    // Given to a landlord: nothing of it is analysed on the CSU's side.
    six.owner = cameras::CameraOwner::Bailleur;
    six.convention = QStringLiteral("HSH-2025-017");
    REQUIRE(d.directory.updateCamera(d.records.admin, six).ok());
    watch.check();
    CHECK(host.watchedCameras().isEmpty());

    // Back to the commune, then retired.
    six.owner = cameras::CameraOwner::Commune;
    six.convention.clear();
    REQUIRE(d.directory.updateCamera(d.records.admin, six).ok());
    watch.check();
    CHECK(host.watchedCameras() == QList<int> { 6 });
    REQUIRE(d.directory.retireCamera(d.records.admin, 6).ok());
    watch.check();
    CHECK(host.watchedCameras().isEmpty());
}
