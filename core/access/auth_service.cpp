#include "core/access/auth_service.h"

#include "core/access/password_hasher.h"
#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::access {
namespace {

// A hash made once so that an unknown login costs the same time as a wrong password.
const QString &dummyHash()
{
    static const QString hash = hashPassword(QStringLiteral("vigie-timing-equaliser"));
    return hash;
}

QString formatTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

AuthService::AuthService(store::Database &db, Clock clock, LockoutPolicy policy,
                         journal::Journal *journal)
    : m_db(db), m_clock(std::move(clock)), m_policy(policy), m_journal(journal)
{
}

Status AuthService::journaled(const QString &actor, const QString &action, const QString &login,
                              const QJsonObject &payload, const std::function<Status()> &change)
{
    if (!m_journal)
        return change ? store::inTransaction(m_db.connection(), change) : Status::success();
    const journal::NewEvent event {
        actor.isEmpty() ? login : actor, action, QStringLiteral("user"), login, QString(), payload
    };
    return m_journal->record(event, change).status();
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

Result<User> AuthService::createUser(const NewUser &user, const QString &password,
                                     const QString &actor)
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

    const QString hash = hashPassword(password);
    const qint64 now = m_clock().toMSecsSinceEpoch();
    qint64 newId = 0;
    QStringList roleCodes;
    for (Role r : user.roles)
        roleCodes.append(roleCode(r));
    const QJsonObject payload { { QStringLiteral("display_name"), user.displayName.trimmed() },
                                { QStringLiteral("matricule"), nonNull(user.matricule.trimmed()) },
                                { QStringLiteral("roles"), roleCodes.join(QLatin1Char(',')) } };
    Status saved
        = journaled(actor, QStringLiteral("user.create"), user.login, payload, [&]() -> Status {
              QSqlQuery insert(m_db.connection());
              insert.prepare(QStringLiteral(
                  "INSERT INTO users (login, display_name, matricule, password_hash, created_at_ms,"
                  " password_changed_at_ms) VALUES (?, ?, ?, ?, ?, ?)"));
              insert.addBindValue(user.login);
              insert.addBindValue(user.displayName.trimmed());
              insert.addBindValue(nonNull(user.matricule.trimmed()));
              insert.addBindValue(hash);
              insert.addBindValue(now);
              insert.addBindValue(now);
              if (!insert.exec())
                  return Status::failure(store::Database::describeError(
                      tr("Cannot create the user %1").arg(user.login), insert.lastError()));
              newId = insert.lastInsertId().toLongLong();
              QSqlQuery role(m_db.connection());
              role.prepare(
                  QStringLiteral("INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (?, ?)"));
              for (Role r : user.roles) {
                  role.addBindValue(newId);
                  role.addBindValue(roleCode(r));
                  if (!role.exec())
                      return Status::failure(store::Database::describeError(
                          tr("Cannot create the user %1").arg(user.login), role.lastError()));
              }
              return Status::success();
          });
    if (!saved.ok())
        return Result<User>(saved);
    qCInfo(lcAccess) << "user created" << user.login;
    return Result<User>(*findUser(user.login));
}

Status AuthService::setPassword(const QString &login, const QString &password, const QString &actor)
{
    Status policy = checkPasswordPolicy(password);
    if (!policy.ok())
        return policy;
    if (!findUser(login))
        return Status::failure(tr("Unknown user \"%1\".").arg(login));
    const QString hash = hashPassword(password);
    Status changed = journaled(actor, QStringLiteral("user.password"), login, {}, [&]() -> Status {
        QSqlQuery update(m_db.connection());
        update.prepare(
            QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at_ms = ?,"
                           " failed_attempts = 0, locked_until_ms = NULL WHERE login = ?"));
        update.addBindValue(hash);
        update.addBindValue(m_clock().toMSecsSinceEpoch());
        update.addBindValue(login);
        if (!update.exec())
            return Status::failure(store::Database::describeError(
                tr("Cannot change the password of %1").arg(login), update.lastError()));
        return Status::success();
    });
    if (changed.ok())
        qCInfo(lcAccess) << "password changed for" << login;
    return changed;
}

Status AuthService::unlock(const QString &login, const QString &actor)
{
    if (!findUser(login))
        return Status::failure(tr("Unknown user \"%1\".").arg(login));
    return journaled(actor, QStringLiteral("user.unlock"), login, {}, [&]() -> Status {
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral(
            "UPDATE users SET failed_attempts = 0, locked_until_ms = NULL WHERE login = ?"));
        update.addBindValue(login);
        if (!update.exec())
            return Status::failure(store::Database::describeError(tr("Cannot unlock %1").arg(login),
                                                                  update.lastError()));
        return Status::success();
    });
}

void AuthService::logout(const User &user, const QString &reason)
{
    const QJsonObject payload { { QStringLiteral("reason"), nonNull(reason) } };
    const Status logged
        = journaled(user.login, QStringLiteral("session.logout"), user.login, payload, {});
    if (!logged.ok())
        qCWarning(lcAccess) << "cannot journal the logout of" << user.login << logged.error();
    qCInfo(lcAccess) << "logout" << user.login;
}

void AuthService::lockSession(const User &user, const QString &reason)
{
    const Status logged = journaled(user.login, QStringLiteral("session.lock"), user.login,
                                    { { QStringLiteral("reason"), nonNull(reason) } }, {});
    if (!logged.ok())
        qCWarning(lcAccess) << "cannot journal the lock of" << user.login << logged.error();
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
    if (!logged.ok())
        qCWarning(lcAccess) << "cannot journal the unlock:" << logged.error();
    return outcome;
}

LoginOutcome AuthService::authenticate(const QString &login, const QString &password)
{
    LoginOutcome outcome;
    const QString badCredentials = tr("Wrong login or password.");
    // A login attempt is journaled whatever its outcome; the attempted login is cut short so
    // that a password typed in the login field does not end up whole in the register.
    const QString attempted = login.left(64);
    auto journalAttempt = [&](const QString &action, const QJsonObject &payload,
                              const std::function<Status()> &change) {
        const Status logged = journaled(attempted, action, attempted, payload, change);
        if (!logged.ok())
            qCWarning(lcAccess) << "cannot record the login attempt:" << logged.error();
    };

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, password_hash, active, failed_attempts,"
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
        journalAttempt(QStringLiteral("session.login_failed"),
                       { { QStringLiteral("reason"), QStringLiteral("unknown_user") } }, {});
        outcome.kind = LoginOutcome::Kind::BadCredentials;
        outcome.message = badCredentials;
        return outcome;
    }
    const qint64 id = query.value(0).toLongLong();
    const QString hash = query.value(1).toString();
    const bool active = query.value(2).toBool();
    const int failed = query.value(3).toInt();
    const QVariant lockedUntilValue = query.value(4);
    query.finish();

    const QDateTime now = m_clock();
    if (!lockedUntilValue.isNull()) {
        const QDateTime lockedUntil = QDateTime::fromMSecsSinceEpoch(lockedUntilValue.toLongLong());
        if (now < lockedUntil) {
            outcome.kind = LoginOutcome::Kind::Locked;
            outcome.lockedUntil = lockedUntil;
            outcome.message = tr("This account is locked after %1 failed attempts, until %2. "
                                 "A supervisor can unlock it.")
                                  .arg(m_policy.maxFailedAttempts)
                                  .arg(formatTime(lockedUntil));
            qCInfo(lcAccess) << "login refused, account locked:" << login;
            journalAttempt(QStringLiteral("session.login_refused"),
                           { { QStringLiteral("reason"), QStringLiteral("locked") } }, {});
            return outcome;
        }
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
            journalAttempt(QStringLiteral("session.locked"),
                           { { QStringLiteral("attempts"), attempts },
                             { QStringLiteral("until"), until.toUTC().toString(Qt::ISODate) } },
                           record);
            outcome.kind = LoginOutcome::Kind::Locked;
            outcome.lockedUntil = until;
            outcome.message = tr("Too many failed attempts: this account is locked until %1. "
                                 "A supervisor can unlock it.")
                                  .arg(formatTime(until));
            qCWarning(lcAccess) << "account locked after failed logins:" << login;
        } else {
            journalAttempt(QStringLiteral("session.login_failed"),
                           { { QStringLiteral("reason"), QStringLiteral("wrong_password") },
                             { QStringLiteral("attempt"), attempts } },
                           record);
            outcome.kind = LoginOutcome::Kind::BadCredentials;
            outcome.attemptsLeft = m_policy.maxFailedAttempts - attempts;
            outcome.message = badCredentials;
            qCInfo(lcAccess) << "failed login for" << login << "attempt" << attempts;
        }
        return outcome;
    }

    if (!active) {
        journalAttempt(QStringLiteral("session.login_refused"),
                       { { QStringLiteral("reason"), QStringLiteral("disabled") } }, {});
        outcome.kind = LoginOutcome::Kind::Disabled;
        outcome.message = tr("This account is disabled. Ask an administrator.");
        return outcome;
    }

    const QString renewed = needsRehash(hash) ? hashPassword(password) : QString();
    journalAttempt(QStringLiteral("session.login"), {}, [&]() -> Status {
        QSqlQuery reset(m_db.connection());
        reset.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until_ms = NULL"
                                     " WHERE id = ?"));
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
    outcome.kind = LoginOutcome::Kind::Success;
    outcome.user = findUser(login);
    qCInfo(lcAccess) << "login" << login;
    return outcome;
}

std::optional<User> AuthService::findUser(const QString &login) const
{
    return loadUser(QStringLiteral("login = ?"), login);
}

std::optional<User> AuthService::loadUser(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_db.connection());
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
    QSqlQuery roles(m_db.connection());
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
    QList<User> list;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM users ORDER BY login")))
        return list;
    while (query.next()) {
        if (auto user = loadUser(QStringLiteral("id = ?"), query.value(0)))
            list.append(*user);
    }
    return list;
}

} // namespace vigie::access
