// Each operator's favourites and groups of cameras: kept as that operator's own journal events,
// rebuilt from them on another desk, and changed by no one else (refused here, flagged when
// another desk's event tries it).
#include "core/access/reference_gate.h"
#include "core/cameras/camera_selections.h"
#include "core/sync/projectors.h"
#include "tests/core/records/records_fixture.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct SelectionFixture : test::RecordsFixture
{
    cameras::CameraSelections selections { *db, journal };

    QList<journal::Event> selectionEvents() const
    {
        QList<journal::Event> list;
        for (const journal::Event &e : journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
            if (e.objectType == QLatin1String(cameras::kSelectionObject)
                && e.action.startsWith(QLatin1String("selection.")))
                list.append(e);
        }
        return list;
    }
};

} // namespace

TEST_CASE("an operator marks favourites and makes named groups of cameras", "[selections]")
{
    SelectionFixture f;
    auto marked = f.selections.toggleFavourites(f.operatorUser, { 12, 4 });
    REQUIRE(marked.ok());
    CHECK(marked.value());
    CHECK(f.selections.favourites(f.operatorUser.login).cameras == QList<int> { 12, 4 });
    // Some already are: all become favourites; all are: all stop being.
    REQUIRE(f.selections.toggleFavourites(f.operatorUser, { 4, 7 }).ok());
    CHECK(f.selections.favourites(f.operatorUser.login).cameras == QList<int> { 12, 4, 7 });
    marked = f.selections.toggleFavourites(f.operatorUser, { 4, 7 });
    REQUIRE(marked.ok());
    CHECK_FALSE(marked.value());
    CHECK(f.selections.favourites(f.operatorUser.login).cameras == QList<int> { 12 });
    // Another operator's favourites are their own.
    CHECK(f.selections.favourites(f.chef.login).cameras.isEmpty());

    const auto gare = f.selections.createGroup(f.operatorUser, QStringLiteral("Gare"), { 1, 2 });
    REQUIRE(gare.ok());
    const auto marche
        = f.selections.createGroup(f.operatorUser, QStringLiteral("Marché du dimanche"), { 9 });
    REQUIRE(marche.ok());
    CHECK_FALSE(f.selections.createGroup(f.operatorUser, QStringLiteral(" gare "), {}).ok());
    CHECK_FALSE(f.selections.createGroup(f.operatorUser, QStringLiteral("  "), {}).ok());
    REQUIRE(
        f.selections.renameGroup(f.operatorUser, gare.value(), QStringLiteral("Parvis gare")).ok());
    REQUIRE(f.selections.addToGroup(f.operatorUser, gare.value(), { 3, 1 }).ok());
    REQUIRE(f.selections.removeFromGroup(f.operatorUser, gare.value(), { 1 }).ok());
    QList<cameras::CameraSelection> groups = f.selections.groups(f.operatorUser.login);
    REQUIRE(groups.size() == 2);
    CHECK(groups[1].name == QStringLiteral("Parvis gare"));
    CHECK(groups[1].cameras == QList<int> { 2, 3 });
    REQUIRE(f.selections.deleteGroup(f.operatorUser, marche.value()).ok());
    CHECK(f.selections.groups(f.operatorUser.login).size() == 1);
    // A different operator may reuse the name: groups are per operator.
    CHECK(f.selections.createGroup(f.chef, QStringLiteral("Parvis gare"), { 5 }).ok());

    // Every change is the operator's own journal event, authored by them.
    const QList<journal::Event> events = f.selectionEvents();
    REQUIRE(events.size() == 10);
    for (const journal::Event &e : events)
        CHECK(e.user == e.payload.value(QStringLiteral("owner")).toString());
}

TEST_CASE("no one changes another operator's groups: refused in core, and another desk's "
          "forged event is flagged and changes nothing",
          "[selections][access]")
{
    SelectionFixture f;
    const auto gare = f.selections.createGroup(f.operatorUser, QStringLiteral("Gare"), { 1, 2 });
    REQUIRE(gare.ok());
    REQUIRE(f.selections.toggleFavourites(f.operatorUser, { 1 }).ok());

    for (const Status &attempt :
         { f.selections.renameGroup(f.chef, gare.value(), QStringLiteral("Volé")),
           f.selections.addToGroup(f.chef, gare.value(), { 9 }),
           f.selections.removeFromGroup(f.chef, gare.value(), { 1 }),
           f.selections.deleteGroup(f.chef, gare.value()) }) {
        REQUIRE_FALSE(attempt.ok());
        CHECK(attempt.error().contains(f.operatorUser.login));
    }
    // Without a habilitation to view, no selection at all.
    CHECK_FALSE(f.selections.toggleFavourites(f.unhabilitated, { 1 }).ok());
    REQUIRE(f.selections.groups(f.operatorUser.login).size() == 1);
    CHECK(f.selections.groups(f.operatorUser.login)[0].name == QStringLiteral("Gare"));
    CHECK(f.selections.groups(f.operatorUser.login)[0].cameras == QList<int> { 1, 2 });

    // The chef's desk sends an event under the chef's name that rewrites the operator's group
    // and favourites: every desk refuses it, the chain keeps it, the refusal is flagged.
    const auto registry = sync::ProjectorRegistry::standard();
    const QList<journal::Event> events = f.selectionEvents();
    REQUIRE(events.size() == 2);
    for (journal::Event forged : events) {
        forged.workstation = QStringLiteral("CSU-B");
        forged.user = f.chef.login;
        forged.payload.insert(QStringLiteral("cameras"), QJsonArray { 66 });
        REQUIRE(registry.project(*f.db, forged).ok());
    }
    CHECK(access::ReferenceGate::count(*f.db) == 2);
    CHECK(f.selections.groups(f.operatorUser.login)[0].cameras == QList<int> { 1, 2 });
    CHECK(f.selections.favourites(f.operatorUser.login).cameras == QList<int> { 1 });
    // Under the chef's own name but reusing the operator's group id: still refused.
    journal::Event taken = events.first();
    taken.workstation = QStringLiteral("CSU-B");
    taken.seq = 1000; // another event of that desk
    taken.user = f.chef.login;
    taken.payload.insert(QStringLiteral("owner"), f.chef.login);
    REQUIRE(registry.project(*f.db, taken).ok());
    CHECK(f.selections.groups(f.chef.login).isEmpty());
    CHECK(access::ReferenceGate::count(*f.db) == 3);

    // The operator's own event from another desk is applied: the groups follow the operator.
    journal::Event fromDeskB = events.first();
    fromDeskB.workstation = QStringLiteral("CSU-B");
    fromDeskB.seq = 1001;
    fromDeskB.payload.insert(QStringLiteral("id"), QStringLiteral("0190-b"));
    fromDeskB.payload.insert(QStringLiteral("name"), QStringLiteral("Depuis le poste B"));
    REQUIRE(registry.project(*f.db, fromDeskB).ok());
    CHECK(f.selections.groups(f.operatorUser.login).size() == 2);
    CHECK(access::ReferenceGate::count(*f.db) == 3);
}
