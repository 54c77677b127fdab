#include "tests/core/records/records_fixture.h"

#include <catch2/catch.hpp>

using namespace vigie;
using records::Shift;

namespace {
const records::HandoverNote kNote { QStringLiteral("Rappeler le bailleur pour la porte du hall B"),
                                    QStringLiteral("Surveiller le parking du marché après 23 h"),
                                    QStringLiteral("Caméra 005 hors service"), QString() };
}

TEST_CASE("a shift goes open, handed over, acknowledged, signed", "[shift]")
{
    test::RecordsFixture f;
    auto opened = f.shifts.open(
        f.chef, access::ShiftSchedule::defaultSchedule(), QStringLiteral("kbenali"),
        { { QStringLiteral("cmartin"), QStringLiteral("OP-0142"), QStringLiteral("opérateur") } });
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Shift shift = opened.value();
    CHECK(shift.kind == QStringLiteral("night"));
    CHECK(shift.startsAt.time() == QTime(22, 0));
    CHECK(shift.team.size() == 1);
    CHECK(f.shifts.current()->id == shift.id);

    CHECK_FALSE(
        f.shifts
            .open(f.chef, access::ShiftSchedule::defaultSchedule(), QStringLiteral("kbenali"), {})
            .ok());
    CHECK_FALSE(f.shifts.handOver(f.chef, shift.id, {}).ok()); // no note, no hand-over

    auto handed = f.shifts.handOver(f.chef, shift.id, kNote);
    REQUIRE(handed.ok());
    CHECK(handed.value().status == Shift::Status::HandedOver);
    CHECK(handed.value().handover.cameraFaults == QStringLiteral("Caméra 005 hors service"));

    CHECK_FALSE(f.shifts.acknowledge(f.chef, shift.id).ok()); // not the outgoing chef
    CHECK_FALSE(f.shifts.acknowledge(f.operatorUser, shift.id).ok()); // not a chef
    auto acked = f.shifts.acknowledge(f.nextChef, shift.id);
    REQUIRE(acked.ok());
    CHECK(acked.value().status == Shift::Status::Closed);
    CHECK(acked.value().incomingAckBy == QStringLiteral("lroux"));
    CHECK_FALSE(f.shifts.current());

    CHECK_FALSE(f.shifts.sign(f.operatorUser, shift.id, QString()).ok());
    auto signedShift = f.shifts.sign(f.nextChef, shift.id, QStringLiteral("Vu."));
    REQUIRE(signedShift.ok());
    CHECK(signedShift.value().status == Shift::Status::Signed);
    CHECK(signedShift.value().visaBy == QStringLiteral("lroux"));
    CHECK_FALSE(f.shifts.sign(f.nextChef, shift.id, QString()).ok());
    CHECK(f.journal.verify().ok());
}

TEST_CASE("a closed shift is only completed by addenda", "[shift]")
{
    test::RecordsFixture f;
    const Shift shift
        = f.shifts
              .open(f.chef, access::ShiftSchedule::defaultSchedule(), QStringLiteral("kbenali"), {})
              .value();
    auto incident = f.incidents.create(f.operatorUser, f.routineDraft());
    REQUIRE(incident.ok());
    CHECK(incident.value().shiftId == shift.id);
    REQUIRE(f.shifts.handOver(f.chef, shift.id, kNote).ok());
    REQUIRE(f.shifts.acknowledge(f.nextChef, shift.id).ok());

    CHECK_FALSE(f.shifts.handOver(f.chef, shift.id, kNote).ok());
    records::IncidentDraft changed = incident.value().draft;
    changed.description = QStringLiteral("Réécrit après coup");
    const auto refused = f.incidents.update(f.operatorUser, incident.value().id, changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(incident.value().number));
    REQUIRE(
        f.incidents
            .addAddendum(f.operatorUser, incident.value().id,
                         QStringLiteral("Le propriétaire du véhicule s'est présenté le lendemain."))
            .ok());
    REQUIRE(f.shifts.addAddendum(f.chef, shift.id, QStringLiteral("Caméra 005 réparée à 7 h 40."))
                .ok());
    CHECK(f.incidents.find(incident.value().id)->draft.description == f.routineDraft().description);
}

TEST_CASE("a shift is opened by its team, with a supervisor as chef", "[shift]")
{
    test::RecordsFixture f;
    const auto schedule = access::ShiftSchedule::defaultSchedule();
    const auto admin = f.shifts.open(f.admin, schedule, QStringLiteral("kbenali"), {});
    CHECK_FALSE(admin.ok());
    const auto notChef = f.shifts.open(f.chef, schedule, QStringLiteral("cmartin"), {});
    CHECK_FALSE(notChef.ok());
    const auto unknown = f.shifts.open(f.chef, schedule, QStringLiteral("kbenali"),
                                       { { QStringLiteral("inconnu"), QString(), QString() } });
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("inconnu")));
    CHECK_FALSE(f.shifts.current());
    // An operator may open the shift, naming the chef de salle.
    REQUIRE(f.shifts.open(f.operatorUser, schedule, QStringLiteral("kbenali"), {}).ok());
    CHECK(f.shifts.current()->chef == QStringLiteral("kbenali"));
}

TEST_CASE("a shift's team is made of active operational users, each once", "[shift]")
{
    test::RecordsFixture f;
    const auto schedule = access::ShiftSchedule::defaultSchedule();
    const records::TeamMember camille { QStringLiteral("cmartin"), QStringLiteral("OP-0142"),
                                        QStringLiteral("operator") };
    CHECK_FALSE(
        f.shifts.open(f.chef, schedule, QStringLiteral("kbenali"), { camille, camille }).ok());
    CHECK_FALSE(f.shifts
                    .open(f.chef, schedule, QStringLiteral("kbenali"),
                          { { QStringLiteral("admin"), QString(), QStringLiteral("admin") } })
                    .ok());
    REQUIRE(f.shifts.open(f.chef, schedule, QStringLiteral("kbenali"), { camille }).ok());
    // Addenda complete closed shifts; an open one is written in directly.
    CHECK_FALSE(
        f.shifts.addAddendum(f.chef, f.shifts.current()->id, QStringLiteral("Trop tôt")).ok());
    const auto listed = f.shifts.shifts(f.now.addSecs(-3600), f.now.addSecs(3600));
    REQUIRE(listed.size() == 1);
    CHECK(f.shifts.shifts(f.now.addDays(2), f.now.addDays(3)).isEmpty());
}
