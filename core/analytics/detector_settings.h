// The detectors configured on each camera: reference data of the local register. A supervisor
// (ConfigureAnalytics, a chef de salle) sets or removes one; each change is a journal event
// carrying the detector's full configuration, applied here by the same code that applies it,
// once its author is checked (ReferenceGate), on every other desk. A configuration written by a
// newer version is refused here and flagged there, never half understood.
#pragma once

#include "core/analytics/detector_config.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::access {
struct User;
}

namespace vigie::analytics {

// The journal's object type of configuration events (never purged: a desk that joins later
// builds its detectors from them).
inline constexpr const char *kSettingsObject = "analytics_config";

class DetectorSettings
{
    Q_DECLARE_TR_FUNCTIONS(vigie::analytics::DetectorSettings)
public:
    DetectorSettings(store::Database &db, journal::Journal &journal);

    // Every detector (0: of every camera), by camera then name.
    QList<DetectorConfig> list(int camera = 0) const;
    std::optional<DetectorConfig> find(int camera, const QString &name) const;

    // Adds or replaces the detector `config.name` of `config.camera`.
    Status set(const access::User &actor, const DetectorConfig &config);
    Status remove(const access::User &actor, int camera, const QString &name);

    static Status apply(store::Database &db, const journal::Event &event);
    // Another desk's event: applied once its author holds ConfigureAnalytics here.
    static Status project(store::Database &db, const journal::Event &event);

private:
    Status checkAllowed(const access::User &actor, const QString &objectId);

    store::Database &m_db;
    journal::Journal &m_journal;
};

} // namespace vigie::analytics
