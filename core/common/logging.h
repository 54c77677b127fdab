// Logging categories, one per core module, and the sink that writes them to a rotating file
// under the data folder and to stderr. A fatal signal leaves a line and a backtrace there.
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
Q_DECLARE_LOGGING_CATEGORY(lcCameras)
Q_DECLARE_LOGGING_CATEGORY(lcWalls)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace vigie::logging {

struct Options
{
    QString logDir;
    QString baseName = QStringLiteral("vigie");
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int keptFiles = 5; // vigie.log plus vigie.1.log ... vigie.4.log
    bool toStderr = true;
};

// Installs the Qt message handler and the fatal-signal handler. Returns false with a message
// if the log file cannot be opened; logging then goes to stderr only.
bool install(const Options &options, QString *error = nullptr);
void uninstall();
QString currentLogFile();

} // namespace vigie::logging
