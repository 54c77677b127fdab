// Installs Vigie's logging into the folder given as argument, logs a line, then crashes, so
// that a test can check the log says where the crash happened.
#include "core/common/logging.h"

#include <QCoreApplication>

#include <csignal>

extern "C" __attribute__((noinline)) void vigie_crash_helper_fault()
{
    std::raise(SIGSEGV);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    vigie::logging::Options options;
    options.logDir = QString::fromLocal8Bit(argv[1]);
    options.baseName = QStringLiteral("crash");
    vigie::logging::install(options);
    qCInfo(lcApp) << "about to crash";
    vigie_crash_helper_fault();
    return 0;
}
