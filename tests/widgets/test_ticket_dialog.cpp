// The video-verbalisation dialog as an agent uses it: the plate checked as it is typed, the
// OCR's reading offered and applied only when accepted, and everything typed kept when core
// refuses.
#include "core/verbalisation/natinf_catalogue.h"
#include "tests/support/plate_scene.h"
#include "tests/support/test_support.h"
#include "widgets/plate_frame_view.h"
#include "widgets/ticket_dialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    c.matricule = QStringLiteral("PM-0042");
    return c;
}

QLineEdit *field(const QWidget &dialog, const char *name)
{
    auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(edit);
    return edit;
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

    // A rectangle on the bare road offers nothing and leaves the plate as it was.
    const QRect road = view->toWidget(QRect(20, 20, 300, 90));
    QTest::mousePress(view, Qt::LeftButton, {}, road.topLeft());
    QTest::mouseRelease(view, Qt::LeftButton, {}, road.bottomRight());
    REQUIRE(finished.wait(60000));
    CHECK(dialog.suggestion().isEmpty());
    CHECK_FALSE(use->isVisible());
    CHECK(plate->text() == QStringLiteral("AB-123-CD"));
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
