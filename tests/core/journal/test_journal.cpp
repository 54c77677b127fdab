// The journal is append-only and tamper-evident: every kind of editing of the SQLite file with
// the sqlite3 tool is named by verify(), with the entry's sequence number.
#include "core/journal/journal.h"
#include "tests/support/test_support.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigie;
using journal::Finding;

namespace {

struct JournalFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vigie.db"));
    std::unique_ptr<store::Database> db = test::openDatabase(path);
    qint64 now_ms = QDateTime(QDate(2026, 11, 25), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch();
    journal::Journal journal { *db, QStringLiteral("CSU-A"), [this] {
                                  return QDateTime::fromMSecsSinceEpoch(now_ms += 1000);
                              } };

    void fill(int count)
    {
        for (int i = 1; i <= count; ++i) {
            auto appended = journal.record(
                { QStringLiteral("operateur"),
                  QStringLiteral("incident.create"),
                  QStringLiteral("incident"),
                  QString::number(i),
                  QString(),
                  { { QStringLiteral("description"), QStringLiteral("Rixe n°%1").arg(i) } } });
            REQUIRE(appended.ok());
        }
    }

    // Edits the file as an intruder would: the sqlite3 tool, triggers dropped first.
    void tamper(const QString &sql)
    {
        db.reset(); // closes the connection, as the application would be stopped
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     { path,
                       QStringLiteral("DROP TRIGGER IF EXISTS journal_no_update;"
                                      "DROP TRIGGER IF EXISTS journal_no_delete;"
                                      "DROP TRIGGER IF EXISTS journal_payloads_no_update;"
                                      "DROP TRIGGER IF EXISTS journal_payloads_purge_only;")
                           + sql });
        REQUIRE(sqlite.waitForFinished(30000));
        INFO(sqlite.readAllStandardError().toStdString());
        REQUIRE(sqlite.exitCode() == 0);
        db = test::openDatabase(path);
    }

    journal::VerifyReport verify()
    {
        journal::Journal reader(*db, QStringLiteral("CSU-A"));
        return reader.verify();
    }
};

} // namespace

TEST_CASE("an untouched journal verifies, entry by entry", "[journal]")
{
    JournalFixture f;
    f.fill(50);
    const auto report = f.journal.verify();
    CHECK(report.ok());
    CHECK(report.entries == 50);
    CHECK(report.chains == 1);
    CHECK(report.summary().contains(QStringLiteral("50")));
}

TEST_CASE("the event and the record change are kept together, or neither", "[journal]")
{
    JournalFixture f;
    f.fill(2);
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE things (name TEXT NOT NULL)")));
    auto failed
        = f.journal.record({ QStringLiteral("operateur"),
                             QStringLiteral("thing.create"),
                             QStringLiteral("thing"),
                             QStringLiteral("1"),
                             QString(),
                             {} },
                           [&]() -> Status {
                               QSqlQuery insert(f.db->connection());
                               if (!insert.exec(QStringLiteral("INSERT INTO things VALUES ('a')")))
                                   return Status::failure(insert.lastError().text());
                               return Status::failure(QStringLiteral("refused"));
                           });
    CHECK_FALSE(failed.ok());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM things")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    auto next = f.journal.record({ QStringLiteral("operateur"),
                                   QStringLiteral("thing.create"),
                                   QStringLiteral("thing"),
                                   QStringLiteral("1"),
                                   QString(),
                                   {} });
    REQUIRE(next.ok());
    CHECK(next.value().seq == 3); // no hole left by the rolled-back attempt
    CHECK(f.journal.verify().ok());
}

TEST_CASE("SQL refuses to update or delete journal entries", "[journal]")
{
    JournalFixture f;
    f.fill(3);
    QSqlQuery q(f.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE journal SET action = 'x' WHERE seq = 2")));
    CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM journal WHERE seq = 3")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE journal_payloads SET payload = '{}'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM journal_payloads")));
    CHECK(f.journal.verify().ok());
}

TEST_CASE("an altered entry is named", "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    f.tamper(QStringLiteral("UPDATE journal SET user_login = 'superviseur' WHERE seq = 4;"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::Altered);
    CHECK(report.findings[0].seq == 4);
    CHECK(report.findings[0].message.contains(QStringLiteral("4")));
}

TEST_CASE("altered content of an entry is named", "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    f.tamper(QStringLiteral("UPDATE journal_payloads SET payload = '{\"description\":\"RAS\"}'"
                            " WHERE uuid = (SELECT uuid FROM journal WHERE seq = 7);"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::PayloadAltered);
    CHECK(report.findings[0].seq == 7);
}

TEST_CASE("a removed entry is named", "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    f.tamper(QStringLiteral("DELETE FROM journal WHERE seq = 6;"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::Removed);
    CHECK(report.findings[0].seq == 6);
}

TEST_CASE("content removed outside a purge is named", "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    f.tamper(QStringLiteral(
        "DELETE FROM journal_payloads WHERE uuid = (SELECT uuid FROM journal WHERE seq = 2);"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::PayloadRemoved);
    CHECK(report.findings[0].seq == 2);
}

TEST_CASE("an inserted entry is named", "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    // Make room at 5 by renumbering (highest first, to keep the key unique), then slip a copy of
    // entry 2 in with a new uuid.
    QString renumber;
    for (int seq = 10; seq >= 5; --seq)
        renumber
            += QStringLiteral("UPDATE journal SET seq = %1 WHERE seq = %2;").arg(seq + 1).arg(seq);
    f.tamper(
        renumber
        + QStringLiteral(
            "INSERT INTO journal SELECT workstation, 5, 'f00dbabe-0000-4000-8000-000000000005', "
            "hlc,"
            " user_login, action, object_type, object_id, motive, payload_hash, prev_hash, hash"
            " FROM journal WHERE seq = 2;"
            "INSERT INTO journal_payloads SELECT 'f00dbabe-0000-4000-8000-000000000005', payload"
            " FROM journal_payloads WHERE uuid = (SELECT uuid FROM journal WHERE seq = 2);"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::Inserted);
    CHECK(report.findings[0].seq == 5);
}

TEST_CASE("two swapped entries are named as reordered", "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    f.tamper(QStringLiteral("UPDATE journal SET seq = 1000 WHERE seq = 5;"
                            "UPDATE journal SET seq = 5 WHERE seq = 6;"
                            "UPDATE journal SET seq = 6 WHERE seq = 1000;"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::Reordered);
    CHECK(report.findings[0].seq == 5);
}

TEST_CASE("an entry altered with its hash recomputed is still caught by the next one",
          "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    auto events = f.journal.events(QStringLiteral("CSU-A"), 2, 1);
    REQUIRE(events.size() == 1);
    journal::Event forged = events.first();
    forged.user = QStringLiteral("superviseur");
    const QByteArray rehashed = forged.computeHash();
    f.tamper(
        QStringLiteral("UPDATE journal SET user_login = 'superviseur', hash = '%1' WHERE seq = 3;")
            .arg(QString::fromLatin1(rehashed)));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::Altered);
    CHECK(report.findings[0].seq == 3);
}

TEST_CASE("a purge removes old content, keeps the chain, and is itself journaled",
          "[journal][retention]")
{
    JournalFixture f;
    f.fill(5);
    const QDateTime cut = QDateTime::fromMSecsSinceEpoch(f.now_ms + 1);
    f.fill(3);
    auto purged = f.journal.purgePayloads(QStringLiteral("incident"), cut, QStringLiteral("admin"),
                                          QStringLiteral("durée de conservation échue"));
    REQUIRE(purged.ok());
    CHECK(purged.value() == 5);
    const auto report = f.journal.verify();
    INFO(report.summary().toStdString());
    CHECK(report.ok());
    CHECK(report.entries == 9);
    const auto events = f.journal.events(QStringLiteral("CSU-A"), 0, 100);
    REQUIRE(events.size() == 9);
    CHECK(events[0].payloadPurged);
    CHECK(events[0].payload.isEmpty());
    CHECK(events[5].payload.value(QStringLiteral("description")).toString()
          == QStringLiteral("Rixe n°1") /* first entry after the cut */);
    CHECK(events[8].action == QStringLiteral("journal.purge"));
    CHECK(events[8].payload.value(QStringLiteral("purged")).toInt() == 5);
    CHECK(events[8].motive == QStringLiteral("durée de conservation échue"));
}

TEST_CASE("events stay ordered when the wall clock steps back", "[journal][hlc]")
{
    JournalFixture f;
    f.fill(3);
    f.now_ms -= 3600 * 1000; // the clock was corrected one hour back
    f.fill(2);
    const auto events = f.journal.events(QStringLiteral("CSU-A"), 0, 10);
    REQUIRE(events.size() == 5);
    for (int i = 1; i < events.size(); ++i)
        CHECK(events[i - 1].hlc < events[i].hlc);
    journal::HybridLogicalClock clock;
    clock.observe({ f.now_ms + 5000, 7 }, f.now_ms);
    CHECK(clock.now(f.now_ms) > journal::HlcTime { f.now_ms + 5000, 7 });
}

TEST_CASE("each workstation keeps its own chain in one database", "[journal]")
{
    JournalFixture f;
    f.fill(3);
    journal::Journal other(*f.db, QStringLiteral("CSU-B"));
    REQUIRE(other
                .record({ QStringLiteral("superviseur"),
                          QStringLiteral("shift.open"),
                          QStringLiteral("shift"),
                          QStringLiteral("1"),
                          QString(),
                          {} })
                .ok());
    const auto report = f.journal.verify();
    CHECK(report.ok());
    CHECK(report.chains == 2);
    CHECK(report.entries == 4);
    CHECK(other.events(QStringLiteral("CSU-B"), 0, 10).first().seq == 1);
}
