// Counts and occupancy recorded per quarter of an hour and reported, the alarms' pictures as
// events of their own purged with their camera's images (forged ones flagged), acknowledgements
// from other desks checked, alarms of earlier versions with their picture inline or in a file,
// the tracker keeping a hidden object inside the blob that hides it, and the damaged file told
// in French.
#include "core/access/reference_gate.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/analytics_retention.h"
#include "core/analytics/centroid_tracker.h"
#include "core/analytics/clip_reader.h"
#include "core/analytics/count_log.h"
#include "core/analytics/detector.h"
#include "core/cameras/camera_directory.h"
#include "core/common/sha256.h"
#include "core/journal/journal.h"
#include "core/journal/retention.h"
#include "core/sync/projectors.h"
#include "tests/core/records/records_fixture.h"
#include "tests/support/ctl_run.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

const QString kVtest = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");

QByteArray png()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

analytics::AnalyticsEvent stationary(qint64 t_ms)
{
    analytics::AnalyticsEvent e;
    e.type = QStringLiteral("stationary");
    e.alarm = true;
    e.t_ms = t_ms;
    e.picture = png();
    return e;
}

} // namespace

TEST_CASE("an object hidden in a blob it shares with another stays inside that blob", "[analytics]")
{
    // Someone walking left, slowing down, then joined by a second person: their shared blob
    // spans x 90..116. Coasting at the last pace would carry the hidden one past x 90.
    analytics::CentroidTracker tracker(40, 2000);
    const auto blob = [](int x, int w) {
        analytics::Blob b;
        b.box = cv::Rect(x, 60, w, 40);
        b.centroid = cv::Point2d(x + w / 2.0, 80);
        b.area = w * 40;
        return b;
    };
    qint64 t = 0;
    for (const int x : { 110, 106, 102, 99 }) {
        tracker.update({ blob(x - 7, 14) }, t);
        t += 200;
    }
    for (int i = 0; i < 8; ++i) {
        tracker.update({ blob(90, 26) }, t);
        t += 200;
    }
    REQUIRE(tracker.tracks().size() == 1);
    // Its centre stays half its own width inside the shared blob's box.
    CHECK(tracker.tracks().constFirst().position.x >= 90 + 7);
}

TEST_CASE("a line's counts and a lane's occupancy are recorded per quarter and reported the same "
          "on every desk",
          "[analytics][counts]")
{
    test::RecordsFixture a;
    analytics::CountLog counts(*a.db, a.journal);
    // A clip run: vtest.avi's first 270 pictures, dated from the fixture's clock, through the
    // line of bench/analytics and an occupancy zone left of it.
    analytics::DetectorConfig line;
    line.camera = 4;
    line.name = QStringLiteral("passage");
    line.kind = analytics::DetectorKind::Line;
    line.line = QLineF(0.30, 0.32, 0.30, 0.565);
    analytics::DetectorConfig lane = line;
    lane.name = QStringLiteral("allee");
    lane.kind = analytics::DetectorKind::Occupancy;
    lane.zone = { { 0.14, 0.30 }, { 0.30, 0.30 }, { 0.30, 0.565 }, { 0.14, 0.565 } };
    lane.interval_s = 10;
    auto lineDetector = analytics::Detector::create(line);
    auto laneDetector = analytics::Detector::create(lane);
    lineDetector->setScheduleApplies(false);
    laneDetector->setScheduleApplies(false);
    // A quarter starts 10 s into the clip: its counts fall in two quarters.
    const qint64 start_ms = (a.now.toMSecsSinceEpoch() / analytics::kCountInterval_ms + 1)
            * analytics::kCountInterval_ms
        - 10000;
    analytics::ClipReader reader;
    REQUIRE(reader.open(kVtest, 5, 320).ok());
    analytics::Picture picture;
    double shareSum = 0;
    int shares = 0;
    while (reader.next(picture) && picture.frame < 270) {
        const qint64 t = start_ms + picture.t_ms;
        counts.add(4, line.name, lineDetector->feed(picture.grey, t));
        const auto occupancy = laneDetector->feed(picture.grey, t);
        for (const auto &e : occupancy) {
            if (e.type == QLatin1String("occupancy")) {
                shareSum += e.value;
                ++shares;
            }
        }
        counts.add(4, lane.name, occupancy);
    }
    // The detector's own counts, the directions it counted (the report has no column for a
    // direction nobody took).
    QMap<QString, int> own = lineDetector->counts();
    own.removeIf([](const auto &it) { return it.value() == 0; });
    REQUIRE(own.value(QStringLiteral("right_to_left")) == 3);
    REQUIRE(shares > 0);
    // Nothing is recorded before its quarter ends, then everything when the detectors stop.
    REQUIRE(counts.flush(start_ms).ok());
    CHECK(a.journal.events(QStringLiteral("CSU-A"), 0, 100000).constLast().action
          != QLatin1String("analytics.counts"));
    REQUIRE(counts.flush(start_ms + 60 * 60 * 1000, true).ok());

    const QDateTime from = QDateTime::fromMSecsSinceEpoch(start_ms).addDays(-1);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(start_ms).addDays(1);
    const auto byHour = counts.report(a.chef, 4, line.name, from, to, analytics::ReportStep::Hour);
    REQUIRE(byHour.ok());
    CHECK(byHour.value().rows.size() >= 48);
    CHECK(byHour.value().totals == own);
    const auto byDay
        = counts.report(a.operatorUser, 4, QString(), from, to, analytics::ReportStep::Day);
    REQUIRE(byDay.ok());
    CHECK(byDay.value().totals == own);
    CHECK(byDay.value().hasOccupancy);
    double reported = -1;
    for (const auto &row : byDay.value().rows)
        reported = std::max(reported, row.occupancy);
    CHECK(reported == Approx(shareSum / shares).epsilon(0.25));

    // Not for those who may not watch the cameras, and the refusal is journaled.
    const auto refused
        = counts.report(a.admin, 4, line.name, from, to, analytics::ReportStep::Hour);
    CHECK_FALSE(refused.ok());

    // Another desk pulls the events: the same report there.
    test::RecordsFixture b;
    const auto registry = sync::ProjectorRegistry::standard();
    for (const journal::Event &e : a.journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
        if (e.objectType == QLatin1String(analytics::kCountObject))
            REQUIRE(registry.project(*b.db, e).ok());
    }
    analytics::CountLog other(*b.db, b.journal);
    const auto there = other.report(b.chef, 4, line.name, from, to, analytics::ReportStep::Hour);
    REQUIRE(there.ok());
    CHECK(there.value().totals == own);
    CHECK(there.value().toCsv() == byHour.value().toCsv());
}

TEST_CASE("the counts' CSV neutralises a cell that a spreadsheet would run", "[analytics][counts]")
{
    test::RecordsFixture f;
    journal::Event e;
    e.uuid = QUuid::createUuid();
    e.action = QStringLiteral("analytics.counts");
    e.objectType = QLatin1String(analytics::kCountObject);
    const qint64 at = f.now.toMSecsSinceEpoch();
    e.payload = { { QStringLiteral("camera"), 4 },
                  { QStringLiteral("detector"), QStringLiteral("passage") },
                  { QStringLiteral("from_ms"), at },
                  { QStringLiteral("to_ms"), at + analytics::kCountInterval_ms },
                  { QStringLiteral("counts"),
                    QJsonObject { { QStringLiteral("=HYPERLINK(\"http://x\")"), 2 },
                                  { QStringLiteral("left_to_right"), 5 } } } };
    REQUIRE(analytics::CountLog::apply(*f.db, e).ok());
    analytics::CountLog counts(*f.db, f.journal);
    const auto report = counts.report(f.chef, 4, QString(), f.now.addSecs(-3600),
                                      f.now.addSecs(3600), analytics::ReportStep::Hour);
    REQUIRE(report.ok());
    const QString csv = report.value().toCsv();
    INFO(csv.toStdString());
    CHECK(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    CHECK_FALSE(csv.contains(QStringLiteral(";\"=")));
    CHECK(csv.contains(QStringLiteral("\"5\"")));
}

namespace {

// The events of one kind in this desk's journal, oldest first.
QList<journal::Event> eventsOf(test::RecordsFixture &f, const QString &action)
{
    QList<journal::Event> found;
    for (const journal::Event &e : f.journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
        if (e.action == action)
            found.append(e);
    }
    return found;
}

void addCamera(test::RecordsFixture &f, int number, int retentionDays)
{
    cameras::CameraDirectory directory(*f.db, f.journal);
    cameras::Camera camera;
    camera.number = number;
    camera.name = QStringLiteral("Caméra %1").arg(number);
    camera.inseeCode = QStringLiteral("92002");
    camera.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
    camera.retentionDays = retentionDays;
    REQUIRE(directory.addCamera(f.admin, camera).ok());
}

} // namespace

TEST_CASE("an alarm's picture is an event of its own, its hash in the alarm's; it goes with its "
          "camera's images, from the row and the journal, and the alarm with its own retention",
          "[analytics][retention]")
{
    test::RecordsFixture f;
    addCamera(f, 4, 30);
    addCamera(f, 5, 7); // a camera whose images the authorisation keeps a week
    analytics::AlarmLog alarms(*f.db, f.journal, f.clock);
    const qint64 t = f.now.toMSecsSinceEpoch();
    const auto raised = alarms.raise(4, QStringLiteral("ventouse"), stationary(t));
    REQUIRE(raised.ok());
    const auto shortLived = alarms.raise(5, QStringLiteral("ventouse"), stationary(t));
    REQUIRE(shortLived.ok());
    const QString sha = QString::fromLatin1(sha256Hex({ png() }));
    const journal::Event alarmEvent = eventsOf(f, QStringLiteral("analytics.alarm")).first();
    CHECK_FALSE(alarmEvent.payload.contains(QStringLiteral("snapshot_png")));
    CHECK_FALSE(alarmEvent.payload.contains(QStringLiteral("picture")));
    CHECK(alarmEvent.payload.value(QStringLiteral("snapshot_sha256")).toString() == sha);
    const auto pictures = eventsOf(f, QStringLiteral("analytics.picture"));
    REQUIRE(pictures.size() == 2);
    CHECK(pictures.first().objectType == QLatin1String(analytics::kPictureObject));
    CHECK(pictures.first().objectId == raised.value());
    const auto alarm = alarms.find(raised.value());
    REQUIRE(alarm);
    CHECK(alarm->picture == png());
    CHECK(alarm->snapshotFile.isEmpty());
    CHECK_FALSE(QDir(f.dir.filePath(QStringLiteral("analytics"))).exists()); // no file beside

    const cameras::CameraDirectory directory(*f.db, f.journal);
    const auto policy = journal::RetentionPolicy::defaults();
    const auto retain = [&](int days) {
        const auto report = journal::runRetention(f.journal, policy, f.now.addDays(days),
                                                  QStringLiteral("system"),
                                                  analytics::retentionPurges(alarms, directory));
        REQUIRE(report.ok());
        return report.value().summary();
    };
    const auto pictureKept = [&](const QString &id) {
        for (const journal::Event &e : eventsOf(f, QStringLiteral("analytics.picture"))) {
            if (e.objectId == id)
                return e.payload.contains(QStringLiteral("picture"));
        }
        return false;
    };
    // Past camera 5's week, within camera 4's 30 days: only camera 5's picture goes, from its
    // row and its event; both alarms stay.
    retain(8);
    CHECK(alarms.find(raised.value())->picture == png());
    CHECK(pictureKept(raised.value()));
    REQUIRE(alarms.find(shortLived.value()));
    CHECK(alarms.find(shortLived.value())->picture.isEmpty());
    CHECK_FALSE(pictureKept(shortLived.value()));
    const auto listed = eventsOf(f, QStringLiteral("journal.purge"));
    REQUIRE_FALSE(listed.isEmpty());
    CHECK(listed.constLast().objectType == QLatin1String(analytics::kPictureObject));
    CHECK(listed.constLast().payload.value(QStringLiteral("objects")).toArray()
          == QJsonArray { shortLived.value() });
    // Past 30 days: camera 4's picture goes too; the alarms' events keep their hash.
    CHECK(retain(31).contains(QStringLiteral("1")));
    REQUIRE(alarms.find(raised.value()));
    CHECK(alarms.find(raised.value())->picture.isEmpty());
    CHECK_FALSE(pictureKept(raised.value()));
    CHECK(eventsOf(f, QStringLiteral("analytics.alarm"))
              .first()
              .payload.value(QStringLiteral("snapshot_sha256"))
          == sha);
    CHECK(f.journal.verify().ok());
    // Past a year: the alarms too.
    retain(366);
    CHECK_FALSE(alarms.find(raised.value()));
    CHECK(f.journal.verify().ok());
    CHECK(eventsOf(f, QStringLiteral("analytics.picture_purge")).size() == 2);
    CHECK(eventsOf(f, QStringLiteral("analytics.alarm_purge")).size() == 1);
}

TEST_CASE("a picture that is not its alarm's is flagged and not shown", "[analytics][security]")
{
    test::RecordsFixture f;
    analytics::AlarmLog alarms(*f.db, f.journal, f.clock);
    analytics::AnalyticsEvent e = stationary(f.now.toMSecsSinceEpoch());
    e.picture.clear();
    const auto raised = alarms.raise(4, QStringLiteral("ventouse"), e);
    REQUIRE(raised.ok());
    // An alarm recorded with a picture elsewhere, then another picture under its id: a desk
    // that would swap what an alarm showed.
    journal::Event alarm = eventsOf(f, QStringLiteral("analytics.alarm")).first();
    alarm.uuid = QUuid::createUuid();
    alarm.workstation = QStringLiteral("CSU-B");
    alarm.objectId = QStringLiteral("0190c4a6-0000-7000-8000-0000000000b1");
    alarm.payload.insert(QStringLiteral("snapshot_sha256"),
                         QString::fromLatin1(sha256Hex({ png() })));
    const auto registry = sync::ProjectorRegistry::standard();
    REQUIRE(registry.project(*f.db, alarm).ok());
    QImage other(32, 24, QImage::Format_RGB32);
    other.fill(Qt::red);
    QByteArray otherPng;
    QBuffer buffer(&otherPng);
    buffer.open(QIODevice::WriteOnly);
    other.save(&buffer, "PNG");
    journal::Event forged = alarm;
    forged.uuid = QUuid::createUuid();
    forged.seq = alarm.seq + 1;
    forged.action = QStringLiteral("analytics.picture");
    forged.objectType = QLatin1String(analytics::kPictureObject);
    forged.payload = { { QStringLiteral("camera"), 4 },
                       { QStringLiteral("picture"), QString::fromLatin1(otherPng.toBase64()) } };
    const int flaggedBefore = access::ReferenceGate::count(*f.db);
    REQUIRE(registry.project(*f.db, forged).ok());
    CHECK(alarms.find(alarm.objectId)->picture.isEmpty());
    CHECK(access::ReferenceGate::count(*f.db) == flaggedBefore + 1);
    // The true one is shown.
    forged.uuid = QUuid::createUuid();
    forged.seq = alarm.seq + 2;
    forged.payload.insert(QStringLiteral("picture"), QString::fromLatin1(png().toBase64()));
    REQUIRE(registry.project(*f.db, forged).ok());
    CHECK(alarms.find(alarm.objectId)->picture == png());
    CHECK(access::ReferenceGate::count(*f.db) == flaggedBefore + 1);
}

TEST_CASE("an acknowledgement from another desk counts only from one who may record incidents",
          "[analytics][security]")
{
    test::RecordsFixture f;
    analytics::AlarmLog alarms(*f.db, f.journal, f.clock);
    const auto raised
        = alarms.raise(4, QStringLiteral("ventouse"), stationary(f.now.toMSecsSinceEpoch()));
    REQUIRE(raised.ok());
    const auto registry = sync::ProjectorRegistry::standard();
    journal::Event ack;
    ack.uuid = QUuid::createUuid();
    ack.workstation = QStringLiteral("CSU-B");
    ack.action = QStringLiteral("analytics.ack");
    ack.objectType = QLatin1String(analytics::kAlarmObject);
    ack.objectId = raised.value();
    ack.payload = { { QStringLiteral("comment"), QStringLiteral("rien vu") },
                    { QStringLiteral("at_ms"), f.now.toMSecsSinceEpoch() } };
    // Forged in the name of the system, of nobody known, of an administrator (who does not
    // record incidents): the alarm stays open, each flagged.
    const int flaggedBefore = access::ReferenceGate::count(*f.db);
    for (const QString &who :
         { QStringLiteral("system"), QStringLiteral("inconnu"), QStringLiteral("admin") }) {
        ack.uuid = QUuid::createUuid();
        ++ack.seq;
        ack.user = who;
        REQUIRE(registry.project(*f.db, ack).ok());
        CHECK(alarms.find(raised.value())->acknowledgedBy.isEmpty());
    }
    CHECK(access::ReferenceGate::count(*f.db) == flaggedBefore + 3);
    // An operator's counts.
    ack.uuid = QUuid::createUuid();
    ++ack.seq;
    ack.user = f.operatorUser.login;
    REQUIRE(registry.project(*f.db, ack).ok());
    CHECK(alarms.find(raised.value())->acknowledgedBy == f.operatorUser.login);
}

TEST_CASE("an alarm whose picture was a file beside the register still shows it, and retention "
          "removes the file",
          "[analytics][retention]")
{
    test::RecordsFixture f;
    const QString relative = QStringLiteral("analytics/2026/11/25/ancienne.png");
    QDir(f.dir.path()).mkpath(QStringLiteral("analytics/2026/11/25"));
    QFile file(f.dir.filePath(relative));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(png());
    file.close();
    journal::Event old;
    old.uuid = QUuid::createUuid();
    old.workstation = QStringLiteral("CSU-A");
    old.action = QStringLiteral("analytics.alarm");
    old.objectType = QLatin1String(analytics::kAlarmObject);
    old.objectId = QStringLiteral("0190c4a6-0000-7000-8000-0000000000f1");
    old.user = QStringLiteral("system");
    old.payload
        = { { QStringLiteral("camera"), 4 },
            { QStringLiteral("detector"), QStringLiteral("ventouse") },
            { QStringLiteral("type"), QStringLiteral("stationary") },
            { QStringLiteral("at_ms"), f.now.toMSecsSinceEpoch() },
            { QStringLiteral("details"), QJsonObject() },
            { QStringLiteral("snapshot_file"), relative },
            { QStringLiteral("snapshot_sha256"), QString::fromLatin1(sha256Hex({ png() })) } };
    REQUIRE(sync::ProjectorRegistry::standard().project(*f.db, old).ok());
    analytics::AlarmLog alarms(*f.db, f.journal, f.clock);
    CHECK(alarms.find(old.objectId)->picture == png());
    CHECK(alarms.find(old.objectId)->snapshotFile == relative);
    const cameras::CameraDirectory directory(*f.db, f.journal);
    REQUIRE(journal::runRetention(f.journal, journal::RetentionPolicy::defaults(),
                                  f.now.addDays(31), QStringLiteral("system"),
                                  analytics::retentionPurges(alarms, directory))
                .ok());
    CHECK_FALSE(QFile::exists(file.fileName()));
    CHECK(alarms.find(old.objectId)->picture.isEmpty());
}

TEST_CASE("an alarm recorded with its picture inline in the journal still shows it",
          "[analytics][retention]")
{
    test::RecordsFixture f;
    // As the previous version journaled it.
    journal::Event old;
    old.uuid = QUuid::createUuid();
    old.action = QStringLiteral("analytics.alarm");
    old.objectType = QLatin1String(analytics::kAlarmObject);
    old.objectId = QStringLiteral("0190c4a6-0000-7000-8000-000000000001");
    old.user = QStringLiteral("system");
    old.payload
        = { { QStringLiteral("camera"), 4 },
            { QStringLiteral("detector"), QStringLiteral("ventouse") },
            { QStringLiteral("type"), QStringLiteral("stationary") },
            { QStringLiteral("at_ms"), f.now.toMSecsSinceEpoch() },
            { QStringLiteral("details"), QJsonObject() },
            { QStringLiteral("snapshot_png"), QString::fromLatin1(png().toBase64()) },
            { QStringLiteral("snapshot_sha256"), QString::fromLatin1(sha256Hex({ png() })) } };
    const auto registry = sync::ProjectorRegistry::standard();
    REQUIRE(registry.project(*f.db, old).ok());
    analytics::AlarmLog alarms(*f.db, f.journal, f.clock);
    const auto alarm = alarms.find(old.objectId);
    REQUIRE(alarm);
    CHECK(alarm->picture == png());
    CHECK(alarm->snapshotFile.isEmpty());
}

TEST_CASE("a damaged file is refused in French, FFmpeg's own words left to the log",
          "[analytics][ctl]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("corrompu.mp4"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x42'));
    file.close();
    const test::CtlRun damaged = test::runCtl(
        { QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"), QStringLiteral("fr"),
          QStringLiteral("analyze"), bad, QStringLiteral("--detector"), QStringLiteral("line"),
          QStringLiteral("--line"), QStringLiteral("0.5,0.1,0.5,0.9") });
    CHECK(damaged.code == 1);
    CHECK(damaged.err.contains(bad));
    CHECK(damaged.err.contains(QStringLiteral("n'est pas une vidéo")));
    CHECK_FALSE(damaged.err.contains(QStringLiteral("Invalid data")));
}

TEST_CASE("vigiectl analytics report: counts per hour or day in text or CSV, for those who may "
          "watch",
          "[analytics][ctl][counts]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    const auto ctl = [&](QStringList args, const QString &stdinText = QString()) {
        return test::runCtl(QStringList { QStringLiteral("--data-dir"), data } + args, stdinText);
    };
    REQUIRE(ctl({ QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                  QStringLiteral("--name"), QStringLiteral("Administrateur") },
                QStringLiteral("admin-de-nuit\n"))
                .code
            == 0);
    const auto added = ctl(
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cmartin"),
          QStringLiteral("--name"), QStringLiteral("Camille Martin"), QStringLiteral("--role"),
          QStringLiteral("operator"), QStringLiteral("--user"), QStringLiteral("admin") },
        QStringLiteral("admin-de-nuit\nveille-de-nuit\n"));
    REQUIRE(added.code == 0);
    const auto habilitated = ctl(
        { QStringLiteral("user"), QStringLiteral("habilitate"), QStringLiteral("cmartin"),
          QStringLiteral("--designated-by"), QStringLiteral("Le maire d'Antony"),
          QStringLiteral("--ref"), QStringLiteral("arrêté 2026-114"), QStringLiteral("--territory"),
          QStringLiteral("92002"), QStringLiteral("--training"), QStringLiteral("2026-01-10"),
          QStringLiteral("--expires"), QStringLiteral("2030-01-01"), QStringLiteral("--user"),
          QStringLiteral("admin") },
        QStringLiteral("admin-de-nuit\n"));
    INFO(habilitated.err.toStdString());
    REQUIRE(habilitated.code == 0);
    {
        // Two quarters of counts on camera 4, as a desk's detectors record them.
        auto db = test::openDatabase(QDir(data).filePath(QStringLiteral("vigie.db")));
        const QDateTime nine(QDate(2026, 11, 25), QTime(9, 0));
        for (const auto &[minutes, n] : { std::pair { 0, 3 }, std::pair { 15, 4 } }) {
            journal::Event e;
            e.uuid = QUuid::createUuid();
            e.action = QStringLiteral("analytics.counts");
            const qint64 at = nine.addSecs(minutes * 60).toMSecsSinceEpoch();
            e.payload = { { QStringLiteral("camera"), 4 },
                          { QStringLiteral("detector"), QStringLiteral("passage") },
                          { QStringLiteral("from_ms"), at },
                          { QStringLiteral("to_ms"), at + analytics::kCountInterval_ms },
                          { QStringLiteral("counts"),
                            QJsonObject { { QStringLiteral("right_to_left"), n } } } };
            REQUIRE(analytics::CountLog::apply(*db, e).ok());
        }
    }
    const QStringList report { QStringLiteral("--lang"),    QStringLiteral("fr"),
                               QStringLiteral("analytics"), QStringLiteral("report"),
                               QStringLiteral("--camera"),  QStringLiteral("4"),
                               QStringLiteral("--from"),    QStringLiteral("2026-11-25"),
                               QStringLiteral("--to"),      QStringLiteral("2026-11-25"),
                               QStringLiteral("--user") };
    const auto refused
        = ctl(report + QStringList { QStringLiteral("admin") }, QStringLiteral("admin-de-nuit\n"));
    CHECK(refused.code == 1);
    const QString csvFile = dir.filePath(QStringLiteral("comptages.csv"));
    const auto written
        = ctl(report
                  + QStringList { QStringLiteral("cmartin"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--output"), csvFile },
              QStringLiteral("veille-de-nuit\n"));
    INFO(written.err.toStdString());
    REQUIRE(written.code == 0);
    QFile csv(csvFile);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 24 + 2); // header, 24 hours, the last line break
    CHECK(lines.first().contains(QStringLiteral("de droite à gauche")));
    CHECK(lines.value(10).startsWith(QStringLiteral("\"2026-11-25T09:00:00")));
    CHECK(lines.value(10).endsWith(QStringLiteral(";\"7\"")));
    const auto byDay = ctl(report
                               + QStringList { QStringLiteral("cmartin"), QStringLiteral("--by"),
                                               QStringLiteral("day") },
                           QStringLiteral("veille-de-nuit\n"));
    REQUIRE(byDay.code == 0);
    CHECK(byDay.out.contains(QStringLiteral("25/11/2026 00:00\t\t7")));
}
