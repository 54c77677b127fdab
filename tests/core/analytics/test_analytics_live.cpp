// The analytics on a live camera: the demo's RTSP server serving the real CCTV clip vtest.avi,
// through the same engine as the tiles.
#include "core/analytics/alarm_log.h"
#include "core/analytics/analytics_runner.h"
#include "core/analytics/detector_settings.h"
#include "core/analytics/detector_state_store.h"
#include "core/analytics/live_analytics.h"
#include "core/video/stream_registry.h"
#include "tests/core/records/records_fixture.h"
#include "tests/core/video/video_test_support.h"
#include "tests/support/rtsp_server.h"

#include <QSignalSpy>
#include <QSqlQuery>

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

TEST_CASE("a live alarm is recorded in the register and its journal", "[analytics][live]")
{
    test::RecordsFixture f;
    analytics::DetectorSettings settings(*f.db, f.journal);
    REQUIRE(settings.set(f.chef, intrusionAnywhere()).ok());
    test::RtspServer server;
    REQUIRE(server.start());
    const QUrl url(server.url(QStringLiteral("/cam06/sub")));
    video::StreamRegistry registry;
    analytics::AnalyticsRunner runner(registry, 1);
    analytics::LiveAnalytics live(*f.db, f.journal, runner);
    CHECK_FALSE(live.watch(7, url)); // no detector on camera 7
    REQUIRE(live.watch(6, url));
    QSignalSpy recorded(&live, &analytics::LiveAnalytics::alarmRecorded);
    REQUIRE(recorded.wait(60000));
    const QString id = recorded.first().at(0).toString();
    const auto alarm = analytics::AlarmLog(*f.db, f.journal).find(id);
    REQUIRE(alarm);
    CHECK(alarm->camera == 6);
    CHECK(alarm->detector == QStringLiteral("parvis"));
    CHECK(alarm->type == QStringLiteral("intrusion"));
    CHECK(alarm->acknowledgedBy.isEmpty());
    const auto events = f.journal.events(QStringLiteral("CSU-A"), 0, 100000);
    CHECK(std::any_of(events.cbegin(), events.cend(), [&](const journal::Event &e) {
        return e.action == QLatin1String("analytics.alarm") && e.objectId == id;
    }));
}

TEST_CASE("a parked vehicle's first sighting survives a restart of the live analytics",
          "[analytics][live]")
{
    test::RecordsFixture f;
    analytics::DetectorConfig van;
    van.camera = 6;
    van.name = QStringLiteral("fourgon");
    van.kind = analytics::DetectorKind::Stationary;
    // The white van parked at the top right of vtest.avi.
    van.zone = { { 0.84, 0.07 }, { 0.94, 0.07 }, { 0.94, 0.18 }, { 0.84, 0.18 } };
    van.recheck_s = 1;
    analytics::DetectorSettings settings(*f.db, f.journal);
    REQUIRE(settings.set(f.chef, van).ok());
    test::RtspServer server;
    REQUIRE(server.start());
    const QUrl url(server.url(QStringLiteral("/cam06/sub")));
    video::StreamRegistry registry;
    analytics::DetectorStateStore states(*f.db);
    qint64 firstSeen_ms = -1;
    {
        analytics::AnalyticsRunner runner(registry, 1);
        analytics::LiveAnalytics live(*f.db, f.journal, runner);
        QSignalSpy saved(&runner, &analytics::AnalyticsRunner::stateChanged);
        REQUIRE(live.watch(6, url));
        REQUIRE(saved.wait(60000));
        firstSeen_ms
            = qint64(states.load(6, van.name).value(QStringLiteral("first_seen_ms")).toDouble());
        REQUIRE(firstSeen_ms > 0);
    }
    // Vigie restarts: the next re-check counts from the same first sighting.
    analytics::AnalyticsRunner runner(registry, 1);
    analytics::LiveAnalytics live(*f.db, f.journal, runner);
    QSignalSpy raised(&runner, &analytics::AnalyticsRunner::eventsRaised);
    REQUIRE(live.watch(6, url));
    REQUIRE(raised.wait(60000));
    const auto events = raised.first().at(2).value<QList<analytics::AnalyticsEvent>>();
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.first().type == QStringLiteral("stationary_check"));
    CHECK(qint64(events.first().details.value(QStringLiteral("first_seen_ms")).toDouble())
          == firstSeen_ms);
}

TEST_CASE("a live line tells the time it watched, and its quarter is recorded with it and both "
          "directions, crossed or not",
          "[analytics][live][counts]")
{
    test::RecordsFixture f;
    analytics::DetectorConfig line;
    line.camera = 6;
    line.name = QStringLiteral("passage");
    line.kind = analytics::DetectorKind::Line;
    line.line = QLineF(0.30, 0.32, 0.30, 0.565);
    analytics::DetectorSettings settings(*f.db, f.journal);
    REQUIRE(settings.set(f.chef, line).ok());
    test::RtspServer server;
    REQUIRE(server.start());
    video::StreamRegistry registry;
    analytics::AnalyticsRunner runner(registry, 1);
    analytics::LiveAnalytics live(*f.db, f.journal, runner);
    QSignalSpy raised(&runner, &analytics::AnalyticsRunner::eventsRaised);
    REQUIRE(live.watch(6, QUrl(server.url(QStringLiteral("/cam06/sub")))));
    const auto toldWatch = [&] {
        for (const QList<QVariant> &signal : std::as_const(raised)) {
            for (const auto &e : signal.at(2).value<QList<analytics::AnalyticsEvent>>()) {
                if (e.type == QLatin1String("watched"))
                    return true;
            }
        }
        return false;
    };
    REQUIRE(test::waitUntil(toldWatch, 60000));
    live.flushCounts(0, true);

    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT direction, observed_ms FROM analytics_counts"
                                  " WHERE camera = 6 AND detector = 'passage'")));
    QStringList directions;
    qint64 watched_ms = 0;
    while (q.next()) {
        if (q.value(0).toString().isEmpty())
            watched_ms += q.value(1).toLongLong();
        else
            directions.append(q.value(0).toString());
    }
    CHECK(watched_ms > 0);
    directions.sort();
    directions.removeDuplicates();
    CHECK(directions
          == QStringList { QStringLiteral("left_to_right"), QStringLiteral("right_to_left") });
}
