#include "core/cameras/onvif_client.h"

#include "core/cameras/onvif_xml.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace vigie::cameras {

namespace {

const char *const kTimedOut = "vigie_timed_out";
const char *const kTooLarge = "vigie_too_large";
const char *const kAuthenticated = "vigie_authenticated";

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

int number(const XmlElement *element, QStringView name)
{
    return element ? element->findText(name).toInt() : 0;
}

} // namespace

QByteArray onvifPasswordDigest(const QByteArray &nonce, const QString &created,
                               const QString &password)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(nonce);
    sha1.addData(created.toUtf8());
    sha1.addData(password.toUtf8());
    return sha1.result().toBase64();
}

QByteArray onvifEnvelope(const QByteArray &body, const QString &user, const QString &password,
                         const QDateTime &created_utc)
{
    QByteArray header;
    if (!user.isEmpty()) {
        QByteArray nonce(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()),
                                              nonce.size() / int(sizeof(quint32)));
        const QString created = created_utc.toUTC().toString(Qt::ISODateWithMs);
        header = "<s:Header><wsse:Security s:mustUnderstand=\"1\" "
                 "xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/"
                 "oasis-200401-wss-wssecurity-secext-1.0.xsd\" "
                 "xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/"
                 "oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
                 "<wsse:UsernameToken><wsse:Username>"
            + escaped(user)
            + "</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
              "oasis-200401-wss-username-token-profile-1.0#PasswordDigest\">"
            + onvifPasswordDigest(nonce, created, password)
            + "</wsse:Password><wsse:Nonce EncodingType=\"http://docs.oasis-open.org/wss/2004/01/"
              "oasis-200401-wss-soap-message-security-1.0#Base64Binary\">"
            + nonce.toBase64() + "</wsse:Nonce><wsu:Created>" + created.toUtf8()
            + "</wsu:Created></wsse:UsernameToken></wsse:Security></s:Header>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
           "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" "
           "xmlns:trt=\"http://www.onvif.org/ver10/media/wsdl\" "
           "xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
        + header + "<s:Body>" + body + "</s:Body></s:Envelope>";
}

OnvifClient::OnvifClient(QObject *parent) : QObject(parent) { }

OnvifClient::~OnvifClient() = default;

void OnvifClient::inspect(const QUrl &deviceAddress, const QString &user, const QString &password,
                          int timeout_ms)
{
    // Created lazily so that the client may be moved to a worker thread before it starts.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Some firmware wants HTTP Digest rather than (or besides) WS-Security: the same
        // credentials answer its challenge, once per request, so that a wrong password ends
        // as a refusal instead of a loop.
        connect(m_network, &QNetworkAccessManager::authenticationRequired, this,
                [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                    if (reply->property(kAuthenticated).toBool() || m_user.isEmpty())
                        return;
                    reply->setProperty(kAuthenticated, true);
                    authenticator->setUser(m_user);
                    authenticator->setPassword(m_password);
                });
    }
    m_user = user;
    m_password = password;
    m_timeout_ms = timeout_ms;
    m_device = OnvifDevice();
    m_device.address = deviceAddress;
    m_wanted.clear();
    m_nextProfile = 0;
    m_done = false;
    if (!deviceAddress.isValid() || deviceAddress.scheme() != QLatin1String("http")
        || deviceAddress.host().isEmpty()) {
        // Later, as promised, even when refused at once.
        QTimer::singleShot(0, this, [this, deviceAddress] {
            fail(tr("\"%1\" is not an ONVIF device address (http://host/onvif/device_service).")
                     .arg(deviceAddress.toDisplayString(QUrl::RemoveUserInfo)));
        });
        return;
    }
    // The clock first, unauthenticated as the standard requires, so that the digests carry
    // the device's time: a device whose clock is off refuses a token it finds too old.
    call(deviceAddress, "<tds:GetSystemDateAndTime/>", false,
         [this](const XmlElement &body) { readClock(body); });
}

void OnvifClient::call(const QUrl &address, const QByteArray &body, bool authenticated,
                       Handler handler, std::function<void()> unsupported)
{
    QNetworkRequest request(address);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/soap+xml; charset=utf-8"));
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(m_device.clockOffset_s);
    const QByteArray envelope = authenticated ? onvifEnvelope(body, m_user, m_password, created)
                                              : onvifEnvelope(body, QString(), QString(), created);
    QNetworkReply *reply = m_network->post(request, envelope);
    QTimer::singleShot(m_timeout_ms, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    // A device that sends without end is cut at the cap, not buffered until memory runs out.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > XmlLimits().maxBytes || total > XmlLimits().maxBytes) {
            reply->setProperty(kTooLarge, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, handler = std::move(handler), unsupported = std::move(unsupported)] {
                onReply(reply, handler, unsupported);
            });
}

void OnvifClient::onReply(QNetworkReply *reply, const Handler &handler,
                          const std::function<void()> &unsupported)
{
    reply->deleteLater();
    if (m_done)
        return;
    const QString host = m_device.address.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property(kTimedOut).toBool()) {
        fail(tr("The device %1 did not answer within %2 s.")
                 .arg(host, QLocale().toString(m_timeout_ms / 1000.0)));
        return;
    }
    if (reply->property(kTooLarge).toBool()) {
        fail(tr("The answer of the device %1 is not readable: %2")
                 .arg(host, tr("it is larger than %1 bytes.").arg(XmlLimits().maxBytes)));
        return;
    }
    if (status == 401) {
        fail(tr("The device %1 refused the user name or password.").arg(host));
        return;
    }
    if (status == 0) {
        fail(tr("The device %1 cannot be reached: %2").arg(host, reply->errorString()));
        return;
    }
    const QByteArray answer = reply->read(XmlLimits().maxBytes + 1);
    Result<XmlElement> parsed = parseXml(answer);
    const XmlElement *body = parsed ? parsed.value().child(u"Body") : nullptr;
    const XmlElement *fault = body ? body->child(u"Fault") : nullptr;
    if (fault) {
        // SOAP 1.2 Code/Subcode/Value, nested; ter:NotAuthorized and ter:ActionNotSupported
        // are the ONVIF ones a user can act on.
        QString codes;
        for (const XmlElement *code = fault->child(u"Code"); code; code = code->child(u"Subcode"))
            codes += code->findText(u"Value") + QLatin1Char(' ');
        const QString reason
            = fault->find(u"Reason") ? fault->find(u"Reason")->findText(u"Text") : QString();
        if (codes.contains(QLatin1String("NotAuthorized")))
            fail(tr("The device %1 refused the user name or password.").arg(host));
        else if (codes.contains(QLatin1String("ActionNotSupported")) && unsupported)
            unsupported();
        else if (codes.contains(QLatin1String("ActionNotSupported")))
            fail(tr("The device %1 does not support this operation: %2").arg(host, reason));
        else
            fail(tr("The device %1 answered with an error: %2")
                     .arg(host, reason.isEmpty() ? codes.trimmed() : reason));
        return;
    }
    if (status == 404 || status == 405) {
        fail(tr("The device %1 has no ONVIF service at this address (HTTP %2).")
                 .arg(host)
                 .arg(status));
        return;
    }
    if (status != 200) {
        fail(tr("The device %1 answered HTTP %2.").arg(host).arg(status));
        return;
    }
    if (!parsed) {
        fail(tr("The answer of the device %1 is not readable: %2").arg(host, parsed.error()));
        return;
    }
    if (!body || body->children.isEmpty()) {
        fail(tr("The answer of the device %1 is not readable: %2").arg(host, tr("no SOAP body.")));
        return;
    }
    handler(body->children.first());
}

void OnvifClient::readClock(const XmlElement &body)
{
    if (const XmlElement *utc = body.find(u"UTCDateTime")) {
        const XmlElement *date = utc->child(u"Date");
        const XmlElement *time = utc->child(u"Time");
        const QDateTime device(
            QDate(number(date, u"Year"), number(date, u"Month"), number(date, u"Day")),
            QTime(number(time, u"Hour"), number(time, u"Minute"), number(time, u"Second")),
            Qt::UTC);
        if (!device.isValid()) {
            fail(tr("The answer of the device %1 is not readable: %2")
                     .arg(m_device.address.host(), tr("its clock is not a valid date.")));
            return;
        }
        m_device.clockOffset_s = QDateTime::currentDateTimeUtc().secsTo(device);
    }
    // A device that does not give its UTC time gets digests at our time.
    call(m_device.address, "<tds:GetDeviceInformation/>", true,
         [this](const XmlElement &answer) { readIdentity(answer); });
}

void OnvifClient::readIdentity(const XmlElement &body)
{
    m_device.manufacturer = body.findText(u"Manufacturer");
    m_device.model = body.findText(u"Model");
    m_device.firmware = body.findText(u"FirmwareVersion");
    m_device.serialNumber = body.findText(u"SerialNumber");
    m_device.hardwareId = body.findText(u"HardwareId");
    // GetCapabilities is what Profile S devices answer; newer firmware that dropped it
    // answers GetServices.
    call(
        m_device.address,
        "<tds:GetCapabilities><tds:Category>Media</tds:Category></tds:GetCapabilities>", true,
        [this](const XmlElement &answer) { readCapabilities(answer); },
        [this] {
            call(m_device.address,
                 "<tds:GetServices><tds:IncludeCapability>false</tds:IncludeCapability>"
                 "</tds:GetServices>",
                 true, [this](const XmlElement &answer) { readServices(answer); });
        });
}

void OnvifClient::readCapabilities(const XmlElement &body)
{
    const XmlElement *media = body.find(u"Media");
    useMediaService(media ? QUrl(media->findText(u"XAddr")) : QUrl());
}

void OnvifClient::readServices(const XmlElement &body)
{
    QUrl address;
    for (const XmlElement *service : body.childrenNamed(u"Service")) {
        if (service->findText(u"Namespace")
            == QLatin1String("http://www.onvif.org/ver10/media/wsdl"))
            address = QUrl(service->findText(u"XAddr"));
    }
    useMediaService(address);
}

void OnvifClient::useMediaService(const QUrl &address)
{
    if (!address.isValid() || address.scheme() != QLatin1String("http")) {
        fail(tr("The device %1 does not support this operation: %2")
                 .arg(m_device.address.host(), tr("it offers no media service (Profile S).")));
        return;
    }
    m_device.mediaAddress = address;
    call(address, "<trt:GetProfiles/>", true,
         [this](const XmlElement &answer) { readProfiles(answer); });
}

void OnvifClient::readProfiles(const XmlElement &body)
{
    for (const XmlElement *element : body.childrenNamed(u"Profiles")) {
        OnvifProfile profile;
        profile.token = element->attribute(u"token");
        profile.name = element->findText(u"Name");
        if (const XmlElement *encoder = element->find(u"VideoEncoderConfiguration")) {
            profile.encoding = encoder->findText(u"Encoding");
            const XmlElement *resolution = encoder->find(u"Resolution");
            profile.width = number(resolution, u"Width");
            profile.height = number(resolution, u"Height");
        }
        // A profile without video (audio only, metadata) has no stream for a tile.
        if (!profile.token.isEmpty() && profile.width > 0 && profile.height > 0)
            m_device.profiles.append(profile);
    }
    if (m_device.profiles.isEmpty()) {
        fail(tr("The device %1 does not support this operation: %2")
                 .arg(m_device.address.host(), tr("it has no video profile.")));
        return;
    }
    int largest = 0;
    int smallest = 0;
    const auto pixels = [this](int i) {
        return qint64(m_device.profiles[i].width) * m_device.profiles[i].height;
    };
    for (int i = 1; i < m_device.profiles.size(); ++i) {
        if (pixels(i) > pixels(largest))
            largest = i;
        if (pixels(i) < pixels(smallest))
            smallest = i;
    }
    m_wanted = { largest };
    if (smallest != largest)
        m_wanted.append(smallest);
    askNextStreamUri();
}

void OnvifClient::askNextStreamUri()
{
    if (m_nextProfile >= m_wanted.size()) {
        succeed();
        return;
    }
    const int index = m_wanted[m_nextProfile];
    const QByteArray body
        = "<trt:GetStreamUri><trt:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream><tt:Transport>"
          "<tt:Protocol>RTSP</tt:Protocol></tt:Transport></trt:StreamSetup><trt:ProfileToken>"
        + escaped(m_device.profiles[index].token) + "</trt:ProfileToken></trt:GetStreamUri>";
    call(m_device.mediaAddress, body, true, [this, index](const XmlElement &answer) {
        QUrl url(answer.findText(u"Uri"));
        if (!url.isValid() || url.scheme() != QLatin1String("rtsp") || url.host().isEmpty()) {
            fail(
                tr("The answer of the device %1 is not readable: %2")
                    .arg(m_device.address.host(),
                         tr("no RTSP address for profile %1.").arg(m_device.profiles[index].name)));
            return;
        }
        // The directory never keeps credentials in an address (they go to the keyring).
        url.setUserInfo(QString());
        m_device.profiles[index].streamUrl = url;
        ++m_nextProfile;
        askNextStreamUri();
    });
}

void OnvifClient::succeed()
{
    m_done = true;
    m_device.mainUrl = m_device.profiles[m_wanted.first()].streamUrl;
    if (m_wanted.size() > 1)
        m_device.subUrl = m_device.profiles[m_wanted.last()].streamUrl;
    emit finished(Result<OnvifDevice>(m_device));
}

void OnvifClient::fail(const QString &message)
{
    m_done = true;
    emit finished(Result<OnvifDevice>::failure(message));
}

} // namespace vigie::cameras
