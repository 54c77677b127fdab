// The journal is append-only and tamper-evident: every kind of editing of the SQLite file with
// the sqlite3 tool is named by verify(), with the entry's sequence number.
#include "core/journal/journal.h"
#include "core/journal/workstation_key.h"
#include "core/store/migrations.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

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

    // Desk CSU-B's chain in the same register, one entry long.
    journal::Journal &otherDesk()
    {
        other = std::make_unique<journal::Journal>(*db, QStringLiteral("CSU-B"));
        REQUIRE(other
                    ->record({ QStringLiteral("superviseur"),
                               QStringLiteral("shift.open"),
                               QStringLiteral("shift"),
                               QStringLiteral("1"),
                               QString(),
                               {} })
                    .ok());
        return *other;
    }
    std::unique_ptr<journal::Journal> other;

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
                            " WHERE workstation = 'CSU-A' AND seq = 7;"));
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
    f.tamper(
        QStringLiteral("DELETE FROM journal_payloads WHERE workstation = 'CSU-A' AND seq = 2;"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::PayloadRemoved);
    CHECK(report.findings[0].seq == 2);
}

TEST_CASE("an inserted entry is named", "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    // Make room at 5 by renumbering the entries and their payloads (highest first, to keep the
    // keys unique), then slip a copy of entry 2 in with a new uuid.
    QString renumber;
    for (int seq = 10; seq >= 5; --seq)
        renumber += QStringLiteral("UPDATE journal SET seq = %1 WHERE seq = %2;"
                                   "UPDATE journal_payloads SET seq = %1 WHERE seq = %2;")
                        .arg(seq + 1)
                        .arg(seq);
    f.tamper(
        renumber
        + QStringLiteral(
            "INSERT INTO journal SELECT workstation, 5, 'f00dbabe-0000-4000-8000-000000000005', "
            "hlc,"
            " user_login, action, object_type, object_id, motive, payload_hash, prev_hash, hash,"
            " signature FROM journal WHERE seq = 2;"
            "INSERT INTO journal_payloads SELECT workstation, 5, payload"
            " FROM journal_payloads WHERE seq = 2;"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::Inserted);
    CHECK(report.findings[0].seq == 5);
}

TEST_CASE("two swapped entries are named as reordered", "[journal][tamper]")
{
    JournalFixture f;
    f.fill(10);
    // The entries and their payloads both, as a careful intruder would.
    QString swap;
    for (const char *table : { "journal", "journal_payloads" })
        swap += QStringLiteral("UPDATE %1 SET seq = 1000 WHERE seq = 5;"
                               "UPDATE %1 SET seq = 5 WHERE seq = 6;"
                               "UPDATE %1 SET seq = 6 WHERE seq = 1000;")
                    .arg(QLatin1String(table));
    f.tamper(swap);
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
    journal::Journal &other = f.otherDesk();
    const auto report = f.journal.verify();
    CHECK(report.ok());
    CHECK(report.chains == 2);
    CHECK(report.entries == 4);
    CHECK(other.events(QStringLiteral("CSU-B"), 0, 10).first().seq == 1);
}

TEST_CASE("a journal written at schema 5 upgrades with its payloads and purges, and verifies",
          "[journal][store]")
{
    // Schema 5 kept payloads and purge marks by uuid. The file is built as that version wrote
    // it: its migrations, then entries hashed here, one of them purged.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    const QString connection = QStringLiteral("schema-5");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const store::Migration &migration : store::migrations()) {
            for (const QString &statement : migration.statements) {
                if (migration.version <= 5)
                    REQUIRE(q.exec(statement));
            }
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        QByteArray previous(64, '0');
        for (int seq = 1; seq <= 4; ++seq) {
            journal::Event e;
            e.workstation = QStringLiteral("CSU-A");
            e.seq = seq;
            e.uuid = QUuid::createUuid();
            e.hlc = { 1764108000000 + seq * 1000, 0 };
            e.user = QStringLiteral("operateur");
            e.action = QStringLiteral("incident.create");
            e.objectType = QStringLiteral("incident");
            e.objectId = QString::number(seq);
            const QByteArray payload = journal::Journal::canonicalJson(
                { { QStringLiteral("description"), QStringLiteral("Rixe n°%1").arg(seq) } });
            e.payloadHash = journal::Journal::sha256Hex(payload);
            e.prevHash = previous;
            e.hash = e.computeHash();
            previous = e.hash;
            const QString uuid = e.uuid.toString(QUuid::WithoutBraces);
            q.prepare(QStringLiteral("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?,"
                                     " ?, ?)"));
            for (const QVariant &value :
                 { QVariant(e.workstation), QVariant(e.seq), QVariant(uuid),
                   QVariant(e.hlc.toString()), QVariant(e.user), QVariant(e.action),
                   QVariant(e.objectType), QVariant(e.objectId),
                   QVariant(QString::fromLatin1(e.payloadHash)),
                   QVariant(QString::fromLatin1(e.prevHash)),
                   QVariant(QString::fromLatin1(e.hash)) })
                q.addBindValue(value);
            REQUIRE(q.exec());
            if (seq == 1) {
                q.prepare(QStringLiteral("INSERT INTO journal_purged VALUES (?, ?)"));
                q.addBindValue(uuid);
                q.addBindValue(e.hlc.toString());
            } else {
                q.prepare(QStringLiteral("INSERT INTO journal_payloads VALUES (?, ?)"));
                q.addBindValue(uuid);
                q.addBindValue(QString::fromUtf8(payload));
            }
            REQUIRE(q.exec());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto db = test::openDatabase(path);
    CHECK(db->schemaVersion() == store::latestSchemaVersion());
    journal::Journal journal(*db, QStringLiteral("CSU-A"));
    auto report = journal.verify();
    INFO(report.summary().toStdString());
    // Written before signing: nothing signed covers them yet, and verify says so.
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::Unverifiable);
    CHECK(report.entries == 4);
    const auto events = journal.events(QStringLiteral("CSU-A"), 0, 10);
    REQUIRE(events.size() == 4);
    CHECK(events[0].payloadPurged);
    CHECK(events[3].payload.value(QStringLiteral("description")).toString()
          == QStringLiteral("Rixe n°4"));
    // The chain goes on from where schema 5 left it, and the triggers guard the new tables.
    REQUIRE(journal
                .record({ QStringLiteral("operateur"),
                          QStringLiteral("incident.update"),
                          QStringLiteral("incident"),
                          QStringLiteral("4"),
                          QString(),
                          {} })
                .ok());
    // The first signed entry covers the four before it through its link.
    report = journal.verify();
    INFO(report.summary().toStdString());
    CHECK(report.ok());
    CHECK(report.entries == 5);
    CHECK(report.unsignedEntries == 4);
    CHECK(report.summary().contains(QStringLiteral("before signing")));
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM journal_payloads WHERE seq = 2")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM journal_purged")));
}

TEST_CASE("the clock's counter never outgrows its text, which keeps sorting in time order",
          "[journal][hlc]")
{
    // A wall clock stuck on one millisecond (a VM paused, a clock stepped back for hours).
    journal::HybridLogicalClock clock;
    const qint64 stuck_ms = 1764108000000;
    QString previous = clock.now(stuck_ms).toString();
    bool inOrder = true;
    for (int i = 0; i < journal::HybridLogicalClock::kMaxLogical + 5; ++i) {
        const QString next = clock.now(stuck_ms).toString();
        inOrder = inOrder && previous < next;
        previous = next;
    }
    CHECK(inOrder);
    CHECK(previous.size() == journal::HlcTime { stuck_ms, 0 }.toString().size());
    CHECK(journal::HlcTime::fromString(previous) == clock.last());
}

TEST_CASE("an event stamped far in the future does not drag this desk's clock there",
          "[journal][hlc][security]")
{
    JournalFixture f;
    f.fill(2);
    // Another desk's event dated next year (a wrong clock, or a forged entry) reaches the
    // register through the sync.
    journal::Event future;
    future.uuid = QUuid::createUuid();
    future.workstation = QStringLiteral("CSU-Z");
    future.seq = 1;
    future.hlc = { f.now_ms + 365LL * 24 * 3600 * 1000, 0 };
    future.user = QStringLiteral("faussaire");
    future.action = QStringLiteral("incident.create");
    future.objectType = QStringLiteral("incident");
    future.objectId = QStringLiteral("x");
    future.prevHash = QByteArray(64, '0');
    future.payloadHash = journal::Journal::sha256Hex(QByteArrayLiteral("{}"));
    future.hash = future.computeHash();
    const QByteArray payload("{}");
    journal::EntryWriter writer(f.db->connection());
    REQUIRE(writer.write(future, &payload).ok());

    const auto appended = f.journal.record({ QStringLiteral("cmartin"),
                                             QStringLiteral("incident.create"),
                                             QStringLiteral("incident"),
                                             QStringLiteral("1"),
                                             QString(),
                                             {} });
    REQUIRE(appended.ok());
    CHECK(appended.value().hlc.physical_ms < f.now_ms + journal::HybridLogicalClock::kMaxDrift_ms);
    // A journal opened afterwards does not follow it either.
    journal::Journal reopened(*f.db, QStringLiteral("CSU-A"),
                              [&] { return QDateTime::fromMSecsSinceEpoch(f.now_ms += 1000); });
    const auto next = reopened.record({ QStringLiteral("cmartin"),
                                        QStringLiteral("incident.create"),
                                        QStringLiteral("incident"),
                                        QStringLiteral("2"),
                                        QString(),
                                        {} });
    REQUIRE(next.ok());
    CHECK(next.value().hlc.physical_ms < f.now_ms + journal::HybridLogicalClock::kMaxDrift_ms);
    CHECK(next.value().hlc > appended.value().hlc);
    // A remote time within the bound is followed, one beyond it is not.
    journal::HybridLogicalClock clock;
    CHECK(clock.observe({ f.now_ms + 60000, 3 }, f.now_ms));
    CHECK(clock.now(f.now_ms) > journal::HlcTime { f.now_ms + 60000, 3 });
    CHECK_FALSE(clock.observe(future.hlc, f.now_ms));
    CHECK(clock.now(f.now_ms) < future.hlc);
}

namespace {

// A workstation id of its own: the signing keys of one test run share one folder.
QString freshWorkstation()
{
    return QStringLiteral("CSU-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

qint64 entries(store::Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM journal")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a chain edited and fully re-hashed on disk is caught by its signatures",
          "[journal][tamper][signature]")
{
    JournalFixture f;
    f.fill(10);
    // The intruder rewrites entry 3 and recomputes every hash from there on, as anyone can:
    // the hashes are plain SHA-256. Only the key could sign the new hashes.
    QList<journal::Event> chain = f.journal.events(QStringLiteral("CSU-A"), 0, 100);
    REQUIRE(chain.size() == 10);
    QString sql;
    QByteArray previous = chain[1].hash;
    for (int i = 2; i < chain.size(); ++i) {
        journal::Event &e = chain[i];
        if (i == 2)
            e.user = QStringLiteral("superviseur");
        e.prevHash = previous;
        e.hash = e.computeHash();
        previous = e.hash;
        sql += QStringLiteral("UPDATE journal SET user_login = '%1', prev_hash = '%2', hash = '%3'"
                              " WHERE workstation = 'CSU-A' AND seq = %4;")
                   .arg(e.user, QString::fromLatin1(e.prevHash), QString::fromLatin1(e.hash))
                   .arg(e.seq);
    }
    f.tamper(sql);
    const auto report = f.verify();
    INFO(report.summary().toStdString());
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::BadSignature);
    CHECK(report.findings[0].seq == 3);
    CHECK(report.findings[0].message.contains(QStringLiteral("signature")));
}

TEST_CASE("a signature replaced by anything that is not one is named", "[journal][signature]")
{
    JournalFixture f;
    f.fill(6);
    f.tamper(QStringLiteral("UPDATE journal SET signature = 'abcd' WHERE seq = 4;"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::BadSignature);
    CHECK(report.findings[0].seq == 4);
}

TEST_CASE("the signing key is the desk account's alone, outside the data folder",
          "[journal][signature]")
{
    JournalFixture f;
    f.fill(1);
    const QString file = journal::WorkstationKey::fileFor(QStringLiteral("CSU-A"));
    REQUIRE(QFileInfo::exists(file));
    CHECK_FALSE(file.startsWith(f.dir.path()));
    CHECK(QFile::permissions(file)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    CHECK_FALSE(QFile::permissions(QFileInfo(file).absolutePath()) & others);
    // Every entry carries its signature, which the key's public half checks.
    const auto key = f.journal.publicKey();
    REQUIRE(key.ok());
    const journal::SignatureCheck check(key.value());
    REQUIRE(check.valid());
    const auto events = f.journal.events(QStringLiteral("CSU-A"), 0, 10);
    REQUIRE(events.size() == 1);
    CHECK(check.holds(events[0].hash, events[0].signature));
    CHECK_FALSE(check.holds(events[0].prevHash, events[0].signature));
}

TEST_CASE("a missing or damaged key stops the writing, says why and loses nothing",
          "[journal][signature]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    const QString workstation = freshWorkstation();
    auto db = test::openDatabase(path);
    const journal::NewEvent event { QStringLiteral("operateur"),
                                    QStringLiteral("incident.create"),
                                    QStringLiteral("incident"),
                                    QStringLiteral("1"),
                                    QString(),
                                    {} };
    {
        journal::Journal journal(*db, workstation);
        for (int i = 0; i < 3; ++i)
            REQUIRE(journal.record(event).ok());
    }
    const QString file = journal::WorkstationKey::fileFor(workstation);
    REQUIRE(QFileInfo::exists(file));

    SECTION("missing: no new key is made over the signed chain")
    {
        REQUIRE(QFile::remove(file));
        journal::Journal journal(*db, workstation);
        const auto refused = journal.record(event);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("missing")));
        CHECK(refused.error().contains(file));
        CHECK_FALSE(QFileInfo::exists(file));
        // verify says which chain it cannot check, instead of passing it.
        const auto report = journal.verify();
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings[0].kind == Finding::Kind::Unverifiable);
    }
    SECTION("damaged: the file is left as it is")
    {
        QFile damaged(file);
        REQUIRE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("-----BEGIN PRIVATE KEY-----\nabimé\n");
        damaged.close();
        journal::Journal journal(*db, workstation);
        const auto refused = journal.record(event);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("damaged")));
        REQUIRE(damaged.open(QIODevice::ReadOnly));
        CHECK(damaged.readAll().contains("abim"));
    }
    CHECK(entries(*db) == 3);
}

TEST_CASE("another desk's chain with no key known here is reported as unverifiable",
          "[journal][signature]")
{
    JournalFixture f;
    f.fill(2);
    f.otherDesk();
    f.tamper(QStringLiteral("DELETE FROM workstation_keys WHERE workstation = 'CSU-B';"));
    const auto report = f.verify();
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].kind == Finding::Kind::Unverifiable);
    CHECK(report.findings[0].workstation == QStringLiteral("CSU-B"));
    CHECK(report.findings[0].message.contains(QStringLiteral("cannot be checked")));
}
