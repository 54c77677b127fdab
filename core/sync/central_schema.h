// The central database's own schema, as an ordered list of migrations recorded in the table
// vigie_schema. `vigiectl central init` creates it, `vigiectl central upgrade` brings an older
// central up to date; a workstation refuses a central newer than it knows.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace vigie::sync {

struct CentralMigration
{
    int version = 0;
    QString description;
    QStringList statements;
};

class CentralSchema
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::CentralSchema)
public:
    static const QList<CentralMigration> &migrations();
    static int latestVersion();

    // 0 for an empty database; -1 if it cannot be read.
    static int version(QSqlDatabase &db);
    // Creates the schema in an empty database, up to `target` (latest by default).
    static Result<int> init(QSqlDatabase &db, int target = -1);
    // Applies the migrations after the database's version, up to `target`.
    static Result<int> upgrade(QSqlDatabase &db, int target = -1);
    // The central a workstation may sync with: initialised, and not newer than this build.
    static Status checkUsable(QSqlDatabase &db);
};

} // namespace vigie::sync
