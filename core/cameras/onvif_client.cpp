#include "core/cameras/onvif_client.h"

#include "core/cameras/onvif_transport.h"
#include "core/cameras/onvif_xml.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimer>

namespace vigie::cameras {

namespace {

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
           "xmlns:tr2=\"http://www.onvif.org/ver20/media/wsdl\" "
           "xmlns:tptz=\"http://www.onvif.org/ver20/ptz/wsdl\" "
           "xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
        + header + "<s:Body>" + body + "</s:Body></s:Envelope>";
}

OnvifClient::OnvifClient(QObject *parent) : QObject(parent), m_transport(new OnvifTransport(this))
{
}

OnvifClient::~OnvifClient() = default;

void OnvifClient::inspect(const QUrl &deviceAddress, const QString &user, const QString &password,
                          int timeout_ms)
{
    m_transport->setCredentials(user, password);
    m_transport->setTimeout(timeout_ms);
    m_transport->setClockOffset(0);
    m_transport->setDeviceHost(deviceAddress.host());
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
    m_transport->call(
        address, body, authenticated,
        [this, handler = std::move(handler)](const XmlElement &answer) {
            if (!m_done)
                handler(answer);
        },
        [this, unsupported = std::move(unsupported)](const QString &message, bool notSupported) {
            if (m_done)
                return;
            if (notSupported && unsupported)
                unsupported();
            else
                fail(message);
        });
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
        m_transport->setClockOffset(m_device.clockOffset_s);
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
    // GetServices names every service, Media2 and PTZ included (ONVIF 2.0 on); a Profile S
    // device too old for it answers GetCapabilities.
    call(
        m_device.address,
        "<tds:GetServices><tds:IncludeCapability>false</tds:IncludeCapability></tds:GetServices>",
        true, [this](const XmlElement &answer) { readServices(answer); },
        [this] {
            call(m_device.address,
                 "<tds:GetCapabilities><tds:Category>All</tds:Category></tds:GetCapabilities>",
                 true, [this](const XmlElement &answer) { readCapabilities(answer); });
        });
}

void OnvifClient::readCapabilities(const XmlElement &body)
{
    if (const XmlElement *ptz = body.find(u"PTZ"))
        m_device.ptzAddress = QUrl(ptz->findText(u"XAddr"));
    const XmlElement *media = body.find(u"Media");
    useMediaService(media ? QUrl(media->findText(u"XAddr")) : QUrl(), false);
}

void OnvifClient::readServices(const XmlElement &body)
{
    QUrl media;
    QUrl media2;
    for (const XmlElement *service : body.childrenNamed(u"Service")) {
        const QString ns = service->findText(u"Namespace");
        const QUrl address(service->findText(u"XAddr"));
        if (ns == QLatin1String("http://www.onvif.org/ver10/media/wsdl"))
            media = address;
        else if (ns == QLatin1String("http://www.onvif.org/ver20/media/wsdl"))
            media2 = address;
        else if (ns == QLatin1String("http://www.onvif.org/ver20/ptz/wsdl"))
            m_device.ptzAddress = address;
    }
    // Media2 when offered: it alone lists H.265 profiles on many devices.
    if (media2.isValid() && media2.scheme() == QLatin1String("http"))
        useMediaService(media2, true);
    else
        useMediaService(media, false);
}

void OnvifClient::useMediaService(const QUrl &address, bool media2)
{
    if (!address.isValid() || address.scheme() != QLatin1String("http")) {
        fail(tr("The device %1 does not support this operation: %2")
                 .arg(m_device.address.host(), tr("it offers no media service (Profile S).")));
        return;
    }
    m_device.mediaAddress = address;
    m_device.media2 = media2;
    call(address,
         media2 ? QByteArray("<tr2:GetProfiles><tr2:Type>All</tr2:Type></tr2:GetProfiles>")
                : QByteArray("<trt:GetProfiles/>"),
         true, [this](const XmlElement &answer) { readProfiles(answer); });
}

void OnvifClient::readProfiles(const XmlElement &body)
{
    for (const XmlElement *element : body.childrenNamed(u"Profiles")) {
        OnvifProfile profile;
        profile.token = element->attribute(u"token");
        profile.name = element->findText(u"Name");
        // Media1 names it VideoEncoderConfiguration, Media2 Configurations/VideoEncoder.
        const XmlElement *encoder = element->find(u"VideoEncoderConfiguration");
        if (!encoder)
            encoder = element->find(u"VideoEncoder");
        profile.ptz = element->find(u"PTZConfiguration") || element->find(u"PTZ");
        if (encoder) {
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
    const QByteArray token = escaped(m_device.profiles[index].token);
    const QByteArray body = m_device.media2
        ? QByteArray("<tr2:GetStreamUri><tr2:Protocol>RTSP</tr2:Protocol><tr2:ProfileToken>" + token
                     + "</tr2:ProfileToken></tr2:GetStreamUri>")
        : QByteArray(
            "<trt:GetStreamUri><trt:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream><tt:Transport>"
            "<tt:Protocol>RTSP</tt:Protocol></tt:Transport></trt:StreamSetup><trt:ProfileToken>"
            + token + "</trt:ProfileToken></trt:GetStreamUri>");
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
    // PTZ through the main stream's profile when it has the PTZ configuration, else the first
    // that has one.
    if (m_device.ptzAddress.isValid()) {
        for (const OnvifProfile &profile : m_device.profiles) {
            if (profile.ptz
                && (m_device.ptzProfile.isEmpty()
                    || profile.token == m_device.profiles[m_wanted.first()].token))
                m_device.ptzProfile = profile.token;
        }
    }
    emit finished(Result<OnvifDevice>(m_device));
}

void OnvifClient::fail(const QString &message)
{
    m_done = true;
    emit finished(Result<OnvifDevice>::failure(message));
}

} // namespace vigie::cameras
