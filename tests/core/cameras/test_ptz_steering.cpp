// Who steers a PTZ camera: the lease, its expiry, the chef de salle's takeover, and the same
// events projected on a second desk, where a forged takeover changes nothing. Two desks that
// grant one camera at once name one holder, whatever order they hear of each other in, and
// leases forged to win that rule are flagged.
#include "core/access/reference_gate.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/ptz_steering.h"
#include "core/journal/journal.h"
#include "core/journal/retention.h"
#include "tests/core/records/records_fixture.h"

#include <catch2/catch.hpp>

using namespace vigie::cameras;
using vigie::test::RecordsFixture;

namespace {

QList<vigie::journal::Event> ptzEvents(const vigie::journal::Journal &journal)
{
    QList<vigie::journal::Event> found;
    for (const auto &event : journal.events(journal.workstation(), 0, 100000)) {
        if (event.objectType == QLatin1String(kPtzObject))
            found.append(event);
    }
    return found;
}

QList<vigie::journal::Event> ptzEvents(RecordsFixture &f)
{
    return ptzEvents(f.journal);
}

// A desk of the room: a register of its own (the same accounts) and its workstation id.
struct Desk
{
    // `start`: the desk's clock when its register is set up (a forger's set back).
    explicit Desk(const char *workstation, const QDateTime &start = QDateTime())
        : f(start), journal(*f.db, QLatin1String(workstation), f.clock)
    {
    }
    RecordsFixture f;
    vigie::journal::Journal journal;
    PtzSteering steering { *f.db, journal, f.policy, f.clock };

    // What the sync would bring from `other` (its ptz events from its chain, in order).
    void hear(const Desk &other)
    {
        for (const auto &event : ptzEvents(other.journal))
            REQUIRE(PtzSteering::project(*f.db, event).ok());
    }
    QString holder(int camera) const
    {
        const auto lease = steering.lease(camera);
        return lease ? lease->holder + QLatin1Char('@') + lease->workstation : QString();
    }
};

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

TEST_CASE("naming, renaming and removing a preset is the chef de salle's", "[ptz]")
{
    RecordsFixture f;
    PtzSteering steering(*f.db, f.journal, f.policy, f.clock);
    using Change = PtzSteering::PresetChange;
    CHECK_FALSE(steering.maySavePresets(f.operatorUser));
    for (const Change change : { Change::Save, Change::Rename, Change::Remove }) {
        const vigie::Status refused = steering.changePreset(
            f.operatorUser, 12, QStringLiteral("4"), QStringLiteral("Entrée mairie"), change);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(
            vigie::access::permissionLabel(vigie::access::Permission::SavePtzPresets)));
    }
    for (const auto &event : ptzEvents(f))
        CHECK(event.action == QLatin1String("access.refused")); // each refusal, journaled

    CHECK(steering.maySavePresets(f.chef));
    CHECK_FALSE(
        steering.changePreset(f.chef, 12, QStringLiteral("4"), QStringLiteral("  "), Change::Save)
            .ok());
    REQUIRE(steering
                .changePreset(f.chef, 12, QStringLiteral("4"), QStringLiteral("Entrée mairie"),
                              Change::Save)
                .ok());
    auto events = ptzEvents(f);
    CHECK(events.last().action == QLatin1String("ptz.preset_saved"));
    CHECK(events.last().payload.value(QStringLiteral("name")).toString()
          == QStringLiteral("Entrée mairie"));
    CHECK(events.last().payload.value(QStringLiteral("preset")).toInt() == 4);
    REQUIRE(steering
                .changePreset(f.chef, 12, QStringLiteral("4"),
                              QStringLiteral("Entrée de la mairie"), Change::Rename)
                .ok());
    CHECK(ptzEvents(f).last().payload.value(QStringLiteral("renamed")).toBool());
    REQUIRE(steering.changePreset(f.chef, 12, QStringLiteral("4"), QString(), Change::Remove).ok());
    CHECK(ptzEvents(f).last().action == QLatin1String("ptz.preset_removed"));

    // Another desk takes a removal only from a holder of the right.
    RecordsFixture other;
    const int flagged = vigie::access::ReferenceGate::count(*other.db);
    REQUIRE(PtzSteering::project(*other.db, ptzEvents(f).last()).ok());
    CHECK(vigie::access::ReferenceGate::count(*other.db) == flagged);
    auto forged = f.journal.append({ f.operatorUser.login,
                                     QStringLiteral("ptz.preset_removed"),
                                     QLatin1String(kPtzObject),
                                     QStringLiteral("12"),
                                     QString(),
                                     { { QStringLiteral("camera"), 12 },
                                       { QStringLiteral("preset"), 4 },
                                       { QStringLiteral("token"), QStringLiteral("4") } } });
    REQUIRE(forged.ok());
    REQUIRE(PtzSteering::project(*other.db, forged.value()).ok());
    CHECK(vigie::access::ReferenceGate::count(*other.db) == flagged + 1);
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

TEST_CASE("two desks that grant one free camera at once name the same holder", "[ptz]")
{
    // Each desk grants camera 12 before it hears of the other's grant: Camille Martin on desk B
    // first, Léa Roux on desk A two seconds later. Desk A's id sorts first; the grant's time
    // decides.
    const int order = GENERATE(0, 1);
    Desk a("CSU-A");
    Desk b("CSU-B");
    Desk c("CSU-C"); // a third desk that hears both
    REQUIRE(b.steering.steer(b.f.operatorUser, 12).ok());
    a.f.now = a.f.now.addSecs(2);
    b.f.now = a.f.now;
    c.f.now = a.f.now;
    REQUIRE(a.steering.steer(a.f.nextChef, 12).ok());
    CHECK(a.holder(12) == QLatin1String("lroux@CSU-A"));
    CHECK(b.holder(12) == QLatin1String("cmartin@CSU-B"));

    if (order == 0) {
        a.hear(b);
        b.hear(a);
        c.hear(a);
        c.hear(b);
    } else {
        b.hear(a);
        a.hear(b);
        c.hear(b);
        c.hear(a);
    }
    for (const Desk *desk : { &a, &b, &c })
        CHECK(desk->holder(12) == QLatin1String("cmartin@CSU-B"));

    // The loser is refused from now on and told who has the camera; the winner steers on.
    const vigie::Status refused = a.steering.steer(a.f.nextChef, 12);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("Camille Martin")));
    CHECK(a.steering.overruled(a.f.nextChef, 12));
    CHECK_FALSE(b.steering.overruled(b.f.operatorUser, 12));
    b.f.now = b.f.now.addSecs(20);
    REQUIRE(b.steering.steer(b.f.operatorUser, 12).ok());
    a.f.now = b.f.now;
    a.hear(b);
    CHECK(a.holder(12) == QLatin1String("cmartin@CSU-B"));
    CHECK_FALSE(a.steering.steer(a.f.nextChef, 12).ok());

    // The journal keeps both grants.
    CHECK(ptzEvents(a.journal).first().action == QLatin1String("ptz.steer"));
    CHECK(ptzEvents(a.journal).first().payload.value(QStringLiteral("grant")).toBool());
    CHECK(ptzEvents(b.journal).first().payload.value(QStringLiteral("grant")).toBool());

    // A chef de salle's takeover still wins over the first lease, on every desk.
    c.f.now = b.f.now;
    REQUIRE(c.steering.takeOver(c.f.chef, 12).ok());
    a.hear(c);
    b.hear(c);
    for (const Desk *desk : { &a, &b, &c })
        CHECK(desk->holder(12) == QLatin1String("kbenali@CSU-C"));
}

TEST_CASE("a desk back from the backup site: the rule still names one holder", "[ptz]")
{
    // Desk A, cut off from central, steers camera 12 for a minute; desk B, unaware, grants it
    // to another operator forty seconds in.
    const int order = GENERATE(0, 1);
    Desk a("CSU-A");
    Desk b("CSU-B");
    REQUIRE(a.steering.steer(a.f.operatorUser, 12).ok());
    for (int s = 16; s <= 64; s += 16) {
        a.f.now = a.f.now.addSecs(16);
        REQUIRE(a.steering.steer(a.f.operatorUser, 12).ok());
        if (s == 32) {
            b.f.now = a.f.now.addSecs(8);
            REQUIRE(b.steering.steer(b.f.nextChef, 12).ok());
        }
    }
    b.f.now = a.f.now;
    if (order == 0) {
        a.hear(b);
        b.hear(a);
    } else {
        b.hear(a);
        a.hear(b);
    }
    // Its renewals kept the start of its tenure: desk A's operator keeps the camera.
    CHECK(a.holder(12) == QLatin1String("cmartin@CSU-A"));
    CHECK(b.holder(12) == QLatin1String("cmartin@CSU-A"));
    CHECK_FALSE(b.steering.steer(b.f.nextChef, 12).ok());
    CHECK(b.steering.overruled(b.f.nextChef, 12));

    // Once desk A's lease runs out, desk B's operator may take the camera again.
    a.f.now = a.f.now.addSecs(PtzSteering::kLease_ms / 1000 + 1);
    b.f.now = a.f.now;
    REQUIRE(b.steering.steer(b.f.nextChef, 12).ok());
    a.hear(b);
    CHECK(a.holder(12) == QLatin1String("lroux@CSU-B"));
}

TEST_CASE("leases forged to win the rule are flagged and change nothing", "[ptz]")
{
    Desk honest("CSU-B");
    REQUIRE(honest.steering.steer(honest.f.nextChef, 12).ok());
    const qint64 now_ms = honest.f.now.toMSecsSinceEpoch();
    const auto forge = [&](Desk &forger, const vigie::access::User &as, int camera,
                           qint64 until_ms) {
        auto event = forger.journal.append({ as.login,
                                             QStringLiteral("ptz.steer"),
                                             QLatin1String(kPtzObject),
                                             QString::number(camera),
                                             QString(),
                                             { { QStringLiteral("camera"), camera },
                                               { QStringLiteral("holder_name"), as.displayName },
                                               { QStringLiteral("until_ms"), until_ms },
                                               { QStringLiteral("taken_from"), QString() },
                                               { QStringLiteral("grant"), true } } });
        REQUIRE(event.ok());
        return event.value();
    };
    int flagged = vigie::access::ReferenceGate::count(*honest.f.db);

    SECTION("dated ten minutes back, its lease running until after now")
    {
        Desk forger("CSU-F", honest.f.now.addSecs(-600)); // the forger's clock set back
        const auto event = forge(forger, forger.f.operatorUser, 12, now_ms + 30000);
        REQUIRE(PtzSteering::project(*honest.f.db, event).ok());
        CHECK(vigie::access::ReferenceGate::count(*honest.f.db) == flagged + 1);
        CHECK(honest.holder(12) == QLatin1String("lroux@CSU-B"));
        CHECK(vigie::access::ReferenceGate::refusals(*honest.f.db)
                  .first()
                  .reason.contains(QLatin1String("630 s")));
    }
    SECTION("dated ten minutes back with a lease of its own length: over long ago")
    {
        Desk forger("CSU-F", honest.f.now.addSecs(-600));
        const auto event
            = forge(forger, forger.f.operatorUser, 12, forger.f.now.toMSecsSinceEpoch() + 30000);
        REQUIRE(PtzSteering::project(*honest.f.db, event).ok());
        CHECK(honest.holder(12) == QLatin1String("lroux@CSU-B"));
    }
    SECTION("dated before its desk's previous lease on the camera")
    {
        Desk forger("CSU-F");
        forger.f.now = honest.f.now.addSecs(5);
        const auto first = forge(forger, forger.f.operatorUser, 12, now_ms + 35000);
        REQUIRE(PtzSteering::project(*honest.f.db, first).ok());
        CHECK(vigie::access::ReferenceGate::count(*honest.f.db) == flagged);
        CHECK(honest.holder(12) == QLatin1String("lroux@CSU-B")); // granted later: loses
        // The next entry of its chain, its date made up to come before the honest grant.
        vigie::journal::Event backdated = first;
        backdated.seq = first.seq + 1;
        backdated.uuid = QUuid::createUuid();
        backdated.hlc = { now_ms - 1000, 0 };
        backdated.payload.insert(QStringLiteral("until_ms"), now_ms + 29000);
        REQUIRE(PtzSteering::project(*honest.f.db, backdated).ok());
        CHECK(vigie::access::ReferenceGate::count(*honest.f.db) == flagged + 1);
        CHECK(honest.holder(12) == QLatin1String("lroux@CSU-B"));
    }
    SECTION("from an operator who may not view that camera")
    {
        // Camera 13 is in Rueil-Malmaison (92063), outside Antony's operators' territory.
        vigie::cameras::Camera camera;
        camera.number = 13;
        camera.name = QStringLiteral("Place de l'Europe");
        camera.inseeCode = QStringLiteral("92063");
        camera.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/13"));
        camera.ptz = true;
        Desk forger("CSU-F");
        for (Desk *desk : { &honest, &forger }) {
            vigie::cameras::CameraDirectory directory(*desk->f.db, desk->f.journal);
            REQUIRE(directory.addCamera(desk->f.admin, camera).ok());
        }
        // Core refuses it on the operator's own desk...
        const vigie::Status refused = forger.steering.steer(forger.f.operatorUser, 13);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QLatin1String("92063")));
        CHECK_FALSE(forger.steering.lease(13).has_value());
        // ... and a desk that writes it all the same is flagged on the others.
        flagged = vigie::access::ReferenceGate::count(*honest.f.db);
        const auto event = forge(forger, forger.f.operatorUser, 13, now_ms + 30000);
        REQUIRE(PtzSteering::project(*honest.f.db, event).ok());
        CHECK(vigie::access::ReferenceGate::count(*honest.f.db) == flagged + 1);
        CHECK_FALSE(honest.steering.lease(13).has_value());
        // Nor from an agent without a habilitation, on any camera.
        const auto unhabilitated = forge(forger, forger.f.unhabilitated, 12, now_ms + 30000);
        REQUIRE(PtzSteering::project(*honest.f.db, unhabilitated).ok());
        CHECK(vigie::access::ReferenceGate::count(*honest.f.db) == flagged + 2);
    }
}
