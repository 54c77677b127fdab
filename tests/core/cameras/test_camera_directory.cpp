#include "core/cameras/camera_directory.h"
#include "core/cameras/stream_url.h"
#include "core/demo/demo_seed.h"
#include "core/journal/journal.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigie::cameras;

TEST_CASE("cameras are listed by number with their group and streams", "[cameras]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    CameraDirectory directory(*db);
    auto group = directory.addGroup(QStringLiteral("Gare"));
    REQUIRE(group.ok());
    Camera b;
    b.number = 12;
    b.name = QStringLiteral("Parvis de la gare");
    b.groupId = group.value();
    b.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.12/main"));
    b.subUrl = QUrl(QStringLiteral("rtsp://10.0.0.12/sub"));
    REQUIRE(directory.addCamera(b).ok());
    Camera a = b;
    a.number = 3;
    a.name = QStringLiteral("Quai 1");
    REQUIRE(directory.addCamera(a).ok());

    const QList<Camera> cameras = directory.cameras();
    REQUIRE(cameras.size() == 2);
    CHECK(cameras[0].number == 3);
    CHECK(cameras[1].title() == QStringLiteral("012 Parvis de la gare"));
    CHECK(cameras[1].subUrl.toString() == QStringLiteral("rtsp://10.0.0.12/sub"));
    CHECK(directory.byNumber(12)->groupId == group.value());
    CHECK_FALSE(directory.byNumber(99));
}

TEST_CASE("the directory refuses duplicates, bad addresses and illegal retention", "[cameras]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    CameraDirectory directory(*db);
    Camera c;
    c.number = 1;
    c.name = QStringLiteral("Mairie");
    c.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.1/main"));
    REQUIRE(directory.addCamera(c).ok());
    CHECK_FALSE(directory.addCamera(c).ok());
    Camera noUrl = c;
    noUrl.number = 2;
    noUrl.mainUrl = QUrl();
    CHECK_FALSE(directory.addCamera(noUrl).ok());
    Camera tooLong = c;
    tooLong.number = 3;
    tooLong.retentionDays = 31; // L252-5: never more than 30 days
    const auto refused = directory.addCamera(tooLong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("30")));
}

TEST_CASE("seeding the demo twice updates the stream port and duplicates nothing",
          "[cameras][demo]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    vigie::journal::Journal journal(*db, QStringLiteral("CSU-A"));
    auto first = vigie::demo::seedDemo(*db, journal, QStringLiteral("127.0.0.1"), 8554);
    REQUIRE(first.ok());
    // The administrator, the operator and the two chefs de salle.
    CHECK(first.value().usersCreated == 4);
    CHECK(first.value().camerasCreated == 6);
    auto second = vigie::demo::seedDemo(*db, journal, QStringLiteral("127.0.0.1"), 9000);
    REQUIRE(second.ok());
    CHECK(second.value().usersCreated == 0);
    CHECK(second.value().camerasUpdated == 6);
    CameraDirectory directory(*db);
    REQUIRE(directory.cameras().size() == 6);
    CHECK(directory.byNumber(6)->subUrl.toString()
          == QStringLiteral("rtsp://127.0.0.1:9000/cam06/sub"));
}

TEST_CASE("a camera's stream is a network camera's address, never a file or another protocol",
          "[cameras][security]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    CameraDirectory directory(*db);
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
        CHECK_FALSE(directory.addCamera(c).ok());
    }
    CHECK_FALSE(directory.byNumber(7));
    c.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.7/main"));
    c.subUrl = QUrl(QStringLiteral("file:///etc/passwd"));
    CHECK_FALSE(directory.addCamera(c).ok());
    c.subUrl = QUrl(QStringLiteral("rtsp://10.0.0.7/sub"));
    REQUIRE(directory.addCamera(c).ok());
    CHECK_FALSE(directory
                    .setStreamUrls(7, QUrl(QStringLiteral("rtsp://10.0.0.7/main")),
                                   QUrl(QStringLiteral("concat:/etc/passwd")))
                    .ok());
    CHECK(directory.byNumber(7)->subUrl == QUrl(QStringLiteral("rtsp://10.0.0.7/sub")));
}

TEST_CASE("the demo is never seeded over real cameras", "[cameras][demo]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    vigie::journal::Journal journal(*db, QStringLiteral("CSU-A"));
    CameraDirectory directory(*db);
    Camera real;
    real.number = 1;
    real.name = QStringLiteral("Place de la mairie");
    real.inseeCode = QStringLiteral("92002");
    real.mainUrl = QUrl(QStringLiteral("rtsp://10.12.0.41/Streaming/Channels/101"));
    real.subUrl = QUrl(QStringLiteral("rtsp://10.12.0.41/Streaming/Channels/102"));
    real.retentionDays = 15;
    REQUIRE(directory.addCamera(real).ok());
    const auto seeded = vigie::demo::seedDemo(*db, journal, QStringLiteral("127.0.0.1"), 8554);
    REQUIRE_FALSE(seeded.ok());
    CHECK(seeded.error().contains(QStringLiteral("Place de la mairie")));
    CHECK(directory.byNumber(1)->mainUrl == real.mainUrl);
    CHECK(directory.cameras().size() == 1);
    CHECK(journal.lastSeq() == 0); // not even the demo administrator
}
