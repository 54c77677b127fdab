#include "core/cameras/camera_selections.h"

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/access/reference_gate.h"
#include "core/common/uuid.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::cameras {
namespace {

const QString kFavourites = QStringLiteral("favourites");

QJsonArray numbersJson(const QList<int> &numbers)
{
    QJsonArray array;
    for (int number : numbers)
        array.append(number);
    return array;
}

QList<int> numbersFrom(const QJsonArray &array)
{
    QList<int> numbers;
    for (const QJsonValue &value : array) {
        const int number = value.toInt();
        if (number > 0 && !numbers.contains(number))
            numbers.append(number);
    }
    return numbers;
}

QList<CameraSelection> select(store::Database &db, const QString &login, bool favourites)
{
    QList<CameraSelection> list;
    QSqlQuery q(db.connection());
    q.prepare(favourites ? QStringLiteral("SELECT id, owner, name, cameras FROM camera_selections"
                                          " WHERE owner = ? AND id = 'favourites'")
                         : QStringLiteral("SELECT id, owner, name, cameras FROM camera_selections"
                                          " WHERE owner = ? AND id <> 'favourites'"
                                          " ORDER BY name COLLATE NOCASE"));
    q.addBindValue(login);
    if (!q.exec())
        return list;
    while (q.next()) {
        CameraSelection s;
        s.id = q.value(0).toString();
        s.owner = q.value(1).toString();
        s.name = q.value(2).toString();
        s.cameras = numbersFrom(QJsonDocument::fromJson(q.value(3).toByteArray()).array());
        list.append(s);
    }
    return list;
}

} // namespace

CameraSelections::CameraSelections(store::Database &db, journal::Journal &journal)
    : m_db(db), m_journal(journal)
{
}

CameraSelection CameraSelections::favourites(const QString &login) const
{
    const QList<CameraSelection> found = select(m_db, login, true);
    if (!found.isEmpty())
        return found.first();
    return { kFavourites, login, QString(), {} };
}

QList<CameraSelection> CameraSelections::groups(const QString &login) const
{
    return select(m_db, login, false);
}

Status CameraSelections::save(const access::User &actor, const CameraSelection &selection,
                              bool deleted)
{
    // Favourites and groups are for those who watch the cameras; the check reads the account
    // as it stands (an inactive or locked one is refused, and the refusal journaled).
    access::AccessPolicy policy(m_db, m_journal);
    const Status allowed = policy.check(actor, access::Permission::ViewLive,
                                        QLatin1String(kSelectionObject), selection.id);
    if (!allowed.ok())
        return allowed;
    const QString action = selection.isFavourites()
        ? QStringLiteral("selection.favourites")
        : (deleted ? QStringLiteral("selection.group_delete") : QStringLiteral("selection.group"));
    // The owner is always the actor: no call here names another operator's selection.
    const journal::NewEvent event { actor.login,
                                    action,
                                    QLatin1String(kSelectionObject),
                                    actor.login + QLatin1Char('/') + selection.id,
                                    QString(),
                                    { { QStringLiteral("owner"), actor.login },
                                      { QStringLiteral("id"), selection.id },
                                      { QStringLiteral("name"), selection.name },
                                      { QStringLiteral("cameras"), numbersJson(selection.cameras) },
                                      { QStringLiteral("deleted"), deleted } } };
    return m_journal.recordProjected(event, [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

Result<bool> CameraSelections::toggleFavourites(const access::User &actor,
                                                const QList<int> &numbers)
{
    if (numbers.isEmpty())
        return Result<bool>::failure(tr("Select a camera first."));
    CameraSelection selection = favourites(actor.login);
    const bool all = std::all_of(numbers.begin(), numbers.end(),
                                 [&](int n) { return selection.cameras.contains(n); });
    for (int number : numbers) {
        if (all)
            selection.cameras.removeAll(number);
        else if (!selection.cameras.contains(number))
            selection.cameras.append(number);
    }
    const Status saved = save(actor, selection, false);
    if (!saved.ok())
        return Result<bool>(saved);
    return !all;
}

Status CameraSelections::checkName(const access::User &actor, const QString &name,
                                   const QString &id) const
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("The group name is missing."));
    for (const CameraSelection &group : groups(actor.login)) {
        if (group.id != id && group.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return Status::failure(tr("You already have a group named \"%1\".").arg(group.name));
    }
    return Status::success();
}

Result<QString> CameraSelections::createGroup(const access::User &actor, const QString &name,
                                              const QList<int> &numbers)
{
    const QString id = timeOrderedUuid().toString(QUuid::WithoutBraces);
    if (const Status named = checkName(actor, name, id); !named.ok())
        return Result<QString>(named);
    CameraSelection group { id, actor.login, name.trimmed(), numbersFrom(numbersJson(numbers)) };
    const Status saved = save(actor, group, false);
    if (!saved.ok())
        return Result<QString>(saved);
    return id;
}

Result<CameraSelection> CameraSelections::ownGroup(const access::User &actor,
                                                   const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT owner FROM camera_selections WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next() || id == kFavourites)
        return Result<CameraSelection>::failure(tr("There is no such group of cameras."));
    const QString owner = q.value(0).toString();
    if (owner != actor.login)
        return Result<CameraSelection>::failure(
            tr("This group of cameras is %1's: only its owner may change it.").arg(owner));
    for (const CameraSelection &group : groups(actor.login)) {
        if (group.id == id)
            return group;
    }
    return Result<CameraSelection>::failure(tr("There is no such group of cameras."));
}

Status CameraSelections::renameGroup(const access::User &actor, const QString &id,
                                     const QString &name)
{
    auto group = ownGroup(actor, id);
    if (!group.ok())
        return group.status();
    if (const Status named = checkName(actor, name, id); !named.ok())
        return named;
    CameraSelection renamed = group.value();
    renamed.name = name.trimmed();
    return save(actor, renamed, false);
}

Status CameraSelections::addToGroup(const access::User &actor, const QString &id,
                                    const QList<int> &numbers)
{
    auto group = ownGroup(actor, id);
    if (!group.ok())
        return group.status();
    CameraSelection changed = group.value();
    for (int number : numbers) {
        if (number > 0 && !changed.cameras.contains(number))
            changed.cameras.append(number);
    }
    return save(actor, changed, false);
}

Status CameraSelections::removeFromGroup(const access::User &actor, const QString &id,
                                         const QList<int> &numbers)
{
    auto group = ownGroup(actor, id);
    if (!group.ok())
        return group.status();
    CameraSelection changed = group.value();
    for (int number : numbers)
        changed.cameras.removeAll(number);
    return save(actor, changed, false);
}

Status CameraSelections::deleteGroup(const access::User &actor, const QString &id)
{
    auto group = ownGroup(actor, id);
    if (!group.ok())
        return group.status();
    return save(actor, group.value(), true);
}

Status CameraSelections::apply(store::Database &db, const journal::Event &event)
{
    const QJsonObject &d = event.payload;
    const QString owner = d.value(QStringLiteral("owner")).toString();
    const QString id = d.value(QStringLiteral("id")).toString();
    if (owner.isEmpty() || id.isEmpty())
        return Status::failure(tr("The event names no operator or no selection."));
    QSqlQuery q(db.connection());
    // A group id is the owner's for good: an event that would move it to someone else's name
    // changes nothing of the other's.
    q.prepare(QStringLiteral("SELECT owner FROM camera_selections WHERE id = ? AND owner <> ?"));
    q.addBindValue(id);
    q.addBindValue(owner);
    if (q.exec() && q.next() && id != kFavourites)
        return Status::failure(tr("This group of cameras is %1's: only its owner may change it.")
                                   .arg(q.value(0).toString()));
    if (d.value(QStringLiteral("deleted")).toBool()) {
        q.prepare(QStringLiteral("DELETE FROM camera_selections WHERE owner = ? AND id = ?"));
        q.addBindValue(owner);
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO camera_selections (owner, id, name, cameras)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (owner, id) DO UPDATE SET"
                                 " name = excluded.name, cameras = excluded.cameras"));
        q.addBindValue(owner);
        q.addBindValue(id);
        q.addBindValue(d.value(QStringLiteral("name")).toString());
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(numbersJson(numbersFrom(d.value(QStringLiteral("cameras")).toArray())))
                .toJson(QJsonDocument::Compact)));
    }
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot save the selection of cameras"), q.lastError()));
    return Status::success();
}

Status CameraSelections::project(store::Database &db, const journal::Event &event)
{
    if (!event.action.startsWith(QLatin1String("selection.")))
        return Status::success();
    // Only the operator named by the selection may author it, only while an active account
    // that watches cameras here, and never over another operator's group.
    const QString owner = event.payload.value(QStringLiteral("owner")).toString();
    Status authorised = access::ReferenceGate::authorise(db, event, access::Permission::ViewLive);
    if (authorised.ok() && event.user != owner)
        authorised = Status::failure(
            tr("%1 may not change the cameras selected by %2.").arg(event.user, owner));
    if (authorised.ok()) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT owner FROM camera_selections WHERE id = ? AND owner <> ?"
                                 " AND id <> 'favourites'"));
        q.addBindValue(event.payload.value(QStringLiteral("id")).toString());
        q.addBindValue(owner);
        if (q.exec() && q.next())
            authorised
                = Status::failure(tr("This group of cameras is %1's: only its owner may change it.")
                                      .arg(q.value(0).toString()));
    }
    return access::ReferenceGate::project(db, event, authorised, [&] { return apply(db, event); });
}

} // namespace vigie::cameras
