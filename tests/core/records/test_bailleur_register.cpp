// The bailleur camera register through core, as each role would use it: conventions, calls,
// requests, viewing sessions and the gate on a landlord's cameras (CSI L272-2).
#include "core/access/reference_gate.h"
#include "core/access/view_grants.h"
#include "core/records/snapshot_store.h"
#include "tests/core/records/bailleur_fixture.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace vigie;
using records::BailleurSession;

namespace {

int refusedViews(test::BailleurFixture &f, int camera)
{
    int n = 0;
    for (const journal::Event &e : f.journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
        n += e.action == QLatin1String("access.refused") && e.objectId == QString::number(camera)
                && e.payload.contains(QStringLiteral("bailleur_convention"))
            ? 1
            : 0;
    }
    return n;
}

} // namespace

TEST_CASE("a landlord's camera plays only under a session opened from a request under a valid "
          "convention",
          "[bailleur][access]")
{
    test::BailleurFixture f;
    // The commune's camera plays; the landlord's does not, and the refusal is journaled.
    CHECK(f.policy.checkView(f.operatorUser, 1, QStringLiteral("92002")).ok());
    const Status refused = f.policy.checkView(f.operatorUser, 5, QStringLiteral("92002"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("HSH-2025-017")));
    CHECK(refusedViews(f, 5) == 1);
    // And the register lists it as a refusal for want of a session.
    const auto refusals = f.reg.refusals();
    REQUIRE(refusals.size() == 1);
    CHECK(refusals.first().kind == records::RefusalKind::NoSession);
    CHECK(refusals.first().cameras == QList<int> { 5 });

    auto request = f.reg.request(f.operatorUser, f.requestFor({ 5, 6 }, 30));
    REQUIRE(request.ok());
    CHECK(request.value().state == records::RequestState::Pending);
    // A request alone opens nothing.
    CHECK_FALSE(f.policy.checkView(f.operatorUser, 5, QStringLiteral("92002")).ok());
    QSignalSpy opened(&f.reg, &records::BailleurRegister::sessionOpened);
    auto session = f.reg.accept(f.operatorUser, request.value().id);
    REQUIRE(session.ok());
    CHECK(opened.count() == 1);
    CHECK(session.value().endsAt == f.now.addSecs(30 * 60));
    CHECK(f.policy.checkView(f.operatorUser, 5, QStringLiteral("92002")).ok());
    CHECK(f.policy.checkView(f.chef, 6, QStringLiteral("92002")).ok());
    // Camera 7 is the landlord's too, but no session covers it.
    CHECK_FALSE(f.policy.checkView(f.operatorUser, 7, QStringLiteral("92002")).ok());
    // The habilitation still counts: a session is no licence for an unhabilitated agent.
    CHECK_FALSE(f.policy.checkView(f.unhabilitated, 5, QStringLiteral("92002")).ok());
    CHECK(f.reg.request(request.value().id)->state == records::RequestState::Accepted);
    CHECK(f.reg.sessionFor(6)->id == session.value().id);
    // Accepting twice opens nothing more.
    CHECK_FALSE(f.reg.accept(f.operatorUser, request.value().id).ok());

    // More than the convention allows is cut to its maximum.
    auto longer = f.reg.request(f.chef, f.requestFor({ 6 }, 240));
    REQUIRE(longer.ok());
    auto capped = f.reg.accept(f.chef, longer.value().id);
    REQUIRE(capped.ok());
    CHECK(capped.value().openedAt.secsTo(capped.value().endsAt) == 60 * 60);
}

TEST_CASE("a request the convention does not cover is refused, and the refusal is an entry",
          "[bailleur]")
{
    test::BailleurFixture f;
    SECTION("a camera outside its buildings")
    {
        auto r = f.reg.request(f.operatorUser, f.requestFor({ 5, 7 }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("7")));
        REQUIRE(f.reg.refusals().size() == 1);
        CHECK(f.reg.refusals().first().kind == records::RefusalKind::OutsideScope);
    }
    SECTION("a situation it does not allow")
    {
        auto asked = f.requestFor({ 5 });
        asked.situation = QStringLiteral("tranquillity");
        auto r = f.reg.request(f.operatorUser, asked);
        REQUIRE_FALSE(r.ok());
        REQUIRE(f.reg.refusals().size() == 1);
        CHECK(f.reg.refusals().first().kind == records::RefusalKind::SituationNotAllowed);
    }
    SECTION("an expired convention blocks every session and says so")
    {
        auto pending = f.reg.request(f.operatorUser, f.requestFor({ 5 }));
        REQUIRE(pending.ok());
        f.now = QDateTime(QDate(2027, 1, 15), QTime(9, 0), QTimeZone("Europe/Paris"));
        auto r = f.reg.request(f.operatorUser, f.requestFor({ 5 }));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("2027")));
        // A request taken before the expiry is not accepted after it either.
        auto late = f.reg.accept(f.operatorUser, pending.value().id);
        REQUIRE_FALSE(late.ok());
        CHECK(f.reg.refusals().size() == 2);
        for (const records::BailleurRefusal &refusal : f.reg.refusals())
            CHECK(refusal.kind == records::RefusalKind::ConventionExpired);
        CHECK(f.reg.request(pending.value().id)->state == records::RequestState::Refused);
        CHECK(f.reg.openSessions().isEmpty());
    }
    SECTION("refused by the centre, with why")
    {
        auto pending = f.reg.request(f.operatorUser, f.requestFor({ 5 }));
        REQUIRE(pending.ok());
        CHECK_FALSE(f.reg.refuse(f.operatorUser, pending.value().id, QString()).ok());
        REQUIRE(f.reg
                    .refuse(f.operatorUser, pending.value().id,
                            QStringLiteral("Aucune patrouille disponible"))
                    .ok());
        CHECK(f.reg.refusals().first().kind == records::RefusalKind::ByOperator);
        CHECK_FALSE(f.reg.accept(f.operatorUser, pending.value().id).ok());
    }
    // Every refused request stays in the register, with why.
    for (const records::BailleurRequest &r : f.reg.requests()) {
        if (r.state == records::RequestState::Refused)
            CHECK_FALSE(r.refusal.isEmpty());
    }
    CHECK(f.reg.openSessions().isEmpty());
}

TEST_CASE("a session closes by itself at its limit; an extension is a new decision within the "
          "convention's limit",
          "[bailleur][session]")
{
    test::BailleurFixture f;
    auto request = f.reg.request(f.operatorUser, f.requestFor({ 5, 6 }, 30));
    REQUIRE(request.ok());
    auto session = f.reg.accept(f.operatorUser, request.value().id);
    REQUIRE(session.ok());
    const QString id = session.value().id;
    CHECK(f.reg.nextSweepAt() == session.value().endsAt.addSecs(-60));

    CHECK_FALSE(f.reg.extend(f.operatorUser, id, 20, QString()).ok()); // no reason
    auto extended = f.reg.extend(f.operatorUser, id, 20, QStringLiteral("Interpellation en cours"));
    REQUIRE(extended.ok());
    CHECK(extended.value().endsAt == f.now.addSecs(50 * 60));
    REQUIRE(extended.value().extensions.size() == 1);
    CHECK(extended.value().extensions.first().reason == QStringLiteral("Interpellation en cours"));
    // 60 minutes at most under this convention: 10 are left.
    const auto beyond = f.reg.extend(f.operatorUser, id, 20, QStringLiteral("Encore"));
    REQUIRE_FALSE(beyond.ok());
    CHECK(beyond.error().contains(QStringLiteral("10")));

    QSignalSpy ending(&f.reg, &records::BailleurRegister::sessionEndingSoon);
    QSignalSpy ended(&f.reg, &records::BailleurRegister::sessionEnded);
    f.now = f.now.addSecs(49 * 60 + 30);
    REQUIRE(f.reg.sweep().ok());
    CHECK(ending.count() == 1);
    CHECK(ended.isEmpty());
    CHECK(f.policy.checkView(f.operatorUser, 5, QStringLiteral("92002")).ok());

    f.now = f.now.addSecs(31);
    // The gate needs no sweep: past the limit, the stream is refused at once.
    CHECK_FALSE(f.policy.checkView(f.operatorUser, 5, QStringLiteral("92002")).ok());
    auto swept = f.reg.sweep();
    REQUIRE(swept.ok());
    CHECK(swept.value() == 1);
    REQUIRE(ended.count() == 1);
    CHECK(ended.first().at(0).toString() == id);
    CHECK(ended.first().at(1).value<QList<int>>() == QList<int> { 5, 6 });
    const auto closed = f.reg.session(id);
    CHECK(closed->end == records::SessionEnd::Limit);
    CHECK(closed->closedBy == QStringLiteral("system"));
    CHECK(closed->closedAt == closed->endsAt);
    CHECK(closed->duration_s(f.now) == 50 * 60);
    CHECK(f.reg.openSessions().isEmpty());
    CHECK_FALSE(f.reg.nextSweepAt().isValid());
    CHECK_FALSE(f.reg.extend(f.operatorUser, id, 5, QStringLiteral("Trop tard")).ok());

    // Closed by hand: the cameras stop at once.
    auto again = f.reg.request(f.operatorUser, f.requestFor({ 6 }, 10));
    REQUIRE(again.ok());
    auto second = f.reg.accept(f.operatorUser, again.value().id);
    REQUIRE(second.ok());
    CHECK(f.policy.checkView(f.operatorUser, 6, QStringLiteral("92002")).ok());
    REQUIRE(
        f.reg.close(f.operatorUser, second.value().id, QStringLiteral("Fin d'intervention")).ok());
    CHECK(ended.count() == 2);
    CHECK_FALSE(f.policy.checkView(f.operatorUser, 6, QStringLiteral("92002")).ok());
    CHECK(f.reg.session(second.value().id)->end == records::SessionEnd::ByHand);
    CHECK(f.reg.session(second.value().id)->closedBy == f.operatorUser.login);
}

TEST_CASE("every call is an entry, an unanswered one too; corrections are addenda",
          "[bailleur][calls]")
{
    test::BailleurFixture f;
    records::BailleurCall call;
    call.direction = records::CallDirection::In;
    call.outcome = records::CallOutcome::Unanswered;
    call.party.number = QStringLiteral("+33 6 12 34 56 78");
    auto logged = f.reg.logCall(f.operatorUser, call);
    REQUIRE(logged.ok());
    // The landlord is found from its contact's number, whatever its form.
    CHECK(logged.value().convention == QStringLiteral("HSH-2025-017"));
    CHECK(logged.value().at == f.now);
    REQUIRE(f.reg.calls().size() == 1);
    CHECK(f.reg.calls().first().outcome == records::CallOutcome::Unanswered);
    CHECK(f.reg.calls().first().operatorLogin == f.operatorUser.login);

    records::BailleurCall corrected = f.reg.calls().first();
    corrected.party.name = QStringLiteral("Marc Lefèvre");
    corrected.party.service = QStringLiteral("gardien");
    CHECK_FALSE(f.reg.correctCall(f.operatorUser, logged.value().id, corrected, QString()).ok());
    auto addendum = f.reg.correctCall(f.operatorUser, logged.value().id, corrected,
                                      QStringLiteral("Nom donné au rappel"));
    REQUIRE(addendum.ok());
    const auto calls = f.reg.calls();
    REQUIRE(calls.size() == 2);
    CHECK(calls.at(0).id == logged.value().id);
    CHECK(calls.at(0).party.name.isEmpty()); // the original stays as it was
    CHECK(calls.at(1).corrects == logged.value().id);
    CHECK(calls.at(1).party.name == QStringLiteral("Marc Lefèvre"));

    // Neither a name nor a number: nothing to call back.
    CHECK_FALSE(f.reg.logCall(f.operatorUser, records::BailleurCall()).ok());
    // An ASVP or an administrator has no business with the landlords' calls.
    CHECK_FALSE(f.reg.logCall(f.admin, call).ok());
    CHECK(f.reg.calls().size() == 2);
}

TEST_CASE("the last callers and the convention's contacts are suggested as one types",
          "[bailleur][calls]")
{
    test::BailleurFixture f;
    auto byName = f.reg.suggestParties(QStringLiteral("lef"));
    REQUIRE(byName.size() == 1);
    CHECK(byName.first().party.name == QStringLiteral("Marc Lefèvre"));
    CHECK(byName.first().fromConvention);
    CHECK(byName.first().landlord == QStringLiteral("Hauts-de-Seine Habitat"));
    // By number, in any form.
    auto byNumber = f.reg.suggestParties(QStringLiteral("01 46"));
    REQUIRE(byNumber.size() == 1);
    CHECK(byNumber.first().party.name == QStringLiteral("Astreinte HSH"));

    records::BailleurCall call;
    call.party = { QStringLiteral("Sophie Leroy"), QStringLiteral("police nationale"),
                   QStringLiteral("PN-4411"), QStringLiteral("07 00 11 22 33") };
    REQUIRE(f.reg.logCall(f.operatorUser, call).ok());
    auto both = f.reg.suggestParties(QStringLiteral("le"));
    REQUIRE(both.size() == 2);
    CHECK(both.at(0).party.name == QStringLiteral("Sophie Leroy")); // callers first
    CHECK_FALSE(both.at(0).fromConvention);
    CHECK(both.at(1).party.name == QStringLiteral("Marc Lefèvre"));
}

TEST_CASE("French numbers are compared in their national form", "[bailleur][calls]")
{
    CHECK(records::normalisePhoneNumber(QStringLiteral("+33 1 46 11 22 33"))
          == QStringLiteral("0146112233"));
    CHECK(records::normalisePhoneNumber(QStringLiteral("0033146112233"))
          == QStringLiteral("0146112233"));
    CHECK(records::normalisePhoneNumber(QStringLiteral("01.46.11.22.33"))
          == QStringLiteral("0146112233"));
    CHECK(records::normalisePhoneNumber(QStringLiteral("+33 (0)1 46 11 22 33"))
          == QStringLiteral("0146112233"));
    CHECK(records::normalisePhoneNumber(QStringLiteral("+44 20 7946 0000"))
          == QStringLiteral("+442079460000"));
    CHECK(records::normalisePhoneNumber(QStringLiteral("1234")) == QStringLiteral("1234"));
}

TEST_CASE("conventions are reference data: an administrator's decision, checked on every desk",
          "[bailleur][convention]")
{
    test::BailleurFixture f;
    records::Convention renewed = test::hshConvention();
    renewed.expiresOn = QDate(2028, 1, 14);
    CHECK_FALSE(f.conventions.save(f.chef, renewed).ok());
    CHECK(f.conventions.byReference(QStringLiteral("HSH-2025-017"))->expiresOn
          == QDate(2027, 1, 14));
    records::Convention broken = renewed;
    broken.situations = { QStringLiteral("whatever") };
    CHECK_FALSE(f.conventions.save(f.admin, broken).ok());
    broken = renewed;
    broken.buildings.clear();
    CHECK_FALSE(f.conventions.save(f.admin, broken).ok());

    // Supervisors are warned 30 days before the expiry.
    CHECK(f.conventions.expiringWithin(30).isEmpty());
    f.now = QDateTime(QDate(2026, 12, 20), QTime(8, 0), QTimeZone("Europe/Paris"));
    REQUIRE(f.conventions.expiringWithin(30).size() == 1);
    // A renewal is an explicit decision that moves the expiry.
    REQUIRE(f.conventions.save(f.admin, renewed).ok());
    CHECK(f.conventions.expiringWithin(30).isEmpty());
    CHECK(f.conventions.forCamera(6)->reference == QStringLiteral("HSH-2025-017"));
    CHECK_FALSE(f.conventions.forCamera(7).has_value());

    // Another desk's convention event authored by someone without the right changes nothing.
    journal::Event forged;
    for (const journal::Event &e : f.journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
        if (e.objectType == QLatin1String(records::kConventionObject))
            forged = e;
    }
    forged.workstation = QStringLiteral("CSU-B");
    forged.user = f.operatorUser.login;
    forged.objectId = QStringLiteral("FAUX-1");
    REQUIRE(records::ConventionBook::project(*f.db, forged).ok());
    CHECK_FALSE(f.conventions.byReference(QStringLiteral("FAUX-1")).has_value());
    CHECK(access::ReferenceGate::count(*f.db) == 1);
}

TEST_CASE("nothing of a landlord's camera is kept: no snapshot, no incident snapshot",
          "[bailleur][snapshot]")
{
    test::BailleurFixture f;
    records::SnapshotStore snapshots(f.dir.path(), *f.db, f.journal);
    auto request = f.reg.request(f.operatorUser, f.requestFor({ 5 }));
    REQUIRE(request.ok());
    REQUIRE(f.reg.accept(f.operatorUser, request.value().id).ok());
    const QByteArray png("\x89PNG fake picture", 17);
    const auto refused = snapshots.store(f.operatorUser, 5, f.now, png, QStringLiteral("stream"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("HSH-2025-017")));
    CHECK(QDir(f.dir.filePath(QStringLiteral("snapshots"))).isEmpty());
    records::IncidentDraft draft = f.routineDraft();
    draft.cameraNumber = 5;
    const auto incident
        = f.incidents.create(f.operatorUser, draft, snapshots,
                             records::PendingSnapshot { 5, f.now, png, QStringLiteral("stream") });
    CHECK_FALSE(incident.ok());
    // The commune's camera still gives one.
    CHECK(snapshots.store(f.operatorUser, 1, f.now, png, QStringLiteral("stream")).ok());
}

TEST_CASE("the register gives the period with its totals; a supervisor visas it; tampering is "
          "caught by the journal's verification",
          "[bailleur][register]")
{
    test::BailleurFixture f;
    records::BailleurCall call;
    call.party = { QStringLiteral("Marc Lefèvre"), QStringLiteral("gardien"), QString(),
                   QStringLiteral("0612345678") };
    call.outcome = records::CallOutcome::Unanswered;
    REQUIRE(f.reg.logCall(f.operatorUser, call).ok());
    call.outcome = records::CallOutcome::Answered;
    auto answered = f.reg.logCall(f.operatorUser, call);
    REQUIRE(answered.ok());
    auto asked = f.requestFor({ 5 }, 20);
    asked.callId = answered.value().id;
    auto request = f.reg.request(f.operatorUser, asked);
    REQUIRE(request.ok());
    REQUIRE(f.reg.accept(f.operatorUser, request.value().id).ok());
    f.now = f.now.addSecs(25 * 60);
    REQUIRE(f.reg.sweep().ok());
    CHECK_FALSE(f.reg.request(f.operatorUser, f.requestFor({ 7 })).ok());

    const QDate day = QDate(2026, 11, 25);
    auto report = f.reg.report(f.chef, day, day);
    REQUIRE(report.ok());
    CHECK(report.value().calls.size() == 2);
    CHECK(report.value().requests.size() == 2);
    REQUIRE(report.value().sessions.size() == 1);
    CHECK(report.value().sessions.first().duration_s(f.now) == 20 * 60);
    CHECK(report.value().refusals.size() == 1);
    REQUIRE(report.value().totals.size() == 1);
    const records::RegisterTotal &total = report.value().totals.first();
    CHECK(total.month == QStringLiteral("2026-11"));
    CHECK(total.landlord == QStringLiteral("Hauts-de-Seine Habitat"));
    CHECK(total.calls == 2);
    CHECK(total.unansweredCalls == 1);
    CHECK(total.sessions == 1);
    CHECK(total.sessionSeconds == 20 * 60);
    CHECK(total.refusals == 1);
    // Another period holds none of it.
    CHECK(f.reg.report(f.chef, day.addDays(1), day.addDays(2)).value().calls.isEmpty());

    CHECK_FALSE(f.reg.visa(f.operatorUser, day, day).ok());
    REQUIRE(f.reg.visa(f.chef, day, day, QStringLiteral("Vu, conforme")).ok());
    const auto visaed = f.reg.report(f.chef, day, day);
    REQUIRE(visaed.value().visas.size() == 1);
    CHECK(visaed.value().visas.first().supervisor == f.chef.login);

    REQUIRE(f.journal.verify().ok());
    // Someone turns the unanswered call into an answered one in the journal's file.
    qint64 seq = 0;
    for (const journal::Event &e : f.journal.events(QStringLiteral("CSU-A"), 0, 100000)) {
        if (e.action == QLatin1String("bailleur.call") && seq == 0)
            seq = e.seq;
    }
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS journal_payloads_no_update")));
    REQUIRE(q.exec(QStringLiteral("UPDATE journal_payloads SET payload = replace(payload,"
                                  " 'unanswered', 'answered') WHERE workstation = 'CSU-A' AND"
                                  " seq = %1")
                       .arg(seq)));
    const journal::VerifyReport verified = f.journal.verify();
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.findings.first().seq == seq);
}
