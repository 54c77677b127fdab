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

// Keeps the program's memory (passwords typed, pictures decoded) out of reach of other processes
// of the same OS account: not dumpable, so no core file and no debugger attach without privilege.
// Returns false if the kernel refused.
bool keepMemoryPrivate();

// Handles --version and --help before any display is needed; otherwise runs the GUI.
int runVigie(int argc, char **argv);

} // namespace vigie::app
