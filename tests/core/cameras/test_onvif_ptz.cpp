// PTZ over ONVIF and Media2 against the simulator (tests/support/onvif_simulator): moves,
// presets and home reach the device's head, its faults and refusals read as plain sentences.
#include "core/cameras/camera_file.h"
#include "core/cameras/onvif_client.h"
#include "core/cameras/onvif_discovery.h"
#include "core/cameras/onvif_ptz.h"
#include "tests/core/cameras/directory_fixture.h"
#include "tests/support/onvif_simulator.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace vigie::cameras;
using vigie::test::OnvifSimulator;

namespace {

// Records every answer of one OnvifPtz, and waits for the next of an operation.
struct PtzProbe
{
    explicit PtzProbe(OnvifPtz &ptz)
    {
        QObject::connect(&ptz, &OnvifPtz::answered,
                         [this](const PtzAnswer &answer) { answers.append(answer); });
    }
    PtzAnswer next(PtzOperation operation)
    {
        std::optional<PtzAnswer> found;
        REQUIRE(vigie::test::waitUntil([&] {
            for (qsizetype i = 0; i < answers.size(); ++i) {
                if (answers[i].operation == operation) {
                    found = answers.takeAt(i);
                    return true;
                }
            }
            return false;
        }));
        return *found;
    }
    QList<PtzAnswer> answers;
};

} // namespace

TEST_CASE("a continuous move turns the simulated head until Stop", "[onvif][ptz]")
{
    OnvifSimulator simulator;
    OnvifPtz ptz;
    PtzProbe probe(ptz);
    ptz.open(simulator.deviceUrl(), simulator.user, simulator.password);
    // Given before the device is read: waits for it, then goes.
    ptz.continuousMove(0.5, -0.25, 0);
    REQUIRE(probe.next(PtzOperation::Open).ok());
    CHECK(ptz.device().ptzAddress.path() == QLatin1String("/onvif/PTZ"));
    CHECK(ptz.device().ptzProfile == QLatin1String("Profile_1"));
    REQUIRE(probe.next(PtzOperation::Move).ok());
    CHECK(simulator.ptzMoving());
    CHECK(simulator.ptzVelocity().pan == Approx(0.5));
    CHECK(simulator.ptzVelocity().tilt == Approx(-0.25));
    // The head moves right and down while the move runs.
    REQUIRE(vigie::test::waitUntil([&] { return simulator.ptzPosition().pan > 0.05; }));
    CHECK(simulator.ptzPosition().tilt < 0);
    ptz.stop();
    REQUIRE(probe.next(PtzOperation::Stop).ok());
    CHECK_FALSE(simulator.ptzMoving());
    CHECK(simulator.authenticationFailures() == 0);
}

TEST_CASE("presets are saved, listed, gone to and removed; home brings the head back",
          "[onvif][ptz]")
{
    OnvifSimulator simulator;
    simulator.setPtzPosition({ 0.3, 0.1, 0.4 });
    OnvifPtz ptz;
    PtzProbe probe(ptz);
    ptz.open(simulator.deviceUrl(), simulator.user, simulator.password);
    ptz.setPreset(QStringLiteral("Parvis de la gare"));
    const PtzAnswer saved = probe.next(PtzOperation::SetPreset);
    REQUIRE(saved.ok());
    REQUIRE_FALSE(saved.presetToken.isEmpty());
    REQUIRE(simulator.ptzPresets().contains(saved.presetToken));
    CHECK(simulator.ptzPresets().value(saved.presetToken).first
          == QLatin1String("Parvis de la gare"));

    ptz.gotoHome();
    REQUIRE(probe.next(PtzOperation::Home).ok());
    CHECK(simulator.ptzPosition().pan == Approx(0));
    CHECK(simulator.ptzPosition().zoom == Approx(0));

    ptz.gotoPreset(saved.presetToken);
    REQUIRE(probe.next(PtzOperation::GotoPreset).ok());
    CHECK(simulator.ptzPosition().pan == Approx(0.3));
    CHECK(simulator.ptzPosition().tilt == Approx(0.1));
    CHECK(simulator.ptzPosition().zoom == Approx(0.4));

    ptz.presets();
    const PtzAnswer listed = probe.next(PtzOperation::Presets);
    REQUIRE(listed.ok());
    REQUIRE(listed.presets.size() == 1);
    CHECK(listed.presets[0].token == saved.presetToken);
    CHECK(listed.presets[0].name == QLatin1String("Parvis de la gare"));

    ptz.removePreset(saved.presetToken);
    REQUIRE(probe.next(PtzOperation::RemovePreset).ok());
    CHECK(simulator.ptzPresets().isEmpty());
    ptz.gotoPreset(saved.presetToken);
    const PtzAnswer gone = probe.next(PtzOperation::GotoPreset);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error
          == QLatin1String(
              "The device 127.0.0.1 answered with an error: The requested preset token does not "
              "exist."));
}

TEST_CASE("PTZ faults, wrong credentials and missing PTZ read as plain sentences", "[onvif][ptz]")
{
    OnvifSimulator simulator;
    SECTION("a fault with its reason")
    {
        simulator.faults.insert(QStringLiteral("GotoHomePosition"),
                                QStringLiteral("PTZ locked by the installer's keyboard"));
        OnvifPtz ptz;
        PtzProbe probe(ptz);
        ptz.open(simulator.deviceUrl(), simulator.user, simulator.password);
        ptz.gotoHome();
        CHECK(probe.next(PtzOperation::Home).error
              == QLatin1String("The device 127.0.0.1 answered with an error: PTZ locked by the "
                               "installer's keyboard"));
    }
    SECTION("an operation the device does not implement")
    {
        simulator.unsupported.insert(QStringLiteral("GotoHomePosition"), true);
        OnvifPtz ptz;
        PtzProbe probe(ptz);
        ptz.open(simulator.deviceUrl(), simulator.user, simulator.password);
        ptz.gotoHome();
        CHECK(probe.next(PtzOperation::Home)
                  .error.startsWith(
                      QLatin1String("The device 127.0.0.1 does not support this operation")));
    }
    SECTION("a device without PTZ")
    {
        simulator.ptz = false;
        OnvifPtz ptz;
        PtzProbe probe(ptz);
        ptz.open(simulator.deviceUrl(), simulator.user, simulator.password);
        ptz.continuousMove(0.5, 0, 0);
        const QString expected = QStringLiteral(
            "The device 127.0.0.1 does not support this operation: it has no PTZ service.");
        CHECK(probe.next(PtzOperation::Open).error == expected);
        // What waited for the device is told why it did not go.
        CHECK(probe.next(PtzOperation::Move).error == expected);
        CHECK(simulator.ptzCommands() == 0);
    }
    SECTION("a wrong password")
    {
        OnvifPtz ptz;
        PtzProbe probe(ptz);
        ptz.open(simulator.deviceUrl(), simulator.user, QStringLiteral("wrong"));
        CHECK(probe.next(PtzOperation::Open)
                  .error.contains(QLatin1String("refused the user name or password")));
        ptz.stop();
        CHECK(probe.next(PtzOperation::Stop)
                  .error.contains(QLatin1String("refused the user name or password")));
    }
}

TEST_CASE("a slow PTZ camera gets the latest intent, not a backlog of moves", "[onvif][ptz]")
{
    OnvifSimulator simulator;
    simulator.delays_ms.insert(QStringLiteral("ContinuousMove"), 300);
    OnvifPtz ptz;
    PtzProbe probe(ptz);
    ptz.open(simulator.deviceUrl(), simulator.user, simulator.password);
    REQUIRE(probe.next(PtzOperation::Open).ok());
    ptz.continuousMove(0.1, 0, 0);
    ptz.continuousMove(0.2, 0, 0);
    ptz.continuousMove(0.3, 0, 0);
    ptz.stop();
    REQUIRE(probe.next(PtzOperation::Stop).ok());
    // The first move was out; the two after it were superseded by the stop before being sent.
    CHECK(simulator.ptzCommands() == 2);
    CHECK_FALSE(simulator.ptzMoving());
}

TEST_CASE("a device with Media2 gives its profiles, H.265 included, through it", "[onvif]")
{
    OnvifSimulator simulator;
    simulator.media2 = true;
    OnvifClient client;
    std::optional<vigie::Result<OnvifDevice>> result;
    QObject::connect(&client, &OnvifClient::finished,
                     [&](const vigie::Result<OnvifDevice> &device) { result = device; });
    client.inspect(simulator.deviceUrl(), simulator.user, simulator.password);
    REQUIRE(vigie::test::waitUntil([&] { return result.has_value(); }));
    REQUIRE(result->ok());
    const OnvifDevice &device = result->value();
    CHECK(device.media2);
    CHECK(device.mediaAddress.path() == QLatin1String("/onvif/Media2"));
    REQUIRE(device.profiles.size() == 3);
    for (const OnvifProfile &profile : device.profiles) {
        if (profile.token == QLatin1String("Profile_1"))
            CHECK(profile.encoding == QLatin1String("H265"));
    }
    CHECK(device.mainUrl.path() == QLatin1String("/Streaming/Channels/101"));
    CHECK(device.subUrl.path() == QLatin1String("/Streaming/Channels/102"));
    CHECK(device.ptzProfile == QLatin1String("Profile_1"));

    // Without Media2 the same device is read through Media1.
    simulator.media2 = false;
    result.reset();
    client.inspect(simulator.deviceUrl(), simulator.user, simulator.password);
    REQUIRE(vigie::test::waitUntil([&] { return result.has_value(); }));
    REQUIRE(result->ok());
    CHECK_FALSE(result->value().media2);
    CHECK(result->value().mediaAddress.path() == QLatin1String("/onvif/Media"));
}

TEST_CASE("a camera keeps its ONVIF address: journaled, exported, imported", "[onvif][directory]")
{
    vigie::test::DirectoryFixture f;
    Camera dome;
    dome.number = 12;
    dome.name = QStringLiteral("Parvis de la gare");
    dome.inseeCode = QStringLiteral("92002");
    dome.mainUrl = QUrl(QStringLiteral("rtsp://10.0.4.12/Streaming/Channels/101"));
    dome.ptz = true;
    dome.onvifUrl = QUrl(QStringLiteral("http://10.0.4.12/onvif/device_service"));
    REQUIRE(f.directory.addCamera(f.admin, dome).ok());
    REQUIRE(f.directory.byNumber(12).has_value());
    CHECK(f.directory.byNumber(12)->onvifUrl == dome.onvifUrl);
    // Every desk builds its directory from the event: the address travels in it.
    CHECK(f.directoryEvents().last().payload.value(QStringLiteral("onvif_url")).toString()
          == QLatin1String("http://10.0.4.12/onvif/device_service"));

    // Never with credentials in it, nor anything but a device service's http address.
    Camera withPassword = dome;
    withPassword.onvifUrl
        = QUrl(QStringLiteral("http://admin:secret@10.0.4.12/onvif/device_service"));
    CHECK_FALSE(f.directory.updateCamera(f.admin, withPassword).ok());
    Camera notHttp = dome;
    notHttp.onvifUrl = QUrl(QStringLiteral("rtsp://10.0.4.12/onvif"));
    const vigie::Status refused = f.directory.updateCamera(f.admin, notHttp);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("ONVIF address of camera 12")));

    // Exported with its column, read back under its French name too.
    const QByteArray csv = CameraFile::toCsv(f.directory.cameras());
    CHECK(csv.contains("onvif_url"));
    CHECK(csv.contains("http://10.0.4.12/onvif/device_service"));
    const QByteArray file = "numero;nom;insee;flux_principal;ptz;adresse_onvif\n"
                            "13;Rond-point;92002;rtsp://10.0.4.13/main;oui;"
                            "http://10.0.4.13:8080/onvif/device_service\n";
    const auto imported = CameraFile::import(f.directory, f.admin, file, false);
    REQUIRE(imported.ok());
    REQUIRE(imported.value().rejected.isEmpty());
    REQUIRE(f.directory.byNumber(13).has_value());
    CHECK(f.directory.byNumber(13)->onvifUrl.port() == 8080);
    CHECK(f.directory.byNumber(13)->ptz);
}

TEST_CASE("a device already in the directory by its ONVIF address is not listed as new", "[onvif]")
{
    DiscoveredDevice found;
    found.addresses = { QUrl(QStringLiteral("http://127.0.0.2:8000/onvif/device_service")) };
    Camera camera;
    camera.number = 41;
    // Its streams come from a recorder elsewhere: only the ONVIF address says it is this one.
    camera.mainUrl = QUrl(QStringLiteral("rtsp://10.9.0.1/cam41"));
    CHECK(notInDirectory({ found }, { camera }).size() == 1);
    camera.onvifUrl = QUrl(QStringLiteral("http://127.0.0.2:8000/onvif/device_service"));
    CHECK(notInDirectory({ found }, { camera }).isEmpty());
    // Another device on the same host (an encoder's second port) is still new.
    found.addresses = { QUrl(QStringLiteral("http://127.0.0.2:8001/onvif/device_service")) };
    CHECK(notInDirectory({ found }, { camera }).size() == 1);
}
