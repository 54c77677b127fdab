// Pictures grabbed from a live stream at this instant (a verbalisation draft, a camera
// snapshot): at the main stream's full resolution, or the reason why not, keeping what came.
#include "core/video/live_grab.h"
#include "tests/support/rtsp_server.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

// Generous: the sanitizer build is several times slower, and the machine has two cores.
constexpr int kTimeout_ms = 20000;

} // namespace

TEST_CASE("a live grab returns distinct pictures at the main stream's full resolution",
          "[video][rtsp][grab]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    const auto grabbed
        = video::grabLivePictures(QUrl(server.url(QStringLiteral("/cam01/main"))), 3, kTimeout_ms);
    REQUIRE(grabbed.ok());
    REQUIRE(grabbed.value().pictures.size() == 3);
    CHECK(grabbed.value().shortfall.isEmpty());
    for (const QImage &picture : grabbed.value().pictures)
        CHECK(picture.size() == QSize(1280, 720)); // the main stream, not the 640x360 sub
    // Three moments of a moving scene, not one picture thrice.
    CHECK(grabbed.value().pictures.at(0) != grabbed.value().pictures.at(2));
}

TEST_CASE("a stream that is not live is refused with its reason", "[video][grab]")
{
    // A port where nobody listens: reserved then freed.
    quint16 port = 0;
    {
        QTcpServer reserve;
        REQUIRE(reserve.listen(QHostAddress::LocalHost));
        port = reserve.serverPort();
    }
    const auto grabbed = video::grabLivePictures(
        QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam01/main").arg(port)), 3, 3000);
    REQUIRE_FALSE(grabbed.ok());
    INFO(grabbed.error().toStdString());
    CHECK(grabbed.error().contains(QStringLiteral("not live")));
}

TEST_CASE("a stream lost mid-way keeps the pictures grabbed and says so", "[video][file][grab]")
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    REQUIRE_FALSE(ffmpeg.isEmpty());
    QTemporaryDir dir;
    const QString clip = dir.filePath(QStringLiteral("short.avi"));
    // Four pictures, then the end: the stream ends before the ten asked for.
    QProcess make;
    make.start(ffmpeg,
               { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                 QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc=size=800x600:rate=5"), QStringLiteral("-frames:v"),
                 QStringLiteral("4"), QStringLiteral("-c:v"), QStringLiteral("mjpeg"), clip });
    REQUIRE(make.waitForFinished(60000));
    REQUIRE(make.exitCode() == 0);

    const auto grabbed = video::grabLivePictures(QUrl::fromLocalFile(clip), 10, kTimeout_ms);
    REQUIRE(grabbed.ok());
    CHECK(grabbed.value().pictures.size() >= 1);
    CHECK(grabbed.value().pictures.size() < 10);
    CHECK(grabbed.value().pictures.first().size() == QSize(800, 600));
    INFO(grabbed.value().shortfall.toStdString());
    CHECK(grabbed.value().shortfall.contains(QStringLiteral("lost after")));
}
