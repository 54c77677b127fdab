#include "core/access/auth_service.h"

#include "core/access/access_policy.h"
#include "core/access/reference_gate.h"
#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace vigie::access {
namespace {

QString formatTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

AuthService::AuthService(store::Database &db, journal::Journal &journal, Clock clock,
                         LockoutPolicy policy, int hashIterations)
    : m_db(db), m_journal(journal), m_clock(std::move(clock)), m_policy(policy),
      m_hashIterations(std::clamp(hashIterations, 1, kMaxPasswordIterations))
{
}

const QString &AuthService::dummyHash() const
{
    // Made once, at this service's cost, so that an unknown login costs the same time as a
    // wrong password.
    if (m_dummyHash.isEmpty())
        m_dummyHash = hashPassword(QStringLiteral("vigie-timing-equaliser"), m_hashIterations);
    return m_dummyHash;
}

Status AuthService::journaled(const QString &actor, const QString &action, const QString &login,
                              const QJsonObject &payload, const std::function<Status()> &change)
{
    const journal::NewEvent event {
        actor, action, QStringLiteral("user"), login, QString(), payload
    };
    return m_journal.record(event, change).status();
}

Status AuthService::checkPasswordPolicy(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Status::failure(
            tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    if (password.trimmed() != password)
        return Status::failure(tr("The password must not start or end with a space."));
    return Status::success();
}

Status AuthService::checkManageUsers(const User &actor, const QString &login)
{
    AccessPolicy policy(m_db, m_journal, m_clock);
    return policy.check(actor, Permission::ManageUsers, QStringLiteral("user"), login);
}

Result<User> AuthService::createFirstAdmin(const NewUser &user, const QString &password)
{
    NewUser admin = user;
    if (!admin.roles.contains(Role::Admin))
        admin.roles.append(Role::Admin);
    if (!users().isEmpty()) {
        const QString why = tr("This register already has users: the first administrator is "
                               "created only in an empty register. An administrator creates "
                               "the other accounts with vigiectl --user LOGIN user add.");
        const Status logged
            = journaled(QLatin1String(kUnknownLogin), QStringLiteral("access.refused"), QString(),
                        { { QStringLiteral("what"), QStringLiteral("user.first_admin") },
                          { QStringLiteral("why"), why } },
                        {});
        if (!logged.ok())
            qCWarning(lcAccess) << "cannot journal a refused first administrator:"
                                << logged.error();
        return Result<User>::failure(why);
    }
    return insertUser(admin.login, admin, password, true);
}

Result<User> AuthService::createUser(const User &actor, const NewUser &user,
                                     const QString &password)
{
    const Status allowed = checkManageUsers(actor, user.login);
    if (!allowed.ok())
        return Result<User>(allowed);
    return insertUser(actor.login, user, password, false);
}

Result<User> AuthService::insertUser(const QString &actor, const NewUser &user,
                                     const QString &password, bool firstAdmin)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!loginPattern.match(user.login).hasMatch())
        return Result<User>::failure(
            tr("The login \"%1\" is not valid: 2 to 64 letters, digits, dots, dashes or "
               "underscores.")
                .arg(user.login));
    if (user.displayName.trimmed().isEmpty())
        return Result<User>::failure(tr("The user's name is missing."));
    if (user.roles.isEmpty())
        return Result<User>::failure(tr("A user needs at least one role."));
    Status policy = checkPasswordPolicy(password);
    if (!policy.ok())
        return Result<User>(policy);
    if (findUser(user.login))
        return Result<User>::failure(tr("The login \"%1\" is already taken.").arg(user.login));

    const QString hash = hashPassword(password, m_hashIterations);
    const qint64 now = m_clock().toMSecsSinceEpoch();
    QStringList roleCodes;
    for (Role r : user.roles)
        roleCodes.append(roleCode(r));
    // The full row, so that every desk creates the same account from this event.
    QJsonObject payload { { QStringLiteral("display_name"), user.displayName.trimmed() },
                          { QStringLiteral("matricule"), nonNull(user.matricule.trimmed()) },
                          { QStringLiteral("roles"), roleCodes.join(QLatin1Char(',')) },
                          { QStringLiteral("password_hash"), hash },
                          { QStringLiteral("active"), true },
                          { QStringLiteral("created_at_ms"), now },
                          { QStringLiteral("password_changed_at_ms"), now } };
    if (firstAdmin)
        payload.insert(QStringLiteral("first_admin"), true);
    const journal::NewEvent event {
        actor,  QStringLiteral("user.create"), QLatin1String(kAccountObject), user.login, QString(),
        payload
    };
    const Status saved
        = m_journal
              .recordProjected(event,
                               [&](const journal::Event &e) -> Status {
                                   if (firstAdmin) {
                                       // Checked again inside the transaction: two first
                                       // administrators created at once cannot both pass.
                                       QSqlQuery count(m_db.connection());
                                       if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM users"))
                                           || !count.next() || count.value(0).toLongLong() != 0)
                                           return Status::failure(
                                               tr("This register already has users: the first "
                                                  "administrator is created only in an empty "
                                                  "register."));
                                   }
                                   return applyAccount(m_db, e);
                               })
              .status();
    if (!saved.ok())
        return Result<User>(saved);
    qCInfo(lcAccess) << "user created" << user.login;
    return Result<User>(*findUser(user.login));
}

Status AuthService::setPassword(const User &actor, const QString &login, const QString &password,
                                const QString &currentPassword)
{
    const auto target = findUser(login);
    const bool own = target && target->id == actor.id
        && target->login.compare(actor.login, Qt::CaseInsensitive) == 0;
    if (own) {
        // Users change their own password by giving the current one, rights or not.
        QSqlQuery stored(m_db.connection());
        stored.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
        stored.addBindValue(target->id);
        const bool known = stored.exec() && stored.next();
        const QString hash = known ? stored.value(0).toString() : QString();
        stored.finish();
        if (!target->active || !verifyPassword(currentPassword, hash)) {
            const QString why = target->active
                ? tr("The current password is wrong: the password of %1 is unchanged.").arg(login)
                : tr("The account %1 is disabled.").arg(login);
            const Status logged
                = journaled(target->login, QStringLiteral("access.refused"), target->login,
                            { { QStringLiteral("what"), QStringLiteral("user.password") },
                              { QStringLiteral("why"), why } },
                            {});
            if (!logged.ok())
                qCWarning(lcAccess)
                    << "cannot journal a refused password change:" << logged.error();
            return Status::failure(why);
        }
    } else {
        const Status allowed = checkManageUsers(actor, login);
        if (!allowed.ok())
            return allowed;
    }
    if (!target)
        return Status::failure(tr("Unknown user \"%1\".").arg(login));
    Status policy = checkPasswordPolicy(password);
    if (!policy.ok())
        return policy;
    auto state = accountState(target->login);
    if (!state)
        return Status::failure(tr("Unknown user \"%1\".").arg(login));
    state->insert(QStringLiteral("password_hash"), hashPassword(password, m_hashIterations));
    state->insert(QStringLiteral("password_changed_at_ms"), m_clock().toMSecsSinceEpoch());
    state->insert(QStringLiteral("own"), own);
    const Status changed
        = changeAccount(actor.login, QStringLiteral("user.password"), target->login, *state);
    if (changed.ok())
        qCInfo(lcAccess) << "password changed for" << login;
    return changed;
}

Status AuthService::unlock(const User &actor, const QString &login)
{
    const Status allowed = checkManageUsers(actor, login);
    if (!allowed.ok())
        return allowed;
    const auto target = findUser(login);
    if (!target)
        return Status::failure(tr("Unknown user \"%1\".").arg(login));
    return changeAccount(actor.login, QStringLiteral("user.unlock"), target->login, {});
}

Status AuthService::setRoles(const User &actor, const QString &login, const QList<Role> &roles)
{
    const Status allowed = checkManageUsers(actor, login);
    if (!allowed.ok())
        return allowed;
    if (roles.isEmpty())
        return Status::failure(tr("A user needs at least one role."));
    auto state = accountState(login);
    if (!state)
        return Status::failure(tr("Unknown user \"%1\".").arg(login));
    QList<Role> sorted = roles;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList codes;
    for (Role r : std::as_const(sorted))
        codes.append(roleCode(r));
    state->insert(QStringLiteral("roles"), codes.join(QLatin1Char(',')));
    return changeAccount(actor.login, QStringLiteral("user.roles"), findUser(login)->login, *state);
}

Status AuthService::setActive(const User &actor, const QString &login, bool active)
{
    const Status allowed = checkManageUsers(actor, login);
    if (!allowed.ok())
        return allowed;
    auto state = accountState(login);
    if (!state)
        return Status::failure(tr("Unknown user \"%1\".").arg(login));
    state->insert(QStringLiteral("active"), active);
    return changeAccount(actor.login, QStringLiteral("user.active"), findUser(login)->login,
                         *state);
}

Status AuthService::changeAccount(const QString &actor, const QString &action, const QString &login,
                                  const QJsonObject &payload)
{
    const journal::NewEvent event { actor, action,    QLatin1String(kAccountObject),
                                    login, QString(), payload };
    return m_journal
        .recordProjected(event, [&](const journal::Event &e) { return applyAccount(m_db, e); })
        .status();
}

std::optional<QJsonObject> AuthService::accountState(const QString &login) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT u.display_name, u.matricule, u.password_hash, u.active, u.created_at_ms,"
        " u.password_changed_at_ms, (SELECT group_concat(role, ',') FROM (SELECT role FROM"
        " user_roles r WHERE r.user_id = u.id ORDER BY role)) FROM users u WHERE u.login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonObject { { QStringLiteral("display_name"), q.value(0).toString() },
                         { QStringLiteral("matricule"), q.value(1).toString() },
                         { QStringLiteral("password_hash"), q.value(2).toString() },
                         { QStringLiteral("active"), q.value(3).toBool() },
                         { QStringLiteral("created_at_ms"), q.value(4).toLongLong() },
                         { QStringLiteral("password_changed_at_ms"), q.value(5).toLongLong() },
                         { QStringLiteral("roles"), q.value(6).toString() } };
}

Status AuthService::applyAccount(store::Database &db, const journal::Event &event)
{
    const QString &login = event.objectId;
    const QJsonObject &d = event.payload;
    auto failed = [&](const QSqlQuery &q) {
        return Status::failure(store::Database::describeError(
            tr("Cannot save the account %1").arg(login), q.lastError()));
    };
    // A change to an account this register does not hold.
    auto execOnAccount = [&](QSqlQuery &q) {
        if (!q.exec())
            return failed(q);
        if (q.numRowsAffected() == 0)
            return Status::failure(tr("Unknown user \"%1\".").arg(login));
        return Status::success();
    };
    QSqlQuery q(db.connection());
    if (event.action == QLatin1String("user.habilitation")) {
        q.prepare(QStringLiteral(
            "INSERT INTO habilitations (user_id, designated_by, designation_ref, territory,"
            " training_date, expires_on) SELECT id, ?, ?, ?, ?, ? FROM users WHERE login = ?"
            " ON CONFLICT (user_id) DO UPDATE SET designated_by = excluded.designated_by,"
            " designation_ref = excluded.designation_ref, territory = excluded.territory,"
            " training_date = excluded.training_date, expires_on = excluded.expires_on"));
        for (const char *key :
             { "designated_by", "designation_ref", "territory", "training_date", "expires_on" })
            q.addBindValue(d.value(QLatin1String(key)).toString());
        q.addBindValue(login);
        return execOnAccount(q);
    }
    if (d.contains(QStringLiteral("password_hash"))) {
        QList<QString> roles;
        for (const QString &code : d.value(QStringLiteral("roles"))
                                       .toString()
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!roleFromCode(code))
                return Status::failure(
                    tr("The account %1 names an unknown role \"%2\".").arg(login, code));
            roles.append(code);
        }
        if (roles.isEmpty() || d.value(QStringLiteral("password_hash")).toString().isEmpty())
            return Status::failure(tr("The account %1 has no role or no password.").arg(login));
        q.prepare(QStringLiteral(
            "INSERT INTO users (login, display_name, matricule, password_hash, active,"
            " created_at_ms, password_changed_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name,"
            " matricule = excluded.matricule, password_hash = excluded.password_hash,"
            " active = excluded.active, created_at_ms = excluded.created_at_ms,"
            " password_changed_at_ms = excluded.password_changed_at_ms"));
        q.addBindValue(login);
        q.addBindValue(d.value(QStringLiteral("display_name")).toString());
        q.addBindValue(d.value(QStringLiteral("matricule")).toString());
        q.addBindValue(d.value(QStringLiteral("password_hash")).toString());
        q.addBindValue(d.value(QStringLiteral("active")).toBool() ? 1 : 0);
        q.addBindValue(qint64(d.value(QStringLiteral("created_at_ms")).toDouble()));
        q.addBindValue(qint64(d.value(QStringLiteral("password_changed_at_ms")).toDouble()));
        if (!q.exec())
            return failed(q);
        q.prepare(QStringLiteral("DELETE FROM user_roles WHERE user_id ="
                                 " (SELECT id FROM users WHERE login = ?)"));
        q.addBindValue(login);
        if (!q.exec())
            return failed(q);
        q.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role)"
                                 " SELECT id, ? FROM users WHERE login = ?"));
        for (const QString &role : std::as_const(roles)) {
            q.addBindValue(role);
            q.addBindValue(login);
            if (!q.exec())
                return failed(q);
        }
    }
    if (event.action == QLatin1String("user.password")
        || event.action == QLatin1String("user.unlock")) {
        // A new password or an unlock gives the account its attempts back.
        q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until_ms = NULL"
                                 " WHERE login = ?"));
        q.addBindValue(login);
        return execOnAccount(q);
    }
    return Status::success();
}

Status AuthService::projectAccount(store::Database &db, const journal::Event &event)
{
    static const QStringList actions {
        QStringLiteral("user.create"),   QStringLiteral("user.roles"),
        QStringLiteral("user.password"), QStringLiteral("user.unlock"),
        QStringLiteral("user.active"),   QStringLiteral("user.habilitation")
    };
    if (!actions.contains(event.action) || event.objectId.isEmpty())
        return Status::success();
    Status authorised = Status::success();
    if (event.action == QLatin1String("user.create")
        && event.payload.value(QStringLiteral("first_admin")).toBool()) {
        // The one authorless change: the first administrator of an empty register.
        if (!users(db).isEmpty())
            authorised = Status::failure(
                tr("A first administrator (%1) is accepted only by a register with no user; "
                   "this one has accounts.")
                    .arg(event.objectId));
        else if (event.user.compare(event.objectId, Qt::CaseInsensitive) != 0
                 || !event.payload.value(QStringLiteral("roles"))
                         .toString()
                         .split(QLatin1Char(','))
                         .contains(roleCode(Role::Admin)))
            authorised = Status::failure(
                tr("A first administrator must be created by itself, as an administrator."));
    } else if (event.action == QLatin1String("user.password")
               && event.user.compare(event.objectId, Qt::CaseInsensitive) == 0) {
        // Users change their own password (they gave the current one on their desk).
        const auto self = loadUser(db, event.user);
        if (!self || !self->active)
            authorised = Status::failure(
                tr("%1 is not an active account of this register.").arg(event.user));
    } else {
        authorised = ReferenceGate::authorise(db, event, Permission::ManageUsers);
    }
    return ReferenceGate::project(db, event, authorised, [&]() { return applyAccount(db, event); });
}

Status AuthService::logout(const User &user, const QString &reason)
{
    const QJsonObject payload { { QStringLiteral("reason"), nonNull(reason) } };
    const Status logged
        = journaled(user.login, QStringLiteral("session.logout"), user.login, payload, {});
    if (!logged.ok()) {
        qCWarning(lcAccess) << "cannot journal the logout of" << user.login << logged.error();
        return Status::failure(
            tr("The logout cannot be recorded in the journal, so the session stays open: %1")
                .arg(logged.error()));
    }
    qCInfo(lcAccess) << "logout" << user.login;
    return Status::success();
}

Status AuthService::lockSession(const User &user, const QString &reason)
{
    const Status logged = journaled(user.login, QStringLiteral("session.lock"), user.login,
                                    { { QStringLiteral("reason"), nonNull(reason) } }, {});
    if (!logged.ok()) {
        qCWarning(lcAccess) << "cannot journal the lock of" << user.login << logged.error();
        return Status::failure(
            tr("The lock cannot be recorded in the journal: %1").arg(logged.error()));
    }
    return Status::success();
}

LoginOutcome AuthService::unlockSession(const User &lockedUser, const QString &login,
                                        const QString &password)
{
    LoginOutcome outcome = authenticate(login, password);
    if (outcome.kind != LoginOutcome::Kind::Success || !outcome.user)
        return outcome;
    const User &who = *outcome.user;
    const bool sameUser = who.login.compare(lockedUser.login, Qt::CaseInsensitive) == 0;
    if (!sameUser && !who.hasRole(Role::Supervisor)) {
        const Status refusal = journaled(
            who.login, QStringLiteral("session.unlock_refused"), lockedUser.login,
            { { QStringLiteral("reason"), QStringLiteral("not_same_user_nor_supervisor") } }, {});
        if (!refusal.ok())
            qCWarning(lcAccess) << "cannot journal a refused unlock:" << refusal.error();
        outcome.kind = LoginOutcome::Kind::BadCredentials;
        outcome.user.reset();
        outcome.message = tr("Only %1 or a supervisor can unlock this desk. To change operator, "
                             "%1 logs out.")
                              .arg(lockedUser.displayName);
        return outcome;
    }
    const Status logged = journaled(who.login, QStringLiteral("session.unlock"), lockedUser.login,
                                    { { QStringLiteral("by_supervisor"), !sameUser } }, {});
    if (!logged.ok()) {
        qCWarning(lcAccess) << "cannot journal the unlock:" << logged.error();
        outcome.kind = LoginOutcome::Kind::Error;
        outcome.user.reset();
        outcome.message = tr("The unlock cannot be recorded in the journal: the desk stays "
                             "locked. %1")
                              .arg(logged.error());
    }
    return outcome;
}

LoginOutcome AuthService::authenticate(const QString &login, const QString &password,
                                       const QString &command)
{
    LoginOutcome outcome;
    const QString badCredentials = tr("Wrong login or password.");
    const QString notRecorded = tr("The login cannot be recorded in the journal, so it is "
                                   "refused: %1");
    // vigiectl's authentication says which command it was for, so that it never reads as a
    // login to the desk.
    auto withClient = [&](QJsonObject payload) {
        if (!command.isEmpty()) {
            payload.insert(QStringLiteral("client"), QStringLiteral("vigiectl"));
            payload.insert(QStringLiteral("command"), command);
        }
        return payload;
    };
    // Every attempt is journaled whatever its outcome, or refused: a login nobody can trace
    // does not happen.
    auto journalAttempt = [&](const QString &who, const QString &action, const QJsonObject &payload,
                              const std::function<Status()> &change) -> Status {
        const Status logged = journaled(who, action, who, withClient(payload), change);
        if (!logged.ok())
            qCWarning(lcAccess) << "cannot record the login attempt:" << logged.error();
        return logged;
    };
    auto refuseUnrecorded = [&](const Status &logged) {
        outcome.kind = LoginOutcome::Kind::Error;
        outcome.user.reset();
        outcome.message = notRecorded.arg(logged.error());
        return outcome;
    };

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, login, password_hash, active, failed_attempts,"
                                 " locked_until_ms FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec()) {
        outcome.kind = LoginOutcome::Kind::Error;
        outcome.message
            = store::Database::describeError(tr("Cannot check the login"), query.lastError());
        return outcome;
    }
    if (!query.next()) {
        verifyPassword(password, dummyHash());
        qCInfo(lcAccess) << "failed login for unknown user";
        // What was typed names nobody: it may be a password typed in the wrong field, and the
        // journal is kept for years and synced everywhere. It is not recorded.
        const Status logged = journaled(
            QLatin1String(kUnknownLogin), QStringLiteral("session.login_failed"), QString(),
            withClient({ { QStringLiteral("reason"), QStringLiteral("unknown_user") } }), {});
        if (!logged.ok())
            return refuseUnrecorded(logged);
        outcome.kind = LoginOutcome::Kind::BadCredentials;
        outcome.message = badCredentials;
        return outcome;
    }
    const qint64 id = query.value(0).toLongLong();
    const QString account = query.value(1).toString();
    const QString hash = query.value(2).toString();
    const bool active = query.value(3).toBool();
    const int failed = query.value(4).toInt();
    const QVariant lockedUntilValue = query.value(5);
    query.finish();

    const QDateTime now = m_clock();
    if (!lockedUntilValue.isNull()) {
        const QDateTime lockedUntil = QDateTime::fromMSecsSinceEpoch(lockedUntilValue.toLongLong());
        if (now < lockedUntil) {
            const Status logged
                = journalAttempt(account, QStringLiteral("session.login_refused"),
                                 { { QStringLiteral("reason"), QStringLiteral("locked") } }, {});
            if (!logged.ok())
                return refuseUnrecorded(logged);
            outcome.kind = LoginOutcome::Kind::Locked;
            outcome.lockedUntil = lockedUntil;
            outcome.message = tr("This account is locked after %1 failed attempts, until %2. "
                                 "An administrator can unlock it.")
                                  .arg(m_policy.maxFailedAttempts)
                                  .arg(formatTime(lockedUntil));
            qCInfo(lcAccess) << "login refused, account locked:" << account;
            return outcome;
        }
    }

    if (hashIterations(hash) > kMaxPasswordIterations) {
        // Refused before any hashing: such a hash would hold the desk for minutes or hours.
        const Status logged
            = journalAttempt(account, QStringLiteral("session.login_refused"),
                             { { QStringLiteral("reason"), QStringLiteral("hash_cost") } }, {});
        if (!logged.ok())
            return refuseUnrecorded(logged);
        qCWarning(lcAccess) << "stored hash of" << account << "asks for" << hashIterations(hash)
                            << "iterations: refused";
        outcome.kind = LoginOutcome::Kind::Error;
        outcome.message = tr("The stored password of this account cannot be checked (its hash "
                             "asks for more than %L1 iterations). An administrator must set a "
                             "new one.")
                              .arg(kMaxPasswordIterations);
        return outcome;
    }

    if (!verifyPassword(password, hash)) {
        const int attempts = failed + 1;
        const bool lock = attempts >= m_policy.maxFailedAttempts;
        const QDateTime until = now.addSecs(qint64(m_policy.lockMinutes) * 60);
        auto record = [&]() -> Status {
            QSqlQuery update(m_db.connection());
            if (lock) {
                update.prepare(QStringLiteral(
                    "UPDATE users SET failed_attempts = 0, locked_until_ms = ? WHERE id = ?"));
                update.addBindValue(until.toMSecsSinceEpoch());
            } else {
                update.prepare(QStringLiteral("UPDATE users SET failed_attempts = ? WHERE id = ?"));
                update.addBindValue(attempts);
            }
            update.addBindValue(id);
            if (!update.exec())
                return Status::failure(update.lastError().text());
            return Status::success();
        };
        if (lock) {
            const Status logged = journalAttempt(
                account, QStringLiteral("session.locked"),
                { { QStringLiteral("attempts"), attempts },
                  { QStringLiteral("until"), until.toUTC().toString(Qt::ISODate) } },
                record);
            if (!logged.ok())
                return refuseUnrecorded(logged);
            outcome.kind = LoginOutcome::Kind::Locked;
            outcome.lockedUntil = until;
            outcome.message = tr("Too many failed attempts: this account is locked until %1. "
                                 "An administrator can unlock it.")
                                  .arg(formatTime(until));
            qCWarning(lcAccess) << "account locked after failed logins:" << account;
        } else {
            const Status logged
                = journalAttempt(account, QStringLiteral("session.login_failed"),
                                 { { QStringLiteral("reason"), QStringLiteral("wrong_password") },
                                   { QStringLiteral("attempt"), attempts } },
                                 record);
            if (!logged.ok())
                return refuseUnrecorded(logged);
            outcome.kind = LoginOutcome::Kind::BadCredentials;
            outcome.attemptsLeft = m_policy.maxFailedAttempts - attempts;
            outcome.message = badCredentials;
            qCInfo(lcAccess) << "failed login for" << account << "attempt" << attempts;
        }
        return outcome;
    }

    if (!active) {
        const Status logged
            = journalAttempt(account, QStringLiteral("session.login_refused"),
                             { { QStringLiteral("reason"), QStringLiteral("disabled") } }, {});
        if (!logged.ok())
            return refuseUnrecorded(logged);
        outcome.kind = LoginOutcome::Kind::Disabled;
        outcome.message = tr("This account is disabled. Ask an administrator.");
        return outcome;
    }

    // A hash made with fewer iterations than today's is renewed now, while the password is
    // known.
    const QString renewed = needsRehash(hash, m_hashIterations)
        ? hashPassword(password, m_hashIterations)
        : QString();
    const Status logged = journalAttempt(
        account,
        command.isEmpty() ? QStringLiteral("session.login") : QStringLiteral("session.command"),
        renewed.isEmpty() ? QJsonObject() : QJsonObject { { QStringLiteral("rehashed"), true } },
        [&]() -> Status {
            QSqlQuery reset(m_db.connection());
            reset.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0,"
                                         " locked_until_ms = NULL WHERE id = ?"));
            reset.addBindValue(id);
            if (!reset.exec())
                return Status::failure(reset.lastError().text());
            if (!renewed.isEmpty()) {
                QSqlQuery rehash(m_db.connection());
                rehash.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
                rehash.addBindValue(renewed);
                rehash.addBindValue(id);
                if (!rehash.exec())
                    return Status::failure(rehash.lastError().text());
            }
            return Status::success();
        });
    if (!logged.ok())
        return refuseUnrecorded(logged);
    outcome.kind = LoginOutcome::Kind::Success;
    outcome.user = loadUser(m_db, id);
    qCInfo(lcAccess) << "login" << account << (command.isEmpty() ? "" : "vigiectl");
    return outcome;
}

Status AuthService::project(store::Database &db, const journal::Event &event)
{
    QString sql;
    QVariant lockedUntil;
    if (event.action == QLatin1String("session.login_failed")) {
        if (event.payload.value(QStringLiteral("reason")).toString()
            != QLatin1String("wrong_password"))
            return Status::success();
        sql = QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1"
                             " WHERE login = ?");
    } else if (event.action == QLatin1String("session.locked")) {
        const QDateTime until = QDateTime::fromString(
            event.payload.value(QStringLiteral("until")).toString(), Qt::ISODate);
        if (!until.isValid())
            return Status::success();
        lockedUntil = until.toMSecsSinceEpoch();
        // The later of the two locks holds.
        sql = QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until_ms ="
                             " MAX(COALESCE(locked_until_ms, 0), ?) WHERE login = ?");
    } else if (event.action == QLatin1String("session.login")
               || event.action == QLatin1String("session.command")) {
        sql = QStringLiteral("UPDATE users SET failed_attempts = 0 WHERE login = ?");
    } else {
        return Status::success();
    }
    if (event.objectId.isEmpty())
        return Status::success();
    QSqlQuery q(db.connection());
    q.prepare(sql);
    if (lockedUntil.isValid())
        q.addBindValue(lockedUntil);
    q.addBindValue(event.objectId);
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot apply the login events of %1").arg(event.objectId), q.lastError()));
    return Status::success();
}

std::optional<User> AuthService::findUser(const QString &login) const
{
    return loadUser(m_db, login);
}

std::optional<User> AuthService::loadUser(store::Database &db, qint64 id)
{
    return loadUserWhere(db, QStringLiteral("id = ?"), id);
}

std::optional<User> AuthService::loadUser(store::Database &db, const QString &login)
{
    return loadUserWhere(db, QStringLiteral("login = ?"), login);
}

std::optional<User> AuthService::loadUserWhere(store::Database &db, const QString &where,
                                               const QVariant &value)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id, login, display_name, matricule, active FROM users"
                                 " WHERE ")
                  + where);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.matricule = query.value(3).toString();
    user.active = query.value(4).toBool();
    query.finish();
    QSqlQuery roles(db.connection());
    roles.prepare(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"));
    roles.addBindValue(user.id);
    if (roles.exec()) {
        while (roles.next()) {
            if (auto role = roleFromCode(roles.value(0).toString()))
                user.roles.append(*role);
        }
    }
    std::sort(user.roles.begin(), user.roles.end());
    return user;
}

QList<User> AuthService::users() const
{
    return users(m_db);
}

QList<User> AuthService::users(store::Database &db)
{
    QList<User> list;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM users ORDER BY login")))
        return list;
    while (query.next()) {
        if (auto user = loadUser(db, query.value(0).toLongLong()))
            list.append(*user);
    }
    return list;
}

} // namespace vigie::access
