#include "tests/support/onvif_simulator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QXmlStreamReader>

namespace vigie::test {

namespace {

const QByteArray kEnvelopeOpen
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" "
      "xmlns:soapenc=\"http://www.w3.org/2003/05/soap-encoding\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
      "xmlns:tt=\"http://www.onvif.org/ver10/schema\" "
      "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" "
      "xmlns:trt=\"http://www.onvif.org/ver10/media/wsdl\" "
      "xmlns:tr2=\"http://www.onvif.org/ver20/media/wsdl\" "
      "xmlns:tptz=\"http://www.onvif.org/ver20/ptz/wsdl\" "
      "xmlns:ter=\"http://www.onvif.org/ver10/error\">"
      "<env:Body>";
const QByteArray kEnvelopeClose = "</env:Body></env:Envelope>\n";

struct Profile
{
    const char *token;
    const char *name;
    int width;
    int height;
    const char *path;
};

// Not in resolution order, as some devices list them: the client must pick by size.
const Profile kProfiles[] = {
    { "Profile_3", "thirdStream", 1280, 720, "/Streaming/Channels/103" },
    { "Profile_1", "mainStream", 1920, 1080, "/Streaming/Channels/101" },
    { "Profile_2", "subStream", 640, 360, "/Streaming/Channels/102" },
};

// The first element of the SOAP body and the text of the header fields, by local name.
QHash<QString, QString> readRequest(const QByteArray &request, QString *operation)
{
    QHash<QString, QString> fields;
    QXmlStreamReader reader(request);
    bool inBody = false;
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            if (inBody && operation->isEmpty())
                *operation = name;
            if (name == QLatin1String("Body"))
                inBody = true;
            current = name;
            // PanTilt x="0.5" y="0" and Zoom x="0.1": the velocities are attributes.
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                fields[name + QLatin1Char('@') + attribute.name().toString()]
                    = attribute.value().toString();
        } else if (reader.isCharacters() && !current.isEmpty()) {
            fields[current] += reader.text().toString();
        } else if (reader.isEndElement()) {
            current.clear();
        }
    }
    if (reader.hasError())
        operation->clear();
    return fields;
}

QByteArray service(const QByteArray &ns, const QByteArray &address)
{
    return "<tds:Service><tds:Namespace>" + ns + "</tds:Namespace><tds:XAddr>" + address
        + "</tds:XAddr><tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor></tds:Version>"
          "</tds:Service>";
}

QByteArray fault(const QByteArray &code, const QByteArray &subcode, const QString &reason)
{
    return "<env:Fault><env:Code><env:Value>" + code + "</env:Value><env:Subcode><env:Value>"
        + subcode + "</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang=\"en\">"
        + reason.toHtmlEscaped().toUtf8() + "</env:Text></env:Reason></env:Fault>";
}

} // namespace

OnvifSimulator::OnvifSimulator(QObject *parent, const QHostAddress &address, quint16 discoveryPort)
    : QObject(parent)
{
    m_since.start();
    m_server = new QTcpServer(this);
    m_server->listen(address, 0);
    connect(m_server, &QTcpServer::newConnection, this, &OnvifSimulator::onConnection);
    m_discovery = new QUdpSocket(this);
    m_discovery->bind(address, discoveryPort);
    connect(m_discovery, &QUdpSocket::readyRead, this, &OnvifSimulator::onDatagram);
}

OnvifSimulator::~OnvifSimulator() = default;

QUrl OnvifSimulator::deviceUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2/onvif/device_service")
                    .arg(m_server->serverAddress().toString())
                    .arg(httpPort()));
}

bool OnvifSimulator::isListening() const
{
    return m_server->isListening() && m_discovery->state() == QAbstractSocket::BoundState;
}

quint16 OnvifSimulator::httpPort() const
{
    return m_server->serverPort();
}

quint16 OnvifSimulator::discoveryPort() const
{
    return m_discovery->localPort();
}

void OnvifSimulator::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void OnvifSimulator::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    QByteArray authorization;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QByteArray uri = lines.value(0).split(' ').value(1);
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    const QByteArray request = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    QString operation;
    readRequest(request, &operation);
    if (endless.value(operation)) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml; charset=utf-8\r\n"
                      "Content-Length: 1000000000\r\n\r\n"
                      + kEnvelopeOpen);
        // Refilled as the client reads, until it hangs up.
        const QByteArray chunk = QByteArray("<tt:Pad>padding</tt:Pad>").repeated(2048);
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk] {
            if (socket->bytesToWrite() < chunk.size())
                socket->write(chunk);
        });
        socket->write(chunk);
        return;
    }
    int status = 200;
    const QByteArray content = answer(request, authorization, uri, &status);
    const QByteArray reason = status == 200 ? "OK"
        : status == 401                     ? "Unauthorized"
        : status == 400                     ? "Bad Request"
                                            : "Internal Server Error";
    const QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/soap+xml; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(content.size()) + "\r\nConnection: close\r\n"
        + (status == 401 && httpDigestOnly ? "WWW-Authenticate: Digest realm=\"IP Camera(C2796)\", "
                                             "qop=\"auth\", nonce=\"4e6a55784d546b324f54513d\", "
                                             "stale=\"FALSE\"\r\n"
                                           : QByteArray())
        + "\r\n" + content;
    const auto send = [socket, response] {
        socket->write(response);
        socket->disconnectFromHost();
    };
    const int delay_ms = delays_ms.value(operation, 0);
    if (delay_ms > 0)
        QTimer::singleShot(delay_ms, socket, send);
    else
        send();
}

bool OnvifSimulator::authorised(const QHash<QString, QString> &fields)
{
    const QByteArray nonce = QByteArray::fromBase64(fields.value(QStringLiteral("Nonce")).toUtf8());
    const QString created = fields.value(QStringLiteral("Created"));
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(nonce);
    sha1.addData(created.toUtf8());
    sha1.addData(password.toUtf8());
    const QDateTime when = QDateTime::fromString(created, Qt::ISODateWithMs);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(clockOffset_s);
    // Devices refuse a token created more than a few minutes away from their own clock.
    const bool fresh = when.isValid() && qAbs(when.secsTo(now)) <= 300;
    const bool ok = fields.value(QStringLiteral("Username")) == user && !nonce.isEmpty() && fresh
        && fields.value(QStringLiteral("Password")).toUtf8() == sha1.result().toBase64();
    if (!ok)
        ++m_authFailures;
    return ok;
}

bool OnvifSimulator::digestAuthorised(const QByteArray &authorization, const QByteArray &uri)
{
    if (!authorization.startsWith("Digest "))
        return false;
    QHash<QByteArray, QByteArray> fields;
    static const QRegularExpression field(QStringLiteral("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))"));
    auto matches = field.globalMatch(QString::fromLatin1(authorization.mid(7)));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        fields.insert(match.captured(1).toLatin1(),
                      (match.captured(2) + match.captured(3)).toLatin1());
    }
    const auto md5 = [](const QByteArray &text) {
        return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
    };
    const QByteArray ha1
        = md5(user.toUtf8() + ':' + fields.value("realm") + ':' + password.toUtf8());
    const QByteArray ha2 = md5("POST:" + uri);
    const QByteArray expected
        = md5(ha1 + ':' + fields.value("nonce") + ':' + fields.value("nc") + ':'
              + fields.value("cnonce") + ':' + fields.value("qop") + ':' + ha2);
    const bool ok = fields.value("username") == user.toUtf8()
        && fields.value("nonce") == "4e6a55784d546b324f54513d"
        && fields.value("response") == expected;
    return ok;
}

QByteArray OnvifSimulator::answer(const QByteArray &request, const QByteArray &authorization,
                                  const QByteArray &uri, int *status)
{
    ++m_served;
    QString operation;
    const QHash<QString, QString> fields = readRequest(request, &operation);
    if (operation.isEmpty()) {
        *status = 400;
        return kEnvelopeOpen
            + fault("env:Sender", "ter:WellFormed", QStringLiteral("Well-formed Error"))
            + kEnvelopeClose;
    }
    if (operation != QLatin1String("GetSystemDateAndTime")) {
        if (httpUnauthorized) {
            *status = 401;
            return QByteArray();
        }
        if (httpDigestOnly) {
            if (!digestAuthorised(authorization, uri)) {
                // A first request without credentials is the normal challenge, not a failure.
                if (!authorization.isEmpty())
                    ++m_authFailures;
                *status = 401;
                return QByteArray();
            }
        } else if (!authorised(fields)) {
            *status = 400;
            return kEnvelopeOpen
                + fault("env:Sender", "ter:NotAuthorized",
                        QStringLiteral("The action requested requires authorization and the "
                                       "sender is not authorized"))
                + kEnvelopeClose;
        }
    }
    if (malformed.contains(operation))
        return malformed.value(operation);
    if (unsupported.value(operation)) {
        *status = 400;
        return kEnvelopeOpen
            + fault("env:Receiver", "ter:ActionNotSupported",
                    QStringLiteral("Optional Action Not Implemented"))
            + kEnvelopeClose;
    }
    if (faults.contains(operation)) {
        *status = 500;
        return kEnvelopeOpen + fault("env:Receiver", "ter:Action", faults.value(operation))
            + kEnvelopeClose;
    }
    static const QStringList kPtz { QStringLiteral("ContinuousMove"),  QStringLiteral("Stop"),
                                    QStringLiteral("GotoPreset"),      QStringLiteral("SetPreset"),
                                    QStringLiteral("RemovePreset"),    QStringLiteral("GetPresets"),
                                    QStringLiteral("GotoHomePosition") };
    if (ptz && kPtz.contains(operation) && uri.endsWith("/onvif/PTZ"))
        return kEnvelopeOpen + ptzAnswer(operation, fields) + kEnvelopeClose;
    if (media2 && uri.endsWith("/onvif/Media2")) {
        if (operation == QLatin1String("GetProfiles"))
            return kEnvelopeOpen + profilesAnswer(true) + kEnvelopeClose;
        if (operation == QLatin1String("GetStreamUri")) {
            const QString address = streamUri(fields.value(QStringLiteral("ProfileToken")));
            if (address.isEmpty()) {
                *status = 500;
                return kEnvelopeOpen
                    + fault("env:Sender", "ter:InvalidArgVal",
                            QStringLiteral("The requested profile token does not exist"))
                    + kEnvelopeClose;
            }
            return kEnvelopeOpen + "<tr2:GetStreamUriResponse><tr2:Uri>"
                + address.toHtmlEscaped().toUtf8() + "</tr2:Uri></tr2:GetStreamUriResponse>"
                + kEnvelopeClose;
        }
    }
    return kEnvelopeOpen + body(operation, fields) + kEnvelopeClose;
}

QByteArray OnvifSimulator::body(const QString &operation,
                                const QHash<QString, QString> &fields) const
{
    const QByteArray base = "http://" + m_server->serverAddress().toString().toUtf8() + ':'
        + QByteArray::number(httpPort());
    if (operation == QLatin1String("GetSystemDateAndTime")) {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(clockOffset_s);
        const auto n = [](int value) {
            return QByteArray::number(value);
        };
        return "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime>"
               "<tt:DateTimeType>NTP</tt:DateTimeType><tt:DaylightSavings>true"
               "</tt:DaylightSavings><tt:TimeZone><tt:TZ>CET-1CEST,M3.5.0,M10.5.0/3</tt:TZ>"
               "</tt:TimeZone><tt:UTCDateTime><tt:Time><tt:Hour>"
            + n(now.time().hour()) + "</tt:Hour><tt:Minute>" + n(now.time().minute())
            + "</tt:Minute><tt:Second>" + n(now.time().second())
            + "</tt:Second></tt:Time><tt:Date><tt:Year>" + n(now.date().year())
            + "</tt:Year><tt:Month>" + n(now.date().month()) + "</tt:Month><tt:Day>"
            + n(now.date().day())
            + "</tt:Day></tt:Date></tt:UTCDateTime></tds:SystemDateAndTime>"
              "</tds:GetSystemDateAndTimeResponse>";
    }
    if (operation == QLatin1String("GetDeviceInformation")) {
        return "<tds:GetDeviceInformationResponse><tds:Manufacturer>HIKVISION</tds:Manufacturer>"
               "<tds:Model>DS-2CD2143G2-I</tds:Model><tds:FirmwareVersion>V5.7.3 build 220112"
               "</tds:FirmwareVersion><tds:SerialNumber>DS-2CD2143G2-I20220315AAWRJ12345678"
               "</tds:SerialNumber><tds:HardwareId>88</tds:HardwareId>"
               "</tds:GetDeviceInformationResponse>";
    }
    if (operation == QLatin1String("GetCapabilities")) {
        return "<tds:GetCapabilitiesResponse><tds:Capabilities><tt:Media><tt:XAddr>" + base
            + "/onvif/Media</tt:XAddr><tt:StreamingCapabilities><tt:RTPMulticast>true"
              "</tt:RTPMulticast><tt:RTP_TCP>true</tt:RTP_TCP><tt:RTP_RTSP_TCP>true"
              "</tt:RTP_RTSP_TCP></tt:StreamingCapabilities></tt:Media>"
            + (ptz ? "<tt:PTZ><tt:XAddr>" + base + "/onvif/PTZ</tt:XAddr></tt:PTZ>" : QByteArray())
            + "</tds:Capabilities></tds:GetCapabilitiesResponse>";
    }
    if (operation == QLatin1String("GetServices")) {
        return "<tds:GetServicesResponse><tds:Service><tds:Namespace>"
               "http://www.onvif.org/ver10/device/wsdl</tds:Namespace><tds:XAddr>"
            + base
            + "/onvif/device_service</tds:XAddr><tds:Version><tt:Major>17</tt:Major><tt:Minor>12"
              "</tt:Minor></tds:Version></tds:Service><tds:Service><tds:Namespace>"
              "http://www.onvif.org/ver10/media/wsdl</tds:Namespace><tds:XAddr>"
            + base
            + "/onvif/Media</tds:XAddr><tds:Version><tt:Major>17</tt:Major><tt:Minor>12"
              "</tt:Minor></tds:Version></tds:Service>"
            + (media2 ? service("http://www.onvif.org/ver20/media/wsdl", base + "/onvif/Media2")
                      : QByteArray())
            + (ptz ? service("http://www.onvif.org/ver20/ptz/wsdl", base + "/onvif/PTZ")
                   : QByteArray())
            + "</tds:GetServicesResponse>";
    }
    if (operation == QLatin1String("GetProfiles"))
        return profilesAnswer(false);
    if (operation == QLatin1String("GetStreamUri")) {
        const QString address = streamUri(fields.value(QStringLiteral("ProfileToken")));
        if (!address.isEmpty()) {
            return "<trt:GetStreamUriResponse><trt:MediaUri><tt:Uri>"
                + address.toHtmlEscaped().toUtf8()
                + "</tt:Uri><tt:InvalidAfterConnect>false</tt:InvalidAfterConnect>"
                  "<tt:InvalidAfterReboot>false</tt:InvalidAfterReboot>"
                  "<tt:Timeout>PT60S</tt:Timeout></trt:MediaUri></trt:GetStreamUriResponse>";
        }
        return fault("env:Sender", "ter:InvalidArgVal",
                     QStringLiteral("The requested profile token ProfileToken does not exist"));
    }
    return fault("env:Receiver", "ter:ActionNotSupported",
                 QStringLiteral("Optional Action Not Implemented"));
}

QByteArray OnvifSimulator::probeMatches(const QString &relatesTo) const
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\" "
           "xmlns:SOAP-ENC=\"http://www.w3.org/2003/05/soap-encoding\" "
           "xmlns:wsa=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
           "xmlns:wsdd=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\" "
           "xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\" "
           "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"><SOAP-ENV:Header>"
           "<wsa:MessageID>urn:uuid:1b5c7a2e-4f11-11b2-8a5b-bcad28f3a1c9</wsa:MessageID>"
           "<wsa:RelatesTo>"
        + relatesTo.toHtmlEscaped().toUtf8()
        + "</wsa:RelatesTo><wsa:To SOAP-ENV:mustUnderstand=\"true\">"
          "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsa:To>"
          "<wsa:Action SOAP-ENV:mustUnderstand=\"true\">"
          "http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</wsa:Action>"
          "</SOAP-ENV:Header><SOAP-ENV:Body><wsdd:ProbeMatches><wsdd:ProbeMatch>"
          "<wsa:EndpointReference><wsa:Address>"
        + endpoint.toHtmlEscaped().toUtf8()
        + "</wsa:Address></wsa:EndpointReference><wsdd:Types>dn:NetworkVideoTransmitter "
          "tds:Device</wsdd:Types><wsdd:Scopes>onvif://www.onvif.org/type/video_encoder "
          "onvif://www.onvif.org/Profile/Streaming onvif://www.onvif.org/Profile/G "
          "onvif://www.onvif.org/name/"
        + QUrl::toPercentEncoding(name)
        + " "
          "onvif://www.onvif.org/hardware/DS-2CD2143G2-I "
          "onvif://www.onvif.org/location/city/Antony</wsdd:Scopes><wsdd:XAddrs>"
        + deviceUrl().toEncoded()
        + "</wsdd:XAddrs><wsdd:MetadataVersion>10</wsdd:MetadataVersion></wsdd:ProbeMatch>"
          "</wsdd:ProbeMatches></SOAP-ENV:Body></SOAP-ENV:Envelope>\n";
}

void OnvifSimulator::onDatagram()
{
    while (m_discovery->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_discovery->receiveDatagram();
        QString operation;
        const QHash<QString, QString> fields = readRequest(datagram.data(), &operation);
        // Only a probe for video transmitters (or for any type) gets an answer.
        const QString types = fields.value(QStringLiteral("Types"));
        if (operation != QLatin1String("Probe")
            || (!types.isEmpty() && !types.contains(QLatin1String("NetworkVideoTransmitter"))))
            continue;
        m_discovery->writeDatagram(probeMatches(fields.value(QStringLiteral("MessageID"))),
                                   datagram.senderAddress(), datagram.senderPort());
    }
}

QString OnvifSimulator::streamUri(const QString &token) const
{
    for (const Profile &profile : kProfiles) {
        if (token != QLatin1String(profile.token))
            continue;
        const QString path = token == QLatin1String("Profile_1") ? rtspMainPath
            : token == QLatin1String("Profile_2")                ? rtspSubPath
                                                                 : QLatin1String(profile.path);
        return QStringLiteral("rtsp://%1:%2%3").arg(rtspHost, rtspPort, path)
            + (rtspQuery ? QStringLiteral("?transportmode=unicast&profile=") + token : QString());
    }
    return QString();
}

QByteArray OnvifSimulator::profilesAnswer(bool version2) const
{
    QByteArray profiles = version2 ? "<tr2:GetProfilesResponse>" : "<trt:GetProfilesResponse>";
    for (const Profile &profile : kProfiles) {
        const QByteArray w = QByteArray::number(profile.width);
        const QByteArray h = QByteArray::number(profile.height);
        const bool main = qstrcmp(profile.token, "Profile_1") == 0;
        const QByteArray ptzConfiguration = ptz && main
            ? QByteArray("<tt:PTZConfiguration token=\"PTZToken\"><tt:Name>PTZ</tt:Name>"
                         "<tt:UseCount>1</tt:UseCount><tt:NodeToken>PTZNODETOKEN</tt:NodeToken>"
                         "</tt:PTZConfiguration>")
            : QByteArray();
        if (version2) {
            // Media2: Configurations/VideoEncoder, and the main stream in H.265 as on
            // current firmware.
            profiles += QByteArray("<tr2:Profiles token=\"") + profile.token
                + "\" fixed=\"true\"><tr2:Name>" + profile.name
                + "</tr2:Name><tr2:Configurations><tr2:VideoSource token=\"VideoSourceToken\">"
                  "<tt:Name>VideoSourceConfig</tt:Name><tt:UseCount>3</tt:UseCount>"
                  "<tt:SourceToken>VideoSource_1</tt:SourceToken></tr2:VideoSource>"
                  "<tr2:VideoEncoder token=\"VideoEncoderToken_"
                + profile.token + "\" GovLength=\"50\" Profile=\"Main\"><tt:Name>VideoEncoder"
                + "</tt:Name><tt:UseCount>1</tt:UseCount><tt:Encoding>" + (main ? "H265" : "H264")
                + "</tt:Encoding><tt:Resolution><tt:Width>" + w + "</tt:Width><tt:Height>" + h
                + "</tt:Height></tt:Resolution><tt:RateControl ConstantBitRate=\"false\">"
                  "<tt:FrameRateLimit>25</tt:FrameRateLimit><tt:BitrateLimit>2048"
                  "</tt:BitrateLimit></tt:RateControl><tt:Quality>3</tt:Quality>"
                  "</tr2:VideoEncoder>"
                + (ptzConfiguration.isEmpty()
                       ? QByteArray()
                       : "<tr2:PTZ token=\"PTZToken\"><tt:Name>PTZ</tt:Name><tt:UseCount>1"
                         "</tt:UseCount><tt:NodeToken>PTZNODETOKEN</tt:NodeToken></tr2:PTZ>")
                + "</tr2:Configurations></tr2:Profiles>";
            continue;
        }
        profiles += QByteArray("<trt:Profiles fixed=\"true\" token=\"") + profile.token
            + "\"><tt:Name>" + profile.name
            + "</tt:Name><tt:VideoSourceConfiguration token=\"VideoSourceToken\">"
              "<tt:Name>VideoSourceConfig</tt:Name><tt:UseCount>3</tt:UseCount>"
              "<tt:SourceToken>VideoSource_1</tt:SourceToken><tt:Bounds x=\"0\" y=\"0\" "
              "width=\"1920\" height=\"1080\"></tt:Bounds></tt:VideoSourceConfiguration>"
              "<tt:VideoEncoderConfiguration token=\"VideoEncoderToken_"
            + profile.token + "\"><tt:Name>VideoEncoder</tt:Name><tt:UseCount>1"
            + "</tt:UseCount><tt:Encoding>H264</tt:Encoding><tt:Resolution><tt:Width>" + w
            + "</tt:Width><tt:Height>" + h
            + "</tt:Height></tt:Resolution><tt:Quality>3.000000</tt:Quality>"
              "<tt:RateControl><tt:FrameRateLimit>25</tt:FrameRateLimit>"
              "<tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>2048"
              "</tt:BitrateLimit></tt:RateControl></tt:VideoEncoderConfiguration>"
            + ptzConfiguration + "</trt:Profiles>";
    }
    return profiles + (version2 ? "</tr2:GetProfilesResponse>" : "</trt:GetProfilesResponse>");
}

PtzPosition OnvifSimulator::ptzPosition() const
{
    // Moving at its velocity since the last command, held at the ends of its range.
    const double elapsed_s = m_since.elapsed() / 1000.0;
    PtzPosition now;
    now.pan = qBound(-1.0, m_position.pan + m_velocity.pan * elapsed_s, 1.0);
    now.tilt = qBound(-1.0, m_position.tilt + m_velocity.tilt * elapsed_s, 1.0);
    now.zoom = qBound(0.0, m_position.zoom + m_velocity.zoom * elapsed_s, 1.0);
    return now;
}

bool OnvifSimulator::ptzMoving() const
{
    return m_velocity.pan != 0 || m_velocity.tilt != 0 || m_velocity.zoom != 0;
}

void OnvifSimulator::setPtzPosition(const PtzPosition &position)
{
    m_position = position;
    m_velocity = PtzPosition();
    m_since.restart();
}

QByteArray OnvifSimulator::ptzAnswer(const QString &operation,
                                     const QHash<QString, QString> &fields)
{
    if (fields.value(QStringLiteral("ProfileToken")) != QLatin1String("Profile_1")) {
        return fault("env:Sender", "ter:InvalidArgVal",
                     QStringLiteral("The requested profile token ProfileToken does not exist."));
    }
    ++m_ptzCommands;
    const auto number = [](double value) {
        return QString::number(value, 'f', 2);
    };
    const QString presetToken = fields.value(QStringLiteral("PresetToken"));
    QString line = operation;
    QByteArray response = "<tptz:" + operation.toUtf8() + "Response/>";
    if (operation == QLatin1String("ContinuousMove")) {
        const PtzPosition here = ptzPosition();
        m_position = here;
        m_since.restart();
        m_velocity.pan = fields.value(QStringLiteral("PanTilt@x")).toDouble();
        m_velocity.tilt = fields.value(QStringLiteral("PanTilt@y")).toDouble();
        m_velocity.zoom = fields.value(QStringLiteral("Zoom@x")).toDouble();
        line += QStringLiteral(" pan %1 tilt %2 zoom %3")
                    .arg(number(m_velocity.pan), number(m_velocity.tilt), number(m_velocity.zoom));
    } else if (operation == QLatin1String("Stop")) {
        setPtzPosition(ptzPosition());
    } else if (operation == QLatin1String("GotoPreset")) {
        if (!m_presets.contains(presetToken)) {
            --m_ptzCommands;
            return fault("env:Sender", "ter:InvalidArgVal",
                         QStringLiteral("The requested preset token does not exist."));
        }
        setPtzPosition(m_presets.value(presetToken).second);
        line += QLatin1Char(' ') + presetToken;
    } else if (operation == QLatin1String("GotoHomePosition")) {
        setPtzPosition(PtzPosition());
    } else if (operation == QLatin1String("SetPreset")) {
        QString token = presetToken;
        if (token.isEmpty()) {
            if (m_presets.size() >= 255) {
                --m_ptzCommands;
                return fault("env:Receiver", "ter:TooManyPresets",
                             QStringLiteral("Maximum number of presets reached."));
            }
            while (m_presets.contains(QString::number(m_nextPreset)))
                ++m_nextPreset;
            token = QString::number(m_nextPreset);
        }
        m_presets.insert(token, { fields.value(QStringLiteral("PresetName")), ptzPosition() });
        response = "<tptz:SetPresetResponse><tptz:PresetToken>" + token.toUtf8()
            + "</tptz:PresetToken></tptz:SetPresetResponse>";
        line += QLatin1Char(' ') + token + QLatin1Char(' ')
            + fields.value(QStringLiteral("PresetName"));
    } else if (operation == QLatin1String("RemovePreset")) {
        m_presets.remove(presetToken);
        line += QLatin1Char(' ') + presetToken;
    } else if (operation == QLatin1String("GetPresets")) {
        response = "<tptz:GetPresetsResponse>";
        for (auto it = m_presets.cbegin(); it != m_presets.cend(); ++it) {
            const PtzPosition &at = it.value().second;
            response += "<tptz:Preset token=\"" + it.key().toUtf8() + "\"><tt:Name>"
                + it.value().first.toHtmlEscaped().toUtf8()
                + "</tt:Name><tt:PTZPosition><tt:PanTilt x=\"" + number(at.pan).toUtf8() + "\" y=\""
                + number(at.tilt).toUtf8()
                + "\" space=\"http://www.onvif.org/ver10/tptz/PanTiltSpaces/"
                  "PositionGenericSpace\"/><tt:Zoom x=\""
                + number(at.zoom).toUtf8() + "\"/></tt:PTZPosition></tptz:Preset>";
        }
        response += "</tptz:GetPresetsResponse>";
    }
    emit ptzCommand(line);
    return response;
}

QList<QByteArray> OnvifSimulator::sampleAnswers() const
{
    QList<QByteArray> answers;
    for (const char *operation :
         { "GetSystemDateAndTime", "GetDeviceInformation", "GetCapabilities", "GetProfiles" }) {
        answers.append(kEnvelopeOpen + body(QString::fromLatin1(operation), {}) + kEnvelopeClose);
    }
    answers.append(kEnvelopeOpen
                   + body(QStringLiteral("GetStreamUri"),
                          { { QStringLiteral("ProfileToken"), QStringLiteral("Profile_1") } })
                   + kEnvelopeClose);
    answers.append(kEnvelopeOpen
                   + fault("env:Sender", "ter:NotAuthorized", QStringLiteral("Not authorized"))
                   + kEnvelopeClose);
    answers.append(kEnvelopeOpen + profilesAnswer(true) + kEnvelopeClose);
    answers.append(kEnvelopeOpen
                   + "<tptz:GetPresetsResponse><tptz:Preset token=\"1\"><tt:Name>Parvis</tt:Name>"
                     "<tt:PTZPosition><tt:PanTilt x=\"0.25\" y=\"-0.10\"/><tt:Zoom x=\"0.40\"/>"
                     "</tt:PTZPosition></tptz:Preset></tptz:GetPresetsResponse>"
                   + kEnvelopeClose);
    answers.append(probeMatches(QStringLiteral("urn:uuid:0")));
    return answers;
}

} // namespace vigie::test
