// Every string an operator sees in the main window is French: it went through tr() and the
// French catalogue has it. A hard-coded or untranslated string fails here.
#include "app/main_window.h"
#include "core/cameras/camera_status_board.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct Catalogue
{
    QStringList translations;
    QStringList unfinished;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished
                = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.isEmpty())
                catalogue.unfinished.append(source);
            else
                catalogue.translations.append(text);
        } else if (xml.name() == QLatin1String("numerusform")) {
            catalogue.translations.append(xml.readElementText());
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return catalogue;
}

QRegularExpression templateToRegex(QString text)
{
    // The help lists menu entries without their accelerator and ellipsis.
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    // Placeholders (%1, %n) match any text; everything else must match literally.
    QStringList pieces;
    for (const QString &piece : text.split(QRegularExpression(QStringLiteral("%(\\d|n)"))))
        pieces.append(QRegularExpression::escape(piece));
    const QString pattern = pieces.join(QStringLiteral(".*"));
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'),
                              QRegularExpression::DotMatchesEverythingOption);
}

QStringList visibleStrings(QMainWindow &window)
{
    QStringList strings { window.windowTitle() };
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->objectName() != QLatin1String("clock"))
            strings.append(label->text());
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        strings.append(button->text());
    for (QLineEdit *edit : window.findChildren<QLineEdit *>())
        strings.append(edit->placeholderText());
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        strings.append(dock->windowTitle());
    std::function<void(QMenu *)> walkMenu = [&](QMenu *menu) {
        strings.append(menu->title());
        for (QAction *action : menu->actions()) {
            if (action->menu())
                walkMenu(action->menu());
            else if (!action->isSeparator())
                strings.append(action->text());
        }
    };
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu())
            walkMenu(action->menu());
    }
    for (const auto &shortcut : static_cast<app::MainWindow &>(window).shortcuts()) {
        strings.append(shortcut.description);
        if (shortcut.keys.isEmpty())
            strings.append(shortcut.keysText);
    }
    strings.removeAll(QString());
    return strings;
}

} // namespace

TEST_CASE("the French catalogue has no unfinished entry", "[i18n]")
{
    const Catalogue fr
        = readCatalogue(test::sourcePath(QStringLiteral("translations/vigie_fr.ts")));
    INFO("untranslated: " << fr.unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(fr.unfinished.isEmpty());
    CHECK(fr.translations.size() > 100);
    const Catalogue en
        = readCatalogue(test::sourcePath(QStringLiteral("translations/vigie_en.ts")));
    CHECK(en.unfinished.isEmpty());
}

TEST_CASE("every visible string of the main window is translated into French", "[i18n]")
{
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    const Catalogue fr
        = readCatalogue(test::sourcePath(QStringLiteral("translations/vigie_fr.ts")));
    QList<QRegularExpression> templates;
    for (const QString &text : fr.translations)
        templates.append(templateToRegex(text));

    cameras::CameraStatusBoard board;
    app::Session session;
    session.user.displayName = QStringLiteral("Camille Martin");
    session.user.matricule = QStringLiteral("OP-0142");
    session.workstationId = QStringLiteral("CSU-TEST-01");
    session.schedule = access::ShiftSchedule::defaultSchedule();
    app::MainWindow window(session, &board, {});
    window.logEvent(QStringLiteral("test"));

    const QStringList strings = visibleStrings(window);
    CHECK(strings.size() > 30);
    QStringList untranslated;
    for (const QString &raw : strings) {
        QString text = raw;
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        const bool letters = text.contains(QRegularExpression(QStringLiteral("[A-Za-zÀ-ÿ]{2,}")));
        if (!letters)
            continue;
        const bool known
            = std::any_of(templates.cbegin(), templates.cend(),
                          [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
        if (!known)
            untranslated.append(raw);
    }
    INFO("not translated: " << untranslated.join(QStringLiteral(" | ")).toStdString());
    CHECK(untranslated.isEmpty());
    // A known French word is really there: the catalogue was loaded, not the English source.
    CHECK(strings.contains(QStringLiteral("Caméras")));
}

TEST_CASE("English is shipped beside French", "[i18n]")
{
    REQUIRE(i18n::install(*qApp, QStringLiteral("en")) == QStringLiteral("en"));
    cameras::CameraStatusBoard board;
    app::Session session;
    session.schedule = access::ShiftSchedule::defaultSchedule();
    app::MainWindow window(session, &board, {});
    CHECK(visibleStrings(window).contains(QStringLiteral("Cameras")));
    i18n::install(*qApp, QStringLiteral("fr"));
}
