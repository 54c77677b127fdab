#include "core/cameras/camera_directory.h"
#include "core/demo/demo_seed.h"
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
    auto first = vigie::demo::seedDemo(*db, QStringLiteral("127.0.0.1"), 8554);
    REQUIRE(first.ok());
    CHECK(first.value().usersCreated == 3);
    CHECK(first.value().camerasCreated == 6);
    auto second = vigie::demo::seedDemo(*db, QStringLiteral("127.0.0.1"), 9000);
    REQUIRE(second.ok());
    CHECK(second.value().usersCreated == 0);
    CHECK(second.value().camerasUpdated == 6);
    CameraDirectory directory(*db);
    REQUIRE(directory.cameras().size() == 6);
    CHECK(directory.byNumber(6)->subUrl.toString()
          == QStringLiteral("rtsp://127.0.0.1:9000/cam06/sub"));
}
