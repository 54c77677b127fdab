// Each workstation at central as its own PostgreSQL role, attacked as a dishonest desk would:
// through the real server, logged in with the desk's role and password (SCRAM, not trust), it
// tries to forge another desk's events, rewrite or delete what central holds, clear its own
// refusal, truncate, disable a trigger, plant a function, move another desk's head. Each is
// refused by PostgreSQL itself. And central purges what a desk purges, on the same rules.
#include "app/ctl/ctl.h"
#include "core/common/workstation.h"
#include "core/journal/journal.h"
#include "core/sync/central_verify.h"
#include "tests/core/sync/sync_fixture.h"

#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace vigie;
using vigie::test::CentralDb;
using vigie::test::Desk;

namespace {

// PostgreSQL's insufficient_privilege: no right, not the owner, or a row-level policy.
const QString kRefused = QStringLiteral("42501");

// Runs `sql` on `link` and returns the SQLSTATE it failed with (empty if it went through).
QString refusal(sync::CentralLink &link, const QString &sql)
{
    QSqlQuery q(link.connection());
    const bool done = q.exec(sql);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    CHECK_FALSE(done);
    return q.lastError().nativeErrorCode();
}

// The first entry of `desk`'s journal, as an INSERT into central's events.
QString insertOf(const journal::Event &e)
{
    auto quoted = [](const QString &text) -> QString {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
    };
    return QStringLiteral("INSERT INTO events (uuid, workstation, seq, hlc, user_login, action,"
                          " object_type, object_id, motive, payload_hash, prev_hash, hash)"
                          " VALUES (%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12)")
        .arg(quoted(e.uuid.toString(QUuid::WithoutBraces)), quoted(e.workstation))
        .arg(e.seq)
        .arg(quoted(e.hlc.toString()), quoted(e.user), quoted(e.action), quoted(e.objectType),
             quoted(e.objectId), quoted(e.motive), quoted(QString::fromLatin1(e.payloadHash)),
             quoted(QString::fromLatin1(e.prevHash)), quoted(QString::fromLatin1(e.hash)));
}

} // namespace

TEST_CASE("a desk's role at central appends its own events and can do nothing else",
          "[sync][security]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    a.appendNotes(3);
    b.appendNotes(2);

    // Each desk pushes its own journal as its own role; central moves each head itself.
    for (Desk *desk : { &a, &b }) {
        auto own = central.deskLink(desk->id);
        sync::SyncEngine engine(*desk->db, own->connection(), desk->id);
        sync::SyncReport pushed;
        const Status status = engine.push(pushed);
        INFO(status.error().toStdString());
        REQUIRE(status.ok());
        CHECK(pushed.pushed == desk->journal->lastSeq());
    }
    CHECK(central.count(QStringLiteral("SELECT last_seq FROM workstations WHERE id = 'CSU-B'"))
          == 2);

    auto desk = central.deskLink(a.id);

    SECTION("the role needs its password: the server does not trust it")
    {
        // The same server by another name, whose line in the password file is a wrong one.
        sync::CentralUri uri = central.deskUri(a.id);
        uri.host = QStringLiteral("localhost");
        CentralDb::rememberPassword(uri, QStringLiteral("pas-le-bon"));
        const auto opened = sync::CentralLink::open(uri);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("password authentication failed")));
    }
    SECTION("inserting another desk's events")
    {
        b.appendNotes(1);
        const QList<journal::Event> next = b.journal->events(b.id, 2, 1);
        REQUIRE(next.size() == 1);
        CHECK(refusal(*desk, insertOf(next.first())) == kRefused);
        // The same through the sync, claiming to be CSU-B.
        sync::SyncEngine impostor(*b.db, desk->connection(), b.id);
        sync::SyncReport report;
        CHECK_FALSE(impostor.push(report).ok());
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE workstation ="
                                           " 'CSU-B'"))
              == 2);
    }
    SECTION("updating or deleting events, its own included")
    {
        CHECK(refusal(*desk,
                      QStringLiteral("UPDATE events SET user_login = 'quelquun'"
                                     " WHERE workstation = 'CSU-A'"))
              == kRefused);
        CHECK(refusal(*desk, QStringLiteral("UPDATE events SET payload = NULL")) == kRefused);
        CHECK(refusal(*desk, QStringLiteral("DELETE FROM events WHERE workstation = 'CSU-B'"))
              == kRefused);
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE payload IS NULL"
                                           " OR user_login = 'quelquun'"))
              == 0);
    }
    SECTION("clearing its own refusal, or registering a workstation")
    {
        QSqlQuery q(desk->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT vigie_refuse_own_chain(2, 'chaîne altérée')")));
        CHECK(refusal(*desk,
                      QStringLiteral("UPDATE workstations SET refused_at = NULL,"
                                     " refused_reason = NULL WHERE id = 'CSU-A'"))
              == kRefused);
        CHECK(refusal(*desk, QStringLiteral("DELETE FROM workstations WHERE id = 'CSU-A'"))
              == kRefused);
        CHECK(refusal(*desk, QStringLiteral("INSERT INTO workstations (id) VALUES ('CSU-Z')"))
              == kRefused);
        CHECK(refusal(*desk, QStringLiteral("DELETE FROM chain_refusals")) == kRefused);
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM workstations WHERE id ="
                                           " 'CSU-A' AND refused_at IS NOT NULL"))
              == 1);
        // Its refusal is its own: CSU-B is untouched.
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM workstations WHERE"
                                           " refused_at IS NOT NULL"))
              == 1);
    }
    SECTION("truncating, disabling a trigger, turning off row-level security")
    {
        CHECK(refusal(*desk, QStringLiteral("TRUNCATE events CASCADE")) == kRefused);
        CHECK(refusal(*desk, QStringLiteral("TRUNCATE workstations CASCADE")) == kRefused);
        CHECK(refusal(*desk, QStringLiteral("ALTER TABLE events DISABLE TRIGGER events_check"))
              == kRefused);
        CHECK(refusal(*desk, QStringLiteral("ALTER TABLE events DISABLE TRIGGER ALL")) == kRefused);
        CHECK(refusal(*desk, QStringLiteral("ALTER TABLE events DISABLE ROW LEVEL SECURITY"))
              == kRefused);
        CHECK(refusal(*desk, QStringLiteral("DROP POLICY events_own ON events")) == kRefused);
        CHECK_FALSE(QSqlQuery(desk->connection())
                        .exec(QStringLiteral("SET session_replication_role = replica")));
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events")) == 5);
    }
    SECTION("creating a function or a table, in the schema or as a temporary")
    {
        CHECK(refusal(*desk,
                      QStringLiteral("CREATE FUNCTION public.vigie_json_string(t text, u int)"
                                     " RETURNS text LANGUAGE sql AS 'SELECT t'"))
              == kRefused);
        CHECK(refusal(*desk, QStringLiteral("CREATE TABLE public.records2 (x int)")) == kRefused);
        CHECK(refusal(*desk, QStringLiteral("CREATE TEMP TABLE workstations (id text)"))
              == kRefused);
        CHECK(refusal(*desk, QStringLiteral("CREATE SCHEMA pirate")) == kRefused);
    }
    SECTION("calling central's own functions to move another desk's head or records")
    {
        const QString head
            = QStringLiteral("SELECT last_seq || ':' || last_hash FROM workstations WHERE id = "
                             "'CSU-B'");
        auto owner = central.link();
        QSqlQuery before(owner->connection());
        REQUIRE(before.exec(head));
        REQUIRE(before.next());
        const QString headBefore = before.value(0).toString();
        CHECK(refusal(*desk, QStringLiteral("SELECT vigie_note_heads()")) == kRefused);
        CHECK(refusal(*desk, QStringLiteral("SELECT vigie_apply_purges()")) == kRefused);
        CHECK(refusal(*desk, QStringLiteral("SELECT vigie_project(e) FROM events e LIMIT 1"))
              == kRefused);
        CHECK(refusal(*desk,
                      QStringLiteral("SELECT vigie_enroll('CSU-B', 'SCRAM-SHA-256$4096:x$y:z')"))
              == kRefused);
        // The one function a desk may call reports its own refusal, never another's.
        QSqlQuery q(desk->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT vigie_refuse_own_chain(1, 'CSU-B')")));
        QSqlQuery after(owner->connection());
        REQUIRE(after.exec(head));
        REQUIRE(after.next());
        CHECK(after.value(0).toString() == headBefore);
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM workstations WHERE id ="
                                           " 'CSU-B' AND refused_at IS NOT NULL"))
              == 0);
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM chain_refusals WHERE"
                                           " workstation = 'CSU-B'"))
              == 0);
    }
    SECTION("taking the desks' group role, which is no workstation")
    {
        QSqlQuery q(desk->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT vigie_desk_group()"))
                == false); // not even that: only the owner reads the group's name
        auto owner = central.link();
        QSqlQuery group(owner->connection());
        REQUIRE(group.exec(QStringLiteral("SELECT vigie_desk_group()")));
        REQUIRE(group.next());
        REQUIRE(q.exec(QStringLiteral("SET ROLE \"%1\"").arg(group.value(0).toString())));
        b.appendNotes(1);
        const QList<journal::Event> next = b.journal->events(b.id, 2, 1);
        REQUIRE(next.size() == 1);
        CHECK(refusal(*desk, insertOf(next.first())) == kRefused);
    }
}

TEST_CASE("vigiectl central enroll gives a workstation its role, as an administrator only",
          "[sync][ctl][security]")
{
    CentralDb central;
    QTemporaryDir admin;
    QTemporaryDir other;
    auto run = [](const QStringList &args, const QString &input, QString *out, QString *err) {
        QString stdinText = input;
        QTextStream outStream(out);
        QTextStream errStream(err);
        QTextStream inStream(&stdinText);
        const int code = ctl::run(args, { outStream, errStream, inStream });
        outStream.flush();
        errStream.flush();
        return code;
    };
    QString out;
    QString err;
    const QStringList base { QStringLiteral("--data-dir"), admin.path(),
                             QStringLiteral("--lang"),     QStringLiteral("en"),
                             QStringLiteral("--central"),  central.uri().toString() };
    REQUIRE(run(base + QStringList { QStringLiteral("demo"), QStringLiteral("seed") }, QString(),
                &out, &err)
            == 0);
    QSettings otherSettings(other.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
    const QString otherId = workstationId(otherSettings);
    const QStringList enroll { QStringLiteral("central"), QStringLiteral("enroll"), otherId,
                               QStringLiteral("--user") };

    // An operator may not; nothing is created.
    out.clear();
    err.clear();
    CHECK(run(base + enroll + QStringList { QStringLiteral("operateur") },
              QStringLiteral("operateur\n"), &out, &err)
          == 1);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM workstations")) == 0);

    out.clear();
    err.clear();
    const int code = run(base + enroll + QStringList { QStringLiteral("administrateur") },
                         QStringLiteral("administrateur\n"), &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(code == 0);
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4);
    const QString link = lines.at(1).section(QStringLiteral(": "), 1);
    const QString password = lines.at(3);
    auto uri = sync::CentralUri::parse(link);
    REQUIRE(uri.ok());
    CHECK(uri.value().user.startsWith(QStringLiteral("vigie_")));
    CHECK(uri.value().user != central.uri().user);
    CHECK(password.size() >= 32);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM workstations WHERE id = '%1' AND"
                                       " role = '%2'")
                            .arg(otherId, uri.value().user))
          == 1);
    // The password is nowhere at central: only its SCRAM verifier, in PostgreSQL's catalogue.
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM pg_authid WHERE rolname = '%1'"
                                       " AND rolpassword LIKE 'SCRAM-SHA-256$4096:%%'")
                            .arg(uri.value().user))
          == 1);
    // The other desk connects with it and sends its journal.
    CentralDb::rememberPassword(uri.value(), password);
    const QStringList otherBase { QStringLiteral("--data-dir"), other.path(),
                                  QStringLiteral("--lang"),     QStringLiteral("en"),
                                  QStringLiteral("--central"),  link };
    out.clear();
    err.clear();
    REQUIRE(run(otherBase
                    + QStringList { QStringLiteral("init"), QStringLiteral("--admin"),
                                    QStringLiteral("chef"), QStringLiteral("--name"),
                                    QStringLiteral("Chef de salle") },
                QStringLiteral("mot-de-passe-1\n"), &out, &err)
            == 0);
    out.clear();
    err.clear();
    CHECK(run(otherBase + QStringList { QStringLiteral("sync") }, QString(), &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("sent")));
    CHECK_FALSE(out.startsWith(QStringLiteral("0 ")));
    CHECK(central.count(
              QStringLiteral("SELECT COUNT(*) FROM events WHERE workstation = '%1'").arg(otherId))
          > 0);
    // The administrator's own workstation, not enrolled, is told how to be.
    out.clear();
    err.clear();
    CHECK(run(base + QStringList { QStringLiteral("sync") }, QString(), &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("central enroll")));

    // The desk is stolen: the administrator revokes its role. A session it still has open loses
    // its rights at once, and it can no longer log in.
    auto stolen = sync::CentralLink::open(uri.value());
    REQUIRE(stolen.ok());
    const QStringList revoke { QStringLiteral("central"), QStringLiteral("revoke"), otherId,
                               QStringLiteral("--user") };
    CHECK(run(base + revoke + QStringList { QStringLiteral("operateur") },
              QStringLiteral("operateur\n"), &out, &err)
          == 1);
    out.clear();
    err.clear();
    REQUIRE(run(base + revoke + QStringList { QStringLiteral("administrateur") },
                QStringLiteral("administrateur\n"), &out, &err)
            == 0);
    CHECK(out.contains(QStringLiteral("can no longer connect")));
    QSqlQuery open(stolen.value()->connection());
    CHECK_FALSE(open.exec(QStringLiteral("SELECT COUNT(*) FROM events")));
    // No right left, not even to see the schema's tables.
    CHECK((open.lastError().nativeErrorCode() == QStringLiteral("42501")
           || open.lastError().nativeErrorCode() == QStringLiteral("42P01")));
    const auto again = sync::CentralLink::open(uri.value());
    REQUIRE_FALSE(again.ok());
    // Its password is void too (the role has none any more).
    CHECK(again.error().contains(QStringLiteral("password authentication failed")));
    // Its events stay at central; enrolled again, it gets a new password and its rights back.
    CHECK(central.count(
              QStringLiteral("SELECT COUNT(*) FROM events WHERE workstation = '%1'").arg(otherId))
          > 0);
    out.clear();
    err.clear();
    REQUIRE(run(base + enroll + QStringList { QStringLiteral("administrateur") },
                QStringLiteral("administrateur\n"), &out, &err)
            == 0);
    const QString newPassword = out.trimmed().section(QLatin1Char('\n'), -1);
    CHECK(newPassword != password);
    CHECK_FALSE(sync::CentralLink::open(uri.value()).ok()); // the old password no longer serves
    CentralDb::rememberPassword(uri.value(), newPassword);
    CHECK(sync::CentralLink::open(uri.value()).ok());
}

TEST_CASE("central purges what a desk purges, on the same rules, and the chain still verifies",
          "[sync][retention]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList old;
    // Today's session is recorded after `now`: the purge's limit is a minute later.
    const QDateTime purgeUpTo = now.addSecs(60);
    {
        // Sessions of more than a year ago, then one of today.
        journal::Journal past(*a.db, a.id, [now] { return now.addDays(-400); });
        for (int i = 0; i < 2; ++i) {
            auto e = past.record({ QStringLiteral("cmartin"),
                                   QStringLiteral("login"),
                                   QStringLiteral("session"),
                                   QStringLiteral("ancienne-%1").arg(i),
                                   QString(),
                                   { { QStringLiteral("ip"), QStringLiteral("10.0.0.4") } } });
            REQUIRE(e.ok());
            old.append(e.value().uuid.toString(QUuid::WithoutBraces));
        }
    }
    journal::Journal journal(*a.db, a.id);
    REQUIRE(journal
                .record({ QStringLiteral("cmartin"),
                          QStringLiteral("login"),
                          QStringLiteral("session"),
                          QStringLiteral("du-jour"),
                          QString(),
                          { { QStringLiteral("ip"), QStringLiteral("10.0.0.4") } } })
                .ok());
    a.sync(central);
    const QString heldPayloads = QStringLiteral(
        "SELECT COUNT(*) FROM events WHERE object_type = 'session' AND action = 'login'"
        " AND payload IS NOT NULL");
    REQUIRE(central.count(heldPayloads) == 3);

    // The desk purges every session up to now: past the law's 180 days for the two old ones,
    // not for today's, which central keeps (a desk cannot shorten a retention at central).
    auto purged = journal.purgePayloads(QStringLiteral("session"), purgeUpTo,
                                        QStringLiteral("admin"), QStringLiteral("purge de test"));
    REQUIRE(purged.ok());
    CHECK(purged.value() == 3);
    a.sync(central);
    CHECK(central.count(heldPayloads) == 1);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE uuid IN ('%1', '%2')"
                                       " AND payload IS NULL")
                            .arg(old.at(0), old.at(1)))
          == 2);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE object_id ="
                                       " 'du-jour' AND payload IS NOT NULL"))
          == 1);

    // The chain at central still verifies: the hashes stayed.
    {
        auto owner = central.link();
        auto verified = sync::CentralVerify::run(owner->connection());
        REQUIRE(verified.ok());
        INFO(verified.value().summary().toStdString());
        CHECK(verified.value().ok());
    }
    // A desk that starts from central gets the purged marks, and its journal verifies.
    Desk c(QStringLiteral("CSU-C"));
    c.pullFull(central);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM journal_purged WHERE workstation ="
                                 " 'CSU-A'"))
          == 2);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM journal_payloads p JOIN journal j"
                                 " ON j.workstation = p.workstation AND j.seq = p.seq"
                                 " WHERE j.object_id = 'du-jour'"))
          == 1);
    CHECK(c.journal->verify().ok());

    // A desk's role cannot purge directly.
    auto desk = central.deskLink(a.id);
    QSqlQuery q(desk->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE events SET payload = NULL WHERE object_id ="
                                      " 'du-jour'")));
    CHECK(central.count(heldPayloads) == 1);
}
