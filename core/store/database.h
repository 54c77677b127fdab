// One SQLite database file of the local register: opened with WAL, foreign keys and
// synchronous FULL, and brought to the latest schema. One Database object is the file's writer.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace vigie::store {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(vigie::store::Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. A database written by a newer Vigie is refused.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // The register's own marks (table meta: key -> text), kept with the file rather than in the
    // desk's settings: the sync's cursors, for instance. Writes go into the transaction the
    // caller has open, if any. metaValue() is empty for a key never set.
    QString metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);
    // Removes every mark whose key starts with `prefix` ("sync." when the central changes).
    Status removeMetaValues(const QString &prefix);

    // A message in the operator's language for a failed query, with the driver's detail.
    static QString describeError(const QString &what, const class QSqlError &error);

private:
    Database(QSqlDatabase db, QString path, QString connectionName);
    Status migrate();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
};

// Starts a write transaction that takes the file's write lock at once (BEGIN IMMEDIATE). A
// deferred BEGIN that reads first and writes later fails with SQLITE_BUSY_SNAPSHOT when another
// connection (the sync worker, the GUI) wrote in between, whatever the busy timeout; an immediate
// one waits for the lock instead. Returns the error, or an invalid QSqlError on success.
QSqlError beginImmediate(QSqlDatabase &db);

// Runs fn inside a write transaction (BEGIN IMMEDIATE); commits if it returns success, rolls back
// otherwise.
template <typename Fn> Status inTransaction(QSqlDatabase &db, Fn &&fn);

} // namespace vigie::store

#include "core/store/database_inl.h"
