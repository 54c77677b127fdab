// Retention: old content goes, the chain stays whole, the purge is journaled.
#include "core/journal/retention.h"
#include "tests/core/records/records_fixture.h"

#include <QSettings>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace vigie;

TEST_CASE("the purge removes what is past its retention and keeps the chain whole", "[retention]")
{
    const QDateTime present(QDate(2026, 11, 25), QTime(23, 10), QTimeZone("Europe/Paris"));
    // The register was set up four years ago; the journal's clock only moves forward.
    test::RecordsFixture f(present.addYears(-4));
    const auto old = f.incidents.create(f.operatorUser,
                                        f.routineDraft(QStringLiteral("Ancienne rixe au marché")));
    REQUIRE(old.ok());
    f.now = present;
    const auto recent = f.incidents.create(
        f.operatorUser, f.routineDraft(QStringLiteral("Rixe récente au marché")));
    REQUIRE(recent.ok());

    auto report = journal::runRetention(*f.db, f.journal, journal::RetentionPolicy::defaults(),
                                        present, QStringLiteral("system"));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report.value().incidentsRemoved == 1);
    CHECK(report.value().payloadsPurged >= 1);
    CHECK_FALSE(f.incidents.find(old.value().id));
    CHECK(f.incidents.find(recent.value().id));
    records::IncidentFilter search;
    search.text = QStringLiteral("marché");
    const auto found = f.incidents.search(f.operatorUser, search).value();
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == recent.value().id);

    const auto verify = f.journal.verify();
    INFO(verify.summary().toStdString());
    CHECK(verify.ok());
    QStringList actions;
    for (const auto &event : f.journal.events(QStringLiteral("CSU-A"), 0, 1000))
        actions.append(event.action);
    CHECK(actions.contains(QStringLiteral("journal.purge")));
    CHECK(actions.contains(QStringLiteral("incident.purge")));
}

TEST_CASE("retention is configurable, never below the legal minimum", "[retention]")
{
    test::RecordsFixture f;
    QSettings settings(f.dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("retention/session_days"), 400);
    settings.setValue(QStringLiteral("retention/incident_days"), 30); // far below 3 years
    QStringList warnings;
    const auto policy = journal::RetentionPolicy::fromSettings(settings, &warnings);
    CHECK(policy.daysFor(QStringLiteral("session")) == 400);
    CHECK(policy.daysFor(QStringLiteral("incident")) == 3 * 365);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(QStringLiteral("incident")));
}
