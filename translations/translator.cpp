#include "translations/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <optional>

namespace vigie::i18n {
namespace {

// Qt 6.4's French catalogue (qtbase_fr.qm, qt6-translations-l10n) lacks the kinds of entry the
// file dialog shows, so a French export dialog said "Folder". Ours carries them under Qt's own
// context: QCoreApplication::translate() falls back to it when Qt's catalogue has no entry.
[[maybe_unused]] const char *const kQtGapFolder[]
    = QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms");
[[maybe_unused]] const char *const kQtGapDrive
    = QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive");

QTranslator *g_ours = nullptr;
QTranslator *g_qt = nullptr;
std::optional<QLocale> g_localeBefore; // the default locale before the first install()

void removeCatalogues(QCoreApplication &app)
{
    for (QTranslator **translator : { &g_ours, &g_qt }) {
        if (*translator) {
            app.removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("fr"), QStringLiteral("en") };
}

QString catalogResource(const QString &language)
{
    return QStringLiteral(":/i18n/vigie_%1.qm").arg(language);
}

QString install(QCoreApplication &app, const QString &language)
{
    const QString lang = availableLanguages().contains(language) ? language : QStringLiteral("fr");
    if (!g_localeBefore)
        g_localeBefore = QLocale();
    QLocale::setDefault(
        QLocale(lang == QLatin1String("fr") ? QLocale::French : QLocale::English,
                lang == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    removeCatalogues(app);
    g_ours = new QTranslator(&app);
    if (g_ours->load(catalogResource(lang)))
        app.installTranslator(g_ours);
    g_qt = new QTranslator(&app);
    if (g_qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(g_qt);
    return lang;
}

void uninstall(QCoreApplication &app)
{
    removeCatalogues(app);
    if (g_localeBefore)
        QLocale::setDefault(*g_localeBefore);
}

} // namespace vigie::i18n
