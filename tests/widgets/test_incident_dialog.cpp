// The incident form from the keyboard alone, against the real register.
#include "tests/core/records/records_fixture.h"
#include "widgets/incident_dialog.h"
#include "widgets/incident_panel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

int categoryNumber(const records::IncidentTypology &typology, const QString &code)
{
    const auto top = typology.topLevel();
    for (int i = 0; i < top.size(); ++i) {
        if (top[i].code == code)
            return i + 1;
    }
    return -1;
}

} // namespace

TEST_CASE("a routine incident is recorded without the mouse", "[incidentui]")
{
    test::RecordsFixture f;
    const auto typology = records::IncidentTypology::load(*f.db);
    records::IncidentDraft prefilled;
    prefilled.cameraNumber = 4;
    prefilled.occurredAt = f.now;
    prefilled.place = QStringLiteral("Parking du marché");
    widgets::IncidentDialog dialog(
        typology, prefilled, QStringLiteral("Caméra 004"), QString(),
        [&](const records::IncidentDraft &d) { return f.incidents.create(f.operatorUser, d); });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto typeDigit = [&](int digit) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + digit));
    };
    const int tranquillity = categoryNumber(typology, QStringLiteral("tranquillity"));
    REQUIRE(tranquillity > 0);
    typeDigit(tranquillity);
    typeDigit(1); // first sub-category: gathering
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Dix jeunes, musique forte"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // to persons
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // to partners
    typeDigit(3); // field municipal police, time stamped now
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.saved());
    const records::Incident &incident = *dialog.saved();
    CHECK(incident.draft.category == QStringLiteral("tranquillity"));
    CHECK(incident.draft.subcategory == QStringLiteral("tranquillity.gathering"));
    CHECK(incident.draft.description == QStringLiteral("Dix jeunes, musique forte"));
    CHECK(incident.draft.cameraNumber == 4);
    REQUIRE(incident.draft.partners.size() == 1);
    CHECK(incident.draft.partners.first().partner == QStringLiteral("police_municipale"));
    CHECK(f.incidents.find(incident.id));
}

TEST_CASE("a refused save keeps what the operator typed and says why", "[incidentui]")
{
    test::RecordsFixture f;
    const auto typology = records::IncidentTypology::load(*f.db);
    records::IncidentDraft prefilled;
    prefilled.occurredAt = f.now;
    int attempts = 0;
    widgets::IncidentDialog dialog(
        typology, prefilled, QStringLiteral("Sans caméra"), QString(),
        [&](const records::IncidentDraft &d) -> Result<records::Incident> {
            if (++attempts == 1)
                return Result<records::Incident>::failure(
                    QStringLiteral("Le disque est plein : libérez de l'espace."));
            return f.incidents.create(f.operatorUser, d);
        });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(QApplication::focusWidget(),
                    Qt::Key(Qt::Key_0 + categoryNumber(typology, QStringLiteral("dumping"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0); // no sub-category
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Matelas sur le trottoir"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(QStringLiteral("disque est plein")));
    CHECK(dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"))->toPlainText()
          == QStringLiteral("Matelas sur le trottoir"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier); // retry
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(attempts == 2);
}

TEST_CASE("the incident panel lists the shift's incidents and searches them", "[incidentui]")
{
    test::RecordsFixture f;
    REQUIRE(
        f.incidents.create(f.operatorUser, f.routineDraft(QStringLiteral("Rixe devant le lycée")))
            .ok());
    REQUIRE(f.incidents.create(f.operatorUser, f.routineDraft(QStringLiteral("Tag sur l'abribus")))
                .ok());
    widgets::IncidentPanel panel(records::IncidentTypology::load(*f.db),
                                 [&](const records::IncidentFilter &filter) {
                                     return f.incidents.search(f.operatorUser, filter).value();
                                 });
    panel.setShift(QString(), QString());
    // No shift open: the last 24 hours of the real clock; the fixture's incidents are from its own
    // clock.
    records::IncidentFilter all;
    CHECK(f.incidents.search(f.operatorUser, all).value().size() == 2);
    panel.searchField()->setText(QStringLiteral("abribus"));
    panel.refresh();
    REQUIRE(panel.count() == 1);
    CHECK(panel.list()->item(0)->text().contains(QStringLiteral("Tag sur l'abribus")));
}

TEST_CASE("category 10 is typed 1 then 0; Enter in the lists moves on and never saves",
          "[incidentui]")
{
    test::RecordsFixture f;
    const auto typology = records::IncidentTypology::load(*f.db);
    REQUIRE(categoryNumber(typology, QStringLiteral("technical")) == 10);
    records::IncidentDraft prefilled;
    prefilled.occurredAt = f.now;
    int saves = 0;
    widgets::IncidentDialog dialog(typology, prefilled, QStringLiteral("Sans caméra"), QString(),
                                   [&](const records::IncidentDraft &d) {
                                       ++saves;
                                       return f.incidents.create(f.operatorUser, d);
                                   });
    QDateTime clock = f.now;
    dialog.setClock([&] { return clock; });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *categories = dialog.findChild<QListWidget *>(QStringLiteral("categories"));
    auto *subcategories = dialog.findChild<QListWidget *>(QStringLiteral("subcategories"));
    auto *description = dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    CHECK(QApplication::focusWidget() == categories); // waits: "1" may become "10"
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    CHECK(dialog.state().draft.category == QStringLiteral("technical"));
    CHECK(QApplication::focusWidget() == subcategories);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2); // network
    CHECK(dialog.state().draft.subcategory == QStringLiteral("technical.network"));
    CHECK(QApplication::focusWidget() == description);
    CHECK(description->toPlainText().isEmpty());

    // Back to the category: 1 then Enter is category 1, and Enter stops on its sub-categories.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    REQUIRE(QApplication::focusWidget() == categories);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(dialog.state().draft.category == QStringLiteral("persons"));
    CHECK(QApplication::focusWidget() == subcategories);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // no sub-category
    CHECK(dialog.state().draft.subcategory.isEmpty());
    CHECK(QApplication::focusWidget() == description);
    CHECK(saves == 0);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().isEmpty());

    // 1 then a pause: the clock moves past the wait and the dialog's timer fires.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    REQUIRE(QApplication::focusWidget() == categories);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    CHECK(dialog.digitTimer()->isActive());
    clock = clock.addMSecs(records::form::kDigitWait_ms);
    REQUIRE(QMetaObject::invokeMethod(dialog.digitTimer(), "timeout"));
    CHECK(dialog.state().draft.category == QStringLiteral("persons"));
    CHECK(QApplication::focusWidget() == subcategories);
}

TEST_CASE("a category without sub-categories: the 0 typed for none stays out of the description",
          "[incidentui]")
{
    test::RecordsFixture f;
    const auto typology = records::IncidentTypology::load(*f.db);
    records::IncidentDraft prefilled;
    prefilled.occurredAt = f.now;
    widgets::IncidentDialog dialog(
        typology, prefilled, QStringLiteral("Sans caméra"), QString(),
        [&](const records::IncidentDraft &d) { return f.incidents.create(f.operatorUser, d); });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(QApplication::focusWidget(),
                    Qt::Key(Qt::Key_0 + categoryNumber(typology, QStringLiteral("rescue"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Malaise sur le quai"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.saved());
    CHECK(dialog.saved()->draft.category == QStringLiteral("rescue"));
    CHECK(dialog.saved()->draft.description == QStringLiteral("Malaise sur le quai"));
}
