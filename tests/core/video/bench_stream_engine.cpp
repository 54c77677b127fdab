// Not a test: measures what six sub-streams (or main streams) cost to decode and convert, against
// the ffmpeg command decoding the same streams, and how soon the first picture comes. Hidden from
// ctest; run it by hand on a Release build: test_video "[.bench]".
#include "core/video/stream_engine.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <time.h>

#include <memory>
#include <vector>

using namespace vigie;
using namespace vigie::video;
using vigie::test::waitUntil;

namespace {

constexpr int kCameras = 6;
constexpr int kWindow_ms = 20000;

double processCpu_s()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double childrenCpu_s()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString streamUrl(const vigie::test::RtspServer &server, int camera, const QString &kind)
{
    return server.url(QStringLiteral("/cam%1/%2").arg(camera, 2, 10, QLatin1Char('0')).arg(kind));
}

void measureEngines(const vigie::test::RtspServer &server, const QString &kind, const QSize &tile)
{
    std::vector<std::unique_ptr<StreamEngine>> engines;
    std::vector<int> painted(kCameras, 0);
    QElapsedTimer startup;
    startup.start();
    for (int n = 0; n < kCameras; ++n) {
        engines.push_back(std::make_unique<StreamEngine>(QUrl(streamUrl(server, n + 1, kind))));
        StreamEngine *engine = engines.back().get();
        engine->setOutputSize(tile);
        // What a tile does: take the newest picture when told there is one.
        QObject::connect(engine, &StreamEngine::frameReady, engine, [engine, &painted, n] {
            if (engine->takeFrame())
                ++painted[size_t(n)];
        });
        engine->start();
    }
    REQUIRE(waitUntil(
        [&] {
            for (const auto &engine : engines) {
                if (engine->stats().published == 0)
                    return false;
            }
            return true;
        },
        30000));
    const qint64 allLive_ms = startup.elapsed();
    QList<int> firstPictures;
    for (const auto &engine : engines)
        firstPictures.append(engine->stats().firstPicture_ms);

    std::vector<quint64> decoded0;
    for (const auto &engine : engines)
        decoded0.push_back(engine->stats().decoded);
    const double cpu0 = processCpu_s();
    QElapsedTimer window;
    window.start();
    waitUntil([&] { return window.elapsed() >= kWindow_ms; }, kWindow_ms + 1000);
    const double cpu = processCpu_s() - cpu0;
    const double wall = double(window.elapsed()) / 1000.0;
    quint64 decoded = 0;
    quint64 dropped = 0;
    for (size_t n = 0; n < engines.size(); ++n) {
        decoded += engines[n]->stats().decoded - decoded0[n];
        dropped += engines[n]->stats().dropped;
    }
    const QSize output = engines.front()->stats().outputSize;
    WARN("engines, " << kind.toStdString() << ", tile " << tile.width() << "x" << tile.height()
                     << " -> output " << output.width() << "x" << output.height() << ": CPU "
                     << 100.0 * cpu / wall << " % of one core, " << double(decoded) / wall
                     << " pictures/s, " << dropped << " dropped; first pictures (ms) "
                     << firstPictures.first() << ".."
                     << *std::max_element(firstPictures.cbegin(), firstPictures.cend())
                     << ", all six live after " << allLive_ms << " ms");
}

void measureFfmpeg(const vigie::test::RtspServer &server, const QString &kind,
                   const QStringList &extra, const char *label)
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    REQUIRE_FALSE(ffmpeg.isEmpty());
    std::vector<std::unique_ptr<QProcess>> processes;
    const double cpu0 = childrenCpu_s();
    QElapsedTimer window;
    window.start();
    for (int n = 0; n < kCameras; ++n) {
        auto process = std::make_unique<QProcess>();
        process->start(ffmpeg,
                       QStringList { QStringLiteral("-v"), QStringLiteral("error") } + extra
                           + QStringList { QStringLiteral("-rtsp_transport"), QStringLiteral("tcp"),
                                           QStringLiteral("-i"), streamUrl(server, n + 1, kind),
                                           QStringLiteral("-t"), QString::number(kWindow_ms / 1000),
                                           QStringLiteral("-f"), QStringLiteral("null"),
                                           QStringLiteral("-") });
        processes.push_back(std::move(process));
    }
    for (auto &process : processes)
        REQUIRE(process->waitForFinished(kWindow_ms + 30000));
    const double wall = double(window.elapsed()) / 1000.0;
    const double cpu = childrenCpu_s() - cpu0;
    WARN("ffmpeg -f null, " << kind.toStdString() << " " << label << ": CPU " << 100.0 * cpu / wall
                            << " % of one core");
}

} // namespace

TEST_CASE("cost of six sub-streams, engines against the ffmpeg command", "[.bench][video]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    const QString sub = QStringLiteral("sub");
    measureEngines(server, sub, QSize()); // 640x360, the sub-stream's own size
    measureEngines(server, sub, QSize(480, 270)); // a 4x4 wall on a 1920x1080 monitor
    measureEngines(server, sub, QSize(320, 180));
    measureFfmpeg(server, sub, {}, "(default threads)");
    measureFfmpeg(server, sub, { QStringLiteral("-threads"), QStringLiteral("1") }, "(-threads 1)");
}

TEST_CASE("cost of six main streams, engines against the ffmpeg command", "[.bench][video]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    const QString main = QStringLiteral("main");
    measureEngines(server, main, QSize()); // 1280x720 (cam06: 768x576)
    measureEngines(server, main, QSize(640, 360));
    measureFfmpeg(server, main, { QStringLiteral("-threads"), QStringLiteral("1") },
                  "(-threads 1)");
}
