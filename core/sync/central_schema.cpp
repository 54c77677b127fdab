#include "core/sync/central_schema.h"

#include "core/sync/central_link.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vigie::sync {
namespace {

// Held by every migration: two workstations running `central init` at once do not interleave.
constexpr qint64 kSchemaLock = 7345600;

} // namespace

const QList<CentralMigration> &CentralSchema::migrations()
{
    static const QList<CentralMigration> list {
        { 1,
          QStringLiteral("workstations, their journals verified on receipt, reference data"),
          {
              QStringLiteral("CREATE TABLE vigie_schema ("
                             " version integer PRIMARY KEY,"
                             " description text NOT NULL,"
                             " applied_at timestamptz NOT NULL DEFAULT now())"),
              // Which central this is: a workstation moved to another one starts its cursors
              // again.
              QStringLiteral("CREATE TABLE central_identity (id uuid PRIMARY KEY)"),
              QStringLiteral("INSERT INTO central_identity VALUES (gen_random_uuid())"),
              QStringLiteral("CREATE TABLE workstations ("
                             " id text PRIMARY KEY,"
                             " last_seq bigint NOT NULL DEFAULT 0,"
                             " last_hash text NOT NULL DEFAULT repeat('0', 64),"
                             " first_seen timestamptz NOT NULL DEFAULT now(),"
                             " last_push timestamptz,"
                             " refused_at timestamptz,"
                             " refused_reason text)"),
              // id: central's order of receipt, which is causal order because pushes take
              // turns (see SyncEngine). payload: the canonical JSON text whose SHA-256 the
              // chain covers; NULL once purged at the source.
              QStringLiteral("CREATE TABLE events ("
                             " id bigserial PRIMARY KEY,"
                             " uuid uuid NOT NULL UNIQUE,"
                             " workstation text NOT NULL REFERENCES workstations(id),"
                             " seq bigint NOT NULL CHECK (seq > 0),"
                             " hlc text COLLATE \"C\" NOT NULL,"
                             " user_login text NOT NULL,"
                             " action text NOT NULL,"
                             " object_type text NOT NULL,"
                             " object_id text NOT NULL,"
                             " motive text NOT NULL,"
                             " payload_hash text NOT NULL,"
                             " prev_hash text NOT NULL,"
                             " hash text NOT NULL,"
                             " payload text,"
                             " received_at timestamptz NOT NULL DEFAULT now(),"
                             " UNIQUE (workstation, seq))"),
              QStringLiteral("CREATE INDEX events_object ON events (object_type, object_id)"),
              QStringLiteral("CREATE INDEX events_hlc ON events (hlc)"),
              QStringLiteral("CREATE TABLE chain_refusals ("
                             " id bigserial PRIMARY KEY,"
                             " workstation text NOT NULL,"
                             " seq bigint NOT NULL,"
                             " reason text NOT NULL,"
                             " refused_at timestamptz NOT NULL DEFAULT now())"),
              QStringLiteral(R"sql(CREATE FUNCTION vigie_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'VG000', MESSAGE = 'the central journal is append-only';
END $f$)sql"),
              QStringLiteral("CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events"
                             " FOR EACH ROW EXECUTE FUNCTION vigie_refuse_change()"),
              // The same bytes as journal::Event::canonical(): JSON strings escaped the same way.
              // Control characters are rare: they take the slow path, character by character;
              // the common path is two replace() in a function PostgreSQL inlines.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_json_escape_slow(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
SELECT COALESCE(string_agg(CASE WHEN ascii(c) < 32 THEN '\u00' || lpad(to_hex(ascii(c)), 2, '0')
                                WHEN c = '"' THEN '\"' WHEN c = '\' THEN '\\' ELSE c END, ''
                                ORDER BY n), '')
  FROM regexp_split_to_table(t, '') WITH ORDINALITY AS s(c, n)
$f$)sql"),
              QStringLiteral(R"sql(CREATE FUNCTION vigie_json_string(t text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
SELECT '"' || CASE WHEN t ~ '[\x01-\x1f]' THEN vigie_json_escape_slow(t)
                   ELSE replace(replace(t, '\', '\\'), '"', '\"') END || '"'
$f$)sql"),
              QStringLiteral(R"sql(CREATE FUNCTION vigie_event_hash(prev_hash text, action text,
  hlc text, motive text, object_id text, object_type text, payload_hash text, seq bigint,
  user_login text, uuid uuid, workstation text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
SELECT encode(sha256(convert_to(prev_hash
  || '{"action":' || vigie_json_string(action)
  || ',"hlc":' || vigie_json_string(hlc)
  || ',"motive":' || vigie_json_string(motive)
  || ',"object_id":' || vigie_json_string(object_id)
  || ',"object_type":' || vigie_json_string(object_type)
  || ',"payload_sha256":"' || payload_hash || '"'
  || ',"seq":' || seq::text
  || ',"user":' || vigie_json_string(user_login)
  || ',"uuid":' || vigie_json_string(uuid::text)
  || ',"workstation":' || vigie_json_string(workstation) || '}', 'UTF8')), 'hex')
$f$)sql"),
              // Central checks every entry as it arrives, whoever sends it: a chain that does
              // not continue from what central holds, or an entry that does not match its hash,
              // is refused and never merged (the error aborts the INSERT). One set-based check
              // per statement: a batch of 1,000 entries costs one query, not 3,000.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_check_events() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  bad record;
BEGIN
  SELECT n.workstation, w.id IS NULL AS unknown, w.refused_reason INTO bad
    FROM (SELECT DISTINCT workstation FROM new_events) n
    LEFT JOIN workstations w ON w.id = n.workstation
   WHERE w.id IS NULL OR w.refused_reason IS NOT NULL LIMIT 1;
  IF FOUND AND bad.unknown THEN
    RAISE EXCEPTION USING ERRCODE = 'VG001',
      MESSAGE = format('workstation %s is not registered', bad.workstation);
  ELSIF FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'VG002',
      MESSAGE = format('the chain of %s is refused: %s', bad.workstation, bad.refused_reason);
  END IF;
  SELECT n.workstation, n.seq,
         n.seq > 1 AND p.hash IS NULL AS missing,
         n.prev_hash IS DISTINCT FROM CASE WHEN n.seq = 1 THEN repeat('0', 64) ELSE p.hash END
           AS unlinked,
         n.hash <> vigie_event_hash(n.prev_hash, n.action, n.hlc, n.motive, n.object_id,
                                    n.object_type, n.payload_hash, n.seq, n.user_login, n.uuid,
                                    n.workstation) AS altered
    INTO bad
    FROM new_events n
    LEFT JOIN events p ON p.workstation = n.workstation AND p.seq = n.seq - 1
   WHERE (n.seq > 1 AND p.hash IS NULL)
      OR n.prev_hash IS DISTINCT FROM CASE WHEN n.seq = 1 THEN repeat('0', 64) ELSE p.hash END
      OR n.hash <> vigie_event_hash(n.prev_hash, n.action, n.hlc, n.motive, n.object_id,
                                    n.object_type, n.payload_hash, n.seq, n.user_login, n.uuid,
                                    n.workstation)
      OR (n.payload IS NOT NULL
          AND encode(sha256(convert_to(n.payload, 'UTF8')), 'hex') <> n.payload_hash)
   ORDER BY n.workstation, n.seq LIMIT 1;
  IF NOT FOUND THEN
    RETURN NULL;
  ELSIF bad.missing THEN
    RAISE EXCEPTION USING ERRCODE = 'VG003',
      MESSAGE = format('entry %s of %s arrives before entry %s', bad.seq, bad.workstation,
                       bad.seq - 1);
  ELSIF bad.unlinked THEN
    RAISE EXCEPTION USING ERRCODE = 'VG004',
      MESSAGE = format('entry %s of %s does not continue the chain central holds', bad.seq,
                       bad.workstation);
  ELSIF bad.altered THEN
    RAISE EXCEPTION USING ERRCODE = 'VG005',
      MESSAGE = format('entry %s of %s does not match its hash (altered)', bad.seq,
                       bad.workstation);
  ELSE
    RAISE EXCEPTION USING ERRCODE = 'VG006',
      MESSAGE = format('the content of entry %s of %s does not match its hash (altered)',
                       bad.seq, bad.workstation);
  END IF;
END $f$)sql"),
              QStringLiteral("CREATE TRIGGER events_check AFTER INSERT ON events"
                             " REFERENCING NEW TABLE AS new_events"
                             " FOR EACH STATEMENT EXECUTE FUNCTION vigie_check_events()"),
              // Shared reference data, one row per user, camera or category: `version` from one
              // sequence, so that a workstation pulls what changed after the last it saw.
              QStringLiteral("CREATE SEQUENCE reference_version"),
              QStringLiteral("CREATE TABLE reference_rows ("
                             " kind text NOT NULL,"
                             " key text NOT NULL,"
                             " data jsonb,"
                             " version bigint NOT NULL,"
                             " updated_by text NOT NULL,"
                             " updated_at timestamptz NOT NULL DEFAULT now(),"
                             " PRIMARY KEY (kind, key))"),
              QStringLiteral("CREATE INDEX reference_rows_version ON reference_rows (version)"),
          } },
        { 2,
          QStringLiteral("records projected from the events, in hybrid-logical-clock order"),
          {
              // A new kind of record is one row here: its events are projected like the others.
              QStringLiteral("CREATE TABLE record_kinds ("
                             " object_type text PRIMARY KEY,"
                             " description text NOT NULL)"),
              QStringLiteral("INSERT INTO record_kinds VALUES ('incident', 'main courante'),"
                             " ('shift', 'shift logs')"),
              // Stamps compare as bytes (COLLATE "C"), whatever the database's locale.
              // state: the payloads merged key by key, the later HLC winning. An edit says
              // which state it was made on (base_hlc); one made on another marks the record.
              QStringLiteral("CREATE TABLE records ("
                             " object_type text NOT NULL,"
                             " object_id text NOT NULL,"
                             " origin text NOT NULL,"
                             " first_hlc text COLLATE \"C\" NOT NULL,"
                             " last_hlc text COLLATE \"C\" NOT NULL,"
                             " edit_hlc text COLLATE \"C\" NOT NULL,"
                             " last_action text NOT NULL,"
                             " events integer NOT NULL,"
                             " concurrent_edits boolean NOT NULL DEFAULT false,"
                             " state jsonb NOT NULL,"
                             " PRIMARY KEY (object_type, object_id))"),
              QStringLiteral(R"sql(CREATE FUNCTION vigie_project(e events) RETURNS void
LANGUAGE plpgsql AS $f$
DECLARE
  r records%ROWTYPE;
  p jsonb;
  base text;
  -- HLC then workstation, as the workstations order a record's events.
  stamp text COLLATE "C" := e.hlc || ' ' || e.workstation;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM record_kinds WHERE object_type = e.object_type) THEN
    RETURN;
  END IF;
  p := COALESCE(e.payload::jsonb, '{}'::jsonb);
  base := p ->> 'base_hlc';
  p := p - 'base_hlc';
  SELECT * INTO r FROM records WHERE object_type = e.object_type AND object_id = e.object_id
    FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO records VALUES (e.object_type, e.object_id, e.workstation, stamp, stamp, stamp,
                                e.action, 1, false, p);
  ELSIF stamp > r.last_hlc THEN
    UPDATE records SET state = r.state || p, last_hlc = stamp, last_action = e.action,
      events = r.events + 1,
      edit_hlc = CASE WHEN base IS NULL THEN r.edit_hlc ELSE stamp END,
      concurrent_edits = r.concurrent_edits OR (base IS NOT NULL AND base <> r.edit_hlc)
    WHERE object_type = e.object_type AND object_id = e.object_id;
  ELSE
    UPDATE records SET state = p || r.state, events = r.events + 1,
      first_hlc = least(r.first_hlc, stamp),
      concurrent_edits = r.concurrent_edits OR base IS NOT NULL
    WHERE object_type = e.object_type AND object_id = e.object_id;
  END IF;
END $f$)sql"),
              // Only the events of record kinds, in the order central received them. A record
              // whose first event is in this batch is created in one INSERT (the common case:
              // new incidents); the other events go through vigie_project one by one.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_project_events() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  e events;
  created bigint[];
BEGIN
  WITH firsts AS (
    SELECT DISTINCT ON (n.object_type, n.object_id) n.*
      FROM new_events n JOIN record_kinds k USING (object_type)
     ORDER BY n.object_type, n.object_id, n.id),
  fresh AS (
    SELECT f.* FROM firsts f
     WHERE NOT EXISTS (SELECT 1 FROM records r
                        WHERE r.object_type = f.object_type AND r.object_id = f.object_id)),
  inserted AS (
    INSERT INTO records
    SELECT object_type, object_id, workstation, hlc || ' ' || workstation,
           hlc || ' ' || workstation, hlc || ' ' || workstation, action, 1, false,
           COALESCE(payload::jsonb, '{}'::jsonb) - 'base_hlc'
      FROM fresh
    RETURNING 1)
  SELECT COALESCE(array_agg(id), '{}') INTO created FROM fresh;
  FOR e IN SELECT n.* FROM new_events n JOIN record_kinds k USING (object_type)
            WHERE n.id <> ALL (created) ORDER BY n.id
  LOOP
    PERFORM vigie_project(e);
  END LOOP;
  RETURN NULL;
END $f$)sql"),
              QStringLiteral("CREATE TRIGGER events_project AFTER INSERT ON events"
                             " REFERENCING NEW TABLE AS new_events"
                             " FOR EACH STATEMENT EXECUTE FUNCTION vigie_project_events()"),
              // The events already held, projected in the order central received them.
              QStringLiteral(R"sql(DO $f$
DECLARE
  e events;
BEGIN
  FOR e IN SELECT * FROM events ORDER BY id LOOP
    PERFORM vigie_project(e);
  END LOOP;
END $f$)sql"),
          } },
        { 3,
          QStringLiteral("one PostgreSQL role per workstation: desks append their own events only"),
          {
              // The desks' group role, one per central database (roles belong to the whole
              // PostgreSQL cluster, and another central may live there): membership in it is
              // what `central enroll` gives a workstation's own role.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_desk_group() RETURNS name
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $f$
SELECT ('vigie_desks_' || replace(id::text, '-', ''))::name FROM central_identity
$f$)sql"),
              QStringLiteral(R"sql(DO $f$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = vigie_desk_group()) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', vigie_desk_group());
  END IF;
END $f$)sql"),
              // Which login role is which workstation: written by the administrator only.
              QStringLiteral("ALTER TABLE workstations ADD COLUMN role name UNIQUE"),
              // A desk appends events of its own workstation only, mapped from the role it
              // logged in as; it reads every event (the pull). The owner, the administrator who
              // ran `central init`, is not bound by these policies.
              QStringLiteral("ALTER TABLE events ENABLE ROW LEVEL SECURITY"),
              QStringLiteral("CREATE POLICY events_read ON events FOR SELECT USING (true)"),
              QStringLiteral("CREATE POLICY events_own ON events FOR INSERT WITH CHECK (workstation"
                             " = (SELECT w.id FROM workstations w WHERE w.role = current_user))"),
              // The bookkeeping a desk used to do by UPDATE, done by central itself: the head of
              // each chain follows what was appended, in the same transaction.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_note_heads() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
BEGIN
  UPDATE workstations w SET last_seq = n.seq, last_hash = n.hash, last_push = now()
    FROM (SELECT DISTINCT ON (workstation) workstation, seq, hash FROM new_events
           ORDER BY workstation, seq DESC) n
   WHERE w.id = n.workstation AND n.seq > w.last_seq;
  RETURN NULL;
END $f$)sql"),
              QStringLiteral("CREATE TRIGGER events_heads AFTER INSERT ON events"
                             " REFERENCING NEW TABLE AS new_events"
                             " FOR EACH STATEMENT EXECUTE FUNCTION vigie_note_heads()"),
              // A desk whose chain central refuses says so here, for itself only: the
              // workstation is the one its login role is enrolled as. Nothing clears a refusal
              // but the administrator.
              QStringLiteral(
                  R"sql(CREATE FUNCTION vigie_refuse_own_chain(from_seq bigint, reason text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  ws text;
BEGIN
  SELECT id INTO ws FROM workstations WHERE role = session_user;
  IF ws IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'VG010',
      MESSAGE = format('no workstation is enrolled as %s', session_user);
  END IF;
  UPDATE workstations SET refused_at = now(), refused_reason = left(reason, 2000)
   WHERE id = ws AND refused_at IS NULL;
  INSERT INTO chain_refusals (workstation, seq, reason) VALUES (ws, from_seq, left(reason, 2000));
END $f$)sql"),
              // The administrator's `vigiectl central enroll`: the workstation's login role,
              // named from its id and this central (quoted, never spliced), with a SCRAM
              // verifier computed by vigiectl so that the password itself never reaches the
              // server or its logs. Enrolling again gives a new password.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_enroll(ws text, verifier text) RETURNS name
LANGUAGE plpgsql SET search_path = public, pg_temp AS $f$
DECLARE
  r name;
  g name := vigie_desk_group();
BEGIN
  IF ws IS NULL OR ws !~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' THEN
    RAISE EXCEPTION USING ERRCODE = 'VG011', MESSAGE = format('invalid workstation id %L', ws);
  END IF;
  IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$' THEN
    RAISE EXCEPTION USING ERRCODE = 'VG012', MESSAGE = 'a SCRAM-SHA-256 verifier is expected';
  END IF;
  r := ('vigie_' || left(lower(regexp_replace(ws, '[^A-Za-z0-9]+', '_', 'g')), 24) || '_'
        || left(md5((SELECT id::text FROM central_identity) || '/' || ws), 8))::name;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', r, verifier, g);
  ELSIF pg_has_role(r, g, 'MEMBER')
        OR EXISTS (SELECT 1 FROM workstations WHERE id = ws AND role = r) THEN
    -- Enrolled again (a lost password, or after vigie_revoke): a new password, its rights back.
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', r, verifier);
    EXECUTE format('GRANT %I TO %I', g, r);
  ELSE
    RAISE EXCEPTION USING ERRCODE = 'VG013',
      MESSAGE = format('role %s exists and is not a workstation of this central', r);
  END IF;
  INSERT INTO workstations (id, role) VALUES (ws, r)
    ON CONFLICT (id) DO UPDATE SET role = excluded.role;
  RETURN r;
END $f$)sql"),
              // The administrator's `vigiectl central revoke` (a desk stolen or retired): its
              // role can no longer log in, and a session still open loses every right at its
              // next statement. Its events stay; `central enroll` gives it a new password.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_revoke(ws text) RETURNS name
LANGUAGE plpgsql SET search_path = public, pg_temp AS $f$
DECLARE
  r name;
BEGIN
  SELECT role INTO r FROM workstations WHERE id = ws;
  IF r IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'VG014',
      MESSAGE = format('workstation %s is not enrolled', ws);
  END IF;
  EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', r);
  EXECUTE format('REVOKE %I FROM %I', vigie_desk_group(), r);
  RETURN r;
END $f$)sql"),
              // The checks and projections run as the owner whoever inserts, with a search
              // path nobody else can write to: a desk needs no right on records.
              QStringLiteral("ALTER FUNCTION vigie_check_events() SECURITY DEFINER"
                             " SET search_path = public, pg_temp"),
              QStringLiteral("ALTER FUNCTION vigie_project_events() SECURITY DEFINER"
                             " SET search_path = public, pg_temp"),
              QStringLiteral("ALTER FUNCTION vigie_project(events) SET search_path = public,"
                             " pg_temp"),
              // Nothing for PUBLIC, now or for what later migrations create; then only what a
              // desk needs: connect, read, append its own events, report its own refusal. No
              // UPDATE, DELETE, TRUNCATE or TRIGGER anywhere, no CREATE, no TEMP; reference
              // rows are read only.
              QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
              QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
              QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC"),
              QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"),
              QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON"
                             " FUNCTIONS FROM PUBLIC"),
              QStringLiteral(R"sql(DO $f$
DECLARE
  g name := vigie_desk_group();
BEGIN
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), g);
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', g);
  EXECUTE format('GRANT SELECT ON vigie_schema, central_identity, workstations, events,'
                 ' reference_rows TO %I', g);
  EXECUTE format('GRANT INSERT ON events TO %I', g);
  EXECUTE format('GRANT USAGE ON SEQUENCE events_id_seq TO %I', g);
  EXECUTE format('GRANT EXECUTE ON FUNCTION vigie_refuse_own_chain(bigint, text) TO %I', g);
END $f$)sql"),
          } },
        { 4,
          QStringLiteral("central purges what each workstation purges, on the same rules"),
          {
              // The shortest retention the law allows for each kind of event
              // (journal::RetentionPolicy::defaults()): a purge event asking for less, forged
              // or from a misconfigured desk, purges only what is older than this.
              QStringLiteral("CREATE TABLE retention_minimums ("
                             " object_type text PRIMARY KEY,"
                             " minimum_days integer NOT NULL CHECK (minimum_days > 0))"),
              QStringLiteral("INSERT INTO retention_minimums VALUES ('incident', 1095),"
                             " ('shift', 1095), ('session', 180), ('permission', 180),"
                             " ('camera', 180), ('user', 365)"),
              QStringLiteral("REVOKE ALL ON retention_minimums FROM PUBLIC"),
              // The append-only rule has one exception: a payload set to NULL, nothing else
              // changed, by the purge below (a desk holds no UPDATE right at all).
              QStringLiteral(R"sql(CREATE OR REPLACE FUNCTION vigie_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('vigie.applying_purge', true) = 'on'
     AND NEW.payload IS NULL AND to_jsonb(NEW) - 'payload' = to_jsonb(OLD) - 'payload' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION USING ERRCODE = 'VG000', MESSAGE = 'the central journal is append-only';
END $f$)sql"),
              QStringLiteral(R"sql(CREATE FUNCTION vigie_hlc_at(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
SELECT lpad(floor(extract(epoch FROM t) * 1000)::bigint::text, 13, '0') || '.00000'
$f$)sql"),
              // A workstation's purge event (journal.purge, the payload saying up to when)
              // purges at central the payloads of that workstation's events it covered: same
              // object type, before the limit, before the purge itself. The hashes stay, so the
              // chain still verifies; a record left with no content goes too.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_apply_purges() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  p record;
  minimum integer;
  lim text COLLATE "C";
BEGIN
  FOR p IN SELECT n.* FROM new_events n
            WHERE n.action = 'journal.purge' AND n.payload IS NOT NULL ORDER BY n.id LOOP
    SELECT minimum_days INTO minimum FROM retention_minimums
     WHERE object_type = p.object_type;
    CONTINUE WHEN minimum IS NULL;
    BEGIN
      lim := COALESCE(p.payload::jsonb ->> 'limit_hlc',
                      vigie_hlc_at((p.payload::jsonb ->> 'before')::timestamptz));
      -- Never closer than the minimum retention, counted from the purge's own time and
      -- from central's clock.
      lim := least(lim COLLATE "C",
                   vigie_hlc_at(to_timestamp(split_part(p.hlc, '.', 1)::bigint / 1000.0)
                                - make_interval(days => minimum)) COLLATE "C",
                   vigie_hlc_at(now() - make_interval(days => minimum)) COLLATE "C");
    EXCEPTION WHEN others THEN
      CONTINUE; -- a payload that says no limit purges nothing
    END;
    CONTINUE WHEN lim IS NULL;
    PERFORM set_config('vigie.applying_purge', 'on', true);
    UPDATE events SET payload = NULL
     WHERE workstation = p.workstation AND object_type = p.object_type AND seq < p.seq
       AND hlc < lim AND payload IS NOT NULL;
    PERFORM set_config('vigie.applying_purge', 'off', true);
    DELETE FROM records r
     WHERE r.object_type = p.object_type
       AND NOT EXISTS (SELECT 1 FROM events e WHERE e.object_type = r.object_type
                          AND e.object_id = r.object_id AND e.payload IS NOT NULL);
  END LOOP;
  RETURN NULL;
END $f$)sql"),
              QStringLiteral("REVOKE ALL ON FUNCTION vigie_apply_purges() FROM PUBLIC"),
              QStringLiteral("REVOKE ALL ON FUNCTION vigie_hlc_at(timestamptz) FROM PUBLIC"),
              QStringLiteral("CREATE TRIGGER events_purge AFTER INSERT ON events"
                             " REFERENCING NEW TABLE AS new_events"
                             " FOR EACH STATEMENT EXECUTE FUNCTION vigie_apply_purges()"),
          } },
        { 5,
          QStringLiteral("journal entries signed by their workstation; the enrolled public keys"),
          {
              // Hex Ed25519 signature of the entry's hash, as the workstation signed it.
              // PostgreSQL cannot check Ed25519: `central verify` and every pulling desk do,
              // against workstations.public_key, which an administrator enrols.
              QStringLiteral("ALTER TABLE events ADD COLUMN signature text"),
              QStringLiteral("ALTER TABLE workstations ADD COLUMN public_key text"),
          } },
        { 6,
          QStringLiteral(
              "reference data by authored journal events only; the viewing log's minimum"),
          {
              // Users, cameras and the typology reach the desks as journal events, each checked
              // by the receiving desk against its own register: the rows any desk could
              // rewrite go.
              QStringLiteral("DROP TABLE reference_rows"),
              QStringLiteral("DROP SEQUENCE reference_version"),
              // The viewing log (view.start / view.end): the CNIL's six months at least.
              QStringLiteral("INSERT INTO retention_minimums VALUES ('viewing', 183)"),
          } },
        { 7,
          QStringLiteral("entries dated too far ahead of central's clock wait"),
          {
              // A desk whose clock (or whose forged events) says 2099 must not drag the other
              // registers there: an entry dated more than five minutes ahead of central's clock
              // (journal::HybridLogicalClock::kMaxDrift_ms) is not taken. VG007 is not a broken
              // chain: the desk keeps it and sends it again later; nothing is flagged.
              QStringLiteral(R"sql(CREATE FUNCTION vigie_hold_ahead() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $f$
DECLARE
  at_ms bigint := split_part(NEW.hlc, '.', 1)::bigint;
BEGIN
  IF at_ms > floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint + 300000 THEN
    RAISE EXCEPTION USING ERRCODE = 'VG007',
      MESSAGE = format('entry %s of %s is dated %s, more than 5 minutes ahead of central''s'
                       ' clock: held back', NEW.seq, NEW.workstation, to_timestamp(at_ms / 1000.0));
  END IF;
  RETURN NEW;
END $f$)sql"),
              QStringLiteral("CREATE TRIGGER events_not_ahead BEFORE INSERT ON events"
                             " FOR EACH ROW EXECUTE FUNCTION vigie_hold_ahead()"),
          } },
        { 8,
          QStringLiteral("purges of listed records; the minimums of the later kinds of event"),
          {
              // The kinds of event desks purge since schema 4 had no minimum here, so central
              // kept them for ever: outages, alarms, PTZ steering (six months at least, as the
              // desks' journal::RetentionPolicy), an alarm's picture (a day: its camera's
              // images go between 1 and 30 days, L252-5).
              QStringLiteral("INSERT INTO retention_minimums VALUES ('camera_health', 183),"
                             " ('analytics_alarm', 183), ('ptz', 183), ('analytics_picture', 1),"
                             " ('analytics_count', 365)"),
              // A purge may list the records it covers ("objects": a picture goes with its
              // camera's retention, shorter than its kind's): then only their events go, and
              // still never closer than the kind's minimum.
              QStringLiteral(R"sql(CREATE OR REPLACE FUNCTION vigie_apply_purges() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  p record;
  minimum integer;
  lim text COLLATE "C";
  listed text[];
BEGIN
  FOR p IN SELECT n.* FROM new_events n
            WHERE n.action = 'journal.purge' AND n.payload IS NOT NULL ORDER BY n.id LOOP
    SELECT minimum_days INTO minimum FROM retention_minimums
     WHERE object_type = p.object_type;
    CONTINUE WHEN minimum IS NULL;
    BEGIN
      lim := COALESCE(p.payload::jsonb ->> 'limit_hlc',
                      vigie_hlc_at((p.payload::jsonb ->> 'before')::timestamptz));
      lim := least(lim COLLATE "C",
                   vigie_hlc_at(to_timestamp(split_part(p.hlc, '.', 1)::bigint / 1000.0)
                                - make_interval(days => minimum)) COLLATE "C",
                   vigie_hlc_at(now() - make_interval(days => minimum)) COLLATE "C");
      listed := NULL;
      IF p.payload::jsonb ? 'objects' THEN
        listed := ARRAY(SELECT jsonb_array_elements_text(p.payload::jsonb -> 'objects'));
      END IF;
    EXCEPTION WHEN others THEN
      CONTINUE; -- a payload that says no limit, or lists no records, purges nothing
    END;
    CONTINUE WHEN lim IS NULL;
    PERFORM set_config('vigie.applying_purge', 'on', true);
    UPDATE events SET payload = NULL
     WHERE workstation = p.workstation AND object_type = p.object_type AND seq < p.seq
       AND hlc < lim AND payload IS NOT NULL
       AND (listed IS NULL OR object_id = ANY (listed));
    PERFORM set_config('vigie.applying_purge', 'off', true);
    DELETE FROM records r
     WHERE r.object_type = p.object_type
       AND (listed IS NULL OR r.object_id = ANY (listed))
       AND NOT EXISTS (SELECT 1 FROM events e WHERE e.object_type = r.object_type
                          AND e.object_id = r.object_id AND e.payload IS NOT NULL);
  END LOOP;
  RETURN NULL;
END $f$)sql"),
              QStringLiteral("REVOKE ALL ON FUNCTION vigie_apply_purges() FROM PUBLIC"),
          } },
    };
    return list;
}

int CentralSchema::latestVersion()
{
    return migrations().constLast().version;
}

int CentralSchema::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('vigie_schema') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM vigie_schema")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<int> CentralSchema::upgrade(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    if (!db.transaction())
        return Result<int>::failure(
            CentralLink::describeError(tr("Cannot start a transaction"), db.lastError()));
    QSqlQuery q(db);
    auto fail = [&](const QString &what) {
        const QSqlError error = q.lastError();
        db.rollback();
        return Result<int>::failure(CentralLink::describeError(what, error));
    };
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock)))
        return fail(tr("Cannot lock the central schema"));
    const int current = version(db);
    if (current < 0)
        return fail(tr("Cannot read the version of the central schema"));
    if (current > latestVersion()) {
        db.rollback();
        return Result<int>::failure(
            tr("The central database is at schema %1; this Vigie knows up to %2. Install the "
               "newer version on this workstation.")
                .arg(current)
                .arg(latestVersion()));
    }
    for (const CentralMigration &migration : migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        for (const QString &statement : migration.statements) {
            if (!q.exec(statement))
                return fail(
                    tr("Cannot upgrade the central database to schema %1").arg(migration.version));
        }
        q.prepare(QStringLiteral("INSERT INTO vigie_schema (version, description) VALUES (?, ?)"));
        q.addBindValue(migration.version);
        q.addBindValue(migration.description);
        if (!q.exec())
            return fail(
                tr("Cannot upgrade the central database to schema %1").arg(migration.version));
    }
    if (!db.commit())
        return fail(tr("Cannot upgrade the central database"));
    return Result<int>(version(db));
}

Result<int> CentralSchema::init(QSqlDatabase &db, int target)
{
    const int current = version(db);
    if (current < 0)
        return Result<int>::failure(CentralLink::describeError(
            tr("Cannot read the version of the central schema"), db.lastError()));
    if (current > 0)
        return Result<int>::failure(
            tr("The central database is already initialised (schema %1): use \"vigiectl central "
               "upgrade\".")
                .arg(current));
    return upgrade(db, target);
}

Status CentralSchema::checkUsable(QSqlDatabase &db)
{
    const int current = version(db);
    if (current < 0)
        return Status::failure(CentralLink::describeError(
            tr("Cannot read the version of the central schema"), db.lastError()));
    if (current == 0)
        return Status::failure(tr("The central database is empty: an administrator runs "
                                  "\"vigiectl central init\" once."));
    if (current > latestVersion())
        return Status::failure(
            tr("The central database is at schema %1; this Vigie knows up to %2. Install the "
               "newer version on this workstation.")
                .arg(current)
                .arg(latestVersion()));
    if (current < latestVersion())
        return Status::failure(tr("The central database is at schema %1 and this Vigie needs %2: "
                                  "an administrator runs \"vigiectl central upgrade\".")
                                   .arg(current)
                                   .arg(latestVersion()));
    return Status::success();
}

} // namespace vigie::sync
