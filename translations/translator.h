// Loads the UI language: French by default, English on request; Qt's own strings too.
#pragma once

#include <QString>

class QCoreApplication;

namespace vigie::i18n {

// "fr" or "en"; anything else falls back to French. Returns the language in force.
QString install(QCoreApplication &app, const QString &language);
// Back to the sources' language and the locale in force before the first install(): what a
// process that never chose a language shows (the tests start each case from there).
void uninstall(QCoreApplication &app);
QStringList availableLanguages();
QString catalogResource(const QString &language); // ":/i18n/vigie_fr.qm"

} // namespace vigie::i18n
