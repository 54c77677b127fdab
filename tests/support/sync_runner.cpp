// A sync for test_sync's crash tests to kill: opens the workstation's database and syncs it
// with central, printing one line after each committed batch ("batch PUSHED PULLED") and
// flushing, then "done". The test kills it with SIGKILL mid-sync and checks that the next sync
// completes with nothing lost and nothing counted twice.
//
// Usage: sync_runner DB WORKSTATION URI [BATCH]
#include "core/store/database.h"
#include "core/sync/central_link.h"
#include "core/sync/sync_engine.h"

#include <QCoreApplication>

#include <cstdio>

using namespace vigie;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: sync_runner DB WORKSTATION URI [BATCH]\n");
        return 2;
    }
    auto db = store::Database::open(args[1]);
    if (!db.ok()) {
        std::fprintf(stderr, "sync_runner: %s\n", qPrintable(db.error()));
        return 1;
    }
    auto uri = sync::CentralUri::parse(args[3]);
    if (!uri.ok()) {
        std::fprintf(stderr, "sync_runner: %s\n", qPrintable(uri.error()));
        return 1;
    }
    auto link = sync::CentralLink::open(uri.value());
    if (!link.ok()) {
        std::fprintf(stderr, "sync_runner: %s\n", qPrintable(link.error()));
        return 1;
    }
    const int batch = args.size() > 4 ? args[4].toInt() : 100;
    sync::SyncEngine engine(*db.value(), link.value()->connection(), args[2],
                            sync::ProjectorRegistry::standard(),
                            sync::SyncEngine::Options { batch, {} });
    auto report = engine.syncOnce([](const sync::SyncReport &progress) {
        std::printf("batch %lld %lld\n", progress.pushed, progress.pulled);
        std::fflush(stdout);
    });
    if (!report.ok()) {
        std::fprintf(stderr, "sync_runner: %s\n", qPrintable(report.error()));
        return 1;
    }
    std::printf("done %lld %lld\n", report.value().pushed, report.value().pulled);
    std::fflush(stdout);
    return 0;
}
