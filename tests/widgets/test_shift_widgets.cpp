// The shift dialogs and the shift log view, driven from the keyboard as an operator at the desk
// would, against a real register: what core records, and what the operator reads when core
// refuses.
#include "core/records/shift_log.h"
#include "tests/core/records/records_fixture.h"
#include "widgets/shift_dialogs.h"
#include "widgets/shift_log_view.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vigie;
using records::Shift;

namespace {

struct ShiftUiFixture : test::RecordsFixture
{
    widgets::ShiftServices services { *db, journal, policy, auth, shifts, clock };
    const access::ShiftSchedule schedule = access::ShiftSchedule::defaultSchedule();

    Shift openShift()
    {
        auto opened = shifts.open(
            chef, schedule, chef.login,
            { { operatorUser.login, operatorUser.matricule, QStringLiteral("opérateur") } });
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        return opened.value();
    }

    Shift handedOverShift()
    {
        const Shift shift = openShift();
        auto handed
            = shifts.handOver(chef, shift.id,
                              { QStringLiteral("Rappeler le bailleur"), QStringLiteral("RAS"),
                                QStringLiteral("RAS"), QStringLiteral("RAS") });
        REQUIRE(handed.ok());
        return handed.value();
    }

    Shift reload(const Shift &shift) { return *shifts.find(shift.id); }

    QList<journal::Event> events() { return journal.events(journal.workstation(), 0, 100000); }
};

// Shortcuts and mnemonics act in the active window only, as on the desk.
void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(test::waitUntil([&] { return QApplication::activeWindow() == &window; }));
}

void ctrlEnter(QWidget *widget)
{
    QTest::keyClick(widget, Qt::Key_Return, Qt::ControlModifier);
}

QString roleRefusal(access::Permission permission)
{
    return access::AccessPolicy::tr("Your roles do not allow you to %1.")
        .arg(access::permissionLabel(permission));
}

QStringList column(const QTableWidget *table, int index)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells.append(table->item(row, index) ? table->item(row, index)->text() : QString());
    return cells;
}

constexpr int kUserColumn = 1;
constexpr int kReferenceColumn = 3;
constexpr int kDetailsColumn = 6;

} // namespace

TEST_CASE("the chef opens the shift of the hour with the team ticked from the keyboard",
          "[shiftui]")
{
    ShiftUiFixture f;
    widgets::OpenShiftDialog dialog(f.services, f.chef, f.schedule);
    showActive(dialog);
    // 23:10: the night shift, which began at 22:00.
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("shiftSlot"))
              ->text()
              .contains(QStringLiteral("22:00")));
    CHECK(dialog.chefField()->currentData().toString() == f.chef.login);
    // Only supervisors may be chef de salle; the administrator is not on the team.
    CHECK(dialog.chefField()->findData(f.operatorUser.login) < 0);
    QStringList teamLogins;
    for (int row = 0; row < dialog.teamList()->count(); ++row)
        teamLogins.append(dialog.teamList()->item(row)->data(Qt::UserRole).toString());
    CHECK_FALSE(teamLogins.contains(f.admin.login));

    // Alt+T goes to the team, the arrows to Camille Martin, Space ticks her, Enter opens.
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    REQUIRE(dialog.teamList()->hasFocus());
    QTest::keyClick(dialog.teamList(), Qt::Key_Home);
    for (int row = 0; row < teamLogins.indexOf(f.operatorUser.login); ++row)
        QTest::keyClick(dialog.teamList(), Qt::Key_Down);
    QTest::keyClick(dialog.teamList(), Qt::Key_Space);
    QTest::keyClick(dialog.teamList(), Qt::Key_Return);

    INFO(dialog.errorText().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    const auto current = f.shifts.current();
    REQUIRE(current);
    CHECK(current->id == dialog.shift().id);
    CHECK(current->chef == f.chef.login);
    CHECK(current->kind == QStringLiteral("night"));
    QStringList team;
    for (const records::TeamMember &m : current->team)
        team.append(m.login);
    team.sort();
    CHECK(team == QStringList { f.operatorUser.login, f.chef.login });
}

TEST_CASE("a second shift cannot be opened: the dialog says why and stays open", "[shiftui]")
{
    ShiftUiFixture f;
    const Shift open = f.openShift();
    widgets::OpenShiftDialog dialog(f.services, f.nextChef, f.schedule);
    showActive(dialog);
    QTest::keyClick(dialog.chefField(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(open.label));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("dialogError"))->isVisible());
    CHECK(f.shifts.current()->id == open.id);
}

TEST_CASE("hand-over with RAS, acknowledgement by the next chef and visa, from the keyboard",
          "[shiftui]")
{
    ShiftUiFixture f;
    const Shift shift = f.openShift();

    widgets::HandOverDialog handOver(f.services, f.chef, shift);
    showActive(handOver);
    // Core refuses an empty note, and the dialog says so in core's words.
    ctrlEnter(handOver.pendingActionsField());
    CHECK(handOver.isVisible());
    CHECK(handOver.errorText()
          == records::ShiftService::tr("The hand-over note is empty: write the pending "
                                       "actions, instructions and faults, or \"RAS\"."));
    CHECK(f.reload(shift).status == Shift::Status::Open);
    QTest::keyClicks(handOver.pendingActionsField(), QStringLiteral("Rappeler le bailleur"));
    QTest::keyClick(&handOver, Qt::Key_R, Qt::AltModifier); // RAS in the empty fields
    CHECK(test::waitUntil(
        [&] { return handOver.systemFaultsField()->toPlainText() == QStringLiteral("RAS"); }));
    CHECK(handOver.pendingActionsField()->toPlainText() == QStringLiteral("Rappeler le bailleur"));
    ctrlEnter(handOver.pendingActionsField());
    CHECK(handOver.result() == QDialog::Accepted);
    Shift now = f.reload(shift);
    CHECK(now.status == Shift::Status::HandedOver);
    CHECK(now.handover.pendingActions == QStringLiteral("Rappeler le bailleur"));
    CHECK(now.handover.instructions == QStringLiteral("RAS"));
    CHECK(now.handover.cameraFaults == QStringLiteral("RAS"));
    CHECK(now.handover.systemFaults == QStringLiteral("RAS"));
    CHECK(handOver.shift().status == Shift::Status::HandedOver);

    widgets::AcknowledgeDialog acknowledge(f.services, f.nextChef, now);
    QSignalSpy changed(&acknowledge, &widgets::ShiftDialog::shiftChanged);
    showActive(acknowledge);
    QTest::keyClick(acknowledge.focusWidget(), Qt::Key_Return);
    CHECK(acknowledge.result() == QDialog::Accepted);
    CHECK(changed.count() == 1);
    now = f.reload(shift);
    CHECK(now.status == Shift::Status::Closed);
    CHECK(now.incomingAckBy == f.nextChef.login);
    CHECK_FALSE(f.shifts.current());

    widgets::SignShiftDialog sign(f.services, f.nextChef, now);
    showActive(sign);
    QTest::keyClicks(sign.commentField(), QStringLiteral("Vu, RAS."));
    ctrlEnter(sign.commentField());
    CHECK(sign.result() == QDialog::Accepted);
    now = f.reload(shift);
    CHECK(now.status == Shift::Status::Signed);
    CHECK(now.visaBy == f.nextChef.login);
    CHECK(now.visaComment == QStringLiteral("Vu, RAS."));

    widgets::AddendumDialog addendum(f.services, f.chef, now);
    showActive(addendum);
    QTest::keyClicks(addendum.textField(), QStringLiteral("Camera 005 reparee a 7 h 40."));
    ctrlEnter(addendum.textField());
    CHECK(addendum.result() == QDialog::Accepted);
    const journal::Event last = f.events().last();
    CHECK(last.action == QStringLiteral("shift.addendum"));
    CHECK(last.objectId == shift.id);
    CHECK(last.payload.value(QStringLiteral("text")).toString()
          == QStringLiteral("Camera 005 reparee a 7 h 40."));
    CHECK(f.journal.verify().ok());
}

TEST_CASE("an operator cannot take the room over: core's refusal is shown and nothing changes",
          "[shiftui]")
{
    ShiftUiFixture f;
    const Shift shift = f.handedOverShift();
    const qint64 before = f.journal.lastSeq();

    widgets::AcknowledgeDialog dialog(f.services, f.operatorUser, shift);
    QSignalSpy changed(&dialog, &widgets::ShiftDialog::shiftChanged);
    showActive(dialog);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(changed.isEmpty());
    CHECK(dialog.errorText() == roleRefusal(access::Permission::AcknowledgeShift));
    CHECK(f.reload(shift).status == Shift::Status::HandedOver);
    CHECK(f.reload(shift).incomingAckBy.isEmpty());
    // Core journaled its refusal, and that is all that was written.
    const QList<journal::Event> events = f.events();
    REQUIRE(f.journal.lastSeq() == before + 1);
    CHECK(events.last().action == QStringLiteral("access.refused"));
}

TEST_CASE("a refused visa keeps the comment typed, to sign once allowed", "[shiftui]")
{
    ShiftUiFixture f;
    const Shift handed = f.handedOverShift();
    // Handed over but not acknowledged: core refuses the visa, even to a supervisor.
    widgets::SignShiftDialog early(f.services, f.nextChef, handed);
    showActive(early);
    QTest::keyClicks(early.commentField(), QStringLiteral("Vu."));
    ctrlEnter(early.commentField());
    CHECK(early.isVisible());
    CHECK(early.errorText()
          == records::ShiftService::tr("A shift log is signed once it is handed over and "
                                       "acknowledged."));
    CHECK(early.commentField()->toPlainText() == QStringLiteral("Vu."));
    early.reject();

    REQUIRE(f.shifts.acknowledge(f.nextChef, handed.id).ok());
    widgets::SignShiftDialog byOperator(f.services, f.operatorUser, f.reload(handed));
    showActive(byOperator);
    QTest::keyClicks(byOperator.commentField(), QStringLiteral("Relu"));
    ctrlEnter(byOperator.commentField());
    CHECK(byOperator.errorText() == roleRefusal(access::Permission::SignShift));
    CHECK(byOperator.commentField()->toPlainText() == QStringLiteral("Relu"));
    CHECK(f.reload(handed).status == Shift::Status::Closed);
}

namespace {

struct LogViewFixture : ShiftUiFixture
{
    Shift shift;
    records::Incident gathering;
    records::Incident theft;

    LogViewFixture()
    {
        shift = openShift();
        gathering = incidents.create(operatorUser, routineDraft()).value();
        records::IncidentDraft d = routineDraft(QStringLiteral("Vol à l'étalage, rue Mounié"));
        d.category = QStringLiteral("property");
        d.subcategory = QStringLiteral("property.theft");
        d.cameraNumber = 2;
        now = now.addSecs(600);
        d.occurredAt = now;
        theft = incidents.create(chef, d).value();
        REQUIRE(shifts
                    .handOver(chef, shift.id,
                              { QStringLiteral("Rappeler le bailleur"), QStringLiteral("RAS"),
                                QStringLiteral("RAS"), QStringLiteral("RAS") })
                    .ok());
        REQUIRE(shifts.acknowledge(nextChef, shift.id).ok());
        now = now.addSecs(3600);
    }
};

} // namespace

TEST_CASE("the shift log view lists the shift's incidents and filters them by category",
          "[shiftui]")
{
    LogViewFixture f;
    widgets::ShiftLogView view(f.services, f.nextChef, QStringLiteral("Ville d'Antony"),
                               QStringLiteral("Centre de supervision urbain"));
    showActive(view);
    REQUIRE(view.selectedShift());
    CHECK(view.selectedShift()->id == f.shift.id);
    CHECK(view.errorText().isEmpty());
    const QStringList references = column(view.table(), kReferenceColumn);
    CHECK(references.contains(f.gathering.number));
    CHECK(references.contains(f.theft.number));
    CHECK(references.indexOf(f.gathering.number) < references.indexOf(f.theft.number));
    CHECK(column(view.table(), kDetailsColumn)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("Rappeler le bailleur")));
    // People by name and matricule, as in the exports, not by login.
    CHECK(column(view.table(), kUserColumn).contains(QStringLiteral("Karim Benali (CS-0007)")));
    CHECK_FALSE(column(view.table(), kUserColumn).contains(QStringLiteral("kbenali")));
    const auto *summary = view.findChild<QLabel *>(QStringLiteral("shiftSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("Karim Benali (CS-0007)")));
    CHECK_FALSE(summary->text().contains(QStringLiteral("kbenali")));

    // Alt+C, then down the list to the category.
    QTest::keyClick(&view, Qt::Key_C, Qt::AltModifier);
    REQUIRE(view.categoryField()->hasFocus());
    const int property = view.categoryField()->findData(QStringLiteral("property"));
    REQUIRE(property > 0);
    for (int i = 0; i < property; ++i)
        QTest::keyClick(view.categoryField(), Qt::Key_Down);
    CHECK(view.categoryField()->currentData().toString() == QStringLiteral("property"));
    CHECK(column(view.table(), kReferenceColumn) == QStringList { f.theft.number });

    // Back to every category, then camera 4 only.
    QTest::keyClick(view.categoryField(), Qt::Key_Home);
    CHECK(view.table()->rowCount() == references.size());
    QTest::keyClick(&view, Qt::Key_M, Qt::AltModifier);
    QTest::keyClick(view.cameraField(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(view.cameraField(), QStringLiteral("4"));
    CHECK(column(view.table(), kReferenceColumn) == QStringList { f.gathering.number });
}

TEST_CASE("exporting the shift log as CSV writes the file and journals the export", "[shiftui]")
{
    LogViewFixture f;
    widgets::ShiftLogView view(f.services, f.nextChef, QStringLiteral("Ville d'Antony"),
                               QStringLiteral("Centre de supervision urbain"));
    const QString path = f.dir.filePath(QStringLiteral("export/main-courante.csv"));
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QString askedFormat;
    view.setPathChooser([&](const QString &format, const QString &suggested) {
        askedFormat = format;
        CHECK(suggested.endsWith(QStringLiteral(".csv")));
        return path;
    });
    QSignalSpy exported(&view, &widgets::ShiftLogView::exported);
    showActive(view);
    view.categoryField()->setCurrentIndex(
        view.categoryField()->findData(QStringLiteral("property")));
    REQUIRE(view.exportCsvButton()->isEnabled());
    // Alt+V: Export CSV…; a mnemonic animates the click, which lands a moment later.
    QTest::keyClick(&view, Qt::Key_V, Qt::AltModifier);
    REQUIRE(test::waitUntil([&] { return exported.count() == 1 || !view.errorText().isEmpty(); }));
    INFO(view.errorText().toStdString());
    CHECK(askedFormat == QStringLiteral("csv"));
    REQUIRE(exported.count() == 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("Ville d'Antony")));
    CHECK(text.contains(f.theft.number));
    CHECK_FALSE(text.contains(f.gathering.number));
    CHECK_FALSE(view.statusText().isEmpty());

    const journal::Event last = f.events().last();
    CHECK(last.action == QStringLiteral("export.shift_log"));
    CHECK(last.user == f.nextChef.login);
    CHECK(last.objectType == QStringLiteral("shift"));
    CHECK(last.objectId == f.shift.id);
    CHECK(last.payload.value(QStringLiteral("file")).toString() == QDir::toNativeSeparators(path));
    CHECK(last.payload.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    CHECK(last.payload.value(QStringLiteral("sha256")).toString()
          == QString::fromLatin1(journal::Journal::sha256Hex(bytes)));
    CHECK(last.payload.value(QStringLiteral("entries")).toInt() == 1);
    CHECK(f.journal.verify().ok());
}

TEST_CASE("the shift log view offers the visa to a supervisor only, and signs through core",
          "[shiftui]")
{
    LogViewFixture f;
    {
        widgets::ShiftLogView asOperator(f.services, f.operatorUser, QStringLiteral("Antony"),
                                         QStringLiteral("CSU"));
        CHECK_FALSE(asOperator.signButton()->isEnabled());
        CHECK_FALSE(asOperator.exportCsvButton()->isEnabled());
        CHECK(asOperator.addendumButton()->isEnabled());
    }
    widgets::ShiftLogView view(f.services, f.nextChef, QStringLiteral("Antony"),
                               QStringLiteral("CSU"));
    QSignalSpy changed(&view, &widgets::ShiftLogView::shiftChanged);
    showActive(view);
    REQUIRE(view.signButton()->isEnabled());
    QTest::keyClick(&view, Qt::Key_G, Qt::AltModifier); // Sign (visa)…
    REQUIRE(test::waitUntil([&] { return view.findChild<widgets::SignShiftDialog *>(); }));
    auto *sign = view.findChild<widgets::SignShiftDialog *>();
    REQUIRE(sign->isVisible());
    // Offscreen, which window is active after a nested dialog opens is a race: Space on the
    // sign button rather than Ctrl+Enter (a window shortcut, tested above) keeps this exact.
    QTest::keyClicks(sign->commentField(), QStringLiteral("Vu."));
    QTest::keyClick(sign->signButton(), Qt::Key_Space);
    INFO(sign->errorText().toStdString());
    CHECK(changed.count() == 1);
    CHECK(f.reload(f.shift).status == Shift::Status::Signed);
    CHECK(view.selectedShift()->status == Shift::Status::Signed);
    CHECK_FALSE(view.signButton()->isEnabled());
    CHECK(view.addendumButton()->isEnabled());
    CHECK(column(view.table(), kDetailsColumn).contains(QStringLiteral("Vu.")));
}
