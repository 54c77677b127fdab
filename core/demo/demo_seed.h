// The demo's local register: a demo operator and two chefs de salle (so that a shift can be
// handed over from one to the other), and cameras pointing at the local demo stream server
// (scripts/vigie_streams.py). Seeding twice updates, never duplicates.
#pragma once

#include "core/common/result.h"

#include <QString>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
}

namespace vigie::demo {

struct DemoAccount
{
    const char *login;
    const char *password; // published in the README: demo data only
    const char *displayName;
    const char *matricule;
    bool chefDeSalle = false; // operator and supervisor roles
};

inline constexpr DemoAccount kDemoOperator { "operateur", "operateur", "Camille Martin",
                                             "OP-0142" };
inline constexpr DemoAccount kDemoSupervisor { "superviseur", "superviseur", "Karim Benali",
                                               "CS-0007", true };
// The incoming chef de salle: a hand-over needs a chef other than the outgoing one.
inline constexpr DemoAccount kDemoSecondSupervisor { "superviseur2", "superviseur2", "Léa Roux",
                                                     "CS-0011", true };
inline constexpr DemoAccount kDemoAccounts[]
    = { kDemoOperator, kDemoSupervisor, kDemoSecondSupervisor };

inline constexpr const char *kDemoInsee = "92002"; // Antony
inline constexpr const char *kDemoCommune = "Ville d'Antony";
inline constexpr const char *kDemoCentre = "Centre de supervision urbain";

struct SeedReport
{
    int usersCreated = 0;
    int camerasCreated = 0;
    int camerasUpdated = 0;
};

// With a journal, the accounts created are journaled like any other (actor "demo").
Result<SeedReport> seedDemo(store::Database &db, const QString &streamHost, int streamPort,
                            int cameraCount = 6, journal::Journal *journal = nullptr);

} // namespace vigie::demo
