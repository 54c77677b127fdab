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

#include <cstdlib>

int main(int argc, char **argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("vigie-tests"));
    return Catch::Session().run(argc, argv);
}
