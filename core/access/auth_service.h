// Users of the workstation and their login: password check, lock-out after repeated failures,
// account creation and password change. Every rule is here, so vigiectl and the GUI meet the
// same ones: a change to an account is made by an acting User whose right core checks at that
// moment, and is journaled in the same transaction. Nothing happens that the journal cannot
// record: a login, logout or lock whose entry cannot be written is refused.
#pragma once

#include "core/access/password_hasher.h"
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
struct Event;
} // namespace vigie::journal

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

// The journal's user for a login attempt with a login that names no account: what was typed
// there (perhaps a password, typed in the wrong field) is never kept.
inline constexpr const char *kUnknownLogin = "(unknown)";
// The journal's object type of account events: never purged by retention, since a desk that
// joins later builds its accounts from them.
inline constexpr const char *kAccountObject = "account";

class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(vigie::access::AuthService)
public:
    // Every account change, login, failed login, lock and logout is a journal event.
    // `hashIterations`: the PBKDF2 cost of the hashes this service writes (tests that only need
    // an account lower it; the shipped value is kPasswordIterations).
    explicit AuthService(store::Database &db, journal::Journal &journal,
                         Clock clock = systemClock(), LockoutPolicy policy = {},
                         int hashIterations = kPasswordIterations);

    // The very first administrator of an empty register (vigiectl init --admin): refused once
    // any user exists. The only account change without an acting user.
    Result<User> createFirstAdmin(const NewUser &user, const QString &password);
    // `actor` needs ManageUsers.
    Result<User> createUser(const User &actor, const NewUser &user, const QString &password);
    // ManageUsers, or the user changing their own password, who gives the current one.
    Status setPassword(const User &actor, const QString &login, const QString &password,
                       const QString &currentPassword = QString());
    // `command`: set by vigiectl ("user add", ...). Its authentication is journaled as that
    // command's ("session.command"), not as a login to the desk.
    LoginOutcome authenticate(const QString &login, const QString &password,
                              const QString &command = QString());
    // `actor` needs ManageUsers.
    Status unlock(const User &actor, const QString &login);
    // `actor` needs ManageUsers. A user keeps at least one role.
    Status setRoles(const User &actor, const QString &login, const QList<Role> &roles);
    // Disables (or enables again) an account: a disabled one cannot log in, and what it authors
    // is refused by every desk. `actor` needs ManageUsers.
    Status setActive(const User &actor, const QString &login, bool active);
    // Refused (the session goes on) when the journal cannot record it.
    Status logout(const User &user, const QString &reason = QString());

    // The desk locked after a time without input (or by the operator): journaled, refused
    // when the journal cannot record it.
    Status lockSession(const User &user, const QString &reason);
    // Unlocks a locked desk: the same user, or a supervisor (who then answers for the desk).
    // Wrong passwords count towards the account's lock-out like any login.
    LoginOutcome unlockSession(const User &lockedUser, const QString &login,
                               const QString &password);

    std::optional<User> findUser(const QString &login) const;
    QList<User> users() const;
    // Every account, by login: for readers that name people (a shift log), who change nothing.
    static QList<User> users(store::Database &db);
    // The account as it stands in the register, for services that check a right.
    static std::optional<User> loadUser(store::Database &db, qint64 id);
    static std::optional<User> loadUser(store::Database &db, const QString &login);

    // Applies another workstation's login events to this register (sync's projector for
    // "user" events): its failed attempts count here too, its lock-out locks here, its unlock,
    // successful login or new password reset them. Without it, five guesses on each desk of
    // the centre would go unnoticed.
    static Status project(store::Database &db, const journal::Event &event);
    // Applies another workstation's account events ("account": created, roles, password,
    // unlocked, disabled, habilitation) once ReferenceGate has checked that their author held
    // ManageUsers here (or, for a password, is the account itself); the first administrator is
    // taken only by a register with no user. A refused event is flagged, not applied.
    static Status projectAccount(store::Database &db, const journal::Event &event);
    // Writes an account event onto users, user_roles and habilitations: the same code for this
    // desk's own changes and for the events of the others. Each event carries the full new
    // state of what it changes.
    static Status applyAccount(store::Database &db, const journal::Event &event);

    static Status checkPasswordPolicy(const QString &password);
    const LockoutPolicy &policy() const { return m_policy; }

private:
    static std::optional<User> loadUserWhere(store::Database &db, const QString &where,
                                             const QVariant &value);
    // Journals `action` on the account and applies it with applyAccount, in one transaction.
    Status changeAccount(const QString &actor, const QString &action, const QString &login,
                         const QJsonObject &payload);
    // The account's row as an account event carries it (no failed attempts or lock: those are
    // each desk's, moved by login events).
    std::optional<QJsonObject> accountState(const QString &login) const;
    // Runs `change` and journals `action` in one transaction.
    Status journaled(const QString &actor, const QString &action, const QString &login,
                     const QJsonObject &payload, const std::function<Status()> &change);
    Result<User> insertUser(const QString &actor, const NewUser &user, const QString &password,
                            bool firstAdmin);
    Status checkManageUsers(const User &actor, const QString &login);
    const QString &dummyHash() const;

    store::Database &m_db;
    journal::Journal &m_journal;
    Clock m_clock;
    LockoutPolicy m_policy;
    int m_hashIterations = kPasswordIterations;
    mutable QString m_dummyHash;
};

} // namespace vigie::access
