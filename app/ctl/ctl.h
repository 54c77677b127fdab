// vigiectl: the command-line twin of vigie for administrators, supervisors and scripts. Runs
// in-process in tests; the same core services and rules as the GUI.
#pragma once

#include <QStringList>

class QTextStream;

namespace vigie::ctl {

struct Io
{
    QTextStream &out;
    QTextStream &err;
    // Where a password comes from when VIGIE_PASSWORD is unset: standard input's first line.
    QTextStream &in;
};

// args without the program name. Returns the process exit code: 0 success, 1 failure,
// 2 wrong usage.
int run(const QStringList &args, Io io);

} // namespace vigie::ctl
