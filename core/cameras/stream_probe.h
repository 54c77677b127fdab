// Asks a camera whether its stream is there, without decoding: an RTSP DESCRIBE (Basic or
// Digest credentials from the URL) or an HTTP GET, answered by a state and a reason.
#pragma once

#include "core/cameras/stream_state.h"

#include <QObject>
#include <QUrl>

class QTcpSocket;
class QTimer;

namespace vigie::cameras {

class StreamProbe : public QObject
{
    Q_OBJECT
public:
    explicit StreamProbe(QObject *parent = nullptr);
    ~StreamProbe() override;

    // Emits finished() once, later, from the event loop; never blocks.
    void start(const QUrl &url, int timeout_ms = 5000);

signals:
    void finished(vigie::cameras::StreamState state, const QString &detail);

private:
    void sendRequest(const QByteArray &authorization);
    void onReadyRead();
    void finish(StreamState state, const QString &detail);
    QByteArray digestAuthorization(const QByteArray &challenge) const;

    QUrl m_url;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_buffer;
    int m_cseq = 0;
    bool m_triedAuth = false;
    bool m_done = false;
};

} // namespace vigie::cameras
