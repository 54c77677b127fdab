// One engine against real sources: the demo's GStreamer RTSP server, an MJPEG camera served by
// the test, and local files. What is checked is what a tile would show.
#include "core/video/stream_engine.h"
#include "tests/core/video/video_test_support.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <set>

#include <sys/resource.h>

using namespace vigie;
using namespace vigie::video;
using vigie::cameras::StreamState;
using vigie::test::waitUntil;

namespace {

// Generous: the sanitizer build is several times slower, and the machine has two cores.
constexpr int kFirstPicture_ms = 20000;

StreamOptions fastOptions()
{
    StreamOptions options;
    options.backoffInitial_ms = 200;
    options.backoffMax_ms = 2000;
    options.backoffJitter = 0;
    return options;
}

bool isVaried(const QImage &image)
{
    // A real picture, not a uniform grey or black placeholder.
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 16;
}

} // namespace

TEST_CASE("the first picture of a sub-stream comes at the sub-stream's size", "[video][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());

    StreamEngine engine(QUrl(server.url(QStringLiteral("/cam01/sub"))));
    testing::EngineWatcher watcher(&engine);
    engine.setOutputSize(QSize(1920, 1080)); // a big tile: never scaled above the source
    engine.start();
    REQUIRE(waitUntil([&] { return engine.takeFrame() != nullptr; }, kFirstPicture_ms));
    REQUIRE(waitUntil([&] { return watcher.current() == StreamState::Live; }, 5000));

    const auto frame = engine.takeFrame();
    CHECK(frame->image.size() == QSize(640, 360));
    CHECK(frame->sourceSize == QSize(640, 360));
    CHECK(frame->image.format() == QImage::Format_RGB32);
    CHECK(isVaried(frame->image));
    // The first picture the engine let through is a whole one, from a keyframe.
    const StreamStats stats = engine.stats();
    CHECK(stats.codec == QStringLiteral("h264"));
    CHECK(stats.connections == 1);
    CHECK(stats.firstPicture_ms >= 0);
    CHECK(stats.sourceSize == QSize(640, 360));
    CHECK(watcher.states.first() == StreamState::Live);
    CHECK(engine.status().detail.isEmpty());

    // A smaller tile: the engine scales down, keeping the aspect ratio.
    engine.setOutputSize(QSize(320, 320));
    REQUIRE(waitUntil(
        [&] {
            const auto f = engine.takeFrame();
            return f && f->image.size() == QSize(320, 180);
        },
        5000));
}

TEST_CASE("a stamped stream tells each picture when its source sent it, others do not",
          "[video][rtsp]")
{
    // What vigie-bench measures latency by: the server writes its wall-clock send time into
    // every access unit (an SEI message), and the engine hands it over with the picture.
    vigie::test::RtspServer server({ QStringLiteral("--stamp") });
    REQUIRE(server.start());
    StreamEngine engine(QUrl(server.url(QStringLiteral("/cam02/sub"))));
    engine.start();
    QList<qint64> stamps;
    quint64 sequence = 0;
    REQUIRE(waitUntil(
        [&] {
            const auto frame = engine.takeFrame();
            if (frame && frame->sequence != sequence) {
                sequence = frame->sequence;
                stamps.append(frame->sourceClock_us);
            }
            return stamps.size() >= 5;
        },
        kFirstPicture_ms));
    const qint64 now_us = std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count();
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        INFO("picture " << i << " stamped " << stamps[i] << ", now " << now_us);
        // The same machine's clock: sent before now, and not long before (an hour is generous
        // for the sanitizer build; a wrong reading would be off by years).
        CHECK(stamps[i] > 0);
        CHECK(stamps[i] <= now_us);
        CHECK(now_us - stamps[i] < qint64(3600) * 1000000);
        if (i > 0)
            CHECK(stamps[i] > stamps[i - 1]); // each picture its own stamp
    }

    // A camera that stamps nothing says nothing.
    testing::MjpegServer camera;
    REQUIRE(camera.listen());
    StreamEngine plain { QUrl(camera.url()) };
    plain.start();
    REQUIRE(waitUntil([&] { return plain.takeFrame() != nullptr; }, kFirstPicture_ms));
    CHECK(plain.takeFrame()->sourceClock_us == -1);
}

TEST_CASE("a wrong path is not found, and refused credentials say so", "[video][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    StreamEngine wrongPath(QUrl(server.url(QStringLiteral("/cam99/sub"))), fastOptions());
    wrongPath.start();
    REQUIRE(waitUntil([&] { return wrongPath.status().state == StreamState::NotFound; }, 10000));
    CHECK(wrongPath.status().detail.contains(QStringLiteral("/cam99/sub")));
    // It keeps trying (the camera may be reconfigured), and says when.
    REQUIRE(waitUntil([&] { return wrongPath.status().waitingToRetry(); }, 5000));

    vigie::test::RtspServer guarded(
        { QStringLiteral("--auth"), QStringLiteral("agent:s3cret-42") });
    REQUIRE(guarded.start());
    const QString path = QStringLiteral("127.0.0.1:%1/cam02/sub").arg(guarded.port());

    StreamEngine none(QUrl(QStringLiteral("rtsp://") + path), fastOptions());
    StreamEngine wrong(QUrl(QStringLiteral("rtsp://agent:mauvais@") + path), fastOptions());
    StreamEngine right(QUrl(QStringLiteral("rtsp://agent:s3cret-42@") + path), fastOptions());
    none.start();
    wrong.start();
    right.start();
    REQUIRE(waitUntil([&] { return none.status().state == StreamState::AuthRefused; }, 10000));
    REQUIRE(waitUntil([&] { return wrong.status().state == StreamState::AuthRefused; }, 10000));
    CHECK(none.status().detail != wrong.status().detail); // "asks for" versus "refused"
    REQUIRE(waitUntil([&] { return right.takeFrame() != nullptr; }, kFirstPicture_ms));
    CHECK(right.status().state == StreamState::Live);
}

TEST_CASE("a camera that goes away shows Reconnecting, and its picture comes back by itself",
          "[video][rtsp]")
{
    auto server = std::make_unique<vigie::test::RtspServer>();
    REQUIRE(server->start());
    const int port = server->port();

    StreamEngine engine(QUrl(server->url(QStringLiteral("/cam03/sub"))), fastOptions());
    testing::EngineWatcher watcher(&engine);
    engine.start();
    REQUIRE(waitUntil([&] { return watcher.current() == StreamState::Live; }, kFirstPicture_ms));
    const quint64 connections = engine.stats().connections;

    server->stop();
    REQUIRE(waitUntil([&] { return watcher.current() == StreamState::Reconnecting; }, 10000));
    CHECK_FALSE(watcher.lastDetail.isEmpty());
    // While the camera is away, the tile can count down to the next attempt.
    REQUIRE(waitUntil([&] { return engine.status().failedAttempts >= 2; }, 10000));
    CHECK(engine.status().state == StreamState::Reconnecting);

    // The same camera comes back on the same port (the script's last --port wins).
    server = std::make_unique<vigie::test::RtspServer>(
        QStringList { QStringLiteral("--port"), QString::number(port) });
    REQUIRE(server->start());
    REQUIRE(server->port() == port);
    const quint64 before = engine.stats().published;
    REQUIRE(waitUntil([&] { return engine.stats().published > before + 5; }, kFirstPicture_ms));
    CHECK(watcher.current() == StreamState::Live);
    CHECK(engine.status().failedAttempts == 0);
    CHECK(engine.stats().connections == connections + 1);
}

TEST_CASE("a camera that stops sending without closing is Lost, then resumes by itself",
          "[video][mjpeg]")
{
    testing::MjpegServer camera;
    REQUIRE(camera.listen());
    StreamOptions options = fastOptions();
    options.watchdog_ms = 1000;
    StreamEngine engine(QUrl(camera.url()), options);
    testing::EngineWatcher watcher(&engine);
    engine.start();
    REQUIRE(waitUntil([&] { return watcher.current() == StreamState::Live; }, kFirstPicture_ms));
    CHECK(engine.stats().codec == QStringLiteral("mjpeg"));

    camera.setStalled(true);
    REQUIRE(waitUntil([&] { return watcher.current() == StreamState::Lost; }, 10000));
    CHECK(engine.status().detail.contains(QStringLiteral("1")));
    CHECK(camera.streamingClients() <= 1); // the engine dropped the silent session

    camera.setStalled(false);
    REQUIRE(waitUntil([&] { return watcher.current() == StreamState::Live; }, 15000));
    CHECK(engine.stats().connections >= 2);
}

TEST_CASE("pictures are dropped, not queued, when the viewer is slow", "[video][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    StreamEngine engine(QUrl(server.url(QStringLiteral("/cam01/main"))));
    testing::EngineWatcher watcher(&engine);
    engine.setOutputSize(QSize(480, 270));
    engine.start();
    REQUIRE(waitUntil([&] { return engine.takeFrame() != nullptr; }, kFirstPicture_ms));

    // The viewer takes one picture, then is busy (its event loop does not run) while the
    // engine decodes twenty more.
    const auto taken = engine.takeFrame();
    const int notificationsBefore = watcher.frameNotifications;
    const StreamStats before = engine.stats();
    // Waits on the count `before` saw, not on the picture taken: the engine may have decoded
    // more between the two. And one more than twenty: a picture decoded just before `before`
    // may be published just after it.
    REQUIRE(engine.waitForFrame(before.published + 21, 20000));
    const StreamStats after = engine.stats();
    CHECK(after.decoded >= before.decoded + 20);
    CHECK(after.dropped >= before.dropped + 19);
    CHECK(after.published - after.delivered - after.dropped == 1); // one waits in the slot
    CHECK(VideoFrame::liveCount() <= 4); // ours, the slot's, one being converted, one spare

    // The viewer's event loop runs again: one notification for all those pictures, and the
    // picture it takes is the newest.
    REQUIRE(waitUntil([&] { return watcher.frameNotifications > notificationsBefore; }, 5000));
    const auto newest = engine.takeFrame();
    CHECK(newest->sequence >= after.published);
    CHECK(watcher.frameNotifications - notificationsBefore <= 2);
}

TEST_CASE("nothing is decoded while no viewer sees the picture", "[video][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    // A failed attempt under load is retried soon (the default backoff would reach 30 s).
    StreamOptions options = fastOptions();
    options.pauseKeepConnection_ms = 3000;
    StreamEngine engine(QUrl(server.url(QStringLiteral("/cam02/sub"))), options);
    engine.start();
    REQUIRE(waitUntil([&] { return engine.stats().decoded > 3; }, kFirstPicture_ms));

    engine.setActive(false);
    REQUIRE(waitUntil([&] { return !engine.stats().active; }, 5000));
    const StreamStats hidden = engine.stats();
    // The session is kept for a while and its packets read, but none is decoded.
    REQUIRE(waitUntil([&] { return engine.stats().packets >= hidden.packets + 15; }, 10000));
    CHECK(engine.stats().decoded == hidden.decoded);
    CHECK(engine.stats().connected);

    engine.setActive(true);
    REQUIRE(waitUntil([&] { return engine.stats().decoded > hidden.decoded; }, 10000));
    CHECK(engine.stats().connections == 1); // picked up again on the same session

    // Hidden for longer than the grace: the session is closed, and opened again when shown.
    engine.setActive(false);
    REQUIRE(waitUntil([&] { return !engine.stats().connected; }, 15000));
    REQUIRE(waitUntil(
        [&] {
            return testing::currentSessions(server.output(), QStringLiteral("/cam02/sub")) == 0;
        },
        10000));
    const quint64 decoded = engine.stats().decoded;
    engine.setActive(true);
    const bool shownAgain = waitUntil(
        [&] {
            return engine.status().state == StreamState::Live && engine.stats().decoded > decoded;
        },
        kFirstPicture_ms);
    // What the engine says if it is not back, read after the wait.
    INFO("status: " << engine.status().detail.toStdString() << "; attempts "
                    << engine.stats().attempts << ", connections " << engine.stats().connections);
    REQUIRE(shownAgain);
    CHECK(engine.stats().connections == 2);
}

TEST_CASE("keyframes only decodes one picture per GOP and says so", "[video][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    StreamEngine engine(QUrl(server.url(QStringLiteral("/cam04/sub")))); // 15 fps, GOP 15
    engine.start();
    REQUIRE(waitUntil([&] { return engine.takeFrame() != nullptr; }, kFirstPicture_ms));

    engine.setDecodeMode(DecodeMode::KeyframesOnly);
    // The stats say when the mode is in effect; from there on, watch three GOPs go by.
    REQUIRE(waitUntil([&] { return engine.stats().mode == DecodeMode::KeyframesOnly; }, 5000));
    const StreamStats start = engine.stats();
    quint64 lastSeen = engine.takeFrame()->sequence;
    bool onlyKeyframes = true;
    REQUIRE(waitUntil(
        [&] {
            const auto frame = engine.takeFrame();
            if (frame->sequence != lastSeen) {
                lastSeen = frame->sequence;
                onlyKeyframes = onlyKeyframes && frame->keyframe;
            }
            return engine.stats().packets >= start.packets + 45;
        },
        20000));
    const StreamStats end = engine.stats();
    CHECK(onlyKeyframes);
    CHECK(end.decoded - start.decoded <= 5);
    CHECK(end.decoded > start.decoded);
    CHECK(engine.status().state == StreamState::Live); // a degraded picture is not a lost one

    engine.setDecodeMode(DecodeMode::SkipNonReference);
    REQUIRE(waitUntil([&] { return engine.stats().mode == DecodeMode::SkipNonReference; }, 5000));
    engine.setDecodeMode(DecodeMode::AllFrames);
    REQUIRE(waitUntil([&] { return engine.stats().mode == DecodeMode::AllFrames; }, 5000));
    const StreamStats full = engine.stats();
    REQUIRE(waitUntil([&] { return engine.stats().packets >= full.packets + 30; }, 20000));
    CHECK(engine.stats().decoded - full.decoded >= 15);
}

TEST_CASE("the engine tells how much of its stream skipping non-reference pictures saves",
          "[video][rtsp][file]")
{
    // What the governor needs to choose its first shedding step. The demo's cameras, like most
    // CCTV cameras, send I and P pictures only: nothing to skip.
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    {
        StreamEngine camera(QUrl(server.url(QStringLiteral("/cam04/sub"))));
        camera.start();
        REQUIRE(waitUntil([&] { return camera.stats().nonReferenceShare >= 0; }, kFirstPicture_ms));
        CHECK(camera.stats().nonReferenceShare == 0.0);
    }
    const QString clip = testing::cachedClip(QStringLiteral("scene1-cam01_640x360"));
    server.stop();
    REQUIRE_FALSE(clip.isEmpty());

    // The same pictures encoded with two B-frames between references, none referenced
    // (I B B P B B P...), in MP4 (H.264, length-prefixed NAL units) and Matroska (H.265).
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    REQUIRE_FALSE(ffmpeg.isEmpty()); // scripts/setup installs it
    QTemporaryDir dir;
    struct Encoding
    {
        QString file;
        QStringList codec;
    };
    const QList<Encoding> encodings {
        { QStringLiteral("bframes.mp4"),
          { QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
            QStringLiteral("veryfast"), QStringLiteral("-bf"), QStringLiteral("2"),
            QStringLiteral("-x264-params"),
            QStringLiteral("b-pyramid=none:b-adapt=0:scenecut=0") } },
        { QStringLiteral("bframes.mkv"),
          { QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-preset"),
            QStringLiteral("ultrafast"), QStringLiteral("-x265-params"),
            QStringLiteral("log-level=error:bframes=2:b-pyramid=0:b-adapt=0:scenecut=0") } },
    };
    for (const Encoding &encoding : encodings) {
        INFO(encoding.file.toStdString());
        const QString path = dir.filePath(encoding.file);
        QProcess process;
        process.start(ffmpeg,
                      QStringList { QStringLiteral("-v"), QStringLiteral("error"),
                                    QStringLiteral("-y"), QStringLiteral("-r"),
                                    QStringLiteral("15"), QStringLiteral("-i"), clip,
                                    QStringLiteral("-t"), QStringLiteral("4") }
                          + encoding.codec
                          + QStringList { QStringLiteral("-g"), QStringLiteral("30"), path });
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitCode() == 0);

        StreamEngine engine(QUrl::fromLocalFile(path));
        engine.start();
        REQUIRE(waitUntil([&] { return engine.stats().nonReferenceShare >= 0; }, kFirstPicture_ms));
        const double share = engine.stats().nonReferenceShare;
        CHECK(share > 0.5);
        CHECK(share < 0.75);
        // And skipping them decodes about one picture in three.
        engine.setDecodeMode(DecodeMode::SkipNonReference);
        REQUIRE(
            waitUntil([&] { return engine.stats().mode == DecodeMode::SkipNonReference; }, 5000));
        const StreamStats before = engine.stats();
        REQUIRE(waitUntil([&] { return engine.stats().packets >= before.packets + 45; }, 30000));
        const StreamStats after = engine.stats();
        const double decodedShare
            = double(after.decoded - before.decoded) / double(after.packets - before.packets);
        CHECK(decodedShare > 0.2);
        CHECK(decodedShare < 0.5);
    }
}

TEST_CASE("RTSP over UDP plays too", "[video][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    StreamOptions options;
    options.transport = StreamOptions::Transport::Udp;
    StreamEngine engine(QUrl(server.url(QStringLiteral("/cam05/sub"))), options);
    engine.start();
    REQUIRE(waitUntil([&] { return engine.takeFrame() != nullptr; }, kFirstPicture_ms));
    CHECK(engine.takeFrame()->image.size() == QSize(640, 360));
}

TEST_CASE("hardware decoding asked for falls back to software without a GPU", "[video][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    StreamOptions options;
    options.hardwareDecoding = true;
    StreamEngine engine(QUrl(server.url(QStringLiteral("/cam06/sub"))), options);
    engine.start();
    REQUIRE(waitUntil([&] { return engine.takeFrame() != nullptr; }, kFirstPicture_ms));
    CHECK(engine.takeFrame()->image.size() == QSize(640, 360));
    if (!QFileInfo::exists(QStringLiteral("/dev/dri")))
        CHECK_FALSE(engine.stats().hardware);
}

TEST_CASE("an MJPEG camera over HTTP plays, asks for credentials, and may change size",
          "[video][mjpeg]")
{
    testing::MjpegServer camera;
    camera.setCredentials(QStringLiteral("agent"), QStringLiteral("s3cret"));
    camera.setSizes({ QSize(320, 240), QSize(640, 480), QSize(176, 144) }, 10);
    REQUIRE(camera.listen());

    StreamEngine refused(QUrl(camera.url(QStringLiteral("agent:faux"))), fastOptions());
    refused.start();
    REQUIRE(waitUntil([&] { return refused.status().state == StreamState::AuthRefused; }, 10000));

    StreamEngine engine(QUrl(camera.url(QStringLiteral("agent:s3cret"))), fastOptions());
    engine.start();
    std::set<std::pair<int, int>> sizes;
    REQUIRE(waitUntil(
        [&] {
            if (const auto frame = engine.takeFrame())
                sizes.insert({ frame->image.width(), frame->image.height() });
            return sizes.size() == 3;
        },
        30000));
    CHECK(engine.status().state == StreamState::Live);
    CHECK(engine.stats().connections == 1); // the size changed within one session
}

TEST_CASE("an H.264 stream that changes resolution keeps playing", "[video][file]")
{
    // A keyframe-aligned piece of the sub-stream clip followed by one of the main-stream clip:
    // the SPS changes from 640x360 to 1280x720 in the middle of one elementary stream.
    vigie::test::RtspServer server; // makes sure the clips are in the cache
    REQUIRE(server.start());
    server.stop();
    QFile sub(testing::cachedClip(QStringLiteral("scene1-cam01_640x360")));
    QFile main(testing::cachedClip(QStringLiteral("scene1-cam01_1280x720")));
    REQUIRE(sub.open(QIODevice::ReadOnly));
    REQUIRE(main.open(QIODevice::ReadOnly));
    const QByteArray subBytes = sub.readAll();
    const QByteArray mainBytes = main.readAll();
    const QList<qsizetype> subKeys = testing::keyframeOffsets(subBytes);
    const QList<qsizetype> mainKeys = testing::keyframeOffsets(mainBytes);
    REQUIRE(subKeys.size() > 2);
    REQUIRE(mainKeys.size() > 2);
    QTemporaryDir dir;
    QFile mixed(dir.filePath(QStringLiteral("mixed.h264")));
    REQUIRE(mixed.open(QIODevice::WriteOnly));
    mixed.write(subBytes.mid(subKeys[0], subKeys[1] - subKeys[0]));
    mixed.write(mainBytes.mid(mainKeys[0], mainKeys[1] - mainKeys[0]));
    mixed.close();

    StreamEngine engine(QUrl::fromLocalFile(mixed.fileName()));
    engine.start();
    // 640x360, then 1280x720, then 640x360 again: the file loops, across both changes.
    QList<QSize> sizes;
    REQUIRE(waitUntil(
        [&] {
            const auto frame = engine.takeFrame();
            if (frame && (sizes.isEmpty() || sizes.last() != frame->image.size()))
                sizes.append(frame->image.size());
            return sizes.size() >= 3;
        },
        30000));
    CHECK(sizes.mid(0, 3) == QList<QSize> { QSize(640, 360), QSize(1280, 720), QSize(640, 360) });
    CHECK(engine.status().state == StreamState::Live);
    CHECK(engine.stats().connections == 1);
}

TEST_CASE("credentials with reserved characters reach the camera intact", "[video][mjpeg]")
{
    const QString password = QStringLiteral("p@ss:w/rd%20é");
    testing::MjpegServer camera;
    camera.setCredentials(QStringLiteral("agent"), password);
    REQUIRE(camera.listen());
    QUrl url(camera.url());
    url.setUserName(QStringLiteral("agent"));
    url.setPassword(password);
    StreamEngine engine(url, fastOptions());
    engine.start();
    REQUIRE(waitUntil([&] { return engine.takeFrame() != nullptr; }, kFirstPicture_ms));
}

TEST_CASE("a decoder slower than the camera skips to keyframes instead of falling behind",
          "[video][rtsp]")
{
    // Each picture costs 120 ms where the sub-stream sends one every 67 ms: without catching up,
    // the backlog in the socket grows by about 0.8 s every second, and after 80 pictures the tile
    // would show what the camera saw more than four seconds before.
    vigie::test::RtspServer server({ QStringLiteral("--stamp") });
    REQUIRE(server.start());
    StreamOptions slow;
    slow.decodeCostForTest_ms = 120;
    slow.watchdog_ms = 20000;
    StreamEngine engine(QUrl(server.url(QStringLiteral("/cam03/sub"))), slow);
    engine.start();
    quint64 sequence = 0;
    int pictures = 0;
    qint64 lastLag_ms = 0;
    REQUIRE(waitUntil(
        [&] {
            const auto frame = engine.takeFrame();
            if (frame && frame->sequence != sequence) {
                sequence = frame->sequence;
                ++pictures;
                const qint64 now_us = std::chrono::duration_cast<std::chrono::microseconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count();
                lastLag_ms = (now_us - frame->sourceClock_us) / 1000;
            }
            return pictures >= 80;
        },
        120000));
    INFO("the newest picture was sent " << lastLag_ms << " ms before it was taken");
    CHECK(engine.stats().skippedLate > 0);
    CHECK(lastLag_ms < 2000);
    CHECK(engine.status().state == vigie::cameras::StreamState::Live);
}

namespace {

// The nice values of this process's engine threads ("vigie-video"), however many there are.
QList<int> engineThreadNiceness()
{
    QList<int> values;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "vigie-video")
            continue;
        errno = 0;
        const int nice = getpriority(PRIO_PROCESS, id_t(tid.toLongLong()));
        if (errno == 0)
            values.append(nice);
    }
    return values;
}

} // namespace

TEST_CASE("decoding yields to the painting: the engine's thread runs below the program's priority",
          "[video][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    const int program = getpriority(PRIO_PROCESS, 0);

    SECTION("by default, ten steps below")
    {
        StreamEngine engine(QUrl(server.url(QStringLiteral("/cam01/sub"))));
        engine.start();
        REQUIRE(waitUntil([&] { return engine.takeFrame() != nullptr; }, kFirstPicture_ms));
        CHECK(engineThreadNiceness() == QList<int> { std::min(19, program + 10) });
    }
    SECTION("or at the program's own when so configured")
    {
        StreamOptions options = fastOptions();
        options.threadNiceness = 0;
        StreamEngine engine(QUrl(server.url(QStringLiteral("/cam01/sub"))), options);
        engine.start();
        REQUIRE(waitUntil([&] { return engine.takeFrame() != nullptr; }, kFirstPicture_ms));
        CHECK(engineThreadNiceness() == QList<int> { program });
    }
    // The GUI thread (this one) keeps the program's priority.
    CHECK(getpriority(PRIO_PROCESS, 0) == program);
}
