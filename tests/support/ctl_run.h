// vigiectl run in-process, as a test calls it: its exit code, standard output and error.
// (tests/app/test_ctl.cpp and tests/core/sync/test_sync_ctl.cpp still carry their own copy.)
#pragma once

#include "app/ctl/ctl.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace vigie::test {

struct CtlRun
{
    int code = 0;
    QString out;
    QString err;
};

inline CtlRun runCtl(const QStringList &args, const QString &stdinText = QString())
{
    CtlRun run;
    QString input = stdinText;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream in(&input);
    run.code = ctl::run(args, { out, err, in });
    out.flush();
    err.flush();
    return run;
}

} // namespace vigie::test
