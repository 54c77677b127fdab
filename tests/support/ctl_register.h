// A register in a temporary data folder, set up through vigiectl as an administrator would:
// initialised with its administrator ("admin", password kAdminPassword), then the users and
// habilitations a test asks for, each step required to succeed. For the tests that drive
// vigiectl (tests/support/ctl_run.h) on a register of their own.
#pragma once

#include "tests/support/ctl_run.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace vigie::test {

class CtlRegister
{
public:
    static inline const QString kAdminPassword = QStringLiteral("admin-de-nuit\n");
    // Every user added here has this password.
    static inline const QString kUserPassword = QStringLiteral("veille-de-nuit\n");

    CtlRegister()
    {
        const CtlRun init
            = run({ QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                    QStringLiteral("--name"), QStringLiteral("Administrateur") },
                  kAdminPassword);
        INFO(init.err.toStdString());
        REQUIRE(init.code == 0);
    }

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // vigiectl on this register.
    CtlRun run(const QStringList &args, const QString &stdinText = QString()) const
    {
        return runCtl(QStringList { QStringLiteral("--data-dir"), m_dir.path() } + args, stdinText);
    }
    // As `login`, whose password is typed (kUserPassword unless given).
    CtlRun runAs(const QString &login, const QStringList &args,
                 const QString &password = kUserPassword) const
    {
        return run(args + QStringList { QStringLiteral("--user"), login }, password);
    }

    // `roles`: "operator", "operator,supervisor"...
    void addUser(const QString &login, const QString &roles) const
    {
        const CtlRun added
            = runAs(QStringLiteral("admin"),
                    { QStringLiteral("user"), QStringLiteral("add"), login,
                      QStringLiteral("--name"), login, QStringLiteral("--role"), roles },
                    kAdminPassword + kUserPassword);
        INFO(added.err.toStdString());
        REQUIRE(added.code == 0);
    }
    // Designated by the mayor for the commune (Antony), trained, valid until 2030: may view.
    void habilitate(const QString &login) const
    {
        const CtlRun habilitated
            = runAs(QStringLiteral("admin"),
                    { QStringLiteral("user"), QStringLiteral("habilitate"), login,
                      QStringLiteral("--designated-by"), QStringLiteral("Le maire d'Antony"),
                      QStringLiteral("--ref"), QStringLiteral("arrêté 2026-114"),
                      QStringLiteral("--territory"), QStringLiteral("92002"),
                      QStringLiteral("--training"), QStringLiteral("2026-01-10"),
                      QStringLiteral("--expires"), QStringLiteral("2030-01-01") },
                    kAdminPassword);
        INFO(habilitated.err.toStdString());
        REQUIRE(habilitated.code == 0);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace vigie::test
