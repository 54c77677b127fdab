// The analytics on a live camera: the demo's RTSP server serving the real CCTV clip vtest.avi,
// through the same engine as the tiles.
#include "core/analytics/analytics_runner.h"
#include "core/video/stream_registry.h"
#include "tests/core/video/video_test_support.h"
#include "tests/support/rtsp_server.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

analytics::DetectorConfig intrusionAnywhere()
{
    analytics::DetectorConfig c;
    c.camera = 6;
    c.name = QStringLiteral("parvis");
    c.kind = analytics::DetectorKind::Intrusion;
    c.minDuration_s = 1.0;
    return c;
}

} // namespace

TEST_CASE("live analytics run on the tiles' own engine, or alone for a camera on no wall",
          "[analytics][live]")
{
    test::RtspServer server;
    REQUIRE(server.start());
    const QString path = QStringLiteral("/cam06/sub");
    const QUrl url(server.url(path));
    video::StreamRegistry registry;
    video::StreamHandle tile;
    SECTION("beside a tile showing the camera")
    {
        tile = registry.acquire(url, QStringLiteral("tile"), QSize(640, 360));
    }
    SECTION("on no wall") { }
    analytics::AnalyticsRunner runner(registry, 1);
    runner.watch(6, url, { intrusionAnywhere() });
    QSignalSpy raised(&runner, &analytics::AnalyticsRunner::eventsRaised);
    // People walk across the square from the clip's first pictures.
    REQUIRE(raised.wait(60000));
    const auto events = raised.first().at(2).value<QList<analytics::AnalyticsEvent>>();
    REQUIRE_FALSE(events.isEmpty());
    CHECK(raised.first().at(0).toInt() == 6);
    CHECK(raised.first().at(1).toString() == QStringLiteral("parvis"));
    CHECK(events.first().type == QStringLiteral("intrusion"));
    CHECK(events.first().alarm);
    // One connection to the camera, whoever watches it.
    CHECK(registry.engineCount() == 1);
    CHECK(video::testing::maxSessions(server.output(), path) == 1);
    runner.unwatch(6);
    CHECK(runner.watched() == 0);
}
