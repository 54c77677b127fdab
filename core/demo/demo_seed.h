// The demo's local register: a demo administrator, an operator and two chefs de salle (so that a
// shift can be handed over from one to the other), and cameras pointing at the local demo stream
// server (scripts/vigie_streams.py). Seeding twice updates, never duplicates. Seeding refuses a
// register that holds anything but demo data: its accounts have published passwords, and it
// rewrites the cameras' addresses.
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

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
    // A sworn agent who video-verbalises: "police_agent" or "asvp" (that role alone).
    const char *verbaliser = nullptr;
};

inline constexpr DemoAccount kDemoOperator { "operateur", "operateur", "Camille Martin",
                                             "OP-0142" };
inline constexpr DemoAccount kDemoSupervisor { "superviseur", "superviseur", "Karim Benali",
                                               "CS-0007", true };
// The incoming chef de salle: a hand-over needs a chef other than the outgoing one.
inline constexpr DemoAccount kDemoSecondSupervisor { "superviseur2", "superviseur2", "Léa Roux",
                                                     "CS-0011", true };
// The agents who video-verbalise: a municipal police agent (every R121-6 offence) and an ASVP
// (parking only).
inline constexpr DemoAccount kDemoAgent { "policier", "policier", "Paul Moreau",
                                          "PM-0217",  false,      "police_agent" };
inline constexpr DemoAccount kDemoAsvp { "agentasvp", "agentasvp", "Alice Dupont",
                                         "ASVP-031",  false,       "asvp" };
// The accounts the demo administrator creates and habilitates.
inline constexpr DemoAccount kDemoAccounts[]
    = { kDemoOperator, kDemoSupervisor, kDemoSecondSupervisor, kDemoAgent, kDemoAsvp };
// The prefectoral authorisation the demo desk's settings name for video-verbalisation.
inline constexpr const char *kDemoAuthorisation
    = "Arrêté préfectoral (démonstration) n° DEMO-VV-2026-01";
// The register's first administrator, who creates the other demo accounts and habilitations.
inline constexpr DemoAccount kDemoAdmin { "administrateur", "administrateur",
                                          "Administrateur (démonstration)", "ADM-0001" };

inline constexpr const char *kDemoInsee = "92002"; // Antony
inline constexpr const char *kDemoCommune = "Ville d'Antony";
inline constexpr const char *kDemoCentre = "Centre de supervision urbain";
// The demo landlord's convention: the last two demo cameras, viewed only in a session.
inline constexpr const char *kDemoConvention = "HSH-2025-017";

struct SeedReport
{
    int usersCreated = 0;
    int camerasCreated = 0;
    int camerasUpdated = 0;
};

// The accounts, habilitations and cameras are created by the demo administrator, through the
// same checked and journaled calls as any other: the demo register is built by the events
// another desk would check and apply.
Result<SeedReport> seedDemo(store::Database &db, journal::Journal &journal,
                            const QString &streamHost, int streamPort, int cameraCount = 6);

struct DirectoryReport
{
    int imported = 0; // cameras added or changed
    int unchanged = 0; // already as the file says (a second seed)
    int kept = 0; // lines for the seed's own cameras, which keep their clips, walls and landlord
    QStringList rejected; // each refused line with its number and reason
};

// The demo's several hundred cameras from a directory file (resources/demo/cameras-antony.csv),
// read and checked by CameraFile as any import, saved by the demo administrator, the refused
// lines left out and reported. Addresses on the demo stream server's placeholder
// (127.0.0.1:8554) are pointed at the running one; others are kept as they are, so that the
// file's few cameras on a dead address show as broken in the maintenance view. The first
// `seededCount` numbers are the seed's own cameras: the file does not change them.
Result<DirectoryReport> importDemoDirectory(store::Database &db, journal::Journal &journal,
                                            const QByteArray &file, const QString &streamHost,
                                            int streamPort, int seededCount);

} // namespace vigie::demo
