// The ONVIF client and WS-Discovery against our simulator (tests/support/onvif_simulator), and
// the XML reader under hostile input.
#include "core/cameras/camera_directory.h"
#include "core/cameras/onvif_client.h"
#include "core/cameras/onvif_discovery.h"
#include "core/cameras/onvif_xml.h"
#include "tests/core/records/records_fixture.h"
#include "tests/support/onvif_simulator.h"
#include "tests/support/test_support.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>

#include <catch2/catch.hpp>

#include <optional>

using namespace vigie::cameras;
using vigie::test::OnvifSimulator;

namespace {

vigie::Result<OnvifDevice> inspect(const QUrl &address, const QString &user,
                                   const QString &password, int timeout_ms = 5000)
{
    OnvifClient client;
    std::optional<vigie::Result<OnvifDevice>> result;
    QObject::connect(&client, &OnvifClient::finished,
                     [&](const vigie::Result<OnvifDevice> &device) { result = device; });
    client.inspect(address, user, password, timeout_ms);
    // Each of the five requests may take the whole timeout.
    REQUIRE(vigie::test::waitUntil([&] { return result.has_value(); }, 6 * timeout_ms + 5000));
    return *result;
}

vigie::Result<OnvifDevice> inspect(const OnvifSimulator &device, int timeout_ms = 5000)
{
    return inspect(device.deviceUrl(), device.user, device.password, timeout_ms);
}

// The client's message when the simulator sends `answer` to `operation`.
QString failureAnswering(const QString &operation, const QByteArray &answer)
{
    OnvifSimulator simulator;
    simulator.malformed.insert(operation, answer);
    const auto device = inspect(simulator);
    REQUIRE_FALSE(device.ok());
    return device.error();
}

QList<DiscoveredDevice> discover(quint16 port)
{
    OnvifDiscovery discovery;
    std::optional<QList<DiscoveredDevice>> found;
    QString failure;
    QObject::connect(&discovery, &OnvifDiscovery::finished,
                     [&](const QList<DiscoveredDevice> &devices) { found = devices; });
    QObject::connect(&discovery, &OnvifDiscovery::failed,
                     [&](const QString &message) { failure = message; });
    discovery.probe(1500, QHostAddress(QHostAddress::LocalHost), port);
    REQUIRE(vigie::test::waitUntil([&] { return found.has_value() || !failure.isEmpty(); }));
    REQUIRE(failure.isEmpty());
    return *found;
}

} // namespace

TEST_CASE("the WS-Security digest is the one the UsernameToken profile defines", "[onvif]")
{
    // Base64(SHA-1(nonce + created + password)), computed independently (Python hashlib).
    QByteArray nonce;
    for (char i = 0; i < 16; ++i)
        nonce.append(i);
    CHECK(onvifPasswordDigest(nonce, QStringLiteral("2026-12-05T10:00:00.000Z"),
                              QStringLiteral("Cam-2026!antony"))
          == QByteArray("ZawEdsWXlMldfJdnImj0HGMs6N0="));
    const QByteArray envelope
        = onvifEnvelope("<tds:GetDeviceInformation/>", QStringLiteral("admin"),
                        QStringLiteral("secret"), QDateTime::currentDateTimeUtc());
    CHECK(envelope.contains("#PasswordDigest"));
    CHECK_FALSE(envelope.contains("secret"));
}

TEST_CASE("a discovered camera is added with its main and sub-stream", "[onvif]")
{
    OnvifSimulator simulator;
    const QList<DiscoveredDevice> found = discover(simulator.discoveryPort());
    REQUIRE(found.size() == 1);
    CHECK(found[0].addresses == QList<QUrl> { simulator.deviceUrl() });
    CHECK(found[0].name == QLatin1String("HIKVISION DS-2CD2143G2-I"));
    CHECK(found[0].hardware == QLatin1String("DS-2CD2143G2-I"));
    CHECK(found[0].location == QLatin1String("city/Antony"));
    CHECK(found[0].endpoint == QLatin1String("urn:uuid:54575743-4242-1111-8888-bcad28f3a1c9"));

    vigie::test::RecordsFixture f;
    CameraDirectory directory(*f.db, f.journal);
    Camera elsewhere;
    elsewhere.number = 3;
    elsewhere.name = QStringLiteral("Marché");
    elsewhere.inseeCode = QStringLiteral("92002");
    elsewhere.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.3/main"));
    REQUIRE(directory.addCamera(f.admin, elsewhere).ok());
    REQUIRE(notInDirectory(found, directory.cameras()).size() == 1);

    const auto device = inspect(simulator);
    REQUIRE(device.ok());
    CHECK(device.value().manufacturer == QLatin1String("HIKVISION"));
    CHECK(device.value().model == QLatin1String("DS-2CD2143G2-I"));
    CHECK(device.value().profiles.size() == 3);
    // Picked by resolution, not by the order the device lists its profiles in.
    CHECK(device.value().mainUrl.toString()
          == QLatin1String("rtsp://127.0.0.1:554/Streaming/Channels/101?transportmode=unicast&"
                           "profile=Profile_1"));
    CHECK(device.value().subUrl.toString()
          == QLatin1String("rtsp://127.0.0.1:554/Streaming/Channels/102?transportmode=unicast&"
                           "profile=Profile_2"));
    CHECK(simulator.authenticationFailures() == 0);

    Camera added;
    added.number = 41;
    added.name = found[0].name;
    added.inseeCode = QStringLiteral("92002");
    added.mainUrl = device.value().mainUrl;
    added.subUrl = device.value().subUrl;
    REQUIRE(directory.addCamera(f.admin, added).ok());
    REQUIRE(directory.byNumber(41).has_value());
    CHECK(directory.byNumber(41)->subUrl == device.value().subUrl);
    // Once in the directory, the device is no longer listed as new.
    CHECK(notInDirectory(found, directory.cameras()).isEmpty());
    CHECK(discover(simulator.discoveryPort()).size() == 1);
}

TEST_CASE("a wrong password is told as such, by SOAP fault or HTTP 401", "[onvif]")
{
    OnvifSimulator simulator;
    auto device = inspect(simulator.deviceUrl(), simulator.user, QStringLiteral("wrong"));
    REQUIRE_FALSE(device.ok());
    CHECK(device.error().contains(QLatin1String("refused the user name or password")));
    CHECK(simulator.authenticationFailures() == 1);

    simulator.httpUnauthorized = true;
    device = inspect(simulator);
    REQUIRE_FALSE(device.ok());
    CHECK(device.error().contains(QLatin1String("refused the user name or password")));
}

TEST_CASE("a device that wants HTTP Digest gets the same credentials", "[onvif]")
{
    OnvifSimulator simulator;
    simulator.httpDigestOnly = true;
    auto device = inspect(simulator);
    REQUIRE(device.ok());
    CHECK(device.value().subUrl.path() == QLatin1String("/Streaming/Channels/102"));
    CHECK(simulator.authenticationFailures() == 0);

    device = inspect(simulator.deviceUrl(), simulator.user, QStringLiteral("wrong"));
    REQUIRE_FALSE(device.ok());
    CHECK(device.error().contains(QLatin1String("refused the user name or password")));
}

TEST_CASE("a SOAP fault shows the device's reason", "[onvif]")
{
    OnvifSimulator simulator;
    simulator.faults.insert(QStringLiteral("GetProfiles"),
                            QStringLiteral("Media service busy: too many sessions"));
    auto device = inspect(simulator);
    REQUIRE_FALSE(device.ok());
    CHECK(
        device.error()
        == QLatin1String(
            "The device 127.0.0.1 answered with an error: Media service busy: too many sessions"));

    simulator.faults.clear();
    simulator.unsupported.insert(QStringLiteral("GetCapabilities"), true);
    simulator.unsupported.insert(QStringLiteral("GetServices"), true);
    device = inspect(simulator);
    REQUIRE_FALSE(device.ok());
    CHECK(device.error().contains(QLatin1String("does not support this operation")));
}

TEST_CASE("a device without GetCapabilities is read through GetServices", "[onvif]")
{
    OnvifSimulator simulator;
    simulator.unsupported.insert(QStringLiteral("GetCapabilities"), true);
    const auto device = inspect(simulator);
    REQUIRE(device.ok());
    CHECK(device.value().mediaAddress.path() == QLatin1String("/onvif/Media"));
    CHECK(device.value().subUrl.path() == QLatin1String("/Streaming/Channels/102"));
}

TEST_CASE("the device's clock offset is applied to the token's creation time", "[onvif]")
{
    OnvifSimulator simulator;
    simulator.clockOffset_s = 3 * 3600 + 17; // a camera left on the wrong time zone, or worse
    const auto device = inspect(simulator);
    REQUIRE(device.ok());
    CHECK(qAbs(device.value().clockOffset_s - simulator.clockOffset_s) <= 2);
    CHECK(simulator.authenticationFailures() == 0);
    CHECK_FALSE(device.value().mainUrl.isEmpty());
}

TEST_CASE("an unreachable, slow or garbled device fails with a plain message", "[onvif]")
{
    SECTION("nothing listens")
    {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const auto device
            = inspect(QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(port)),
                      QStringLiteral("admin"), QStringLiteral("x"));
        REQUIRE_FALSE(device.ok());
        CHECK(device.error().startsWith(QLatin1String("The device 127.0.0.1 cannot be reached")));
    }
    SECTION("too slow")
    {
        OnvifSimulator simulator;
        simulator.delays_ms.insert(QStringLiteral("GetProfiles"), 5000);
        const auto device = inspect(simulator, 500);
        REQUIRE_FALSE(device.ok());
        // In the operator's locale: "0,5 s" in French.
        CHECK(device.error()
              == QStringLiteral("The device 127.0.0.1 did not answer within %1 s.")
                     .arg(QLocale().toString(0.5)));
    }
    SECTION("malformed answer")
    {
        const QString error
            = failureAnswering(QStringLiteral("GetProfiles"),
                               "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/"
                               "soap-envelope\"><env:Body><trt:GetProfilesResponse>");
        CHECK(error.contains(QLatin1String("is not readable")));
    }
    SECTION("entity expansion in an answer")
    {
        const QString error
            = failureAnswering(QStringLiteral("GetDeviceInformation"),
                               "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"aaaaaaaaaa\">"
                               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><e>&b;</e>");
        CHECK(error.contains(QLatin1String("is not readable")));
        CHECK(error.contains(QLatin1String("DTD")));
    }
    SECTION("an answer without end")
    {
        OnvifSimulator simulator;
        simulator.endless.insert(QStringLiteral("GetProfiles"), true);
        // Cut at the cap, long before the timeout.
        const auto device = inspect(simulator, 60000);
        REQUIRE_FALSE(device.ok());
        CHECK(device.error().contains(QLatin1String("is larger than 1048576 bytes")));
    }
    SECTION("not an address")
    {
        const auto device = inspect(QUrl(QStringLiteral("ftp://camera")), QString(), QString());
        REQUIRE_FALSE(device.ok());
        CHECK(device.error().contains(QLatin1String("is not an ONVIF device address")));
    }
}

TEST_CASE("hostile XML is refused cleanly", "[onvif][xml]")
{
    SECTION("entity expansion (billion laughs) and external entities")
    {
        QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
        for (int i = 1; i < 10; ++i) {
            laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                laughs += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ';';
            laughs += "\">";
        }
        laughs += "]><lolz>&lol9;</lolz>";
        auto parsed = parseXml(laughs);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().contains(QLatin1String("DTD")));
        parsed = parseXml("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                          "\"file:///etc/passwd\">]><x>&e;</x>");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().contains(QLatin1String("DTD")));
        // An entity nobody declared is not silently kept.
        CHECK_FALSE(parseXml("<x>&e;</x>").ok());
    }
    SECTION("a huge document")
    {
        const QByteArray huge = "<a>" + QByteArray(2 * 1024 * 1024, 'x') + "</a>";
        const auto parsed = parseXml(huge);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().contains(QLatin1String("too large")));
    }
    SECTION("deep nesting")
    {
        const QByteArray deep
            = QByteArray("<a>").repeated(100000) + QByteArray("</a>").repeated(100000);
        const auto parsed = parseXml(deep);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().contains(QLatin1String("nests too deep")));
    }
    SECTION("too many elements")
    {
        const QByteArray wide = "<a>" + QByteArray("<b/>").repeated(50000) + "</a>";
        const auto parsed = parseXml(wide);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().contains(QLatin1String("too many elements")));
    }
    SECTION("random bytes and mutated real answers")
    {
        OnvifSimulator simulator;
        const QList<QByteArray> samples = simulator.sampleAnswers();
        for (const QByteArray &sample : samples)
            REQUIRE(parseXml(sample).ok());
        REQUIRE(parseProbeMatches(samples.last()).size() == 1);
        QRandomGenerator random(16); // fixed: a failure is reproducible
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray input = samples[random.bounded(int(samples.size()))];
            const int mutations = 1 + random.bounded(8);
            for (int m = 0; m < mutations && !input.isEmpty(); ++m) {
                const int at = random.bounded(int(input.size()));
                switch (random.bounded(4)) {
                case 0:
                    input[at] = char(random.bounded(256));
                    break;
                case 1:
                    input.truncate(at);
                    break;
                case 2:
                    input.insert(at, "<!DOCTYPE d [<!ENTITY x \"y\">]>");
                    break;
                default:
                    input.insert(at, input.mid(at, random.bounded(200)));
                    break;
                }
            }
            if (round % 10 == 0) {
                input.resize(random.bounded(4096));
                random.fillRange(reinterpret_cast<quint32 *>(input.data()), input.size() / 4);
            }
            // Either a tree or a reason; never a crash, a leak or a hang (ASan watches).
            const auto parsed = parseXml(input);
            if (!parsed.ok()) {
                CHECK_FALSE(parsed.error().isEmpty());
                ++refused;
            }
            (void)parseProbeMatches(input);
        }
        CHECK(refused > 1000);
    }
}

TEST_CASE("the client works from a worker thread and answers the GUI thread", "[onvif]")
{
    OnvifSimulator simulator;
    QThread worker;
    auto *client = new OnvifClient;
    client->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, client, &QObject::deleteLater);
    worker.start();
    std::optional<vigie::Result<OnvifDevice>> result;
    QObject receiver;
    QObject::connect(client, &OnvifClient::finished, &receiver,
                     [&](const vigie::Result<OnvifDevice> &device) { result = device; });
    QMetaObject::invokeMethod(client, [&] {
        client->inspect(simulator.deviceUrl(), simulator.user, simulator.password);
    });
    // The simulator answers on this thread while the client waits on its own.
    const bool answered = vigie::test::waitUntil([&] { return result.has_value(); });
    worker.quit();
    worker.wait();
    REQUIRE(answered);
    REQUIRE(result->ok());
    CHECK(result->value().mainUrl.path() == QLatin1String("/Streaming/Channels/101"));
}
