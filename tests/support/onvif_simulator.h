// An ONVIF Profile S camera for the tests, on loopback only: answers WS-Discovery probes sent
// to its UDP port and the device and media SOAP calls the client makes, in the shape a
// Hikvision-like device sends them (its own prefixes, many namespaces, SOAP 1.2 faults). It
// checks the WS-Security digest and its freshness against its own clock, which a test can set
// wrong; it can answer a fault, malformed XML, HTTP 401 or slowly.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace vigie::test {

class OnvifSimulator : public QObject
{
    Q_OBJECT
public:
    explicit OnvifSimulator(QObject *parent = nullptr);
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
    bool digestAuthorised(const QByteArray &authorization, const QByteArray &uri);
    QByteArray body(const QString &operation, const QHash<QString, QString> &fields) const;
    bool authorised(const QHash<QString, QString> &fields);

    QTcpServer *m_server = nullptr;
    QUdpSocket *m_discovery = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_served = 0;
    int m_authFailures = 0;
};

} // namespace vigie::test
