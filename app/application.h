// Start-up of the vigie GUI: options, data folder, logging, language, database, login, desk.
#pragma once

#include <QString>

namespace vigie::app {

struct StartOptions
{
    QString dataDir;
    QString language; // empty: from settings, else French
    QString user; // with VIGIE_PASSWORD in the environment: log in without the dialog
};

// Handles --version and --help before any display is needed; otherwise runs the GUI.
int runVigie(int argc, char **argv);

} // namespace vigie::app
