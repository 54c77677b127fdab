// The real demo RTSP server (scripts/vigie_streams.py, GStreamer) run by a test on a free
// loopback port, and stopped with it.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace vigie::test {

class RtspServer
{
public:
    explicit RtspServer(QStringList extraArgs = {});
    ~RtspServer();

    bool start(int timeout_ms = 180000); // the first start pre-encodes the clips
    void stop();
    int port() const { return m_port; }
    QString url(const QString &path) const;
    QString output() const { return m_output; }

private:
    QProcess m_process;
    QStringList m_extraArgs;
    QString m_output;
    int m_port = 0;
};

} // namespace vigie::test
