// Workstations sharing one register through a real central PostgreSQL: what one desk records
// appears on the others, offline edits on every desk converge, a retry never duplicates, two
// edits of one incident made apart are both kept and the incident says so, a tampered chain is
// refused, and a central at the previous schema upgrades with its data.
#include "core/journal/journal.h"
#include "core/journal/workstation_key.h"
#include "core/sync/central_verify.h"
#include "tests/core/sync/sync_fixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace vigie;
using vigie::test::CentralDb;
using vigie::test::Desk;
using vigie::test::requireSameRegister;
using vigie::test::seedAndStartBackup;

TEST_CASE("an incident logged on one desk appears on the other through central", "[sync]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    a.seedUsers();
    const records::Incident first = a.logIncident(QStringLiteral("Rixe devant le hall B"));
    a.logIncident(QStringLiteral("Tag sur l'abribus"));

    const sync::SyncReport up = a.sync(central);
    CHECK(up.pushed == a.journal->lastSeq());
    CHECK(up.waiting == 0);
    CHECK(up.pushed > 0); // the accounts went up as the events that made them

    // The backup site starts from central: users, habilitations and the register.
    Desk b(QStringLiteral("CSU-B"));
    const sync::SyncReport down = b.pullFull(central);
    CHECK(down.pulled == a.journal->lastSeq());
    REQUIRE(b.incidents->find(first.number).has_value());
    CHECK(b.incidents->find(first.number)->draft.description == first.draft.description);
    CHECK(b.user(QStringLiteral("cmartin")).displayName == QStringLiteral("Camille Martin"));
    // The operator logs in on the backup desk with the password set on desk A.
    CHECK(b.auth->authenticate(QStringLiteral("cmartin"), QStringLiteral("mot-de-passe-1")).kind
          == access::LoginOutcome::Kind::Success);
    REQUIRE(b.policy->habilitation(b.user(QStringLiteral("cmartin"))).has_value());

    const records::Incident fromB = b.logIncident(QStringLiteral("Dépôt sauvage rue Jean Moulin"));
    b.sync(central);
    a.sync(central);
    REQUIRE(a.incidents->find(fromB.number).has_value());
    CHECK(a.incidents->find(fromB.number)->workstation == QStringLiteral("CSU-B"));

    SECTION("a sync with nothing new moves nothing")
    {
        const sync::SyncReport again = a.sync(central);
        CHECK(again.pushed == 0);
        CHECK(again.pulled == 0);
        CHECK(b.sync(central).pulled == 0);
    }
    b.sync(central);
    requireSameRegister(central, { &a, &b });
}

TEST_CASE("three desks working offline converge when the link returns", "[sync]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    a.seedUsers();
    a.sync(central);
    Desk b(QStringLiteral("CSU-B"));
    Desk c(QStringLiteral("SECOURS-1"));
    b.pullFull(central);
    c.pullFull(central);

    // Apart: each desk records its own, in small batches so that every sync takes several.
    for (int i = 0; i < 7; ++i) {
        a.logIncident(QStringLiteral("Poste A, incident %1").arg(i));
        b.logIncident(QStringLiteral("Poste B, incident %1").arg(i));
        c.logIncident(QStringLiteral("Secours, incident %1").arg(i), QStringLiteral("kbenali"));
    }
    a.appendNotes(120);
    c.appendNotes(45);
    // Central recomputes each entry's hash from its fields: quotes, backslashes, control
    // characters and accents must give the bytes the workstation hashed.
    REQUIRE(a.journal
                ->record({ QStringLiteral("cmartin"),
                           QStringLiteral("camera.view"),
                           QStringLiteral("camera"),
                           QStringLiteral("7\t\"bis\""),
                           QStringLiteral("Réquisition \"OPJ\" C:\\export\nligne 2\x01 — fin"),
                           {} })
                .ok());
    CHECK(sync::SyncEngine::waiting(*a.db, a.id) > 120);

    for (int round = 0; round < 2; ++round) {
        for (Desk *desk : { &a, &b, &c })
            desk->sync(central, 16);
    }
    for (Desk *desk : { &a, &b, &c })
        CHECK(sync::SyncEngine::waiting(*desk->db, desk->id) == 0);
    CHECK(a.incidentRows().size() == 21);
    requireSameRegister(central, { &a, &b, &c });
    // Every desk's incidents and shift logs are on every desk: a supervisor sees them all.
    CHECK(b.count(QStringLiteral("SELECT COUNT(DISTINCT workstation) FROM incidents")) == 3);
    // Central's own projection holds the same records.
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM records WHERE object_type = "
                                       "'incident'"))
          == 21);
}

TEST_CASE("two desks editing one incident apart keep both edits and show it", "[sync]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    a.seedUsers();
    const records::Incident incident = a.logIncident(QStringLiteral("Regroupement, hall C"));
    a.sync(central);
    Desk b(QStringLiteral("CSU-B"));
    b.pullFull(central);

    // A non-conflicting edit first: made after seeing the other's, it crosses nothing.
    records::IncidentDraft edited = incident.draft;
    edited.description = QStringLiteral("Regroupement, hall C : dispersé");
    REQUIRE(b.incidents->update(b.user(QStringLiteral("cmartin")), incident.id, edited).ok());
    b.sync(central);
    a.sync(central);
    REQUIRE_FALSE(a.incidents->find(incident.id)->concurrentEdits);
    CHECK(a.incidents->find(incident.id)->draft.description == edited.description);

    // Now both edit while apart.
    records::IncidentDraft onA = edited;
    onA.description = QStringLiteral("Version du poste A");
    records::IncidentDraft onB = edited;
    onB.description = QStringLiteral("Version du poste B");
    REQUIRE(a.incidents->update(a.user(QStringLiteral("cmartin")), incident.id, onA).ok());
    REQUIRE(b.incidents->update(b.user(QStringLiteral("kbenali")), incident.id, onB).ok());
    CHECK_FALSE(a.incidents->find(incident.id)->concurrentEdits);

    a.sync(central);
    b.sync(central);
    a.sync(central);

    const auto onDeskA = a.incidents->find(incident.id);
    const auto onDeskB = b.incidents->find(incident.id);
    REQUIRE(onDeskA.has_value());
    REQUIRE(onDeskB.has_value());
    CHECK(onDeskA->concurrentEdits);
    CHECK(onDeskB->concurrentEdits);
    // Both desks show the same version: the later in hybrid-logical-clock order.
    CHECK(onDeskA->draft.description == onDeskB->draft.description);
    // Nothing dropped: both edits are in both journals.
    for (Desk *desk : { &a, &b }) {
        CHECK(desk->count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE action ="
                                         " 'incident.update' AND object_id = '%1'")
                              .arg(incident.id))
              == 3);
    }
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM records WHERE object_id = '%1'"
                                       " AND concurrent_edits")
                            .arg(incident.id))
          == 1);
    requireSameRegister(central, { &a, &b });
}

TEST_CASE("a tampered local chain is refused by central and never merged", "[sync]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    a.seedUsers();
    a.logIncident(QStringLiteral("Avant l'altération"));
    a.sync(central);
    const qint64 held = central.count(QStringLiteral("SELECT COUNT(*) FROM events"));
    Desk b(QStringLiteral("CSU-B"));
    b.pullFull(central);

    a.logIncident(QStringLiteral("Incident qui sera altéré"));
    a.logIncident(QStringLiteral("Incident suivant"));
    const qint64 target = a.journal->lastSeq() - 1;

    SECTION("an entry altered before it went up")
    {
        QSqlQuery q(a.db->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER journal_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE journal SET user_login = 'quelquun' WHERE"
                                      " workstation = 'CSU-A' AND seq = %1")
                           .arg(target)));
    }
    SECTION("an entry central already holds, rewritten with its chain")
    {
        // A copy of the register with its own story from entry 3 on: it does not continue
        // from what central holds.
        QSqlQuery q(a.db->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER journal_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE journal SET hash = 'ff' || substr(hash, 3) WHERE"
                                      " workstation = 'CSU-A' AND seq = %1")
                           .arg(held)));
    }
    const sync::SyncReport refused = a.sync(central);
    CHECK(refused.refused);
    CHECK(refused.pushed == 0);
    CHECK_FALSE(refused.refusal.isEmpty());
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events")) == held);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM workstations WHERE id = 'CSU-A'"
                                       " AND refused_at IS NOT NULL"))
          == 1);
    // Flagged for the administrators, and nothing more goes up until they have looked.
    auto link = central.link();
    auto verified = sync::CentralVerify::run(link->connection());
    REQUIRE(verified.ok());
    CHECK_FALSE(verified.value().ok());
    CHECK(verified.value().refusals.size() == 1);
    CHECK(a.sync(central).refused);
    // The other desks keep syncing and never see the refused entries.
    CHECK(b.sync(central).pulled == 0);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE workstation = 'CSU-A'"))
          == held);
}

TEST_CASE("central checks every entry whoever sends it", "[sync]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    a.seedUsers();
    a.sync(central);
    a.logIncident(QStringLiteral("Rixe"));
    const QList<journal::Event> next = a.journal->events(a.id, a.journal->lastSeq() - 1, 1);
    REQUIRE(next.size() == 1);
    const journal::Event &e = next.first();
    auto link = central.link();
    QSqlQuery q(link->connection());
    auto insert = [&](const QString &user, const QByteArray &prevHash) {
        q.prepare(QStringLiteral(
            "INSERT INTO events (uuid, workstation, seq, hlc, user_login, action, object_type,"
            " object_id, motive, payload_hash, prev_hash, hash, payload)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             QVariantList { e.uuid.toString(QUuid::WithoutBraces), e.workstation, e.seq,
                            e.hlc.toString(), user, e.action, e.objectType, e.objectId, e.motive,
                            QString::fromLatin1(e.payloadHash), QString::fromLatin1(prevHash),
                            QString::fromLatin1(e.hash),
                            QString::fromUtf8(journal::Journal::canonicalJson(e.payload)) })
            q.addBindValue(v);
        return q.exec();
    };
    CHECK_FALSE(insert(QStringLiteral("faussaire"), e.prevHash)); // content altered
    CHECK(q.lastError().nativeErrorCode() == QStringLiteral("VG005"));
    CHECK_FALSE(insert(e.user, QByteArray(64, 'a'))); // does not continue the chain
    CHECK(q.lastError().nativeErrorCode() == QStringLiteral("VG004"));
    CHECK(insert(e.user, e.prevHash)); // the genuine entry goes in
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE events SET user_login = 'x'")));
}

TEST_CASE("a central at the previous schema upgrades with its data", "[sync]")
{
    CentralDb central(1);
    Desk a(QStringLiteral("CSU-A"));
    a.seedUsers();
    const records::Incident incident = a.logIncident(QStringLiteral("Avant la mise à jour"));
    {
        // A workstation of a version before signing pushed into it: the columns of schema 1.
        auto link = central.link();
        QSqlQuery q(link->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO workstations (id) VALUES ('CSU-A')")));
        for (const journal::Event &e : a.journal->events(a.id, 0, 1000)) {
            q.prepare(QStringLiteral(
                "INSERT INTO events (uuid, workstation, seq, hlc, user_login, action,"
                " object_type, object_id, motive, payload_hash, prev_hash, hash, payload)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 QVariantList { e.uuid.toString(QUuid::WithoutBraces), e.workstation, e.seq,
                                e.hlc.toString(), e.user, e.action, e.objectType, e.objectId,
                                e.motive, QString::fromLatin1(e.payloadHash),
                                QString::fromLatin1(e.prevHash), QString::fromLatin1(e.hash),
                                QString::fromUtf8(journal::Journal::canonicalJson(e.payload)) })
                q.addBindValue(v);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
        }
        REQUIRE(
            q.exec(QStringLiteral("UPDATE workstations SET last_seq = %1, last_hash = '%2'")
                       .arg(a.journal->lastSeq())
                       .arg(QString::fromLatin1(
                           a.journal->events(a.id, a.journal->lastSeq() - 1, 1).first().hash))));
        // This version refuses to sync with it until it is upgraded.
        sync::SyncEngine engine(*a.db, link->connection(), a.id);
        CHECK_FALSE(engine.syncOnce().ok());
        CHECK(sync::CentralSchema::version(link->connection()) == 1);
        auto upgraded = sync::CentralSchema::upgrade(link->connection());
        INFO(upgraded.error().toStdString());
        REQUIRE(upgraded.ok());
        CHECK(upgraded.value() == sync::CentralSchema::latestVersion());
        CHECK_FALSE(sync::CentralSchema::init(link->connection()).ok());
    }
    // The events already held are projected into the new records table.
    CHECK(
        central.count(
            QStringLiteral("SELECT COUNT(*) FROM records WHERE object_id = '%1'").arg(incident.id))
        == 1);
    a.logIncident(QStringLiteral("Après la mise à jour"));
    a.sync(central);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM records")) == 2);
    // The entries that went up before signing carry no signature: the first signed entry
    // covers them through its link, at central and on the desk that pulls them.
    auto link = central.link();
    auto verified = sync::CentralVerify::run(link->connection());
    REQUIRE(verified.ok());
    INFO(verified.value().summary().toStdString());
    CHECK(verified.value().ok());
    Desk b(QStringLiteral("CSU-B"));
    b.pullFull(central);
    requireSameRegister(central, { &a, &b });
}

TEST_CASE("the central link is a URI without password", "[sync]")
{
    auto uri = sync::CentralUri::parse(
        QStringLiteral("postgresql://vigie@central.mairie.local:5433/vigie?sslmode=verify-full"));
    REQUIRE(uri.ok());
    CHECK(uri.value().host == QStringLiteral("central.mairie.local"));
    CHECK(uri.value().port == 5433);
    CHECK(uri.value().user == QStringLiteral("vigie"));
    CHECK(uri.value().database == QStringLiteral("vigie"));
    CHECK(uri.value().sslMode == QStringLiteral("verify-full"));
    CHECK_FALSE(
        sync::CentralUri::parse(QStringLiteral("postgresql://vigie:secret@host/vigie")).ok());
    CHECK_FALSE(
        sync::CentralUri::parse(QStringLiteral("postgresql://vigie@host/vigie?sslmode=maybe"))
            .ok());
    CHECK_FALSE(sync::CentralUri::parse(QStringLiteral("mysql://vigie@host/vigie")).ok());
}

TEST_CASE("a central server over the network must prove who it is unless the link says otherwise",
          "[sync][security]")
{
    auto sslModeOf = [](const char *text) {
        auto uri = sync::CentralUri::parse(QString::fromLatin1(text));
        REQUIRE(uri.ok());
        return uri.value().sslMode;
    };
    CHECK(sslModeOf("postgresql://vigie@central.mairie.local/vigie")
          == QStringLiteral("verify-full"));
    CHECK(sslModeOf("postgresql://vigie@10.2.0.8:5433/vigie") == QStringLiteral("verify-full"));
    CHECK(sslModeOf("postgresql://vigie@[2001:db8::1]/vigie") == QStringLiteral("verify-full"));
    // On this machine TLS protects nothing: libpq's default.
    CHECK(sslModeOf("postgresql://vigie@127.0.0.1:5433/vigie").isEmpty());
    CHECK(sslModeOf("postgresql://vigie@localhost/vigie").isEmpty());
    CHECK(sslModeOf("postgresql://vigie@[::1]/vigie").isEmpty());
    // An administrator's explicit choice is kept, and shown in the link.
    CHECK(sslModeOf("postgresql://vigie@central.mairie.local/vigie?sslmode=require")
          == QStringLiteral("require"));
    const auto remote = sync::CentralUri::parse(QStringLiteral("postgresql://vigie@central/vigie"));
    REQUIRE(remote.ok());
    CHECK(remote.value().toString().contains(QStringLiteral("sslmode=verify-full")));
    // The separator of Qt's connection options cannot hide in a file name.
    CHECK_FALSE(
        sync::CentralUri::parse(
            QStringLiteral("postgresql://vigie@central/vigie?sslrootcert=/a;sslmode=disable"))
            .ok());
}

TEST_CASE("failed logins and lock-outs reach the other desks", "[sync][auth]")
{
    using access::LoginOutcome;
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    const QString login = QStringLiteral("kbenali");
    const QString guess = QStringLiteral("devine-1");
    // Three guesses on desk A, two on desk B: the fifth of the centre locks the account.
    for (int i = 0; i < 3; ++i)
        CHECK(a.auth->authenticate(login, guess).kind == LoginOutcome::Kind::BadCredentials);
    a.sync(central);
    b.sync(central);
    CHECK(b.auth->authenticate(login, guess).kind == LoginOutcome::Kind::BadCredentials);
    CHECK(b.auth->authenticate(login, guess).kind == LoginOutcome::Kind::Locked);
    // Desk B's lock-out reaches desk A: the right password is refused there too.
    b.sync(central);
    a.sync(central);
    CHECK(a.auth->authenticate(login, QStringLiteral("mot-de-passe-1")).kind
          == LoginOutcome::Kind::Locked);
    // An administrator unlocks the account on desk A; desk B lets its owner in again.
    REQUIRE(a.auth->unlock(a.user(QStringLiteral("admin")), login).ok());
    a.sync(central);
    b.sync(central);
    CHECK(b.auth->authenticate(login, QStringLiteral("mot-de-passe-1")).kind
          == LoginOutcome::Kind::Success);
}

namespace {

// What an intruder holding a copy of desk A's data folder, but not its key, can do: rewrite
// the entries from `from` on and recompute every hash, as anyone can. The signatures stay as
// they were: only the key could make new ones.
void rehashFrom(Desk &desk, qint64 from)
{
    QList<journal::Event> chain = desk.journal->events(desk.id, from - 1, 100000);
    QByteArray previous = desk.journal->events(desk.id, from - 2, 1).first().hash;
    QSqlQuery q(desk.db->connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER journal_no_update")));
    for (journal::Event &e : chain) {
        if (e.seq == from)
            e.user = QStringLiteral("quelquun");
        e.prevHash = previous;
        e.hash = e.computeHash();
        previous = e.hash;
        q.prepare(QStringLiteral("UPDATE journal SET user_login = ?, prev_hash = ?, hash = ?"
                                 " WHERE workstation = ? AND seq = ?"));
        q.addBindValue(e.user);
        q.addBindValue(QString::fromLatin1(e.prevHash));
        q.addBindValue(QString::fromLatin1(e.hash));
        q.addBindValue(desk.id);
        q.addBindValue(e.seq);
        REQUIRE(q.exec());
    }
}

} // namespace

TEST_CASE("a chain re-hashed on disk is caught by central verify and refused by the other desks",
          "[sync][signature]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    seedAndStartBackup(a, b, central);
    const qint64 held = central.count(QStringLiteral("SELECT COUNT(*) FROM events"));
    a.logIncident(QStringLiteral("Incident qui sera réécrit"));
    a.logIncident(QStringLiteral("Incident suivant"));
    // Entries central does not hold yet, rewritten with their whole chain: central's SQL checks
    // the hashes and the link, and both hold.
    rehashFrom(a, held + 1);
    const sync::SyncReport up = a.sync(central);
    CHECK_FALSE(up.refused);
    REQUIRE(central.count(QStringLiteral("SELECT COUNT(*) FROM events")) > held);

    auto link = central.link();
    auto verified = sync::CentralVerify::run(link->connection());
    REQUIRE(verified.ok());
    INFO(verified.value().summary().toStdString());
    CHECK_FALSE(verified.value().ok());
    REQUIRE(verified.value().findings.size() == 1);
    CHECK(verified.value().findings[0].contains(QStringLiteral("CSU-A")));
    CHECK(verified.value().findings[0].contains(QStringLiteral("signature")));

    // Desk B checks every signature before it stores or projects anything.
    sync::SyncEngine engine(*b.db, link->connection(), b.id);
    const auto pulled = engine.syncOnce();
    REQUIRE_FALSE(pulled.ok());
    CHECK(pulled.error().contains(QStringLiteral("signature")));
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE workstation = 'CSU-A'"))
          == held);
    // And on desk A itself, journal verify names the first rewritten entry.
    const auto report = a.journal->verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.findings[0].kind == journal::Finding::Kind::BadSignature);
    CHECK(report.findings[0].seq == held + 1);
}

TEST_CASE("an entry forged in another desk's chain with a key of its own is refused",
          "[sync][signature]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    seedAndStartBackup(a, b, central);
    // Desk C is enrolled, with its own key, and writes at central an entry that continues
    // desk A's chain: the hashes hold, the signature is C's.
    Desk c(QStringLiteral("CSU-C"));
    c.enrollKey(central);
    const journal::Event last = a.journal->events(a.id, a.journal->lastSeq() - 1, 1).first();
    journal::Event forged = last;
    forged.uuid = QUuid::createUuid();
    forged.seq = last.seq + 1;
    forged.prevHash = last.hash;
    forged.user = QStringLiteral("admin");
    forged.action = QStringLiteral("user.create");
    forged.objectType = QStringLiteral("user");
    forged.objectId = QStringLiteral("faussaire");
    const QByteArray payload = journal::Journal::canonicalJson({});
    forged.payloadHash = journal::Journal::sha256Hex(payload);
    forged.hash = forged.computeHash();
    auto cKey = journal::WorkstationKey::load(c.id, false);
    REQUIRE(cKey.ok());
    forged.signature = cKey.value().sign(forged.hash);
    {
        auto link = central.link();
        QSqlQuery q(link->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO events (uuid, workstation, seq, hlc, user_login, action, object_type,"
            " object_id, motive, payload_hash, prev_hash, hash, payload, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList {
                 forged.uuid.toString(QUuid::WithoutBraces), forged.workstation, forged.seq,
                 forged.hlc.toString(), forged.user, forged.action, forged.objectType,
                 forged.objectId, forged.motive, QString::fromLatin1(forged.payloadHash),
                 QString::fromLatin1(forged.prevHash), QString::fromLatin1(forged.hash),
                 QString::fromUtf8(payload), QString::fromLatin1(forged.signature) })
            q.addBindValue(v);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec()); // SQL cannot check Ed25519: central verify and the desks do
        auto verified = sync::CentralVerify::run(link->connection());
        REQUIRE(verified.ok());
        CHECK_FALSE(verified.value().ok());
    }
    auto link = central.link();
    sync::SyncEngine engine(*b.db, link->connection(), b.id);
    const auto pulled = engine.syncOnce();
    REQUIRE_FALSE(pulled.ok());
    CHECK(pulled.error().contains(QStringLiteral("signature")));
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE workstation = 'CSU-A' AND"
                                 " object_id = 'faussaire'"))
          == 0);
}

TEST_CASE("entries dated ahead of the receiving clock wait, unapplied and unflagged", "[sync]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    seedAndStartBackup(a, b, central);
    const qint64 heldAtCentral
        = central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE workstation = 'CSU-A'"));

    SECTION("central holds back what a desk dates an hour ahead of its clock, not what came before")
    {
        a.logIncident(QStringLiteral("Avant que l'horloge ne s'emballe"));
        // Then the desk's clock runs an hour fast, and it writes an entry (a second writer on
        // its file, as vigiectl is: it continues the same chain).
        journal::Journal fast(*a.db, a.id,
                              [] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        REQUIRE(fast.record({ QStringLiteral("cmartin"),
                              QStringLiteral("note"),
                              QStringLiteral("note"),
                              QStringLiteral("1"),
                              QString(),
                              {} })
                    .ok());
        const sync::SyncReport report = a.sync(central);
        INFO(report.summary().toStdString());
        CHECK(report.held);
        CHECK_FALSE(report.refused);
        CHECK(report.waiting == 1);
        CHECK(report.summary().contains(QStringLiteral("ahead of its clock")));
        // The incident, pushed in the same batch, went up; only the entry from the future waits.
        CHECK(report.pushed >= 1);
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events"
                                           " WHERE workstation = 'CSU-A'"))
              == heldAtCentral + report.pushed);
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE action = 'note'"))
              == 0);
        // Not a broken chain: nothing flags the workstation, and central verifies.
        CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM workstations"
                                           " WHERE refused_at IS NOT NULL"))
              == 0);
        auto link = central.link();
        auto verified = sync::CentralVerify::run(link->connection());
        REQUIRE(verified.ok());
        CHECK(verified.value().ok());
        // Central's own check, whatever the desk's software: a row dated an hour ahead, sent
        // raw by the desk's role, is refused as held back (VG007) before anything else.
        auto deskLink = central.deskLink(a.id);
        QSqlQuery raw(deskLink->connection());
        raw.prepare(QStringLiteral(
            "INSERT INTO events (uuid, workstation, seq, hlc, user_login, action, object_type,"
            " object_id, motive, payload_hash, prev_hash, hash) VALUES (gen_random_uuid(), ?,"
            " 999, ?, 'cmartin', 'note', 'note', '1', '', repeat('0', 64), repeat('0', 64),"
            " repeat('0', 64))"));
        raw.addBindValue(a.id);
        raw.addBindValue(
            journal::HlcTime { QDateTime::currentMSecsSinceEpoch() + 3600 * 1000, 0 }.toString());
        CHECK_FALSE(raw.exec());
        CHECK(raw.lastError().nativeErrorCode() == QStringLiteral("VG007"));
    }
    SECTION("a desk whose clock is an hour behind takes nothing dated after it, then catches up")
    {
        a.logIncident(QStringLiteral("Scooters regroupés rue Houdan"));
        a.sync(central);
        const qint64 fromABefore
            = b.count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE workstation = 'CSU-A'"));
        auto link = central.deskLink(b.id);
        sync::SyncEngine late(
            *b.db, link->connection(), b.id, sync::ProjectorRegistry::standard(),
            sync::SyncEngine::Options { 1000, {}, [] {
                                           return QDateTime::currentDateTimeUtc().addSecs(-3600);
                                       } });
        auto report = late.syncOnce();
        REQUIRE(report.ok());
        INFO(report.value().summary().toStdString());
        CHECK(report.value().held);
        CHECK(report.value().pulled == 0);
        CHECK(report.value().summary().contains(QStringLiteral("ahead of this workstation")));
        CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE workstation = 'CSU-A'"))
              == fromABefore);
        CHECK(b.incidentRows().size() == 0);
        // Its clock put right, the same desk takes them all.
        const sync::SyncReport caughtUp = b.sync(central);
        CHECK_FALSE(caughtUp.held);
        CHECK(b.incidentRows().size() == 1);
        requireSameRegister(central, { &a, &b });
    }
}
