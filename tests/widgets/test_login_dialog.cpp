#include "core/access/auth_service.h"
#include "core/journal/journal.h"
#include "tests/support/test_support.h"
#include "widgets/login_dialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct LoginFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db
        = test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    journal::Journal journal { *db, QStringLiteral("CSU-TEST-01") };
    access::AuthService auth { *db, journal, systemClock(), access::LockoutPolicy { 3, 10 },
                               test::kTestHashIterations };
    widgets::LoginDialog dialog { [this](const QString &l, const QString &p) {
                                     return auth.authenticate(l, p);
                                 },
                                  QStringLiteral("CSU-TEST-01") };

    LoginFixture()
    {
        const auto admin = auth.createFirstAdmin({ QStringLiteral("admin"),
                                                   QStringLiteral("Administrateur"),
                                                   QStringLiteral("ADM-1"),
                                                   { access::Role::Admin } },
                                                 QStringLiteral("administrateur"));
        REQUIRE(admin.ok());
        REQUIRE(auth.createUser(admin.value(),
                                { QStringLiteral("operateur"),
                                  QStringLiteral("Camille Martin"),
                                  QStringLiteral("OP-0142"),
                                  { access::Role::Operator } },
                                QStringLiteral("operateur"))
                    .ok());
        dialog.show();
    }

    void type(const QString &login, const QString &password)
    {
        dialog.loginField()->setText(login);
        dialog.passwordField()->clear();
        QTest::keyClicks(dialog.passwordField(), password);
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    }
};

} // namespace

TEST_CASE("the right password from the keyboard logs the operator in", "[login]")
{
    LoginFixture f;
    f.type(QStringLiteral("operateur"), QStringLiteral("operateur"));
    CHECK(f.dialog.result() == QDialog::Accepted);
    REQUIRE(f.dialog.user());
    CHECK(f.dialog.user()->displayName == QStringLiteral("Camille Martin"));
}

TEST_CASE("a wrong password keeps the dialog open with a message and clears the field", "[login]")
{
    LoginFixture f;
    f.type(QStringLiteral("operateur"), QStringLiteral("mauvais"));
    CHECK(f.dialog.isVisible());
    CHECK_FALSE(f.dialog.user());
    CHECK_FALSE(f.dialog.errorText().isEmpty());
    CHECK(f.dialog.passwordField()->text().isEmpty());
}

TEST_CASE("after repeated failures the dialog says the account is locked", "[login]")
{
    LoginFixture f;
    for (int i = 0; i < 3; ++i)
        f.type(QStringLiteral("operateur"), QStringLiteral("mauvais"));
    const QString badCredentials
        = f.auth.authenticate(QStringLiteral("nobody"), QStringLiteral("x")).message;
    CHECK(f.dialog.errorText() != badCredentials);
    // Even the right password is refused now, and the dialog says why.
    f.type(QStringLiteral("operateur"), QStringLiteral("operateur"));
    CHECK_FALSE(f.dialog.user());
    CHECK(f.dialog.isVisible());
    CHECK(f.dialog.errorText() != badCredentials);
    CHECK_FALSE(f.dialog.errorText().isEmpty());
}
