// The detectors on generated scenes with known answers (moving, parked and wrong-way objects,
// lighting changes and camera noise, and scenes where nothing must fire), their configurations
// as journaled reference data, their alarms, and a damaged file.
#include "app/ctl/ctl.h"
#include "core/access/reference_gate.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/clip_reader.h"
#include "core/analytics/detector.h"
#include "core/analytics/detector_settings.h"
#include "core/analytics/detector_state_store.h"
#include "core/analytics/synthetic_scene.h"
#include "core/common/workstation.h"
#include "core/journal/journal.h"
#include "core/store/migrations.h"
#include "core/sync/projectors.h"
#include "tests/core/records/records_fixture.h"
#include "tests/support/ctl_register.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace vigie;
using analytics::AnalyticsEvent;
using analytics::DetectorConfig;
using analytics::DetectorKind;

namespace {

using analytics::synthetic::drawObject;
using analytics::synthetic::flickering;
constexpr int kW = analytics::synthetic::kWidth;
constexpr qint64 kStep_ms = 200; // 5 pictures a second

QList<AnalyticsEvent> run(analytics::Detector &d, int pictures,
                          const std::function<void(cv::Mat &, int)> &draw, qint64 start_ms = 0,
                          double noise = 4.0, const std::function<double(int)> &light = {})
{
    cv::RNG rng(7);
    QList<AnalyticsEvent> events;
    for (int i = 0; i < pictures; ++i) {
        const double l = light ? light(i) : 1.0;
        cv::Mat m = analytics::synthetic::street(l, rng, noise);
        draw(m, i);
        events += d.feed(m, start_ms + i * kStep_ms);
    }
    return events;
}

int count(const QList<AnalyticsEvent> &events, const QString &type)
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [&](const AnalyticsEvent &e) { return e.type == type; }));
}

DetectorConfig config(DetectorKind kind)
{
    DetectorConfig c;
    c.camera = 4;
    c.name = QStringLiteral("test");
    c.kind = kind;
    return c;
}

} // namespace

TEST_CASE("a zone or a line outside the picture is refused with a reason", "[analytics]")
{
    DetectorConfig c = config(DetectorKind::Intrusion);
    c.zone = { { 0.1, 0.1 }, { 1.2, 0.1 }, { 0.5, 0.9 } };
    const Status refused = c.check();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("1.2")));
    c.zone = { { 0.1, 0.1 }, { 0.9, 0.1 }, { 0.5, 0.9 } };
    CHECK(c.check().ok());
    DetectorConfig line = config(DetectorKind::Line);
    line.line = QLineF(0.5, -0.1, 0.5, 0.9);
    CHECK_FALSE(line.check().ok());
    CHECK_FALSE(DetectorConfig::parseZone(QStringLiteral("0.1,0.2;abc")).ok());
    DetectorConfig newer = config(DetectorKind::Intrusion);
    newer.format = analytics::kConfigFormat + 1;
    CHECK(newer.check().error().contains(QStringLiteral("newer")));
}

TEST_CASE("line crossing counts each object once per crossing, by direction", "[analytics]")
{
    DetectorConfig c = config(DetectorKind::Line);
    c.line = QLineF(0.5, 0.1, 0.5, 0.9);
    auto d = analytics::Detector::create(c);
    // One object left to right (pictures 20-59), one right to left (70-109), one that walks up
    // to the line and back without crossing (120-159), and one that hesitates on the line
    // before crossing left to right (170-229).
    const auto events = run(*d, 240, [](cv::Mat &m, int i) {
        if (i >= 20 && i < 60)
            drawObject(m, cv::Rect(5 + (i - 20) * 3, 50, 14, 24), 1);
        if (i >= 70 && i < 110)
            drawObject(m, cv::Rect(140 - (i - 70) * 3, 40, 14, 24), 1);
        if (i >= 120 && i < 160) {
            const int x = i < 140 ? 20 + (i - 120) * 2 : 60 - (i - 140) * 2;
            drawObject(m, cv::Rect(x, 60, 14, 24), 1);
        }
        if (i >= 170 && i < 230) {
            const int x = i < 190 ? 20 + (i - 170) * 2
                : i < 210         ? 60 + ((i / 2) % 2) * 6
                                  : 66 + (i - 210) * 3;
            drawObject(m, cv::Rect(x, 45, 14, 24), 1);
        }
    });
    CHECK(d->counts().value(QStringLiteral("left_to_right")) == 2);
    CHECK(d->counts().value(QStringLiteral("right_to_left")) == 1);
    CHECK(count(events, QStringLiteral("crossing")) == 3);
}

TEST_CASE("an intrusion in the zone raises one alarm, light and noise none", "[analytics]")
{
    DetectorConfig c = config(DetectorKind::Intrusion);
    c.zone = { { 0.5, 0.2 }, { 0.95, 0.2 }, { 0.95, 0.95 }, { 0.5, 0.95 } };
    c.minDuration_s = 1.0;
    SECTION("someone walks into the zone and stays in it")
    {
        auto d = analytics::Detector::create(c);
        const auto events = run(*d, 120, [](cv::Mat &m, int i) {
            if (i >= 40)
                drawObject(m, cv::Rect(std::min(110, 10 + (i - 40) * 3), 60, 14, 26), 1);
        });
        CHECK(count(events, QStringLiteral("intrusion")) == 1);
    }
    SECTION("movement outside the zone only")
    {
        auto d = analytics::Detector::create(c);
        const auto events = run(*d, 120, [](cv::Mat &m, int i) {
            drawObject(m, cv::Rect(5 + (i % 40), 10 + (i % 60), 12, 20), 1);
        });
        CHECK(count(events, QStringLiteral("intrusion")) == 0);
    }
    SECTION("lighting changes and strong noise on an empty scene")
    {
        auto d = analytics::Detector::create(c);
        const auto events = run(
            *d, 150, [](cv::Mat &, int) {}, 0, 8.0, &flickering);
        CHECK(count(events, QStringLiteral("intrusion")) == 0);
    }
    SECTION("outside its schedule it watches but says nothing")
    {
        c.schedule = analytics::Schedule::parse(QStringLiteral("18:00-07:30@1-5")).value();
        auto d = analytics::Detector::create(c);
        // A Wednesday at 10:00, local time.
        const qint64 morning = QDateTime(QDate(2026, 12, 2), QTime(10, 0)).toMSecsSinceEpoch();
        const auto events = run(
            *d, 120,
            [](cv::Mat &m, int i) {
                if (i >= 40)
                    drawObject(m, cv::Rect(std::min(110, 10 + (i - 40) * 3), 60, 14, 26), 1);
            },
            morning);
        CHECK(count(events, QStringLiteral("intrusion")) == 0);
        CHECK(c.schedule.covers(QDateTime(QDate(2026, 12, 2), QTime(23, 0))));
        CHECK(c.schedule.covers(QDateTime(QDate(2026, 12, 3), QTime(6, 0))));
        CHECK_FALSE(c.schedule.covers(QDateTime(QDate(2026, 12, 5), QTime(23, 0)))); // Saturday
    }
}

TEST_CASE("wrong-way: motion against the lane raises an alarm, the lawful way none", "[analytics]")
{
    DetectorConfig c = config(DetectorKind::WrongWay);
    c.zone = { { 0.0, 0.3 }, { 1.0, 0.3 }, { 1.0, 0.8 }, { 0.0, 0.8 } };
    c.direction_deg = 0; // traffic goes right
    const auto traffic = [](int sign) {
        return [sign](cv::Mat &m, int i) {
            for (int k = 0; k < 2; ++k) {
                const int offset = ((i * 4 + k * 80) % 200) - 30;
                const int x = sign > 0 ? offset : kW - offset;
                drawObject(m, cv::Rect(x, 50, 26, 16), 1);
            }
        };
    };
    SECTION("lawful traffic, lighting changes, noise")
    {
        auto d = analytics::Detector::create(c);
        const auto events = run(*d, 150, traffic(1), 0, 6.0, &flickering);
        CHECK(count(events, QStringLiteral("wrongway")) == 0);
    }
    SECTION("a vehicle against the traffic")
    {
        auto d = analytics::Detector::create(c);
        const auto events = run(*d, 60, traffic(-1));
        CHECK(count(events, QStringLiteral("wrongway")) == 1);
    }
}

TEST_CASE("a parked vehicle raises an abandoned-car alarm after its time, through a restart and "
          "an outage",
          "[analytics]")
{
    test::RecordsFixture f;
    DetectorConfig c = config(DetectorKind::Stationary);
    c.zone = { { 0.3, 0.3 }, { 0.7, 0.3 }, { 0.7, 0.7 }, { 0.3, 0.7 } };
    c.stationary_s = 7 * 24 * 3600.0;
    c.recheck_s = 3600;
    const qint64 hour = 3600 * 1000;
    cv::RNG rng(3);
    const auto picture = [&](bool car, double light) {
        cv::Mat m = analytics::synthetic::street(light, rng);
        if (car)
            drawObject(m, cv::Rect(55, 42, 50, 36), light);
        return m;
    };
    analytics::DetectorStateStore states(*f.db);
    QList<AnalyticsEvent> events;
    {
        auto d = analytics::Detector::create(c);
        // Empty for a day, then the car parks; three days of hourly pictures, day and night.
        for (int h = 0; h < 24 * 4; ++h)
            events += d->feed(picture(h >= 24, h % 24 < 7 ? 0.7 : 1.0), h * hour);
        REQUIRE(states.save(*d, 24 * 4 * hour).ok());
    }
    CHECK(count(events, QStringLiteral("stationary_seen")) == 1);
    CHECK(count(events, QStringLiteral("stationary")) == 0);
    // Vigie restarts; the camera is then down for two days; the car is still there.
    auto d = analytics::Detector::create(c);
    states.restore(*d);
    for (int h = 24 * 6; h < 24 * 9; ++h)
        events += d->feed(picture(true, h % 24 < 7 ? 0.7 : 1.0), h * hour);
    REQUIRE(count(events, QStringLiteral("stationary")) == 1);
    const auto alarm = std::find_if(events.cbegin(), events.cend(), [](const AnalyticsEvent &e) {
        return e.type == QLatin1String("stationary");
    });
    // Seven days after it was first seen (hour 24), with its picture and dated re-checks.
    CHECK(alarm->t_ms == (24 + 7 * 24) * hour);
    CHECK(qint64(alarm->details.value(QStringLiteral("first_seen_ms")).toDouble()) == 24 * hour);
    CHECK(alarm->details.value(QStringLiteral("checks")).toArray().size() > 100);
    CHECK(alarm->picture.startsWith("\x89PNG"));

    SECTION("an empty place under changing light raises nothing")
    {
        auto empty = analytics::Detector::create(c);
        QList<AnalyticsEvent> none;
        for (int h = 0; h < 24 * 9; ++h)
            none += empty->feed(picture(false, h % 24 < 7 ? 0.6 : 1.0 + 0.1 * (h % 3)), h * hour);
        CHECK(count(none, QStringLiteral("stationary")) == 0);
    }
    SECTION("a car that leaves and another that comes restart the timer")
    {
        auto moving = analytics::Detector::create(c);
        QList<AnalyticsEvent> seen;
        for (int h = 0; h < 24 * 9; ++h) {
            cv::Mat m = analytics::synthetic::street(1.0, rng);
            // A different vehicle every two days.
            drawObject(m, cv::Rect(55 + (h / 48) % 2 * 8, 42, 50 - (h / 48) % 2 * 8, 36), 1);
            if ((h / 48) % 2)
                cv::circle(m, cv::Point(80, 60), 8, cv::Scalar(230), cv::FILLED);
            seen += moving->feed(m, h * hour);
        }
        CHECK(count(seen, QStringLiteral("stationary")) == 0);
        CHECK(count(seen, QStringLiteral("stationary_seen")) >= 4);
    }
}

TEST_CASE("road occupancy: saturation held for its time raises one alarm", "[analytics]")
{
    DetectorConfig c = config(DetectorKind::Occupancy);
    c.zone = { { 0.0, 0.35 }, { 1.0, 0.35 }, { 1.0, 0.7 }, { 0.0, 0.7 } };
    c.threshold = 0.5;
    c.hold_s = 10;
    c.interval_s = 5;
    auto d = analytics::Detector::create(c);
    // Free flow (one car now and then), then a jam: cars bumper to bumper crawling (60-150).
    const auto events = run(*d, 200, [](cv::Mat &m, int i) {
        if (i >= 60 && i < 150) {
            for (int x = -((i / 4) % 30); x < kW; x += 30)
                drawObject(m, cv::Rect(x, 44, 27, 36), 1);
        } else if ((i / 20) % 2) {
            drawObject(m, cv::Rect((i % 20) * 8, 48, 24, 28), 1);
        }
    });
    CHECK(count(events, QStringLiteral("saturation")) == 1);
    CHECK(count(events, QStringLiteral("saturation_end")) == 1);
    CHECK(count(events, QStringLiteral("occupancy")) >= 7);
}

TEST_CASE("loitering: someone staying in the zone past its time raises one alarm", "[analytics]")
{
    DetectorConfig c = config(DetectorKind::Loitering);
    c.zone = { { 0.2, 0.2 }, { 0.8, 0.2 }, { 0.8, 0.9 }, { 0.2, 0.9 } };
    c.loiter_s = 20;
    SECTION("someone paces in the zone")
    {
        auto d = analytics::Detector::create(c);
        const auto events = run(*d, 200, [](cv::Mat &m, int i) {
            if (i >= 20)
                drawObject(m, cv::Rect(60 + (i % 10) * 2, 50 + (i % 6), 14, 26), 1);
        });
        CHECK(count(events, QStringLiteral("loitering")) == 1);
    }
    SECTION("people passing through")
    {
        auto d = analytics::Detector::create(c);
        const auto events = run(*d, 200, [](cv::Mat &m, int i) {
            drawObject(m, cv::Rect((i * 4) % kW, 60, 14, 26), 1);
        });
        CHECK(count(events, QStringLiteral("loitering")) == 0);
    }
}

TEST_CASE("detector configurations are set by a chef de salle, journaled, kept and synced",
          "[analytics][sync]")
{
    test::RecordsFixture a;
    analytics::DetectorSettings settings(*a.db, a.journal);
    DetectorConfig c = config(DetectorKind::Line);
    c.line = QLineF(0.3, 0.3, 0.3, 0.6);
    c.schedule = analytics::Schedule::parse(QStringLiteral("00:00-24:00@1-7")).value();
    CHECK_FALSE(settings.set(a.operatorUser, c).ok());
    CHECK_FALSE(settings.set(a.admin, c).ok());
    REQUIRE(settings.set(a.chef, c).ok());
    DetectorConfig outside = c;
    outside.line = QLineF(0.3, 0.3, 1.3, 0.6);
    CHECK_FALSE(settings.set(a.chef, outside).ok());

    // A restart: the register opened again.
    a.db.reset();
    a.db = test::openDatabase(a.dir.filePath(QStringLiteral("vigie.db")));
    journal::Journal journal(*a.db, QStringLiteral("CSU-A"), a.clock);
    analytics::DetectorSettings reopened(*a.db, journal);
    REQUIRE(reopened.list(4).size() == 1);
    CHECK(reopened.list(4).constFirst().toJson() == c.toJson());

    // Another desk pulls the events: applied once their author's right is checked there.
    test::RecordsFixture b;
    const auto registry = sync::ProjectorRegistry::standard();
    int events = 0;
    for (const journal::Event &e : journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
        if (e.objectType != QLatin1String(analytics::kSettingsObject))
            continue;
        events += e.action == QLatin1String("analytics.set") ? 1 : 0;
        REQUIRE(registry.project(*b.db, e).ok());
    }
    CHECK(events == 1);
    analytics::DetectorSettings other(*b.db, b.journal);
    REQUIRE(other.list().size() == 1);
    CHECK(other.list().constFirst().toJson() == c.toJson());

    // A configuration from a newer version is kept in the journal, flagged, and not applied.
    journal::Event newer = journal.events(QStringLiteral("CSU-A"), 0, 100000).constLast();
    newer.objectType = QLatin1String(analytics::kSettingsObject);
    newer.action = QStringLiteral("analytics.set");
    newer.seq += 1000;
    DetectorConfig future = c;
    future.name = QStringLiteral("future");
    future.format = analytics::kConfigFormat + 1;
    newer.payload = future.toJson();
    newer.objectId = QStringLiteral("4/future");
    newer.user = a.chef.login;
    REQUIRE(registry.project(*b.db, newer).ok());
    CHECK(other.list().size() == 1);
    CHECK(access::ReferenceGate::count(*b.db) == 1);
}

TEST_CASE("alarms are journaled and acknowledged once, with a comment", "[analytics]")
{
    test::RecordsFixture f;
    analytics::AlarmLog alarms(*f.db, f.journal, f.clock);
    AnalyticsEvent e;
    e.type = QStringLiteral("intrusion");
    e.alarm = true;
    e.t_ms = f.now.toMSecsSinceEpoch();
    const auto raised = alarms.raise(4, QStringLiteral("portail-ecole"), e);
    REQUIRE(raised.ok());
    REQUIRE(alarms.list(true).size() == 1);
    CHECK_FALSE(alarms.acknowledge(f.admin, raised.value(), QString()).ok());
    REQUIRE(alarms.acknowledge(f.operatorUser, raised.value(), QStringLiteral("chat errant")).ok());
    CHECK_FALSE(alarms.acknowledge(f.chef, raised.value(), QString()).ok());
    CHECK(alarms.list(true).isEmpty());
    const auto alarm = alarms.find(raised.value());
    CHECK(alarm->acknowledgedBy == f.operatorUser.login);
    CHECK(alarm->comment == QStringLiteral("chat errant"));
    int journaled = 0;
    for (const journal::Event &ev : f.journal.events(QStringLiteral("CSU-A"), 0, 100000))
        journaled += ev.action.startsWith(QLatin1String("analytics.")) ? 1 : 0;
    CHECK(journaled == 2);
}

TEST_CASE("a damaged file is refused with a reason, and a clip is read at the asked rate",
          "[analytics]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("corrompu.mp4"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x42'));
    file.close();
    analytics::ClipReader reader;
    CHECK_FALSE(reader.open(bad, 5, 320).ok());

    const test::CtlRun damaged
        = test::runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("analyze"), bad,
                         QStringLiteral("--detector"), QStringLiteral("line"),
                         QStringLiteral("--line"), QStringLiteral("0.5,0.1,0.5,0.9") });
    CHECK(damaged.code == 1);
    CHECK(damaged.err.contains(bad));

    const QString vtest = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
    REQUIRE(QFile::exists(vtest));
    analytics::ClipReader clip;
    REQUIRE(clip.open(vtest, 5, 320).ok());
    analytics::Picture picture;
    int pictures = 0;
    while (pictures < 20 && clip.next(picture))
        ++pictures;
    CHECK(pictures == 20);
    CHECK(picture.grey.cols == 320);
    CHECK(picture.grey.rows == 240);
    CHECK(picture.frame == 38); // 10 fps file, every second picture
    CHECK(picture.t_ms == 3800);
}

TEST_CASE("vigiectl analyze counts the people crossing a line in a cut of vtest.avi, and refuses "
          "a zone outside the picture in French",
          "[analytics][ctl]")
{
    QTemporaryDir dir;
    // Pictures 150 to 269 of vtest.avi: three people crossing the line right to left (pictures
    // 178, 200 and 243 in bench/analytics/vtest-line-truth.csv), nobody left to right.
    const QString cut = dir.filePath(QStringLiteral("vtest-cut.avi"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"),
                   QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi"),
                   QStringLiteral("-vf"), QStringLiteral("trim=start_frame=150:end_frame=270"),
                   QStringLiteral("-c:v"), QStringLiteral("mpeg4"), QStringLiteral("-q:v"),
                   QStringLiteral("2"), cut });
    REQUIRE(ffmpeg.waitForFinished(60000));
    REQUIRE(ffmpeg.exitCode() == 0);
    const test::CtlRun counted
        = test::runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("analyze"), cut,
                         QStringLiteral("--detector"), QStringLiteral("line"),
                         QStringLiteral("--line"), QStringLiteral("0.30,0.32,0.30,0.565"),
                         QStringLiteral("--format"), QStringLiteral("json") });
    INFO(counted.err.toStdString());
    REQUIRE(counted.code == 0);
    const QJsonObject result = QJsonDocument::fromJson(counted.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("counts"))
              .toObject()
              .value(QStringLiteral("right_to_left"))
              .toInt()
          == 3);
    CHECK(result.value(QStringLiteral("counts"))
              .toObject()
              .value(QStringLiteral("left_to_right"))
              .toInt()
          == 0);

    const test::CtlRun outside = test::runCtl(
        { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"), QStringLiteral("fr"),
          QStringLiteral("analyze"), cut, QStringLiteral("--detector"), QStringLiteral("intrusion"),
          QStringLiteral("--zone"), QStringLiteral("0.1,0.1;1.5,0.1;0.5,0.9") });
    CHECK(outside.code == 1);
    CHECK(outside.err.contains(QStringLiteral("hors de l'image")));
}

TEST_CASE("vigiectl analytics set and list: a chef de salle's detector, kept and listed",
          "[analytics][ctl]")
{
    const test::CtlRegister reg;
    reg.addUser(QStringLiteral("kbenali"), QStringLiteral("operator,supervisor"));
    reg.addUser(QStringLiteral("cmartin"), QStringLiteral("operator"));
    const QStringList set {
        QStringLiteral("analytics"),  QStringLiteral("set"),
        QStringLiteral("4"),          QStringLiteral("portail-ecole"),
        QStringLiteral("--detector"), QStringLiteral("intrusion"),
        QStringLiteral("--zone"),     QStringLiteral("0.5,0.2;0.95,0.2;0.95,0.95"),
        QStringLiteral("--schedule"), QStringLiteral("18:00-07:30@1-5")
    };
    const auto refused = reg.runAs(QStringLiteral("cmartin"), set);
    CHECK(refused.code == 1);
    const auto recorded = reg.runAs(QStringLiteral("kbenali"), set);
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.code == 0);
    const auto outside
        = reg.runAs(QStringLiteral("kbenali"),
                    { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("analytics"),
                      QStringLiteral("set"), QStringLiteral("4"), QStringLiteral("portail-ecole"),
                      QStringLiteral("--zone"), QStringLiteral("0.5,0.2;1.95,0.2;0.9,0.9") });
    CHECK(outside.code == 1);
    CHECK(outside.err.contains(QStringLiteral("hors de l'image")));

    const auto listed = reg.run({ QStringLiteral("analytics"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(listed.code == 0);
    const QJsonArray detectors = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(detectors.size() == 1);
    const QJsonObject portail = detectors.first().toObject();
    CHECK(portail.value(QStringLiteral("name")).toString() == QStringLiteral("portail-ecole"));
    CHECK(portail.value(QStringLiteral("kind")).toString() == QStringLiteral("intrusion"));
    CHECK(portail.value(QStringLiteral("schedule")).toString()
          == QStringLiteral("18:00-07:30@1,2,3,4,5"));
    CHECK(portail.value(QStringLiteral("zone")).toArray().size() == 3);
}

TEST_CASE("vigiectl analytics ack: refused to one who does not record incidents and without a "
          "comment, in French; the alarm stays open until an operator acknowledges it",
          "[analytics][ctl][security]")
{
    const test::CtlRegister reg;
    reg.addUser(QStringLiteral("cmartin"), QStringLiteral("operator"));
    reg.habilitate(QStringLiteral("cmartin"));
    QString id;
    {
        // Raised on this register as its desk's detectors raise them.
        QSettings settings(reg.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
        auto db = test::openDatabase(reg.filePath(QStringLiteral("vigie.db")));
        journal::Journal journal(*db, workstationId(settings));
        analytics::AnalyticsEvent e;
        e.type = QStringLiteral("intrusion");
        e.alarm = true;
        e.t_ms = QDateTime::currentMSecsSinceEpoch();
        const auto raised
            = analytics::AlarmLog(*db, journal).raise(4, QStringLiteral("portail"), e);
        REQUIRE(raised.ok());
        id = raised.value();
    }
    const auto stillOpen = [&reg, &id] {
        const auto listed = reg.run({ QStringLiteral("analytics"), QStringLiteral("alarms"),
                                      QStringLiteral("--open"), QStringLiteral("--format"),
                                      QStringLiteral("json") });
        REQUIRE(listed.code == 0);
        const QJsonArray open = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        return open.size() == 1 && open.first().toObject().value(QStringLiteral("id")) == id;
    };
    const QStringList ack { QStringLiteral("--lang"),
                            QStringLiteral("fr"),
                            QStringLiteral("analytics"),
                            QStringLiteral("ack"),
                            id,
                            QStringLiteral("--comment"),
                            QStringLiteral("Rien vu sur place") };
    // The administrator keeps the register, and does not record what happens in the street.
    const auto byAdmin = reg.runAs(QStringLiteral("admin"), ack, test::CtlRegister::kAdminPassword);
    CHECK(byAdmin.code == 1);
    INFO(byAdmin.err.toStdString());
    CHECK(byAdmin.err.contains(QStringLiteral("saisir un incident")));
    CHECK(stillOpen());
    // An operator, without saying what was seen and done.
    const auto bare = reg.runAs(
        QStringLiteral("cmartin"),
        ack.mid(0, 5) + QStringList { QStringLiteral("--comment"), QStringLiteral("  ") });
    CHECK(bare.code == 1);
    CHECK(bare.err.contains(QStringLiteral("commentaire")));
    CHECK(stillOpen());
    const auto done = reg.runAs(QStringLiteral("cmartin"), ack);
    INFO(done.err.toStdString());
    REQUIRE(done.code == 0);
    CHECK_FALSE(stillOpen());
}
