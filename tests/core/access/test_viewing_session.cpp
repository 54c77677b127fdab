// Viewing checked in core and logged: a camera of no known commune is refused, refusals are
// journaled once per attempt (not once per repeat), and a view left open by a crash is closed
// at the next start with its reason.
#include "core/access/viewing_session.h"
#include "tests/core/records/records_fixture.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace vigie;
using Attempt = access::ViewingSession::Attempt;

namespace {

QList<journal::Event> eventsSince(test::RecordsFixture &f, qint64 seq)
{
    return f.journal.events(QStringLiteral("CSU-A"), seq, 10000);
}

int countAction(const QList<journal::Event> &events, const QString &action)
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [&](const journal::Event &e) { return e.action == action; }));
}

} // namespace

TEST_CASE("a camera whose commune is unknown is refused, whoever asks", "[access][viewing]")
{
    test::RecordsFixture f;
    const qint64 before = f.journal.lastSeq();
    const Status refused = f.policy.checkView(f.operatorUser, 12, QString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("INSEE")));
    const auto events = eventsSince(f, before);
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == QStringLiteral("access.refused"));
    CHECK(events.first().objectType == QStringLiteral("camera"));
    CHECK(events.first().objectId == QStringLiteral("12"));
    // The same camera with its commune recorded, in the habilitation's territory: allowed.
    CHECK(f.policy.checkView(f.operatorUser, 12, QStringLiteral("92002")).ok());
}

TEST_CASE("a refusal is journaled once per operator attempt, not once per repeat",
          "[access][viewing]")
{
    test::RecordsFixture f;
    access::ViewingSession viewing(*f.db, f.journal, f.policy, f.operatorUser);
    const qint64 before = f.journal.lastSeq();
    // A tour passing a camera of Sceaux (outside the habilitation) 50 times.
    for (int step = 0; step < 50; ++step)
        CHECK_FALSE(viewing.mayView(5, QStringLiteral("92071"), Attempt::Repeat).ok());
    CHECK(countAction(eventsSince(f, before), QStringLiteral("access.refused")) == 1);
    // The operator calling it by hand, twice: each attempt is journaled.
    CHECK_FALSE(viewing.mayView(5, QStringLiteral("92071"), Attempt::Operator).ok());
    CHECK_FALSE(viewing.mayView(5, QStringLiteral("92071"), Attempt::Operator).ok());
    CHECK(countAction(eventsSince(f, before), QStringLiteral("access.refused")) == 3);
    // A different reason for the same camera is a new fact: journaled once.
    f.now = QDateTime(QDate(2027, 9, 2), QTime(0, 0), f.now.timeZone()); // habilitation expired
    CHECK_FALSE(viewing.mayView(5, QStringLiteral("92071"), Attempt::Repeat).ok());
    CHECK_FALSE(viewing.mayView(5, QStringLiteral("92071"), Attempt::Repeat).ok());
    CHECK(countAction(eventsSince(f, before), QStringLiteral("access.refused")) == 4);
}

TEST_CASE("who watched what: one view.start and one view.end per viewing, with the desk",
          "[access][viewing]")
{
    test::RecordsFixture f;
    access::ViewingSession viewing(*f.db, f.journal, f.policy, f.operatorUser);
    const qint64 before = f.journal.lastSeq();
    REQUIRE(viewing.setShown({ 1, 2 }).ok());
    REQUIRE(viewing.setShown({ 1, 2 }).ok()); // the same wall again: nothing new
    f.now = f.now.addSecs(30);
    REQUIRE(viewing.setShown({ 1 }).ok()); // camera 2 leaves the walls
    f.now = f.now.addSecs(20);
    REQUIRE(viewing.setShown({ 1, 2 }).ok()); // and comes back within the minute: one viewing
    f.now = f.now.addSecs(10);
    REQUIRE(viewing.setShown({ 1 }).ok());
    const QDateTime left = f.now;
    f.now = f.now.addSecs(59);
    REQUIRE(viewing.sweep().ok());
    CHECK(countAction(eventsSince(f, before), QStringLiteral("view.end")) == 0);
    CHECK(viewing.nextSweepAt() == left.addSecs(60));
    f.now = f.now.addSecs(1);
    REQUIRE(viewing.sweep().ok());
    auto events = eventsSince(f, before);
    CHECK(countAction(events, QStringLiteral("view.start")) == 2);
    REQUIRE(countAction(events, QStringLiteral("view.end")) == 1);
    const journal::Event &end = events.last();
    CHECK(end.objectId == QStringLiteral("2"));
    CHECK(end.workstation == QStringLiteral("CSU-A"));
    CHECK(end.user == QStringLiteral("cmartin"));
    // It ended when it left the walls, not when the minute ran out.
    CHECK(QDateTime::fromString(end.payload.value(QStringLiteral("ended_at")).toString(),
                                Qt::ISODateWithMs)
          == left);
    REQUIRE(viewing.endAll(QStringLiteral("logout")).ok());
    events = eventsSince(f, before);
    CHECK(countAction(events, QStringLiteral("view.end")) == 2);
    CHECK(events.last().payload.value(QStringLiteral("reason")).toString()
          == QStringLiteral("logout"));
}

TEST_CASE("a view left open by a crash is closed at the next start, with the reason",
          "[access][viewing]")
{
    test::RecordsFixture f;
    {
        access::ViewingSession viewing(*f.db, f.journal, f.policy, f.operatorUser);
        REQUIRE(viewing.setShown({ 3, 4 }).ok());
        // The process dies here: no endAll(), the views stay open in the register.
    }
    const qint64 before = f.journal.lastSeq();
    f.now = f.now.addSecs(3600);
    access::ViewingSession next(*f.db, f.journal, f.policy, f.chef);
    const auto events = eventsSince(f, before);
    REQUIRE(countAction(events, QStringLiteral("view.end")) == 2);
    for (const journal::Event &e : events) {
        CHECK(e.user == QStringLiteral("cmartin")); // closed for who was watching
        CHECK(e.payload.value(QStringLiteral("reason")).toString() == QStringLiteral("unclosed"));
        CHECK_FALSE(e.payload.value(QStringLiteral("end_known")).toBool(true));
    }
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM open_views")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
