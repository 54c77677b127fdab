// An ONVIF Profile S camera for the tests and the demo, on loopback only: answers WS-Discovery
// probes sent to its UDP port and the device, media (Media1, and Media2 when asked) and PTZ
// SOAP calls, in the shape a Hikvision-like device sends them (its own prefixes, many
// namespaces, SOAP 1.2 faults). It checks the WS-Security digest and its freshness against its
// own clock, which a test can set wrong; it can answer a fault, malformed XML, HTTP 401 or
// slowly. Its PTZ head moves while a ContinuousMove runs, as a real one does, until Stop.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace vigie::test {

// Pan and tilt in [-1, 1], zoom in [0, 1]: ONVIF's generic spaces.
struct PtzPosition
{
    double pan = 0;
    double tilt = 0;
    double zoom = 0;
};

class OnvifSimulator : public QObject
{
    Q_OBJECT
public:
    // On a loopback address (the demo gives each device its own, 127.0.0.2...); discoveryPort
    // 0: any free port (the tests), the demo asks for WS-Discovery's 3702.
    explicit OnvifSimulator(QObject *parent = nullptr,
                            const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                            quint16 discoveryPort = 0);
    bool isListening() const;
    ~OnvifSimulator() override;

    QUrl deviceUrl() const; // http://127.0.0.1:PORT/onvif/device_service
    quint16 discoveryPort() const;
    quint16 httpPort() const;

    QString user = QStringLiteral("admin");
    QString password = QStringLiteral("Cam-2026!antony");
    qint64 clockOffset_s = 0; // the device's clock ahead of the real time
    QString rtspHost = QStringLiteral("127.0.0.1");
    // By operation (GetProfiles, ...): a SOAP fault with that reason, a fault with the
    // ActionNotSupported subcode, a broken answer, an answer this late.
    QHash<QString, QString> faults;
    QHash<QString, bool> unsupported;
    QHash<QString, QByteArray> malformed;
    QHash<QString, int> delays_ms;
    QHash<QString, bool> endless; // an answer that never ends (announced as 1 GB)
    bool httpUnauthorized = false; // HTTP 401 without a challenge to every authenticated call
    // Authenticated calls need HTTP Digest (RFC 2617, qop=auth) rather than WS-Security, as
    // some firmware does.
    bool httpDigestOnly = false;
    bool media2 = false; // offers the Media2 service (ver20), with an H.265 main profile
    bool ptz = true; // offers the PTZ service, on the main profile
    QString rtspPort = QStringLiteral("554");
    bool rtspQuery = true; // ?transportmode=unicast&profile=… after the path, as Hikvision does
    QString rtspMainPath = QStringLiteral("/Streaming/Channels/101");
    QString rtspSubPath = QStringLiteral("/Streaming/Channels/102");
    QString name = QStringLiteral("HIKVISION DS-2CD2143G2-I");
    QString endpoint = QStringLiteral("urn:uuid:54575743-4242-1111-8888-bcad28f3a1c9");

    // Where the head is now (moving while a ContinuousMove runs), whether it moves, its presets
    // (token: name, position) and how many PTZ commands it obeyed.
    PtzPosition ptzPosition() const;
    bool ptzMoving() const;
    PtzPosition ptzVelocity() const { return m_velocity; }
    QMap<QString, std::pair<QString, PtzPosition>> ptzPresets() const { return m_presets; }
    int ptzCommands() const { return m_ptzCommands; }
    void setPtzPosition(const PtzPosition &position);
    // A preset the device already holds (set up by hand on the camera, or by another client).
    void addPtzPreset(const QString &token, const QString &presetName, const PtzPosition &at)
    {
        m_presets.insert(token, { presetName, at });
    }

signals:
    // Each PTZ command obeyed, as one line ("ContinuousMove pan 0.50 tilt 0.00 zoom 0.00").
    void ptzCommand(const QString &line);

public:
    int requestsServed() const { return m_served; }
    int authenticationFailures() const { return m_authFailures; }

    // The answers as the simulator sends them, for the fuzz test to mutate.
    QList<QByteArray> sampleAnswers() const;
    QByteArray probeMatches(const QString &relatesTo) const;

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void onDatagram();
    QByteArray answer(const QByteArray &request, const QByteArray &authorization,
                      const QByteArray &uri, int *status);
    QByteArray profilesAnswer(bool version2) const;
    bool digestAuthorised(const QByteArray &authorization, const QByteArray &uri);
    QByteArray body(const QString &operation, const QHash<QString, QString> &fields) const;
    bool authorised(const QHash<QString, QString> &fields);

    QTcpServer *m_server = nullptr;
    QUdpSocket *m_discovery = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_served = 0;
    int m_authFailures = 0;
    QByteArray ptzAnswer(const QString &operation, const QHash<QString, QString> &fields);
    QString streamUri(const QString &token) const;
    PtzPosition m_position; // at m_since
    PtzPosition m_velocity;
    QElapsedTimer m_since;
    QMap<QString, std::pair<QString, PtzPosition>> m_presets;
    int m_nextPreset = 1;
    int m_ptzCommands = 0;
};

} // namespace vigie::test
