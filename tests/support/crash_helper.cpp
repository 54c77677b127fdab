// Installs Vigie's logging into the folder given as argument, logs a line, then crashes, so
// that a test can check the log says where the crash happened.
#include "core/common/logging.h"

#include <QCoreApplication>

#include <cstdint>

// An address in the first page, which is never mapped (not null itself, which the undefined
// behaviour sanitizer would catch first), read through a volatile so that no optimiser can turn
// the store into a trap or the function into a tail call that leaves no frame of its own.
volatile std::uintptr_t g_nowhere = 16;

extern "C" __attribute__((noinline)) void vigie_crash_helper_fault()
{
    *reinterpret_cast<volatile int *>(g_nowhere) = 42; // a real invalid access, as in the field
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
