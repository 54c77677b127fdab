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
#include "tests/support/ctl_register.h"

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

// A quarter of camera 4's line "passage" recorded as a desk's detectors journal it, applied to
// `db` (watched for `observed_ms`; none: counts recorded before the time watched was kept).
void applyQuarter(store::Database &db, qint64 from_ms, const QJsonObject &counts,
                  qint64 observed_ms = 0)
{
    journal::Event e;
    e.uuid = QUuid::createUuid();
    e.action = QStringLiteral("analytics.counts");
    e.objectType = QLatin1String(analytics::kCountObject);
    e.payload = { { QStringLiteral("camera"), 4 },
                  { QStringLiteral("detector"), QStringLiteral("passage") },
                  { QStringLiteral("from_ms"), from_ms },
                  { QStringLiteral("to_ms"), from_ms + analytics::kCountInterval_ms },
                  { QStringLiteral("counts"), counts } };
    if (observed_ms > 0)
        e.payload.insert(QStringLiteral("observed_ms"), observed_ms);
    REQUIRE(analytics::CountLog::apply(db, e).ok());
}

// Camera 4's line across vtest.avi's pavement (bench/analytics's), and a lane left of it.
analytics::DetectorConfig vtestLine()
{
    analytics::DetectorConfig line;
    line.camera = 4;
    line.name = QStringLiteral("passage");
    line.kind = analytics::DetectorKind::Line;
    line.line = QLineF(0.30, 0.32, 0.30, 0.565);
    return line;
}

analytics::DetectorConfig vtestLane()
{
    analytics::DetectorConfig lane = vtestLine();
    lane.name = QStringLiteral("allee");
    lane.kind = analytics::DetectorKind::Occupancy;
    lane.zone = { { 0.14, 0.30 }, { 0.30, 0.30 }, { 0.30, 0.565 }, { 0.14, 0.565 } };
    return lane;
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
    const analytics::DetectorConfig line = vtestLine();
    analytics::DetectorConfig lane = vtestLane();
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

TEST_CASE("a line that watched a quiet hour records 0, and nothing while its camera was lost; the "
          "report, the CSV and the text tell them apart",
          "[analytics][counts]")
{
    test::RecordsFixture f;
    analytics::CountLog counts(*f.db, f.journal);
    const analytics::DetectorConfig line = vtestLine();
    const analytics::DetectorConfig lane = vtestLane();
    auto lineDetector = analytics::Detector::create(line);
    auto laneDetector = analytics::Detector::create(lane);
    lineDetector->setScheduleApplies(false);
    laneDetector->setScheduleApplies(false);
    // As the live runner sets it for a line.
    lineDetector->setWatchTold(true);
    const auto feed = [&](const cv::Mat &grey, qint64 t) {
        counts.add(4, line.name, lineDetector->feed(grey, t));
        counts.add(4, lane.name, laneDetector->feed(grey, t));
    };
    // Four hours on the clock from the next whole hour: vtest.avi's first 270 pictures (3
    // people cross right to left), then the street frozen on its last picture, one picture
    // every 10 s (slower than the governor ever samples) until two hours; the camera lost until
    // 3 h 20; the frozen street again until 4 h.
    const QDateTime h0(f.now.date(), QTime(f.now.time().hour(), 0), f.now.timeZone());
    const qint64 t0 = h0.addSecs(3600).toMSecsSinceEpoch();
    constexpr qint64 kHour_ms = 3600 * 1000;
    analytics::ClipReader reader;
    REQUIRE(reader.open(kVtest, 5, 320).ok());
    analytics::Picture picture;
    cv::Mat street;
    qint64 t = t0;
    while (reader.next(picture) && picture.frame < 270) {
        t = t0 + picture.t_ms;
        feed(picture.grey, t);
        street = picture.grey.clone();
    }
    for (t += 10000; t < t0 + 2 * kHour_ms; t += 10000)
        feed(street, t);
    for (t = t0 + 3 * kHour_ms + 20 * 60 * 1000; t <= t0 + 4 * kHour_ms; t += 10000)
        feed(street, t);
    REQUIRE(counts.flush(t0 + 5 * kHour_ms).ok());

    // The quiet hour has its rows, zeros; the lost one none at all.
    const auto rows = [&](qint64 from_ms, qint64 to_ms, const QString &where) {
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM analytics_counts WHERE from_ms >= ?"
                                 " AND from_ms < ? AND ")
                  + where);
        q.addBindValue(from_ms);
        q.addBindValue(to_ms);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    CHECK(rows(t0 + kHour_ms, t0 + 2 * kHour_ms,
               QStringLiteral("detector = 'passage' AND direction <> '' AND count = 0"))
          == 4 * 2);
    CHECK(rows(t0 + 2 * kHour_ms, t0 + 3 * kHour_ms + 15 * 60 * 1000, QStringLiteral("1")) == 0);

    const auto report = counts.report(f.chef, 4, QString(), h0.addSecs(3600), h0.addSecs(5 * 3600),
                                      analytics::ReportStep::Hour);
    REQUIRE(report.ok());
    const analytics::CountReport &r = report.value();
    REQUIRE(r.rows.size() == 4);
    CHECK(r.directions
          == QStringList { QStringLiteral("left_to_right"), QStringLiteral("right_to_left") });
    // The clip's hour: its 3 crossings, watched all the hour.
    CHECK(r.rows[0].watched());
    CHECK(r.rows[0].counts.value(QStringLiteral("right_to_left")) == 3);
    CHECK(r.rows[0].counts.value(QStringLiteral("left_to_right")) == 0);
    CHECK_FALSE(r.rows[0].partlyWatched());
    // The quiet hour: watched, 0.
    CHECK(r.rows[1].watched());
    CHECK_FALSE(r.rows[1].partlyWatched());
    CHECK(r.rows[1].counts.value(QStringLiteral("right_to_left")) == 0);
    CHECK(r.rows[1].occupancy >= 0);
    // The camera lost: not watched, by the line or the lane.
    CHECK_FALSE(r.rows[2].watched());
    CHECK(r.rows[2].occupancy < 0);
    // Back at 3 h 20: 40 minutes of the hour.
    CHECK(r.rows[3].watched());
    CHECK(r.rows[3].partlyWatched());
    CHECK(r.rows[3].watched_ms == Approx(40 * 60 * 1000).margin(15000));
    CHECK(r.rows[3].occupancy >= 0);

    const QStringList csv = r.toCsv().split(QStringLiteral("\r\n"));
    INFO(r.toCsv().toStdString());
    CHECK(csv.value(0).endsWith(QStringLiteral("\"Observed (min)\"")));
    CHECK(csv.value(1).contains(QStringLiteral(";\"0\";\"3\";\"")));
    CHECK(csv.value(1).endsWith(QStringLiteral(";\"60\"")));
    CHECK(csv.value(2).contains(QStringLiteral(";\"0\";\"0\";\"")));
    CHECK(csv.value(2).endsWith(QStringLiteral(";\"60\"")));
    CHECK(csv.value(3).endsWith(QStringLiteral(";\"\";\"\";\"\";\"0\"")));
    CHECK(csv.value(4).endsWith(QStringLiteral(";\"40\"")));
    const QString text = r.toText();
    INFO(text.toStdString());
    CHECK(text.contains(h0.addSecs(3 * 3600).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                        + QStringLiteral("\t\t-\t-\t-\t0\n")));
}

TEST_CASE("a step watched for a few seconds reads 1 minute observed, never the 0 of one not "
          "watched",
          "[analytics][counts]")
{
    test::RecordsFixture f;
    const qint64 at
        = f.now.toMSecsSinceEpoch() / analytics::kCountInterval_ms * analytics::kCountInterval_ms;
    applyQuarter(*f.db, at,
                 { { QStringLiteral("left_to_right"), 0 }, { QStringLiteral("right_to_left"), 0 } },
                 20000);
    analytics::CountLog counts(*f.db, f.journal);
    const QDateTime hour = QDateTime::fromMSecsSinceEpoch(at, f.now.timeZone());
    const auto report
        = counts.report(f.chef, 4, QString(), hour, hour.addSecs(1), analytics::ReportStep::Hour);
    REQUIRE(report.ok());
    REQUIRE(report.value().rows.size() == 1);
    CHECK(report.value().rows[0].partlyWatched());
    CHECK(report.value().toCsv().endsWith(QStringLiteral(";\"0\";\"0\";\"1\"\r\n")));
}

TEST_CASE("the counts' CSV neutralises a cell that a spreadsheet would run", "[analytics][counts]")
{
    test::RecordsFixture f;
    applyQuarter(*f.db, f.now.toMSecsSinceEpoch(),
                 { { QStringLiteral("=HYPERLINK(\"http://x\")"), 2 },
                   { QStringLiteral("left_to_right"), 5 } });
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

TEST_CASE("counts are kept three years, then their rows and their events' content purged, the "
          "purge journaled, the recent ones kept",
          "[analytics][counts][retention]")
{
    test::RecordsFixture f;
    analytics::CountLog counts(*f.db, f.journal);
    const auto countQuarter = [&](const QDateTime &at) {
        analytics::AnalyticsEvent e;
        e.type = QStringLiteral("crossing");
        e.direction = QStringLiteral("left_to_right");
        e.t_ms = at.toMSecsSinceEpoch();
        counts.add(4, QStringLiteral("passage"), { e });
        REQUIRE(counts.flush(f.now.toMSecsSinceEpoch()).ok());
    };
    const auto quarters = [&](const QDateTime &from, const QDateTime &to) {
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM analytics_counts WHERE from_ms >= ? AND from_ms < ?"));
        q.addBindValue(from.toMSecsSinceEpoch());
        q.addBindValue(to.toMSecsSinceEpoch());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    // A quarter counted on 24 November 2026, recorded then; another a year and a half later.
    const QDateTime old = f.now.addDays(-1);
    countQuarter(old);
    f.now = f.now.addDays(550);
    const QDateTime recent = f.now.addSecs(-3600);
    countQuarter(recent);
    const auto policy = journal::RetentionPolicy::defaults();
    CHECK(policy.daysFor(QLatin1String(analytics::kCountObject)) == 3 * 365);

    // Within three years: kept.
    const QDateTime beforeThree = old.addDays(3 * 365 - 2);
    REQUIRE(journal::runRetention(f.journal, policy, beforeThree, QStringLiteral("system"),
                                  analytics::countsRetentionPurges(counts))
                .ok());
    CHECK(quarters(old.addDays(-1), old.addDays(1)) == 1);

    // Past them: the old quarter goes, the recent one stays, the journal still verifies.
    const auto purged
        = journal::runRetention(f.journal, policy, old.addDays(3 * 365 + 7),
                                QStringLiteral("system"), analytics::countsRetentionPurges(counts));
    REQUIRE(purged.ok());
    CHECK(purged.value().summary().contains(QStringLiteral("1 quarter")));
    CHECK(quarters(old.addDays(-1), old.addDays(1)) == 0);
    CHECK(quarters(recent.addDays(-1), recent.addDays(1)) == 1);
    CHECK(f.journal.verify().ok());
    const auto events = f.journal.events(QStringLiteral("CSU-A"), 0, 100000);
    int purges = 0;
    int emptied = 0;
    int whole = 0;
    for (const journal::Event &e : events) {
        if (e.action == QLatin1String("analytics.counts_purge")) {
            ++purges;
            CHECK(e.user == QStringLiteral("system"));
            CHECK(e.payload.value(QStringLiteral("count")).toInt() == 1);
        }
        // The old quarter's event keeps its hash, not its content; the recent one both.
        if (e.action == QLatin1String("analytics.counts"))
            ++(e.payload.isEmpty() ? emptied : whole);
    }
    CHECK(purges == 1);
    CHECK(emptied == 1);
    CHECK(whole == 1);
}

TEST_CASE("vigiectl journal purge removes the counts past their retention",
          "[analytics][ctl][counts]")
{
    const test::CtlRegister reg;
    const QDateTime old = QDateTime::currentDateTime().addDays(-4 * 365);
    const QDateTime recent = QDateTime::currentDateTime().addDays(-30);
    {
        auto db = test::openDatabase(QDir(reg.path()).filePath(QStringLiteral("vigie.db")));
        for (const QDateTime &at : { old, recent }) {
            applyQuarter(*db, at.toMSecsSinceEpoch(), { { QStringLiteral("right_to_left"), 2 } });
        }
    }
    const auto purged = reg.runAs(QStringLiteral("admin"),
                                  { QStringLiteral("--lang"), QStringLiteral("fr"),
                                    QStringLiteral("journal"), QStringLiteral("purge") },
                                  test::CtlRegister::kAdminPassword);
    INFO(purged.err.toStdString());
    REQUIRE(purged.code == 0);
    INFO(purged.out.toStdString());
    CHECK(purged.out.contains(QStringLiteral("1 quart d'heure de comptages")));
    auto db = test::openDatabase(QDir(reg.path()).filePath(QStringLiteral("vigie.db")));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT from_ms FROM analytics_counts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == recent.toMSecsSinceEpoch());
    CHECK_FALSE(q.next());
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

TEST_CASE("vigiectl analytics report: counts per hour or day in text or CSV, a quiet hour 0 and "
          "one not watched empty, for those who may watch",
          "[analytics][ctl][counts]")
{
    const test::CtlRegister reg;
    reg.addUser(QStringLiteral("cmartin"), QStringLiteral("operator"));
    reg.habilitate(QStringLiteral("cmartin"));
    {
        // Camera 4's line, as a desk's detectors record it: 09:00-09:30 watched with 3 and 4
        // people, 09:30-10:00 not watched (the camera lost), 10:00-11:00 watched and quiet,
        // then 10 minutes from 11:00.
        auto db = test::openDatabase(QDir(reg.path()).filePath(QStringLiteral("vigie.db")));
        const QDateTime nine(QDate(2026, 11, 25), QTime(9, 0));
        const auto record = [&](int minutes, int n, qint64 watched_ms) {
            applyQuarter(
                *db, nine.addSecs(minutes * 60).toMSecsSinceEpoch(),
                { { QStringLiteral("left_to_right"), 0 }, { QStringLiteral("right_to_left"), n } },
                watched_ms);
        };
        record(0, 3, analytics::kCountInterval_ms);
        record(15, 4, analytics::kCountInterval_ms);
        for (const int minutes : { 60, 75, 90, 105 })
            record(minutes, 0, analytics::kCountInterval_ms);
        record(120, 0, 10 * 60 * 1000);
    }
    const QStringList report { QStringLiteral("--lang"),    QStringLiteral("fr"),
                               QStringLiteral("analytics"), QStringLiteral("report"),
                               QStringLiteral("--camera"),  QStringLiteral("4"),
                               QStringLiteral("--from"),    QStringLiteral("2026-11-25"),
                               QStringLiteral("--to"),      QStringLiteral("2026-11-25") };
    const auto refused
        = reg.runAs(QStringLiteral("admin"), report, test::CtlRegister::kAdminPassword);
    CHECK(refused.code == 1);
    const QString csvFile = reg.filePath(QStringLiteral("comptages.csv"));
    const auto written
        = reg.runAs(QStringLiteral("cmartin"),
                    report
                        + QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                                        QStringLiteral("--output"), csvFile });
    INFO(written.err.toStdString());
    REQUIRE(written.code == 0);
    QFile csv(csvFile);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 24 + 2); // header, 24 hours, the last line break
    CHECK(lines.first().endsWith(
        QStringLiteral("\"de gauche à droite\";\"de droite à gauche\";\"Observé (min)\"")));
    // Not watched: no count (not 0), 0 minutes watched.
    CHECK(lines.value(9).startsWith(QStringLiteral("\"2026-11-25T08:00:00")));
    CHECK(lines.value(9).endsWith(QStringLiteral(";\"\";\"\";\"0\"")));
    // Half the hour watched: its counts, and the 30 minutes they cover.
    CHECK(lines.value(10).startsWith(QStringLiteral("\"2026-11-25T09:00:00")));
    CHECK(lines.value(10).endsWith(QStringLiteral(";\"0\";\"7\";\"30\"")));
    // Watched all the hour, nobody passed: 0.
    CHECK(lines.value(11).endsWith(QStringLiteral(";\"0\";\"0\";\"60\"")));
    CHECK(lines.value(12).endsWith(QStringLiteral(";\"0\";\"0\";\"10\"")));

    const auto byHour = reg.runAs(QStringLiteral("cmartin"), report);
    REQUIRE(byHour.code == 0);
    INFO(byHour.out.toStdString());
    CHECK(byHour.out.contains(QStringLiteral("25/11/2026 08:00\t\t-\t-\t0\n")));
    CHECK(byHour.out.contains(QStringLiteral("25/11/2026 09:00\t\t0\t7\t30\n")));
    CHECK(byHour.out.contains(QStringLiteral("25/11/2026 10:00\t\t0\t0\t60\n")));
    CHECK(byHour.out.contains(QStringLiteral("non observé")));
    const auto byDay
        = reg.runAs(QStringLiteral("cmartin"),
                    report + QStringList { QStringLiteral("--by"), QStringLiteral("day") });
    REQUIRE(byDay.code == 0);
    CHECK(byDay.out.contains(QStringLiteral("25/11/2026 00:00\t\t0\t7\t100\n")));
}
