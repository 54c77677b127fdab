#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

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
