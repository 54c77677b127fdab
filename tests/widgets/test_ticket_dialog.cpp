// The video-verbalisation dialog as an agent uses it: the plate checked as it is typed, the
// OCR's reading offered and applied only when accepted, and everything typed kept when core
// refuses.
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/offence_choice.h"
#include "core/verbalisation/plate.h"
#include "tests/core/verbalisation/verbalisation_fixture.h"
#include "tests/support/plate_scene.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"
#include "widgets/plate_frame_view.h"
#include "widgets/ticket_dialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

const QRect kPlate(420, 380, 440, 96);

verbalisation::NatinfOffence busLane()
{
    verbalisation::NatinfOffence o;
    o.code = QStringLiteral("6215");
    o.label = QStringLiteral("Arrêt ou stationnement sur une voie réservée aux bus");
    o.legalReference = QStringLiteral("R417-11 C.route");
    o.offenceClass = 4;
    o.standardCents = 13500;
    o.reducedCents = 9000;
    o.increasedCents = 37500;
    o.asvpAllowed = true;
    return o;
}

widgets::TicketDialogContext context()
{
    widgets::TicketDialogContext c;
    c.heading = QStringLiteral("Caméra 012 Avenue Aristide Briand");
    c.frames = { test::sceneWithPlate(QStringLiteral("AB-123-CD"), kPlate),
                 test::sceneWithPlate(QStringLiteral("AB-123-CD"), kPlate.translated(-40, 0)) };
    c.offences = { busLane() };
    c.matricule = QStringLiteral("PM-0217");
    return c;
}

QLineEdit *field(const QWidget &dialog, const char *name)
{
    auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(edit);
    return edit;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("the plate is checked and normalised as the agent types it", "[ticketui]")
{
    widgets::TicketDialog dialog(context(), {});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *plate = field(dialog, "plate");
    REQUIRE(QApplication::focusWidget() == plate);

    QTest::keyClicks(plate, QStringLiteral("ab 123"));
    CHECK_FALSE(dialog.plateValid());
    CHECK(dialog.plateStatus().startsWith(QStringLiteral("✖")));
    QTest::keyClicks(plate, QStringLiteral(" cd"));
    CHECK(dialog.plateValid());
    CHECK(dialog.plateStatus().contains(QStringLiteral("AB-123-CD")));
    CHECK(plate->text() == QStringLiteral("ab 123 cd")); // not rewritten under the cursor

    // SIV letters never include O: the reason shows at once, before any save.
    plate->clear();
    QTest::keyClicks(plate, QStringLiteral("ao-123-cd"));
    CHECK_FALSE(dialog.plateValid());
    const QString reason = dialog.plateStatus();
    CHECK(reason.size() > 3);

    // Leaving the field writes the normalised form.
    plate->clear();
    QTest::keyClicks(plate, QStringLiteral("ab123cd"));
    QTest::keyClick(plate, Qt::Key_Return);
    CHECK(plate->text() == QStringLiteral("AB-123-CD"));
    CHECK(QApplication::focusWidget() != plate); // Enter moved on, saved nothing
    CHECK(dialog.message().isEmpty());
}

TEST_CASE("the OCR's reading is offered, and applied only when the agent accepts it",
          "[ticketui][ocr]")
{
    // In the operators' language, for the screenshot at the end.
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    widgets::TicketDialog dialog(context(), {});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *plate = field(dialog, "plate");
    widgets::PlateFrameView *view = dialog.frameView();
    QSignalSpy finished(&dialog, &widgets::TicketDialog::ocrFinished);

    // The agent drags a rectangle around the plate of the frame shown.
    const QRect onScreen = view->toWidget(kPlate.adjusted(-10, -8, 10, 8));
    QTest::mousePress(view, Qt::LeftButton, {}, onScreen.topLeft());
    QTest::mouseMove(view, onScreen.center());
    QTest::mouseRelease(view, Qt::LeftButton, {}, onScreen.bottomRight());
    REQUIRE(dialog.ocrBusy());
    REQUIRE(finished.wait(60000));

    CHECK(dialog.suggestion() == QStringLiteral("AB-123-CD"));
    CHECK(plate->text().isEmpty()); // offered, not applied
    auto *use = dialog.findChild<QPushButton *>(QStringLiteral("useSuggestion"));
    REQUIRE(use);
    CHECK(use->isVisible());
    CHECK(use->text().contains(QStringLiteral("AB-123-CD")));

    // Enter accepts it; the agent may still correct it.
    REQUIRE(QApplication::focusWidget() == use);
    QTest::keyClick(use, Qt::Key_Return);
    CHECK(plate->text() == QStringLiteral("AB-123-CD"));
    CHECK(dialog.plateValid());
    CHECK_FALSE(use->isVisible());
    CHECK(QApplication::focusWidget() == plate);
    // For a person to look at: build/.../ticket-dialog-fr.png.
    CHECK(dialog.grab().save(
        QDir(QStringLiteral(VIGIE_BINARY_DIR)).filePath(QStringLiteral("ticket-dialog-fr.png"))));

    // A rectangle on the bare road offers nothing and leaves the plate as it was.
    const QRect road = view->toWidget(QRect(20, 20, 300, 90));
    QTest::mousePress(view, Qt::LeftButton, {}, road.topLeft());
    QTest::mouseRelease(view, Qt::LeftButton, {}, road.bottomRight());
    REQUIRE(finished.wait(60000));
    CHECK(dialog.suggestion().isEmpty());
    CHECK_FALSE(use->isVisible());
    CHECK(plate->text() == QStringLiteral("AB-123-CD"));
    i18n::install(*qApp, QStringLiteral("en"));
}

TEST_CASE("without Tesseract's French data the dialog says so, and the plate is typed",
          "[ticketui][ocr]")
{
    QTemporaryDir empty; // no fra.traineddata here
    widgets::TicketDialog dialog(context(), {});
    dialog.setOcrDataPath(empty.path());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &widgets::TicketDialog::ocrFinished);
    dialog.readPlateIn(kPlate);
    REQUIRE(finished.wait(60000));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("ocrStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("tesseract-ocr-fra")));
    CHECK(dialog.suggestion().isEmpty());
    typeInto(field(dialog, "plate"), QStringLiteral("ab123cd"));
    CHECK(dialog.plateValid());
}

TEST_CASE("the NATINF offence is picked by completion and described", "[ticketui]")
{
    widgets::TicketDialog dialog(context(), {});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *natinf = field(dialog, "natinf");
    natinf->setFocus();
    QTest::keyClicks(natinf, QStringLiteral("bus"));
    QWidget *popup = natinf->completer()->popup();
    REQUIRE(test::waitUntil([&] { return popup->isVisible(); }));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(natinf->text().startsWith(QStringLiteral("6215")));
    CHECK(dialog.input().natinf == QStringLiteral("6215"));
    auto *offence = dialog.findChild<QLabel *>(QStringLiteral("offence"));
    REQUIRE(offence);
    CHECK(offence->text().contains(QStringLiteral("R417-11")));
}

namespace {

// The dialog bound to the real ticket service, as the desk binds it.
widgets::TicketDialogActions actionsFor(test::VerbalisationFixture &f, const access::User &user,
                                        const verbalisation::LiveCapture &capture)
{
    widgets::TicketDialogActions a;
    a.save = [&f, user, capture](const QString &id, const verbalisation::TicketInput &in) {
        return id.isEmpty() ? f.tickets->createDraft(user, capture, in)
                            : f.tickets->updateDraft(user, id, in);
    };
    a.validate = [&f, user](const QString &id, const QString &matricule, const QString &service) {
        return f.tickets->validate(user, id, matricule, service);
    };
    return a;
}

widgets::TicketDialogContext contextFor(test::VerbalisationFixture &f, const access::User &user,
                                        const verbalisation::LiveCapture &capture)
{
    widgets::TicketDialogContext c;
    c.heading = QStringLiteral("Caméra %1").arg(capture.cameraNumber);
    c.frames = capture.frames;
    c.offences
        = verbalisation::offencesFor(user, f.catalogue.offences(), capture.capturedAt.date());
    c.matricule = user.matricule;
    return c;
}

} // namespace

TEST_CASE("an agent drafts and validates a ticket from the keyboard alone", "[ticketui]")
{
    test::VerbalisationFixture f;
    const auto capture = f.capture(1);
    widgets::TicketDialog dialog(contextFor(f, f.agent, capture), actionsFor(f, f.agent, capture));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto key = [](Qt::Key k, Qt::KeyboardModifiers m = {}) {
        QTest::keyClick(QApplication::focusWidget(), k, m);
    };
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ab123cd")); // plate
    key(Qt::Key_Return); // country: French
    key(Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Renault"));
    key(Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Clio"));
    key(Qt::Key_Return);
    key(Qt::Key_Return); // category left empty
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("rouge"));
    key(Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == field(dialog, "natinf"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("6215"));
    field(dialog, "serviceCode")->setText(QStringLiteral("PM-ANTONY"));
    key(Qt::Key_Return, Qt::ControlModifier);

    INFO(dialog.message().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.ticket());
    const auto stored = f.tickets->find(dialog.ticket()->id);
    REQUIRE(stored);
    CHECK(stored->state == verbalisation::TicketState::Validated);
    CHECK(stored->plate == QStringLiteral("AB-123-CD"));
    CHECK(stored->make == QStringLiteral("Renault"));
    CHECK(stored->natinfCode == QStringLiteral("6215"));
    CHECK(stored->matricule == QStringLiteral("PM-0217"));
    CHECK(stored->frames.size() == 3);

    // Opened again, a validated ticket is read-only.
    widgets::TicketDialog again(contextFor(f, f.agent, capture), actionsFor(f, f.agent, capture),
                                stored);
    CHECK(field(again, "plate")->isReadOnly());
    CHECK(field(again, "plate")->text() == QStringLiteral("AB-123-CD"));
    CHECK(again.message().contains(stored->number));
}

TEST_CASE("a refusal from core keeps everything typed, and the dialog open", "[ticketui]")
{
    test::VerbalisationFixture f;
    const auto capture = f.capture(1);

    SECTION("an ASVP types a traffic offence's code: not offered, and refused on save")
    {
        widgets::TicketDialog dialog(contextFor(f, f.asvp, capture),
                                     actionsFor(f, f.asvp, capture));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        typeInto(field(dialog, "plate"), QStringLiteral("GH-456-JK"));
        typeInto(field(dialog, "make"), QStringLiteral("Peugeot"));
        typeInto(field(dialog, "natinf"), QStringLiteral("32971"));
        auto *offence = dialog.findChild<QLabel *>(QStringLiteral("offence"));
        CHECK(offence->text().contains(QStringLiteral("32971")));
        QTest::keyClick(field(dialog, "natinf"), Qt::Key_S, Qt::ControlModifier);
        CHECK(dialog.isVisible());
        CHECK_FALSE(dialog.message().isEmpty());
        CHECK_FALSE(dialog.ticket());
        CHECK(field(dialog, "plate")->text() == QStringLiteral("GH-456-JK"));
        CHECK(field(dialog, "make")->text() == QStringLiteral("Peugeot"));
        CHECK(field(dialog, "natinf")->text() == QStringLiteral("32971"));
        CHECK(f.tickets->list(f.chef, {}).value().isEmpty());
    }
    SECTION("a matricule that is not the agent's: the draft is kept, validation refused")
    {
        widgets::TicketDialog dialog(contextFor(f, f.agent, capture),
                                     actionsFor(f, f.agent, capture));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        typeInto(field(dialog, "plate"), QStringLiteral("gh456jk"));
        typeInto(field(dialog, "natinf"), QStringLiteral("6215"));
        field(dialog, "matricule")->setText(QStringLiteral("PM-9999"));
        typeInto(field(dialog, "serviceCode"), QStringLiteral("PM-ANTONY"));
        QTest::keyClick(field(dialog, "serviceCode"), Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.message().contains(QStringLiteral("PM-9999")));
        REQUIRE(dialog.ticket()); // saved as a draft on the way
        CHECK(f.tickets->find(dialog.ticket()->id)->state == verbalisation::TicketState::Draft);
        CHECK(field(dialog, "matricule")->text() == QStringLiteral("PM-9999"));
        CHECK(field(dialog, "serviceCode")->text() == QStringLiteral("PM-ANTONY"));
        CHECK(field(dialog, "plate")->text() == QStringLiteral("GH-456-JK"));

        // Corrected, the same dialog validates the same draft.
        field(dialog, "matricule")->setText(QStringLiteral("PM-0217"));
        QTest::keyClick(field(dialog, "serviceCode"), Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(f.tickets->list(f.chef, {}).value().size() == 1);
    }
}

TEST_CASE("a second ticket for the same plate at the same place warns of a duplicate", "[ticketui]")
{
    test::VerbalisationFixture f;
    REQUIRE(f.tickets->createDraft(f.agent, f.capture(1), f.parking()).ok());
    const auto capture = f.capture(1);
    auto actions = actionsFor(f, f.agent, capture);
    actions.warnings = [&f, capture](const verbalisation::TicketInput &in) {
        verbalisation::Ticket t;
        t.cameraNumber = capture.cameraNumber;
        t.place = f.directory.byNumber(1)->place;
        t.capturedAt = capture.capturedAt;
        t.clockSync = capture.clock.state;
        t.plate = verbalisation::PlateRules::normalise(in.plate).value().text;
        return f.tickets->warnings(t);
    };
    widgets::TicketDialog dialog(contextFor(f, f.agent, capture), actions);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.warningText().isEmpty());
    typeInto(field(dialog, "plate"), QStringLiteral("ab-123-cd"));
    QTest::keyClick(field(dialog, "plate"), Qt::Key_Return);
    CHECK(dialog.warningText().contains(QStringLiteral("AB-123-CD")));
}

TEST_CASE("the offences offered: valid on the capture day, parking only for an ASVP", "[ticketui]")
{
    test::VerbalisationFixture f;
    const auto capture = f.capture(1);
    auto offered = [&](const access::User &user) {
        widgets::TicketDialog dialog(contextFor(f, user, capture), {});
        QStringList codes;
        const QAbstractItemModel *model = field(dialog, "natinf")->completer()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            codes << model->index(row, 0).data().toString().section(QLatin1Char(' '), 0, 0);
        return codes.join(QLatin1Char(' '));
    };
    // 12929 expired at the end of 2025: never offered.
    CHECK(offered(f.agent) == QStringLiteral("6215 32971"));
    CHECK(offered(f.asvp) == QStringLiteral("6215"));
    CHECK(offered(f.operatorUser).isEmpty());
}
