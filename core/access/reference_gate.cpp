#include "core/access/reference_gate.h"

#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vigie::access {

Status ReferenceGate::authorise(store::Database &db, const journal::Event &event,
                                Permission permission)
{
    const auto author = AuthService::loadUser(db, event.user);
    if (!author)
        return Status::failure(
            tr("%1 is not an account of this register: nobody here gave them the right to %2.")
                .arg(event.user, permissionLabel(permission)));
    if (!author->active)
        return Status::failure(tr("The account %1 is disabled here.").arg(event.user));
    const bool granted = std::any_of(author->roles.cbegin(), author->roles.cend(),
                                     [&](Role role) { return roleGrants(role, permission); });
    if (!granted)
        return Status::failure(tr("The roles of %1 do not allow them to %2.")
                                   .arg(event.user, permissionLabel(permission)));
    return Status::success();
}

Status ReferenceGate::project(store::Database &db, const journal::Event &event,
                              Permission permission, const std::function<Status()> &apply)
{
    return project(db, event, authorise(db, event, permission), apply);
}

Status ReferenceGate::project(store::Database &db, const journal::Event &event,
                              const Status &authorised, const std::function<Status()> &apply)
{
    if (!authorised.ok())
        return flag(db, event, authorised.error());
    // An authorised event this register cannot apply (an account or camera it does not hold,
    // an address it refuses) is undone and flagged too: one bad event must not stop every
    // later one from arriving.
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SAVEPOINT reference_apply")))
        return Status::failure(store::Database::describeError(
            tr("Cannot apply entry %1 of %2").arg(event.seq).arg(event.workstation),
            q.lastError()));
    const Status applied = apply();
    if (applied.ok()) {
        q.exec(QStringLiteral("RELEASE reference_apply"));
        return applied;
    }
    q.exec(QStringLiteral("ROLLBACK TO reference_apply"));
    q.exec(QStringLiteral("RELEASE reference_apply"));
    return flag(db, event, applied.error());
}

Status ReferenceGate::flag(store::Database &db, const journal::Event &event, const QString &reason)
{
    qCWarning(lcAccess).noquote() << "reference event refused:" << event.workstation << event.seq
                                  << event.user << event.action << event.objectId << "-" << reason;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO reference_refusals (workstation, seq, author, action, object_type,"
        " object_id, reason, received_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (workstation, seq) DO NOTHING"));
    q.addBindValue(event.workstation);
    q.addBindValue(event.seq);
    q.addBindValue(event.user);
    q.addBindValue(event.action);
    q.addBindValue(event.objectType);
    q.addBindValue(nonNull(event.objectId));
    q.addBindValue(reason);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot record the refusal of entry %1 of %2").arg(event.seq).arg(event.workstation),
            q.lastError()));
    return Status::success();
}

QList<ReferenceRefusal> ReferenceGate::refusals(store::Database &db)
{
    QList<ReferenceRefusal> list;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT workstation, seq, author, action, object_id, reason,"
                               " received_at_ms FROM reference_refusals"
                               " ORDER BY received_at_ms DESC, workstation, seq DESC")))
        return list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong()) });
    return list;
}

int ReferenceGate::count(store::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM reference_refusals")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace vigie::access
