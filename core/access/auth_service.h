// Users of the workstation and their login: password check, lock-out after repeated failures,
// account creation and password change. Every rule is here, so vigiectl and the GUI meet the
// same ones.
#pragma once

#include "core/access/role.h"
#include "core/common/clock.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
}

namespace vigie::access {

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString matricule;
    QList<Role> roles;
    bool active = true;

    bool hasRole(Role role) const { return roles.contains(role); }
};

struct NewUser
{
    QString login;
    QString displayName;
    QString matricule;
    QList<Role> roles { Role::Operator };
};

struct LockoutPolicy
{
    int maxFailedAttempts = 5;
    int lockMinutes = 15;
};

struct LoginOutcome
{
    enum class Kind { Success, BadCredentials, Locked, Disabled, Error };
    Kind kind = Kind::Error;
    std::optional<User> user;
    QDateTime lockedUntil; // for Locked
    int attemptsLeft = 0; // for BadCredentials on a known account; not shown to avoid enumeration
    QString message; // in the operator's language; empty on success
};

class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(vigie::access::AuthService)
public:
    // With a journal, every account change, login, failed login, lock and logout is an event.
    explicit AuthService(store::Database &db, Clock clock = systemClock(),
                         LockoutPolicy policy = {}, journal::Journal *journal = nullptr);

    // `actor`: who does it (a login, or "local:<system user>" for vigiectl on the machine).
    Result<User> createUser(const NewUser &user, const QString &password,
                            const QString &actor = QString());
    Status setPassword(const QString &login, const QString &password,
                       const QString &actor = QString());
    LoginOutcome authenticate(const QString &login, const QString &password);
    Status unlock(const QString &login, const QString &actor = QString());
    void logout(const User &user, const QString &reason = QString());

    // The desk locked after a time without input (or by the operator): journaled.
    void lockSession(const User &user, const QString &reason);
    // Unlocks a locked desk: the same user, or a supervisor (who then answers for the desk).
    // Wrong passwords count towards the account's lock-out like any login.
    LoginOutcome unlockSession(const User &lockedUser, const QString &login,
                               const QString &password);

    std::optional<User> findUser(const QString &login) const;
    QList<User> users() const;

    static Status checkPasswordPolicy(const QString &password);
    const LockoutPolicy &policy() const { return m_policy; }

private:
    std::optional<User> loadUser(const QString &where, const QVariant &value) const;
    // Runs `change` and journals `action` in one transaction (just `change` without a journal).
    Status journaled(const QString &actor, const QString &action, const QString &login,
                     const QJsonObject &payload, const std::function<Status()> &change);

    store::Database &m_db;
    Clock m_clock;
    LockoutPolicy m_policy;
    journal::Journal *m_journal = nullptr;
};

} // namespace vigie::access
