// vigiectl's video analytics: `analyze FILE` runs a detector on a file without a display and
// prints its events and counts; `analytics set|list|remove|alarms|ack` keeps each camera's
// detectors and handles their alarms, as a --user, through core's rules.
#pragma once

#include "app/ctl/ctl.h"

#include <QCommandLineOption>
#include <QList>

#include <functional>
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

QList<QCommandLineOption> analyticsOptions();
QString analyticsHelp();

// analyze FILE --detector KIND ...: 0, 1 (unreadable file or configuration), 2 (usage).
int analyzeCommand(const QCommandLineParser &parser, Io io);

using Authenticate = std::function<std::optional<access::User>()>;
int analyticsCommand(const QCommandLineParser &parser, Io io, store::Database &db,
                     journal::Journal &journal, const Authenticate &authenticate);

} // namespace vigie::ctl
