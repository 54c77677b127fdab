// The bailleur register's forms from the keyboard, against the real register (b1's core): the
// call panel, the request dialog, the register view.
#include "core/records/bailleur_export.h"
#include "tests/core/records/bailleur_fixture.h"
#include "translations/translator.h"
#include "widgets/bailleur_call_panel.h"
#include "widgets/bailleur_register_view.h"
#include "widgets/bailleur_request_dialog.h"
#include "widgets/bailleur_sessions_dialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

// These tests read the English source texts and type its underlined letters, whatever
// language an earlier test of the binary left installed (vigiectl's tests leave French).
struct InEnglish
{
    InEnglish() { i18n::install(*qApp, QStringLiteral("en")); }
};

widgets::BailleurCallPanel::Backend callLog(test::BailleurFixture &f, const access::User &user)
{
    widgets::BailleurCallPanel::Backend b;
    b.log = [&f, user](const records::BailleurCall &call) {
        return f.reg.logCall(user, call);
    };
    b.correct
        = [&f, user](const QString &id, const records::BailleurCall &call, const QString &reason) {
              return f.reg.correctCall(user, id, call, reason);
          };
    b.suggest = [&f](const QString &prefix) {
        return f.reg.suggestParties(prefix);
    };
    b.recent = [&f] {
        auto calls = f.reg.calls();
        std::reverse(calls.begin(), calls.end());
        return calls;
    };
    return b;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

} // namespace

TEST_CASE("the call panel logs an unanswered call from the keyboard alone", "[bailleurui]")
{
    InEnglish english;
    test::BailleurFixture f;
    widgets::BailleurCallPanel panel(callLog(f, f.operatorUser), f.now);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    // The number first: the time is already the key press's.
    REQUIRE(focused() == panel.findChild<QLineEdit *>(QStringLiteral("callNumber")));
    QTest::keyClicks(focused(), QStringLiteral("06 99 88 77 66"));
    QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier); // the outcome
    REQUIRE(focused() == panel.findChild<QComboBox *>(QStringLiteral("callOutcome")));
    QTest::keyClick(focused(), Qt::Key_Down); // answered -> unanswered
    QTest::keyClick(focused(), Qt::Key_Return);

    REQUIRE(panel.result() == QDialog::Accepted);
    const auto calls = f.reg.calls();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].outcome == records::CallOutcome::Unanswered);
    CHECK(calls[0].direction == records::CallDirection::In);
    CHECK(calls[0].party.number == QStringLiteral("06 99 88 77 66"));
    CHECK(calls[0].operatorLogin == f.operatorUser.login);
    CHECK(calls[0].at == f.now);
    CHECK(panel.savedCallId() == calls[0].id);
}

TEST_CASE("a call core refuses keeps everything typed, with the reason", "[bailleurui]")
{
    InEnglish english;
    test::BailleurFixture f;
    // The administrator does not take landlords' calls (HandleBailleurRequests).
    widgets::BailleurCallPanel panel(callLog(f, f.admin), f.now);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QTest::keyClicks(focused(), QStringLiteral("06 12 34 56 78"));
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(panel.isVisible());
    CHECK_FALSE(panel.errorText().isEmpty());
    CHECK(panel.call().party.number == QStringLiteral("06 12 34 56 78"));
    CHECK(f.reg.calls().isEmpty());
}

TEST_CASE("typing a name suggests the convention's contacts; picking one fills the caller",
          "[bailleurui]")
{
    InEnglish english;
    test::BailleurFixture f;
    widgets::BailleurCallPanel panel(callLog(f, f.operatorUser), f.now);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QTest::keyClick(focused(), Qt::Key_A, Qt::AltModifier); // the name
    REQUIRE(focused() == panel.findChild<QLineEdit *>(QStringLiteral("callName")));
    QTest::keyClicks(focused(), QStringLiteral("Marc"));
    QAbstractItemView *popup = panel.completer()->popup();
    REQUIRE(test::waitUntil([&] { return popup->isVisible(); }, 5000));
    REQUIRE(popup->model()->rowCount() >= 1);
    CHECK(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("gardien")));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    const records::BailleurCall typed = panel.call();
    CHECK(typed.party.name == QStringLiteral("Marc Lefèvre"));
    CHECK(typed.party.service == QStringLiteral("gardien"));
    CHECK(typed.party.number == QStringLiteral("06 12 34 56 78"));
    // Then Enter saves it, answered.
    QTest::keyClick(focused(), Qt::Key_Return);
    REQUIRE(f.reg.calls().size() == 1);
    CHECK(f.reg.calls()[0].convention == QStringLiteral("HSH-2025-017"));
}

TEST_CASE("a correction is saved beside the call it corrects, with why", "[bailleurui]")
{
    InEnglish english;
    test::BailleurFixture f;
    records::BailleurCall wrong;
    wrong.party.number = QStringLiteral("06 12 34 56 78");
    wrong.outcome = records::CallOutcome::Answered;
    REQUIRE(f.reg.logCall(f.operatorUser, wrong).ok());
    widgets::BailleurCallPanel panel(callLog(f, f.operatorUser), f.now);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.recentCalls()->setFocus();
    panel.recentCalls()->setCurrentItem(panel.recentCalls()->topLevelItem(0));
    QTest::keyClick(panel.recentCalls(), Qt::Key_E, Qt::ControlModifier);
    // The call is back in the form; without a reason it is not saved.
    QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier);
    QTest::keyClick(focused(), Qt::Key_Down); // it was not answered
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(panel.isVisible());
    CHECK(panel.errorText().contains(QStringLiteral("why")));
    auto *reason = panel.findChild<QLineEdit *>(QStringLiteral("correctionReason"));
    REQUIRE(focused() == reason);
    QTest::keyClicks(reason, QStringLiteral("erreur de saisie"));
    QTest::keyClick(reason, Qt::Key_Return);
    REQUIRE(panel.result() == QDialog::Accepted);
    const auto calls = f.reg.calls();
    REQUIRE(calls.size() == 2);
    const auto original = std::find_if(calls.cbegin(), calls.cend(),
                                       [](const auto &c) { return c.corrects.isEmpty(); });
    const auto correction = std::find_if(calls.cbegin(), calls.cend(),
                                         [](const auto &c) { return !c.corrects.isEmpty(); });
    REQUIRE(original != calls.cend());
    REQUIRE(correction != calls.cend());
    CHECK(original->outcome == records::CallOutcome::Answered);
    CHECK(correction->corrects == original->id);
    CHECK(correction->outcome == records::CallOutcome::Unanswered);
    CHECK(correction->correctionReason == QStringLiteral("erreur de saisie"));
}

TEST_CASE("a request for a situation the convention does not allow is not even offered; one "
          "for a camera outside it is refused by core with its reason",
          "[bailleurui]")
{
    InEnglish english;
    test::BailleurFixture f;
    widgets::BailleurRequestDialog::Backend b;
    b.record = [&](const records::BailleurRequest &r) {
        return f.reg.request(f.operatorUser, r);
    };
    b.accept = [&](const QString &id) {
        return f.reg.accept(f.operatorUser, id);
    };
    b.refuse = [&](const QString &id, const QString &reason) {
        return f.reg.refuse(f.operatorUser, id, reason);
    };
    records::BailleurRequest prefilled;
    prefilled.convention = QStringLiteral("HSH-2025-017");
    prefilled.cameras = { 6, 7 }; // 7 is the landlord's, but in no building of the convention
    widgets::BailleurRequestDialog dialog(f.conventions.conventions(), prefilled,
                                          QStringLiteral("Alerte"), {}, {}, b);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Only the convention's two situations.
    REQUIRE(dialog.situationList()->count() == 2);
    QTest::keyClick(dialog.situationList(), Qt::Key_1);
    // The scope lists the convention's cameras only: 7 cannot be ticked here.
    QList<int> listed;
    for (int i = 0; i < dialog.cameraList()->count(); ++i)
        listed.append(dialog.cameraList()->item(i)->data(Qt::UserRole).toInt());
    CHECK(listed == QList<int> { 5, 6 });
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.session());
    CHECK(dialog.session()->cameras == QList<int> { 6 });
    CHECK(f.reg.openSessions().size() == 1);

    // A convention that has expired since: core refuses, and says why.
    f.now = QDateTime(QDate(2027, 2, 1), QTime(10, 0), f.now.timeZone());
    widgets::BailleurRequestDialog late(f.conventions.conventions(), prefilled,
                                        QStringLiteral("Alerte"), {}, {}, b);
    late.show();
    REQUIRE(QTest::qWaitForWindowExposed(&late));
    QTest::keyClick(late.situationList(), Qt::Key_1);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(late.isVisible());
    CHECK(late.errorText().contains(QStringLiteral("2027")));
    CHECK_FALSE(late.session());
}

TEST_CASE("the register view lists a period and its totals per month and landlord", "[bailleurui]")
{
    InEnglish english;
    test::BailleurFixture f; // 25 November 2026, 23:10
    auto log = [&](records::CallOutcome outcome) {
        records::BailleurCall call;
        call.party.number = QStringLiteral("06 12 34 56 78");
        call.outcome = outcome;
        REQUIRE(f.reg.logCall(f.operatorUser, call).ok());
    };
    log(records::CallOutcome::Unanswered);
    log(records::CallOutcome::Answered);
    const auto asked = f.reg.request(f.operatorUser, f.requestFor({ 5 }, 20));
    REQUIRE(asked.ok());
    REQUIRE(f.reg.accept(f.operatorUser, asked.value().id).ok());
    // December: one more call, outside November.
    f.now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), f.now.timeZone());
    log(records::CallOutcome::Answered);

    widgets::BailleurRegisterView::Backend b;
    b.report = [&](const QDate &from, const QDate &to) {
        return f.reg.report(f.chef, from, to);
    };
    b.visa = [&](const QDate &from, const QDate &to, const QString &remark) {
        return f.reg.visa(f.chef, from, to, remark);
    };
    b.conventions = [&] {
        return f.conventions.conventions();
    };
    b.expiryWarnings = [] {
        return QStringList();
    };
    b.exportTo = [&](const QDate &from, const QDate &to, const QString &format, const QString &path,
                     const QString &convention) {
        return records::exportBailleurRegister(f.reg, f.chef, from, to, format, path,
                                               { QStringLiteral("Ville d'Antony"),
                                                 QStringLiteral("CSU"), QStringLiteral("CSU-A"),
                                                 f.chef.displayName, f.now },
                                               convention);
    };
    widgets::BailleurRegisterView view(b, f.now.date());
    view.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QStringList kinds;
    for (int i = 0; i < view.entries()->topLevelItemCount(); ++i)
        kinds.append(view.entries()->topLevelItem(i)->text(1));
    INFO(kinds.join(QLatin1Char(',')).toStdString());
    CHECK(kinds.count(QStringLiteral("Call")) == 2);
    CHECK(kinds.count(QStringLiteral("Request")) == 1);
    CHECK(kinds.count(QStringLiteral("Session")) == 1);
    REQUIRE(view.totals()->topLevelItemCount() == 1);
    const QTreeWidgetItem *total = view.totals()->topLevelItem(0);
    CHECK(total->text(0) == QStringLiteral("2026-11"));
    CHECK(total->text(1) == QStringLiteral("Hauts-de-Seine Habitat"));
    CHECK(total->text(2) == QStringLiteral("2")); // calls
    CHECK(total->text(3) == QStringLiteral("1")); // unanswered
    CHECK(total->text(5) == QStringLiteral("1")); // sessions

    // The CSV for the landlord, written by core: the period's calls are in it.
    const QString csv = f.dir.filePath(QStringLiteral("registre.csv"));
    view.setPathChooser([&](const QString &, const QString &) { return csv; });
    view.exportRegister(QStringLiteral("csv"));
    CHECK(view.statusText().contains(QStringLiteral("SHA-256")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("06 12 34 56 78")));

    // The supervisor's visa on the period shows under it.
    view.remarkField()->setText(QStringLiteral("Conforme"));
    view.giveVisa();
    CHECK(view.statusText().contains(QStringLiteral("Visa")));
    CHECK(view.findChild<QLabel *>(QStringLiteral("registerVisas"))
              ->text()
              .contains(QStringLiteral("Conforme")));
}

TEST_CASE("the sessions dialog extends a session with its reason up to the convention's limit, "
          "and closes it by hand",
          "[bailleurui]")
{
    InEnglish english;
    test::BailleurFixture f; // the convention allows 60 minutes
    const auto asked = f.reg.request(f.operatorUser, f.requestFor({ 5 }, 30));
    REQUIRE(asked.ok());
    REQUIRE(f.reg.accept(f.operatorUser, asked.value().id).ok());
    widgets::BailleurSessionsDialog::Backend b;
    b.open = [&] {
        return f.reg.openSessions();
    };
    b.landlord = [](const QString &) {
        return QStringLiteral("Hauts-de-Seine Habitat");
    };
    b.extend = [&](const QString &id, int minutes, const QString &reason) {
        return f.reg.extend(f.operatorUser, id, minutes, reason);
    };
    b.close = [&](const QString &id, const QString &reason) {
        return f.reg.close(f.operatorUser, id, reason);
    };
    b.now = [&] {
        return f.now;
    };
    widgets::BailleurSessionsDialog dialog(b);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.sessionList()->topLevelItemCount() == 1);
    CHECK(dialog.sessionList()->topLevelItem(0)->text(4) == QStringLiteral("30:00"));

    // Without a reason, nothing is extended.
    QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier);
    CHECK(dialog.errorText().contains(QStringLiteral("reason")));
    CHECK(f.reg.openSessions()[0].extensions.isEmpty());
    dialog.minutesField()->setValue(20);
    QTest::keyClicks(dialog.reasonField(), QStringLiteral("interpellation en cours"));
    QTest::keyClick(dialog.reasonField(), Qt::Key_E, Qt::ControlModifier);
    REQUIRE(f.reg.openSessions()[0].extensions.size() == 1);
    CHECK(dialog.sessionList()->topLevelItem(0)->text(4) == QStringLiteral("50:00"));
    // Past the convention's 60 minutes: core refuses and says how much is left.
    QTest::keyClicks(dialog.reasonField(), QStringLiteral("encore"));
    QTest::keyClick(dialog.reasonField(), Qt::Key_Return);
    CHECK(dialog.errorText().contains(QStringLiteral("10")));
    CHECK(f.reg.openSessions()[0].extensions.size() == 1);

    dialog.sessionList()->setFocus();
    QTest::keyClick(dialog.sessionList(), Qt::Key_Delete);
    CHECK(f.reg.openSessions().isEmpty());
    CHECK(dialog.sessionList()->topLevelItem(0)->text(0) == QStringLiteral("No session open."));
}
