#include "core/analytics/alarm_log.h"

#include "core/access/access_policy.h"
#include "core/common/sha256.h"
#include "core/common/uuid.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::analytics {
namespace {

Alarm readAlarm(const QSqlQuery &q)
{
    Alarm a;
    a.id = q.value(0).toString();
    a.camera = q.value(1).toInt();
    a.detector = q.value(2).toString();
    a.type = q.value(3).toString();
    a.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong());
    a.details = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    a.snapshotPng = q.value(6).toByteArray();
    a.acknowledgedBy = q.value(7).toString();
    if (!q.value(8).isNull())
        a.acknowledgedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong());
    a.comment = q.value(9).toString();
    return a;
}

const QString kColumns = QStringLiteral("id, camera, detector, type, at_ms, details, snapshot,"
                                        " acknowledged_by, acknowledged_ms, comment");

} // namespace

AlarmLog::AlarmLog(store::Database &db, journal::Journal &journal, Clock clock)
    : m_db(db), m_journal(journal), m_clock(std::move(clock))
{
}

Result<QString> AlarmLog::raise(int camera, const QString &detector, const AnalyticsEvent &event)
{
    const QString id = timeOrderedUuid().toString(QUuid::WithoutBraces);
    QJsonObject payload { { QStringLiteral("camera"), camera },
                          { QStringLiteral("detector"), detector },
                          { QStringLiteral("type"), event.type },
                          { QStringLiteral("at_ms"), event.t_ms },
                          { QStringLiteral("details"), event.toJson() } };
    if (!event.snapshotPng.isEmpty()) {
        payload.insert(QStringLiteral("snapshot_png"),
                       QString::fromLatin1(event.snapshotPng.toBase64()));
        payload.insert(QStringLiteral("snapshot_sha256"),
                       QString::fromLatin1(sha256Hex({ event.snapshotPng })));
    }
    const journal::NewEvent e { QStringLiteral("system"),
                                QStringLiteral("analytics.alarm"),
                                QLatin1String(kAlarmObject),
                                id,
                                QString(),
                                payload };
    const auto recorded
        = m_journal.recordProjected(e, [&](const journal::Event &ev) { return apply(m_db, ev); });
    if (!recorded.ok())
        return Result<QString>(recorded.status());
    return id;
}

Status AlarmLog::acknowledge(const access::User &actor, const QString &id, const QString &comment)
{
    access::AccessPolicy policy(m_db, m_journal, m_clock);
    if (const Status allowed
        = policy.check(actor, access::Permission::TagIncident, QLatin1String(kAlarmObject), id);
        !allowed.ok())
        return allowed;
    // What the register must show later is what the operator saw and did, not a bare "ok".
    if (comment.trimmed().isEmpty())
        return Status::failure(
            tr("An alarm is acknowledged with a comment: what was seen, what was done."));
    const auto alarm = find(id);
    if (!alarm)
        return Status::failure(tr("There is no alarm %1.").arg(id));
    if (!alarm->acknowledgedBy.isEmpty())
        return Status::failure(
            tr("This alarm was already acknowledged by %1 on %2.")
                .arg(alarm->acknowledgedBy,
                     alarm->acknowledgedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    const journal::NewEvent e { actor.login,
                                QStringLiteral("analytics.ack"),
                                QLatin1String(kAlarmObject),
                                id,
                                QString(),
                                { { QStringLiteral("comment"), comment.trimmed() },
                                  { QStringLiteral("at_ms"), m_clock().toMSecsSinceEpoch() } } };
    return m_journal.recordProjected(e, [&](const journal::Event &ev) { return apply(m_db, ev); })
        .status();
}

QList<Alarm> AlarmLog::list(bool openOnly) const
{
    QList<Alarm> alarms;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM analytics_alarms WHERE ? = 0 OR acknowledged_by IS NULL"
                               " ORDER BY at_ms DESC"));
    q.addBindValue(openOnly ? 1 : 0);
    if (q.exec()) {
        while (q.next())
            alarms.append(readAlarm(q));
    }
    return alarms;
}

std::optional<Alarm> AlarmLog::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM analytics_alarms WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readAlarm(q);
    return std::nullopt;
}

Status AlarmLog::apply(store::Database &db, const journal::Event &event)
{
    const QJsonObject &d = event.payload;
    QSqlQuery q(db.connection());
    if (event.action == QLatin1String("analytics.alarm")) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO analytics_alarms (id, camera, detector,"
                                 " type, at_ms, details, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(event.objectId);
        q.addBindValue(d.value(QStringLiteral("camera")).toInt());
        q.addBindValue(d.value(QStringLiteral("detector")).toString());
        q.addBindValue(d.value(QStringLiteral("type")).toString());
        q.addBindValue(qint64(d.value(QStringLiteral("at_ms")).toDouble()));
        q.addBindValue(QJsonDocument(d.value(QStringLiteral("details")).toObject())
                           .toJson(QJsonDocument::Compact));
        q.addBindValue(
            QByteArray::fromBase64(d.value(QStringLiteral("snapshot_png")).toString().toLatin1()));
    } else if (event.action == QLatin1String("analytics.ack")) {
        // The first acknowledgement stands: two desks acknowledging while apart both keep
        // their event in the journal.
        q.prepare(QStringLiteral("UPDATE analytics_alarms SET acknowledged_by = ?,"
                                 " acknowledged_ms = ?, comment = ?"
                                 " WHERE id = ? AND acknowledged_by IS NULL"));
        q.addBindValue(event.user);
        q.addBindValue(qint64(d.value(QStringLiteral("at_ms")).toDouble()));
        q.addBindValue(d.value(QStringLiteral("comment")).toString());
        q.addBindValue(event.objectId);
    } else {
        return Status::success();
    }
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot record the alarm %1").arg(event.objectId), q.lastError()));
    return Status::success();
}

Status AlarmLog::project(store::Database &db, const journal::Event &event)
{
    return apply(db, event);
}

} // namespace vigie::analytics
