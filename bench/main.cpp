// vigie-bench SUBCOMMAND [options]: one subcommand per area of the core. A new area adds one
// line to kSubcommands and its own *_bench.{h,cpp}.
#include "bench/analytics_bench.h"
#include "bench/directory_bench.h"
#include "bench/journal_bench.h"
#include "bench/map_bench.h"
#include "bench/records_bench.h"
#include "bench/sync_bench.h"
#include "bench/wall_bench.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

const Subcommand kSubcommands[] = {
    { "analytics", "the detectors against ground truth, their CPU beside ffmpeg's decoding",
      &vigie::bench::runAnalyticsBench },
    { "directory", "import 2,000 cameras, then search as you type in the real tree", nullptr },
    { "journal", "appends, group commit and verify of the hash-chained journal",
      &vigie::bench::runJournalBench },
    { "map", "the camera map with 1,000 cameras: build, paint per frame, state changes",
      &vigie::bench::runMapBench },
    { "records", "incident search on 100,000 incidents of the main courante",
      &vigie::bench::runRecordsBench },
    { "sync", "push and pull through central PostgreSQL, desk-to-desk delay",
      &vigie::bench::runSyncBench },
    { "wall", "live streams on a real wall under X: CPU, frames, latency, memory beside ffmpeg",
      &vigie::bench::runWallBench },
};

int usage(QTextStream &err)
{
    err << "Usage: vigie-bench SUBCOMMAND [options]   (SUBCOMMAND --help for its options)\n\n"
        << "Subcommands:\n";
    for (const Subcommand &sub : kSubcommands)
        err << "  " << QString::fromLatin1(sub.name).leftJustified(10) << sub.summary << '\n';
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    // The wall bench measures each load in a fresh process of its own, with a QApplication.
    if (argc > 1 && std::strcmp(argv[1], vigie::bench::kWallChildCommand) == 0)
        return vigie::bench::runWallChild(argc, argv);
    // The directory bench runs the real widgets: a QApplication of its own.
    if (argc > 1 && std::strcmp(argv[1], vigie::bench::kDirectoryCommand) == 0)
        return vigie::bench::runDirectoryBench(argc, argv);
    // The map bench paints widgets: a QApplication, offscreen when there is no display.
    const bool widgets = argc > 1 && std::strcmp(argv[1], "map") == 0;
    if (widgets && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(widgets ? new QApplication(argc, argv)
                                                          : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("vigie-bench"));
    // The store's info lines ("opened ...") would interleave with the table.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty())
        return usage(err);
    const QString name = args.takeFirst();
    for (const Subcommand &sub : kSubcommands) {
        if (name == QLatin1String(sub.name)) {
            const int code = sub.run(args, out, err);
            out.flush();
            err.flush();
            return code;
        }
    }
    if (name != QLatin1String("--help") && name != QLatin1String("-h"))
        err << "vigie-bench: unknown subcommand " << name << '\n';
    return usage(err);
}
