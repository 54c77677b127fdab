// The registry shares one engine, and so one RTSP session, between every viewer of a stream,
// decodes at the largest size they ask for, and stops when nobody looks or nobody is left.
#include "core/video/stream_registry.h"
#include "tests/core/video/video_test_support.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace vigie;
using namespace vigie::video;
using vigie::cameras::StreamState;
using vigie::test::waitUntil;

namespace {

constexpr int kFirstPicture_ms = 20000;

bool hasPictureOf(const StreamHandle &handle, const QSize &size)
{
    const auto frame = handle.takeFrame();
    return frame && frame->image.size() == size;
}

} // namespace

TEST_CASE("two tiles on one camera share one engine and one RTSP session", "[video][registry]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    const QString path = QStringLiteral("/cam01/sub");
    const QUrl url(server.url(path));

    StreamRegistry registry;
    StreamHandle first = registry.acquire(url, QStringLiteral("wall1/tile3"), QSize(640, 360));
    StreamHandle second = registry.acquire(url, QStringLiteral("wall2/tile1"), QSize(320, 180));
    CHECK(registry.engineCount() == 1);
    CHECK(first.engine() == second.engine());
    CHECK(registry.consumers(url)
          == QStringList { QStringLiteral("wall1/tile3"), QStringLiteral("wall2/tile1") });

    // Both tiles paint, from the one engine.
    int firstPainted = 0;
    int secondPainted = 0;
    QObject::connect(first.engine(), &StreamEngine::frameReady, [&] {
        if (first.takeFrame())
            ++firstPainted;
    });
    QObject::connect(second.engine(), &StreamEngine::frameReady, [&] {
        if (second.takeFrame())
            ++secondPainted;
    });
    REQUIRE(waitUntil([&] { return firstPainted > 5 && secondPainted > 5; }, kFirstPicture_ms));
    REQUIRE(waitUntil([&] { return testing::currentSessions(server.output(), path) == 1; }, 5000));
    CHECK(testing::maxSessions(server.output(), path) == 1);
    CHECK(first.engine()->stats().connections == 1);

    // One tile leaves: the other keeps its picture on the same session.
    QPointer<StreamEngine> engine = first.engine();
    first.release();
    CHECK_FALSE(first.isValid());
    CHECK(registry.engineCount() == 1);
    const quint64 published = engine->stats().published;
    REQUIRE(waitUntil([&] { return engine->stats().published > published + 5; }, 10000));

    // The last one leaves: the engine stops, and the camera sees the session close.
    second.release();
    CHECK(registry.engineCount() == 0);
    REQUIRE(waitUntil([&] { return engine.isNull(); }, 10000));
    REQUIRE(waitUntil([&] { return testing::currentSessions(server.output(), path) == 0; }, 10000));
    CHECK(testing::maxSessions(server.output(), path) == 1);
}

TEST_CASE("the engine decodes at the largest size its visible tiles ask for", "[video][registry]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    const QUrl url(server.url(QStringLiteral("/cam02/sub")));
    StreamRegistry registry;
    StreamHandle small = registry.acquire(url, QStringLiteral("small"), QSize(320, 180));
    REQUIRE(waitUntil([&] { return hasPictureOf(small, QSize(320, 180)); }, kFirstPicture_ms));

    StreamHandle large = registry.acquire(url, QStringLiteral("large"), QSize(480, 270));
    REQUIRE(waitUntil([&] { return hasPictureOf(small, QSize(480, 270)); }, 10000));

    // A hidden tile does not count.
    large.setVisible(false);
    REQUIRE(waitUntil([&] { return hasPictureOf(small, QSize(320, 180)); }, 10000));

    // A maximised tile bigger than the stream gets the stream's own size, never more.
    small.setRequestedSize(QSize(1920, 1080));
    REQUIRE(waitUntil([&] { return hasPictureOf(small, QSize(640, 360)); }, 10000));
    CHECK(small.engine()->stats().outputSize == QSize(640, 360));
}

TEST_CASE("a wall that nobody sees decodes nothing", "[video][registry]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    const QUrl url(server.url(QStringLiteral("/cam03/sub")));
    StreamRegistry registry;
    StreamHandle a = registry.acquire(url, QStringLiteral("a"), QSize(320, 180));
    StreamHandle b = registry.acquire(url, QStringLiteral("b"), QSize(320, 180));
    StreamEngine *engine = a.engine();
    REQUIRE(waitUntil([&] { return engine->stats().decoded > 3; }, kFirstPicture_ms));

    a.setVisible(false);
    const quint64 oneVisible = engine->stats().decoded;
    REQUIRE(waitUntil([&] { return engine->stats().decoded > oneVisible + 3; }, 10000));
    CHECK(engine->stats().active);

    b.setVisible(false);
    REQUIRE(waitUntil([&] { return !engine->stats().active; }, 5000));
    const StreamStats hidden = engine->stats();
    REQUIRE(waitUntil([&] { return engine->stats().packets >= hidden.packets + 15; }, 10000));
    CHECK(engine->stats().decoded == hidden.decoded);

    b.setVisible(true);
    REQUIRE(waitUntil([&] { return engine->stats().decoded > hidden.decoded; }, 10000));
}

TEST_CASE("a handle moves, and a camera called again after release gets a fresh engine",
          "[video][registry]")
{
    testing::MjpegServer camera;
    REQUIRE(camera.listen());
    const QUrl url(camera.url());
    StreamRegistry registry;
    StreamHandle handle = registry.acquire(url, QStringLiteral("tile"), QSize());
    StreamHandle moved = std::move(handle);
    CHECK_FALSE(handle.isValid());
    REQUIRE(moved.isValid());
    REQUIRE(waitUntil([&] { return moved.takeFrame() != nullptr; }, kFirstPicture_ms));
    CHECK(moved.takeFrame()->image.size() == QSize(320, 240));

    QPointer<StreamEngine> old = moved.engine();
    moved = StreamHandle(); // released by assignment
    CHECK(registry.engineCount() == 0);
    StreamHandle again = registry.acquire(url, QStringLiteral("tile"), QSize());
    CHECK(registry.engineCount() == 1);
    CHECK(again.engine() != old.data());
    REQUIRE(waitUntil([&] { return again.takeFrame() != nullptr; }, kFirstPicture_ms));
    REQUIRE(waitUntil([&] { return old.isNull(); }, 10000));
}

TEST_CASE("handles outliving their registry are harmless", "[video][registry]")
{
    testing::MjpegServer camera;
    REQUIRE(camera.listen());
    StreamHandle handle;
    {
        StreamRegistry registry;
        handle = registry.acquire(QUrl(camera.url()), QStringLiteral("tile"), QSize());
        REQUIRE(waitUntil([&] { return handle.takeFrame() != nullptr; }, kFirstPicture_ms));
    }
    CHECK(handle.engine() == nullptr);
    CHECK(handle.takeFrame() == nullptr);
    handle.setVisible(false);
    handle.release();
}
