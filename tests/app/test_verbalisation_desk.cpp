// Drafting from a live tile of the real RTSP server: the frames come from the tile's own engine
// (no second session to the camera), distinct, at the stream's resolution; a tile that is not
// live is refused with its reason; and F4's whole path, from the tile to a validated ticket
// whose stored frames match their SHA-256, with core's refusals before anything is grabbed.
#include "app/services.h"
#include "app/verbalisation_desk.h"
#include "core/cameras/camera_status_board.h"
#include "core/common/sha256.h"
#include "core/records/snapshot_store.h"
#include "core/verbalisation/ticket.h"
#include "core/video/stream_engine.h"
#include "core/video/stream_registry.h"
#include "tests/core/verbalisation/verbalisation_fixture.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"
#include "widgets/live_video.h"
#include "widgets/ticket_dialog.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace vigie;
using cameras::StreamState;
using test::waitUntil;

namespace {

constexpr int kFirstPicture_ms = 30000;

struct LiveTile
{
    test::RtspServer server;
    cameras::CameraStatusBoard board;
    video::StreamRegistry registry;
    std::unique_ptr<widgets::LiveVideo> live;
    std::unique_ptr<widgets::WallView> wall;

    explicit LiveTile(const QString &path, int number = 12)
    {
        REQUIRE(server.start());
        cameras::Camera c;
        c.id = number;
        c.number = number;
        c.name = QStringLiteral("Avenue Aristide Briand");
        c.mainUrl = QUrl(server.url(path + QStringLiteral("/main")));
        c.subUrl = QUrl(server.url(path + QStringLiteral("/sub")));
        board.setCameras({ c });
        live = std::make_unique<widgets::LiveVideo>(&registry, &board, video::GovernorParams {});
        wall = std::make_unique<widgets::WallView>(&board);
        wall->setLiveVideo(live.get());
        wall->resize(QSize(640, 360));
        wall->setWallState({ QStringLiteral("1x1"), { number } });
        wall->show();
        REQUIRE(QTest::qWaitForWindowExposed(wall.get()));
    }
    widgets::TileWidget *tile() const { return wall->tile(0); }
};

} // namespace

TEST_CASE("a draft's frames come live from the tile's own engine, distinct, full size",
          "[verbalisation][video]")
{
    LiveTile f(QStringLiteral("/cam01"));
    REQUIRE(waitUntil(
        [&] { return f.tile()->state() == StreamState::Live && f.tile()->framesShown() >= 3; },
        kFirstPicture_ms));
    const int sessions = f.registry.engineCount();
    const QDateTime before = QDateTime::currentDateTime();

    auto capture = app::VerbalisationDesk::captureFromTile(f.tile(), 3);
    REQUIRE(capture.ok());
    const verbalisation::LiveCapture &c = capture.value();
    CHECK(c.live);
    CHECK(c.cameraNumber == 12);
    CHECK(c.capturedAt >= before);
    CHECK(c.capturedAt <= QDateTime::currentDateTime());
    REQUIRE(c.frames.size() == 3);
    CHECK(c.grabIssue.isEmpty());
    const QSize source = f.tile()->engine()->stats().sourceSize;
    for (const QImage &frame : c.frames)
        CHECK(frame.size() == source);
    // Three moments of the scene, not one picture three times.
    CHECK(c.frames[0] != c.frames[1]);
    CHECK(c.frames[1] != c.frames[2]);
    CHECK(f.registry.engineCount() == sessions); // no second connection to the camera
}

TEST_CASE("a tile that is not live gives no draft, and says why", "[verbalisation][video]")
{
    LiveTile f(QStringLiteral("/nosuchcamera"));
    REQUIRE(
        waitUntil([&] { return f.tile()->state() == StreamState::NotFound; }, kFirstPicture_ms));
    auto capture = app::VerbalisationDesk::captureFromTile(f.tile(), 3);
    REQUIRE_FALSE(capture.ok());
    CHECK(capture.error().contains(cameras::stateLabel(StreamState::NotFound)));

    f.tile()->setCamera(0, QString());
    CHECK_FALSE(app::VerbalisationDesk::captureFromTile(f.tile(), 3).ok());
    CHECK_FALSE(app::VerbalisationDesk::captureFromTile(nullptr, 3).ok());
}

namespace {

// The desk's services over the ticket fixture's register, as the application builds them.
struct DeskRegister : test::VerbalisationFixture
{
    records::SnapshotStore snapshots { dir.path(), *db, journal };
    QSettings conf { dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat };
    app::Services services { *db,           journal,    auth,      policy, shifts,
                             incidents,     snapshots,  directory, conf,   nullptr,
                             tickets.get(), &catalogue, dir.path() };

    app::Session session(const access::User &user) const
    {
        app::Session s;
        s.user = user;
        s.workstationId = QStringLiteral("CSU-A");
        return s;
    }
};

} // namespace

TEST_CASE("F4 on a live tile: core's checks, the frames, the dialog, a validated ticket",
          "[verbalisation][video]")
{
    DeskRegister r;
    LiveTile f(QStringLiteral("/cam01"), 1);
    REQUIRE(waitUntil(
        [&] { return f.tile()->state() == StreamState::Live && f.tile()->framesShown() >= 3; },
        kFirstPicture_ms));
    QStringList logged;
    app::VerbalisationDesk desk(r.session(r.agent), r.services, nullptr,
                                [&](const QString &text) { logged << text; });

    // The agent fills the dialog from the keyboard once it opens (the capture runs the event
    // loop first: the timer looks until the dialog is there).
    bool filled = false;
    QString refusal;
    std::optional<Status> again;
    QTimer agent;
    agent.setInterval(50);
    QObject::connect(&agent, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<widgets::TicketDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            // F4 again while the frames are being grabbed drafts nothing more.
            if (!again)
                again = desk.draftFromTile(f.tile());
            return;
        }
        agent.stop();
        dialog->findChild<QLineEdit *>(QStringLiteral("plate"))->setText(QStringLiteral("ab123cd"));
        dialog->findChild<QLineEdit *>(QStringLiteral("natinf"))->setText(QStringLiteral("6215"));
        auto *service = dialog->findChild<QLineEdit *>(QStringLiteral("serviceCode"));
        service->setText(QStringLiteral("PM-ANTONY"));
        QTest::keyClick(service, Qt::Key_Return, Qt::ControlModifier);
        filled = true;
        if (dialog->isVisible()) { // refused: keep why, and leave
            refusal = dialog->message();
            dialog->done(QDialog::Rejected);
        }
    });
    agent.start();
    const Status drafted = desk.draftFromTile(f.tile());
    INFO(drafted.error().toStdString());
    REQUIRE(drafted.ok());
    REQUIRE(filled);
    CHECK(refusal.isEmpty());
    REQUIRE(again);
    CHECK_FALSE(again->ok());

    const auto list = r.tickets->list(r.agent, {});
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    const verbalisation::Ticket &ticket = list.value().constFirst();
    CHECK(ticket.state == verbalisation::TicketState::Validated);
    CHECK(ticket.live);
    CHECK(ticket.cameraNumber == 1);
    CHECK(ticket.plate == QStringLiteral("AB-123-CD"));
    CHECK(ticket.authorisationRef == r.settings.authorisationRef);
    REQUIRE(ticket.frames.size() == 3);
    for (const verbalisation::TicketFrame &frame : ticket.frames) {
        QFile file(r.tickets->framePath(frame));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromLatin1(sha256Hex({ file.readAll() })) == frame.sha256);
        CHECK(QSize(frame.width, frame.height) == f.tile()->engine()->stats().sourceSize);
    }
    CHECK(logged.join(QLatin1Char('\n')).contains(ticket.number));
}

TEST_CASE("F4 is refused before any frame is grabbed for a camera or an agent core refuses",
          "[verbalisation][video]")
{
    DeskRegister r;
    SECTION("a camera the prefectoral authorisation does not name")
    {
        LiveTile f(QStringLiteral("/cam01"), 2);
        REQUIRE(
            waitUntil([&] { return f.tile()->state() == StreamState::Live; }, kFirstPicture_ms));
        app::VerbalisationDesk desk(r.session(r.agent), r.services, nullptr,
                                    [](const QString &) {});
        const Status drafted = desk.draftFromTile(f.tile());
        REQUIRE_FALSE(drafted.ok());
        CHECK(drafted.error().contains(QStringLiteral("002")));
    }
    SECTION("a video operator who is no sworn agent")
    {
        LiveTile f(QStringLiteral("/cam01"), 1);
        REQUIRE(
            waitUntil([&] { return f.tile()->state() == StreamState::Live; }, kFirstPicture_ms));
        app::VerbalisationDesk desk(r.session(r.operatorUser), r.services, nullptr,
                                    [](const QString &) {});
        CHECK_FALSE(desk.draftFromTile(f.tile()).ok());
    }
    CHECK(r.tickets->list(r.chef, {}).value().isEmpty());
}
