#include "core/access/auth_service.h"
#include "core/access/password_hasher.h"
#include "core/journal/journal.h"
#include "tests/support/test_support.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigie::access;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<vigie::store::Database> db
        = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(23, 0), Qt::UTC);
    vigie::journal::Journal journal { *db, QStringLiteral("CSU-A"), [this] {
                                         return now;
                                     } };
    AuthService auth { *db, journal, [this] { return now; }, LockoutPolicy { 3, 15 },
                       vigie::test::kTestHashIterations };
    User admin;

    Fixture()
    {
        auto first = auth.createFirstAdmin(
            { QStringLiteral("admin"), QStringLiteral("Administrateur"), QStringLiteral("ADM-1") },
            QStringLiteral("admin-de-nuit"));
        REQUIRE(first.ok());
        admin = first.value();
        auto created = auth.createUser(admin,
                                       { QStringLiteral("cmartin"),
                                         QStringLiteral("Camille Martin"),
                                         QStringLiteral("OP-0142"),
                                         { Role::Operator } },
                                       QStringLiteral("bonne-nuit-42"));
        REQUIRE(created.ok());
    }

    QStringList actions() const
    {
        QStringList list;
        for (const auto &event : journal.events(QStringLiteral("CSU-A"), 0, 1000))
            list.append(event.action);
        return list;
    }
    vigie::journal::Event lastEvent() const
    {
        return journal.events(QStringLiteral("CSU-A"), 0, 1000).last();
    }
    QString storedHash(const QString &login) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE login = ?"));
        q.addBindValue(login);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    void setStoredHash(const QString &login, const QString &hash)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE login = ?"));
        q.addBindValue(hash);
        q.addBindValue(login);
        REQUIRE(q.exec());
    }
    // The journal refuses every new entry, as a full disk or a damaged file would.
    void breakJournal()
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER journal_broken BEFORE INSERT ON journal"
                                      " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
};

} // namespace

TEST_CASE("login with the right password opens the session", "[auth]")
{
    Fixture f;
    const LoginOutcome outcome
        = f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"));
    REQUIRE(outcome.kind == LoginOutcome::Kind::Success);
    REQUIRE(outcome.user);
    CHECK(outcome.user->displayName == QStringLiteral("Camille Martin"));
    CHECK(outcome.user->matricule == QStringLiteral("OP-0142"));
    CHECK(outcome.user->hasRole(Role::Operator));
    CHECK_FALSE(outcome.user->hasRole(Role::Supervisor));
}

TEST_CASE("a wrong password and an unknown user get the same answer", "[auth]")
{
    Fixture f;
    const LoginOutcome wrong
        = f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("mauvais"));
    const LoginOutcome unknown
        = f.auth.authenticate(QStringLiteral("nobody"), QStringLiteral("mauvais"));
    CHECK(wrong.kind == LoginOutcome::Kind::BadCredentials);
    CHECK(unknown.kind == LoginOutcome::Kind::BadCredentials);
    CHECK_FALSE(wrong.user);
    CHECK(wrong.message == unknown.message);
    CHECK_FALSE(wrong.message.isEmpty());
}

TEST_CASE("repeated failures lock the account for the configured time", "[auth]")
{
    Fixture f;
    for (int i = 0; i < 2; ++i)
        CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("wrong")).kind
              == LoginOutcome::Kind::BadCredentials);
    const LoginOutcome third
        = f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("wrong"));
    CHECK(third.kind == LoginOutcome::Kind::Locked);
    CHECK(third.lockedUntil == f.now.addSecs(15 * 60));

    // Even the right password is refused while locked.
    f.now = f.now.addSecs(14 * 60);
    const LoginOutcome during
        = f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"));
    CHECK(during.kind == LoginOutcome::Kind::Locked);
    CHECK_FALSE(during.user);

    f.now = f.now.addSecs(61);
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42")).kind
          == LoginOutcome::Kind::Success);
}

TEST_CASE("a successful login resets the failure count", "[auth]")
{
    Fixture f;
    f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("wrong"));
    f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("wrong"));
    REQUIRE(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42")).kind
            == LoginOutcome::Kind::Success);
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("wrong")).kind
          == LoginOutcome::Kind::BadCredentials);
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("wrong")).kind
          == LoginOutcome::Kind::BadCredentials);
}

TEST_CASE("an unlocked account can log in again at once", "[auth]")
{
    Fixture f;
    for (int i = 0; i < 3; ++i)
        f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("wrong"));
    REQUIRE(f.auth.unlock(f.admin, QStringLiteral("cmartin")).ok());
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42")).kind
          == LoginOutcome::Kind::Success);
    CHECK_FALSE(f.auth.unlock(f.admin, QStringLiteral("nobody")).ok());
}

TEST_CASE("the database holds no plain password", "[auth]")
{
    Fixture f;
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'cmartin'")));
    REQUIRE(q.next());
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("bonne-nuit-42")));
    CHECK(verifyPassword(QStringLiteral("bonne-nuit-42"), q.value(0).toString()));
}

TEST_CASE("changing the password takes effect and the old one stops working", "[auth]")
{
    Fixture f;
    REQUIRE(f.auth.setPassword(f.admin, QStringLiteral("cmartin"), QStringLiteral("nouveau-mot-2"))
                .ok());
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42")).kind
          == LoginOutcome::Kind::BadCredentials);
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("nouveau-mot-2")).kind
          == LoginOutcome::Kind::Success);
    CHECK_FALSE(
        f.auth.setPassword(f.admin, QStringLiteral("cmartin"), QStringLiteral("court")).ok());
    CHECK_FALSE(
        f.auth.setPassword(f.admin, QStringLiteral("nobody"), QStringLiteral("long-enough-1"))
            .ok());
}

TEST_CASE("user creation refuses bad logins, duplicates and weak passwords", "[auth]")
{
    Fixture f;
    CHECK_FALSE(
        f.auth
            .createUser(
                f.admin,
                { QStringLiteral("CMARTIN"), QStringLiteral("Homonyme"), {}, { Role::Operator } },
                QStringLiteral("long-enough-1"))
            .ok());
    CHECK_FALSE(
        f.auth
            .createUser(f.admin,
                        { QStringLiteral("a b"), QStringLiteral("Espace"), {}, { Role::Operator } },
                        QStringLiteral("long-enough-1"))
            .ok());
    CHECK_FALSE(f.auth
                    .createUser(f.admin,
                                { QStringLiteral("x'); DROP TABLE users;--"),
                                  QStringLiteral("X"),
                                  {},
                                  { Role::Operator } },
                                QStringLiteral("long-enough-1"))
                    .ok());
    CHECK_FALSE(
        f.auth
            .createUser(
                f.admin,
                { QStringLiteral("nouveau"), QStringLiteral("Nouveau"), {}, { Role::Operator } },
                QStringLiteral("court"))
            .ok());
    CHECK_FALSE(f.auth
                    .createUser(f.admin,
                                { QStringLiteral("sansrole"), QStringLiteral("Sans rôle"), {}, {} },
                                QStringLiteral("long-enough-1"))
                    .ok());
    auto chef = f.auth.createUser(f.admin,
                                  { QStringLiteral("chef"),
                                    QStringLiteral("Chef de salle"),
                                    QStringLiteral("CS-1"),
                                    { Role::Supervisor, Role::Operator } },
                                  QStringLiteral("long-enough-1"));
    REQUIRE(chef.ok());
    CHECK(chef.value().hasRole(Role::Supervisor));
    CHECK(chef.value().hasRole(Role::Operator));
    CHECK(f.auth.users().size() == 3);
}

TEST_CASE("every account change and login attempt is in the journal, never a password",
          "[auth][journal]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    QDateTime now(QDate(2026, 11, 25), QTime(23, 0), Qt::UTC);
    vigie::journal::Journal journal(*db, QStringLiteral("CSU-A"), [&] { return now; });
    AuthService auth(
        *db, journal, [&] { return now; }, LockoutPolicy { 2, 5 },
        vigie::test::kTestHashIterations);
    const auto admin = auth.createFirstAdmin(
        { QStringLiteral("admin"), QStringLiteral("Administrateur"), QStringLiteral("ADM-1") },
        QStringLiteral("admin-de-nuit"));
    REQUIRE(admin.ok());
    REQUIRE(auth.createUser(admin.value(),
                            { QStringLiteral("cmartin"),
                              QStringLiteral("Camille Martin"),
                              QStringLiteral("OP-0142"),
                              { Role::Operator } },
                            QStringLiteral("bonne-nuit-42"))
                .ok());
    auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("essai-1"));
    auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("essai-2"));
    auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"));
    auth.authenticate(QStringLiteral("inconnu"), QStringLiteral("essai-3"));
    REQUIRE(auth.unlock(admin.value(), QStringLiteral("cmartin")).ok());
    const auto login
        = auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"));
    REQUIRE(login.user);
    REQUIRE(auth.logout(*login.user, QStringLiteral("fin de vacation")).ok());

    QStringList actions;
    QByteArray everything;
    for (const auto &event : journal.events(QStringLiteral("CSU-A"), 0, 100)) {
        actions.append(event.action);
        everything += vigie::journal::Journal::canonicalJson(event.payload) + event.canonical();
    }
    CHECK(actions
          == QStringList { QStringLiteral("user.create"), QStringLiteral("user.create"),
                           QStringLiteral("session.login_failed"), QStringLiteral("session.locked"),
                           QStringLiteral("session.login_refused"),
                           QStringLiteral("session.login_failed"), QStringLiteral("user.unlock"),
                           QStringLiteral("session.login"), QStringLiteral("session.logout") });
    // "inconnu" names no account: what was typed in the login field is not kept. An account
    // event carries the salted PBKDF2 hash other desks need to check a login, never the
    // password.
    for (const char *secret : { "bonne-nuit-42", "essai-1", "essai-2", "essai-3", "inconnu" })
        CHECK_FALSE(everything.contains(secret));
    CHECK(everything.contains("pbkdf2"));
    CHECK(journal.verify().ok());
}

TEST_CASE("a locked desk opens again for the same operator or a supervisor only", "[auth][lock]")
{
    Fixture f;
    REQUIRE(f.auth
                .createUser(f.admin,
                            { QStringLiteral("chef"),
                              QStringLiteral("Chef de salle"),
                              QStringLiteral("CS-1"),
                              { Role::Supervisor, Role::Operator } },
                            QStringLiteral("chef-de-nuit-1"))
                .ok());
    REQUIRE(f.auth
                .createUser(f.admin,
                            { QStringLiteral("collegue"),
                              QStringLiteral("Collègue"),
                              QStringLiteral("OP-2"),
                              { Role::Operator } },
                            QStringLiteral("collegue-de-nuit"))
                .ok());
    const User camille = *f.auth.findUser(QStringLiteral("cmartin"));
    REQUIRE(f.auth.lockSession(camille, QStringLiteral("idle")).ok());
    CHECK(f.auth.unlockSession(camille, QStringLiteral("cmartin"), QStringLiteral("faux")).kind
          == LoginOutcome::Kind::BadCredentials);
    const LoginOutcome colleague = f.auth.unlockSession(camille, QStringLiteral("collegue"),
                                                        QStringLiteral("collegue-de-nuit"));
    CHECK(colleague.kind == LoginOutcome::Kind::BadCredentials);
    CHECK_FALSE(colleague.user);
    CHECK(colleague.message.contains(QStringLiteral("Camille Martin")));
    CHECK(
        f.auth.unlockSession(camille, QStringLiteral("chef"), QStringLiteral("chef-de-nuit-1")).kind
        == LoginOutcome::Kind::Success);
    CHECK(f.auth.unlockSession(camille, QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"))
              .kind
          == LoginOutcome::Kind::Success);
}

TEST_CASE("only a current, active, unlocked administrator changes accounts; each refusal is "
          "journaled and changes nothing",
          "[auth][rights]")
{
    Fixture f;
    const User camille = *f.auth.findUser(QStringLiteral("cmartin"));
    const NewUser intruder {
        QStringLiteral("intrus"), QStringLiteral("Intrus"), QString(), { Role::Admin }
    };
    auto refusedAs = [&](const User &actor) {
        const qint64 before = f.journal.lastSeq();
        const auto created = f.auth.createUser(actor, intruder, QStringLiteral("long-enough-1"));
        CHECK_FALSE(created.ok());
        CHECK_FALSE(created.error().isEmpty());
        CHECK_FALSE(f.auth.findUser(QStringLiteral("intrus")));
        CHECK(f.journal.lastSeq() == before + 1);
        CHECK(f.lastEvent().action == QStringLiteral("access.refused"));
        return created.error();
    };
    // An operator.
    CHECK(refusedAs(camille).contains(QStringLiteral("manage users")));
    CHECK(f.lastEvent().user == QStringLiteral("cmartin"));
    // A User made up by the caller with the admin role: no such account in the register.
    refusedAs(
        { 0, QStringLiteral("local:root"), QStringLiteral("root"), {}, { Role::Admin }, true });
    // An administrator's login on a made-up User: the id does not match.
    refusedAs({ 999, QStringLiteral("admin"), QStringLiteral("Admin"), {}, { Role::Admin }, true });
    // An operator's copy claiming the admin role: core reads the roles from the register.
    User promoted = camille;
    promoted.roles.append(Role::Admin);
    refusedAs(promoted);
    // The administrator's account disabled after they logged in.
    QSqlQuery disable(f.db->connection());
    REQUIRE(disable.exec(QStringLiteral("UPDATE users SET active = 0 WHERE login = 'admin'")));
    CHECK(refusedAs(f.admin).contains(QStringLiteral("disabled")));
    REQUIRE(disable.exec(QStringLiteral("UPDATE users SET active = 1 WHERE login = 'admin'")));
    // Locked after failed logins: someone is trying that password.
    for (int i = 0; i < 3; ++i)
        f.auth.authenticate(QStringLiteral("admin"), QStringLiteral("devine-1"));
    CHECK(refusedAs(f.admin).contains(QStringLiteral("locked")));
    CHECK_FALSE(f.auth.unlock(f.admin, QStringLiteral("admin")).ok());

    f.now = f.now.addSecs(16 * 60);
    REQUIRE(f.auth.createUser(f.admin, intruder, QStringLiteral("long-enough-1")).ok());
    CHECK(f.lastEvent().action == QStringLiteral("user.create"));
    CHECK(f.lastEvent().user == QStringLiteral("admin"));
}

TEST_CASE("a password is changed by an administrator, or by its owner who gives the current one",
          "[auth][rights]")
{
    Fixture f;
    REQUIRE(f.auth
                .createUser(f.admin,
                            { QStringLiteral("collegue"),
                              QStringLiteral("Collègue"),
                              QString(),
                              { Role::Operator } },
                            QStringLiteral("collegue-de-nuit"))
                .ok());
    const User camille = *f.auth.findUser(QStringLiteral("cmartin"));
    const QString before = f.storedHash(QStringLiteral("collegue"));
    // Someone else's password, without ManageUsers.
    CHECK_FALSE(
        f.auth.setPassword(camille, QStringLiteral("collegue"), QStringLiteral("pris-en-main-1"))
            .ok());
    CHECK(f.storedHash(QStringLiteral("collegue")) == before);
    CHECK(f.lastEvent().action == QStringLiteral("access.refused"));
    // Their own, with a wrong current password.
    const QString own = f.storedHash(QStringLiteral("cmartin"));
    const vigie::Status wrong = f.auth.setPassword(
        camille, QStringLiteral("cmartin"), QStringLiteral("nouveau-mot-2"), QStringLiteral("x"));
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.error().contains(QStringLiteral("current password")));
    CHECK(f.storedHash(QStringLiteral("cmartin")) == own);
    CHECK(f.lastEvent().action == QStringLiteral("access.refused"));
    // Their own, with the current one.
    REQUIRE(f.auth
                .setPassword(camille, QStringLiteral("cmartin"), QStringLiteral("nouveau-mot-2"),
                             QStringLiteral("bonne-nuit-42"))
                .ok());
    CHECK(f.lastEvent().action == QStringLiteral("user.password"));
    CHECK(f.lastEvent().user == QStringLiteral("cmartin"));
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("nouveau-mot-2")).kind
          == LoginOutcome::Kind::Success);
    // Unlocking someone else's account is an administrator's.
    CHECK_FALSE(f.auth.unlock(camille, QStringLiteral("collegue")).ok());
}

TEST_CASE("the first administrator is created only in an empty register", "[auth][rights]")
{
    Fixture f;
    const int users = int(f.auth.users().size());
    const auto second = f.auth.createFirstAdmin(
        { QStringLiteral("usurpateur"), QStringLiteral("Usurpateur"), QString() },
        QStringLiteral("long-enough-1"));
    CHECK_FALSE(second.ok());
    CHECK(second.error().contains(QStringLiteral("already has users")));
    CHECK(f.auth.users().size() == users);
    CHECK(f.lastEvent().action == QStringLiteral("access.refused"));
    CHECK(f.lastEvent().user == QLatin1String(kUnknownLogin));
}

TEST_CASE("a login, logout, lock or unlock that the journal cannot record is refused",
          "[auth][journal]")
{
    Fixture f;
    const User camille = *f.auth.findUser(QStringLiteral("cmartin"));
    f.breakJournal();
    const LoginOutcome login
        = f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"));
    CHECK(login.kind == LoginOutcome::Kind::Error);
    CHECK_FALSE(login.user);
    CHECK(login.message.contains(QStringLiteral("journal")));
    CHECK_FALSE(f.auth.logout(camille, QStringLiteral("logout")).ok());
    CHECK_FALSE(f.auth.lockSession(camille, QStringLiteral("idle")).ok());
    CHECK_FALSE(
        f.auth.unlockSession(camille, QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"))
            .user);
    // A wrong password is refused too, and its count is not lost silently: nothing changes.
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("mauvais")).kind
          == LoginOutcome::Kind::Error);
}

TEST_CASE("a login names the account, never what was typed when it names nobody", "[auth][journal]")
{
    Fixture f;
    // A password typed in the login field by mistake.
    f.auth.authenticate(QStringLiteral("Mon-Secret-2026"), QStringLiteral("x"));
    const auto failed = f.lastEvent();
    CHECK(failed.action == QStringLiteral("session.login_failed"));
    CHECK(failed.user == QLatin1String(kUnknownLogin));
    CHECK(failed.objectId.isEmpty());
    CHECK_FALSE(vigie::journal::Journal::canonicalJson(failed.payload).contains("Mon-Secret"));
    CHECK_FALSE(failed.canonical().contains("Mon-Secret"));
    // The login field is not case-sensitive; the journal names the account as registered.
    REQUIRE(f.auth.authenticate(QStringLiteral("CMartin"), QStringLiteral("bonne-nuit-42")).kind
            == LoginOutcome::Kind::Success);
    CHECK(f.lastEvent().user == QStringLiteral("cmartin"));
    CHECK(f.lastEvent().action == QStringLiteral("session.login"));
}

TEST_CASE("vigiectl's authentication is journaled as a command, not as a login to the desk",
          "[auth][journal]")
{
    Fixture f;
    REQUIRE(f.auth
                .authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"),
                              QStringLiteral("incident add"))
                .kind
            == LoginOutcome::Kind::Success);
    const auto event = f.lastEvent();
    CHECK(event.action == QStringLiteral("session.command"));
    CHECK(event.payload.value(QStringLiteral("client")).toString() == QStringLiteral("vigiectl"));
    CHECK(event.payload.value(QStringLiteral("command")).toString()
          == QStringLiteral("incident add"));
    CHECK_FALSE(f.actions().contains(QStringLiteral("session.login")));
}

TEST_CASE("passwords cost 600,000 PBKDF2 iterations; an older hash is renewed at the next login",
          "[auth][password]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    vigie::journal::Journal journal(*db, QStringLiteral("CSU-A"));
    AuthService auth(*db, journal); // the shipped cost
    CHECK(kPasswordIterations == 600000);
    const auto admin = auth.createFirstAdmin(
        { QStringLiteral("admin"), QStringLiteral("Administrateur"), QStringLiteral("ADM-1") },
        QStringLiteral("admin-de-nuit"));
    REQUIRE(admin.ok());
    QSqlQuery q(db->connection());
    auto stored = [&] {
        REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users")));
        REQUIRE(q.next());
        const QString hash = q.value(0).toString();
        q.finish();
        return hash;
    };
    CHECK(hashIterations(stored()) == 600000);
    // A hash from the days of 100,000 iterations.
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?"));
    q.addBindValue(hashPassword(QStringLiteral("admin-de-nuit"), 100000));
    REQUIRE(q.exec());
    REQUIRE(hashIterations(stored()) == 100000);
    REQUIRE(auth.authenticate(QStringLiteral("admin"), QStringLiteral("admin-de-nuit")).kind
            == LoginOutcome::Kind::Success);
    const QString renewed = stored();
    CHECK(hashIterations(renewed) == 600000);
    CHECK(verifyPassword(QStringLiteral("admin-de-nuit"), renewed));
    CHECK(journal.events(QStringLiteral("CSU-A"), 0, 100)
              .last()
              .payload.value(QStringLiteral("rehashed"))
              .toBool());
}

TEST_CASE("a stored hash asking for more iterations than the bound is refused without hashing",
          "[auth][password]")
{
    Fixture f;
    // Two billion iterations would hold the desk for hours if it were computed.
    QString greedy = f.storedHash(QStringLiteral("cmartin"));
    greedy.replace(QStringLiteral("$%1$").arg(vigie::test::kTestHashIterations),
                   QStringLiteral("$2000000000$"));
    REQUIRE(hashIterations(greedy) == 2000000000);
    CHECK_FALSE(verifyPassword(QStringLiteral("bonne-nuit-42"), greedy));
    f.setStoredHash(QStringLiteral("cmartin"), greedy);
    const LoginOutcome outcome
        = f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"));
    CHECK(outcome.kind == LoginOutcome::Kind::Error);
    CHECK_FALSE(outcome.user);
    CHECK(outcome.message.contains(QStringLiteral("administrator")));
    CHECK(f.lastEvent().payload.value(QStringLiteral("reason")).toString()
          == QStringLiteral("hash_cost"));
}
