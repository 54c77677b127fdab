// Who steers a PTZ camera: the lease, its expiry, the chef de salle's takeover, and the same
// events projected on a second desk, where a forged takeover changes nothing.
#include "core/access/reference_gate.h"
#include "core/cameras/ptz_steering.h"
#include "core/journal/journal.h"
#include "core/journal/retention.h"
#include "tests/core/records/records_fixture.h"

#include <catch2/catch.hpp>

using namespace vigie::cameras;
using vigie::test::RecordsFixture;

namespace {

QList<vigie::journal::Event> ptzEvents(RecordsFixture &f)
{
    QList<vigie::journal::Event> found;
    for (const auto &event : f.journal.events(f.journal.workstation(), 0, 100000)) {
        if (event.objectType == QLatin1String(kPtzObject))
            found.append(event);
    }
    return found;
}

} // namespace

TEST_CASE("one operator steers a PTZ camera at a time, until the lease runs out", "[ptz]")
{
    RecordsFixture f;
    PtzSteering steering(*f.db, f.journal, f.policy, f.clock);
    REQUIRE(steering.steer(f.operatorUser, 12).ok());
    REQUIRE(steering.lease(12).has_value());
    CHECK(steering.lease(12)->holderName == QLatin1String("Camille Martin"));

    // Another operator is refused, told who has it.
    const vigie::Status refused = steering.steer(f.nextChef, 12);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("Camille Martin")));
    CHECK(refused.error().contains(QLatin1String("012")));

    // Steering on renews the lease only when half spent: not one event per nudge.
    const int before = int(ptzEvents(f).size());
    f.now = f.now.addSecs(5);
    REQUIRE(steering.steer(f.operatorUser, 12).ok());
    CHECK(ptzEvents(f).size() == before);
    f.now = f.now.addSecs(20);
    REQUIRE(steering.steer(f.operatorUser, 12).ok());
    CHECK(ptzEvents(f).size() == before + 1);

    // A stale lease (its desk went quiet) holds nobody back.
    f.now = f.now.addSecs(PtzSteering::kLease_ms / 1000 + 1);
    CHECK_FALSE(steering.lease(12).has_value());
    REQUIRE(steering.steer(f.nextChef, 12).ok());
    CHECK(steering.lease(12)->holder == f.nextChef.login);
}

TEST_CASE("a chef de salle takes a PTZ camera over; an operator cannot", "[ptz]")
{
    RecordsFixture f;
    PtzSteering steering(*f.db, f.journal, f.policy, f.clock);
    REQUIRE(steering.steer(f.operatorUser, 7).ok());
    const vigie::access::User other
        = f.addUser("jdupont", "Jean Dupont", "OP-0150", { vigie::access::Role::Operator });
    CHECK_FALSE(steering.takeOver(other, 7).ok());
    CHECK(steering.lease(7)->holder == f.operatorUser.login);

    REQUIRE(steering.takeOver(f.chef, 7).ok());
    REQUIRE(steering.lease(7).has_value());
    CHECK(steering.lease(7)->holder == f.chef.login);
    // The previous holder is named, so that their desk tells them.
    CHECK(steering.lease(7)->takenFrom == f.operatorUser.login);
    CHECK_FALSE(steering.steer(f.operatorUser, 7).ok());
    const auto events = ptzEvents(f);
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().action == QLatin1String("ptz.takeover"));
    CHECK(events.last().payload.value(QStringLiteral("taken_from")).toString()
          == f.operatorUser.login);
}

TEST_CASE("preset moves are journaled; saving a preset is the chef de salle's", "[ptz]")
{
    RecordsFixture f;
    PtzSteering steering(*f.db, f.journal, f.policy, f.clock);
    REQUIRE(steering.recordPreset(f.operatorUser, 12, 3, false).ok());
    auto events = ptzEvents(f);
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().action == QLatin1String("ptz.preset"));
    CHECK(events.last().user == f.operatorUser.login);
    CHECK(events.last().payload.value(QStringLiteral("preset")).toInt() == 3);

    CHECK_FALSE(steering.recordPreset(f.operatorUser, 12, 3, true).ok());
    CHECK(ptzEvents(f).last().action != QLatin1String("ptz.preset_saved"));
    f.now = f.now.addSecs(60); // the operator's lease ran out
    REQUIRE(steering.recordPreset(f.chef, 12, 3, true).ok());
    CHECK(ptzEvents(f).last().action == QLatin1String("ptz.preset_saved"));
}

TEST_CASE("the lease crosses desks; a forged takeover is refused there", "[ptz]")
{
    RecordsFixture a;
    RecordsFixture b; // another desk, its register holding the same accounts
    PtzSteering onA(*a.db, a.journal, a.policy, a.clock);
    PtzSteering onB(*b.db, b.journal, b.policy, b.clock);
    REQUIRE(onA.steer(a.operatorUser, 12).ok());
    for (const auto &event : ptzEvents(a))
        REQUIRE(PtzSteering::project(*b.db, event).ok());
    REQUIRE(onB.lease(12).has_value());
    CHECK(onB.lease(12)->holderName == QLatin1String("Camille Martin"));
    CHECK_FALSE(onB.steer(b.nextChef, 12).ok());

    // An operator's desk writes a takeover event in its own journal, bypassing core's check:
    // the other desk flags it and keeps the lease as it was.
    const vigie::access::User forger
        = a.addUser("jdupont", "Jean Dupont", "OP-0150", { vigie::access::Role::Operator });
    b.addUser("jdupont", "Jean Dupont", "OP-0150", { vigie::access::Role::Operator });
    auto forged
        = a.journal.append({ forger.login,
                             QStringLiteral("ptz.takeover"),
                             QLatin1String(kPtzObject),
                             QStringLiteral("12"),
                             QString(),
                             { { QStringLiteral("camera"), 12 },
                               { QStringLiteral("holder_name"), forger.displayName },
                               { QStringLiteral("until_ms"), a.now.toMSecsSinceEpoch() + 30000 },
                               { QStringLiteral("taken_from"), a.operatorUser.login } } });
    REQUIRE(forged.ok());
    const int flagged = vigie::access::ReferenceGate::count(*b.db);
    REQUIRE(PtzSteering::project(*b.db, forged.value()).ok());
    CHECK(vigie::access::ReferenceGate::count(*b.db) == flagged + 1);
    CHECK(onB.lease(12)->holder == a.operatorUser.login);

    // The chef de salle's takeover on desk B reaches desk A: its operator is told and refused.
    REQUIRE(onB.takeOver(b.chef, 12).ok());
    for (const auto &event : ptzEvents(b))
        REQUIRE(PtzSteering::project(*a.db, event).ok());
    REQUIRE(onA.lease(12).has_value());
    CHECK(onA.lease(12)->holder == b.chef.login);
    CHECK(onA.lease(12)->takenFrom == a.operatorUser.login);
    CHECK_FALSE(onA.steer(a.operatorUser, 12).ok());
}

TEST_CASE("who steered a PTZ camera is kept as long as who viewed it", "[ptz]")
{
    const auto policy = vigie::journal::RetentionPolicy::defaults();
    CHECK(policy.daysFor(QLatin1String(kPtzObject)) == policy.daysFor(QStringLiteral("viewing")));
}
