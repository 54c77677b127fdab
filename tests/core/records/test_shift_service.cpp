#include "core/demo/demo_seed.h"
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

TEST_CASE("a shift handed over or signed is never opened a second time", "[shift]")
{
    test::RecordsFixture f;
    const auto schedule = access::ShiftSchedule::defaultSchedule();
    const QList<records::TeamMember> team { { QStringLiteral("cmartin"), QStringLiteral("OP-0142"),
                                              QStringLiteral("opérateur") } };
    const Shift shift = f.shifts.open(f.chef, schedule, QStringLiteral("kbenali"), team).value();
    REQUIRE(f.shifts.handOver(f.chef, shift.id, kNote).ok());
    REQUIRE(f.shifts.acknowledge(f.nextChef, shift.id).ok());

    // Closed, awaiting the visa: the same hours cannot get a second shift log.
    auto again = f.shifts.open(f.nextChef, schedule, QStringLiteral("lroux"), team);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(shift.label));
    CHECK(again.error().contains(QStringLiteral("addendum")));

    REQUIRE(f.shifts.sign(f.nextChef, shift.id, QStringLiteral("Vu.")).ok());
    again = f.shifts.open(f.nextChef, schedule, QStringLiteral("lroux"), team);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(records::shiftStatusLabel(Shift::Status::Signed)));
    CHECK(f.shifts.shifts(shift.startsAt, shift.endsAt).size() == 1);

    // The next slot opens as usual.
    f.now = shift.endsAt.addSecs(60);
    auto next = f.shifts.open(f.nextChef, schedule, QStringLiteral("lroux"), team);
    INFO(next.error().toStdString());
    CHECK(next.ok());
}

TEST_CASE("the demo's chefs de salle hand a shift over to each other", "[shift][demo]")
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    journal::Journal journal(*db, QStringLiteral("CSU-DEMO"));
    REQUIRE(demo::seedDemo(*db, journal, QStringLiteral("127.0.0.1"), 8554, 6).ok());
    access::AuthService auth(*db, journal);
    access::AccessPolicy policy(*db, journal);
    records::ShiftService shifts(*db, journal, policy);
    const auto outgoing = auth.findUser(QLatin1String(demo::kDemoSupervisor.login));
    const auto incoming = auth.findUser(QLatin1String(demo::kDemoSecondSupervisor.login));
    REQUIRE(outgoing);
    REQUIRE(incoming);
    CHECK(incoming->hasRole(access::Role::Supervisor));
    CHECK(incoming->displayName != outgoing->displayName);
    CHECK(auth.authenticate(QLatin1String(demo::kDemoSecondSupervisor.login),
                            QLatin1String(demo::kDemoSecondSupervisor.password))
              .kind
          == access::LoginOutcome::Kind::Success);

    auto opened = shifts.open(
        *outgoing, access::ShiftSchedule::defaultSchedule(), outgoing->login,
        { { outgoing->login, outgoing->matricule, QStringLiteral("chef de salle") } });
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    REQUIRE(shifts.handOver(*outgoing, opened.value().id, kNote).ok());
    auto taken = shifts.acknowledge(*incoming, opened.value().id);
    INFO(taken.error().toStdString());
    REQUIRE(taken.ok());
    CHECK(taken.value().status == Shift::Status::Closed);
}
