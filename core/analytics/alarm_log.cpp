#include "core/analytics/alarm_log.h"

#include "core/access/access_policy.h"
#include "core/access/reference_gate.h"
#include "core/analytics/analytics_logging.h"
#include "core/cameras/camera_directory.h"
#include "core/common/sha256.h"
#include "core/common/uuid.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::analytics {
namespace {

const QString kColumns = QStringLiteral("id, camera, detector, type, at_ms, details, snapshot,"
                                        " acknowledged_by, acknowledged_ms, comment,"
                                        " snapshot_path, snapshot_sha256");

constexpr int kMaxPictureDays = 30; // L252-5: images of the road are never kept longer

} // namespace

Alarm AlarmLog::read(const QSqlQuery &q) const
{
    Alarm a;
    a.id = q.value(0).toString();
    a.camera = q.value(1).toInt();
    a.detector = q.value(2).toString();
    a.type = q.value(3).toString();
    a.at = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong());
    a.details = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    a.picture = q.value(6).toByteArray();
    a.acknowledgedBy = q.value(7).toString();
    if (!q.value(8).isNull())
        a.acknowledgedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong());
    a.comment = q.value(9).toString();
    a.snapshotFile = q.value(10).toString();
    a.snapshotSha256 = q.value(11).toString();
    if (a.picture.isEmpty() && !a.snapshotFile.isEmpty()) {
        // Alarms raised when pictures were files: absent once purged, and on the desks that
        // did not raise them; a file that no longer matches its hash is not shown as proof.
        QFile file(QDir(dataDir()).filePath(a.snapshotFile));
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray png = file.readAll();
            if (QString::fromLatin1(sha256Hex({ png })) == a.snapshotSha256)
                a.picture = png;
            else
                qCWarning(lcAnalytics).noquote()
                    << "the picture of alarm" << a.id << "does not match its SHA-256";
        }
    }
    return a;
}

QString AlarmLog::dataDir() const
{
    return QFileInfo(m_db.path()).absolutePath();
}

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
    QList<journal::NewEvent> events { { QStringLiteral("system"), QStringLiteral("analytics.alarm"),
                                        QLatin1String(kAlarmObject), id, QString(), payload } };
    if (!event.picture.isEmpty()) {
        // The alarm holds the picture's hash for as long as it is kept; the picture travels
        // in its own event, which retention empties with the camera's images.
        const QString sha = QString::fromLatin1(sha256Hex({ event.picture }));
        events.first().payload.insert(QStringLiteral("snapshot_sha256"), sha);
        events.append(
            { QStringLiteral("system"),
              QStringLiteral("analytics.picture"),
              QLatin1String(kPictureObject),
              id,
              QString(),
              { { QStringLiteral("camera"), camera },
                { QStringLiteral("at_ms"), event.t_ms },
                { QStringLiteral("sha256"), sha },
                { QStringLiteral("picture"), QString::fromLatin1(event.picture.toBase64()) } } });
    }
    const auto recorded = m_journal.recordAllProjected(events, [&](const journal::Event &ev) {
        return ev.objectType == QLatin1String(kPictureObject) ? projectPicture(m_db, ev)
                                                              : apply(m_db, ev);
    });
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
            alarms.append(read(q));
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
        return read(q);
    return std::nullopt;
}

Status AlarmLog::apply(store::Database &db, const journal::Event &event)
{
    const QJsonObject &d = event.payload;
    QSqlQuery q(db.connection());
    if (event.action == QLatin1String("analytics.alarm")) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO analytics_alarms (id, camera, detector,"
                                 " type, at_ms, details, snapshot, snapshot_path,"
                                 " snapshot_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(event.objectId);
        q.addBindValue(d.value(QStringLiteral("camera")).toInt());
        q.addBindValue(d.value(QStringLiteral("detector")).toString());
        q.addBindValue(d.value(QStringLiteral("type")).toString());
        q.addBindValue(qint64(d.value(QStringLiteral("at_ms")).toDouble()));
        q.addBindValue(QJsonDocument(d.value(QStringLiteral("details")).toObject())
                           .toJson(QJsonDocument::Compact));
        // Alarms recorded before pictures were files carry theirs inline: still read.
        const QByteArray inlinePng
            = QByteArray::fromBase64(d.value(QStringLiteral("snapshot_png")).toString().toLatin1());
        q.addBindValue(inlinePng.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                           : QVariant(inlinePng));
        const QString file = d.value(QStringLiteral("snapshot_file")).toString();
        q.addBindValue(file.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(file));
        const QString sha = d.value(QStringLiteral("snapshot_sha256")).toString();
        q.addBindValue(sha.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sha));
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
    // A raise is the desk's own ("system"), signed by its key: the chain vouches for it. An
    // acknowledgement closes an alarm on every desk, so its author must be one who may.
    if (event.action == QLatin1String("analytics.ack"))
        return access::ReferenceGate::project(db, event, access::Permission::TagIncident,
                                              [&]() { return apply(db, event); });
    return apply(db, event);
}

Status AlarmLog::projectPicture(store::Database &db, const journal::Event &event)
{
    if (event.action != QLatin1String("analytics.picture"))
        return Status::success();
    // Empty when retention purged it before it reached this desk.
    const QByteArray picture = QByteArray::fromBase64(
        event.payload.value(QStringLiteral("picture")).toString().toLatin1());
    if (picture.isEmpty())
        return Status::success();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT snapshot_sha256, snapshot IS NOT NULL"
                             " OR snapshot_path IS NOT NULL FROM analytics_alarms WHERE id = ?"));
    q.addBindValue(event.objectId);
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot record the picture of the alarm %1").arg(event.objectId), q.lastError()));
    // No alarm here (purged already): nothing to show the picture with.
    if (!q.next())
        return Status::success();
    // Another picture under an alarm's id is a forgery, or a damaged event, whether or not the
    // true one is here already.
    if (QString::fromLatin1(sha256Hex({ picture })) != q.value(0).toString())
        return access::ReferenceGate::flag(
            db, event,
            tr("This picture is not the one its alarm recorded (its SHA-256 differs): it is not "
               "shown."));
    if (q.value(1).toBool())
        return Status::success();
    QSqlQuery set(db.connection());
    set.prepare(QStringLiteral("UPDATE analytics_alarms SET snapshot = ? WHERE id = ?"));
    set.addBindValue(picture);
    set.addBindValue(event.objectId);
    if (!set.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot record the picture of the alarm %1").arg(event.objectId), set.lastError()));
    return Status::success();
}

Result<int> AlarmLog::purgePictures(const cameras::CameraDirectory &directory, const QDateTime &now,
                                    const QString &user)
{
    QHash<int, int> retention; // camera number -> days
    for (const cameras::Camera &camera : directory.cameras())
        retention.insert(camera.number, qBound(1, camera.retentionDays, kMaxPictureDays));
    struct Gone
    {
        QString id;
        QString file;
    };
    QList<Gone> gone;
    QJsonArray listed;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, camera, at_ms, snapshot_path, snapshot_sha256"
                                 " FROM analytics_alarms"
                                 " WHERE (snapshot_path IS NOT NULL OR snapshot IS NOT NULL)"
                                 " AND at_ms < ? ORDER BY at_ms"));
        q.addBindValue(now.addDays(-1).toMSecsSinceEpoch());
        if (!q.exec())
            return Result<int>::failure(store::Database::describeError(
                tr("Cannot read the alarms' pictures"), q.lastError()));
        while (q.next()) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong());
            if (at >= now.addDays(-retention.value(q.value(1).toInt(), kMaxPictureDays)))
                continue;
            gone.append({ q.value(0).toString(), q.value(3).toString() });
            listed.append(QJsonObject { { QStringLiteral("alarm"), q.value(0).toString() },
                                        { QStringLiteral("camera"), q.value(1).toInt() },
                                        { QStringLiteral("file"), q.value(3).toString() },
                                        { QStringLiteral("sha256"), q.value(4).toString() } });
        }
    }
    if (gone.isEmpty())
        return Result<int>(0);
    // The rows forget their picture with the event, in one transaction; the files go once it
    // is recorded (a file left behind is no longer shown: its row names it no more).
    const auto purged = m_journal.record(
        { user,
          QStringLiteral("analytics.picture_purge"),
          QLatin1String(kAlarmObject),
          QString(),
          tr("retention of the cameras' images (30 days at most, L252-5)"),
          { { QStringLiteral("count"), int(gone.size()) },
            { QStringLiteral("pictures"), listed } } },
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE analytics_alarms SET snapshot = NULL,"
                                     " snapshot_path = NULL WHERE id = ?"));
            QStringList ids;
            for (const Gone &g : std::as_const(gone)) {
                q.bindValue(0, g.id);
                if (!q.exec())
                    return Status::failure(store::Database::describeError(
                        tr("Cannot purge the alarms' pictures"), q.lastError()));
                ids.append(g.id);
            }
            // The pictures' own events, whichever desk raised them; central empties the ones
            // this desk raised.
            return m_journal
                .appendObjectPurge(QLatin1String(kPictureObject), ids, user,
                                   tr("retention of the cameras' images (30 days at most, "
                                      "L252-5)"))
                .status();
        });
    if (!purged.ok())
        return Result<int>(purged.status());
    for (const Gone &g : std::as_const(gone)) {
        if (g.file.isEmpty())
            continue;
        const QString path = QDir(dataDir()).filePath(g.file);
        if (QFileInfo::exists(path) && !QFile::remove(path))
            qCWarning(lcAnalytics).noquote() << "cannot remove the purged picture" << path;
    }
    return Result<int>(int(gone.size()));
}

Result<int> AlarmLog::purgeBefore(const QDateTime &before, const QString &user)
{
    // Their pictures, if any were held longer than the rows, go with them.
    QStringList files;
    int count = 0;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT snapshot_path FROM analytics_alarms WHERE at_ms < ?"));
        q.addBindValue(before.toMSecsSinceEpoch());
        if (!q.exec())
            return Result<int>::failure(
                store::Database::describeError(tr("Cannot read the alarms kept"), q.lastError()));
        while (q.next()) {
            ++count;
            if (!q.value(0).toString().isEmpty())
                files.append(q.value(0).toString());
        }
    }
    if (count == 0)
        return Result<int>(0);
    const auto purged = m_journal.record(
        { user,
          QStringLiteral("analytics.alarm_purge"),
          QLatin1String(kAlarmObject),
          QString(),
          tr("retention of the video analytics' alarms"),
          { { QStringLiteral("count"), count },
            { QStringLiteral("before_ms"), before.toMSecsSinceEpoch() } } },
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM analytics_alarms WHERE at_ms < ?"));
            q.addBindValue(before.toMSecsSinceEpoch());
            if (!q.exec())
                return Status::failure(
                    store::Database::describeError(tr("Cannot purge the alarms"), q.lastError()));
            return Status::success();
        });
    if (!purged.ok())
        return Result<int>(purged.status());
    for (const QString &file : std::as_const(files))
        QFile::remove(QDir(dataDir()).filePath(file));
    return Result<int>(count);
}

} // namespace vigie::analytics
