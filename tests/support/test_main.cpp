// Catch2's main for the Qt tests: offscreen platform unless a display is asked for, and a
// Q(Core)Application alive for the whole run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef VIGIE_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
// Core links QtGui (never QtWidgets): PDF exports need a QGuiApplication for their fonts.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <QTemporaryDir>

#include <cstdlib>

// Sanitizer defaults compiled in: ctest's ENVIRONMENT does not survive catch_discover_tests as a
// list. UBSan stops at the first error; the widget tests leave LeakSanitizer off because Qt's
// font and platform plugins keep allocations until exit; core tests keep it on.
extern "C" const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}
#ifdef VIGIE_TEST_GUI
extern "C" const char *__asan_default_options()
{
    return "detect_leaks=0";
}
#endif

int main(int argc, char **argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    // The journal's signing keys live in the user's configuration folder (XDG_CONFIG_HOME):
    // the tests, and the helpers they start, keep theirs in a folder of their own, never in
    // the real home.
    QTemporaryDir config;
    if (!config.isValid())
        return 2;
    setenv("XDG_CONFIG_HOME", config.path().toLocal8Bit().constData(), 1);
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("vigie-tests"));
    return Catch::Session().run(argc, argv);
}
