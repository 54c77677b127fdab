#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using vigie::store::Database;

TEST_CASE("a new database is created at the latest schema with WAL and foreign keys", "[store]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    CHECK(db->schemaVersion() == vigie::store::latestSchemaVersion());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2); // FULL
}

TEST_CASE("reopening keeps the data and does not migrate twice", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    {
        auto db = vigie::test::openDatabase(path);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('k', 'v')")));
    }
    auto db = vigie::test::openDatabase(path);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'k'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("v"));
}

TEST_CASE("a database from a newer Vigie is refused with a clear message", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    {
        auto db = vigie::test::openDatabase(path);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    auto reopened = Database::open(path);
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().contains(QStringLiteral("999")));
    CHECK(reopened.error().contains(path));
}

TEST_CASE("a file that is not a database is refused, and left untouched", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray garbage(4096, 'G');
    file.write(garbage);
    file.close();
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == garbage);
}

TEST_CASE("the register's file is readable by its owner only", "[store][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    const auto previous = umask(022); // the usual umask: files are world-readable by default
    // What `ls -l` shows (Qt adds the calling user's own bits beside them).
    auto mode = [](const QString &file) {
        return QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    };
    {
        auto db = vigie::test::openDatabase(path);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('k', 'v')")));
        for (const QString &part : QStringList { path, path + QStringLiteral("-wal") }) {
            INFO(part.toStdString());
            REQUIRE(QFile::exists(part));
            CHECK(mode(part) == (QFile::ReadOwner | QFile::WriteOwner));
        }
    }
    // A register from an earlier version, readable by everyone, is tightened when opened.
    REQUIRE(QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther));
    {
        auto db = vigie::test::openDatabase(path);
        CHECK(mode(path) == (QFile::ReadOwner | QFile::WriteOwner));
    }
    umask(previous);
}

TEST_CASE("a write transaction is not lost to another connection's write", "[store]")
{
    // The sync worker and the GUI each have a connection to the file. A deferred BEGIN that
    // reads, sees the other connection commit, then writes fails with SQLITE_BUSY_SNAPSHOT: the
    // operator's change would be refused with "database is busy". BEGIN IMMEDIATE takes the
    // write lock first, so the other writer waits instead.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    auto db = vigie::test::openDatabase(path);
    QSqlDatabase other
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
    other.setDatabaseName(path);
    other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
    REQUIRE(other.open());
    bool otherWrote = false;
    const vigie::Status status = vigie::store::inTransaction(db->connection(), [&] {
        QSqlQuery read(db->connection());
        REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM meta")));
        REQUIRE(read.next());
        read.finish();
        QSqlQuery write(other);
        otherWrote = write.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('o', '1')"));
        QSqlQuery mine(db->connection());
        if (!mine.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('m', '1')")))
            return vigie::Status::failure(mine.lastError().text());
        return vigie::Status::success();
    });
    INFO(status.error().toStdString());
    CHECK(status.ok());
    CHECK_FALSE(otherWrote); // it waited for the lock (here: gave up after its short timeout)
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'm'")));
    CHECK(q.next());
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
}

TEST_CASE("the register's marks are kept with the file and removed by prefix only", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    {
        auto db = vigie::test::openDatabase(path);
        CHECK(db->metaValue(QStringLiteral("sync.cursor")).isEmpty());
        REQUIRE(db->setMetaValue(QStringLiteral("sync.cursor"), QStringLiteral("41")).ok());
        REQUIRE(db->setMetaValue(QStringLiteral("sync.cursor"), QStringLiteral("42")).ok());
        REQUIRE(db->setMetaValue(QStringLiteral("desk_a.mark"), QStringLiteral("gone")).ok());
        REQUIRE(db->setMetaValue(QStringLiteral("deskXa.mark"), QStringLiteral("kept")).ok());
    }
    auto db = vigie::test::openDatabase(path);
    CHECK(db->metaValue(QStringLiteral("sync.cursor")) == QStringLiteral("42"));
    REQUIRE(db->removeMetaValues(QStringLiteral("sync.")).ok());
    CHECK(db->metaValue(QStringLiteral("sync.cursor")).isEmpty());
    // A prefix is text, not a LIKE pattern: its '_' matches '_' only.
    REQUIRE(db->removeMetaValues(QStringLiteral("desk_")).ok());
    CHECK(db->metaValue(QStringLiteral("desk_a.mark")).isEmpty());
    CHECK(db->metaValue(QStringLiteral("deskXa.mark")) == QStringLiteral("kept"));
}
