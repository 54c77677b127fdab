#include "tests/support/rtsp_server.h"

#include "tests/support/test_support.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace vigie::test {

RtspServer::RtspServer(QStringList extraArgs) : m_extraArgs(std::move(extraArgs)) { }

RtspServer::~RtspServer()
{
    stop();
}

bool RtspServer::start(int timeout_ms)
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/vigie-streams");
    QDir().mkpath(cache);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { m_output += QString::fromUtf8(m_process.readAllStandardOutput()); });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    QStringList { sourcePath(QStringLiteral("scripts/vigie_streams.py")),
                                  QStringLiteral("--port"), QStringLiteral("0"),
                                  QStringLiteral("--cache"), cache }
                        + m_extraArgs);
    static const QRegularExpression ready(QStringLiteral("READY port=(\\d+)"));
    const bool ok = waitUntil(
        [this] {
            return ready.match(m_output).hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        timeout_ms);
    const auto match = ready.match(m_output);
    if (!ok || !match.hasMatch())
        return false;
    m_port = match.captured(1).toInt();
    return true;
}

void RtspServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString RtspServer::url(const QString &path) const
{
    return QStringLiteral("rtsp://127.0.0.1:%1%2").arg(m_port).arg(path);
}

} // namespace vigie::test
