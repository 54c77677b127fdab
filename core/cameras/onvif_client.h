// An ONVIF Profile S client over Qt Network, without a SOAP toolkit: reads a device's clock,
// identity, media profiles (Media2 when offered, Media1 otherwise) and their RTSP addresses,
// and where its PTZ service is, so that a camera can be added with its
// main and sub-stream. Asynchronous (lives in any thread with an event loop, never blocks it);
// every failure is one plain sentence in the operator's language.
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace vigie::cameras {

struct XmlElement;
class OnvifTransport;

struct OnvifProfile
{
    QString token;
    QString name;
    QString encoding; // H264, H265, JPEG
    int width = 0;
    int height = 0;
    QUrl streamUrl; // from GetStreamUri, without credentials
    bool ptz = false; // the profile carries a PTZ configuration
};

struct OnvifDevice
{
    QUrl address; // the device service
    QString manufacturer;
    QString model;
    QString firmware;
    QString serialNumber;
    QString hardwareId;
    qint64 clockOffset_s = 0; // the device's clock minus ours
    QUrl mediaAddress;
    bool media2 = false; // mediaAddress is the Media2 service (ver20), profiles read from it
    QUrl ptzAddress; // empty: the device offers no PTZ service
    QString ptzProfile; // the profile token PTZ commands name; empty: no PTZ
    QList<OnvifProfile> profiles;
    QUrl mainUrl; // the largest resolution's stream
    QUrl subUrl; // the smallest's; empty when the device has a single profile
};

// WS-Security UsernameToken with PasswordDigest (OASIS UsernameToken Profile 1.0):
// Base64(SHA-1(nonce + created + password)), the nonce as raw bytes.
QByteArray onvifPasswordDigest(const QByteArray &nonce, const QString &created,
                               const QString &password);
// The SOAP 1.2 envelope around a body, with the security header when user is not empty.
QByteArray onvifEnvelope(const QByteArray &body, const QString &user, const QString &password,
                         const QDateTime &created_utc);

class OnvifClient : public QObject
{
    Q_OBJECT
public:
    explicit OnvifClient(QObject *parent = nullptr);
    ~OnvifClient() override;

    // Reads the device at its device-service address (http://host/onvif/device_service) and
    // emits finished() once, later. timeout_ms bounds each request. One inspection at a time
    // per client: a second device wants a client of its own.
    void inspect(const QUrl &deviceAddress, const QString &user, const QString &password,
                 int timeout_ms = 5000);

signals:
    void finished(const vigie::Result<vigie::cameras::OnvifDevice> &device);

private:
    using Handler = std::function<void(const XmlElement &body)>;
    // `unsupported`, when given, is called instead of failing when the device answers that it
    // does not implement the operation.
    void call(const QUrl &address, const QByteArray &body, bool authenticated, Handler handler,
              std::function<void()> unsupported = {});
    void readClock(const XmlElement &body);
    void readIdentity(const XmlElement &body);
    void readCapabilities(const XmlElement &body);
    void readServices(const XmlElement &body);
    void useMediaService(const QUrl &address, bool media2);
    void readProfiles(const XmlElement &body);
    void askNextStreamUri();
    void fail(const QString &message);
    void succeed();

    OnvifTransport *m_transport = nullptr;
    OnvifDevice m_device;
    int m_nextProfile = 0;
    QList<int> m_wanted; // indexes into m_device.profiles whose stream address is asked
    bool m_done = true;
};

} // namespace vigie::cameras
