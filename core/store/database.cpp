#include "core/store/database.h"

#include "core/common/logging.h"
#include "core/common/paths.h"
#include "core/store/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::store {
namespace {

QAtomicInt g_connectionCounter;
constexpr QFileDevice::Permissions kOwnerReadWrite
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QString Database::describeError(const QString &what, const QSqlError &error)
{
    const QString detail = error.text().trimmed();
    QString hint;
    const QString lower = detail.toLower();
    if (lower.contains(QLatin1String("disk is full")) || lower.contains(QLatin1String("full")))
        hint = tr("The disk is full: free some space, then try again. Nothing already saved "
                  "is lost.");
    else if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only"))
             || lower.contains(QLatin1String("read only")))
        hint = tr("The database is read-only: check the access rights of the data folder.");
    else if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
        hint = tr("The database is busy: try again in a moment.");
    QString message = what;
    if (!hint.isEmpty())
        message += QStringLiteral(". ") + hint;
    if (!detail.isEmpty())
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    return message;
}

Database::Database(QSqlDatabase db, QString path, QString connectionName)
    : m_db(std::move(db)), m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Result<std::unique_ptr<Database>>::failure(
            tr("The SQLite driver of Qt is missing (package libqt6sql6-sqlite)."));

    // The register is the desk's OS account's alone (0600): SQLite gives its -wal and -shm files
    // the mode of the database file, so the file is made before SQLite opens it.
    if (path != QLatin1String(":memory:")) {
        QFile file(path);
        if (!file.exists()
            && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerReadWrite))
            return Result<std::unique_ptr<Database>>::failure(
                tr("Cannot create the database %1: %2").arg(path, file.errorString()));
        file.close();
    }
    const QString name = QStringLiteral("vigie-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    std::unique_ptr<Database> database(new Database(db, path, name));
    if (!database->m_db.open())
        return Result<std::unique_ptr<Database>>::failure(
            describeError(tr("Cannot open the database %1").arg(path), database->m_db.lastError()));

    QSqlQuery query(database->m_db);
    // The header check catches a file that is not SQLite before any pragma writes to it.
    if (!query.exec(QStringLiteral("PRAGMA schema_version")))
        return Result<std::unique_ptr<Database>>::failure(describeError(
            tr("The file %1 is not a Vigie database or is damaged").arg(path), query.lastError()));
    if (path != QLatin1String(":memory:")) {
        // A register made before the files were restricted is tightened at its next opening.
        for (const QString &suffix :
             { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            if (const QString part = path + suffix; QFile::exists(part))
                restrictToOwner(part);
        }
    }
    const QStringList pragmas { QStringLiteral("PRAGMA journal_mode = WAL"),
                                QStringLiteral("PRAGMA foreign_keys = ON"),
                                QStringLiteral("PRAGMA synchronous = FULL") };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return Result<std::unique_ptr<Database>>::failure(
                describeError(tr("Cannot configure the database %1").arg(path), query.lastError()));
    }
    Status migrated = database->migrate();
    if (!migrated.ok())
        return Result<std::unique_ptr<Database>>(migrated);
    qCInfo(lcStore) << "opened" << path << "schema" << database->schemaVersion();
    return Result<std::unique_ptr<Database>>(std::move(database));
}

QSqlError beginImmediate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return query.lastError();
    return QSqlError();
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString();
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Status::failure(
            describeError(tr("Cannot save %1 in the register").arg(key), query.lastError()));
    return Status::success();
}

Status Database::removeMetaValues(const QString &prefix)
{
    QSqlQuery query(m_db);
    // substr, not LIKE: a key may hold '_' or '%', which LIKE would read as wildcards.
    query.prepare(QStringLiteral("DELETE FROM meta WHERE substr(key, 1, length(?)) = ?"));
    query.addBindValue(prefix);
    query.addBindValue(prefix);
    if (!query.exec())
        return Status::failure(
            describeError(tr("Cannot save %1 in the register").arg(prefix), query.lastError()));
    return Status::success();
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current < 0)
        return Status::failure(describeError(tr("Cannot read the schema version of %1").arg(m_path),
                                             m_db.lastError()));
    if (current > latest)
        return Status::failure(
            tr("The database %1 was written by a newer version of Vigie (schema %2; this "
               "version knows up to %3). Install the newer version; the data is untouched.")
                .arg(m_path)
                .arg(current)
                .arg(latest));
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        Status status = inTransaction(m_db, [&]() -> Status {
            QSqlQuery query(m_db);
            for (const QString &statement : migration.statements) {
                if (!query.exec(statement))
                    return Status::failure(describeError(
                        tr("Cannot upgrade the database to schema %1").arg(migration.version),
                        query.lastError()));
            }
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
                return Status::failure(describeError(
                    tr("Cannot upgrade the database to schema %1").arg(migration.version),
                    query.lastError()));
            return Status::success();
        });
        if (!status.ok())
            return status;
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << migration.version
                        << migration.description;
    }
    return Status::success();
}

} // namespace vigie::store
