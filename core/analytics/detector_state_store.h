// What a detector must remember across a restart or a camera's outage (the stationary
// detector's first sighting, picture and re-checks): kept in the local register, per camera and
// detector, saved after every change. This desk's working memory, not a record: not journaled.
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

class Detector;

class DetectorStateStore
{
public:
    explicit DetectorStateStore(store::Database &db);

    Status save(int camera, const QString &detector, const QJsonObject &state, qint64 at_ms);
    QJsonObject load(int camera, const QString &detector) const; // empty when none
    // Loads the detector's state, if any, into it.
    void restore(Detector &detector) const;
    Status save(const Detector &detector, qint64 at_ms);

private:
    store::Database &m_db;
};

} // namespace vigie::analytics
