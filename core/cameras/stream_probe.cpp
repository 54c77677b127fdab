#include "core/cameras/stream_probe.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace vigie::cameras {
namespace {

bool isRtsp(const QUrl &url)
{
    return url.scheme() == QLatin1String("rtsp");
}

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QByteArray challengeParam(const QByteArray &challenge, const char *name)
{
    const QRegularExpression re(QStringLiteral("%1=\"([^\"]*)\"").arg(QLatin1String(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(QString::fromLatin1(challenge));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

} // namespace

StreamProbe::StreamProbe(QObject *parent) : QObject(parent) { }

StreamProbe::~StreamProbe() = default;

void StreamProbe::start(const QUrl &url, int timeout_ms)
{
    m_url = url;
    m_done = false;
    if (url.isLocalFile() || url.scheme().isEmpty()) {
        const bool exists = QFileInfo::exists(url.isLocalFile() ? url.toLocalFile() : url.path());
        QMetaObject::invokeMethod(
            this,
            [this, exists] {
                finish(exists ? StreamState::Available : StreamState::NotFound,
                       exists ? QString() : tr("The video file does not exist."));
            },
            Qt::QueuedConnection);
        return;
    }
    const int defaultPort = isRtsp(url) ? 554 : (url.scheme() == QLatin1String("https") ? 443 : 80);
    m_socket = new QTcpSocket(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this,
            [this] { finish(StreamState::Unreachable, tr("The camera did not answer in time.")); });
    connect(m_socket, &QTcpSocket::connected, this, [this] { sendRequest(QByteArray()); });
    connect(m_socket, &QTcpSocket::readyRead, this, &StreamProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_done)
            return;
        QString detail;
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            detail = tr("Connection refused by %1.").arg(m_url.host());
            break;
        case QAbstractSocket::HostNotFoundError:
            detail = tr("Unknown host %1.").arg(m_url.host());
            break;
        case QAbstractSocket::RemoteHostClosedError:
            detail = tr("The camera closed the connection.");
            break;
        default:
            detail = m_socket->errorString();
            break;
        }
        finish(StreamState::Unreachable, detail);
    });
    m_timer->start(timeout_ms);
    m_socket->connectToHost(url.host(), quint16(url.port(defaultPort)));
}

void StreamProbe::sendRequest(const QByteArray &authorization)
{
    m_buffer.clear();
    QUrl bare = m_url;
    bare.setUserInfo(QString());
    const QByteArray target = bare.toString(QUrl::FullyEncoded).toLatin1();
    QByteArray request;
    if (isRtsp(m_url)) {
        request = "DESCRIBE " + target + " RTSP/1.0\r\nCSeq: " + QByteArray::number(++m_cseq)
            + "\r\nAccept: application/sdp\r\nUser-Agent: Vigie\r\n";
    } else {
        QByteArray path = bare.path(QUrl::FullyEncoded).toLatin1();
        if (path.isEmpty())
            path = "/";
        if (bare.hasQuery())
            path += '?' + bare.query(QUrl::FullyEncoded).toLatin1();
        request = "GET " + path + " HTTP/1.0\r\nHost: " + m_url.host().toLatin1()
            + "\r\nUser-Agent: Vigie\r\n";
    }
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    request += "\r\n";
    m_socket->write(request);
}

QByteArray StreamProbe::digestAuthorization(const QByteArray &challenge) const
{
    QUrl bare = m_url;
    bare.setUserInfo(QString());
    const QByteArray uri = bare.toString(QUrl::FullyEncoded).toLatin1();
    const QByteArray realm = challengeParam(challenge, "realm");
    const QByteArray nonce = challengeParam(challenge, "nonce");
    const QByteArray user = m_url.userName().toUtf8();
    const QByteArray ha1 = md5Hex(user + ':' + realm + ':' + m_url.password().toUtf8());
    const QByteArray ha2 = md5Hex((isRtsp(m_url) ? "DESCRIBE:" : "GET:") + uri);
    const QByteArray response = md5Hex(ha1 + ':' + nonce + ':' + ha2);
    return "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce
        + "\", uri=\"" + uri + "\", response=\"" + response + "\"";
}

void StreamProbe::onReadyRead()
{
    m_buffer += m_socket->readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > 64 * 1024)
            finish(StreamState::Unreachable, tr("The camera's answer is not understood."));
        return;
    }
    const QByteArray headers = m_buffer.left(headerEnd);
    const QList<QByteArray> lines = headers.split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    bool numberOk = false;
    const int code = status.value(1).toInt(&numberOk);
    if (!numberOk) {
        finish(StreamState::Unreachable, tr("The camera's answer is not understood."));
        return;
    }
    if (code == 401) {
        if (!m_triedAuth && !m_url.userName().isEmpty()) {
            m_triedAuth = true;
            QByteArray challenge;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("www-authenticate:")) {
                    challenge = line.mid(17).trimmed();
                    if (challenge.toLower().startsWith("digest"))
                        break;
                }
            }
            QByteArray authorization;
            if (challenge.toLower().startsWith("digest")) {
                authorization = digestAuthorization(challenge);
            } else {
                const QByteArray pair = m_url.userName().toUtf8() + ':' + m_url.password().toUtf8();
                authorization = "Basic " + pair.toBase64();
            }
            sendRequest(authorization);
            return;
        }
        finish(StreamState::AuthRefused,
               m_url.userName().isEmpty() ? tr("The camera asks for a login and password.")
                                          : tr("The camera refused the login and password."));
        return;
    }
    if (code >= 200 && code < 300) {
        finish(StreamState::Available, QString());
    } else if (code == 404) {
        finish(StreamState::NotFound,
               tr("The camera has no stream at this address (%1).").arg(m_url.path()));
    } else if (code == 403) {
        finish(StreamState::AuthRefused, tr("The camera forbids access to this stream."));
    } else {
        finish(StreamState::Unreachable,
               tr("The camera answered with an error (%1).")
                   .arg(QString::fromLatin1(lines.value(0).trimmed())));
    }
}

void StreamProbe::finish(StreamState state, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    qCDebug(lcCameras) << "probe" << m_url.toDisplayString(QUrl::RemoveUserInfo) << int(state)
                       << detail;
    emit finished(state, detail);
}

} // namespace vigie::cameras
