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
}
namespace vigie::records {
class ShiftService;
class IncidentService;
class SnapshotStore;
class BailleurRegister;
} // namespace vigie::records

namespace vigie::sync {
class SyncService;
}

namespace vigie::app {

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
    // The bailleur camera register: its sessions' ends close the landlords' cameras' streams.
    records::BailleurRegister *bailleur = nullptr;
};

} // namespace vigie::app
