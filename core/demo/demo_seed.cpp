#include "core/demo/demo_seed.h"

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/analytics/detector_settings.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_file.h"
#include "core/records/convention_book.h"
#include "core/store/database.h"
#include "core/verbalisation/natinf_catalogue.h"

#include <QCoreApplication>
#include <QHash>

namespace vigie::demo {
namespace {

struct DemoCamera
{
    const char *name;
    const char *group;
    const char *place;
};

// Scenes of scripts/vigie_streams.py in mount order; camera 6 is the real CCTV clip.
constexpr DemoCamera kCameras[] = {
    { "Parvis de l'hôtel de ville", "Centre-ville", "Place de l'Hôtel de Ville" },
    { "Carrefour de la gare", "Gare", "Avenue de la Gare x rue Mounié" },
    { "Rond-point des Baconnets", "Quartiers", "Rond-point des Baconnets" },
    { "Parking du marché", "Centre-ville", "Parking du marché, niveau -1" },
    { "Entrée du parc Heller", "Parcs", "Parc Heller, entrée nord" },
    { "Rue piétonne", "Centre-ville", "Rue Auguste Mounié" },
};

constexpr DemoAccount kAccounts[]
    = { kDemoAdmin, kDemoOperator, kDemoSupervisor, kDemoSecondSupervisor, kDemoAgent, kDemoAsvp };

// domain.md's examples of offences that may be video-verbalised, marked to be checked: their
// NATINF codes and references are not confirmed. Parking offences have no reduced amount.
const verbalisation::NatinfOffence kDemoOffences[] = {
    { QStringLiteral("6215"),
      QStringLiteral("Arrêt ou stationnement très gênant sur une voie réservée aux bus"),
      QStringLiteral("R417-11 C.route"), 4, 0, 13500, 37500, QDate(), QDate(), true, true },
    { QStringLiteral("32971"), QStringLiteral("Circulation en sens interdit"),
      QStringLiteral("R412-28 C.route"), 4, 9000, 13500, 37500, QDate(), QDate(), false, true },
    { QStringLiteral("12929"),
      QStringLiteral("Défaut de port de la ceinture de sécurité par le conducteur"),
      QStringLiteral("R412-1 C.route"), 4, 9000, 13500, 37500, QDate(), QDate(), false, true },
};

// What is not demo data: an account that is not a demo account, a camera that does not point at
// the demo stream server's path for its number.
Status checkDemoOnly(const access::AuthService &auth, const cameras::CameraDirectory &directory)
{
    for (const access::User &user : auth.users()) {
        const bool demo = std::any_of(
            std::begin(kAccounts), std::end(kAccounts),
            [&](const DemoAccount &account) { return user.login == QLatin1String(account.login); });
        if (!demo)
            return Status::failure(QCoreApplication::translate(
                                       "vigie::demo",
                                       "This register holds real data (the account \"%1\"): the "
                                       "demo is seeded only in a register of its own "
                                       "(vigiectl --data-dir DIR demo seed).")
                                       .arg(user.login));
    }
    for (const cameras::Camera &camera : directory.cameras()) {
        const QString demoPath
            = QStringLiteral("/cam%1/main").arg(camera.number, 2, 10, QLatin1Char('0'));
        if (camera.mainUrl.path() != demoPath)
            return Status::failure(QCoreApplication::translate(
                                       "vigie::demo",
                                       "This register holds real data (camera %1, %2): the demo "
                                       "is seeded only in a register of its own "
                                       "(vigiectl --data-dir DIR demo seed).")
                                       .arg(camera.number)
                                       .arg(camera.name));
    }
    return Status::success();
}

// A social landlord of the demo commune, under a convention approved by the préfet: the last
// two demo cameras look onto the common areas of its buildings (as cameras 5 and 6 of the
// commune's directory do), and play only during a viewing session opened on its request.
Status seedLandlord(store::Database &db, journal::Journal &journal, const access::User &admin,
                    const QList<int> &cameras)
{
    records::ConventionBook book(db, journal);
    if (const auto existing = book.byReference(QLatin1String(kDemoConvention));
        cameras.size() < 2 || (existing && existing->expiresOn >= QDate::currentDate()))
        return Status::success();
    records::Convention c;
    c.reference = QLatin1String(kDemoConvention);
    c.landlord = QStringLiteral("Hauts-de-Seine Habitat");
    c.inseeCode = QLatin1String(kDemoInsee);
    c.approvedOn = QDate::currentDate().addMonths(-2);
    c.expiresOn = QDate::currentDate().addMonths(10);
    c.maxSession_min = 30;
    for (const records::Situation &s : records::bailleurSituations())
        c.situations.append(s.code);
    c.buildings = { { QStringLiteral("Résidence Paul Bert, bât. A"),
                      QStringLiteral("74 rue Paul Bert, Antony"),
                      { cameras.at(0) } },
                    { QStringLiteral("Résidence Paul Bert, bât. B"),
                      QStringLiteral("88 rue Paul Bert, Antony"),
                      { cameras.at(1) } } };
    c.contacts = { { QStringLiteral("Marc Lefèvre"), QStringLiteral("gardien"),
                     QStringLiteral("06 12 34 56 78") },
                   { QStringLiteral("Astreinte HSH"), QStringLiteral("astreinte technique"),
                     QStringLiteral("01 46 11 22 33") } };
    return book.save(admin, c);
}

// The demo's video analytics, on the real CCTV clip (camera 6, vtest.avi): people walking onto
// the lawn at the left of the square raise intrusion alarms, and those crossing the path beside
// it are counted each way (the line and zone of bench/analytics, with their ground truth, moved
// into the sub-stream's picture: vtest.avi's 4:3 is centred in its 16:9, 75 % of its width). Set
// by the demo's chef de salle, who holds ConfigureAnalytics; never on a landlord's camera, which
// no detector may watch (the demo seeded with 6 cameras makes camera 6 a landlord's: the demo
// script seeds 8).
Status seedAnalytics(store::Database &db, journal::Journal &journal,
                     const cameras::CameraDirectory &directory, const access::User &chef)
{
    constexpr int kClipCamera = 6;
    const auto camera = directory.byNumber(kClipCamera);
    if (!camera || camera->owner == cameras::CameraOwner::Bailleur)
        return Status::success();
    analytics::DetectorSettings settings(db, journal);
    if (!settings.list(kClipCamera).isEmpty())
        return Status::success(); // seeded before, or changed since by a supervisor: kept
    analytics::DetectorConfig lawn;
    lawn.camera = kClipCamera;
    lawn.name = QStringLiteral("pelouse");
    lawn.kind = analytics::DetectorKind::Intrusion;
    lawn.zone = { { 0.23, 0.30 }, { 0.35, 0.30 }, { 0.35, 0.565 }, { 0.23, 0.565 } };
    lawn.minDuration_s = 1.0;
    analytics::DetectorConfig path;
    path.camera = kClipCamera;
    path.name = QStringLiteral("passage");
    path.kind = analytics::DetectorKind::Line;
    path.line = QLineF(0.35, 0.32, 0.35, 0.565);
    for (const analytics::DetectorConfig &config : { lawn, path }) {
        if (const Status set = settings.set(chef, config); !set.ok())
            return set;
    }
    return Status::success();
}

} // namespace

Result<SeedReport> seedDemo(store::Database &db, journal::Journal &journal,
                            const QString &streamHost, int streamPort, int cameraCount)
{
    SeedReport report;
    access::AuthService auth(db, journal);
    cameras::CameraDirectory directory(db, journal);
    const Status demoOnly = checkDemoOnly(auth, directory);
    if (!demoOnly.ok())
        return Result<SeedReport>(demoOnly);
    std::optional<access::User> admin = auth.findUser(QLatin1String(kDemoAdmin.login));
    if (!admin) {
        if (!auth.users().isEmpty())
            return Result<SeedReport>::failure(QCoreApplication::translate(
                "vigie::demo",
                "This demo register was made by an older Vigie, without the demo "
                "administrator: remove its folder and seed it again."));
        auto created = auth.createFirstAdmin({ QLatin1String(kDemoAdmin.login),
                                               QString::fromUtf8(kDemoAdmin.displayName),
                                               QLatin1String(kDemoAdmin.matricule),
                                               { access::Role::Admin } },
                                             QLatin1String(kDemoAdmin.password));
        if (!created.ok())
            return Result<SeedReport>(created.status());
        admin = created.value();
        ++report.usersCreated;
    }
    for (const DemoAccount &account : kDemoAccounts) {
        if (auth.findUser(QLatin1String(account.login)))
            continue;
        access::NewUser user { QLatin1String(account.login),
                               QString::fromUtf8(account.displayName),
                               QLatin1String(account.matricule),
                               { access::Role::Operator } };
        if (account.chefDeSalle)
            user.roles = { access::Role::Operator, access::Role::Supervisor };
        if (account.verbaliser)
            user.roles = { *access::roleFromCode(QLatin1String(account.verbaliser)) };
        auto created = auth.createUser(*admin, user, QLatin1String(account.password));
        if (!created.ok())
            return Result<SeedReport>(created.status());
        ++report.usersCreated;
    }
    // Demo agents are designated and trained, for the demo commune, for a year from today.
    access::AccessPolicy policy(db, journal);
    for (const DemoAccount &account : kDemoAccounts) {
        const auto user = auth.findUser(QLatin1String(account.login));
        const auto current = user ? policy.habilitation(*user) : std::nullopt;
        if (current && current->expiresOn >= QDate::currentDate())
            continue;
        const access::Habilitation habilitation { QStringLiteral("Le maire (démonstration)"),
                                                  QStringLiteral("DEMO-2026-001"),
                                                  { QLatin1String(kDemoInsee) },
                                                  QDate::currentDate().addMonths(-2),
                                                  QDate::currentDate().addYears(1) };
        Status set = policy.setHabilitation(*admin, QLatin1String(account.login), habilitation);
        if (!set.ok())
            return Result<SeedReport>(set);
    }

    QHash<QString, qint64> groupIds;
    for (const cameras::CameraGroup &group : directory.groups())
        groupIds.insert(group.name, group.id);
    constexpr int kScenes = int(std::size(kCameras));
    // The last two of four cameras or more are the demo landlord's.
    QList<int> landlordCameras;
    if (cameraCount >= 4)
        landlordCameras = { cameraCount - 1, cameraCount };
    for (int i = 0; i < cameraCount; ++i) {
        const DemoCamera &scene = kCameras[i % kScenes];
        const int number = i + 1;
        const QString base = QStringLiteral("rtsp://%1:%2/cam%3/")
                                 .arg(streamHost)
                                 .arg(streamPort)
                                 .arg(number, 2, 10, QLatin1Char('0'));
        const QUrl mainUrl(base + QStringLiteral("main"));
        const QUrl subUrl(base + QStringLiteral("sub"));
        if (directory.byNumber(number)) {
            Status updated = directory.setStreamUrls(*admin, number, mainUrl, subUrl);
            if (!updated.ok())
                return Result<SeedReport>(updated);
            ++report.camerasUpdated;
            continue;
        }
        const QString groupName = QString::fromUtf8(scene.group);
        if (!groupIds.contains(groupName)) {
            auto group = directory.addGroup(*admin, groupName);
            if (!group.ok())
                return Result<SeedReport>(group.status());
            groupIds.insert(groupName, group.value());
        }
        cameras::Camera camera;
        camera.number = number;
        camera.name = QString::fromUtf8(scene.name);
        if (i >= kScenes)
            camera.name += QStringLiteral(" %1").arg(i / kScenes + 1);
        camera.groupId = groupIds.value(groupName);
        camera.place = QString::fromUtf8(scene.place);
        camera.inseeCode = QLatin1String(kDemoInsee);
        camera.mainUrl = mainUrl;
        camera.subUrl = subUrl;
        camera.retentionDays = 15;
        // The street scenes are named by the demo's prefectoral authorisation.
        camera.verbalisation = i % kScenes < 3;
        if (landlordCameras.contains(number)) {
            camera.owner = cameras::CameraOwner::Bailleur;
            camera.convention = QLatin1String(kDemoConvention);
        }
        auto added = directory.addCamera(*admin, camera);
        if (!added.ok())
            return Result<SeedReport>(added.status());
        ++report.camerasCreated;
    }
    verbalisation::NatinfCatalogue catalogue(db, journal);
    for (const verbalisation::NatinfOffence &offence : kDemoOffences) {
        if (catalogue.find(offence.code))
            continue;
        const Status saved = catalogue.save(*admin, offence);
        if (!saved.ok())
            return Result<SeedReport>(saved);
    }
    const Status landlord = seedLandlord(db, journal, *admin, landlordCameras);
    if (!landlord.ok())
        return Result<SeedReport>(landlord);
    if (const auto chef = auth.findUser(QLatin1String(kDemoSupervisor.login))) {
        if (const Status analysed = seedAnalytics(db, journal, directory, *chef); !analysed.ok())
            return Result<SeedReport>(analysed);
    }
    return Result<SeedReport>(report);
}

Result<DirectoryReport> importDemoDirectory(store::Database &db, journal::Journal &journal,
                                            const QByteArray &file, const QString &streamHost,
                                            int streamPort, int seededCount)
{
    access::AuthService auth(db, journal);
    const auto admin = auth.findUser(QLatin1String(kDemoAdmin.login));
    if (!admin)
        return Result<DirectoryReport>::failure(QCoreApplication::translate(
            "vigie::demo", "Seed the demo first: its administrator imports the directory."));
    cameras::CameraDirectory directory(db, journal);
    const auto read = cameras::CameraFile::read(file, directory);
    if (!read.ok())
        return Result<DirectoryReport>(read.status());
    DirectoryReport report;
    report.rejected = read.value().report();
    QList<cameras::Camera> changed;
    int placedSeeded = 0; // the seed's own cameras given their coordinates: not imported
    for (cameras::Camera camera : read.value().cameras) {
        if (camera.number <= seededCount) {
            ++report.kept;
            // The seed's own camera keeps its clip, walls and owner, and takes its place on
            // the map from the file's line when it has none yet.
            const auto seeded = directory.byNumber(camera.number);
            if (seeded && !seeded->latitude && camera.latitude && camera.longitude) {
                cameras::Camera placed = *seeded;
                placed.latitude = camera.latitude;
                placed.longitude = camera.longitude;
                placed.bearingDeg = camera.bearingDeg;
                changed.append(placed);
                ++placedSeeded;
            }
            continue;
        }
        for (QUrl *url : { &camera.mainUrl, &camera.subUrl }) {
            if (url->host() == QLatin1String("127.0.0.1") && url->port() == 8554) {
                url->setHost(streamHost);
                url->setPort(streamPort);
            }
        }
        const auto current = directory.byNumber(camera.number);
        if (current
            && cameras::CameraFile::toCsv({ *current }) == cameras::CameraFile::toCsv({ camera })) {
            ++report.unchanged;
            continue;
        }
        changed.append(camera);
    }
    if (!changed.isEmpty()) {
        const auto saved = directory.saveAll(*admin, changed);
        if (!saved.ok())
            return Result<DirectoryReport>(saved.status());
        report.imported = saved.value() - placedSeeded;
    }
    return Result<DirectoryReport>(report);
}

} // namespace vigie::demo
