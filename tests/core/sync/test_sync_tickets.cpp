// Video-verbalisation through a real central PostgreSQL: the NATINF catalogue reaches the other
// desks only from an administrator, and tickets made and moved on two desks converge, even when
// their steps cross (validated on one desk while cancelled on the other).
#include "core/access/reference_gate.h"
#include "core/cameras/camera_directory.h"
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/ticket_service.h"
#include "tests/core/sync/sync_fixture.h"

#include <QColor>
#include <QImage>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace vigie;
using namespace vigie::verbalisation;
using vigie::test::CentralDb;
using vigie::test::Desk;

namespace {

// A desk's verbalisation services.
struct Verbalisation
{
    explicit Verbalisation(Desk &desk)
        : directory(*desk.db, *desk.journal), catalogue(*desk.db, *desk.journal),
          tickets(*desk.db, *desk.journal, *desk.policy, directory, catalogue, desk.dir.path(),
                  { QStringLiteral("arrêté préfectoral 2026-0042"), 15, 3 })
    {
    }

    cameras::CameraDirectory directory;
    NatinfCatalogue catalogue;
    TicketService tickets;

    // Every ticket as "number|state|plate|matricule|cancelled by|reason|message", by number.
    QStringList rows(const access::User &reader)
    {
        QStringList list;
        const auto listed = tickets.list(reader, {});
        REQUIRE(listed.ok());
        for (const Ticket &t : listed.value())
            list << QStringList { t.number,      ticketStateCode(t.state), t.plate,    t.matricule,
                                  t.cancelledBy, t.cancelReason,           t.messageId }
                        .join(QLatin1Char('|'));
        list.sort();
        return list;
    }
};

LiveCapture capture(const QDateTime &at)
{
    LiveCapture c;
    c.cameraNumber = 1;
    c.live = true;
    c.capturedAt = at;
    c.clock.state = ClockSyncState::Synchronised;
    QImage picture(320, 180, QImage::Format_RGB32);
    picture.fill(QColor(40, 90, 160));
    c.frames = { picture };
    return c;
}

TicketInput parking(const QString &plate)
{
    TicketInput input;
    input.plate = plate;
    input.natinf = QStringLiteral("6215");
    return input;
}

} // namespace

TEST_CASE("tickets made on two desks converge through central, crossed steps included",
          "[sync][verbalisation]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    const access::User admin = a.user(QStringLiteral("admin"));
    Verbalisation onA(a);
    Verbalisation onB(b);
    // Reference data from the administrator on desk A: an agent, the camera, the catalogue.
    REQUIRE(a.auth
                ->createUser(admin,
                             { QStringLiteral("pmoreau"),
                               QStringLiteral("Paul Moreau"),
                               QStringLiteral("PM-0217"),
                               { access::Role::PoliceAgent } },
                             QStringLiteral("mot-de-passe-1"))
                .ok());
    cameras::Camera camera;
    camera.number = 1;
    camera.name = QStringLiteral("Avenue Aristide Briand");
    camera.inseeCode = QStringLiteral("92002");
    camera.verbalisation = true;
    camera.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.1/main"));
    REQUIRE(onA.directory.addCamera(admin, camera).ok());
    REQUIRE(onA.catalogue
                .importCsv(admin,
                           "code;libelle;reference;classe;minoree;forfaitaire;majoree;asvp\n"
                           "6215;Stationnement sur voie de bus;R417-11 C.route;4;;135;375;oui\n",
                           false)
                .ok());
    // A chef de salle on desk B writes a catalogue change: core refuses it there, so a
    // dishonest desk writes the event itself. Desk A refuses it too.
    REQUIRE(b.journal
                ->record({ QStringLiteral("kbenali"),
                           QStringLiteral("natinf.set"),
                           QLatin1String(kNatinfObject),
                           QStringLiteral("6215"),
                           QString(),
                           { { QStringLiteral("label"), QStringLiteral("Rien") },
                             { QStringLiteral("legal_reference"), QStringLiteral("-") },
                             { QStringLiteral("class"), 1 },
                             { QStringLiteral("standard_cents"), 100 } } })
                .ok());
    a.sync(central);
    b.sync(central);
    a.sync(central);
    REQUIRE(onB.catalogue.find(QStringLiteral("6215")));
    CHECK(onB.catalogue.find(QStringLiteral("6215"))->standardCents == 13500);
    CHECK(onA.catalogue.find(QStringLiteral("6215"))->label
          == QStringLiteral("Stationnement sur voie de bus"));
    CHECK(access::ReferenceGate::count(*a.db) == 1);

    const access::User agentA = a.user(QStringLiteral("pmoreau"));
    const access::User agentB = b.user(QStringLiteral("pmoreau"));
    const access::User chefA = a.user(QStringLiteral("kbenali"));
    const access::User chefB = b.user(QStringLiteral("kbenali"));
    const QDateTime now = QDateTime::currentDateTime();

    // One ticket drafted on each desk; both reach the other.
    const auto first
        = onA.tickets.createDraft(agentA, capture(now), parking(QStringLiteral("ab123cd")));
    REQUIRE(first.ok());
    const auto second
        = onB.tickets.createDraft(agentB, capture(now), parking(QStringLiteral("CD-456-EF")));
    REQUIRE(second.ok());
    a.sync(central);
    b.sync(central);
    a.sync(central);
    CHECK(onB.tickets.find(first.value().number));
    CHECK(onA.tickets.find(second.value().number));

    // Crossed: the agent validates the first on desk A while the chef cancels it on desk B;
    // the second is validated on B, then exported and sent from A.
    REQUIRE(onA.tickets
                .validate(agentA, first.value().id, QStringLiteral("PM-0217"),
                          QStringLiteral("PM92002"))
                .ok());
    REQUIRE(
        onB.tickets.cancel(chefB, first.value().id, QStringLiteral("Véhicule de secours")).ok());
    REQUIRE(onB.tickets
                .validate(agentB, second.value().id, QStringLiteral("PM-0217"),
                          QStringLiteral("PM92002"))
                .ok());
    a.sync(central);
    b.sync(central);
    a.sync(central);
    REQUIRE(
        onA.tickets
            .markExported(chefA, second.value().id, QStringLiteral("json"), QStringLiteral("00"))
            .ok());
    REQUIRE(onA.tickets.markSent(chefA, second.value().id, QStringLiteral("ANTAI-42")).ok());
    a.sync(central);
    b.sync(central);

    const QStringList rowsA = onA.rows(chefA);
    const QStringList rowsB = onB.rows(chefB);
    CHECK(rowsA == rowsB);
    REQUIRE(rowsA.size() == 2);
    // The cancellation wins on both desks, and keeps the validation it crossed.
    const Ticket cancelled = *onA.tickets.find(first.value().id);
    CHECK(cancelled.state == TicketState::Cancelled);
    CHECK(cancelled.matricule == QStringLiteral("PM-0217"));
    CHECK(cancelled.cancelReason == QStringLiteral("Véhicule de secours"));
    CHECK(onB.tickets.find(second.value().id)->state == TicketState::Sent);
    CHECK(onB.tickets.find(second.value().id)->messageId == QStringLiteral("ANTAI-42"));
    // Every step is in both desks' journals.
    for (Desk *desk : { &a, &b })
        CHECK(desk->count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE object_type = "
                                         "'ticket' AND action LIKE 'ticket.%'"))
              == 7);
}
