// vigie-bench-analytics: `vigie-bench analytics` alone, without the widgets that the other
// subcommands need, so that its Release build is quick.
#include "bench/analytics_bench.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    args.removeFirst();
    const int code = vigie::bench::runAnalyticsBench(args, out, err);
    out.flush();
    err.flush();
    return code;
}
