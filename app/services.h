// The register's services of one running workstation, built once at start-up and handed to
// the windows: widgets ask these, never the database.
#pragma once

#include <QString>

class QSettings;

namespace vigie::store {
class Database;
}
namespace vigie::journal {
class Journal;
}
namespace vigie::access {
class AuthService;
class AccessPolicy;
} // namespace vigie::access
namespace vigie::cameras {
class CameraDirectory;
class CameraHealthLog;
class CameraHealthMonitor;
class DirectoryWatch;
} // namespace vigie::cameras
namespace vigie::records {
class ShiftService;
class IncidentService;
class SnapshotStore;
class BailleurRegister;
class ConventionBook;
} // namespace vigie::records

namespace vigie::sync {
class SyncService;
}
namespace vigie::verbalisation {
class TicketService;
class NatinfCatalogue;
} // namespace vigie::verbalisation

namespace vigie::app {

class AnalyticsHost;

struct Services
{
    store::Database &db;
    journal::Journal &journal;
    access::AuthService &auth;
    access::AccessPolicy &policy;
    records::ShiftService &shifts;
    records::IncidentService &incidents;
    records::SnapshotStore &snapshots;
    cameras::CameraDirectory &directory;
    QSettings &settings;
    // The central link's thread; null when no central is configured (a standalone desk).
    sync::SyncService *sync = nullptr;
    // Video-verbalisation; null where the desk has none (tests of other parts).
    verbalisation::TicketService *tickets = nullptr;
    verbalisation::NatinfCatalogue *natinf = nullptr;
    QString dataDir {}; // where the tickets' frames are kept
    // The cameras' outages and availability (maintenance), and the desk's watch feeding them.
    cameras::CameraHealthLog *health = nullptr;
    cameras::CameraHealthMonitor *healthMonitor = nullptr;
    // The bailleur register and the landlords' conventions; null: the desk offers none of it.
    records::BailleurRegister *bailleur = nullptr;
    records::ConventionBook *conventions = nullptr;
    // This desk's detectors; null where it runs none ([analytics] run): alarms then come by sync.
    AnalyticsHost *analytics = nullptr;
    // Brings the directory's changes to the board while the desk runs; null: the board stays
    // as it was filled (tests of other parts).
    cameras::DirectoryWatch *directoryWatch = nullptr;
};

} // namespace vigie::app
