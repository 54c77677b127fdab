// Against the real GStreamer RTSP server of the demo (scripts/vigie_streams.py).
#include "core/cameras/camera_status_board.h"
#include "core/cameras/stream_probe.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"

#include <QTcpServer>

#include <catch2/catch.hpp>

#include <optional>

using namespace vigie::cameras;

namespace {

struct ProbeResult
{
    StreamState state = StreamState::Unknown;
    QString detail;
};

std::optional<ProbeResult> probe(const QString &url, int timeout_ms = 5000)
{
    StreamProbe probe;
    std::optional<ProbeResult> result;
    QObject::connect(&probe, &StreamProbe::finished, [&](StreamState state, const QString &detail) {
        result = ProbeResult { state, detail };
    });
    probe.start(QUrl(url), timeout_ms);
    vigie::test::waitUntil([&] { return result.has_value(); }, timeout_ms + 5000);
    return result;
}

} // namespace

TEST_CASE("probing the real RTSP server tells available, not found and unreachable",
          "[probe][rtsp]")
{
    vigie::test::RtspServer server;
    INFO(server.output().toStdString());
    REQUIRE(server.start());

    auto available = probe(server.url(QStringLiteral("/cam01/sub")));
    REQUIRE(available);
    CHECK(available->state == StreamState::Available);

    auto wrongPath = probe(server.url(QStringLiteral("/cam99/sub")));
    REQUIRE(wrongPath);
    CHECK(wrongPath->state == StreamState::NotFound);
    CHECK(wrongPath->detail.contains(QStringLiteral("/cam99/sub")));

    const int port = server.port();
    server.stop();
    auto gone = probe(QStringLiteral("rtsp://127.0.0.1:%1/cam01/sub").arg(port));
    REQUIRE(gone);
    CHECK(gone->state == StreamState::Unreachable);
}

TEST_CASE("a camera that asks for credentials refuses wrong ones and accepts right ones",
          "[probe][rtsp]")
{
    vigie::test::RtspServer server({ QStringLiteral("--auth"), QStringLiteral("agent:s3cret-42") });
    REQUIRE(server.start());
    const QString path = QStringLiteral("127.0.0.1:%1/cam02/sub").arg(server.port());

    auto none = probe(QStringLiteral("rtsp://") + path);
    REQUIRE(none);
    CHECK(none->state == StreamState::AuthRefused);

    auto wrong = probe(QStringLiteral("rtsp://agent:mauvais@") + path);
    REQUIRE(wrong);
    CHECK(wrong->state == StreamState::AuthRefused);

    auto right = probe(QStringLiteral("rtsp://agent:s3cret-42@") + path);
    REQUIRE(right);
    CHECK(right->state == StreamState::Available);
}

TEST_CASE("a server that accepts the connection but never answers times out", "[probe]")
{
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    auto result = probe(QStringLiteral("rtsp://127.0.0.1:%1/cam").arg(silent.serverPort()), 500);
    REQUIRE(result);
    CHECK(result->state == StreamState::Unreachable);
    CHECK_FALSE(result->detail.isEmpty());
}

TEST_CASE("the status board follows every camera of the directory", "[probe][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    QList<Camera> cameras;
    for (int n : { 1, 2, 7 }) {
        Camera c;
        c.number = n;
        c.name = QStringLiteral("Caméra %1").arg(n);
        // Camera 7 points at a mount the server does not have.
        c.mainUrl = QUrl(server.url(QStringLiteral("/cam%1/main").arg(n, 2, 10, QLatin1Char('0'))));
        c.subUrl = QUrl(server.url(QStringLiteral("/cam%1/sub").arg(n, 2, 10, QLatin1Char('0'))));
        cameras.append(c);
    }
    CameraStatusBoard board;
    board.setCameras(cameras);
    int rounds = 0;
    QObject::connect(&board, &CameraStatusBoard::roundFinished, [&] { ++rounds; });
    board.start(60000, 2);
    REQUIRE(vigie::test::waitUntil([&] { return rounds == 1; }, 20000));
    CHECK(board.entry(1).state == StreamState::Available);
    CHECK(board.entry(2).state == StreamState::Available);
    CHECK(board.entry(7).state == StreamState::NotFound);
}

TEST_CASE("the status board never knocks at a landlord's camera", "[probe][bailleur]")
{
    // Two cameras answering on loopback: the commune's is probed, the landlord's is not even
    // connected to (no standing access to a bailleur's cameras).
    QTcpServer commune;
    QTcpServer landlord;
    REQUIRE(commune.listen(QHostAddress::LocalHost));
    REQUIRE(landlord.listen(QHostAddress::LocalHost));
    Camera ours;
    ours.number = 1;
    ours.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam01").arg(commune.serverPort()));
    Camera theirs;
    theirs.number = 2;
    theirs.owner = CameraOwner::Bailleur;
    theirs.convention = QStringLiteral("HDSH-2026-01");
    theirs.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam02").arg(landlord.serverPort()));
    CameraStatusBoard board;
    board.setCameras({ ours, theirs });
    int rounds = 0;
    QObject::connect(&board, &CameraStatusBoard::roundFinished, [&] { ++rounds; });
    board.start(60000, 2);
    REQUIRE(vigie::test::waitUntil([&] { return commune.hasPendingConnections(); }, 10000));
    REQUIRE(vigie::test::waitUntil([&] { return rounds == 1; }, 20000));
    CHECK_FALSE(landlord.hasPendingConnections());
    CHECK(board.entry(2).state == StreamState::Unknown);
}
