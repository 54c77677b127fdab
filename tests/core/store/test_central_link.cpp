// The central PostgreSQL that scripts/test starts (ctest fixture "postgres") is reachable
// through Qt's QPSQL driver, with parameterised statements.
#include "tests/support/test_support.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

TEST_CASE("the central PostgreSQL answers through the QPSQL driver", "[central]")
{
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    QFile uriFile(QStringLiteral(VIGIE_BINARY_DIR "/pg-test/uri"));
    INFO("the postgres fixture writes " << uriFile.fileName().toStdString());
    REQUIRE(uriFile.open(QIODevice::ReadOnly));
    const QUrl uri(QString::fromUtf8(uriFile.readAll().trimmed()));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("central"));
        db.setHostName(uri.host());
        db.setPort(uri.port());
        db.setUserName(uri.userName());
        db.setDatabaseName(uri.path().mid(1));
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE probe (name text)")));
        q.prepare(QStringLiteral("INSERT INTO probe (name) VALUES (?)"));
        q.addBindValue(QStringLiteral("Robert'); DROP TABLE probe; --"));
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM probe")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("Robert'); DROP TABLE probe; --"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("central"));
}
