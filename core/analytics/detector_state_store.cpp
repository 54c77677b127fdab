#include "core/analytics/detector_state_store.h"

#include "core/analytics/detector.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::analytics {

DetectorStateStore::DetectorStateStore(store::Database &db) : m_db(db) { }

Status DetectorStateStore::save(int camera, const QString &detector, const QJsonObject &state,
                                qint64 at_ms)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO analytics_states (camera, detector, state, saved_ms)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (camera, detector) DO UPDATE SET"
                             " state = excluded.state, saved_ms = excluded.saved_ms"));
    q.addBindValue(camera);
    q.addBindValue(detector);
    q.addBindValue(QJsonDocument(state).toJson(QJsonDocument::Compact));
    q.addBindValue(at_ms);
    if (!q.exec())
        return Status::failure(
            store::Database::describeError(QStringLiteral("analytics state"), q.lastError()));
    return Status::success();
}

QJsonObject DetectorStateStore::load(int camera, const QString &detector) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT state FROM analytics_states WHERE camera = ? AND detector = ?"));
    q.addBindValue(camera);
    q.addBindValue(detector);
    if (q.exec() && q.next())
        return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    return QJsonObject();
}

void DetectorStateStore::restore(Detector &detector) const
{
    const QJsonObject state = load(detector.config().camera, detector.config().name);
    if (!state.isEmpty())
        detector.restoreState(state);
}

Status DetectorStateStore::save(const Detector &detector, qint64 at_ms)
{
    const QJsonObject state = detector.saveState();
    if (state.isEmpty())
        return Status::success();
    return save(detector.config().camera, detector.config().name, state, at_ms);
}

} // namespace vigie::analytics
