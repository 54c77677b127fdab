// What the journal keeps when things go wrong: a writer killed with SIGKILL in the middle of a
// burst, a full disk, a read-only database. Every event reported as committed survives, the
// chain still verifies, and a refused event says why in the operator's language (French) and
// goes through once the cause is lifted.
#include "core/journal/journal.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <optional>

using namespace vigie;

namespace {

const QString kWriterChain = QStringLiteral("CSU-REL"); // the workstation journal_writer uses

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString integrityCheck(QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

// Incident rows whose revision count or last event disagrees with the journal: a row changed
// without its event, or an event kept without its change.
qint64 incidentsOutOfStep(QSqlDatabase &db)
{
    return scalar(db,
                  QStringLiteral("SELECT COUNT(*) FROM reliability_incidents i WHERE"
                                 " i.revision != (SELECT COUNT(*) FROM journal j"
                                 "   WHERE j.object_type = 'incident'"
                                 "   AND j.object_id = CAST(i.id AS TEXT))"
                                 " OR i.last_seq != (SELECT MAX(j.seq) FROM journal j"
                                 "   WHERE j.object_type = 'incident'"
                                 "   AND j.object_id = CAST(i.id AS TEXT))"));
}

// The child writer and the seqs it reported as committed, complete lines only: a kill can land
// between two writes of a line.
class Writer
{
public:
    explicit Writer(const QString &databasePath)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { collect(); });
        m_process.start(QStringLiteral(VIGIE_JOURNAL_WRITER), { databasePath });
    }

    ~Writer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QProcess &process() { return m_process; }
    const QList<qint64> &committed() const { return m_committed; }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

    // Whatever reached the pipe before the kill still counts: it was printed after a commit.
    void collect()
    {
        m_pending += m_process.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            m_committed.append(m_pending.left(end).toLongLong());
            m_pending.remove(0, end + 1);
        }
    }

private:
    QProcess m_process;
    QByteArray m_pending;
    QList<qint64> m_committed;
};

// Refusals are read in French, as the operators read them; English (the source text) is put
// back for the tests that run after in the same binary.
struct FrenchForThisTest
{
    FrenchForThisTest() { i18n::install(*QCoreApplication::instance(), QStringLiteral("fr")); }
    ~FrenchForThisTest() { i18n::install(*QCoreApplication::instance(), QStringLiteral("en")); }
};

struct RefusalFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vigie.db"));
    std::unique_ptr<store::Database> db = test::openDatabase(path);
    journal::Journal journal { *db, QStringLiteral("CSU-A") };

    RefusalFixture()
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE reliability_incidents ("
                                      " id INTEGER PRIMARY KEY, status TEXT NOT NULL,"
                                      " revision INTEGER NOT NULL, last_seq INTEGER NOT NULL)")));
    }

    // An operator's change of an incident, journaled with it.
    Result<journal::Event> changeIncident(qint64 id)
    {
        const qint64 seq = journal.lastSeq() + 1;
        return journal.record(
            { QStringLiteral("operateur"),
              QStringLiteral("incident.update"),
              QStringLiteral("incident"),
              QString::number(id),
              QString(),
              { { QStringLiteral("description"),
                  QStringLiteral("Dépôt sauvage, quai de Seine, n°%1").arg(seq) } } },
            [&]() -> Status {
                QSqlQuery q(db->connection());
                q.prepare(QStringLiteral("INSERT INTO reliability_incidents VALUES"
                                         " (?, 'ouvert', 1, ?) ON CONFLICT (id) DO UPDATE SET"
                                         " revision = revision + 1, last_seq = excluded.last_seq"));
                q.addBindValue(id);
                q.addBindValue(seq);
                if (!q.exec())
                    return Status::failure(q.lastError().text());
                return Status::success();
            });
    }

    // An event with no record behind it: an operator viewed a camera. A refusal then comes from
    // the journal itself, not from the record's change.
    Result<journal::Event> viewCamera(int number)
    {
        return journal.record({ QStringLiteral("operateur"),
                                QStringLiteral("camera.view"),
                                QStringLiteral("camera"),
                                QString::number(number),
                                QStringLiteral("levée de doute"),
                                { { QStringLiteral("screen"), 2 } } });
    }

    qint64 entries()
    {
        return scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM journal"));
    }
};

} // namespace

TEST_CASE("a writer killed with SIGKILL mid-burst loses nothing it reported as committed",
          "[journal][reliability]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    // Five bursts into the same file, each killed after a different number of commits, so that
    // the kill lands at a different point of the writer's loop each time.
    const int killAfter[] = { 200, 237, 311, 263, 419 };
    qint64 kept = 0; // events in the database after the previous round
    for (const int k : killAfter) {
        INFO("round killed after " << k << " commits");
        Writer writer(path);
        REQUIRE(writer.process().waitForStarted(30000));
        const bool burst = test::waitUntil(
            [&] {
                return writer.committed().size() >= k
                    || writer.process().state() == QProcess::NotRunning;
            },
            120000);
        INFO(writer.errors().toStdString());
        REQUIRE(burst);
        REQUIRE(writer.process().state() == QProcess::Running);
        writer.process().kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        REQUIRE(writer.process().waitForFinished(30000));
        CHECK(writer.process().exitStatus() == QProcess::CrashExit);
        writer.collect();
        const QList<qint64> committed = writer.committed();
        REQUIRE(committed.size() >= k);
        // The burst carried on the chain where the previous round left it, one seq at a time.
        CHECK(committed.first() == kept + 1);
        const bool oneByOne = std::adjacent_find(committed.cbegin(), committed.cend(),
                                                 [](qint64 a, qint64 b) { return b != a + 1; })
            == committed.cend();
        CHECK(oneByOne);

        auto db = test::openDatabase(path);
        CHECK(integrityCheck(db->connection()) == QStringLiteral("ok"));
        journal::Journal reader(*db, kWriterChain);
        const journal::VerifyReport report = reader.verify();
        INFO(report.summary().toStdString());
        CHECK(report.ok());
        const qint64 maxSeq
            = scalar(db->connection(),
                     QStringLiteral("SELECT MAX(seq) FROM journal WHERE workstation = 'CSU-REL'"));
        // Every seq printed is there (the chain verifies from 1, so nothing before is missing);
        // one more may be, committed just before the kill and not printed yet.
        CHECK(committed.last() <= maxSeq);
        CHECK(scalar(db->connection(),
                     QStringLiteral("SELECT COUNT(*) FROM journal WHERE workstation = 'CSU-REL'"
                                    " AND seq BETWEEN %1 AND %2")
                         .arg(committed.first())
                         .arg(committed.last()))
              == committed.size());
        CHECK(report.entries == maxSeq);
        CHECK(maxSeq >= kept + k); // previous rounds' events all kept
        CHECK(incidentsOutOfStep(db->connection()) == 0);
        CHECK(scalar(db->connection(),
                     QStringLiteral("SELECT SUM(revision) FROM reliability_incidents"))
              == maxSeq);
        kept = maxSeq;
    }
}

TEST_CASE("a full disk refuses the event in French, loses nothing saved, and the retry goes "
          "through",
          "[journal][reliability]")
{
    FrenchForThisTest french;
    RefusalFixture f;
    for (int i = 1; i <= 30; ++i)
        REQUIRE(f.changeIncident(1 + i % 5).ok());
    QSqlDatabase &db = f.db->connection();
    // Root ignores file modes and a test cannot fill the real disk: SQLite's page limit gives the
    // same SQLITE_FULL as a disk with no room left.
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(scalar(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) == pages);

    qint64 saved = 30;
    std::optional<Result<journal::Event>> refused;
    for (int attempt = 0; attempt < 10000 && !refused; ++attempt) {
        auto viewed = f.viewCamera(attempt);
        if (viewed.ok())
            saved = viewed.value().seq; // the free room left in the last pages
        else
            refused = std::move(viewed);
    }
    REQUIRE(refused.has_value());
    const QString message = refused->error();
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("Impossible d'écrire dans le journal")));
    CHECK(message.contains(QStringLiteral("Le disque est plein")));
    CHECK(message.contains(QStringLiteral("ne sont pas perdues")));

    // Nothing saved before is lost: all events and their records, a chain that verifies.
    CHECK(f.entries() == saved);
    CHECK(f.journal.lastSeq() == saved);
    CHECK(f.journal.verify().ok());
    CHECK(scalar(db, QStringLiteral("SELECT SUM(revision) FROM reliability_incidents")) == 30);
    CHECK(integrityCheck(db) == QStringLiteral("ok"));

    // Room again: the same action goes through and the chain carries on without a hole.
    REQUIRE(scalar(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages * 100)) > pages);
    auto retried = f.viewCamera(1);
    INFO(retried.error().toStdString());
    REQUIRE(retried.ok());
    CHECK(retried.value().seq == saved + 1);
    auto changed = f.changeIncident(3);
    REQUIRE(changed.ok());
    CHECK(changed.value().seq == saved + 2);
    const auto report = f.journal.verify();
    CHECK(report.ok());
    CHECK(report.entries == saved + 2);
    CHECK(incidentsOutOfStep(db) == 0);
}

TEST_CASE("a read-only database refuses the event in French, loses nothing, and the retry goes "
          "through",
          "[journal][reliability]")
{
    FrenchForThisTest french;
    RefusalFixture f;
    for (int i = 1; i <= 10; ++i)
        REQUIRE(f.changeIncident(1 + i % 3).ok());
    QSqlDatabase &db = f.db->connection();
    QSqlQuery q(db);
    // Root ignores chmod 0444, and Database::open has no read-only mode: query_only makes this
    // connection refuse every write with SQLITE_READONLY, as a read-only file does.
    REQUIRE(q.exec(QStringLiteral("PRAGMA query_only = ON")));

    auto refused = f.viewCamera(7);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    // The write lock is taken first (BEGIN IMMEDIATE): it is refused before anything is written.
    CHECK(refused.error().startsWith(QStringLiteral("Impossible d'enregistrer la modification")));
    CHECK(refused.error().contains(QStringLiteral("lecture seule")));
    auto refusedChange = f.changeIncident(1);
    REQUIRE_FALSE(refusedChange.ok());

    CHECK(f.entries() == 10);
    CHECK(f.journal.lastSeq() == 10);
    CHECK(f.journal.verify().ok());
    CHECK(scalar(db, QStringLiteral("SELECT SUM(revision) FROM reliability_incidents")) == 10);

    REQUIRE(q.exec(QStringLiteral("PRAGMA query_only = OFF")));
    auto retried = f.viewCamera(7);
    INFO(retried.error().toStdString());
    REQUIRE(retried.ok());
    CHECK(retried.value().seq == 11);
    REQUIRE(f.changeIncident(1).ok());
    const auto report = f.journal.verify();
    CHECK(report.ok());
    CHECK(report.entries == 12);
    CHECK(incidentsOutOfStep(db) == 0);
}
