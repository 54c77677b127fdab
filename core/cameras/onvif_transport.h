// One ONVIF SOAP exchange over Qt Network, shared by the device inspection and the PTZ
// service: the WS-Security token dated by the device's clock, HTTP Digest for firmware that
// wants it, a timeout and a size cap on every answer, and every failure one plain sentence in
// the operator's language. Asynchronous: lives in any thread with an event loop.
#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace vigie::cameras {

struct XmlElement;

class OnvifTransport : public QObject
{
    Q_OBJECT
public:
    explicit OnvifTransport(QObject *parent = nullptr);

    void setCredentials(const QString &user, const QString &password);
    void setTimeout(int timeout_ms) { m_timeout_ms = timeout_ms; }
    int timeout_ms() const { return m_timeout_ms; }
    void setClockOffset(qint64 offset_s) { m_clockOffset_s = offset_s; }
    // The device's host, as messages name it.
    void setDeviceHost(const QString &host) { m_host = host; }

    using Handler = std::function<void(const XmlElement &answer)>;
    // `unsupported` is true when the device answered that it does not implement the operation
    // (ter:ActionNotSupported); `message` says what happened in any case.
    using Failure = std::function<void(const QString &message, bool unsupported)>;
    // Posts `body` to `address`; exactly one of the two is called, later.
    void call(const QUrl &address, const QByteArray &body, bool authenticated, Handler handler,
              Failure failure);

private:
    void onReply(QNetworkReply *reply, const Handler &handler, const Failure &failure);

    QNetworkAccessManager *m_network = nullptr;
    QString m_user;
    QString m_password;
    QString m_host;
    int m_timeout_ms = 5000;
    qint64 m_clockOffset_s = 0;
};

} // namespace vigie::cameras
