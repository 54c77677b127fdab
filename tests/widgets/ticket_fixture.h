// A register with a camera directory, the NATINF catalogue and the ticket service, a municipal
// police agent and an ASVP, for the video-verbalisation GUI tests: everything the dialog and
// the list ask is answered by the real core.
#pragma once

#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/ticket_service.h"
#include "tests/core/cameras/directory_fixture.h"
#include "tests/support/plate_scene.h"

namespace vigie::test {

struct TicketFixture : DirectoryFixture
{
    verbalisation::NatinfCatalogue natinf { *db, journal };
    verbalisation::TicketService tickets { *db,
                                           journal,
                                           policy,
                                           directory,
                                           natinf,
                                           dir.path(),
                                           { QStringLiteral("Arrêté préfectoral 2026-VV-12"), 15,
                                             3 },
                                           clock };
    access::User agent; // municipal police: every R121-6 offence
    access::User asvp; // parking offences only

    TicketFixture()
    {
        auto make
            = [&](const char *login, const char *name, const char *matricule, access::Role role) {
                  auto created = auth.createUser(admin,
                                                 { QLatin1String(login),
                                                   QString::fromUtf8(name),
                                                   QLatin1String(matricule),
                                                   { access::Role::Operator, role } },
                                                 QStringLiteral("mot-de-passe-1"));
                  REQUIRE(created.ok());
                  const access::Habilitation valid { QStringLiteral("Le maire d'Antony"),
                                                     QStringLiteral("arrêté 2026-115"),
                                                     { QStringLiteral("92002") },
                                                     QDate(2026, 9, 1),
                                                     QDate(2027, 9, 1) };
                  REQUIRE(policy.setHabilitation(admin, created.value().login, valid).ok());
                  return created.value();
              };
        agent = make("pmoreau", "Pauline Moreau", "PM-0042", access::Role::PoliceAgent);
        asvp = make("jlefevre", "Julien Lefèvre", "AS-0017", access::Role::Asvp);
        addCamera(12, QStringLiteral("Avenue Aristide Briand"), true);
        addCamera(13, QStringLiteral("Parvis de la gare"), true);
        addCamera(20, QStringLiteral("Cour de l'école"), false);
        const QByteArray csv
            = "code;libellé;référence;classe;minorée;forfaitaire;majorée;début;fin;asvp;à "
              "vérifier\n"
              "6215;Arrêt ou stationnement sur une voie réservée aux bus;R417-11 C.route;4;90;"
              "135;375;;;oui;oui\n"
              "32971;Circulation en sens interdit;R412-28 C.route;4;90;135;375;;;non;oui\n"
              "11111;Ancienne infraction expirée;R000-1 C.route;2;22;35;75;2020-01-01;2021-01-01;"
              "oui;non\n";
        const auto imported = natinf.importCsv(admin, csv, false);
        INFO((imported.ok() ? QString() : imported.error()).toStdString());
        REQUIRE(imported.ok());
    }

    void addCamera(int number, const QString &name, bool verbalisation)
    {
        cameras::Camera c;
        c.number = number;
        c.name = name;
        c.place = name;
        c.inseeCode = QStringLiteral("92002");
        c.verbalisation = verbalisation;
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:8554/cam%1/main").arg(number));
        const auto added = directory.addCamera(admin, c);
        INFO((added.ok() ? QString() : added.error()).toStdString());
        REQUIRE(added.ok());
    }

    // What a live tile gives at this instant: a frame with the plate, the clock synchronised.
    verbalisation::LiveCapture capture(int camera,
                                       const QString &plate = QStringLiteral("AB-123-CD")) const
    {
        verbalisation::LiveCapture c;
        c.cameraNumber = camera;
        c.live = true;
        c.capturedAt = now;
        c.clock.state = verbalisation::ClockSyncState::Synchronised;
        c.clock.detail = QStringLiteral("test");
        c.frames = { sceneWithPlate(plate, QRect(420, 380, 440, 96)) };
        return c;
    }

    verbalisation::TicketInput input(const QString &plate = QStringLiteral("AB-123-CD"),
                                     const QString &natinfCode = QStringLiteral("6215")) const
    {
        verbalisation::TicketInput in;
        in.plate = plate;
        in.make = QStringLiteral("Renault");
        in.model = QStringLiteral("Clio");
        in.category = QStringLiteral("VP");
        in.colour = QStringLiteral("rouge");
        in.natinf = natinfCode;
        return in;
    }
};

} // namespace vigie::test
