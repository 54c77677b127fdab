// The bailleur register is one register: conventions, calls, requests and sessions recorded on
// one desk reach central and the other desks, with the gate on the landlord's cameras.
#include "core/cameras/camera_directory.h"
#include "core/records/bailleur_register.h"
#include "core/records/convention_book.h"
#include "tests/core/sync/sync_fixture.h"

#include <catch2/catch.hpp>

using namespace vigie;
using test::CentralDb;
using test::Desk;

namespace {

records::Convention convention()
{
    records::Convention c;
    c.reference = QStringLiteral("HSH-2025-017");
    c.landlord = QStringLiteral("Hauts-de-Seine Habitat");
    c.inseeCode = QStringLiteral("92002");
    c.approvedOn = QDate::currentDate().addMonths(-1);
    c.expiresOn = QDate::currentDate().addMonths(11);
    c.maxSession_min = 30;
    c.situations = { QStringLiteral("landlord_alert") };
    c.buildings = { { QStringLiteral("Résidence Paul Bert"), QString(), { 5, 6 } } };
    c.contacts = { { QStringLiteral("Marc Lefèvre"), QStringLiteral("gardien"),
                     QStringLiteral("06 12 34 56 78") } };
    return c;
}

// The register of today as `login` reads it on `desk`, one line per entry.
QStringList registerLines(records::BailleurRegister &reg, const Desk &desk)
{
    auto report = reg.report(desk.user(QStringLiteral("kbenali")), QDate::currentDate(),
                             QDate::currentDate());
    REQUIRE(report.ok());
    QStringList lines;
    for (const records::BailleurCall &c : report.value().calls)
        lines.append(QStringLiteral("call %1 %2 %3")
                         .arg(c.id, records::outcomeName(c.outcome), c.operatorLogin));
    for (const records::BailleurRequest &r : report.value().requests)
        lines.append(QStringLiteral("request %1 %2 %3").arg(r.id, r.sessionId).arg(int(r.state)));
    for (const records::BailleurSession &s : report.value().sessions)
        lines.append(QStringLiteral("session %1 %2 %3 %4")
                         .arg(s.id, s.closedBy, s.endsAt.toString(Qt::ISODateWithMs))
                         .arg(int(s.end)));
    for (const records::BailleurRefusal &r : report.value().refusals)
        lines.append(QStringLiteral("refusal %1 %2").arg(r.id, records::refusalKindName(r.kind)));
    for (const records::RegisterTotal &t : report.value().totals)
        lines.append(QStringLiteral("total %1 %2 %3 %4 %5")
                         .arg(t.month, t.landlord)
                         .arg(t.calls)
                         .arg(t.sessions)
                         .arg(t.refusals));
    return lines;
}

} // namespace

TEST_CASE("two desks and central keep one bailleur register, and one gate", "[sync][bailleur]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    cameras::CameraDirectory directory(*a.db, *a.journal);
    for (int number : { 5, 6 }) {
        cameras::Camera hall;
        hall.number = number;
        hall.name = QStringLiteral("Hall %1").arg(number);
        hall.inseeCode = QStringLiteral("92002");
        hall.owner = cameras::CameraOwner::Bailleur;
        hall.convention = QStringLiteral("HSH-2025-017");
        hall.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        REQUIRE(directory.addCamera(a.user(QStringLiteral("admin")), hall).ok());
    }
    records::ConventionBook conventionsA(*a.db, *a.journal);
    REQUIRE(conventionsA.save(a.user(QStringLiteral("admin")), convention()).ok());
    records::BailleurRegister regA(*a.db, *a.journal, *a.policy);
    records::BailleurRegister regB(*b.db, *b.journal, *b.policy);
    const access::User operatorA = a.user(QStringLiteral("cmartin"));
    const access::User operatorB = b.user(QStringLiteral("cmartin"));

    // Desk A: an unanswered call, then the landlord's alert and its session.
    records::BailleurCall call;
    call.party.number = QStringLiteral("0612345678");
    call.outcome = records::CallOutcome::Unanswered;
    REQUIRE(regA.logCall(operatorA, call).ok());
    records::BailleurRequest asked;
    asked.convention = QStringLiteral("HSH-2025-017");
    asked.situation = QStringLiteral("landlord_alert");
    asked.cameras = { 5, 6 };
    auto request = regA.request(operatorA, asked);
    REQUIRE(request.ok());
    auto session = regA.accept(operatorA, request.value().id);
    REQUIRE(session.ok());
    a.sync(central);

    // Desk B, once it has the directory, the convention and the session: its own gate follows.
    b.sync(central);
    records::ConventionBook conventionsB(*b.db, *b.journal);
    REQUIRE(conventionsB.byReference(QStringLiteral("HSH-2025-017")));
    CHECK(b.policy->checkView(operatorB, 5, QStringLiteral("92002")).ok());
    REQUIRE(regB.sessionFor(6));
    CHECK(regB.sessionFor(6)->id == session.value().id);

    // Desk B closes it; desk A refuses the camera once it knows.
    REQUIRE(regB.close(operatorB, session.value().id, QStringLiteral("Fin d'intervention")).ok());
    CHECK_FALSE(b.policy->checkView(operatorB, 5, QStringLiteral("92002")).ok());
    b.sync(central);
    CHECK(a.policy->checkView(operatorA, 5, QStringLiteral("92002")).ok());
    a.sync(central);
    CHECK_FALSE(a.policy->checkView(operatorA, 5, QStringLiteral("92002")).ok());
    a.sync(central);
    b.sync(central);

    // The same register on both desks, from the same journal as central's.
    test::requireSameRegister(central, { &a, &b });
    const QStringList onA = registerLines(regA, a);
    INFO(onA.join(QLatin1Char('\n')).toStdString());
    CHECK(onA == registerLines(regB, b));
    CHECK(onA.filter(QStringLiteral("call ")).size() == 1);
    CHECK(onA.filter(QStringLiteral("session ")).size() == 1);
    // The refusals each desk's gate journaled are in both.
    CHECK(onA.filter(QStringLiteral("no_session")).size() == 2);
    REQUIRE(regA.session(session.value().id));
    CHECK(regA.session(session.value().id)->end == records::SessionEnd::ByHand);
    CHECK(regA.session(session.value().id)->closedBy == QStringLiteral("cmartin"));
}
