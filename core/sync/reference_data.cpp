#include "core/sync/reference_data.h"

#include "core/cameras/stream_url.h"
#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace vigie::sync {
namespace {

class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::ReferenceData)
};

Status failed(const QString &what, const QSqlQuery &q)
{
    return Status::failure(store::Database::describeError(what, q.lastError()));
}

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

QVariant fromNullable(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QVariant() : value.toVariant();
}

// --- users, roles, habilitations: keyed by login (local ids differ between workstations).

Result<QMap<QString, QJsonObject>> snapshotUsers(store::Database &db)
{
    QMap<QString, QJsonObject> rows;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT u.login, u.display_name, u.matricule, u.password_hash, u.active,"
            " u.created_at_ms, u.password_changed_at_ms,"
            " (SELECT group_concat(role, ',') FROM (SELECT role FROM user_roles r"
            "   WHERE r.user_id = u.id ORDER BY role)),"
            " h.designated_by, h.designation_ref, h.territory, h.training_date, h.expires_on"
            " FROM users u LEFT JOIN habilitations h ON h.user_id = u.id")))
        return Result<QMap<QString, QJsonObject>>(
            failed(ReferenceData::tr("Cannot read the users"), q));
    while (q.next()) {
        QJsonObject row { { QStringLiteral("display_name"), q.value(1).toString() },
                          { QStringLiteral("matricule"), q.value(2).toString() },
                          { QStringLiteral("password_hash"), q.value(3).toString() },
                          { QStringLiteral("active"), q.value(4).toBool() },
                          { QStringLiteral("created_at_ms"), q.value(5).toLongLong() },
                          { QStringLiteral("password_changed_at_ms"), q.value(6).toLongLong() },
                          { QStringLiteral("roles"), q.value(7).toString() } };
        if (!q.value(8).isNull()) {
            row.insert(QStringLiteral("habilitation"),
                       QJsonObject { { QStringLiteral("designated_by"), q.value(8).toString() },
                                     { QStringLiteral("designation_ref"), q.value(9).toString() },
                                     { QStringLiteral("territory"), q.value(10).toString() },
                                     { QStringLiteral("training_date"), q.value(11).toString() },
                                     { QStringLiteral("expires_on"), q.value(12).toString() } });
        }
        rows.insert(q.value(0).toString(), row);
    }
    return rows;
}

Status applyUser(store::Database &db, const QString &login, const std::optional<QJsonObject> &data)
{
    QSqlQuery q(db.connection());
    if (!data) {
        q.prepare(QStringLiteral("DELETE FROM users WHERE login = ?"));
        q.addBindValue(login);
        return q.exec() ? Status::success()
                        : failed(ReferenceData::tr("Cannot remove the user"), q);
    }
    const QJsonObject &d = *data;
    // Failed attempts and lock-outs stay the workstation's own.
    q.prepare(QStringLiteral(
        "INSERT INTO users (login, display_name, matricule, password_hash, active, created_at_ms,"
        " password_changed_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET"
        " display_name = excluded.display_name, matricule = excluded.matricule,"
        " password_hash = excluded.password_hash, active = excluded.active,"
        " created_at_ms = excluded.created_at_ms,"
        " password_changed_at_ms = excluded.password_changed_at_ms"));
    q.addBindValue(login);
    q.addBindValue(d.value(QStringLiteral("display_name")).toString());
    q.addBindValue(d.value(QStringLiteral("matricule")).toString());
    q.addBindValue(d.value(QStringLiteral("password_hash")).toString());
    q.addBindValue(d.value(QStringLiteral("active")).toBool() ? 1 : 0);
    q.addBindValue(qint64(d.value(QStringLiteral("created_at_ms")).toDouble()));
    q.addBindValue(qint64(d.value(QStringLiteral("password_changed_at_ms")).toDouble()));
    if (!q.exec())
        return failed(ReferenceData::tr("Cannot save the user %1").arg(login), q);
    q.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return failed(ReferenceData::tr("Cannot save the user %1").arg(login), q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery change(db.connection());
    change.prepare(QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"));
    change.addBindValue(id);
    if (!change.exec())
        return failed(ReferenceData::tr("Cannot save the user %1").arg(login), change);
    change.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    for (const QString &role :
         d.value(QStringLiteral("roles")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        change.addBindValue(id);
        change.addBindValue(role);
        if (!change.exec())
            return failed(ReferenceData::tr("Cannot save the user %1").arg(login), change);
    }
    change.prepare(QStringLiteral("DELETE FROM habilitations WHERE user_id = ?"));
    change.addBindValue(id);
    if (!change.exec())
        return failed(ReferenceData::tr("Cannot save the user %1").arg(login), change);
    const QJsonObject h = d.value(QStringLiteral("habilitation")).toObject();
    if (!h.isEmpty()) {
        change.prepare(QStringLiteral(
            "INSERT INTO habilitations (user_id, designated_by, designation_ref, territory,"
            " training_date, expires_on) VALUES (?, ?, ?, ?, ?, ?)"));
        change.addBindValue(id);
        for (const char *key :
             { "designated_by", "designation_ref", "territory", "training_date", "expires_on" })
            change.addBindValue(h.value(QLatin1String(key)).toString());
        if (!change.exec())
            return failed(ReferenceData::tr("Cannot save the user %1").arg(login), change);
    }
    return Status::success();
}

// --- cameras, keyed by number; their group by its path of names.

Result<QMap<QString, QJsonObject>> snapshotCameras(store::Database &db)
{
    QMap<QString, QJsonObject> rows;
    QHash<qint64, QPair<QString, qint64>> groups; // id -> (name, parent)
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, COALESCE(parent_id, 0) FROM camera_groups")))
        return Result<QMap<QString, QJsonObject>>(
            failed(ReferenceData::tr("Cannot read the cameras"), q));
    while (q.next())
        groups.insert(q.value(0).toLongLong(), { q.value(1).toString(), q.value(2).toLongLong() });
    auto path = [&](qint64 id) {
        QJsonArray names;
        for (int depth = 0; id != 0 && groups.contains(id) && depth < 32; ++depth) {
            names.prepend(groups.value(id).first);
            id = groups.value(id).second;
        }
        return names;
    };
    if (!q.exec(QStringLiteral(
            "SELECT number, name, COALESCE(group_id, 0), place, insee_code, latitude, longitude,"
            " main_url, sub_url, transport, retention_days, ptz, enabled FROM cameras")))
        return Result<QMap<QString, QJsonObject>>(
            failed(ReferenceData::tr("Cannot read the cameras"), q));
    while (q.next()) {
        rows.insert(q.value(0).toString(),
                    QJsonObject { { QStringLiteral("name"), q.value(1).toString() },
                                  { QStringLiteral("group"), path(q.value(2).toLongLong()) },
                                  { QStringLiteral("place"), q.value(3).toString() },
                                  { QStringLiteral("insee_code"), q.value(4).toString() },
                                  { QStringLiteral("latitude"), nullable(q.value(5)) },
                                  { QStringLiteral("longitude"), nullable(q.value(6)) },
                                  { QStringLiteral("main_url"), q.value(7).toString() },
                                  { QStringLiteral("sub_url"), q.value(8).toString() },
                                  { QStringLiteral("transport"), q.value(9).toString() },
                                  { QStringLiteral("retention_days"), q.value(10).toInt() },
                                  { QStringLiteral("ptz"), q.value(11).toBool() },
                                  { QStringLiteral("enabled"), q.value(12).toBool() } });
    }
    return rows;
}

Result<qint64> groupId(store::Database &db, const QJsonArray &path)
{
    qint64 parent = 0;
    for (const QJsonValue &value : path) {
        const QString name = value.toString();
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM camera_groups WHERE name = ? AND"
                                 " COALESCE(parent_id, 0) = ?"));
        q.addBindValue(name);
        q.addBindValue(parent);
        if (!q.exec())
            return Result<qint64>(
                failed(ReferenceData::tr("Cannot save the camera group %1").arg(name), q));
        if (q.next()) {
            parent = q.value(0).toLongLong();
            continue;
        }
        q.prepare(QStringLiteral("INSERT INTO camera_groups (name, parent_id, position) VALUES"
                                 " (?, ?, (SELECT COUNT(*) FROM camera_groups))"));
        q.addBindValue(name);
        q.addBindValue(parent == 0 ? QVariant() : QVariant(parent));
        if (!q.exec())
            return Result<qint64>(
                failed(ReferenceData::tr("Cannot save the camera group %1").arg(name), q));
        parent = q.lastInsertId().toLongLong();
    }
    return parent;
}

Status applyCamera(store::Database &db, const QString &number,
                   const std::optional<QJsonObject> &data)
{
    QSqlQuery q(db.connection());
    if (!data) {
        q.prepare(QStringLiteral("DELETE FROM cameras WHERE number = ?"));
        q.addBindValue(number.toInt());
        return q.exec() ? Status::success()
                        : failed(ReferenceData::tr("Cannot remove the camera"), q);
    }
    const QJsonObject &d = *data;
    // Whoever wrote the row at central, this desk never stores an address that is not a
    // camera's: the camera keeps what it had here.
    const Status url = cameras::checkStreamUrls(
        number.toInt(), QUrl(d.value(QStringLiteral("main_url")).toString()),
        QUrl(d.value(QStringLiteral("sub_url")).toString()));
    if (!url.ok()) {
        qCWarning(lcCameras).noquote()
            << "camera" << number << "from central refused:" << url.error();
        return Status::success();
    }
    auto group = groupId(db, d.value(QStringLiteral("group")).toArray());
    if (!group.ok())
        return group.status();
    q.prepare(QStringLiteral(
        "INSERT INTO cameras (number, name, group_id, place, insee_code, latitude, longitude,"
        " main_url, sub_url, transport, retention_days, ptz, enabled) VALUES (?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO UPDATE SET name = excluded.name,"
        " group_id = excluded.group_id, place = excluded.place, insee_code = excluded.insee_code,"
        " latitude = excluded.latitude, longitude = excluded.longitude,"
        " main_url = excluded.main_url, sub_url = excluded.sub_url,"
        " transport = excluded.transport, retention_days = excluded.retention_days,"
        " ptz = excluded.ptz, enabled = excluded.enabled"));
    q.addBindValue(number.toInt());
    q.addBindValue(d.value(QStringLiteral("name")).toString());
    q.addBindValue(group.value() == 0 ? QVariant() : QVariant(group.value()));
    q.addBindValue(d.value(QStringLiteral("place")).toString());
    q.addBindValue(d.value(QStringLiteral("insee_code")).toString());
    q.addBindValue(fromNullable(d.value(QStringLiteral("latitude"))));
    q.addBindValue(fromNullable(d.value(QStringLiteral("longitude"))));
    q.addBindValue(d.value(QStringLiteral("main_url")).toString());
    q.addBindValue(d.value(QStringLiteral("sub_url")).toString());
    q.addBindValue(d.value(QStringLiteral("transport")).toString());
    q.addBindValue(d.value(QStringLiteral("retention_days")).toInt());
    q.addBindValue(d.value(QStringLiteral("ptz")).toBool() ? 1 : 0);
    q.addBindValue(d.value(QStringLiteral("enabled")).toBool() ? 1 : 0);
    if (!q.exec())
        return failed(ReferenceData::tr("Cannot save the camera %1").arg(number), q);
    return Status::success();
}

// --- the incident typology, keyed by code.

Result<QMap<QString, QJsonObject>> snapshotCategories(store::Database &db)
{
    QMap<QString, QJsonObject> rows;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT code, label, parent_code, position, active FROM incident_categories")))
        return Result<QMap<QString, QJsonObject>>(
            failed(ReferenceData::tr("Cannot read the typology"), q));
    while (q.next()) {
        rows.insert(q.value(0).toString(),
                    QJsonObject { { QStringLiteral("label"), q.value(1).toString() },
                                  { QStringLiteral("parent_code"), nullable(q.value(2)) },
                                  { QStringLiteral("position"), q.value(3).toInt() },
                                  { QStringLiteral("active"), q.value(4).toBool() } });
    }
    return rows;
}

Status applyCategory(store::Database &db, const QString &code,
                     const std::optional<QJsonObject> &data)
{
    QSqlQuery q(db.connection());
    if (!data) {
        // A category still named by incidents or sub-categories is retired, not removed.
        q.prepare(QStringLiteral("UPDATE incident_categories SET active = 0 WHERE code = ?"));
        q.addBindValue(code);
        return q.exec() ? Status::success()
                        : failed(ReferenceData::tr("Cannot save the typology"), q);
    }
    const QJsonObject &d = *data;
    q.prepare(QStringLiteral(
        "INSERT INTO incident_categories (code, label, parent_code, position, active) VALUES"
        " (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET label = excluded.label,"
        " parent_code = excluded.parent_code, position = excluded.position,"
        " active = excluded.active"));
    q.addBindValue(code);
    q.addBindValue(d.value(QStringLiteral("label")).toString());
    q.addBindValue(fromNullable(d.value(QStringLiteral("parent_code"))));
    q.addBindValue(d.value(QStringLiteral("position")).toInt());
    q.addBindValue(d.value(QStringLiteral("active")).toBool() ? 1 : 0);
    if (!q.exec())
        return failed(ReferenceData::tr("Cannot save the typology"), q);
    return Status::success();
}

} // namespace

const ReferenceKind *ReferenceRegistry::find(const QString &kind) const
{
    for (const ReferenceKind &k : m_kinds) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

ReferenceRegistry ReferenceRegistry::standard()
{
    ReferenceRegistry registry;
    auto flat = [](const QJsonObject &) {
        return 0;
    };
    registry.add({ QStringLiteral("user"), &snapshotUsers, &applyUser, flat });
    registry.add({ QStringLiteral("camera"), &snapshotCameras, &applyCamera, flat });
    registry.add({ QStringLiteral("incident_category"), &snapshotCategories, &applyCategory,
                   [](const QJsonObject &row) {
                       return row.value(QStringLiteral("parent_code")).isNull() ? 0 : 1;
                   } });
    return registry;
}

QByteArray referenceDigest(const std::optional<QJsonObject> &data)
{
    if (!data)
        return QByteArray();
    return journal::Journal::sha256Hex(journal::Journal::canonicalJson(*data));
}

} // namespace vigie::sync
