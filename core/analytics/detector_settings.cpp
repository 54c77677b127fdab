#include "core/analytics/detector_settings.h"

#include "core/access/access_policy.h"
#include "core/access/reference_gate.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::analytics {
namespace {

QString objectId(int camera, const QString &name)
{
    return QStringLiteral("%1/%2").arg(camera).arg(name.trimmed());
}

} // namespace

DetectorSettings::DetectorSettings(store::Database &db, journal::Journal &journal)
    : m_db(db), m_journal(journal)
{
}

QList<DetectorConfig> DetectorSettings::list(int camera) const
{
    QList<DetectorConfig> configs;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT config FROM analytics_detectors WHERE ? = 0 OR camera = ?"
                             " ORDER BY camera, name"));
    q.addBindValue(camera);
    q.addBindValue(camera);
    if (!q.exec())
        return configs;
    while (q.next())
        configs.append(
            DetectorConfig::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
    return configs;
}

std::optional<DetectorConfig> DetectorSettings::find(int camera, const QString &name) const
{
    for (const DetectorConfig &c : list(camera)) {
        if (c.name == name.trimmed())
            return c;
    }
    return std::nullopt;
}

Status DetectorSettings::checkAllowed(const access::User &actor, const QString &id)
{
    access::AccessPolicy policy(m_db, m_journal);
    return policy.check(actor, access::Permission::ConfigureAnalytics,
                        QLatin1String(kSettingsObject), id);
}

Status DetectorSettings::set(const access::User &actor, const DetectorConfig &config)
{
    const QString id = objectId(config.camera, config.name);
    if (const Status allowed = checkAllowed(actor, id); !allowed.ok())
        return allowed;
    if (const Status checked = config.check(); !checked.ok())
        return checked;
    const journal::NewEvent event { actor.login,
                                    QStringLiteral("analytics.set"),
                                    QLatin1String(kSettingsObject),
                                    id,
                                    QString(),
                                    config.toJson() };
    return m_journal.recordProjected(event, [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

Status DetectorSettings::remove(const access::User &actor, int camera, const QString &name)
{
    const QString id = objectId(camera, name);
    if (const Status allowed = checkAllowed(actor, id); !allowed.ok())
        return allowed;
    if (!find(camera, name))
        return Status::failure(
            tr("Camera %1 has no detector named \"%2\".").arg(camera).arg(name.trimmed()));
    const journal::NewEvent event { actor.login,
                                    QStringLiteral("analytics.remove"),
                                    QLatin1String(kSettingsObject),
                                    id,
                                    QString(),
                                    { { QStringLiteral("camera"), camera },
                                      { QStringLiteral("name"), name.trimmed() } } };
    return m_journal.recordProjected(event, [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

Status DetectorSettings::apply(store::Database &db, const journal::Event &event)
{
    QSqlQuery q(db.connection());
    if (event.action == QLatin1String("analytics.remove")) {
        q.prepare(QStringLiteral("DELETE FROM analytics_detectors WHERE camera = ? AND name = ?"));
        q.addBindValue(event.payload.value(QStringLiteral("camera")).toInt());
        q.addBindValue(event.payload.value(QStringLiteral("name")).toString());
    } else {
        const DetectorConfig config = DetectorConfig::fromJson(event.payload);
        if (const Status checked = config.check(); !checked.ok())
            return checked;
        if (objectId(config.camera, config.name) != event.objectId)
            return Status::failure(tr("The event names detector %1 but carries detector %2.")
                                       .arg(event.objectId, objectId(config.camera, config.name)));
        q.prepare(QStringLiteral("INSERT INTO analytics_detectors (camera, name, kind, config,"
                                 " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (camera, name) DO UPDATE SET kind = excluded.kind,"
                                 " config = excluded.config, changed_by = excluded.changed_by,"
                                 " changed_at = excluded.changed_at"));
        q.addBindValue(config.camera);
        q.addBindValue(config.name.trimmed());
        q.addBindValue(kindName(config.kind));
        q.addBindValue(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
        q.addBindValue(event.user);
        q.addBindValue(event.hlc.toString());
    }
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot save the detector %1").arg(event.objectId), q.lastError()));
    return Status::success();
}

Status DetectorSettings::project(store::Database &db, const journal::Event &event)
{
    if (event.action != QLatin1String("analytics.set")
        && event.action != QLatin1String("analytics.remove"))
        return Status::success();
    const Status authorised
        = access::ReferenceGate::authorise(db, event, access::Permission::ConfigureAnalytics);
    if (authorised.ok() && event.action == QLatin1String("analytics.set")) {
        // A newer version's configuration: kept in the journal, flagged, not applied.
        const Status readable = DetectorConfig::fromJson(event.payload).check();
        if (!readable.ok())
            return access::ReferenceGate::flag(db, event, readable.error());
    }
    return access::ReferenceGate::project(db, event, authorised,
                                          [&]() { return apply(db, event); });
}

} // namespace vigie::analytics
