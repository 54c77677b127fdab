#include "core/records/incident_form.h"
#include "core/records/incident_typology.h"
#include "core/records/snapshot_store.h"
#include "tests/core/records/records_fixture.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace vigie;
using records::Incident;

TEST_CASE("an incident is numbered, journaled and found again", "[incident]")
{
    test::RecordsFixture f;
    auto first = f.incidents.create(f.operatorUser, f.routineDraft());
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    CHECK(first.value().number == QStringLiteral("2026-CSU-A-00001"));
    CHECK(first.value().operatorMatricule == QStringLiteral("OP-0142"));
    CHECK(first.value().draft.place == QStringLiteral("Parking du marché, niveau -1"));
    CHECK(first.value().draft.occurredAt == f.now);
    auto second
        = f.incidents.create(f.operatorUser, f.routineDraft(QStringLiteral("Rodéo de deux motos")));
    REQUIRE(second.ok());
    CHECK(second.value().number == QStringLiteral("2026-CSU-A-00002"));
    CHECK(f.incidents.find(QStringLiteral("2026-CSU-A-00002"))->id == second.value().id);
    const auto events = f.journal.events(QStringLiteral("CSU-A"), 0, 1000);
    CHECK(events.last().action == QStringLiteral("incident.create"));
    CHECK(events.last().objectId == second.value().id);
    CHECK(f.journal.verify().ok());
}

TEST_CASE("numbers follow this workstation's sequence of the year, past 99,999 too", "[incident]")
{
    test::RecordsFixture f;
    // Rows of another workstation and of another year do not move this sequence.
    auto row = [&](const char *number) {
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO incidents (id, number, workstation, occurred_at, occurred_ms,"
            " operator_login, operator_matricule, category, status, last_hlc)"
            " VALUES (?, ?, 'X', '2026-01-01T00:00:00+01:00', 0, 'x', 'x', 'rescue', 'open', '')"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(QString::fromLatin1(number));
        REQUIRE(q.exec());
    };
    row("2026-CSU-B-00417");
    row("2025-CSU-A-00950");
    row("2026-CSU-AB-00033");
    auto first = f.incidents.create(f.operatorUser, f.routineDraft());
    REQUIRE(first.ok());
    CHECK(first.value().number == QStringLiteral("2026-CSU-A-00001"));
    row("2026-CSU-A-99999");
    auto big = f.incidents.create(f.operatorUser, f.routineDraft());
    REQUIRE(big.ok());
    CHECK(big.value().number == QStringLiteral("2026-CSU-A-100000"));
    auto next = f.incidents.create(f.operatorUser, f.routineDraft());
    REQUIRE(next.ok());
    CHECK(next.value().number == QStringLiteral("2026-CSU-A-100001"));
}

TEST_CASE("an incident is refused without a category or a description", "[incident]")
{
    test::RecordsFixture f;
    records::IncidentDraft d = f.routineDraft();
    d.category.clear();
    CHECK_FALSE(f.incidents.create(f.operatorUser, d).ok());
    d = f.routineDraft(QStringLiteral("  "));
    CHECK_FALSE(f.incidents.create(f.operatorUser, d).ok());
    d = f.routineDraft();
    d.subcategory = QStringLiteral("traffic.wreck"); // not under "tranquillity"
    CHECK_FALSE(f.incidents.create(f.operatorUser, d).ok());
    CHECK_FALSE(
        f.incidents.create(f.admin, f.routineDraft()).ok()); // an administrator does not tag
}

TEST_CASE("the picture of an incident is stored only with the incident", "[incident][snapshot]")
{
    test::RecordsFixture f;
    records::SnapshotStore snapshots(f.dir.path(), *f.db, f.journal);
    records::PendingSnapshot picture { 4, f.now, QByteArray("\x89PNG fake picture"),
                                       QStringLiteral("tile") };
    auto snapshotsTaken = [&] {
        int count = 0;
        for (const auto &event : f.journal.events(QStringLiteral("CSU-A"), 0, 1000))
            count += event.action == QStringLiteral("snapshot.taken") ? 1 : 0;
        return count;
    };
    records::IncidentDraft refused = f.routineDraft();
    refused.category.clear();
    CHECK_FALSE(f.incidents.create(f.operatorUser, refused, snapshots, picture).ok());
    CHECK_FALSE(QDir(f.dir.filePath(QStringLiteral("snapshots"))).exists());
    CHECK(snapshotsTaken() == 0);

    auto saved = f.incidents.create(f.operatorUser, f.routineDraft(), snapshots, picture);
    REQUIRE(saved.ok());
    const records::IncidentDraft &draft = saved.value().draft;
    QFile file(snapshots.absolutePath({ draft.snapshotPath, QString() }));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == picture.png);
    CHECK(draft.snapshotSha256 == QString::fromLatin1(journal::Journal::sha256Hex(picture.png)));
    CHECK(snapshotsTaken() == 1);
}

TEST_CASE("edits, closing and sign-off follow the rules", "[incident]")
{
    test::RecordsFixture f;
    Incident incident = f.incidents.create(f.operatorUser, f.routineDraft()).value();
    records::IncidentDraft d = incident.draft;
    d.partners.append({ QStringLiteral("police_nationale"), f.now.addSecs(60) });
    d.closed = true;
    CHECK_FALSE(f.incidents.update(f.operatorUser, incident.id, d).ok()); // closed needs an outcome
    d.outcome = QStringLiteral("Dispersion à l'arrivée de l'équipage");
    auto updated = f.incidents.update(f.operatorUser, incident.id, d);
    REQUIRE(updated.ok());
    CHECK(updated.value().status == Incident::Status::Closed);
    REQUIRE(updated.value().draft.partners.size() == 1);
    CHECK(updated.value().draft.partners.first().alertedAt == f.now.addSecs(60));

    CHECK_FALSE(f.incidents.signOff(f.operatorUser, incident.id).ok());
    auto signedOff = f.incidents.signOff(f.chef, incident.id);
    REQUIRE(signedOff.ok());
    CHECK(signedOff.value().signedBy == QStringLiteral("kbenali"));
    CHECK_FALSE(f.incidents.update(f.operatorUser, incident.id, d).ok());
}

TEST_CASE("search by text, category, camera, time and status", "[incident][search]")
{
    test::RecordsFixture f;
    REQUIRE(
        f.incidents
            .create(f.operatorUser, f.routineDraft(QStringLiteral("Rixe entre jeunes, un blessé")))
            .ok());
    records::IncidentDraft theft
        = f.routineDraft(QStringLiteral("Vol à la roulotte sur un utilitaire"));
    theft.category = QStringLiteral("property");
    theft.subcategory = QStringLiteral("property.theft");
    theft.cameraNumber = 2;
    f.now = f.now.addSecs(3600);
    theft.occurredAt = f.now;
    theft.closed = true;
    theft.outcome = QStringLiteral("Interpellation par la police nationale");
    REQUIRE(f.incidents.create(f.operatorUser, theft).ok());

    records::IncidentFilter filter;
    filter.text = QStringLiteral("roulotte");
    CHECK(f.incidents.search(f.operatorUser, filter).value().size() == 1);
    filter.text = QStringLiteral("ROUL"); // prefix, any case
    CHECK(f.incidents.search(f.operatorUser, filter).value().size() == 1);
    filter.text = QStringLiteral("blesse"); // without the accent
    CHECK(f.incidents.search(f.operatorUser, filter).value().size() == 1);
    filter.text = QStringLiteral("\"unbalanced quote OR");
    CHECK(f.incidents.search(f.operatorUser, filter).value().isEmpty());
    filter = {};
    filter.category = QStringLiteral("property");
    CHECK(f.incidents.search(f.operatorUser, filter).value().size() == 1);
    filter = {};
    filter.cameraNumber = 4;
    CHECK(f.incidents.search(f.operatorUser, filter).value().size() == 1);
    filter = {};
    filter.from = f.now.addSecs(-60);
    CHECK(f.incidents.search(f.operatorUser, filter).value().size() == 1);
    filter = {};
    filter.status = Incident::Status::Open;
    CHECK(f.incidents.search(f.operatorUser, filter)
              .value()
              .first()
              .draft.description.startsWith(QStringLiteral("Rixe")));
    CHECK(f.incidents.search(f.operatorUser, {})
              .value()
              .first()
              .draft.description.startsWith(QStringLiteral("Vol"))); // newest first
}

TEST_CASE("the form is filled from the keyboard: digits, Enter, partner keys, Ctrl+Enter",
          "[incident][form]")
{
    test::RecordsFixture f;
    const auto typology = records::IncidentTypology::load(*f.db);
    records::IncidentDraft prefilled;
    prefilled.cameraNumber = 4;
    prefilled.occurredAt = f.now;
    prefilled.place = QStringLiteral("Parking du marché");
    using namespace records::form;
    State s = start(prefilled);
    CHECK(s.focus == Field::Category);
    REQUIRE(choices(s, typology).size() >= 9);
    const QList<records::Category> top = choices(s, typology);
    const int tranquillity = int(std::find_if(top.cbegin(), top.cend(),
                                              [](const records::Category &c) {
                                                  return c.code == QStringLiteral("tranquillity");
                                              })
                                 - top.cbegin())
        + 1;
    s = reduce(s, ChooseByNumber { tranquillity }, typology);
    CHECK(s.draft.category == QStringLiteral("tranquillity"));
    CHECK(s.focus == Field::Subcategory);
    s = reduce(s, ChooseByNumber { 1 }, typology);
    CHECK(s.draft.subcategory == QStringLiteral("tranquillity.gathering"));
    CHECK(s.focus == Field::Description);
    s = reduce(s, Submit {}, typology);
    CHECK_FALSE(s.readyToSave);
    CHECK(s.focus == Field::Description);
    CHECK(s.errors.size() == 1);
    s = reduce(
        s, SetText { Field::Description, QStringLiteral("Une dizaine de jeunes, musique forte") },
        typology);
    CHECK(s.errors.isEmpty());
    s = reduce(s, Next {}, typology);
    s = reduce(s, Next {}, typology);
    CHECK(s.focus == Field::Partners);
    s = reduce(s, TogglePartner { QStringLiteral("police_municipale"), f.now.addSecs(20) },
               typology);
    s = reduce(s, Submit {}, typology);
    REQUIRE(s.readyToSave);
    auto saved = f.incidents.create(f.operatorUser, s.draft);
    REQUIRE(saved.ok());
    CHECK(saved.value().draft.partners.first().partner == QStringLiteral("police_municipale"));
    CHECK(saved.value().draft.cameraNumber == 4);

    // 0 skips a sub-category.
    State t = start(prefilled);
    t = reduce(t, ChooseCode { QStringLiteral("traffic") }, typology);
    t = reduce(t, ChooseByNumber { 0 }, typology);
    CHECK(t.focus == Field::Description);
    CHECK(t.draft.subcategory.isEmpty());
}

namespace {

int topNumber(const records::IncidentTypology &typology, const QString &code)
{
    const QList<records::Category> top = typology.topLevel();
    for (int i = 0; i < top.size(); ++i) {
        if (top[i].code == code)
            return i + 1;
    }
    return -1;
}

} // namespace

TEST_CASE("every category number can be typed: 10 is 1 then 0, 1 alone waits for Enter or a pause",
          "[incident][form]")
{
    test::RecordsFixture f;
    const auto typology = records::IncidentTypology::load(*f.db);
    using namespace records::form;
    REQUIRE(typology.topLevel().size() == 10);
    REQUIRE(topNumber(typology, QStringLiteral("technical")) == 10);
    REQUIRE(topNumber(typology, QStringLiteral("persons")) == 1);
    records::IncidentDraft prefilled;
    prefilled.occurredAt = f.now;
    const QDateTime t0 = f.now;

    // 1 then 0: category 10, and the focus on its sub-categories, not in the description.
    State s = start(prefilled);
    s = reduce(s, TypeDigit { 1, t0 }, typology);
    CHECK(s.draft.category.isEmpty()); // "1" could still become "10"
    CHECK(s.focus == Field::Category);
    s = reduce(s, TypeDigit { 0, t0.addMSecs(300) }, typology);
    CHECK(s.draft.category == QStringLiteral("technical"));
    CHECK(s.focus == Field::Subcategory);
    CHECK(s.draft.description.isEmpty());

    // 1 then Enter: category 1, then its sub-categories (Enter never skips them).
    s = start(prefilled);
    s = reduce(s, TypeDigit { 1, t0 }, typology);
    s = reduce(s, Next {}, typology);
    CHECK(s.draft.category == QStringLiteral("persons"));
    CHECK(s.focus == Field::Subcategory);
    CHECK_FALSE(s.readyToSave);

    // 1 then a pause: category 1 once the wait is over, not before.
    s = start(prefilled);
    s = reduce(s, TypeDigit { 1, t0 }, typology);
    s = reduce(s, Tick { t0.addMSecs(kDigitWait_ms - 1) }, typology);
    CHECK(s.draft.category.isEmpty());
    s = reduce(s, Tick { t0.addMSecs(kDigitWait_ms) }, typology);
    CHECK(s.draft.category == QStringLiteral("persons"));
    CHECK(s.focus == Field::Subcategory);

    // 1, a pause, then 2: category 1, and the 2 picks its second sub-category.
    s = start(prefilled);
    s = reduce(s, TypeDigit { 1, t0 }, typology);
    s = reduce(s, TypeDigit { 2, t0.addMSecs(kDigitWait_ms + 100) }, typology);
    CHECK(s.draft.category == QStringLiteral("persons"));
    CHECK(s.draft.subcategory == QStringLiteral("persons.threat"));
    CHECK(s.focus == Field::Description);

    // A digit that no second digit can extend is taken at once.
    s = start(prefilled);
    s = reduce(s, TypeDigit { 3, t0 }, typology);
    CHECK(s.draft.category == QStringLiteral("tranquillity"));
    CHECK(s.focus == Field::Subcategory);
    // Two-digit codes work too: 0 then 5 is category 5.
    s = start(prefilled);
    s = reduce(s, TypeDigit { 0, t0 }, typology);
    s = reduce(s, TypeDigit { 5, t0.addMSecs(200) }, typology);
    CHECK(s.draft.category == QStringLiteral("dumping"));
}

TEST_CASE("a category without sub-categories still stops on them: its 0 never lands in the "
          "description",
          "[incident][form]")
{
    test::RecordsFixture f;
    const auto typology = records::IncidentTypology::load(*f.db);
    using namespace records::form;
    records::IncidentDraft prefilled;
    prefilled.occurredAt = f.now;
    State s = start(prefilled);
    s = reduce(s, TypeDigit { topNumber(typology, QStringLiteral("dumping")), f.now }, typology);
    CHECK(s.draft.category == QStringLiteral("dumping"));
    CHECK(s.focus == Field::Subcategory);
    CHECK(choices(s, typology).isEmpty());
    s = reduce(s, TypeDigit { 0, f.now.addMSecs(100) }, typology);
    CHECK(s.focus == Field::Description);
    CHECK(s.draft.subcategory.isEmpty());
    CHECK(s.draft.description.isEmpty());
    // Enter does the same as 0, and Back from the description returns to the sub-category.
    s = reduce(s, Back {}, typology);
    CHECK(s.focus == Field::Subcategory);
    s = reduce(s, Next {}, typology);
    CHECK(s.focus == Field::Description);
}

TEST_CASE("no sub-category is offered before a category is chosen", "[incident][form]")
{
    test::RecordsFixture f;
    const auto typology = records::IncidentTypology::load(*f.db);
    CHECK(typology.children(QString()).isEmpty());
    CHECK_FALSE(typology.topLevel().isEmpty());
    for (const records::Category &c : typology.topLevel())
        CHECK(c.parentCode.isEmpty());
    CHECK_FALSE(typology.children(QStringLiteral("tranquillity")).isEmpty());
}
