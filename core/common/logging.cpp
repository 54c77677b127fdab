#include "core/common/logging.h"

#include "core/common/crash_frames.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStore, "vigie.store")
Q_LOGGING_CATEGORY(lcAccess, "vigie.access")
Q_LOGGING_CATEGORY(lcCameras, "vigie.cameras")
Q_LOGGING_CATEGORY(lcWalls, "vigie.walls")
Q_LOGGING_CATEGORY(lcApp, "vigie.app")

namespace vigie::logging {
namespace {

struct Sink
{
    QMutex mutex;
    Options options;
    QFile file;
    bool installed = false;
};

Sink &sink()
{
    static Sink s;
    return s;
}

// The fatal-signal handler may only use async-signal-safe calls: it writes to this descriptor,
// kept open beside the QFile.
int g_crashFd = -1;

QString filePath(const Options &o, int index)
{
    if (index == 0)
        return o.logDir + QLatin1Char('/') + o.baseName + QStringLiteral(".log");
    return o.logDir + QLatin1Char('/') + o.baseName + QLatin1Char('.') + QString::number(index)
        + QStringLiteral(".log");
}

void closeCrashFd()
{
    if (g_crashFd >= 0) {
        ::close(g_crashFd);
        g_crashFd = -1;
    }
}

bool openCurrent(Sink &s, QString *error)
{
    s.file.setFileName(filePath(s.options, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = s.file.errorString();
        return false;
    }
    closeCrashFd();
    g_crashFd
        = ::open(QFile::encodeName(s.file.fileName()).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    return true;
}

void rotateIfNeeded(Sink &s)
{
    if (!s.file.isOpen() || s.file.size() < s.options.maxFileBytes)
        return;
    s.file.close();
    QFile::remove(filePath(s.options, s.options.keptFiles - 1));
    for (int i = s.options.keptFiles - 2; i >= 0; --i)
        QFile::rename(filePath(s.options, i), filePath(s.options, i + 1));
    openCurrent(s, nullptr);
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'E';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

// A camera's address with its credentials (rtsp://user:password@host/...) never reaches the log,
// whoever wrote the line: FFmpeg's own messages quote the address they open.
QString redactUserInfo(const QString &message)
{
    if (!message.contains(QLatin1Char('@')) || !message.contains(QLatin1String("://")))
        return message;
    static const QRegularExpression userInfo(
        QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://)[^/\\s@]+@"));
    QString redacted = message;
    redacted.replace(userInfo, QStringLiteral("\\1***@"));
    return redacted;
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    QString line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
        + QLatin1Char(levelLetter(type)) + QLatin1Char(' ')
        + QLatin1String(context.category ? context.category : "default") + QStringLiteral(": ")
        + redactUserInfo(message);
    if (context.file && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        line += QStringLiteral(" (") + QLatin1String(context.file) + QLatin1Char(':')
            + QString::number(context.line) + QLatin1Char(')');
    line += QLatin1Char('\n');
    const QByteArray bytes = line.toUtf8();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            s.file.write(bytes);
            s.file.flush();
            rotateIfNeeded(s);
        }
    }
    if (s.options.toStderr || !s.file.isOpen()) {
        ::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        ::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

void writeBoth(const char *text)
{
    const size_t length = std::strlen(text);
    if (g_crashFd >= 0 && ::write(g_crashFd, text, length) < 0) {
        // Nothing more can be done inside a signal handler.
    }
    if (::write(STDERR_FILENO, text, length) < 0) { }
}

void fatalSignalHandler(int signo)
{
    writeBoth("F vigie.crash: fatal signal ");
    const char *name = "?";
    switch (signo) {
    case SIGSEGV:
        name = "SIGSEGV (invalid memory access)";
        break;
    case SIGBUS:
        name = "SIGBUS (bus error)";
        break;
    case SIGFPE:
        name = "SIGFPE (arithmetic error)";
        break;
    case SIGILL:
        name = "SIGILL (illegal instruction)";
        break;
    case SIGABRT:
        name = "SIGABRT (abort)";
        break;
    }
    writeBoth(name);
    writeBoth(", backtrace follows:\n");
    void *frames[64];
    const int count = ::backtrace(frames, 64);
    if (g_crashFd >= 0)
        ::backtrace_symbols_fd(frames, count, g_crashFd);
    ::backtrace_symbols_fd(frames, count, STDERR_FILENO);
    // The names above come from exported symbols only; these lines resolve in a stripped build
    // with addr2line and the module's debug file.
    writeFrames(frames, count, g_crashFd, STDERR_FILENO);
    writeBoth("F vigie.crash: end of backtrace\n");
    ::signal(signo, SIG_DFL);
    ::raise(signo);
}

void installCrashHandler()
{
    // backtrace() loads libgcc lazily; do it now, not inside the handler.
    void *warmUp[1];
    ::backtrace(warmUp, 1);
    noteLoadedModules();
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = fatalSignalHandler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    for (int signo : { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT })
        ::sigaction(signo, &action, nullptr);
}

} // namespace

bool install(const Options &options, QString *error)
{
    Sink &s = sink();
    bool ok = true;
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        if (s.file.isOpen())
            s.file.close();
        if (!options.logDir.isEmpty()) {
            QDir().mkpath(options.logDir);
            ok = openCurrent(s, error);
        }
        s.installed = true;
    }
    // Debug lines only on request (QT_LOGGING_RULES="vigie.*.debug=true"): a workstation runs
    // for weeks and the log must stay readable.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.debug=false"));
    qInstallMessageHandler(messageHandler);
    installCrashHandler();
    return ok;
}

void uninstall()
{
    Sink &s = sink();
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&s.mutex);
    s.file.close();
    closeCrashFd();
    s.installed = false;
}

QString currentLogFile()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

} // namespace vigie::logging
