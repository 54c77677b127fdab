#include "core/verbalisation/clock_sync.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/timex.h>

namespace vigie::verbalisation {
namespace {

constexpr int kTool_ms = 1000;

// A tool's standard output, or nothing when it is not installed, fails or is too slow.
std::optional<QString> run(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(kTool_ms)) {
        process.kill();
        process.waitForFinished(kTool_ms);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

QString joinSources(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    return b.isEmpty() ? a : a + QLatin1Char('+') + b;
}

} // namespace

QString clockSyncCode(ClockSyncState state)
{
    switch (state) {
    case ClockSyncState::Synchronised:
        return QStringLiteral("synchronised");
    case ClockSyncState::NotSynchronised:
        return QStringLiteral("not_synchronised");
    case ClockSyncState::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

std::optional<ClockSyncState> clockSyncFromCode(const QString &code)
{
    for (ClockSyncState s : { ClockSyncState::Synchronised, ClockSyncState::NotSynchronised,
                              ClockSyncState::Unknown }) {
        if (clockSyncCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString ClockSync::describe() const
{
    switch (state) {
    case ClockSyncState::Synchronised:
        return maxError_us >= 0
            ? ClockSyncReader::tr("Workstation clock synchronised (maximum error %1 ms).")
                  .arg(QString::number(maxError_us / 1000.0, 'f', 1))
            : ClockSyncReader::tr("Workstation clock synchronised.");
    case ClockSyncState::NotSynchronised:
        return ClockSyncReader::tr(
            "Workstation clock NOT synchronised: the capture time may be wrong.");
    case ClockSyncState::Unknown:
        break;
    }
    return ClockSyncReader::tr("Workstation clock synchronisation unknown.");
}

ClockSync ClockSyncReader::fromKernel(int timeState, int statusBits, long maxError_us)
{
    ClockSync sync;
    sync.source = QStringLiteral("adjtimex");
    if (timeState < 0) {
        sync.detail = QStringLiteral("adjtimex: unreadable");
        return sync;
    }
    const bool unsynchronised = timeState == TIME_ERROR || (statusBits & STA_UNSYNC) != 0;
    sync.state = unsynchronised ? ClockSyncState::NotSynchronised : ClockSyncState::Synchronised;
    sync.maxError_us = maxError_us;
    sync.detail = QStringLiteral("adjtimex: state %1, status 0x%2, maxerror %3 us")
                      .arg(timeState)
                      .arg(statusBits, 0, 16)
                      .arg(maxError_us);
    return sync;
}

std::optional<ClockSync> ClockSyncReader::fromChronyTracking(const QString &output)
{
    static const QRegularExpression leap(QStringLiteral("^Leap status\\s*:\\s*(.+)$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = leap.match(output);
    if (!m.hasMatch())
        return std::nullopt;
    const QString value = m.captured(1).trimmed();
    ClockSync sync;
    sync.source = QStringLiteral("chrony");
    sync.detail = QStringLiteral("chrony: Leap status %1").arg(value);
    sync.state = value.compare(QLatin1String("Not synchronised"), Qt::CaseInsensitive) == 0
        ? ClockSyncState::NotSynchronised
        : ClockSyncState::Synchronised;
    return sync;
}

std::optional<ClockSync> ClockSyncReader::fromTimedatectl(const QString &output)
{
    static const QRegularExpression flag(QStringLiteral("^NTPSynchronized=(yes|no)\\s*$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = flag.match(output);
    if (!m.hasMatch())
        return std::nullopt;
    ClockSync sync;
    sync.source = QStringLiteral("timesyncd");
    sync.detail = QStringLiteral("timedatectl: NTPSynchronized=%1").arg(m.captured(1));
    sync.state = m.captured(1) == QLatin1String("yes") ? ClockSyncState::Synchronised
                                                       : ClockSyncState::NotSynchronised;
    return sync;
}

ClockSync ClockSyncReader::combine(const ClockSync &kernel, const std::optional<ClockSync> &daemon)
{
    if (!daemon)
        return kernel;
    ClockSync sync = kernel;
    sync.source = joinSources(kernel.source, daemon->source);
    sync.detail = kernel.detail.isEmpty() ? daemon->detail
                                          : kernel.detail + QStringLiteral("; ") + daemon->detail;
    // Either one saying "not synchronised" is enough to warn: the capture time is at stake.
    if (kernel.state == ClockSyncState::NotSynchronised
        || daemon->state == ClockSyncState::NotSynchronised)
        sync.state = ClockSyncState::NotSynchronised;
    else if (kernel.state == ClockSyncState::Unknown)
        sync.state = daemon->state;
    return sync;
}

ClockSync ClockSyncReader::read()
{
    struct timex tx = {};
    tx.modes = 0; // read only: no privilege needed
    const int state = adjtimex(&tx);
    const ClockSync kernel
        = fromKernel(state, state < 0 ? 0 : tx.status, state < 0 ? -1 : tx.maxerror);
    std::optional<ClockSync> daemon;
    if (const auto chrony
        = run(QStringLiteral("chronyc"), { QStringLiteral("-n"), QStringLiteral("tracking") }))
        daemon = fromChronyTracking(*chrony);
    if (!daemon) {
        if (const auto timedatectl = run(QStringLiteral("timedatectl"),
                                         { QStringLiteral("show"), QStringLiteral("-p"),
                                           QStringLiteral("NTPSynchronized") }))
            daemon = fromTimedatectl(*timedatectl);
    }
    return combine(kernel, daemon);
}

} // namespace vigie::verbalisation
