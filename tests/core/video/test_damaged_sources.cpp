// Damaged and hostile sources end in a state a tile can show, never in a crash, and thousands
// of connections and stops leave no memory behind (run under ASan in scripts/test).
#include "core/video/stream_engine.h"
#include "tests/core/video/video_test_support.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigie;
using namespace vigie::video;
using vigie::cameras::StreamState;
using vigie::test::waitUntil;

namespace {

StreamOptions oneShotOptions()
{
    // One attempt is all these tests look at: the next one would come much later.
    StreamOptions options;
    options.connectTimeout_ms = 3000;
    options.backoffInitial_ms = 60000;
    options.backoffJitter = 0;
    return options;
}

bool isErrorState(StreamState state)
{
    return state == StreamState::NotFound || state == StreamState::UnsupportedCodec
        || state == StreamState::Unreachable || state == StreamState::AuthRefused
        || state == StreamState::Lost;
}

// Plays a file until it is live or has failed once; returns the state it settled in.
StreamState settle(const QString &path)
{
    StreamEngine engine(QUrl::fromLocalFile(path), oneShotOptions());
    engine.start();
    waitUntil(
        [&] {
            const StreamStatus status = engine.status();
            return (status.state == StreamState::Live && engine.takeFrame())
                || status.waitingToRetry();
        },
        20000);
    const StreamStatus status = engine.status();
    if (status.state == StreamState::Live) {
        // Whatever it shows is a whole picture of a sane size.
        const auto frame = engine.takeFrame();
        CHECK(frame);
        if (frame) {
            CHECK(frame->image.width() > 0);
            CHECK(frame->image.width() <= 4096);
        }
    } else {
        INFO(path.toStdString() << " " << status.detail.toStdString());
        CHECK(isErrorState(status.state));
        CHECK_FALSE(status.detail.isEmpty());
    }
    return status.state;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The cached sub-stream clip in a few containers, for their demuxers' sake.
QStringList containers(const QString &clip, const QString &dir)
{
    QStringList made { clip };
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty()) {
        WARN("no ffmpeg command: only the raw H.264 clip is damaged");
        return made;
    }
    for (const QString &extension :
         { QStringLiteral("mp4"), QStringLiteral("mkv"), QStringLiteral("ts") }) {
        const QString out = dir + QStringLiteral("/clip.") + extension;
        QProcess process;
        process.start(ffmpeg,
                      { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                        QStringLiteral("-r"), QStringLiteral("15"), QStringLiteral("-i"), clip,
                        QStringLiteral("-t"), QStringLiteral("3"), QStringLiteral("-c"),
                        QStringLiteral("copy"), out });
        REQUIRE(process.waitForFinished(60000));
        if (process.exitCode() == 0)
            made.append(out);
    }
    return made;
}

} // namespace

TEST_CASE("a missing file is not found, a file without video is unsupported", "[video][file]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("absent.h264"));
    CHECK(settle(missing) == StreamState::NotFound);

    // A second of silence as a WAV file: a valid file, but no picture in it.
    QByteArray wav = "RIFF" + QByteArray(4, '\0') + "WAVEfmt ";
    const char format[]
        = { 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1f, 0, 0, -128, 0x3e, 0, 0, 2, 0, 16, 0 };
    wav += QByteArray(format, sizeof format) + "data";
    const QByteArray samples(16000, '\0');
    const quint32 dataSize = quint32(samples.size());
    wav += QByteArray(reinterpret_cast<const char *>(&dataSize), 4) + samples;
    const QString audio = dir.filePath(QStringLiteral("silence.wav"));
    write(audio, wav);
    CHECK(settle(audio) == StreamState::UnsupportedCodec);
}

TEST_CASE("garbage and truncated files end in an error state, never in a crash", "[video][file]")
{
    vigie::test::RtspServer server; // makes sure the clips are in the cache
    REQUIRE(server.start());
    server.stop();
    const QString clip = testing::cachedClip(QStringLiteral("scene2-cam02_640x360"));
    REQUIRE_FALSE(clip.isEmpty());
    QTemporaryDir dir;
    const QStringList sources = containers(clip, dir.path());

    QRandomGenerator random(20240611); // fixed: a failure replays
    int live = 0;
    int failed = 0;
    const int cases = 200;
    for (int n = 0; n < cases; ++n) {
        const QString path = dir.filePath(QStringLiteral("case%1").arg(n));
        QByteArray bytes;
        const int kind = n % 4;
        if (kind == 0) {
            // Random bytes, from empty to 64 KiB.
            bytes.resize(random.bounded(65536));
            for (char &c : bytes)
                c = char(random.bounded(256));
        } else {
            const QString source = sources.at(random.bounded(sources.size()));
            bytes = readAll(source);
            if (kind == 1) {
                // Truncated anywhere, often inside the headers.
                const int cut
                    = random.bounded(2) ? random.bounded(4096) : random.bounded(int(bytes.size()));
                bytes.truncate(cut);
            } else if (kind == 2) {
                // Bytes overwritten here and there, headers included.
                bytes.truncate(std::min<qsizetype>(bytes.size(), 200000));
                const int damage = 1 + random.bounded(200);
                for (int i = 0; i < damage && !bytes.isEmpty(); ++i)
                    bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            } else {
                // A hole punched in the middle.
                const int from = random.bounded(int(bytes.size()));
                bytes.remove(from, random.bounded(20000));
            }
            bytes.truncate(std::min<qsizetype>(bytes.size(), 400000));
            const QString extension = source.section(QLatin1Char('.'), -1);
            write(path + QLatin1Char('.') + extension, bytes);
            const StreamState state = settle(path + QLatin1Char('.') + extension);
            (state == StreamState::Live ? live : failed) += 1;
            continue;
        }
        write(path + QStringLiteral(".bin"), bytes);
        const StreamState state = settle(path + QStringLiteral(".bin"));
        CHECK(state != StreamState::Live); // noise is never shown as a picture
        ++failed;
    }
    // Both outcomes really happened: damaged files that still hold pictures play.
    CHECK(live > 10);
    CHECK(failed > 50);
}

TEST_CASE("thousands of failed connections leave no memory behind", "[video][leak]")
{
    // A port nobody listens on: every attempt is refused at once.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QUrl url(QStringLiteral("rtsp://127.0.0.1:%1/cam01/sub").arg(port));

    StreamOptions options;
    options.backoffInitial_ms = 1;
    options.backoffMax_ms = 1;
    options.backoffJitter = 0;
    StreamEngine engine(url, options);
    engine.start();
    REQUIRE(waitUntil([&] { return engine.stats().attempts >= 200; }, 60000));
    const qint64 warm = testing::allocatedBytes();
    REQUIRE(waitUntil([&] { return engine.stats().attempts >= 2200; }, 120000));
    const qint64 growth = testing::allocatedBytes() - warm;
    INFO("grew by " << growth << " bytes over 2000 attempts");
    CHECK(growth < 256 * 1024);
    CHECK(engine.status().state == StreamState::Unreachable);
}

TEST_CASE("engines created and stopped by the hundred leave no memory behind", "[video][leak]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    const QString clip = testing::cachedClip(QStringLiteral("scene1-cam01_640x360"));
    REQUIRE_FALSE(clip.isEmpty());
    const QString path = QStringLiteral("/cam01/sub");
    const QStringList urls { QUrl::fromLocalFile(clip).toString(), server.url(path),
                             QStringLiteral("rtsp://127.0.0.1:%1/absent").arg(server.port()) };

    auto cycle = [&](int n) {
        StreamEngine engine(QUrl(urls.at(n % urls.size())), StreamOptions());
        engine.start();
        // Live (a picture) or refused, then stopped right away.
        REQUIRE(waitUntil([&] { return engine.takeFrame() || engine.status().waitingToRetry(); },
                          20000));
    };
    for (int n = 0; n < 30; ++n)
        cycle(n);
    waitUntil([] { return false; }, 200); // queued notifications of the dead engines go
    const qint64 warm = testing::allocatedBytes();
    for (int n = 0; n < 200; ++n)
        cycle(n);
    waitUntil([] { return false; }, 200);
    const qint64 growth = testing::allocatedBytes() - warm;
    INFO("grew by " << growth << " bytes over 200 engines");
    CHECK(growth < 512 * 1024);
    // Every RTSP session was closed by its engine (TEARDOWN), none left for the camera to expire.
    REQUIRE(waitUntil([&] { return testing::currentSessions(server.output(), path) == 0; }, 10000));
}

TEST_CASE("a camera announcing pictures beyond 8K is refused before they are decoded",
          "[video][mjpeg][security]")
{
    // 7800x4400 (34 Mpx) is past the 8K UHD bound (33 Mpx): a hostile or broken source could
    // otherwise make every desk allocate gigabytes.
    testing::MjpegServer camera;
    camera.setSizes({ QSize(7800, 4400) }, 1000);
    camera.setFramesPerSecond(2);
    REQUIRE(camera.listen());
    StreamEngine engine(QUrl(camera.url()), oneShotOptions());
    engine.start();
    REQUIRE(waitUntil([&] { return engine.status().waitingToRetry(); }, 30000));
    CHECK(engine.stats().packets > 0); // it did receive pictures
    CHECK(engine.stats().decoded == 0); // and decoded none
    CHECK_FALSE(engine.takeFrame());
    CHECK(isErrorState(engine.status().state));
}

TEST_CASE("a source address cannot make FFmpeg open another of its protocols",
          "[video][file][security]")
{
    // concat: (like subfile:, data: or a file: behind a playlist) would read a local file as if
    // it were a camera: only a camera's protocols are opened for a network address.
    vigie::test::RtspServer server; // makes sure the clips are in the cache
    REQUIRE(server.start());
    server.stop();
    const QString clip = testing::cachedClip(QStringLiteral("scene2-cam02_640x360"));
    REQUIRE_FALSE(clip.isEmpty());
    CHECK(settle(clip) == StreamState::Live); // the file itself plays as a file
    StreamEngine engine(QUrl(QStringLiteral("concat:") + clip), oneShotOptions());
    engine.start();
    REQUIRE(waitUntil([&] { return engine.status().waitingToRetry(); }, 20000));
    CHECK(engine.stats().decoded == 0);
    CHECK(isErrorState(engine.status().state));
}
