#include "core/store/migrations.h"

namespace vigie::store {

const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        { 1,
          QStringLiteral("users, roles, camera directory"),
          {
              QStringLiteral("CREATE TABLE meta ("
                             " key TEXT PRIMARY KEY,"
                             " value TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE users ("
                             " id INTEGER PRIMARY KEY,"
                             " login TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                             " display_name TEXT NOT NULL,"
                             " matricule TEXT NOT NULL DEFAULT '',"
                             " password_hash TEXT NOT NULL,"
                             " active INTEGER NOT NULL DEFAULT 1,"
                             " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                             " locked_until_ms INTEGER,"
                             " created_at_ms INTEGER NOT NULL,"
                             " password_changed_at_ms INTEGER NOT NULL)"),
              QStringLiteral("CREATE TABLE user_roles ("
                             " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                             " role TEXT NOT NULL CHECK (role IN ('operator', 'police_agent',"
                             " 'asvp', 'supervisor', 'admin')),"
                             " PRIMARY KEY (user_id, role))"),
              QStringLiteral("CREATE TABLE camera_groups ("
                             " id INTEGER PRIMARY KEY,"
                             " name TEXT NOT NULL,"
                             " parent_id INTEGER REFERENCES camera_groups(id),"
                             " position INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE TABLE cameras ("
                             " id INTEGER PRIMARY KEY,"
                             " number INTEGER NOT NULL UNIQUE CHECK (number > 0),"
                             " name TEXT NOT NULL,"
                             " group_id INTEGER REFERENCES camera_groups(id),"
                             " place TEXT NOT NULL DEFAULT '',"
                             " insee_code TEXT NOT NULL DEFAULT '',"
                             " latitude REAL,"
                             " longitude REAL,"
                             " main_url TEXT NOT NULL,"
                             " sub_url TEXT NOT NULL DEFAULT '',"
                             " transport TEXT NOT NULL DEFAULT 'tcp' CHECK (transport IN ('tcp',"
                             " 'udp')),"
                             " retention_days INTEGER NOT NULL DEFAULT 30"
                             "   CHECK (retention_days BETWEEN 1 AND 30),"
                             " ptz INTEGER NOT NULL DEFAULT 0,"
                             " enabled INTEGER NOT NULL DEFAULT 1)"),
              QStringLiteral("CREATE INDEX cameras_group ON cameras(group_id)"),
          } },
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace vigie::store
