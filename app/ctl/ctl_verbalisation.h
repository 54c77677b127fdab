// vigiectl's video-verbalisation commands (plate, natinf, ticket): the same core services and
// checks as the GUI. Kept apart from ctl.cpp, which hands them what every command shares.
#pragma once

#include "app/ctl/ctl.h"
#include "core/common/result.h"

#include <QCommandLineOption>
#include <QDateTime>
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
namespace vigie::access {
struct User;
}

namespace vigie::ctl {

// What ctl.cpp lends the commands: its parser, paths and the steps every command shares.
struct CommandContext
{
    Io io;
    const QCommandLineParser &parser;
    QString dataDir;
    QString settingsFile;
    std::function<std::unique_ptr<store::Database>()> openDatabase;
    std::function<QString()> workstation;
    std::function<std::optional<access::User>(store::Database &, journal::Journal &)> authenticate;
    // --NAME as a date or time (absent: `*time` unchanged); false after printing why not.
    std::function<bool(const QString &name, QDateTime *time)> parseTime;
    std::function<int(const QString &problem)> usage;
};

// The options these commands add to vigiectl's parser.
QList<QCommandLineOption> verbalisationOptions();
// Their lines of `vigiectl --help`.
QString verbalisationHelp();

// plate check TEXT [--country CC]
int plateCommand(const CommandContext &context, const QStringList &words);
// natinf import FILE [--valid-only] --user | natinf list [--format json]
int natinfCommand(const CommandContext &context, const QStringList &words);
// ticket draft|list|validate|cancel|export|sent
int ticketCommand(const CommandContext &context, const QStringList &words);

} // namespace vigie::ctl
