#include "app/verbalisation_desk.h"

#include "app/services.h"
#include "core/cameras/camera_directory.h"
#include "core/verbalisation/clock_sync.h"
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/offence_choice.h"
#include "core/verbalisation/ticket_service.h"
#include "core/video/stream_engine.h"
#include "widgets/ticket_dialog.h"
#include "widgets/ticket_list_view.h"
#include "widgets/tile_widget.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>

namespace vigie::app {

namespace {

// The frames of a ticket show the offence over a moment, not three copies of one picture.
constexpr int kFrameSpacing_ms = 300;
// Past this, the capture keeps what it has and says why.
constexpr int kCaptureWindow_ms = 2000;

} // namespace

VerbalisationDesk::VerbalisationDesk(const Session &session, Services &services, QWidget *window,
                                     std::function<void(const QString &)> log)
    : m_session(session), m_services(services), m_window(window), m_log(std::move(log))
{
}

Result<verbalisation::LiveCapture> VerbalisationDesk::captureFromTile(widgets::TileWidget *tile,
                                                                      int count)
{
    if (!tile || tile->cameraNumber() == 0)
        return Result<verbalisation::LiveCapture>::failure(
            tr("Select a tile showing a camera live to draft a ticket."));
    if (!tile->blockedReason().isEmpty())
        return Result<verbalisation::LiveCapture>::failure(tile->blockedReason());
    QPointer<video::StreamEngine> engine = tile->engine();
    const QString camera = QStringLiteral("%1").arg(tile->cameraNumber(), 3, 10, QLatin1Char('0'));
    if (!engine || tile->state() != cameras::StreamState::Live)
        return Result<verbalisation::LiveCapture>::failure(
            tr("Camera %1 is not live (%2): a ticket is drafted only from what is seen live.")
                .arg(camera, cameras::stateLabel(tile->state())));

    verbalisation::LiveCapture capture;
    capture.cameraNumber = tile->cameraNumber();
    capture.capturedAt = QDateTime::currentDateTime();
    const QImage first = engine->fullResolutionPicture();
    if (first.isNull())
        return Result<verbalisation::LiveCapture>::failure(
            tr("Camera %1 has no live picture at this instant: a ticket is drafted only from "
               "what is seen live.")
                .arg(camera));
    capture.frames.append(first);

    // The next pictures from the same engine (the tile's: no second connection to the camera),
    // a moment apart, while the event loop keeps the walls painting.
    QEventLoop loop;
    QElapsedTimer sinceLast;
    sinceLast.start();
    QTimer window;
    window.setSingleShot(true);
    QObject::connect(&window, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(engine, &video::StreamEngine::frameReady, &loop, [&] {
        if (sinceLast.elapsed() < kFrameSpacing_ms)
            return;
        const QImage next = engine ? engine->fullResolutionPicture() : QImage();
        if (next.isNull()) {
            loop.quit();
            return;
        }
        capture.frames.append(next);
        sinceLast.restart();
        if (capture.frames.size() >= count)
            loop.quit();
    });
    QObject::connect(engine, &QObject::destroyed, &loop, &QEventLoop::quit);
    if (capture.frames.size() < count) {
        window.start(kCaptureWindow_ms);
        loop.exec();
    }
    if (capture.frames.size() < count)
        capture.grabIssue = tr("%1 frame(s) of %2: the stream stopped giving live pictures "
                               "during the capture.",
                               nullptr, int(capture.frames.size()))
                                .arg(capture.frames.size())
                                .arg(count);
    capture.live = true;
    capture.clock = verbalisation::ClockSyncReader::read();
    return capture;
}

Status VerbalisationDesk::draftFromTile(widgets::TileWidget *tile)
{
    if (!m_services.tickets || !m_services.natinf)
        return Status::failure(tr("Video-verbalisation is not available on this desk."));
    if (!tile || tile->cameraNumber() == 0)
        return Status::failure(tr("Select a tile showing a camera live to draft a ticket."));
    if (m_drafting)
        return Status::failure(tr("A ticket is already being drafted."));
    m_drafting = true;
    const auto done = qScopeGuard([this] { m_drafting = false; });
    verbalisation::TicketService &tickets = *m_services.tickets;
    const access::User user = m_session.user;
    // Core first: a refused agent or camera grabs nothing.
    if (Status allowed = tickets.checkCamera(user, tile->cameraNumber()); !allowed)
        return allowed;
    Result<verbalisation::LiveCapture> grabbed
        = captureFromTile(tile, tickets.settings().maxFrames);
    if (!grabbed)
        return grabbed.status();
    const verbalisation::LiveCapture capture = grabbed.take();

    widgets::TicketDialogContext context;
    const auto camera = m_services.directory.byNumber(capture.cameraNumber);
    const QString when = capture.capturedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss t"));
    context.heading
        = tr("Camera %1 — seen live on %2")
              .arg(camera ? camera->title() : QString::number(capture.cameraNumber), when);
    if (camera)
        context.placeLine = tr("%1 — INSEE %2")
                                .arg(camera->address.isEmpty() ? camera->place : camera->address,
                                     camera->inseeCode);
    context.clockLine = capture.clock.describe();
    context.frames = capture.frames;
    context.offences = verbalisation::offencesFor(user, m_services.natinf->offences(),
                                                  capture.capturedAt.date());
    context.matricule = user.matricule;
    context.serviceCode
        = m_services.settings.value(QStringLiteral("verbalisation/service_code")).toString();

    widgets::TicketDialogActions actions;
    actions.save
        = [&tickets, user, capture](const QString &id, const verbalisation::TicketInput &input) {
              return id.isEmpty() ? tickets.createDraft(user, capture, input)
                                  : tickets.updateDraft(user, id, input);
          };
    actions.validate
        = [&tickets, user](const QString &id, const QString &matricule, const QString &service) {
              return tickets.validate(user, id, matricule, service);
          };
    actions.warnings = [&tickets, capture, camera](const verbalisation::TicketInput &input) {
        // The ticket as it would be saved, for the duplicate check (same plate, same place,
        // within the window).
        verbalisation::Ticket draft;
        draft.cameraNumber = capture.cameraNumber;
        draft.place = camera ? camera->place : QString();
        draft.capturedAt = capture.capturedAt;
        draft.clockSync = capture.clock.state;
        draft.grabIssue = capture.grabIssue;
        const auto plate = verbalisation::PlateRules::normalise(input.plate, input.country);
        draft.plate = plate.ok() ? plate.value().text : QString();
        return tickets.warnings(draft);
    };
    widgets::TicketDialog dialog(context, actions, std::nullopt, m_window);
    QObject::connect(
        &dialog, &widgets::TicketDialog::ticketSaved, &dialog,
        [this](const verbalisation::Ticket &ticket) {
            m_log(tr("Ticket %1: %2.")
                      .arg(ticket.number, verbalisation::ticketStateLabel(ticket.state)));
        });
    dialog.exec();
    return Status::success();
}

void VerbalisationDesk::openList()
{
    if (!m_services.tickets || !m_services.natinf) {
        m_log(tr("Video-verbalisation is not available on this desk."));
        return;
    }
    widgets::TicketListView list(*m_services.tickets, *m_services.natinf, m_session.user,
                                 m_services.dataDir, m_session.workstationId, m_window);
    list.exec();
}

} // namespace vigie::app
