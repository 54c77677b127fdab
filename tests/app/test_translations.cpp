// Every string an operator sees is in the language of the UI: it went through tr() and the
// catalogue has it, and no window built in one language shows words of the other (or raw codes
// of the register). A hard-coded or untranslated string fails here.
#include "app/main_window.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "core/records/snapshot_store.h"
#include "tests/core/records/records_fixture.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"
#include "widgets/camera_tree.h"
#include "widgets/incident_dialog.h"
#include "widgets/lock_dialog.h"
#include "widgets/login_dialog.h"
#include "widgets/settings_dialog.h"
#include "widgets/shift_dialogs.h"
#include "widgets/shift_log_view.h"
#include "widgets/tour_dialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextDocument>
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

namespace {

// Every text a widget tree shows: titles, labels, buttons, placeholders, tooltips, menus and
// their actions, combo items, list, tree and table cells with their headers.
QStringList shownTexts(QWidget *root)
{
    QStringList texts;
    auto plain = [](const QString &text) {
        if (!Qt::mightBeRichText(text))
            return text;
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    };
    auto addActions = [&](const QList<QAction *> &actions, const auto &self) -> void {
        for (QAction *action : actions) {
            texts << action->text() << action->toolTip() << action->statusTip();
            if (action->menu()) {
                texts << action->menu()->title();
                self(action->menu()->actions(), self);
            }
        }
    };
    auto addModel = [&](const QAbstractItemModel *model, const QModelIndex &parent,
                        const auto &self) -> void {
        if (!model)
            return;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                texts << model->data(index, Qt::DisplayRole).toString()
                      << model->data(index, Qt::ToolTipRole).toString();
                if (column == 0 && model->hasChildren(index))
                    self(model, index, self);
            }
        }
        if (!parent.isValid()) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
        }
    };
    QList<QWidget *> widgets { root };
    widgets += root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->isWindow())
            texts << w->windowTitle();
        texts << w->toolTip() << w->statusTip() << w->accessibleName();
        addActions(w->actions(), addActions);
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->objectName() != QLatin1String("clock"))
                texts << plain(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts << button->text();
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            texts << edit->placeholderText();
            if (edit->isReadOnly())
                texts << edit->text();
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            texts << text->placeholderText();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            texts << group->title();
        } else if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            texts << dock->windowTitle();
        } else if (auto *menu = qobject_cast<QMenu *>(w)) {
            texts << menu->title();
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            addModel(view->model(), view->rootIndex(), addModel);
        }
    }
    texts.removeAll(QString());
    return texts;
}

// Words that betray the other language. For the English UI: the French of the centre's
// vocabulary, the seeded typology and partners, the shift kinds, and Qt's French buttons. For
// the French UI: English words that are not French too, and the register's raw codes.
const QStringList kFrenchWords {
    QStringLiteral("Main courante"),
    QStringLiteral("main courante"),
    QStringLiteral("Chef de salle"),
    QStringLiteral("chef de salle"),
    QStringLiteral("Aucun"),
    QStringLiteral("Aucune"),
    QStringLiteral("Matin"),
    QStringLiteral("Après-midi"),
    QStringLiteral("Nuit"),
    QStringLiteral("Police nationale"),
    QStringLiteral("Pompiers"),
    QStringLiteral("Atteintes"),
    QStringLiteral("Tranquillité"),
    QStringLiteral("Regroupement"),
    QStringLiteral("Dégradation"),
    QStringLiteral("Circulation"),
    QStringLiteral("Dépôt sauvage"),
    QStringLiteral("Secours"),
    QStringLiteral("Bailleur social"),
    QStringLiteral("Panne"),
    QStringLiteral("Caméra"),
    QStringLiteral("Caméras"),
    QStringLiteral("Annuler"),
    QStringLiteral("Enregistrer"),
    QStringLiteral("Fermer"),
    QStringLiteral("Dossier"),
    QStringLiteral("Équipe"),
    QStringLiteral("Poste"),
    QStringLiteral("Événements"),
    QStringLiteral("Connexion"),
    QStringLiteral("Verrouiller"),
    QStringLiteral("Raccourcis"),
    QStringLiteral("Oui"),
    QStringLiteral("Non"),
    QStringLiteral("Maj"),
    QStringLiteral("Entrée"),
};
const QStringList kEnglishWords {
    QStringLiteral("Folder"),    QStringLiteral("logout"),       QStringLiteral("quit"),
    QStringLiteral("Afternoon"), QStringLiteral("Morning"),      QStringLiteral("Night"),
    QStringLiteral("Cancel"),    QStringLiteral("Close"),        QStringLiteral("Save"),
    QStringLiteral("Search"),    QStringLiteral("Shift"),        QStringLiteral("Cameras"),
    QStringLiteral("Camera"),    QStringLiteral("Login"),        QStringLiteral("Logout"),
    QStringLiteral("Settings"),  QStringLiteral("Keys"),         QStringLiteral("Help"),
    QStringLiteral("Wall"),      QStringLiteral("Walls"),        QStringLiteral("Theft"),
    QStringLiteral("Gathering"), QStringLiteral("Firefighters"), QStringLiteral("National"),
    QStringLiteral("Yes"),       QStringLiteral("No"),           QStringLiteral("Desk"),
    QStringLiteral("Events"),    QStringLiteral("Digit"),        QStringLiteral("Arrows"),
    QStringLiteral("Enter"),     QStringLiteral("Escape"),       QStringLiteral("Delete"),
    QStringLiteral("Space"),     QStringLiteral("Drive"),        QStringLiteral("wrong"),
    QStringLiteral("password"),  QStringLiteral("unknown"),      QStringLiteral("Other event"),
    QStringLiteral("shift-log"), QStringLiteral("the"),          QStringLiteral("and"),
};

QStringList foreignWords(const QStringList &texts, const QString &language)
{
    const QStringList &words = language == QLatin1String("fr") ? kEnglishWords : kFrenchWords;
    QList<QRegularExpression> patterns;
    for (const QString &word : words)
        patterns.append(QRegularExpression(
            QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(word)),
            QRegularExpression::UseUnicodePropertiesOption));
    // Raw codes of the register: "session.lock", "snapshot.taken", "local:unknown".
    if (language == QLatin1String("fr") || language == QLatin1String("en"))
        patterns.append(QRegularExpression(
            QStringLiteral("(?<![\\w./])[a-z]+(\\.[a-z_]+|:[a-z]+)(?![\\w./])")));
    QStringList found;
    for (const QString &text : texts) {
        for (const QRegularExpression &re : patterns) {
            const QRegularExpressionMatch m = re.match(text);
            if (m.hasMatch())
                found.append(QStringLiteral("%1 in \"%2\"").arg(m.captured(0), text));
        }
    }
    found.removeDuplicates();
    return found;
}

// One desk's register with a shift that was opened, handed over and lived through while the UI
// was in English, and every kind of journal entry an operator meets in the shift log.
struct LanguageFixture : test::RecordsFixture
{
    QSettings settings { dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat };
    cameras::CameraStatusBoard board;
    cameras::CameraDirectory directory { *db, journal };
    records::SnapshotStore snapshots { dir.path(), *db, journal };
    app::Services services { *db,       journal,   auth,      policy,  shifts,
                             incidents, snapshots, directory, settings };
    widgets::ShiftServices shiftServices { *db, journal, policy, auth, shifts, clock };
    QList<cameras::CameraGroup> groups { { 1, QStringLiteral("Centre-ville"), 0 } };
    records::Shift shift;

    LanguageFixture()
    {
        i18n::install(*qApp, QStringLiteral("en"));
        cameras::Camera camera;
        camera.number = 4;
        camera.name = QStringLiteral("Parvis de la gare");
        camera.groupId = 1;
        board.setCameras({ camera });
        now = now.addSecs(-3000); // 22:20, in the night shift
        shift = shifts
                    .open(chef, access::ShiftSchedule::defaultSchedule(), chef.login,
                          { { operatorUser.login, operatorUser.matricule,
                              QStringLiteral("opérateur") } })
                    .value();
        // What operators type stays as typed: no word of the lists below in it.
        REQUIRE(
            incidents.create(operatorUser, routineDraft(QStringLiteral("Rassemblement bruyant")))
                .ok());
        REQUIRE(auth.lockSession(operatorUser, QStringLiteral("idle")).ok());
        auth.authenticate(operatorUser.login, QStringLiteral("faux"));
        auth.authenticate(QStringLiteral("inconnu"), QStringLiteral("faux"));
        REQUIRE(auth.logout(operatorUser, QStringLiteral("logout")).ok());
        REQUIRE(auth.logout(chef, QStringLiteral("quit")).ok());
        REQUIRE(
            snapshots
                .store(operatorUser, 4, now, QByteArrayLiteral("\x89PNG"), QStringLiteral("stream"))
                .ok());
        now = now.addSecs(600);
    }
};

// Builds each main window and dialog in `language` and returns what each shows, by name.
QList<QPair<QString, QStringList>> everyWindow(LanguageFixture &f, const QString &language)
{
    REQUIRE(i18n::install(*qApp, language) == language);
    QList<QPair<QString, QStringList>> shown;
    app::Session session;
    session.user = f.operatorUser;
    session.workstationId = QStringLiteral("CSU-TEST-01");
    session.schedule = access::ShiftSchedule::defaultSchedule();
    {
        app::MainWindow window(session, &f.board, f.groups, &f.services);
        window.logEvent(QStringLiteral("test"));
        shown.append({ QStringLiteral("main window"), shownTexts(&window) });
        widgets::HelpDialog help(window.shortcuts());
        shown.append({ QStringLiteral("help"), shownTexts(&help) });
    }
    {
        widgets::LoginDialog login(
            [](const QString &, const QString &) { return access::LoginOutcome(); },
            QStringLiteral("CSU-TEST-01"));
        shown.append({ QStringLiteral("login"), shownTexts(&login) });
        widgets::LockDialog lock(f.operatorUser, f.now, [](const QString &, const QString &) {
            return access::LoginOutcome();
        });
        shown.append({ QStringLiteral("lock"), shownTexts(&lock) });
        widgets::SettingsDialog settings(
            language, { { QStringLiteral("DUMMY0"), QRect(0, 0, 1920, 1080), true } },
            QStringLiteral("DUMMY0"), {});
        shown.append({ QStringLiteral("settings"), shownTexts(&settings) });
        widgets::TourDialog tour({ 4 }, 0, nullptr);
        shown.append({ QStringLiteral("tour"), shownTexts(&tour) });
    }
    {
        records::IncidentDraft draft = f.routineDraft();
        draft.partners = { { QStringLiteral("police_nationale"), f.now } };
        widgets::IncidentDialog incident(
            records::IncidentTypology::load(*f.db), draft, QStringLiteral("Parvis de la gare"),
            QString(), [](const records::IncidentDraft &) {
                return Result<records::Incident>::failure(QStringLiteral("-"));
            });
        shown.append({ QStringLiteral("incident dialog"), shownTexts(&incident) });
    }
    {
        const access::ShiftSchedule schedule = access::ShiftSchedule::defaultSchedule();
        const records::Shift current = *f.shifts.find(f.shift.id);
        widgets::OpenShiftDialog open(f.shiftServices, f.chef, schedule);
        shown.append({ QStringLiteral("open shift"), shownTexts(&open) });
        widgets::HandOverDialog handOver(f.shiftServices, f.chef, current);
        shown.append({ QStringLiteral("hand over"), shownTexts(&handOver) });
        widgets::AcknowledgeDialog ack(f.shiftServices, f.nextChef, current);
        shown.append({ QStringLiteral("acknowledge"), shownTexts(&ack) });
        widgets::SignShiftDialog sign(f.shiftServices, f.nextChef, current);
        shown.append({ QStringLiteral("sign"), shownTexts(&sign) });
        widgets::AddendumDialog addendum(f.shiftServices, f.chef, current);
        shown.append({ QStringLiteral("addendum"), shownTexts(&addendum) });
        widgets::ShiftLogView log(f.shiftServices, f.nextChef, QStringLiteral("Ville d'Antony"),
                                  QStringLiteral("Centre de supervision urbain"));
        REQUIRE(log.selectShift(f.shift.id));
        QString suggested;
        log.setPathChooser([&](const QString &, const QString &path) {
            suggested = QFileInfo(path).fileName();
            return QString();
        });
        log.exportLog(QStringLiteral("pdf"));
        QStringList texts = shownTexts(&log);
        texts << suggested;
        shown.append({ QStringLiteral("shift log view"), texts });
    }
    {
        // Qt's own dialogs, as the export and the journal's messages open them.
        QTemporaryDir folder;
        QDir(folder.path()).mkpath(QStringLiteral("exports"));
        QFileDialog files(nullptr, QString(), folder.path());
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setViewMode(QFileDialog::Detail);
        files.show();
        auto *view = files.findChild<QAbstractItemView *>(QStringLiteral("treeView"));
        REQUIRE(view);
        REQUIRE(test::waitUntil([&] { return view->model()->rowCount(view->rootIndex()) > 0; }));
        const QStringList fileTexts = shownTexts(&files);
        CHECK(fileTexts.contains(language == QLatin1String("fr") ? QStringLiteral("Dossier")
                                                                 : QStringLiteral("Folder")));
        shown.append({ QStringLiteral("file dialog"), fileTexts });
        QMessageBox box(QMessageBox::Question, QStringLiteral("Vigie"), QString(),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel
                            | QMessageBox::Close | QMessageBox::Save);
        shown.append({ QStringLiteral("message box"), shownTexts(&box) });
    }
    return shown;
}

} // namespace

TEST_CASE("no window shows words of the other language nor raw codes", "[i18n][language]")
{
    LanguageFixture f;
    for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en") }) {
        for (const auto &[window, texts] : everyWindow(f, language)) {
            INFO(language.toStdString() << ", " << window.toStdString() << ": "
                                        << texts.join(QStringLiteral(" | ")).toStdString());
            CHECK(texts.size() > 2);
            const QStringList found = foreignWords(texts, language);
            INFO("foreign: " << found.join(QStringLiteral(" || ")).toStdString());
            CHECK(found.isEmpty());
        }
    }
    i18n::install(*qApp, QStringLiteral("fr"));
}

TEST_CASE("a shift opened in English reads in French in the register, and back", "[i18n][shift]")
{
    LanguageFixture f; // opened with the English UI
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    const records::Shift french = *f.shifts.find(f.shift.id);
    CHECK(french.label.startsWith(QStringLiteral("Nuit 22:00–06:00")));
    widgets::ShiftLogView view(f.shiftServices, f.nextChef, QStringLiteral("Ville d'Antony"),
                               QStringLiteral("Centre de supervision urbain"));
    REQUIRE(view.selectShift(f.shift.id));
    CHECK(view.shiftField()->currentText().startsWith(QStringLiteral("Nuit")));
    CHECK(view.log().title.contains(QStringLiteral("Nuit")));
    QString suggested;
    view.setPathChooser([&](const QString &, const QString &path) {
        suggested = QFileInfo(path).fileName();
        return QString();
    });
    view.exportLog(QStringLiteral("csv"));
    CHECK(suggested == QStringLiteral("main-courante-2026-11-25-2200.csv"));
    REQUIRE(i18n::install(*qApp, QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(f.shifts.find(f.shift.id)->label.startsWith(QStringLiteral("Night 22:00–06:00")));
    i18n::install(*qApp, QStringLiteral("fr"));
}
