// A draft from a real camera stream (the demo's RTSP server): the pictures grabbed live at the
// main stream's resolution are the files the ticket names, byte for byte by their SHA-256.
#include "core/common/sha256.h"
#include "core/video/live_grab.h"
#include "tests/core/verbalisation/verbalisation_fixture.h"
#include "tests/support/rtsp_server.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace vigie;
using namespace vigie::verbalisation;

TEST_CASE("a draft from the real RTSP server stores the frames whose SHA-256 it carries",
          "[verbalisation][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    test::VerbalisationFixture f;
    cameras::Camera camera = *f.directory.byNumber(1);
    camera.mainUrl = QUrl(server.url(QStringLiteral("/cam02/main")));
    REQUIRE(f.directory.updateCamera(f.admin, camera).ok());

    // What vigiectl ticket draft does: the checks first, then the grab, then the draft.
    REQUIRE(f.tickets->checkCamera(f.agent, 1).ok());
    LiveCapture capture;
    capture.cameraNumber = 1;
    capture.capturedAt = f.now;
    capture.clock = ClockSyncReader::read();
    const auto grabbed = video::grabLivePictures(camera.mainUrl, 3, 20000);
    REQUIRE(grabbed.ok());
    capture.live = true;
    capture.frames = grabbed.value().pictures;
    capture.grabIssue = grabbed.value().shortfall;
    const auto draft = f.tickets->createDraft(f.agent, capture, f.parking());
    REQUIRE(draft.ok());
    REQUIRE(draft.value().frames.size() == 3);
    for (const TicketFrame &frame : draft.value().frames) {
        CHECK(frame.width == 1280);
        CHECK(frame.height == 720);
        QFile file(f.tickets->framePath(frame));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromLatin1(sha256Hex({ file.readAll() })) == frame.sha256);
    }
    CHECK(draft.value().frames.at(0).sha256 != draft.value().frames.at(2).sha256);

    // The stream gone: the camera is not live, and nothing is drafted.
    server.stop();
    const auto dead = video::grabLivePictures(camera.mainUrl, 3, 5000);
    REQUIRE_FALSE(dead.ok());
    LiveCapture none;
    none.cameraNumber = 1;
    none.grabIssue = dead.error();
    const auto refused = f.tickets->createDraft(f.agent, none, f.parking());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("not live")));
    CHECK(f.tickets->list(f.agent, {}).value().size() == 1);
}
