// The video analytics' records across desks through a real central, each desk with its own
// PostgreSQL role: an alarm's picture reaches the desks that did not raise it and goes with its
// camera's images everywhere; what a compromised desk forges (an acknowledgement, a picture, a
// PTZ takeover, another operator's group, a purge of another desk's pictures) reaches central
// as evidence and changes nothing on the other desks.
#include "core/access/reference_gate.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/analytics_retention.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_selections.h"
#include "core/cameras/ptz_steering.h"
#include "core/journal/retention.h"
#include "core/sync/central_verify.h"
#include "tests/core/sync/sync_fixture.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QPainter>

#include <catch2/catch.hpp>

using namespace vigie;
using test::CentralDb;
using test::Desk;

namespace {

// A picture as the live analytics take one: JPEG, a street scene's size.
QByteArray streetPicture(QColor colour)
{
    QImage image(640, 360, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(200, 120, 80, 160, Qt::white); // someone at the school's gate
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return jpeg;
}

analytics::AnalyticsEvent intrusion(const QDateTime &at, const QByteArray &picture)
{
    analytics::AnalyticsEvent e;
    e.type = QStringLiteral("intrusion");
    e.alarm = true;
    e.t_ms = at.toMSecsSinceEpoch();
    e.picture = picture;
    return e;
}

void addCamera(Desk &desk, int number, int retentionDays)
{
    cameras::CameraDirectory directory(*desk.db, *desk.journal);
    cameras::Camera camera;
    camera.number = number;
    camera.name = QStringLiteral("École %1").arg(number);
    camera.inseeCode = QStringLiteral("92002");
    camera.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
    camera.retentionDays = retentionDays;
    camera.ptz = true;
    REQUIRE(directory.addCamera(desk.user(QStringLiteral("admin")), camera).ok());
}

const QString kPicturesHeld
    = QStringLiteral("SELECT COUNT(*) FROM events WHERE object_type = 'analytics_picture'"
                     " AND action = 'analytics.picture' AND payload IS NOT NULL");

} // namespace

TEST_CASE("an alarm's picture reaches the desk that did not raise it, and goes with its "
          "camera's images on every desk and at central",
          "[sync][analytics]")
{
    CentralDb central;
    // Desk A's clock: ten days ago when it raises its alarms, two days ago when its retention
    // runs (central's own clock stays today's).
    const QDateTime today = QDateTime::currentDateTimeUtc();
    QDateTime aNow = today.addDays(-10);
    Desk a(QStringLiteral("CSU-A"), [&aNow] { return aNow; });
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    addCamera(a, 4, 30);
    addCamera(a, 5, 7); // its authorisation keeps its images a week
    analytics::AlarmLog alarmsA(*a.db, *a.journal, [&aNow] { return aNow; });
    const QByteArray gate = streetPicture(Qt::darkGray);
    const QByteArray yard = streetPicture(Qt::darkGreen);
    const auto onFour = alarmsA.raise(4, QStringLiteral("portail"), intrusion(aNow, gate));
    const auto onFive = alarmsA.raise(5, QStringLiteral("cour"), intrusion(aNow, yard));
    REQUIRE(onFour.ok());
    REQUIRE(onFive.ok());
    a.sync(central);
    b.sync(central);

    // Desk B shows both alarms with their pictures, byte for byte: the operator there can make
    // an incident with its snapshot.
    analytics::AlarmLog alarmsB(*b.db, *b.journal);
    REQUIRE(alarmsB.find(onFour.value()));
    CHECK(alarmsB.find(onFour.value())->picture == gate);
    CHECK(alarmsB.find(onFive.value())->picture == yard);
    CHECK_FALSE(QImage::fromData(alarmsB.find(onFour.value())->picture).isNull());
    CHECK(access::ReferenceGate::count(*b.db) == 0);
    CHECK(central.count(kPicturesHeld) == 2);
    test::requireSameRegister(central, { &a, &b });

    // Eight days later on desk A: camera 5's week is over, camera 4's 30 days are not.
    aNow = today.addDays(-2);
    const cameras::CameraDirectory directoryA(*a.db, *a.journal);
    REQUIRE(journal::runRetention(*a.journal, journal::RetentionPolicy::defaults(), aNow,
                                  QStringLiteral("system"),
                                  analytics::retentionPurges(alarmsA, directoryA))
                .ok());
    CHECK(alarmsA.find(onFive.value())->picture.isEmpty());
    CHECK(alarmsA.find(onFour.value())->picture == gate);
    a.sync(central);
    // Central empties camera 5's picture only, and keeps both alarms and every hash.
    CHECK(central.count(kPicturesHeld) == 1);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE action ="
                                       " 'analytics.picture' AND payload IS NULL AND object_id"
                                       " = '%1'")
                            .arg(onFive.value()))
          == 1);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE action ="
                                       " 'analytics.alarm' AND payload IS NOT NULL"))
          == 2);
    // Desk B's own retention empties its copy the same way.
    const cameras::CameraDirectory directoryB(*b.db, *b.journal);
    b.sync(central);
    REQUIRE(journal::runRetention(*b.journal, journal::RetentionPolicy::defaults(),
                                  QDateTime::currentDateTimeUtc(), QStringLiteral("system"),
                                  analytics::retentionPurges(alarmsB, directoryB))
                .ok());
    CHECK(alarmsB.find(onFive.value())->picture.isEmpty());
    CHECK(alarmsB.find(onFour.value())->picture == gate);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM journal_payloads p JOIN journal j ON"
                                 " j.workstation = p.workstation AND j.seq = p.seq WHERE"
                                 " j.action = 'analytics.picture'"))
          == 1);
    b.sync(central);
    CHECK(a.journal->verify().ok());
    CHECK(b.journal->verify().ok());
    auto owner = central.link();
    auto verified = sync::CentralVerify::run(owner->connection());
    REQUIRE(verified.ok());
    INFO(verified.value().summary().toStdString());
    CHECK(verified.value().ok());

    // A desk that starts from central now gets camera 4's picture, and camera 5's alarm
    // without one.
    Desk c(QStringLiteral("CSU-C"));
    c.pullFull(central);
    analytics::AlarmLog alarmsC(*c.db, *c.journal);
    REQUIRE(alarmsC.find(onFive.value()));
    CHECK(alarmsC.find(onFive.value())->picture.isEmpty());
    CHECK(alarmsC.find(onFour.value())->picture == gate);
}

TEST_CASE("what a compromised desk forges about alarms, PTZ and groups reaches central through "
          "its own role and changes nothing on the other desks",
          "[sync][analytics][security]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    addCamera(a, 1, 30);
    const access::User cmartin = a.user(QStringLiteral("cmartin"));
    analytics::AlarmLog alarmsA(*a.db, *a.journal);
    const QByteArray gate = streetPicture(Qt::darkGray);
    const auto alarm = alarmsA.raise(1, QStringLiteral("portail"),
                                     intrusion(QDateTime::currentDateTimeUtc(), gate));
    REQUIRE(alarm.ok());
    cameras::CameraSelections selectionsA(*a.db, *a.journal);
    const auto group = selectionsA.createGroup(cmartin, QStringLiteral("Marché"), { 1 });
    REQUIRE(group.ok());
    a.sync(central);
    b.sync(central);

    // Desk B, compromised: its key signs what it is told to, its role sends it.
    const qint64 now_ms = QDateTime::currentMSecsSinceEpoch();
    const QList<journal::NewEvent> forged {
        // The administrator closes an alarm (administrators do not record incidents).
        { QStringLiteral("admin"),
          QStringLiteral("analytics.ack"),
          QLatin1String(analytics::kAlarmObject),
          alarm.value(),
          QString(),
          { { QStringLiteral("comment"), QStringLiteral("fausse alerte") },
            { QStringLiteral("at_ms"), now_ms } } },
        // Another picture under the alarm's id.
        { QStringLiteral("system"),
          QStringLiteral("analytics.picture"),
          QLatin1String(analytics::kPictureObject),
          alarm.value(),
          QString(),
          { { QStringLiteral("camera"), 1 },
            { QStringLiteral("picture"),
              QString::fromLatin1(streetPicture(Qt::black).toBase64()) } } },
        // An operator takes the dome over.
        { QStringLiteral("cmartin"),
          QStringLiteral("ptz.takeover"),
          QLatin1String(cameras::kPtzObject),
          QStringLiteral("1"),
          QString(),
          { { QStringLiteral("camera"), 1 },
            { QStringLiteral("until_ms"), now_ms + 600000 },
            { QStringLiteral("holder_name"), QStringLiteral("Camille Martin") } } },
        // The chef de salle rewrites the operator's group.
        { QStringLiteral("kbenali"),
          QStringLiteral("selection.group"),
          QLatin1String(cameras::kSelectionObject),
          QStringLiteral("cmartin/") + group.value(),
          QString(),
          { { QStringLiteral("owner"), QStringLiteral("cmartin") },
            { QStringLiteral("id"), group.value() },
            { QStringLiteral("name"), QStringLiteral("Vide") },
            { QStringLiteral("cameras"), QJsonArray() } } },
        // A purge of desk A's pictures, past any limit.
        { QStringLiteral("system"),
          QStringLiteral("journal.purge"),
          QLatin1String(analytics::kPictureObject),
          QString(),
          QString(),
          { { QStringLiteral("purged"), 1 },
            { QStringLiteral("limit_hlc"), QStringLiteral("9999999999999.00000") },
            { QStringLiteral("objects"), QJsonArray { alarm.value() } } } },
    };
    for (const journal::NewEvent &e : forged)
        REQUIRE(b.journal->record(e).ok());
    b.sync(central);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE workstation = 'CSU-B'"
                                       " AND action IN ('analytics.ack', 'analytics.picture',"
                                       " 'ptz.takeover', 'selection.group', 'journal.purge')"))
          == 5);
    // Central kept desk A's picture: a desk's purge reaches only its own events.
    CHECK(central.count(kPicturesHeld) == 2); // A's, and B's forged one
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE workstation ="
                                       " 'CSU-A' AND action = 'analytics.picture' AND payload"
                                       " IS NOT NULL"))
          == 1);
    // Nor can its role empty it directly.
    {
        auto desk = central.deskLink(b.id);
        QSqlQuery q(desk->connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE events SET payload = NULL WHERE object_type ="
                                          " 'analytics_picture'")));
    }
    CHECK(central.count(kPicturesHeld) == 2);

    // Desk A pulls them: each flagged, none applied.
    const int flaggedBefore = access::ReferenceGate::count(*a.db);
    a.sync(central);
    CHECK(access::ReferenceGate::count(*a.db) == flaggedBefore + 4);
    const auto shown = alarmsA.find(alarm.value());
    REQUIRE(shown);
    CHECK(shown->acknowledgedBy.isEmpty());
    CHECK(shown->picture == gate);
    cameras::PtzSteering steering(*a.db, *a.journal, *a.policy, systemClock());
    CHECK_FALSE(steering.lease(1));
    const auto groups = selectionsA.groups(QStringLiteral("cmartin"));
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().name == QStringLiteral("Marché"));
    CHECK(groups.first().cameras == QList<int> { 1 });
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM journal_payloads p JOIN journal j ON"
                                 " j.workstation = p.workstation AND j.seq = p.seq WHERE"
                                 " j.workstation = 'CSU-A' AND j.action = 'analytics.picture'"))
          == 1);
}
