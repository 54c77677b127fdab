// Helpers of the video tests: a watcher that records what an engine says, a small MJPEG-over-
// HTTP camera served from the test's own event loop, the clips the RTSP server cached, and the
// process's allocated bytes for the leak checks.
#pragma once

#include "core/video/stream_engine.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace vigie::video::testing {

// Everything an engine emitted, in order.
class EngineWatcher : public QObject
{
    Q_OBJECT
public:
    explicit EngineWatcher(StreamEngine *engine);

    QList<cameras::StreamState> states; // each change, in order
    QString lastDetail;
    int frameNotifications = 0;
    quint64 lastSequence = 0;

    bool saw(cameras::StreamState state) const { return states.contains(state); }
    cameras::StreamState current() const;
};

// A camera that serves multipart JPEG over HTTP (what cheap cameras and encoders offer), with
// optional Basic credentials, a size that may change mid-stream, and a switch that makes it
// go silent while keeping the connection open.
class MjpegServer : public QObject
{
    Q_OBJECT
public:
    explicit MjpegServer(QObject *parent = nullptr);
    ~MjpegServer() override;

    bool listen();
    QString url(const QString &userInfo
                = QString()) const; // http://[userinfo@]127.0.0.1:P/video.mjpg
    quint16 port() const { return m_server.serverPort(); }

    void setCredentials(const QString &user, const QString &password);
    // Frame sizes in turn, each for framesPerSize pictures.
    void setSizes(const QList<QSize> &sizes, int framesPerSize);
    void setStalled(bool stalled) { m_stalled = stalled; }
    void setFramesPerSecond(int fps);
    int streamingClients() const { return int(m_streaming.size()); }
    int requests() const { return m_requests; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void sendFrame();
    QByteArray jpeg(const QSize &size);

    QTcpServer m_server;
    QTimer m_timer;
    QList<QTcpSocket *> m_streaming;
    QByteArray m_expectedAuthorization;
    QList<QSize> m_sizes { QSize(320, 240) };
    int m_framesPerSize = 1000000;
    quint64 m_frame = 0;
    int m_requests = 0;
    bool m_stalled = false;
};

// The folder where scripts/vigie_streams.py keeps its pre-encoded H.264 clips.
QString clipCache();
// The newest cached clip whose name starts with prefix ("scene1-cam01_640x360"); empty if none.
QString cachedClip(const QString &prefix);
// The byte offsets where each access unit that starts with an SPS begins (each keyframe of the
// cached clips, which repeat their headers).
QList<qsizetype> keyframeOffsets(const QByteArray &annexB);

// The highest "SESSION open <path> total=N" the RTSP server printed for path.
int maxSessions(const QString &serverOutput, const QString &path);
// The last total the server printed for path (0 when it never did).
int currentSessions(const QString &serverOutput, const QString &path);

// Bytes the process holds from malloc (ASan's allocator under the sanitizer build).
qint64 allocatedBytes();

} // namespace vigie::video::testing
