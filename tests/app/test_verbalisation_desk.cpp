// Drafting from a live tile of the real RTSP server: the frames come from the tile's own engine
// (no second session to the camera), distinct, at the stream's resolution; a tile that is not
// live is refused with its reason.
#include "app/verbalisation_desk.h"
#include "core/cameras/camera_status_board.h"
#include "core/verbalisation/ticket.h"
#include "core/video/stream_engine.h"
#include "core/video/stream_registry.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"
#include "widgets/live_video.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QTest>

using namespace vigie;
using cameras::StreamState;
using test::waitUntil;

namespace {

constexpr int kFirstPicture_ms = 30000;

struct LiveTile
{
    test::RtspServer server;
    cameras::CameraStatusBoard board;
    video::StreamRegistry registry;
    std::unique_ptr<widgets::LiveVideo> live;
    std::unique_ptr<widgets::WallView> wall;

    explicit LiveTile(const QString &path)
    {
        REQUIRE(server.start());
        cameras::Camera c;
        c.id = 12;
        c.number = 12;
        c.name = QStringLiteral("Avenue Aristide Briand");
        c.mainUrl = QUrl(server.url(path + QStringLiteral("/main")));
        c.subUrl = QUrl(server.url(path + QStringLiteral("/sub")));
        board.setCameras({ c });
        live = std::make_unique<widgets::LiveVideo>(&registry, &board, video::GovernorParams {});
        wall = std::make_unique<widgets::WallView>(&board);
        wall->setLiveVideo(live.get());
        wall->resize(QSize(640, 360));
        wall->setWallState({ QStringLiteral("1x1"), { 12 } });
        wall->show();
        REQUIRE(QTest::qWaitForWindowExposed(wall.get()));
    }
    widgets::TileWidget *tile() const { return wall->tile(0); }
};

} // namespace

TEST_CASE("a draft's frames come live from the tile's own engine, distinct, full size",
          "[verbalisation][video]")
{
    LiveTile f(QStringLiteral("/cam01"));
    REQUIRE(waitUntil(
        [&] { return f.tile()->state() == StreamState::Live && f.tile()->framesShown() >= 3; },
        kFirstPicture_ms));
    const int sessions = f.registry.engineCount();
    const QDateTime before = QDateTime::currentDateTime();

    auto capture = app::VerbalisationDesk::captureFromTile(f.tile(), 3);
    REQUIRE(capture.ok());
    const verbalisation::LiveCapture &c = capture.value();
    CHECK(c.live);
    CHECK(c.cameraNumber == 12);
    CHECK(c.capturedAt >= before);
    CHECK(c.capturedAt <= QDateTime::currentDateTime());
    REQUIRE(c.frames.size() == 3);
    CHECK(c.grabIssue.isEmpty());
    const QSize source = f.tile()->engine()->stats().sourceSize;
    for (const QImage &frame : c.frames)
        CHECK(frame.size() == source);
    // Three moments of the scene, not one picture three times.
    CHECK(c.frames[0] != c.frames[1]);
    CHECK(c.frames[1] != c.frames[2]);
    CHECK(f.registry.engineCount() == sessions); // no second connection to the camera
}

TEST_CASE("a tile that is not live gives no draft, and says why", "[verbalisation][video]")
{
    LiveTile f(QStringLiteral("/nosuchcamera"));
    REQUIRE(
        waitUntil([&] { return f.tile()->state() == StreamState::NotFound; }, kFirstPicture_ms));
    auto capture = app::VerbalisationDesk::captureFromTile(f.tile(), 3);
    REQUIRE_FALSE(capture.ok());
    CHECK(capture.error().contains(cameras::stateLabel(StreamState::NotFound)));

    f.tile()->setCamera(0, QString());
    CHECK_FALSE(app::VerbalisationDesk::captureFromTile(f.tile(), 3).ok());
    CHECK_FALSE(app::VerbalisationDesk::captureFromTile(nullptr, 3).ok());
}
