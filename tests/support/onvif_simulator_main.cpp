// vigie-onvif-sim: the tests' ONVIF camera simulator as a program, for the demo. It answers
// WS-Discovery and SOAP (device, Media, Media2, PTZ) on one loopback address, hands out the
// demo RTSP server's streams, and prints each PTZ command it obeys and where its head is.
//
//   vigie-onvif-sim --address 127.0.0.2 --http-port 8000 --name "Dôme Parvis"
//                   --main rtsp://127.0.0.1:8554/cam06/main --sub rtsp://127.0.0.1:8554/cam06/sub
//                   [--user admin --password-file FILE]
//
// Not a product: no translation, not installed.
#include "tests/support/onvif_simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulated ONVIF PTZ camera on loopback, for the Vigie demo."));
    parser.addHelpOption();
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Loopback IP."),
                                     QStringLiteral("IP"), QStringLiteral("127.0.0.2"));
    const QCommandLineOption discovery(QStringLiteral("discovery-port"),
                                       QStringLiteral("WS-Discovery UDP port."),
                                       QStringLiteral("PORT"), QStringLiteral("3702"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name it announces."),
                                  QStringLiteral("NAME"), QStringLiteral("VIGIE-DEMO PTZ-DOME"));
    const QCommandLineOption mainUrl(QStringLiteral("main"), QStringLiteral("Main stream."),
                                     QStringLiteral("RTSP"));
    const QCommandLineOption subUrl(QStringLiteral("sub"), QStringLiteral("Sub-stream."),
                                    QStringLiteral("RTSP"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Device account."),
                                  QStringLiteral("NAME"), QStringLiteral("admin"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("File whose first line is its password."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption media2(QStringLiteral("media2"),
                                    QStringLiteral("Offer Media2 (H.265 main profile)."));
    parser.addOptions({ address, discovery, name, mainUrl, subUrl, user, passwordFile, media2 });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QUrl main(parser.value(mainUrl));
    const QUrl sub(parser.value(subUrl));
    if (main.scheme() != QLatin1String("rtsp") || main.host().isEmpty()) {
        err << "vigie-onvif-sim: --main rtsp://HOST:PORT/PATH is required\n";
        return 2;
    }
    vigie::test::OnvifSimulator simulator(nullptr, QHostAddress(parser.value(address)),
                                          quint16(parser.value(discovery).toUInt()));
    if (!simulator.isListening()) {
        err << "vigie-onvif-sim: cannot listen on " << parser.value(address) << " (UDP "
            << parser.value(discovery) << ")\n";
        return 1;
    }
    simulator.name = parser.value(name);
    simulator.endpoint
        = QStringLiteral("urn:uuid:5669-6769-652d-6465-6d6f-") + parser.value(address);
    simulator.media2 = parser.isSet(media2);
    simulator.user = parser.value(user);
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "vigie-onvif-sim: cannot read " << file.fileName() << '\n';
            return 2;
        }
        simulator.password = QString::fromUtf8(file.readLine()).trimmed();
    }
    simulator.rtspHost = main.host();
    simulator.rtspPort = QString::number(main.port(554));
    simulator.rtspMainPath = main.path();
    simulator.rtspSubPath = sub.isEmpty() ? main.path() : sub.path();
    simulator.rtspQuery = false;

    QObject::connect(&simulator, &vigie::test::OnvifSimulator::ptzCommand,
                     [&](const QString &line) { out << "PTZ " << line << Qt::endl; });
    // While the head moves, where it is, twice a second.
    QTimer position;
    QObject::connect(&position, &QTimer::timeout, [&] {
        if (!simulator.ptzMoving())
            return;
        const vigie::test::PtzPosition at = simulator.ptzPosition();
        out << QStringLiteral("PTZ at pan %1 tilt %2 zoom %3")
                   .arg(at.pan, 0, 'f', 2)
                   .arg(at.tilt, 0, 'f', 2)
                   .arg(at.zoom, 0, 'f', 2)
            << Qt::endl;
    });
    position.start(500);
    out << "READY " << simulator.deviceUrl().toString() << " discovery " << parser.value(address)
        << ':' << simulator.discoveryPort() << Qt::endl;
    return app.exec();
}
