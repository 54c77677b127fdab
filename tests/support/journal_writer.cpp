// A journal writer for test_reliability to kill: opens the database given as argument and
// records events one transaction each, every event with the change of an incident's current
// row, and after each commit prints the event's seq on its own line and flushes. What it printed
// was committed; the test kills it with SIGKILL mid-burst and checks that all of it survived.
//
// Usage: journal_writer DB [COUNT]   (no COUNT, or 0: until killed)
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace vigie;

namespace {

// A stand-in for an incident's current row: how many events changed it, and the last one. The
// test checks both against the journal, which proves that the row and its event were committed
// together or not at all.
Status createIncidentTable(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS reliability_incidents ("
                               " id INTEGER PRIMARY KEY,"
                               " status TEXT NOT NULL,"
                               " revision INTEGER NOT NULL,"
                               " last_seq INTEGER NOT NULL)")))
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status changeIncident(QSqlDatabase &db, qint64 id, qint64 seq)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO reliability_incidents (id, status, revision, last_seq)"
                             " VALUES (?, 'ouvert', 1, ?) ON CONFLICT (id) DO UPDATE SET"
                             " status = 'en_cours', revision = revision + 1,"
                             " last_seq = excluded.last_seq"));
    q.addBindValue(id);
    q.addBindValue(seq);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: journal_writer DB [COUNT]\n");
        return 2;
    }
    const qint64 count = args.size() > 2 ? args[2].toLongLong() : 0;

    auto opened = store::Database::open(args[1]);
    if (!opened.ok()) {
        std::fprintf(stderr, "journal_writer: %s\n", qPrintable(opened.error()));
        return 1;
    }
    auto db = opened.take();
    if (Status created = createIncidentTable(db->connection()); !created.ok()) {
        std::fprintf(stderr, "journal_writer: %s\n", qPrintable(created.error()));
        return 1;
    }

    journal::Journal journal(*db, QStringLiteral("CSU-REL"));
    for (qint64 written = 0; count == 0 || written < count; ++written) {
        // record() runs the change before it appends: the event about to be written is the
        // one after the head.
        const qint64 seq = journal.lastSeq() + 1;
        const qint64 incident = 1 + seq % 20;
        auto recorded = journal.record(
            { QStringLiteral("operateur"),
              QStringLiteral("incident.update"),
              QStringLiteral("incident"),
              QString::number(incident),
              QString(),
              { { QStringLiteral("description"),
                  QStringLiteral("Rixe, place de la République, mise à jour n°%1").arg(seq) } } },
            [&]() -> Status { return changeIncident(db->connection(), incident, seq); });
        if (!recorded.ok()) {
            std::fprintf(stderr, "journal_writer: %s\n", qPrintable(recorded.error()));
            return 1;
        }
        if (recorded.value().seq != seq) {
            std::fprintf(stderr, "journal_writer: expected seq %lld, got %lld\n", seq,
                         recorded.value().seq);
            return 1;
        }
        // Only once the commit has returned: a printed seq is a promise the test holds us to.
        std::printf("%lld\n", recorded.value().seq);
        std::fflush(stdout);
    }
    return 0;
}
