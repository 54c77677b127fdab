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
    AuthService auth { *db, [this] { return now; }, LockoutPolicy { 3, 15 } };

    Fixture()
    {
        auto created = auth.createUser({ QStringLiteral("cmartin"),
                                         QStringLiteral("Camille Martin"),
                                         QStringLiteral("OP-0142"),
                                         { Role::Operator } },
                                       QStringLiteral("bonne-nuit-42"));
        REQUIRE(created.ok());
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
    REQUIRE(f.auth.unlock(QStringLiteral("cmartin")).ok());
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42")).kind
          == LoginOutcome::Kind::Success);
    CHECK_FALSE(f.auth.unlock(QStringLiteral("nobody")).ok());
}

TEST_CASE("the database holds no plain password", "[auth]")
{
    Fixture f;
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users")));
    REQUIRE(q.next());
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("bonne-nuit-42")));
    CHECK(verifyPassword(QStringLiteral("bonne-nuit-42"), q.value(0).toString()));
}

TEST_CASE("changing the password takes effect and the old one stops working", "[auth]")
{
    Fixture f;
    REQUIRE(f.auth.setPassword(QStringLiteral("cmartin"), QStringLiteral("nouveau-mot-2")).ok());
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42")).kind
          == LoginOutcome::Kind::BadCredentials);
    CHECK(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("nouveau-mot-2")).kind
          == LoginOutcome::Kind::Success);
    CHECK_FALSE(f.auth.setPassword(QStringLiteral("cmartin"), QStringLiteral("court")).ok());
    CHECK_FALSE(f.auth.setPassword(QStringLiteral("nobody"), QStringLiteral("long-enough-1")).ok());
}

TEST_CASE("user creation refuses bad logins, duplicates and weak passwords", "[auth]")
{
    Fixture f;
    CHECK_FALSE(
        f.auth
            .createUser(
                { QStringLiteral("CMARTIN"), QStringLiteral("Homonyme"), {}, { Role::Operator } },
                QStringLiteral("long-enough-1"))
            .ok());
    CHECK_FALSE(
        f.auth
            .createUser({ QStringLiteral("a b"), QStringLiteral("Espace"), {}, { Role::Operator } },
                        QStringLiteral("long-enough-1"))
            .ok());
    CHECK_FALSE(f.auth
                    .createUser({ QStringLiteral("x'); DROP TABLE users;--"),
                                  QStringLiteral("X"),
                                  {},
                                  { Role::Operator } },
                                QStringLiteral("long-enough-1"))
                    .ok());
    CHECK_FALSE(
        f.auth
            .createUser(
                { QStringLiteral("nouveau"), QStringLiteral("Nouveau"), {}, { Role::Operator } },
                QStringLiteral("court"))
            .ok());
    CHECK_FALSE(f.auth
                    .createUser({ QStringLiteral("sansrole"), QStringLiteral("Sans rôle"), {}, {} },
                                QStringLiteral("long-enough-1"))
                    .ok());
    auto chef = f.auth.createUser({ QStringLiteral("chef"),
                                    QStringLiteral("Chef de salle"),
                                    QStringLiteral("CS-1"),
                                    { Role::Supervisor, Role::Operator } },
                                  QStringLiteral("long-enough-1"));
    REQUIRE(chef.ok());
    CHECK(chef.value().hasRole(Role::Supervisor));
    CHECK(chef.value().hasRole(Role::Operator));
    CHECK(f.auth.users().size() == 2);
}

TEST_CASE("every account change and login attempt is in the journal, never a password",
          "[auth][journal]")
{
    QTemporaryDir dir;
    auto db = vigie::test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    QDateTime now(QDate(2026, 11, 25), QTime(23, 0), Qt::UTC);
    vigie::journal::Journal journal(*db, QStringLiteral("CSU-A"), [&] { return now; });
    AuthService auth(
        *db, [&] { return now; }, LockoutPolicy { 2, 5 }, &journal);
    REQUIRE(auth.createUser({ QStringLiteral("cmartin"),
                              QStringLiteral("Camille Martin"),
                              QStringLiteral("OP-0142"),
                              { Role::Operator } },
                            QStringLiteral("bonne-nuit-42"), QStringLiteral("local:root"))
                .ok());
    auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("essai-1"));
    auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("essai-2"));
    auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"));
    auth.authenticate(QStringLiteral("inconnu"), QStringLiteral("essai-3"));
    REQUIRE(auth.unlock(QStringLiteral("cmartin"), QStringLiteral("superviseur")).ok());
    const auto login
        = auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("bonne-nuit-42"));
    REQUIRE(login.user);
    auth.logout(*login.user, QStringLiteral("fin de vacation"));

    QStringList actions;
    QByteArray everything;
    for (const auto &event : journal.events(QStringLiteral("CSU-A"), 0, 100)) {
        actions.append(event.action);
        everything += vigie::journal::Journal::canonicalJson(event.payload) + event.canonical();
    }
    CHECK(actions
          == QStringList { QStringLiteral("user.create"), QStringLiteral("session.login_failed"),
                           QStringLiteral("session.locked"),
                           QStringLiteral("session.login_refused"),
                           QStringLiteral("session.login_failed"), QStringLiteral("user.unlock"),
                           QStringLiteral("session.login"), QStringLiteral("session.logout") });
    for (const char *secret : { "bonne-nuit-42", "essai-1", "essai-2", "essai-3", "pbkdf2" })
        CHECK_FALSE(everything.contains(secret));
    CHECK(journal.verify().ok());
}

TEST_CASE("a locked desk opens again for the same operator or a supervisor only", "[auth][lock]")
{
    Fixture f;
    REQUIRE(f.auth
                .createUser({ QStringLiteral("chef"),
                              QStringLiteral("Chef de salle"),
                              QStringLiteral("CS-1"),
                              { Role::Supervisor, Role::Operator } },
                            QStringLiteral("chef-de-nuit-1"))
                .ok());
    REQUIRE(f.auth
                .createUser({ QStringLiteral("collegue"),
                              QStringLiteral("Collègue"),
                              QStringLiteral("OP-2"),
                              { Role::Operator } },
                            QStringLiteral("collegue-de-nuit"))
                .ok());
    const User camille = *f.auth.findUser(QStringLiteral("cmartin"));
    f.auth.lockSession(camille, QStringLiteral("idle"));
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
