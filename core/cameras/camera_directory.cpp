#include "core/cameras/camera_directory.h"

#include "core/access/access_policy.h"
#include "core/access/reference_gate.h"
#include "core/access/view_grants.h"
#include "core/cameras/stream_url.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::cameras {
namespace {

const QString kCameraColumns
    = QStringLiteral("id, number, name, group_id, place, insee_code, main_url, sub_url, transport,"
                     " retention_days, ptz, enabled, zone, address, latitude, longitude,"
                     " bearing_deg, owner, convention, verbalisation, retired, onvif_url");

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalReal(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonValue jsonReal(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

Camera readCamera(const QSqlQuery &q)
{
    Camera c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toInt();
    c.name = q.value(2).toString();
    c.groupId = q.value(3).toLongLong();
    c.place = q.value(4).toString();
    c.inseeCode = q.value(5).toString();
    c.mainUrl = QUrl(q.value(6).toString());
    c.subUrl = QUrl(q.value(7).toString());
    c.transport = q.value(8).toString();
    c.retentionDays = q.value(9).toInt();
    c.ptz = q.value(10).toBool();
    c.enabled = q.value(11).toBool();
    c.zone = q.value(12).toString();
    c.address = q.value(13).toString();
    c.latitude = optionalReal(q.value(14));
    c.longitude = optionalReal(q.value(15));
    c.bearingDeg = optionalReal(q.value(16));
    c.owner = ownerFromName(q.value(17).toString()).value_or(CameraOwner::Commune);
    c.convention = q.value(18).toString();
    c.verbalisation = q.value(19).toBool();
    c.retired = q.value(20).toBool();
    c.onvifUrl = QUrl(q.value(21).toString());
    return c;
}

Camera cameraFromState(const QJsonObject &d)
{
    Camera c;
    c.number = d.value(QStringLiteral("number")).toInt();
    c.name = d.value(QStringLiteral("name")).toString();
    c.place = d.value(QStringLiteral("place")).toString();
    c.inseeCode = d.value(QStringLiteral("insee_code")).toString();
    c.mainUrl = QUrl(d.value(QStringLiteral("main_url")).toString());
    c.subUrl = QUrl(d.value(QStringLiteral("sub_url")).toString());
    c.transport = d.value(QStringLiteral("transport")).toString();
    c.retentionDays = d.value(QStringLiteral("retention_days")).toInt();
    c.ptz = d.value(QStringLiteral("ptz")).toBool();
    c.enabled = d.value(QStringLiteral("enabled")).toBool();
    // Fields added with schema 11: an older event has none of them and leaves the defaults.
    c.zone = d.value(QStringLiteral("zone")).toString();
    c.address = d.value(QStringLiteral("address")).toString();
    c.latitude = optionalReal(d.value(QStringLiteral("latitude")));
    c.longitude = optionalReal(d.value(QStringLiteral("longitude")));
    c.bearingDeg = optionalReal(d.value(QStringLiteral("bearing_deg")));
    c.owner = ownerFromName(d.value(QStringLiteral("owner")).toString(QStringLiteral("commune")))
                  .value_or(CameraOwner::Other);
    c.convention = d.value(QStringLiteral("convention")).toString();
    c.verbalisation = d.value(QStringLiteral("verbalisation")).toBool();
    c.retired = d.value(QStringLiteral("retired")).toBool();
    // Added with the PTZ schema: an older event has none.
    c.onvifUrl = QUrl(d.value(QStringLiteral("onvif_url")).toString());
    return c;
}

Status failed(const QString &what, const QSqlQuery &q)
{
    return Status::failure(store::Database::describeError(what, q.lastError()));
}

// The group at the end of `path` (names from the top), created where missing; 0 for none.
Result<qint64> groupAt(store::Database &db, const QJsonArray &path)
{
    qint64 parent = 0;
    for (const QJsonValue &value : path) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return Result<qint64>::failure(CameraDirectory::tr("The group name is missing."));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM camera_groups WHERE name = ? AND"
                                 " COALESCE(parent_id, 0) = ?"));
        q.addBindValue(name);
        q.addBindValue(parent);
        if (!q.exec())
            return Result<qint64>(
                failed(CameraDirectory::tr("Cannot create the group %1").arg(name), q));
        if (q.next()) {
            parent = q.value(0).toLongLong();
            continue;
        }
        q.prepare(QStringLiteral("INSERT INTO camera_groups (name, parent_id, position)"
                                 " VALUES (?, ?, (SELECT COUNT(*) FROM camera_groups))"));
        q.addBindValue(name);
        q.addBindValue(parent == 0 ? QVariant() : QVariant(parent));
        if (!q.exec())
            return Result<qint64>(
                failed(CameraDirectory::tr("Cannot create the group %1").arg(name), q));
        parent = q.lastInsertId().toLongLong();
    }
    return parent;
}

QJsonArray groupPath(store::Database &db, qint64 id)
{
    QHash<qint64, QPair<QString, qint64>> groups; // id -> (name, parent)
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT id, name, COALESCE(parent_id, 0) FROM camera_groups"))) {
        while (q.next())
            groups.insert(q.value(0).toLongLong(),
                          { q.value(1).toString(), q.value(2).toLongLong() });
    }
    QJsonArray names;
    for (int depth = 0; id != 0 && groups.contains(id) && depth < 32; ++depth) {
        names.prepend(groups.value(id).first);
        id = groups.value(id).second;
    }
    return names;
}

bool isDirectoryAction(const QString &action)
{
    return action == QLatin1String("camera.group") || action == QLatin1String("camera.add")
        || action == QLatin1String("camera.change") || action == QLatin1String("camera.urls")
        || action == QLatin1String("camera.insee") || action == QLatin1String("camera.retire");
}

} // namespace

QString ownerName(CameraOwner owner)
{
    switch (owner) {
    case CameraOwner::Commune:
        return QStringLiteral("commune");
    case CameraOwner::Bailleur:
        return QStringLiteral("bailleur");
    case CameraOwner::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<CameraOwner> ownerFromName(const QString &name)
{
    if (name == QLatin1String("commune"))
        return CameraOwner::Commune;
    if (name == QLatin1String("bailleur"))
        return CameraOwner::Bailleur;
    if (name == QLatin1String("other"))
        return CameraOwner::Other;
    return std::nullopt;
}

bool isCommuneCode(const QString &code)
{
    // Departments 01 to 95 (20 became 2A and 2B in 1976), then the commune's three digits; the
    // overseas departments and collectivities 971 to 978, then two digits.
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-8][0-9]{2})$"));
    return pattern.match(code).hasMatch();
}

CameraDirectory::CameraDirectory(store::Database &db, journal::Journal &journal)
    : m_db(db), m_journal(journal)
{
}

QList<CameraGroup> CameraDirectory::groups() const
{
    QList<CameraGroup> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, parent_id FROM camera_groups ORDER BY position, name")))
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong() });
    return list;
}

QList<Camera> CameraDirectory::cameras() const
{
    QList<Camera> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kCameraColumns
                + QStringLiteral(" FROM cameras ORDER BY number")))
        return list;
    while (q.next())
        list.append(readCamera(q));
    return list;
}

std::optional<Camera> CameraDirectory::byNumber(int number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kCameraColumns
              + QStringLiteral(" FROM cameras WHERE number = ?"));
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCamera(q);
}

CameraDirectory::Problem CameraDirectory::findProblem(const Camera &camera)
{
    if (camera.number <= 0)
        return { QStringLiteral("number"), tr("A camera number must be a positive whole number.") };
    if (camera.name.trimmed().isEmpty())
        return { QStringLiteral("name"), tr("The camera name is missing.") };
    if (const Status checked = checkStreamUrl(camera.number, camera.mainUrl); !checked.ok())
        return { QStringLiteral("main_url"), checked.error() };
    if (!camera.subUrl.isEmpty()) {
        if (const Status checked = checkStreamUrl(camera.number, camera.subUrl); !checked.ok())
            return { QStringLiteral("sub_url"), checked.error() };
    }
    if (!camera.onvifUrl.isEmpty()
        && (!camera.onvifUrl.isValid() || camera.onvifUrl.scheme() != QLatin1String("http")
            || camera.onvifUrl.host().isEmpty()))
        return { QStringLiteral("onvif_url"),
                 tr("The ONVIF address of camera %1 is not a device service address "
                    "(http://host/onvif/device_service).")
                     .arg(camera.number) };
    for (const QUrl &url : { camera.mainUrl, camera.subUrl, camera.onvifUrl }) {
        if (!url.userName().isEmpty() || !url.password().isEmpty())
            return { url == camera.mainUrl      ? QStringLiteral("main_url")
                         : url == camera.subUrl ? QStringLiteral("sub_url")
                                                : QStringLiteral("onvif_url"),
                     tr("The stream address of camera %1 carries a user name or a password: the "
                        "directory and its journal never hold a camera's credentials. Give the "
                        "address without them.")
                         .arg(camera.number) };
    }
    if (camera.retentionDays < 1 || camera.retentionDays > 30)
        return { QStringLiteral("retention_days"),
                 tr("The retention of camera %1 must be between 1 and 30 days (article L252-5).")
                     .arg(camera.number) };
    if (!camera.inseeCode.isEmpty() && !isCommuneCode(camera.inseeCode))
        return { QStringLiteral("insee_code"),
                 tr("The INSEE code \"%1\" of camera %2 is not a French commune's "
                    "code (5 characters, such as 92002 or 2A004).")
                     .arg(camera.inseeCode)
                     .arg(camera.number) };
    if (camera.latitude.has_value() != camera.longitude.has_value()
        || (camera.latitude && (!(*camera.latitude >= -90 && *camera.latitude <= 90)))
        || (camera.longitude && (!(*camera.longitude >= -180 && *camera.longitude <= 180))))
        return { QStringLiteral("latitude"),
                 tr("The coordinates of camera %1 must be a latitude between -90 "
                    "and 90 and a longitude between -180 and 180 degrees, both or "
                    "neither.")
                     .arg(camera.number) };
    if (camera.bearingDeg && !(*camera.bearingDeg >= 0 && *camera.bearingDeg < 360))
        return {
            QStringLiteral("bearing_deg"),
            tr("The viewing direction of camera %1 must be between 0 and 360 degrees (0: north, "
               "90: east).")
                .arg(camera.number)
        };
    if (camera.owner == CameraOwner::Bailleur && camera.convention.trimmed().isEmpty())
        return { QStringLiteral("convention"),
                 tr("Camera %1 belongs to a bailleur: give the reference of its convention.")
                     .arg(camera.number) };
    return {};
}

Status CameraDirectory::checkCamera(const Camera &camera)
{
    const Problem problem = findProblem(camera);
    return problem.message.isEmpty() ? Status::success() : Status::failure(problem.message);
}

Status CameraDirectory::checkAllowed(const access::User &actor, const QString &objectId)
{
    // A refusal is an access log like a refused view: it follows the cameras' retention.
    access::AccessPolicy policy(m_db, m_journal);
    return policy.check(actor, access::Permission::ManageCameras, QStringLiteral("camera"),
                        objectId);
}

Status CameraDirectory::record(const access::User &actor, const QString &action,
                               const QString &objectId, const QJsonObject &payload)
{
    const journal::NewEvent event { actor.login, action,    QLatin1String(kDirectoryObject),
                                    objectId,    QString(), payload };
    return m_journal.recordProjected(event, [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

QJsonObject CameraDirectory::state(const Camera &camera) const
{
    return { { QStringLiteral("number"), camera.number },
             { QStringLiteral("name"), camera.name.trimmed() },
             { QStringLiteral("group"), groupPath(m_db, camera.groupId) },
             { QStringLiteral("place"), nonNull(camera.place) },
             { QStringLiteral("insee_code"), nonNull(camera.inseeCode) },
             { QStringLiteral("main_url"), camera.mainUrl.toString() },
             { QStringLiteral("sub_url"), camera.subUrl.toString() },
             { QStringLiteral("transport"), nonNull(camera.transport) },
             { QStringLiteral("retention_days"), camera.retentionDays },
             { QStringLiteral("ptz"), camera.ptz },
             { QStringLiteral("enabled"), camera.enabled },
             { QStringLiteral("zone"), camera.zone.trimmed() },
             { QStringLiteral("address"), camera.address.trimmed() },
             { QStringLiteral("latitude"), jsonReal(camera.latitude) },
             { QStringLiteral("longitude"), jsonReal(camera.longitude) },
             { QStringLiteral("bearing_deg"), jsonReal(camera.bearingDeg) },
             { QStringLiteral("owner"), ownerName(camera.owner) },
             { QStringLiteral("convention"), camera.convention.trimmed() },
             { QStringLiteral("verbalisation"), camera.verbalisation },
             { QStringLiteral("retired"), camera.retired },
             { QStringLiteral("onvif_url"), camera.onvifUrl.toString() } };
}

Result<qint64> CameraDirectory::addGroup(const access::User &actor, const QString &name,
                                         qint64 parentId)
{
    if (name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("The group name is missing."));
    QJsonArray path = groupPath(m_db, parentId);
    if (parentId > 0 && path.isEmpty())
        return Result<qint64>::failure(tr("There is no such parent group."));
    path.append(name.trimmed());
    QStringList names;
    for (const QJsonValue &v : std::as_const(path))
        names.append(v.toString());
    const QString objectId = names.join(QStringLiteral(" / "));
    const Status allowed = checkAllowed(actor, objectId);
    if (!allowed.ok())
        return Result<qint64>(allowed);
    const Status recorded = record(actor, QStringLiteral("camera.group"), objectId,
                                   { { QStringLiteral("group"), path } });
    if (!recorded.ok())
        return Result<qint64>(recorded);
    return groupAt(m_db, path);
}

Result<qint64> CameraDirectory::addCamera(const access::User &actor, const Camera &camera)
{
    const QString objectId = QString::number(camera.number);
    const Status allowed = checkAllowed(actor, objectId);
    if (!allowed.ok())
        return Result<qint64>(allowed);
    if (const Status checked = checkCamera(camera); !checked.ok())
        return Result<qint64>(checked);
    if (byNumber(camera.number))
        return Result<qint64>::failure(tr("Camera number %1 is already used.").arg(camera.number));
    const Status recorded = record(actor, QStringLiteral("camera.add"), objectId, state(camera));
    if (!recorded.ok())
        return Result<qint64>(recorded);
    return Result<qint64>(byNumber(camera.number)->id);
}

Status CameraDirectory::updateCamera(const access::User &actor, const Camera &camera)
{
    const QString objectId = QString::number(camera.number);
    const Status allowed = checkAllowed(actor, objectId);
    if (!allowed.ok())
        return allowed;
    if (const Status checked = checkCamera(camera); !checked.ok())
        return checked;
    const auto current = byNumber(camera.number);
    if (!current)
        return Status::failure(tr("There is no camera number %1.").arg(camera.number));
    const journal::NewEvent event = changeEvent(actor, current, camera);
    return record(actor, event.action, objectId, event.payload);
}

journal::NewEvent CameraDirectory::changeEvent(const access::User &actor,
                                               const std::optional<Camera> &current,
                                               const Camera &camera) const
{
    QString action = QStringLiteral("camera.change");
    QJsonObject payload = state(camera);
    if (!current) {
        action = QStringLiteral("camera.add");
    } else if (current->inseeCode != camera.inseeCode) {
        // The commune decides who may view the camera: its change reads as such in the journal.
        action = QStringLiteral("camera.insee");
        payload.insert(QStringLiteral("previous_insee_code"), current->inseeCode);
    } else if (camera.retired && !current->retired) {
        action = QStringLiteral("camera.retire");
    } else if (current->mainUrl != camera.mainUrl || current->subUrl != camera.subUrl
               || current->onvifUrl != camera.onvifUrl) {
        action = QStringLiteral("camera.urls");
    }
    return { actor.login, action, QLatin1String(kDirectoryObject), QString::number(camera.number),
             QString(),   payload };
}

Status CameraDirectory::noSuchCamera(const access::User &actor, int number)
{
    // Still a directory change: refused and journaled as such for one without the right.
    const Status allowed = checkAllowed(actor, QString::number(number));
    if (!allowed.ok())
        return allowed;
    return Status::failure(tr("There is no camera number %1.").arg(number));
}

Status CameraDirectory::retireCamera(const access::User &actor, int number)
{
    auto camera = byNumber(number);
    if (!camera)
        return noSuchCamera(actor, number);
    if (camera->retired)
        return Status::failure(tr("Camera %1 is already retired.").arg(number));
    camera->retired = true;
    return updateCamera(actor, *camera);
}

QList<Camera> CameraDirectory::inService() const
{
    QList<Camera> list = cameras();
    list.removeIf([](const Camera &c) { return c.retired; });
    return list;
}

Result<int> CameraDirectory::saveAll(const access::User &actor, const QList<Camera> &cameras)
{
    const Status allowed = checkAllowed(actor, QStringLiteral("import"));
    if (!allowed.ok())
        return Result<int>(allowed);
    QList<journal::NewEvent> events;
    events.reserve(cameras.size());
    for (const Camera &camera : cameras) {
        if (const Status checked = checkCamera(camera); !checked.ok())
            return Result<int>(checked);
        events.append(changeEvent(actor, byNumber(camera.number), camera));
    }
    return m_journal.recordAllProjected(events,
                                        [&](const journal::Event &e) { return apply(m_db, e); });
}

Status CameraDirectory::setStreamUrls(const access::User &actor, int number, const QUrl &mainUrl,
                                      const QUrl &subUrl)
{
    auto camera = byNumber(number);
    if (!camera)
        return noSuchCamera(actor, number);
    camera->mainUrl = mainUrl;
    camera->subUrl = subUrl;
    return updateCamera(actor, *camera);
}

Status CameraDirectory::removeCredentials(int number)
{
    auto camera = byNumber(number);
    if (!camera)
        return Status::failure(tr("There is no camera number %1.").arg(number));
    camera->mainUrl.setUserInfo(QString());
    camera->subUrl.setUserInfo(QString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cameras SET main_url = ?, sub_url = ? WHERE number = ?"));
    q.addBindValue(camera->mainUrl.toString());
    q.addBindValue(nonNull(camera->subUrl.toString()));
    q.addBindValue(number);
    if (!q.exec())
        return failed(tr("Cannot change camera %1").arg(number), q);
    return Status::success();
}

Status CameraDirectory::apply(store::Database &db, const journal::Event &event)
{
    const QJsonObject &d = event.payload;
    auto group = groupAt(db, d.value(QStringLiteral("group")).toArray());
    if (!group.ok())
        return group.status();
    if (event.action == QLatin1String("camera.group"))
        return Status::success();
    const Camera camera = cameraFromState(d);
    if (QString::number(camera.number) != event.objectId)
        return Status::failure(tr("The event names camera %1 but carries camera %2.")
                                   .arg(event.objectId)
                                   .arg(camera.number));
    if (const Status checked = checkCamera(camera); !checked.ok())
        return checked;
    QSqlQuery q(db.connection());
    const bool adding = event.action == QLatin1String("camera.add");
    q.prepare(adding ? QStringLiteral("INSERT INTO cameras (name, group_id, place, insee_code,"
                                      " main_url, sub_url, transport, retention_days, ptz, enabled,"
                                      " zone, address, latitude, longitude, bearing_deg, owner,"
                                      " convention, verbalisation, retired, onvif_url, number)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                      " ?, ?, ?, ?)")
                     : QStringLiteral("UPDATE cameras SET name = ?, group_id = ?, place = ?,"
                                      " insee_code = ?, main_url = ?, sub_url = ?, transport = ?,"
                                      " retention_days = ?, ptz = ?, enabled = ?, zone = ?,"
                                      " address = ?, latitude = ?, longitude = ?, bearing_deg = ?,"
                                      " owner = ?, convention = ?, verbalisation = ?, retired = ?,"
                                      " onvif_url = ? WHERE number = ?"));
    q.addBindValue(camera.name);
    q.addBindValue(group.value() == 0 ? QVariant() : QVariant(group.value()));
    q.addBindValue(camera.place);
    q.addBindValue(camera.inseeCode);
    q.addBindValue(camera.mainUrl.toString());
    q.addBindValue(nonNull(camera.subUrl.toString()));
    q.addBindValue(camera.transport);
    q.addBindValue(camera.retentionDays);
    q.addBindValue(camera.ptz);
    q.addBindValue(camera.enabled);
    q.addBindValue(nonNull(camera.zone));
    q.addBindValue(nonNull(camera.address));
    q.addBindValue(nullable(camera.latitude));
    q.addBindValue(nullable(camera.longitude));
    q.addBindValue(nullable(camera.bearingDeg));
    q.addBindValue(ownerName(camera.owner));
    q.addBindValue(nonNull(camera.convention));
    q.addBindValue(camera.verbalisation);
    q.addBindValue(camera.retired);
    q.addBindValue(nonNull(camera.onvifUrl.toString()));
    q.addBindValue(camera.number);
    if (!q.exec())
        return failed(adding ? tr("Cannot add camera %1").arg(camera.number)
                             : tr("Cannot change camera %1").arg(camera.number),
                      q);
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no camera number %1.").arg(camera.number));
    // A landlord's camera plays only under a viewing session: the access policy is told with
    // the change itself, in its transaction, here and on every desk the event reaches.
    return access::ViewGrants::setRestricted(
        db, camera.number, camera.owner == CameraOwner::Bailleur, camera.convention);
}

Status CameraDirectory::project(store::Database &db, const journal::Event &event)
{
    if (!isDirectoryAction(event.action))
        return Status::success();
    return access::ReferenceGate::project(db, event, access::Permission::ManageCameras,
                                          [&]() { return apply(db, event); });
}

} // namespace vigie::cameras
