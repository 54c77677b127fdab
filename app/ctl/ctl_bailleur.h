// vigiectl bailleur ...: the bailleur camera register from the command line (conventions, calls,
// the exchange's records, requests, viewing sessions, the register and its visa), through the
// same core services and checks as the GUI.
#pragma once

#include "app/ctl/ctl.h"
#include "core/access/auth_service.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace vigie::store {
class Database;
}
namespace vigie::journal {
class Journal;
}

namespace vigie::ctl {

// What the bailleur commands borrow from vigiectl.
struct BailleurContext
{
    Io io;
    const QCommandLineParser &parser;
    std::function<std::unique_ptr<store::Database>()> openDatabase;
    // The --user, authenticated as vigiectl does for every command acting as a user.
    std::function<std::optional<access::User>(store::Database &, journal::Journal &)> authenticate;
    std::function<int(const QString &)> usage; // prints the problem and the help; returns 2
    QString workstation;
    QString settingsFile;
};

// The options only these commands take (the others, --user, --name, --from... are vigiectl's).
QList<QCommandLineOption> bailleurOptions();
// The help's lines for these commands.
QString bailleurHelp();
// `words`: "bailleur" and what follows. Returns the exit code.
int bailleurCommand(const QStringList &words, BailleurContext &context);
// camera snapshot N --output FILE: a live picture of a camera the --user may view (core's
// checkView, which refuses a landlord's camera outside a session), kept as a snapshot
// (SnapshotStore: journaled with its SHA-256; never of a landlord's camera) and written to FILE.
int cameraSnapshot(const QStringList &words, BailleurContext &context, const QString &dataDir);

} // namespace vigie::ctl
