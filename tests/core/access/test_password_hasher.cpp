#include "core/access/password_hasher.h"

#include <catch2/catch.hpp>

using namespace vigie::access;

TEST_CASE("passwords are stored as salted PBKDF2-SHA256, never in plain text", "[password]")
{
    const QString hash = hashPassword(QStringLiteral("Cam3ra-Nuit!"));
    CHECK(hash.startsWith(QStringLiteral("pbkdf2-sha256$")));
    CHECK_FALSE(hash.contains(QStringLiteral("Cam3ra-Nuit!")));
    CHECK(verifyPassword(QStringLiteral("Cam3ra-Nuit!"), hash));
    CHECK_FALSE(verifyPassword(QStringLiteral("cam3ra-nuit!"), hash));
    CHECK_FALSE(verifyPassword(QString(), hash));
}

TEST_CASE("the same password hashed twice gives two different records", "[password]")
{
    const QString a = hashPassword(QStringLiteral("same-password"));
    const QString b = hashPassword(QStringLiteral("same-password"));
    CHECK(a != b);
    CHECK(verifyPassword(QStringLiteral("same-password"), a));
    CHECK(verifyPassword(QStringLiteral("same-password"), b));
}

TEST_CASE("a damaged or foreign hash never verifies", "[password]")
{
    const QString good = hashPassword(QStringLiteral("password1"));
    CHECK_FALSE(verifyPassword(QStringLiteral("password1"), QString()));
    CHECK_FALSE(verifyPassword(QStringLiteral("password1"), QStringLiteral("password1")));
    CHECK_FALSE(verifyPassword(QStringLiteral("password1"), QStringLiteral("md5$abc")));
    QString truncated = good;
    truncated.chop(4);
    CHECK_FALSE(verifyPassword(QStringLiteral("password1"), truncated));
    QString zeroIterations = good;
    zeroIterations.replace(QString::number(kPasswordIterations), QStringLiteral("0"));
    CHECK_FALSE(verifyPassword(QStringLiteral("password1"), zeroIterations));
}

TEST_CASE("hashes made with fewer iterations are flagged for renewal", "[password]")
{
    CHECK(needsRehash(hashPassword(QStringLiteral("password1"), 1000)));
    CHECK_FALSE(needsRehash(hashPassword(QStringLiteral("password1"))));
}

TEST_CASE("hashes stored before the move to libcrypto still verify (standard PBKDF2)", "[password]")
{
    // PBKDF2-HMAC-SHA256("password", "salt", 4096 iterations, 32 bytes), a widely published test
    // vector: what QPasswordDigestor wrote is what libcrypto checks.
    const QString stored = QStringLiteral(
        "pbkdf2-sha256$4096$c2FsdA==$xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0o=");
    CHECK(verifyPassword(QStringLiteral("password"), stored));
    CHECK_FALSE(verifyPassword(QStringLiteral("Password"), stored));
    CHECK(needsRehash(stored));
}
