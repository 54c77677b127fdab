// A register with agents of every status, a camera directory (an authorised camera of the
// commune, one the authorisation does not name, a bailleur's, a retired one) and a NATINF
// catalogue (a parking offence, a traffic one, an expired one): for the tests of the
// video-verbalisation core and of vigiectl's commands.
#pragma once

#include "core/verbalisation/clock_sync.h"
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/ticket_service.h"
#include "tests/core/cameras/directory_fixture.h"

#include <QColor>
#include <QImage>
#include <QPainter>

namespace vigie::test {

// code;label;reference;class;reduced;standard;increased;from;to;asvp;to be checked
inline QByteArray natinfCsv()
{
    return QByteArrayLiteral(
        "code;libellé;référence;classe;minorée;forfaitaire;majorée;début;fin;asvp;à vérifier\n"
        "6215;Arrêt ou stationnement sur une voie réservée aux bus;R417-11 C.route;4;90;135;"
        "375;2020-01-01;;oui;oui\n"
        "32971;Circulation en sens interdit;R412-28 C.route;4;90;135;375;;;non;oui\n"
        "12929;Défaut de port de la ceinture de sécurité;R412-1 C.route;4;90;135;375;;"
        "2025-12-31;non;oui\n");
}

struct VerbalisationFixture : DirectoryFixture
{
    verbalisation::NatinfCatalogue catalogue { *db, journal };
    verbalisation::VerbalisationSettings settings { QStringLiteral("arrêté préfectoral "
                                                                   "2026-0042"),
                                                    15, 3 };
    std::unique_ptr<verbalisation::TicketService> tickets;
    access::User asvp;
    access::User agent; // municipal police
    access::User otherAgent;

    VerbalisationFixture()
    {
        asvp = addUser("adupont", "Alice Dupont", "ASVP-031", { access::Role::Asvp });
        agent = addUser("pmoreau", "Paul Moreau", "PM-0217", { access::Role::PoliceAgent });
        otherAgent = addUser("jlefort", "Jade Lefort", "PM-0305", { access::Role::PoliceAgent });
        const struct
        {
            int number;
            const char *name;
            cameras::CameraOwner owner;
            bool verbalisation;
        } list[] = {
            { 1, "Avenue Aristide Briand", cameras::CameraOwner::Commune, true },
            { 2, "Parc Heller", cameras::CameraOwner::Commune, false },
            { 3, "Résidence Les Baconnets", cameras::CameraOwner::Bailleur, true },
            { 4, "Ancienne gare", cameras::CameraOwner::Commune, true },
        };
        for (const auto &c : list) {
            cameras::Camera camera;
            camera.number = c.number;
            camera.name = QString::fromUtf8(c.name);
            camera.inseeCode = QStringLiteral("92002");
            camera.address = QStringLiteral("%1 avenue Aristide Briand").arg(c.number);
            camera.owner = c.owner;
            if (c.owner == cameras::CameraOwner::Bailleur)
                camera.convention = QStringLiteral("HDSH-2026-01");
            camera.verbalisation = c.verbalisation;
            camera.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.%1/main").arg(c.number));
            REQUIRE(directory.addCamera(admin, camera).ok());
        }
        REQUIRE(directory.retireCamera(admin, 4).ok());
        auto imported = catalogue.importCsv(admin, natinfCsv(), false);
        REQUIRE(imported.ok());
        REQUIRE(imported.value().imported == 3);
        tickets = std::make_unique<verbalisation::TicketService>(
            *db, journal, policy, directory, catalogue, dir.path(), settings, clock);
    }

    // What a live tile hands over: `count` distinct pictures at 1280x720, at the fixture's now.
    verbalisation::LiveCapture capture(int camera = 1, int count = 3)
    {
        verbalisation::LiveCapture c;
        c.cameraNumber = camera;
        c.live = true;
        c.capturedAt = now;
        c.clock.state = verbalisation::ClockSyncState::Synchronised;
        c.clock.detail = QStringLiteral("test");
        for (int i = 0; i < count; ++i) {
            QImage picture(1280, 720, QImage::Format_RGB32);
            picture.fill(QColor::fromHsv(40 * i, 200, 200));
            QPainter painter(&picture);
            painter.drawText(100, 100, QStringLiteral("AB-123-CD %1").arg(i));
            c.frames.append(picture);
        }
        return c;
    }

    static verbalisation::TicketInput parking(const QString &plate = QStringLiteral("ab123cd"))
    {
        verbalisation::TicketInput input;
        input.plate = plate;
        input.natinf = QStringLiteral("6215");
        input.make = QStringLiteral("Renault");
        input.model = QStringLiteral("Clio");
        input.category = QStringLiteral("vp");
        input.colour = QStringLiteral("gris");
        return input;
    }

    static verbalisation::TicketInput traffic(const QString &plate = QStringLiteral("AB-123-CD"))
    {
        verbalisation::TicketInput input = parking(plate);
        input.natinf = QStringLiteral("32971");
        return input;
    }

    // A ticket drafted and validated by the municipal police agent.
    verbalisation::Ticket validatedTicket(const verbalisation::TicketInput &input, int frames = 3)
    {
        const auto draft = tickets->createDraft(agent, capture(1, frames), input);
        REQUIRE(draft.ok());
        const auto validated = tickets->validate(agent, draft.value().id, QStringLiteral("PM-0217"),
                                                 QStringLiteral("PM92002"));
        REQUIRE(validated.ok());
        return validated.value();
    }

    QList<journal::Event> events(const QString &action) const
    {
        QList<journal::Event> list;
        for (const journal::Event &e : journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
            if (e.action == action)
                list.append(e);
        }
        return list;
    }
};

} // namespace vigie::test
