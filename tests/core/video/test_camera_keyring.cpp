// A camera's credentials, kept in the desktop keyring, reach the camera: the stream opener gets
// them back from the keyring, in memory, and the camera lets it in. Needs a real keyring, so it
// is hidden from the ordinary run; tests/e2e/camera_credentials.sh runs it inside its private
// D-Bus session with gnome-keyring, after an administrator stored the credentials with
// `vigiectl camera credentials` (the password in VIGIE_TEST_CAMERA_PASSWORD).
#include "core/cameras/camera_credentials.h"
#include "core/video/stream_engine.h"
#include "tests/core/video/video_test_support.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace vigie;

TEST_CASE("credentials kept in the keyring reach the camera", "[.keyring]")
{
    const QString password = qEnvironmentVariable("VIGIE_TEST_CAMERA_PASSWORD");
    REQUIRE_FALSE(password.isEmpty());
    video::testing::MjpegServer server;
    server.setCredentials(QStringLiteral("agent"), password);
    REQUIRE(server.listen());

    // Camera 002's sub-stream, as the directory holds it: an address without credentials.
    cameras::Camera camera;
    camera.number = 2;
    camera.subUrl = QUrl(server.url());
    QString problem;
    const QList<cameras::Camera> completed
        = cameras::CameraCredentials::withCredentials({ camera }, &problem);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    REQUIRE(completed.size() == 1);
    CHECK(completed.first().subUrl.userName() == QStringLiteral("agent"));

    // The address as stored opens nothing: the camera asks for what only the keyring holds.
    video::StreamEngine bare(camera.subUrl);
    bare.start();
    CHECK(test::waitUntil([&] { return bare.status().state == cameras::StreamState::AuthRefused; },
                          15000));

    video::StreamEngine engine(completed.first().subUrl);
    engine.start();
    CHECK(test::waitUntil([&] { return engine.takeFrame() != nullptr; }, 15000));
    CHECK(engine.status().state == cameras::StreamState::Live);
}
