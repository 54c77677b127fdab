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
        { 3,
          QStringLiteral("habilitations, shifts, incident typology, incidents"),
          {
              QStringLiteral("CREATE TABLE habilitations ("
                             " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
                             " designated_by TEXT NOT NULL,"
                             " designation_ref TEXT NOT NULL DEFAULT '',"
                             " territory TEXT NOT NULL,"
                             " training_date TEXT NOT NULL,"
                             " expires_on TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE shifts ("
                             " id TEXT PRIMARY KEY,"
                             " workstation TEXT NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " label TEXT NOT NULL,"
                             " starts_at TEXT NOT NULL,"
                             " ends_at TEXT NOT NULL,"
                             " opened_by TEXT NOT NULL,"
                             " chef TEXT NOT NULL,"
                             " team TEXT NOT NULL DEFAULT '[]',"
                             " status TEXT NOT NULL CHECK (status IN ('open', 'handed_over',"
                             "   'closed', 'signed')),"
                             " handover TEXT NOT NULL DEFAULT '{}',"
                             " handed_over_by TEXT, handed_over_at TEXT,"
                             " incoming_ack_by TEXT, incoming_ack_at TEXT,"
                             " visa_by TEXT, visa_at TEXT, visa_comment TEXT,"
                             " last_hlc TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX shifts_workstation ON shifts (workstation, status)"),
              QStringLiteral("CREATE TABLE incident_categories ("
                             " code TEXT PRIMARY KEY,"
                             " label TEXT NOT NULL,"
                             " parent_code TEXT REFERENCES incident_categories(code),"
                             " position INTEGER NOT NULL DEFAULT 0,"
                             " active INTEGER NOT NULL DEFAULT 1)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('persons', 'Atteintes aux personnes', NULL, 0)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('persons.assault', 'Agression, rixe', 'persons', 1)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('persons.threat', 'Menaces, harcèlement', 'persons', 2)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('persons.robbery', 'Vol avec violence', 'persons', 3)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('property', 'Atteintes aux biens', NULL, 4)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('property.theft', 'Vol', 'property', 5)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('property.damage', 'Dégradation', 'property', 6)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('property.tag', 'Tag, graffiti', 'property', 7)"),
              QStringLiteral(
                  "INSERT INTO incident_categories (code, label, parent_code, position) VALUES "
                  "('property.vehicle_fire', 'Incendie de véhicule', 'property', 8)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('tranquillity', 'Tranquillité publique', NULL, 9)"),
              QStringLiteral(
                  "INSERT INTO incident_categories (code, label, parent_code, position) VALUES "
                  "('tranquillity.gathering', 'Regroupement', 'tranquillity', 10)"),
              QStringLiteral(
                  "INSERT INTO incident_categories (code, label, parent_code, position) VALUES "
                  "('tranquillity.noise', 'Nuisances sonores', 'tranquillity', 11)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('tranquillity.rodeo', 'Rodéo motorisé', 'tranquillity', 12)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('tranquillity.drunkenness', 'Ivresse sur la voie publique', "
                             "'tranquillity', 13)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('traffic', 'Circulation et stationnement', NULL, 14)"),
              QStringLiteral(
                  "INSERT INTO incident_categories (code, label, parent_code, position) VALUES "
                  "('traffic.accident', 'Accident de la circulation', 'traffic', 15)"),
              QStringLiteral(
                  "INSERT INTO incident_categories (code, label, parent_code, position) VALUES "
                  "('traffic.nuisance_parking', 'Stationnement gênant', 'traffic', 16)"),
              QStringLiteral(
                  "INSERT INTO incident_categories (code, label, parent_code, position) VALUES "
                  "('traffic.abandoned_car', 'Véhicule ventouse', 'traffic', 17)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('traffic.wreck', 'Épave', 'traffic', 18)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('dumping', 'Dépôt sauvage', NULL, 19)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('rescue', 'Secours à personne', NULL, 20)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('building_alarm', 'Alarme de bâtiment communal', NULL, 21)"),
              QStringLiteral(
                  "INSERT INTO incident_categories (code, label, parent_code, position) VALUES "
                  "('building_alarm.intrusion', 'Intrusion', 'building_alarm', 22)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('building_alarm.fire', 'Incendie', 'building_alarm', 23)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('building_alarm.attack', 'Agression', 'building_alarm', 24)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('requisition', 'Réquisition, visionnage', NULL, 25)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('bailleur', 'Bailleur social', NULL, 26)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('technical', 'Panne technique', NULL, 27)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('technical.camera', 'Caméra', 'technical', 28)"),
              QStringLiteral("INSERT INTO incident_categories (code, label, parent_code, position) "
                             "VALUES ('technical.network', 'Réseau', 'technical', 29)"),
              QStringLiteral(
                  "INSERT INTO incident_categories (code, label, parent_code, position) VALUES "
                  "('technical.workstation', 'Poste de travail', 'technical', 30)"),
              QStringLiteral("CREATE TABLE incidents ("
                             " id TEXT NOT NULL UNIQUE,"
                             " number TEXT NOT NULL UNIQUE,"
                             " workstation TEXT NOT NULL,"
                             " shift_id TEXT,"
                             " occurred_at TEXT NOT NULL,"
                             " occurred_ms INTEGER NOT NULL,"
                             " operator_login TEXT NOT NULL,"
                             " operator_matricule TEXT NOT NULL,"
                             " category TEXT NOT NULL,"
                             " subcategory TEXT NOT NULL DEFAULT '',"
                             " camera_number INTEGER,"
                             " place TEXT NOT NULL DEFAULT '',"
                             " insee_code TEXT NOT NULL DEFAULT '',"
                             " description TEXT NOT NULL DEFAULT '',"
                             " persons TEXT NOT NULL DEFAULT '',"
                             " partners TEXT NOT NULL DEFAULT '[]',"
                             " outcome TEXT NOT NULL DEFAULT '',"
                             " links TEXT NOT NULL DEFAULT '[]',"
                             " status TEXT NOT NULL CHECK (status IN ('open', 'closed')),"
                             " snapshot TEXT NOT NULL DEFAULT '',"
                             " snapshot_sha256 TEXT NOT NULL DEFAULT '',"
                             " signed_by TEXT, signed_at TEXT,"
                             " concurrent_edits INTEGER NOT NULL DEFAULT 0,"
                             " last_hlc TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX incidents_time ON incidents (occurred_ms)"),
              QStringLiteral(
                  "CREATE INDEX incidents_category ON incidents (category, occurred_ms)"),
              QStringLiteral(
                  "CREATE INDEX incidents_camera ON incidents (camera_number, occurred_ms)"),
              QStringLiteral("CREATE INDEX incidents_status ON incidents (status, occurred_ms)"),
              QStringLiteral("CREATE INDEX incidents_shift ON incidents (shift_id)"),
              QStringLiteral("CREATE VIRTUAL TABLE incidents_fts USING fts5(number, category,"
                             " place, description, outcome, persons, content='incidents',"
                             " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"),
              QStringLiteral("CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN"
                             " INSERT INTO incidents_fts (rowid, number, category, place,"
                             " description, outcome, persons) VALUES (new.rowid, new.number,"
                             " new.category, new.place, new.description, new.outcome,"
                             " new.persons); END"),
              QStringLiteral("CREATE TRIGGER incidents_fts_update AFTER UPDATE ON incidents BEGIN"
                             " INSERT INTO incidents_fts (incidents_fts, rowid, number, category,"
                             " place, description, outcome, persons) VALUES ('delete', old.rowid,"
                             " old.number, old.category, old.place, old.description, old.outcome,"
                             " old.persons);"
                             " INSERT INTO incidents_fts (rowid, number, category, place,"
                             " description, outcome, persons) VALUES (new.rowid, new.number,"
                             " new.category, new.place, new.description, new.outcome,"
                             " new.persons); END"),
          } },
        { 4,
          QStringLiteral("main courante rows leave the search index when purged"),
          {
              QStringLiteral("CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN"
                             " INSERT INTO incidents_fts (incidents_fts, rowid, number, category,"
                             " place, description, outcome, persons) VALUES ('delete', old.rowid,"
                             " old.number, old.category, old.place, old.description, old.outcome,"
                             " old.persons); END"),
          } },
        { 5,
          QStringLiteral("central sync: reference rows last exchanged with central"),
          {
              // The digest and central version of each user, camera or category as last sent
              // to or received from central: a row whose digest changed has a local change to
              // push. The cursors live in meta (sync.*).
              QStringLiteral("CREATE TABLE sync_reference ("
                             " kind TEXT NOT NULL,"
                             " key TEXT NOT NULL,"
                             " digest TEXT NOT NULL,"
                             " version INTEGER NOT NULL,"
                             " PRIMARY KEY (kind, key)) WITHOUT ROWID"),
          } },
        { 6,
          QStringLiteral("journal payloads and purge marks keyed by chain position; no hash index"),
          {
              // Keyed like the journal itself, so that verify and the sync read an entry's
              // payload from the neighbouring page instead of one random uuid lookup per entry.
              // DROP TABLE removes the old triggers with the tables, before any row goes.
              QStringLiteral("CREATE TABLE journal_payloads_by_seq ("
                             " workstation TEXT NOT NULL,"
                             " seq INTEGER NOT NULL,"
                             " payload TEXT NOT NULL,"
                             " PRIMARY KEY (workstation, seq)) WITHOUT ROWID"),
              QStringLiteral("INSERT INTO journal_payloads_by_seq (workstation, seq, payload)"
                             " SELECT j.workstation, j.seq, p.payload FROM journal_payloads p"
                             " JOIN journal j ON j.uuid = p.uuid ORDER BY j.workstation, j.seq"),
              QStringLiteral("CREATE TABLE journal_purged_by_seq ("
                             " workstation TEXT NOT NULL,"
                             " seq INTEGER NOT NULL,"
                             " purged_before TEXT NOT NULL,"
                             " PRIMARY KEY (workstation, seq)) WITHOUT ROWID"),
              QStringLiteral("INSERT INTO journal_purged_by_seq (workstation, seq, purged_before)"
                             " SELECT j.workstation, j.seq, x.purged_before FROM journal_purged x"
                             " JOIN journal j ON j.uuid = x.uuid ORDER BY j.workstation, j.seq"),
              QStringLiteral("DROP TABLE journal_payloads"),
              QStringLiteral("DROP TABLE journal_purged"),
              QStringLiteral("ALTER TABLE journal_payloads_by_seq RENAME TO journal_payloads"),
              QStringLiteral("ALTER TABLE journal_purged_by_seq RENAME TO journal_purged"),
              QStringLiteral("CREATE TRIGGER journal_payloads_no_update BEFORE UPDATE ON"
                             " journal_payloads"
                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
              QStringLiteral("CREATE TRIGGER journal_payloads_purge_only BEFORE DELETE ON"
                             " journal_payloads WHEN NOT EXISTS (SELECT 1 FROM journal_purged x"
                             " WHERE x.workstation = OLD.workstation AND x.seq = OLD.seq)"
                             " BEGIN SELECT RAISE(ABORT, 'only a purge removes journal"
                             " content'); END"),
              QStringLiteral("CREATE TRIGGER journal_purged_no_update BEFORE UPDATE ON"
                             " journal_purged"
                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
              QStringLiteral("CREATE TRIGGER journal_purged_no_delete BEFORE DELETE ON"
                             " journal_purged"
                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
              // Only verify's diagnosis of a reordered entry looked entries up by hash: it scans
              // the one broken chain instead, and no append pays for a random index write.
              QStringLiteral("DROP INDEX journal_hash"),
          } },
        { 7,
          QStringLiteral("shifts keep the code of their kind; the label is worded for each reader"),
          {
              // A shift's label was stored in the language of the desk that opened it, so a
              // French register showed "Afternoon...". Rows whose kind is not one of the
              // schedule's codes get it back from their label (the default 3x8 words, in
              // either language), then the label goes: it is rendered from the code and the
              // times whenever the register is read.
              QStringLiteral("UPDATE shifts SET kind = CASE"
                             " WHEN label LIKE 'Matin%' OR label LIKE 'Morning%' THEN 'morning'"
                             " WHEN label LIKE 'Après-midi%' OR label LIKE 'Afternoon%'"
                             "   THEN 'afternoon'"
                             " WHEN label LIKE 'Nuit%' OR label LIKE 'Night%' THEN 'night'"
                             " ELSE kind END"
                             " WHERE kind NOT IN ('morning', 'afternoon', 'night')"
                             "   AND kind NOT GLOB 'shift[0-9]*'"),
              QStringLiteral("ALTER TABLE shifts DROP COLUMN label"),
          } },
        { 8,
          QStringLiteral("journal entries signed by their workstation's key; the public keys"),
          {
              // Hex Ed25519 signature of the entry's hash. NULL only for entries written before
              // signing began: verify reports them as not signed.
              QStringLiteral("ALTER TABLE journal ADD COLUMN signature TEXT"),
              // The public key of each workstation whose chain this register holds, as central
              // enrolled it (this desk's own as its key file says): verify and the pull check
              // the signatures with it.
              QStringLiteral("CREATE TABLE workstation_keys ("
                             " workstation TEXT PRIMARY KEY,"
                             " public_key TEXT NOT NULL)"),
          } },
        { 9,
          QStringLiteral("reference data by authored events; refused ones flagged"),
          {
              // Users, cameras and the typology now reach other desks as journal events: the
              // digests of the rows exchanged with central go with central's reference_rows.
              QStringLiteral("DROP TABLE sync_reference"),
              // Another desk's reference event that this register refused (its author did not
              // hold the right here): the event stays in the journal, unapplied, and is listed
              // for the administrators. Owned by access.
              QStringLiteral("CREATE TABLE reference_refusals ("
                             " workstation TEXT NOT NULL,"
                             " seq INTEGER NOT NULL,"
                             " author TEXT NOT NULL,"
                             " action TEXT NOT NULL,"
                             " object_type TEXT NOT NULL,"
                             " object_id TEXT NOT NULL,"
                             " reason TEXT NOT NULL,"
                             " received_at_ms INTEGER NOT NULL,"
                             " PRIMARY KEY (workstation, seq)) WITHOUT ROWID"),
          } },
        { 10,
          QStringLiteral("viewings in progress; snapshots kept as rows with their retention"),
          {
              // The views a session has opened and not yet closed: what a crash leaves here is
              // closed at the next start ("view.end", reason "unclosed"). Owned by access.
              QStringLiteral("CREATE TABLE open_views ("
                             " camera_number INTEGER NOT NULL,"
                             " user_login TEXT NOT NULL,"
                             " started_ms INTEGER NOT NULL,"
                             " PRIMARY KEY (user_login, camera_number)) WITHOUT ROWID"),
              // Every snapshot file kept (F3, incidents), so that the retention run finds what is
              // past its camera's retention. `held`: attached to a requisition, kept until it is
              // released (set by the requisition register, still to come). Owned by records.
              QStringLiteral("CREATE TABLE snapshots ("
                             " path TEXT PRIMARY KEY,"
                             " camera_number INTEGER NOT NULL,"
                             " taken_ms INTEGER NOT NULL,"
                             " sha256 TEXT NOT NULL,"
                             " held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)))"),
              QStringLiteral("CREATE INDEX snapshots_taken ON snapshots (taken_ms)"),
          } },
        { 11,
          QStringLiteral("the camera directory's zone, address, direction, owner, retirement"),
          {
              // latitude and longitude exist since schema 1. Owned by cameras.
              QStringLiteral("ALTER TABLE cameras ADD COLUMN zone TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE cameras ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE cameras ADD COLUMN bearing_deg REAL"
                             " CHECK (bearing_deg >= 0 AND bearing_deg < 360)"),
              QStringLiteral("ALTER TABLE cameras ADD COLUMN owner TEXT NOT NULL DEFAULT"
                             " 'commune' CHECK (owner IN ('commune', 'bailleur', 'other'))"),
              QStringLiteral("ALTER TABLE cameras ADD COLUMN convention TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE cameras ADD COLUMN verbalisation INTEGER NOT NULL"
                             " DEFAULT 0 CHECK (verbalisation IN (0, 1))"),
              QStringLiteral("ALTER TABLE cameras ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"
                             " CHECK (retired IN (0, 1))"),
          } },
        { 12,
          QStringLiteral("camera health: outages and the desk's watches"),
          {
              // Each time this desk watched its cameras (a run of the program): availability
              // counts only watched time. `seen_ms`: the last heartbeat, where a watch that
              // stopped without saying (a crash) ends. Owned by cameras.
              QStringLiteral("CREATE TABLE camera_watches ("
                             " id INTEGER PRIMARY KEY,"
                             " started_ms INTEGER NOT NULL,"
                             " seen_ms INTEGER NOT NULL,"
                             " ended_ms INTEGER)"),
              // A camera down (no picture for the operator) from `started_ms`; `ended_ms` NULL
              // while it still is. Owned by cameras.
              QStringLiteral("CREATE TABLE camera_outages ("
                             " id INTEGER PRIMARY KEY,"
                             " camera_number INTEGER NOT NULL,"
                             " started_ms INTEGER NOT NULL,"
                             " ended_ms INTEGER,"
                             " state TEXT NOT NULL,"
                             " reason TEXT NOT NULL DEFAULT '',"
                             " ended_by TEXT NOT NULL DEFAULT ''"
                             " CHECK (ended_by IN ('', 'back', 'unwatched')),"
                             " CHECK (ended_ms IS NULL OR ended_ms >= started_ms))"),
              QStringLiteral("CREATE INDEX camera_outages_camera"
                             " ON camera_outages (camera_number, started_ms)"),
              QStringLiteral("CREATE INDEX camera_outages_open ON camera_outages (camera_number)"
                             " WHERE ended_ms IS NULL"),
          } },
        { 13,
          QStringLiteral("video-verbalisation: the NATINF catalogue and the tickets"),
          {
              // The offences that may be video-verbalised, as the catalogue's events set them
              // (reference data). Amounts in euro cents; dates YYYY-MM-DD, '' for no bound.
              // Owned by verbalisation.
              QStringLiteral(
                  "CREATE TABLE natinf_offences ("
                  " code TEXT PRIMARY KEY,"
                  " label TEXT NOT NULL,"
                  " legal_reference TEXT NOT NULL,"
                  " offence_class INTEGER NOT NULL CHECK (offence_class BETWEEN 1 AND 5),"
                  " reduced_cents INTEGER NOT NULL DEFAULT 0,"
                  " standard_cents INTEGER NOT NULL,"
                  " increased_cents INTEGER NOT NULL DEFAULT 0,"
                  " valid_from TEXT NOT NULL DEFAULT '',"
                  " valid_to TEXT NOT NULL DEFAULT '',"
                  " asvp_allowed INTEGER NOT NULL CHECK (asvp_allowed IN (0, 1)),"
                  " to_be_checked INTEGER NOT NULL CHECK (to_be_checked IN (0, 1)))"),
              // A ticket's current state, projected from its events: the whole ticket as the
              // export schema's object in `data`, the columns the list filters on beside it,
              // and the hybrid-logical-clock stamps that make every desk apply crossed events
              // alike. Owned by verbalisation.
              QStringLiteral("CREATE TABLE tickets ("
                             " id TEXT PRIMARY KEY,"
                             " number TEXT NOT NULL UNIQUE,"
                             " state TEXT NOT NULL CHECK (state IN ('draft', 'validated',"
                             "   'exported', 'sent', 'cancelled')),"
                             " captured_ms INTEGER NOT NULL,"
                             " camera_number INTEGER NOT NULL,"
                             " place TEXT NOT NULL,"
                             " plate TEXT NOT NULL,"
                             " natinf_code TEXT NOT NULL,"
                             " agent_login TEXT NOT NULL,"
                             " data TEXT NOT NULL,"
                             " content_hlc TEXT NOT NULL,"
                             " export_hlc TEXT NOT NULL DEFAULT '',"
                             " sent_hlc TEXT NOT NULL DEFAULT '',"
                             " cancel_hlc TEXT NOT NULL DEFAULT '')"),
              QStringLiteral("CREATE INDEX tickets_captured ON tickets (captured_ms)"),
              QStringLiteral("CREATE INDEX tickets_plate ON tickets (plate, captured_ms)"),
          } },
        { 14,
          QStringLiteral("the bailleur register: conventions, calls, requests, viewing sessions"),
          {
              // The landlords' cameras, which play only under a viewing session, and the
              // sessions' grants: what AccessPolicy::checkView reads. Owned by access; the
              // directory's landlord cameras are marked here from the start.
              QStringLiteral("CREATE TABLE restricted_cameras ("
                             " camera_number INTEGER PRIMARY KEY,"
                             " convention TEXT NOT NULL)"),
              QStringLiteral("INSERT INTO restricted_cameras (camera_number, convention)"
                             " SELECT number, convention FROM cameras WHERE owner = 'bailleur'"),
              QStringLiteral("CREATE TABLE view_grants ("
                             " session_id TEXT NOT NULL,"
                             " camera_number INTEGER NOT NULL,"
                             " until_ms INTEGER NOT NULL,"
                             " revoked_ms INTEGER,"
                             " PRIMARY KEY (session_id, camera_number)) WITHOUT ROWID"),
              QStringLiteral("CREATE INDEX view_grants_camera ON view_grants (camera_number)"),
              // The register itself: projections of the "bailleur" and "bailleur_convention"
              // journal events. Owned by records.
              QStringLiteral("CREATE TABLE bailleur_conventions ("
                             " reference TEXT PRIMARY KEY,"
                             " landlord TEXT NOT NULL,"
                             " insee_code TEXT NOT NULL,"
                             " approved_on TEXT NOT NULL,"
                             " expires_on TEXT NOT NULL,"
                             " max_session_min INTEGER NOT NULL CHECK (max_session_min > 0),"
                             " situations TEXT NOT NULL,"
                             " buildings TEXT NOT NULL,"
                             " contacts TEXT NOT NULL,"
                             " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)))"),
              QStringLiteral("CREATE TABLE bailleur_calls ("
                             " id TEXT PRIMARY KEY,"
                             " at_ms INTEGER NOT NULL,"
                             " direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),"
                             " channel TEXT NOT NULL,"
                             " party_name TEXT NOT NULL,"
                             " party_service TEXT NOT NULL,"
                             " party_matricule TEXT NOT NULL,"
                             " party_number TEXT NOT NULL,"
                             " number_key TEXT NOT NULL,"
                             " outcome TEXT NOT NULL,"
                             " convention TEXT NOT NULL,"
                             " operator TEXT NOT NULL,"
                             " source TEXT NOT NULL CHECK (source IN ('desk', 'exchange')),"
                             " exchange_id TEXT NOT NULL,"
                             " note TEXT NOT NULL,"
                             " corrects TEXT NOT NULL,"
                             " correction_reason TEXT NOT NULL)"),
              QStringLiteral("CREATE INDEX bailleur_calls_at ON bailleur_calls (at_ms)"),
              QStringLiteral("CREATE INDEX bailleur_calls_number ON bailleur_calls"
                             " (number_key, at_ms)"),
              QStringLiteral("CREATE TABLE bailleur_requests ("
                             " id TEXT PRIMARY KEY,"
                             " at_ms INTEGER NOT NULL,"
                             " call_id TEXT NOT NULL,"
                             " channel TEXT NOT NULL,"
                             " convention TEXT NOT NULL,"
                             " situation TEXT NOT NULL,"
                             " incident_id TEXT NOT NULL,"
                             " intervention TEXT NOT NULL,"
                             " building TEXT NOT NULL,"
                             " cameras TEXT NOT NULL,"
                             " asked_min INTEGER NOT NULL,"
                             " operator TEXT NOT NULL,"
                             " state TEXT NOT NULL CHECK (state IN ('pending', 'accepted',"
                             " 'refused')),"
                             " refusal TEXT NOT NULL,"
                             " session_id TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE bailleur_sessions ("
                             " id TEXT PRIMARY KEY,"
                             " request_id TEXT NOT NULL,"
                             " convention TEXT NOT NULL,"
                             " cameras TEXT NOT NULL,"
                             " opened_ms INTEGER NOT NULL,"
                             " opened_by TEXT NOT NULL,"
                             " ends_ms INTEGER NOT NULL,"
                             " closed_ms INTEGER,"
                             " closed_by TEXT NOT NULL,"
                             " end_kind TEXT NOT NULL CHECK (end_kind IN ('open', 'hand',"
                             " 'limit')),"
                             " close_reason TEXT NOT NULL,"
                             " extensions TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE bailleur_refusals ("
                             " id TEXT PRIMARY KEY,"
                             " at_ms INTEGER NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " convention TEXT NOT NULL,"
                             " cameras TEXT NOT NULL,"
                             " request_id TEXT NOT NULL,"
                             " user_login TEXT NOT NULL,"
                             " reason TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE bailleur_visas ("
                             " id TEXT PRIMARY KEY,"
                             " at_ms INTEGER NOT NULL,"
                             " supervisor TEXT NOT NULL,"
                             " supervisor_name TEXT NOT NULL,"
                             " from_day TEXT NOT NULL,"
                             " to_day TEXT NOT NULL,"
                             " remark TEXT NOT NULL)"),
          } },
        { 15,
          QStringLiteral("video analytics: detectors per camera, their alarms, their memory"),
          {
              // Each camera's detectors, as their last journaled configuration (JSON). Owned
              // by analytics.
              QStringLiteral("CREATE TABLE analytics_detectors ("
                             " camera INTEGER NOT NULL,"
                             " name TEXT NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " config TEXT NOT NULL,"
                             " changed_by TEXT NOT NULL,"
                             " changed_at TEXT NOT NULL,"
                             " PRIMARY KEY (camera, name)) WITHOUT ROWID"),
              // The alarms raised and their acknowledgement, projected from the journal.
              QStringLiteral("CREATE TABLE analytics_alarms ("
                             " id TEXT PRIMARY KEY,"
                             " camera INTEGER NOT NULL,"
                             " detector TEXT NOT NULL,"
                             " type TEXT NOT NULL,"
                             " at_ms INTEGER NOT NULL,"
                             " details TEXT NOT NULL,"
                             " snapshot BLOB,"
                             " acknowledged_by TEXT,"
                             " acknowledged_ms INTEGER,"
                             " comment TEXT)"),
              QStringLiteral("CREATE INDEX analytics_alarms_at ON analytics_alarms (at_ms)"),
              // What a detector must remember across restarts (a parked vehicle's first
              // sighting): this desk's own, never synced.
              QStringLiteral("CREATE TABLE analytics_states ("
                             " camera INTEGER NOT NULL,"
                             " detector TEXT NOT NULL,"
                             " state TEXT NOT NULL,"
                             " saved_ms INTEGER NOT NULL,"
                             " PRIMARY KEY (camera, detector)) WITHOUT ROWID"),
          } },
        { 16,
          QStringLiteral("video analytics: counts and occupancy per interval, alarm pictures as"
                         " files"),
          {
              // A line's crossings per direction and a lane's occupancy over one interval of
              // one detector, projected from its journal event: one row per event and
              // direction, and for occupancy one row with an empty direction, the mean share
              // of the lane occupied and the milliseconds it was watched; for a line, a row
              // with an empty direction, no share and the milliseconds it watched the quarter
              // (none in counts recorded before it was kept). Owned by analytics.
              QStringLiteral("CREATE TABLE analytics_counts ("
                             " event_id TEXT NOT NULL,"
                             " camera INTEGER NOT NULL,"
                             " detector TEXT NOT NULL,"
                             " from_ms INTEGER NOT NULL,"
                             " to_ms INTEGER NOT NULL,"
                             " direction TEXT NOT NULL,"
                             " count INTEGER NOT NULL DEFAULT 0,"
                             " share REAL,"
                             " observed_ms INTEGER NOT NULL DEFAULT 0,"
                             " PRIMARY KEY (event_id, direction)) WITHOUT ROWID"),
              QStringLiteral("CREATE INDEX analytics_counts_camera ON analytics_counts"
                             " (camera, detector, from_ms)"),
              // An alarm's picture kept as a file under the data folder (relative path) with
              // its SHA-256, so that retention removes it; `snapshot` (the picture inline)
              // stays for the alarms recorded before.
              QStringLiteral("ALTER TABLE analytics_alarms ADD COLUMN snapshot_path TEXT"),
              QStringLiteral("ALTER TABLE analytics_alarms ADD COLUMN snapshot_sha256 TEXT"),
          } },
        { 17,
          QStringLiteral("each operator's favourite cameras and groups of cameras"),
          {
              // Projected from the operators' own journal events; owned by cameras. The
              // favourites are the row whose id is 'favourites'; a group's id is a UUID.
              QStringLiteral("CREATE TABLE camera_selections ("
                             " owner TEXT NOT NULL,"
                             " id TEXT NOT NULL,"
                             " name TEXT NOT NULL,"
                             " cameras TEXT NOT NULL,"
                             " PRIMARY KEY (owner, id)) WITHOUT ROWID"),
          } },
        { 18,
          QStringLiteral("PTZ: each camera's ONVIF address, who steers each PTZ camera"),
          {
              // The device-service address (http://host/onvif/device_service), without
              // credentials: they go to the keyring as the streams' do. Owned by cameras.
              QStringLiteral("ALTER TABLE cameras ADD COLUMN onvif_url TEXT NOT NULL DEFAULT ''"),
              // The steering lease of each PTZ camera as the journal's ptz events last left it
              // (this desk's and the others', synced): who holds it, until when. Owned by
              // cameras (PtzSteering); an expired row is no lease.
              QStringLiteral("CREATE TABLE ptz_leases ("
                             " camera INTEGER PRIMARY KEY,"
                             " holder TEXT NOT NULL,"
                             " holder_name TEXT NOT NULL,"
                             " workstation TEXT NOT NULL,"
                             " until_ms INTEGER NOT NULL,"
                             " taken_from TEXT NOT NULL) WITHOUT ROWID"),
          } },
        { 19,
          QStringLiteral(
              "PTZ: every desk's claim on each camera, so that all desks name one holder"),
          {
              // One row per camera and desk, as that desk's own ptz events (in its chain's
              // order) last left its claim; the holder is then computed from the rows alone, the
              // same on every desk whatever order the chains arrived in (PtzSteering). Replaces
              // ptz_leases, whose one row per camera kept whichever lease a desk heard first.
              // Owned by cameras. HLC times as text (they sort as the times do).
              QStringLiteral("CREATE TABLE ptz_claims ("
                             " camera INTEGER NOT NULL,"
                             " workstation TEXT NOT NULL,"
                             " holder TEXT NOT NULL,"
                             " holder_name TEXT NOT NULL,"
                             " takeover INTEGER NOT NULL,"
                             " since_hlc TEXT NOT NULL,"
                             " until_ms INTEGER NOT NULL,"
                             " taken_from TEXT NOT NULL,"
                             " last_hlc TEXT NOT NULL,"
                             " takeover_hlc TEXT NOT NULL,"
                             " PRIMARY KEY (camera, workstation)) WITHOUT ROWID"),
              QStringLiteral("DROP TABLE ptz_leases"),
          } },
        { 20,
          QStringLiteral("the camera directory's changes, for the running desks"),
          {
              // Which camera each write to the directory touched, at which revision: written
              // by these triggers, so that every path (this desk, vigiectl on the same file,
              // an import, another desk's events projected by sync) is seen, and a running
              // desk finds what changed with one indexed read. Owned by cameras.
              QStringLiteral("CREATE TABLE camera_changes ("
                             " number INTEGER PRIMARY KEY,"
                             " revision INTEGER NOT NULL)"),
              QStringLiteral("CREATE INDEX camera_changes_revision ON camera_changes (revision)"),
              QStringLiteral("CREATE TRIGGER cameras_changed_insert AFTER INSERT ON cameras"
                             " BEGIN INSERT OR REPLACE INTO camera_changes (number, revision)"
                             " VALUES (NEW.number, (SELECT COALESCE(MAX(revision), 0) + 1"
                             " FROM camera_changes)); END"),
              QStringLiteral("CREATE TRIGGER cameras_changed_update AFTER UPDATE ON cameras"
                             " BEGIN INSERT OR REPLACE INTO camera_changes (number, revision)"
                             " VALUES (NEW.number, (SELECT COALESCE(MAX(revision), 0) + 1"
                             " FROM camera_changes)); END"),
          } },
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace vigie::store
