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
        { 2,
          QStringLiteral("append-only hash-chained journal"),
          {
              QStringLiteral("CREATE TABLE journal ("
                             " workstation TEXT NOT NULL,"
                             " seq INTEGER NOT NULL CHECK (seq > 0),"
                             " uuid TEXT NOT NULL UNIQUE,"
                             " hlc TEXT NOT NULL,"
                             " user_login TEXT NOT NULL,"
                             " action TEXT NOT NULL,"
                             " object_type TEXT NOT NULL,"
                             " object_id TEXT NOT NULL,"
                             " motive TEXT NOT NULL,"
                             " payload_hash TEXT NOT NULL,"
                             " prev_hash TEXT NOT NULL,"
                             " hash TEXT NOT NULL,"
                             " PRIMARY KEY (workstation, seq)) WITHOUT ROWID"),
              QStringLiteral("CREATE INDEX journal_object ON journal (object_type, object_id)"),
              QStringLiteral("CREATE INDEX journal_hlc ON journal (hlc)"),
              QStringLiteral("CREATE INDEX journal_hash ON journal (workstation, hash)"),
              // Payloads apart, so that retention can remove them and keep the chain.
              QStringLiteral("CREATE TABLE journal_payloads ("
                             " uuid TEXT PRIMARY KEY,"
                             " payload TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE journal_purged ("
                             " uuid TEXT PRIMARY KEY,"
                             " purged_before TEXT NOT NULL)"),
              QStringLiteral("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
              QStringLiteral("CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
              QStringLiteral("CREATE TRIGGER journal_payloads_no_update BEFORE UPDATE ON"
                             " journal_payloads"
                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
              QStringLiteral("CREATE TRIGGER journal_payloads_purge_only BEFORE DELETE ON"
                             " journal_payloads WHEN NOT EXISTS (SELECT 1 FROM"
                             " journal_purged WHERE uuid = OLD.uuid)"
                             " BEGIN SELECT RAISE(ABORT, 'only a purge removes journal"
                             " content'); END"),
              QStringLiteral("CREATE TRIGGER journal_purged_no_update BEFORE UPDATE ON"
                             " journal_purged"
                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
              QStringLiteral("CREATE TRIGGER journal_purged_no_delete BEFORE DELETE ON"
                             " journal_purged"
                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
          } },
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace vigie::store
