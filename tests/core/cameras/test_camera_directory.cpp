// The camera directory: what a camera may be, and that only an administrator changes it, each
// change a journal event carrying the camera's full state.
#include "core/cameras/camera_directory.h"
#include "core/cameras/stream_url.h"
#include "core/demo/demo_seed.h"
#include "core/journal/journal.h"
#include "core/journal/retention.h"
#include "core/records/incident_typology.h"
#include "tests/core/cameras/directory_fixture.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigie::cameras;
using vigie::test::DirectoryFixture;

namespace {

Camera parvis()
{
    Camera c;
    c.number = 7;
    c.name = QStringLiteral("Parvis");
    c.inseeCode = QStringLiteral("92002");
    c.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.7/main"));
    return c;
}

} // namespace

TEST_CASE("cameras are listed by number with their group and streams", "[cameras]")
{
    DirectoryFixture f;
    auto group = f.directory.addGroup(f.admin, QStringLiteral("Gare"));
    REQUIRE(group.ok());
    Camera b;
    b.number = 12;
    b.name = QStringLiteral("Parvis de la gare");
    b.groupId = group.value();
    b.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.12/main"));
    b.subUrl = QUrl(QStringLiteral("rtsp://10.0.0.12/sub"));
    REQUIRE(f.directory.addCamera(f.admin, b).ok());
    Camera a = b;
    a.number = 3;
    a.name = QStringLiteral("Quai 1");
    REQUIRE(f.directory.addCamera(f.admin, a).ok());

    const QList<Camera> cameras = f.directory.cameras();
    REQUIRE(cameras.size() == 2);
    CHECK(cameras[0].number == 3);
    CHECK(cameras[1].title() == QStringLiteral("012 Parvis de la gare"));
    CHECK(cameras[1].subUrl.toString() == QStringLiteral("rtsp://10.0.0.12/sub"));
    CHECK(f.directory.byNumber(12)->groupId == group.value());
    CHECK_FALSE(f.directory.byNumber(99));
}

TEST_CASE("the directory refuses duplicates, bad addresses and illegal retention", "[cameras]")
{
    DirectoryFixture f;
    Camera c;
    c.number = 1;
    c.name = QStringLiteral("Mairie");
    c.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.1/main"));
    REQUIRE(f.directory.addCamera(f.admin, c).ok());
    CHECK_FALSE(f.directory.addCamera(f.admin, c).ok());
    Camera noUrl = c;
    noUrl.number = 2;
    noUrl.mainUrl = QUrl();
    CHECK_FALSE(f.directory.addCamera(f.admin, noUrl).ok());
    Camera tooLong = c;
    tooLong.number = 3;
    tooLong.retentionDays = 31; // L252-5: never more than 30 days
    const auto refused = f.directory.addCamera(f.admin, tooLong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("30")));
}

TEST_CASE("only an administrator changes the directory, and every change is journaled with "
          "the camera's state",
          "[cameras][security]")
{
    DirectoryFixture f;
    REQUIRE(f.directory.addCamera(f.admin, parvis()).ok());
    const QUrl elsewhere(QStringLiteral("rtsp://203.0.113.9/main"));

    // An operator, and a chef de salle, point the camera elsewhere: refused in core, journaled.
    for (const vigie::access::User &who : { f.operatorUser, f.chef }) {
        const vigie::Status refused = f.directory.setStreamUrls(who, 7, elsewhere, QUrl());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("camera directory")));
        CHECK(f.journal.events(QStringLiteral("CSU-A"), f.journal.lastSeq() - 1, 1)
                  .constFirst()
                  .action
              == QStringLiteral("access.refused"));
    }
    Camera moved = parvis();
    moved.mainUrl = elsewhere;
    moved.inseeCode = QStringLiteral("92019");
    CHECK_FALSE(f.directory.updateCamera(f.operatorUser, moved).ok());
    Camera extra = parvis();
    extra.number = 8;
    CHECK_FALSE(f.directory.addCamera(f.operatorUser, extra).ok());
    CHECK_FALSE(f.directory.addGroup(f.chef, QStringLiteral("Gare")).ok());
    CHECK(f.directory.byNumber(7)->mainUrl == parvis().mainUrl);
    CHECK(f.directory.byNumber(7)->inseeCode == QStringLiteral("92002"));
    CHECK_FALSE(f.directory.byNumber(8));
    CHECK(f.directory.groups().isEmpty());

    // The administrator's changes are events, the INSEE code's under its own name.
    REQUIRE(f.directory.setStreamUrls(f.admin, 7, elsewhere, QUrl()).ok());
    REQUIRE(f.directory.updateCamera(f.admin, moved).ok());
    CHECK(f.directory.byNumber(7)->inseeCode == QStringLiteral("92019"));
    const auto events = f.directoryEvents();
    REQUIRE(events.size() == 3);
    CHECK(events[0].action == QStringLiteral("camera.add"));
    CHECK(events[1].action == QStringLiteral("camera.urls"));
    CHECK(events[1].payload.value(QStringLiteral("main_url")).toString() == elsewhere.toString());
    CHECK(events[2].action == QStringLiteral("camera.insee"));
    CHECK(events[2].user == QStringLiteral("admin"));
    CHECK(events[2].payload.value(QStringLiteral("insee_code")).toString()
          == QStringLiteral("92019"));
    CHECK(events[2].payload.value(QStringLiteral("previous_insee_code")).toString()
          == QStringLiteral("92002"));
    CHECK(events[2].payload.value(QStringLiteral("name")).toString() == QStringLiteral("Parvis"));

    // A desk that replays these events gets the same camera.
    QTemporaryDir other;
    auto copy = vigie::test::openDatabase(other.filePath(QStringLiteral("vigie.db")));
    for (const vigie::journal::Event &e : events)
        REQUIRE(CameraDirectory::apply(*copy, e).ok());
    vigie::journal::Journal otherJournal(*copy, QStringLiteral("CSU-B"));
    const auto replayed = CameraDirectory(*copy, otherJournal).byNumber(7);
    REQUIRE(replayed);
    CHECK(replayed->inseeCode == QStringLiteral("92019"));
    CHECK(replayed->mainUrl == elsewhere);
}

TEST_CASE("a camera address never carries credentials into the directory or its journal",
          "[cameras][security]")
{
    DirectoryFixture f;
    Camera c = parvis();
    c.mainUrl = QUrl(QStringLiteral("rtsp://admin:12345@10.0.0.7/main"));
    const auto refused = f.directory.addCamera(f.admin, c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("password")));
    c.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.7/main"));
    c.subUrl = QUrl(QStringLiteral("rtsp://viewer@10.0.0.7/sub"));
    CHECK_FALSE(f.directory.addCamera(f.admin, c).ok());
    c.subUrl = QUrl();
    REQUIRE(f.directory.addCamera(f.admin, c).ok());
    CHECK_FALSE(
        f.directory
            .setStreamUrls(f.admin, 7, QUrl(QStringLiteral("rtsp://u:p@10.0.0.7/main")), QUrl())
            .ok());
    CHECK(f.directory.byNumber(7)->mainUrl == c.mainUrl);
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM journal_payloads WHERE payload LIKE"
                                  " '%12345%' OR payload LIKE '%u:p@%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("seeding the demo twice updates the stream port and duplicates nothing",
          "[cameras][demo]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    vigie::journal::Journal journal(*db, QStringLiteral("CSU-A"));
    auto first = vigie::demo::seedDemo(*db, journal, QStringLiteral("127.0.0.1"), 8554);
    REQUIRE(first.ok());
    // The administrator, the operator, the two chefs de salle, and the two agents who
    // video-verbalise (a municipal police agent, an ASVP).
    CHECK(first.value().usersCreated == 6);
    CHECK(first.value().camerasCreated == 6);
    auto second = vigie::demo::seedDemo(*db, journal, QStringLiteral("127.0.0.1"), 9000);
    REQUIRE(second.ok());
    CHECK(second.value().usersCreated == 0);
    CHECK(second.value().camerasUpdated == 6);
    CameraDirectory directory(*db, journal);
    REQUIRE(directory.cameras().size() == 6);
    CHECK(directory.byNumber(6)->subUrl.toString()
          == QStringLiteral("rtsp://127.0.0.1:9000/cam06/sub"));
    // The demo register is built by the events another desk would check: by the demo
    // administrator, never by the workstation itself.
    int directoryEvents = 0;
    for (const vigie::journal::Event &e : journal.events(QStringLiteral("CSU-A"), 0, 10000)) {
        if (e.objectType == QLatin1String(kDirectoryObject)) {
            ++directoryEvents;
            CHECK(e.user == QLatin1String(vigie::demo::kDemoAdmin.login));
        }
    }
    CHECK(directoryEvents == 6 + 4 + 6); // cameras, groups, the second seed's addresses
}

TEST_CASE("a camera's stream is a network camera's address, never a file or another protocol",
          "[cameras][security]")
{
    DirectoryFixture f;
    Camera c;
    c.number = 7;
    c.name = QStringLiteral("Parvis");
    for (const char *accepted : { "rtsp://10.0.0.7/main", "rtsps://10.0.0.7:322/main",
                                  "http://10.0.0.7/video.mjpg", "https://cam7.mairie.local/v" })
        CHECK(vigie::cameras::checkStreamUrl(7, QUrl(QString::fromLatin1(accepted))).ok());
    for (const char *refused :
         { "file:///etc/shadow", "concat:/var/lib/vigie/vigie.db",
           "subfile:,,start,0,end,0,,:/etc/passwd", "data:video/mp4;base64,AAAA", "pipe:0",
           "rtsp:///no-host", "ftp://10.0.0.7/x" }) {
        INFO(refused);
        const QUrl url(QString::fromLatin1(refused));
        const vigie::Status status = vigie::cameras::checkStreamUrl(7, url);
        CHECK_FALSE(status.ok());
        CHECK(status.error().contains(QStringLiteral("7")));
        c.mainUrl = url;
        CHECK_FALSE(f.directory.addCamera(f.admin, c).ok());
    }
    CHECK_FALSE(f.directory.byNumber(7));
    c.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.7/main"));
    c.subUrl = QUrl(QStringLiteral("file:///etc/passwd"));
    CHECK_FALSE(f.directory.addCamera(f.admin, c).ok());
    c.subUrl = QUrl(QStringLiteral("rtsp://10.0.0.7/sub"));
    REQUIRE(f.directory.addCamera(f.admin, c).ok());
    CHECK_FALSE(f.directory
                    .setStreamUrls(f.admin, 7, QUrl(QStringLiteral("rtsp://10.0.0.7/main")),
                                   QUrl(QStringLiteral("concat:/etc/passwd")))
                    .ok());
    CHECK(f.directory.byNumber(7)->subUrl == QUrl(QStringLiteral("rtsp://10.0.0.7/sub")));
}

TEST_CASE("the demo is never seeded over real cameras", "[cameras][demo]")
{
    // A register whose only account is the demo administrator's, with a real camera.
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    vigie::journal::Journal journal(*db, QStringLiteral("CSU-A"));
    vigie::access::AuthService auth(*db, journal, vigie::systemClock(), {},
                                    vigie::test::kTestHashIterations);
    const auto admin = auth.createFirstAdmin({ QLatin1String(vigie::demo::kDemoAdmin.login),
                                               QStringLiteral("Admin"),
                                               QString(),
                                               { vigie::access::Role::Admin } },
                                             QLatin1String(vigie::demo::kDemoAdmin.password));
    REQUIRE(admin.ok());
    CameraDirectory directory(*db, journal);
    Camera real;
    real.number = 1;
    real.name = QStringLiteral("Place de la mairie");
    real.inseeCode = QStringLiteral("92002");
    real.mainUrl = QUrl(QStringLiteral("rtsp://10.12.0.41/Streaming/Channels/101"));
    real.subUrl = QUrl(QStringLiteral("rtsp://10.12.0.41/Streaming/Channels/102"));
    real.retentionDays = 15;
    REQUIRE(directory.addCamera(admin.value(), real).ok());
    const qint64 before = journal.lastSeq();
    const auto seeded = vigie::demo::seedDemo(*db, journal, QStringLiteral("127.0.0.1"), 8554);
    REQUIRE_FALSE(seeded.ok());
    CHECK(seeded.error().contains(QStringLiteral("Place de la mairie")));
    CHECK(directory.byNumber(1)->mainUrl == real.mainUrl);
    CHECK(directory.cameras().size() == 1);
    CHECK(journal.lastSeq() == before); // nothing seeded, not even an account
}

TEST_CASE("reference events are never purged by retention: a later desk rebuilds from them",
          "[cameras][journal][retention]")
{
    DirectoryFixture f;
    REQUIRE(f.directory.addCamera(f.admin, parvis()).ok());
    REQUIRE(vigie::records::IncidentTypology::setCategory(
                *f.db, f.journal, f.admin,
                { QStringLiteral("tranquillity.fireworks"), QStringLiteral("Tirs de mortiers"),
                  QString() })
                .ok());
    REQUIRE(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("mot-de-passe-1")).kind
            == vigie::access::LoginOutcome::Kind::Success);
    // Ten years on, every retention rule has run out.
    const auto purged
        = vigie::journal::runRetention(f.journal, vigie::journal::RetentionPolicy::defaults(),
                                       f.now.addYears(10), QStringLiteral("system"));
    REQUIRE(purged.ok());
    REQUIRE(purged.value().payloadsPurged > 0); // the login went
    int reference = 0;
    for (const vigie::journal::Event &e : f.journal.events(QStringLiteral("CSU-A"), 0, 10000)) {
        if (e.objectType == QLatin1String(vigie::access::kAccountObject)
            || e.objectType == QLatin1String(kDirectoryObject)
            || e.objectType == QLatin1String(vigie::records::kTypologyObject)) {
            INFO(e.action.toStdString());
            CHECK_FALSE(e.payloadPurged);
            CHECK_FALSE(e.payload.isEmpty());
            ++reference;
        }
    }
    // Five accounts, three habilitations, one camera, one category.
    CHECK(reference == 10);
}
