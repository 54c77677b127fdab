#include "tests/core/video/video_test_support.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>

#include <malloc.h>

#if defined(__SANITIZE_ADDRESS__)
// From ASan's runtime (sanitizer/allocator_interface.h, which g++ does not install).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace vigie::video::testing {

EngineWatcher::EngineWatcher(StreamEngine *engine)
{
    connect(engine, &StreamEngine::stateChanged, this,
            [this](cameras::StreamState state, const QString &detail) {
                states.append(state);
                lastDetail = detail;
            });
    connect(engine, &StreamEngine::frameReady, this, [this](quint64 sequence) {
        ++frameNotifications;
        lastSequence = sequence;
    });
}

cameras::StreamState EngineWatcher::current() const
{
    return states.isEmpty() ? cameras::StreamState::Connecting : states.last();
}

MjpegServer::MjpegServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MjpegServer::onNewConnection);
    connect(&m_timer, &QTimer::timeout, this, &MjpegServer::sendFrame);
    setFramesPerSecond(20);
}

MjpegServer::~MjpegServer()
{
    for (QTcpSocket *socket : std::as_const(m_streaming))
        socket->abort();
}

bool MjpegServer::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost))
        return false;
    m_timer.start();
    return true;
}

QString MjpegServer::url(const QString &userInfo) const
{
    const QString credentials = userInfo.isEmpty() ? QString() : userInfo + QLatin1Char('@');
    return QStringLiteral("http://") + credentials
        + QStringLiteral("127.0.0.1:%1/video.mjpg").arg(port());
}

void MjpegServer::setCredentials(const QString &user, const QString &password)
{
    const QByteArray pair = user.toUtf8() + ':' + password.toUtf8();
    m_expectedAuthorization = "Basic " + pair.toBase64();
}

void MjpegServer::setSizes(const QList<QSize> &sizes, int framesPerSize)
{
    m_sizes = sizes;
    m_framesPerSize = framesPerSize;
}

void MjpegServer::setFramesPerSecond(int fps)
{
    m_timer.setInterval(1000 / fps);
}

void MjpegServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_streaming.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void MjpegServer::onReadyRead(QTcpSocket *socket)
{
    if (m_streaming.contains(socket)) {
        socket->readAll();
        return;
    }
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    ++m_requests;
    const QList<QByteArray> lines = request.split('\n');
    const QByteArray path = lines.value(0).split(' ').value(1);
    QByteArray authorization;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
    }
    if (path != "/video.mjpg") {
        socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
        socket->write("HTTP/1.0 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"camera\"\r\n"
                      "Content-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    socket->write("HTTP/1.0 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=vigie\r\n"
                  "Cache-Control: no-cache\r\n\r\n");
    m_streaming.append(socket);
}

QByteArray MjpegServer::jpeg(const QSize &size)
{
    // A moving bar on a colour that changes with the frame number: every picture differs.
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(int(m_frame * 7 % 360), 160, 200));
    const int x = int(m_frame * 8 % quint64(size.width()));
    for (int y = 0; y < size.height(); ++y) {
        for (int dx = 0; dx < 16 && x + dx < size.width(); ++dx)
            image.setPixel(x + dx, y, qRgb(255, 255, 255));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

void MjpegServer::sendFrame()
{
    if (m_stalled || m_streaming.isEmpty())
        return;
    const QSize size
        = m_sizes.at(int((m_frame / quint64(m_framesPerSize)) % quint64(m_sizes.size())));
    const QByteArray picture = jpeg(size);
    ++m_frame;
    const QByteArray part = "--vigie\r\nContent-Type: image/jpeg\r\nContent-Length: "
        + QByteArray::number(picture.size()) + "\r\n\r\n" + picture + "\r\n";
    for (QTcpSocket *socket : std::as_const(m_streaming))
        socket->write(part);
}

QString clipCache()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/vigie-streams");
}

QString cachedClip(const QString &prefix)
{
    const QFileInfoList files
        = QDir(clipCache())
              .entryInfoList({ prefix + QStringLiteral("*.h264") }, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

QList<qsizetype> keyframeOffsets(const QByteArray &annexB)
{
    QList<qsizetype> offsets;
    qsizetype at = 0;
    while ((at = annexB.indexOf(QByteArrayLiteral("\x00\x00\x00\x01"), at)) >= 0) {
        if (at + 4 < annexB.size() && (annexB.at(at + 4) & 0x1f) == 7) // SPS
            offsets.append(at);
        at += 4;
    }
    return offsets;
}

namespace {

QList<int> sessionTotals(const QString &serverOutput, const QString &path)
{
    QList<int> totals;
    const QRegularExpression line(QStringLiteral("SESSION (open|close) %1 total=(\\d+)")
                                      .arg(QRegularExpression::escape(path)));
    auto it = line.globalMatch(serverOutput);
    while (it.hasNext())
        totals.append(it.next().captured(2).toInt());
    return totals;
}

} // namespace

int maxSessions(const QString &serverOutput, const QString &path)
{
    const QList<int> totals = sessionTotals(serverOutput, path);
    return totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
}

int currentSessions(const QString &serverOutput, const QString &path)
{
    const QList<int> totals = sessionTotals(serverOutput, path);
    return totals.isEmpty() ? 0 : totals.last();
}

qint64 allocatedBytes()
{
#if defined(__SANITIZE_ADDRESS__)
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    return qint64(mallinfo2().uordblks);
#endif
}

} // namespace vigie::video::testing
