// The schema of the local register, as an ordered list of migrations. A database carries its
// version in PRAGMA user_version; each migration moves it up by one, inside a transaction.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::store {

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace vigie::store
