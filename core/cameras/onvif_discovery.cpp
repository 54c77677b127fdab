#include "core/cameras/onvif_discovery.h"

#include "core/cameras/onvif_xml.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>
#include <QUuid>

namespace vigie::cameras {

namespace {

// A ProbeMatch fits in one datagram; larger is not an answer.
constexpr qsizetype kMaxDatagram = 64 * 1024;

QString scope(const QStringList &scopes, const QString &kind)
{
    const QString prefix = QStringLiteral("onvif://www.onvif.org/%1/").arg(kind);
    for (const QString &item : scopes) {
        if (item.startsWith(prefix, Qt::CaseInsensitive))
            return QUrl::fromPercentEncoding(item.mid(prefix.size()).toUtf8());
    }
    return QString();
}

} // namespace

QList<DiscoveredDevice> parseProbeMatches(const QByteArray &datagram)
{
    QList<DiscoveredDevice> devices;
    XmlLimits limits;
    limits.maxBytes = kMaxDatagram;
    const Result<XmlElement> parsed = parseXml(datagram, limits);
    if (!parsed)
        return devices;
    const XmlElement *body = parsed.value().child(u"Body");
    const XmlElement *matches = body ? body->child(u"ProbeMatches") : nullptr;
    if (!matches)
        return devices;
    for (const XmlElement *match : matches->childrenNamed(u"ProbeMatch")) {
        DiscoveredDevice device;
        device.endpoint = match->find(u"EndpointReference")
            ? match->find(u"EndpointReference")->findText(u"Address")
            : QString();
        for (const QString &address :
             match->findText(u"XAddrs").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QUrl url(address);
            if (url.isValid() && url.scheme() == QLatin1String("http") && !url.host().isEmpty())
                device.addresses.append(url);
        }
        const QStringList scopes
            = match->findText(u"Scopes").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        device.name = scope(scopes, QStringLiteral("name"));
        device.hardware = scope(scopes, QStringLiteral("hardware"));
        device.location = scope(scopes, QStringLiteral("location"));
        if (!device.addresses.isEmpty())
            devices.append(device);
    }
    return devices;
}

QList<DiscoveredDevice> notInDirectory(const QList<DiscoveredDevice> &devices,
                                       const QList<Camera> &cameras)
{
    QSet<QString> known;
    // A device is known by its ONVIF address (host and port: a gateway or an encoder serves
    // several cameras on one host) or, for a camera added without it, by its streams' host.
    QSet<QString> knownDevices;
    const auto device = [](const QUrl &address) -> QString {
        return address.host().toLower() + QLatin1Char(':') + QString::number(address.port(80));
    };
    for (const Camera &camera : cameras) {
        known.insert(camera.mainUrl.host().toLower());
        known.insert(camera.subUrl.host().toLower());
        if (!camera.onvifUrl.isEmpty())
            knownDevices.insert(device(camera.onvifUrl));
    }
    known.remove(QString());
    QList<DiscoveredDevice> unknown;
    for (const DiscoveredDevice &found : devices) {
        const bool listed
            = std::any_of(found.addresses.begin(), found.addresses.end(), [&](const QUrl &address) {
                  return known.contains(address.host().toLower())
                      || knownDevices.contains(device(address));
              });
        if (!listed)
            unknown.append(found);
    }
    return unknown;
}

OnvifDiscovery::OnvifDiscovery(QObject *parent) : QObject(parent) { }

OnvifDiscovery::~OnvifDiscovery() = default;

void OnvifDiscovery::probe(int timeout_ms, const QHostAddress &target, quint16 port)
{
    delete m_socket;
    m_devices.clear();
    m_socket = new QUdpSocket(this);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &OnvifDiscovery::finish);
    }
    // Answers come back unicast to the port the probe left from.
    const QHostAddress local = target.protocol() == QAbstractSocket::IPv6Protocol
        ? QHostAddress(QHostAddress::AnyIPv6)
        : QHostAddress(QHostAddress::AnyIPv4);
    if (!m_socket->bind(local, 0)) {
        const QString message
            = tr("Discovery cannot open its network socket: %1").arg(m_socket->errorString());
        QTimer::singleShot(0, this, [this, message] { emit failed(message); });
        return;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &OnvifDiscovery::onReadyRead);
    m_messageId = QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray probe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                             "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
                             "xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\" "
                             "xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\">"
                             "<s:Header><a:Action s:mustUnderstand=\"1\">"
                             "http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>"
                             "<a:MessageID>"
        + m_messageId.toUtf8()
        + "</a:MessageID><a:ReplyTo><a:Address>"
          "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"
          "</a:Address></a:ReplyTo><a:To s:mustUnderstand=\"1\">"
          "urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To></s:Header>"
          "<s:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></s:Body>"
          "</s:Envelope>";
    if (m_socket->writeDatagram(probe, target, port) != probe.size()) {
        const QString message
            = tr("Discovery could not send its probe: %1").arg(m_socket->errorString());
        QTimer::singleShot(0, this, [this, message] { emit failed(message); });
        return;
    }
    m_timer->start(timeout_ms);
}

void OnvifDiscovery::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(kMaxDatagram);
        for (const DiscoveredDevice &device : parseProbeMatches(datagram.data())) {
            const bool seen
                = std::any_of(m_devices.begin(), m_devices.end(), [&](const DiscoveredDevice &d) {
                      return !device.endpoint.isEmpty() ? d.endpoint == device.endpoint
                                                        : d.addresses == device.addresses;
                  });
            if (!seen)
                m_devices.append(device);
        }
    }
}

void OnvifDiscovery::finish()
{
    // The late answers of this probe are not read into the next one.
    delete m_socket;
    m_socket = nullptr;
    emit finished(m_devices);
}

} // namespace vigie::cameras
