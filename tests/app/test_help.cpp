// F1: every key of the desk, grouped, on one 1080p monitor without scrolling, in the operator's
// language.
#include "app/main_window.h"
#include "core/cameras/camera_status_board.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"
#include "widgets/help_dialog.h"
#include "widgets/incident_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>

#include <catch2/catch.hpp>

using namespace vigie;

TEST_CASE("F1 lists every key, grouped, on a 1080p monitor without scrolling", "[help][i18n]")
{
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en") }) {
        INFO(language.toStdString());
        REQUIRE(i18n::install(*qApp, language) == language);
        cameras::CameraStatusBoard board;
        app::Session session;
        session.schedule = access::ShiftSchedule::defaultSchedule();
        app::MainWindow window(session, &board, {});
        widgets::HelpDialog dialog(window.shortcuts(), &window);
        dialog.show();
        REQUIRE(test::waitUntil([&] { return dialog.isVisible(); }));

        // 1920x1080 less a title bar, a panel and the window frame.
        const QSize size = dialog.frameGeometry().size();
        CHECK(size.width() <= 1900);
        CHECK(size.height() <= 1000);
        CHECK(dialog.sizeHint().width() <= 1900);
        CHECK(dialog.sizeHint().height() <= 1000);
        for (QScrollBar *bar : dialog.findChildren<QScrollBar *>())
            CHECK_FALSE(bar->isVisible());
        // Every label fits its place: none is cut.
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            INFO(label->text().toStdString());
            CHECK(label->height() >= label->heightForWidth(label->width()));
        }

        QStringList keys;
        QStringList sections;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->objectName() == QLatin1String("helpKeys"))
                keys.append(label->text());
            else if (label->objectName() == QLatin1String("helpSection"))
                sections.append(label->text());
        }
        INFO("keys: " << keys.join(QStringLiteral(" | ")).toStdString());
        int bound = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &shortcut : action->shortcuts()) {
                INFO(action->text().toStdString());
                CHECK(keys.contains(shortcut.toString(QKeySequence::NativeText)));
                ++bound;
            }
        }
        for (QShortcut *shortcut : window.findChildren<QShortcut *>()) {
            for (const QKeySequence &key : shortcut->keys())
                CHECK(keys.contains(key.toString(QKeySequence::NativeText)));
        }
        CHECK(bound > 20);
        for (const widgets::ShortcutInfo &info : widgets::IncidentDialog::keys())
            CHECK(keys.contains(info.keysText));
        INFO("sections: " << sections.join(QStringLiteral(" | ")).toStdString());
        const QString incidentSection = widgets::IncidentDialog::keys().constFirst().section;
        CHECK(sections.contains(incidentSection));
        CHECK(sections.contains(language == QLatin1String("fr") ? QStringLiteral("Murs")
                                                                : QStringLiteral("Walls")));
        CHECK(sections.size() >= 6);
        // The PTZ keys a wall takes on a PTZ camera's tile.
        CHECK(sections.contains(language == QLatin1String("fr") ? QStringLiteral("Caméras PTZ")
                                                                : QStringLiteral("PTZ cameras")));
        CHECK(keys.contains(language == QLatin1String("fr")
                                ? QStringLiteral("Ctrl+flèches, + / -")
                                : QStringLiteral("Ctrl+arrows, + / -")));

        // For a person to look at: build/.../help-f1-fr.png.
        const QString shot = QDir(QStringLiteral(VIGIE_BINARY_DIR))
                                 .filePath(QStringLiteral("help-f1-%1.png").arg(language));
        CHECK(dialog.grab().save(shot));
    }
    i18n::install(*qApp, QStringLiteral("fr"));
}
