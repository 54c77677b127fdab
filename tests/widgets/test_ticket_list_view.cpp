// The ticket list as agents and chefs de salle use it, on the real register: filters, counts
// per day, cancellation with a reason, export through core, marked sent.
#include "tests/core/verbalisation/verbalisation_fixture.h"
#include "widgets/ticket_list_view.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace vigie;
using verbalisation::TicketState;

namespace {

struct ListFixture : test::VerbalisationFixture
{
    QString first, second, third;

    ListFixture()
    {
        // A second camera the authorisation names.
        cameras::Camera parvis;
        parvis.number = 13;
        parvis.name = QStringLiteral("Parvis de la gare");
        parvis.inseeCode = QStringLiteral("92002");
        parvis.verbalisation = true;
        parvis.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.13/main"));
        REQUIRE(directory.addCamera(admin, parvis).ok());
        // Two tickets on the 25th (cameras 1 and 13), one the next day by the ASVP.
        first = draft(agent, 1, QStringLiteral("AB-123-CD"));
        second = draft(agent, 13, QStringLiteral("GH-456-JK"));
        REQUIRE(tickets->validate(agent, first, agent.matricule, QStringLiteral("PM-ANTONY")).ok());
        now = now.addDays(1);
        third = draft(asvp, 1, QStringLiteral("EF-789-GH"));
    }

    QString draft(const access::User &who, int camera, const QString &plate)
    {
        const auto made = tickets->createDraft(who, capture(camera), parking(plate));
        INFO((made.ok() ? QString() : made.error()).toStdString());
        REQUIRE(made.ok());
        return made.value().id;
    }

    verbalisation::TicketFilter allDays() const
    {
        verbalisation::TicketFilter f;
        f.from = QDateTime(QDate(2026, 11, 20), QTime(0, 0));
        f.to = QDateTime(QDate(2026, 11, 30), QTime(0, 0));
        return f;
    }
};

// The plates listed, sorted and joined: "AB-123-CD, GH-456-JK".
QString plates(const widgets::TicketListView &view)
{
    QStringList list;
    for (const verbalisation::Ticket &t : view.tickets())
        list << t.plate;
    list.sort();
    return list.join(QStringLiteral(", "));
}

bool select(widgets::TicketListView &view, const QString &id)
{
    for (int row = 0; row < view.tickets().size(); ++row) {
        if (view.tickets()[row].id == id) {
            view.table()->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the ticket list filters by state, agent, camera, offence and date, with counts",
          "[ticketui]")
{
    ListFixture f;
    widgets::TicketListView view(*f.tickets, f.catalogue, f.chef, f.dir.path(),
                                 QStringLiteral("CSU-A"));
    view.setFilter(f.allDays());
    CHECK(plates(view) == QStringLiteral("AB-123-CD, EF-789-GH, GH-456-JK"));
    CHECK(view.table()->rowCount() == 3);
    CHECK(view.countsText().contains(QStringLiteral("25/11: 2")));
    CHECK(view.countsText().contains(QStringLiteral("26/11: 1")));

    auto filter = f.allDays();
    filter.state = TicketState::Validated;
    view.setFilter(filter);
    CHECK(plates(view) == QStringLiteral("AB-123-CD"));

    filter = f.allDays();
    filter.agentLogin = f.asvp.login;
    view.setFilter(filter);
    CHECK(plates(view) == QStringLiteral("EF-789-GH"));
    CHECK(view.countsText().contains(QStringLiteral("26/11: 1")));
    CHECK_FALSE(view.countsText().contains(QStringLiteral("25/11")));

    filter = f.allDays();
    filter.cameraNumber = 13;
    view.setFilter(filter);
    CHECK(plates(view) == QStringLiteral("GH-456-JK"));

    filter = f.allDays();
    filter.natinfCode = QStringLiteral("32971");
    view.setFilter(filter);
    CHECK(view.tickets().isEmpty());

    filter = f.allDays();
    filter.from = QDateTime(QDate(2026, 11, 26), QTime(0, 0));
    view.setFilter(filter);
    CHECK(plates(view) == QStringLiteral("EF-789-GH"));
}

TEST_CASE("from the list a ticket is cancelled with a reason, exported, then marked sent",
          "[ticketui]")
{
    ListFixture f;
    widgets::TicketListView view(*f.tickets, f.catalogue, f.chef, f.dir.path(),
                                 QStringLiteral("CSU-A"));
    view.setFilter(f.allDays());

    // A cancellation needs its reason; the ticket and its history stay.
    REQUIRE(select(view, f.second));
    CHECK_FALSE(view.cancelCurrent(QString()).ok());
    CHECK_FALSE(view.message().isEmpty());
    CHECK(f.tickets->find(f.second)->state == TicketState::Draft);
    REQUIRE(view.cancelCurrent(QStringLiteral("Véhicule d'intervention")).ok());
    CHECK(f.tickets->find(f.second)->state == TicketState::Cancelled);
    CHECK(f.tickets->find(f.second)->cancelReason == QStringLiteral("Véhicule d'intervention"));
    CHECK(view.tickets().size() == 3);

    // A draft is not exported: core refuses and no file is written.
    const QString draftFile = f.dir.filePath(QStringLiteral("draft.json"));
    REQUIRE(select(view, f.third));
    CHECK_FALSE(view.exportCurrent(draftFile, QStringLiteral("json")).ok());
    CHECK_FALSE(QFile::exists(draftFile));

    // The validated one is exported as JSON per the schema, then marked sent.
    const QString file = f.dir.filePath(QStringLiteral("ticket.json"));
    REQUIRE(select(view, f.first));
    const Status exported = view.exportCurrent(file, QStringLiteral("json"));
    INFO(view.message().toStdString());
    REQUIRE(exported.ok());
    QFile json(file);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(doc.value(QStringLiteral("tickets")).toArray().size() == 1);
    CHECK(f.tickets->find(f.first)->state == TicketState::Exported);
    REQUIRE(select(view, f.first));
    REQUIRE(view.markSentCurrent(QStringLiteral("ANTAI-2026-000123")).ok());
    CHECK(f.tickets->find(f.first)->state == TicketState::Sent);
    CHECK(f.tickets->find(f.first)->messageId == QStringLiteral("ANTAI-2026-000123"));
}

TEST_CASE("an operator without a verbalisation role sees no ticket, and is told why", "[ticketui]")
{
    ListFixture f;
    widgets::TicketListView view(*f.tickets, f.catalogue, f.operatorUser, f.dir.path(),
                                 QStringLiteral("CSU-A"));
    view.setFilter(f.allDays());
    CHECK(view.tickets().isEmpty());
    CHECK_FALSE(view.message().isEmpty());
}

TEST_CASE("Enter in a filter field applies it and keeps the list open", "[ticketui]")
{
    ListFixture f;
    widgets::TicketListView view(*f.tickets, f.catalogue, f.chef, f.dir.path(),
                                 QStringLiteral("CSU-A"));
    view.setFilter(f.allDays());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *agent = view.findChild<QLineEdit *>(QStringLiteral("agentFilter"));
    REQUIRE(agent);
    agent->setFocus();
    QTest::keyClicks(agent, f.asvp.login);
    QTest::keyClick(agent, Qt::Key_Return);
    CHECK(view.isVisible());
    CHECK(plates(view) == QStringLiteral("EF-789-GH"));
}
