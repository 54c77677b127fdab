#include "app/desk.h"

#include "app/analytics_desk.h"
#include "app/bailleur_desk.h"
#include "app/main_window.h"
#include "app/map_window.h"
#include "app/ptz_control.h"
#include "app/screen_source.h"
#include "app/selection_desk.h"
#include "app/verbalisation_desk.h"
#include "app/wall_window.h"
#include "core/access/access_policy.h"
#include "core/access/reference_gate.h"
#include "core/access/session_settings.h"
#include "core/access/viewing_session.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_health.h"
#include "core/cameras/camera_status_board.h"
#include "core/cameras/directory_watch.h"
#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/records/bailleur_register.h"
#include "core/records/incident_service.h"
#include "core/records/incident_typology.h"
#include "core/records/shift_service.h"
#include "core/records/snapshot_store.h"
#include "core/sync/sync_worker.h"
#include "core/walls/wall_layout.h"
#include "translations/translator.h"
#include "widgets/camera_chooser.h"
#include "widgets/camera_directory_dialog.h"
#include "widgets/camera_tree.h"
#include "widgets/incident_dialog.h"
#include "widgets/incident_panel.h"
#include "widgets/lock_dialog.h"
#include "widgets/maintenance_view.h"
#include "widgets/settings_dialog.h"
#include "widgets/shift_dialogs.h"
#include "widgets/shift_log_view.h"
#include "widgets/tile_widget.h"
#include "widgets/tour_dialog.h"
#include "widgets/wall_view.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWindow>

namespace vigie::app {

Desk::Desk(const Session &session, ScreenSource *screens, QSettings *settings,
           cameras::CameraStatusBoard *board, const QList<cameras::CameraGroup> &groups,
           Services *services, QObject *parent)
    : QObject(parent), m_session(session), m_services(services), m_screens(screens),
      m_settings(settings), m_board(board)
{
    const bool firstLogin = !walls::hasArrangement(*m_settings, session.user.login);
    m_arrangement = walls::loadArrangement(*m_settings, session.user.login);
    if (firstLogin)
        m_arrangement.mainPane = freshWall(QStringLiteral("2x2"));
    m_main = new MainWindow(session, board, groups, services);
    connect(m_main, &MainWindow::incidentRequested, this, &Desk::tagIncident);
    connect(m_main, &MainWindow::snapshotRequested, this, &Desk::takeSnapshot);
    connect(m_main, &MainWindow::tourRequested, this, &Desk::openTour);
    if (m_services) {
        m_verbalisation = std::make_unique<VerbalisationDesk>(
            session, *m_services, m_main, [this](const QString &text) { m_main->logEvent(text); });
        connect(m_main, &MainWindow::ticketDraftRequested, this, &Desk::draftTicket);
        connect(m_main, &MainWindow::ticketListRequested, this,
                [this] { m_verbalisation->openList(); });
    }
    if (m_services) {
        m_selectionDesk = std::make_unique<SelectionDesk>(
            m_session, *m_services, *m_board, m_main, [this] { return currentWall(); },
            [this] {
                const widgets::TileWidget *tile = focusedTile();
                return tile ? tile->cameraNumber() : 0;
            });
        connect(m_main, &MainWindow::favouriteRequested, m_selectionDesk.get(),
                &SelectionDesk::toggleFavourite);
        connect(m_main, &MainWindow::groupsRequested, m_selectionDesk.get(),
                &SelectionDesk::openGroups);
    }
    if (m_services && m_services->sync) {
        // What other desks recorded appears here as soon as it has come down.
        m_main->setSyncStatus(m_services->sync->status());
        connect(m_services->sync, &sync::SyncService::statusChanged, m_main,
                &MainWindow::setSyncStatus);
        connect(m_services->sync, &sync::SyncService::synced, m_main,
                [this](const sync::SyncReport &report) {
                    if (report.pulled > 0 && m_main->incidentPanel())
                        m_main->incidentPanel()->refresh();
                    // A habilitation, a role, an account or a camera's commune changed on
                    // another desk (reference events come down with the others) counts at once:
                    // every tile asks core again and a view no longer allowed stops.
                    if (report.pulled > 0)
                        recheckViews(QStringLiteral("rights_changed"));
                });
    }
    connect(m_main, &MainWindow::incidentEditRequested, this, &Desk::editIncident);
    connect(m_main, &MainWindow::shiftActionRequested, this, &Desk::shiftAction);
    connect(m_main, &MainWindow::lockRequested, this, [this] { lock(QStringLiteral("operator")); });
    // Any key or mouse move restarts the count; when it runs out the desk locks.
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] { lock(QStringLiteral("idle")); });
    // Bounded by core: no value in vigie.conf leaves the desk unlocked.
    const access::IdleLockSetting idleLock = access::SessionSettings::idleLock(*m_settings);
    setIdleLockAfter(idleLock.minutes * 60 * 1000);
    if (!idleLock.warning.isEmpty())
        m_main->logEvent(idleLock.warning);
    if (m_services) {
        // Views left open by a crash are closed first; then every camera on a wall is checked
        // by core before its stream opens, and its viewing journaled.
        m_viewing = std::make_unique<access::ViewingSession>(m_services->db, m_services->journal,
                                                             m_services->policy, session.user);
        m_viewUpdate = new QTimer(this);
        m_viewUpdate->setSingleShot(true);
        m_viewUpdate->setInterval(0);
        connect(m_viewUpdate, &QTimer::timeout, this, &Desk::updateViews);
        // Precise timers: a coarse one may fire 5% of its interval late, half an hour on a
        // shift, and an expired habilitation must stop the views at its minute.
        m_viewSweep = new QTimer(this);
        m_viewSweep->setSingleShot(true);
        m_viewSweep->setTimerType(Qt::PreciseTimer);
        connect(m_viewSweep, &QTimer::timeout, this, &Desk::updateViews);
        m_viewExpiry = new QTimer(this);
        m_viewExpiry->setSingleShot(true);
        m_viewExpiry->setTimerType(Qt::PreciseTimer);
        connect(m_viewExpiry, &QTimer::timeout, this, &Desk::onViewingExpiry);
        if (m_services->bailleur)
            setUpBailleur();
        m_ptz = new PtzControl(m_services->db, m_services->journal, m_services->policy,
                               m_services->directory, m_session.user, systemClock(), this);
        connect(m_ptz, &PtzControl::message, m_main,
                [this](const QString &text) { m_main->logEvent(text); });
        gateViews(m_main->wall());
    }
    // The gate first: no stream of the restored wall opens before core has answered.
    m_main->wall()->setWallState(m_arrangement.mainPane);
    connect(m_main->wall(), &widgets::WallView::wallChanged, this, &Desk::save);
    connect(m_main, &MainWindow::logoutRequested, this, &Desk::logoutRequested);
    connect(m_main, &MainWindow::quitRequested, this, &Desk::confirmQuit);
    connect(m_main, &MainWindow::wallFocusRequested, this, &Desk::focusWall);
    connect(m_main, &MainWindow::settingsRequested, this, &Desk::openSettings);
    if (m_services)
        setUpAlarms();
    connect(m_main, &MainWindow::maintenanceRequested, this, &Desk::openMaintenance);
    connect(m_main, &MainWindow::mapRequested, this, [this] { openMap(); });
    if (m_services) {
        m_analytics = new AnalyticsDesk(
            m_session, *m_services, m_video, m_board, m_main,
            [this](int camera) { return tileShowing(camera); }, this);
        connect(m_main, &MainWindow::analyticsConfigRequested, m_analytics, [this] {
            m_analytics->openConfig();
            restoreFocus();
        });
        connect(m_main, &MainWindow::countsReportRequested, m_analytics, [this] {
            m_analytics->openReport();
            restoreFocus();
        });
    }
    connect(m_main, &MainWindow::directoryRequested, this, &Desk::openDirectory);
    connect(m_board, &cameras::CameraStatusBoard::camerasChanged, this, &Desk::onCamerasChanged);
    if (m_services && m_services->healthMonitor) {
        const int threshold = m_services->healthMonitor->alarmAfterMinutes();
        connect(m_services->healthMonitor, &cameras::CameraHealthMonitor::longOutage, m_main,
                [this, threshold](int number, const QDateTime &since, const QString &reason) {
                    const cameras::Camera *camera = m_board->camera(number);
                    m_main->logEvent(
                        tr("Maintenance: camera %1 down for more than %2 min (since %3): %4")
                            .arg(camera ? camera->title() : QString::number(number))
                            .arg(threshold)
                            .arg(since.toString(QStringLiteral("dd/MM HH:mm")), reason));
                });
    }
    connect(m_main, &MainWindow::customLayoutRequested, this, &Desk::askCustomLayout);
    connect(m_main, &MainWindow::layoutRequested, this, [this](const QString &name) {
        if (widgets::WallView *wall = currentWall())
            wall->setLayoutName(name);
    });
    connect(m_main, &MainWindow::cameraActivated, this, [this](int number) {
        if (widgets::WallView *wall = currentWall())
            wall->callCamera(number);
    });
    connect(m_screens, &ScreenSource::screensChanged, this, &Desk::applyPlan);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && !qobject_cast<QDialog *>(now->window()) && !QApplication::activeModalWidget())
            m_focusBeforeDialog = now;
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (auto *wall = qobject_cast<widgets::WallView *>(w)) {
                m_lastWall = wall;
                return;
            }
        }
    });
    m_main->logEvent(
        tr("Logged in: %1 on workstation %2").arg(session.user.displayName, session.workstationId));
}

Desk::~Desk()
{
    delete m_map;
    qDeleteAll(m_walls);
    delete m_main;
}

void Desk::gateViews(widgets::WallView *wall)
{
    if (m_ptz)
        m_ptz->attach(wall);
    if (!m_viewing)
        return;
    wall->setViewGate([this](int number, widgets::WallView::ViewAttempt attempt) {
        // The commune is read from the directory as it stands now, not from the board's copy.
        const auto camera = m_services->directory.byNumber(number);
        const Status allowed
            = m_viewing->mayView(number, camera ? camera->inseeCode : QString(),
                                 attempt == widgets::WallView::ViewAttempt::Operator
                                     ? access::ViewingSession::Attempt::Operator
                                     : access::ViewingSession::Attempt::Repeat);
        if (allowed.ok())
            return QString();
        return m_bailleur ? m_bailleur->explainRefusal(number, allowed.error()) : allowed.error();
    });
    connect(wall, &widgets::WallView::viewsChanged, this, &Desk::scheduleViewUpdate);
}

void Desk::setUpBailleur()
{
    m_bailleur = new BailleurDesk(
        m_session, *m_services, m_main, [this] { return allWalls(); }, this);
    // A session opened or ended: every tile asks core again, and a view that ended says why.
    connect(m_bailleur, &BailleurDesk::recheckRequested, this, &Desk::recheckViews);
    connect(m_main, &MainWindow::bailleurRequested, this, [this](const QString &what) {
        if (what == QLatin1String("calls"))
            m_bailleur->openCallPanel();
        else if (what == QLatin1String("sessions"))
            m_bailleur->openSessions();
        else if (what == QLatin1String("register"))
            m_bailleur->openRegister();
    });
    // Supervisors hear of a convention about to expire as soon as they log in.
    for (const QString &warning : m_bailleur->expiryWarnings())
        m_main->logEvent(warning);
}

bool Desk::viewUpdatePending() const
{
    return m_viewUpdate && m_viewUpdate->isActive();
}

void Desk::scheduleViewUpdate()
{
    if (m_viewUpdate)
        m_viewUpdate->start();
}

void Desk::updateViews()
{
    if (!m_viewing)
        return;
    QSet<int> shown;
    qint64 linger_ms = access::ViewingSession::kDefaultLinger_ms;
    if (m_shown && !isLocked() && !m_sessionEnded) {
        for (widgets::WallView *wall : allWalls()) {
            for (int number : wall->viewedCameras())
                shown.insert(number);
            // A running tour brings each of its cameras back once per cycle: a view lasts
            // while the tour runs (one view.start per camera, one view.end after it stops),
            // instead of an entry per camera per step.
            for (const walls::Tour &tour : wall->tours()) {
                if (!tour.paused)
                    linger_ms = qMax(linger_ms, qint64(tour.cameras.size()) * tour.period_s * 1000);
            }
        }
    }
    m_viewing->setLinger(linger_ms);
    const Status logged = m_viewing->setShown(shown);
    if (!logged.ok())
        m_main->logEvent(logged.error());
    armViewTimers();
}

void Desk::armViewTimers()
{
    constexpr qint64 kDay_ms = 24 * 3600 * 1000;
    const QDateTime now = m_services->policy.clock()();
    if (const QDateTime due = m_viewing->nextSweepAt(); due.isValid())
        m_viewSweep->start(int(qBound<qint64>(0, now.msecsTo(due), kDay_ms)));
    else
        m_viewSweep->stop();
    // One timer at the expiry's minute (re-armed each day until then), not a poll.
    m_viewExpiryAt = m_viewing->viewingEndsAt();
    if (m_viewExpiryAt.isValid() && !m_viewing->openViews().isEmpty())
        m_viewExpiry->start(int(qBound<qint64>(0, now.msecsTo(m_viewExpiryAt), kDay_ms)));
    else
        m_viewExpiry->stop();
}

void Desk::onViewingExpiry()
{
    if (!m_viewing || !m_viewExpiryAt.isValid())
        return;
    if (m_services->policy.clock()() < m_viewExpiryAt) {
        armViewTimers();
        return;
    }
    m_main->logEvent(tr("The habilitation of %1 has expired: the views it covered are stopped.")
                         .arg(m_session.user.displayName));
    recheckViews(QStringLiteral("habilitation_expired"));
}

void Desk::recheckViews(const QString &reason)
{
    if (!m_viewing)
        return;
    QSet<int> before;
    for (widgets::WallView *wall : allWalls()) {
        for (int number : wall->viewedCameras())
            before.insert(number);
    }
    endStoppedViews(before, reason, [](widgets::WallView *wall) { wall->recheckViews(); });
}

void Desk::endStoppedViews(const QSet<int> &before, const QString &reason,
                           const std::function<void(widgets::WallView *)> &recheck)
{
    QSet<int> after;
    for (widgets::WallView *wall : allWalls()) {
        recheck(wall);
        for (int number : wall->viewedCameras())
            after.insert(number);
    }
    if (!m_viewing)
        return;
    // A view core no longer allows ends now, with why, not a minute later as "off the walls".
    for (int number : std::as_const(before)) {
        if (after.contains(number))
            continue;
        const Status ended = m_viewing->end(number, reason);
        if (!ended.ok())
            m_main->logEvent(ended.error());
    }
    updateViews();
}

void Desk::setLiveVideo(widgets::LiveVideo *video)
{
    m_video = video;
    m_main->wall()->setLiveVideo(video);
    for (WallWindow *wall : std::as_const(m_walls))
        wall->wall()->setLiveVideo(video);
}

void Desk::setIdleLockAfter(int idle_ms)
{
    m_idleTimer->stop();
    m_idleTimer->setInterval(idle_ms);
    if (idle_ms > 0 && m_shown)
        m_idleTimer->start();
}

void Desk::restoreFocus()
{
    if (QApplication::activeModalWidget())
        return;
    // The tile may have been rebuilt meanwhile (a new grid): its wall knows which index it was.
    if (m_wallToRestore) {
        m_wallToRestore->focusLastTile();
    } else if (QWidget *target = m_focusToRestore) {
        target->window()->activateWindow();
        target->setFocus(Qt::OtherFocusReason);
    }
}

QList<widgets::WallView *> Desk::allWalls() const
{
    QList<widgets::WallView *> list { m_main->wall() };
    for (WallWindow *wall : m_walls)
        list.append(wall->wall());
    return list;
}

void Desk::focusWall(int step)
{
    const QList<widgets::WallView *> list = allWalls();
    const int current = qMax(0, int(list.indexOf(currentWall())));
    const int next = ((current + step) % int(list.size()) + int(list.size())) % int(list.size());
    list[next]->focusLastTile();
}

void Desk::confirmQuit()
{
    QMessageBox box(QMessageBox::Question, tr("Quit Vigie"),
                    tr("Close Vigie on this workstation? Every wall stops and %1 is logged out.")
                        .arg(m_session.user.displayName),
                    QMessageBox::Yes | QMessageBox::No, m_main);
    box.setObjectName(QStringLiteral("quitConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("Quit Vigie"));
    box.button(QMessageBox::No)->setText(tr("Keep Vigie open"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    // Journaled before anything closes: who closed the workstation. A quit the journal cannot
    // record is refused, and the desk says why.
    const Status out = endSession(QStringLiteral("quit"));
    if (!out.ok()) {
        QMessageBox::critical(m_main, tr("Quit Vigie"), out.error());
        return;
    }
    emit quitRequested();
}

Status Desk::endSession(const QString &reason)
{
    if (m_sessionEnded || !m_services)
        return Status::success();
    if (m_viewing) {
        const Status ended = m_viewing->endAll(reason);
        if (!ended.ok())
            return ended;
    }
    const Status out = m_services->auth.logout(m_session.user, reason);
    m_sessionEnded = out.ok();
    return out;
}

bool Desk::isLocked() const
{
    return m_lockDialog && m_lockDialog->isVisible();
}

void Desk::lock(const QString &reason)
{
    if (isLocked() || !m_shown)
        return;
    if (m_services) {
        // A lock the journal cannot record is refused: the operator is told, the desk stays.
        const Status recorded = m_services->auth.lockSession(m_session.user, reason);
        if (!recorded.ok()) {
            m_main->logEvent(recorded.error());
            return;
        }
    }
    m_idleTimer->stop();
    if (m_viewing) {
        const Status ended = m_viewing->endAll(QStringLiteral("lock"));
        if (!ended.ok())
            m_main->logEvent(ended.error());
    }
    m_main->logEvent(reason == QLatin1String("idle") ? tr("Desk locked after a time without input.")
                                                     : tr("Desk locked."));
    const access::User locked = m_session.user;
    m_lockDialog = new widgets::LockDialog(
        locked, QDateTime::currentDateTime(),
        [this, locked](const QString &login, const QString &password) {
            if (m_services)
                return m_services->auth.unlockSession(locked, login, password);
            access::LoginOutcome refused;
            refused.kind = access::LoginOutcome::Kind::Error;
            return refused;
        },
        m_main);
    m_lockDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The map is a window of its own, beside the lock dialog's: it goes while the desk is
    // locked (nobody clicks a camera onto a wall through it) and comes back when unlocked.
    const bool mapShown = m_map && m_map->isVisible();
    if (mapShown)
        m_map->hide();
    connect(m_lockDialog, &QDialog::accepted, this, [this, mapShown] {
        if (mapShown && m_map)
            m_map->open(false);
        const auto by = m_lockDialog ? m_lockDialog->unlockedBy() : std::nullopt;
        m_main->logEvent(by && by->login != m_session.user.login
                             ? tr("Desk unlocked by the supervisor %1.").arg(by->displayName)
                             : tr("Desk unlocked."));
        if (m_idleTimer->interval() > 0)
            m_idleTimer->start();
        scheduleViewUpdate();
    });
    m_lockDialog->open();
}

bool Desk::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Hide:
        // Whatever dialog closes (the desk's, a message box, the help, the lock), the operator
        // finds the focus where it was, so that F2 or F3 next acts on the same tile.
        if (auto *dialog = qobject_cast<QDialog *>(watched);
            dialog && dialog->isWindow() && m_focusBeforeDialog) {
            m_focusToRestore = m_focusBeforeDialog;
            m_wallToRestore = nullptr;
            for (QWidget *w = m_focusToRestore; w && !m_wallToRestore; w = w->parentWidget())
                m_wallToRestore = qobject_cast<widgets::WallView *>(w);
            m_restoreUntil = QDeadlineTimer(500);
            QTimer::singleShot(0, this, &Desk::restoreFocus);
        }
        break;
    case QEvent::WindowActivate:
        // The window manager may activate the dialog's parent after we asked for the wall.
        if (auto *window = qobject_cast<QWidget *>(watched); window && window->isWindow()
            && !qobject_cast<QDialog *>(window) && (m_focusToRestore || m_wallToRestore)
            && !m_restoreUntil.hasExpired()
            && (m_wallToRestore ? m_wallToRestore->window() : m_focusToRestore->window()) != window)
            QTimer::singleShot(0, this, &Desk::restoreFocus);
        break;
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isLocked() && m_idleTimer->interval() > 0)
            m_idleTimer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Desk::show()
{
    m_shown = true;
    qApp->installEventFilter(this);
    if (m_idleTimer->interval() > 0)
        m_idleTimer->start();
    placeMainWindow();
    applyPlan();
    // The operator's first key goes to a tile: F2 or a camera number right after the login
    // act on the main wall, not on whatever widget Qt gave the focus to. The main window's
    // focus widget only: activating windows is the window manager's business at this point.
    if (widgets::WallView *wall = m_main->wall(); wall->tileCount() > 0)
        wall->tile(wall->lastFocusedTile())->setFocus(Qt::OtherFocusReason);
    updateViews();
    if (m_services && m_services->policy.allows(m_session.user, access::Permission::ManageUsers))
        QTimer::singleShot(0, this, &Desk::noticeRefusals);
    if (MapWindow::wasOpen(*m_settings))
        openMap(false); // where the operator left it, without taking the tile's focus
}

void Desk::noticeRefusals()
{
    const QList<access::ReferenceRefusal> refusals
        = access::ReferenceGate::refusals(m_services->db);
    if (refusals.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Changes refused"),
                    tr("%n change(s) to accounts, cameras or the typology received from other "
                       "workstations were refused here.",
                       nullptr, int(refusals.size())),
                    QMessageBox::Ok, m_main);
    box.setInformativeText(
        tr("Their authors did not hold the right in this register, or the change could not be "
           "applied. They stay in the journal but changed nothing. Open the details for the "
           "list (also: vigiectl journal refusals)."));
    QStringList lines;
    for (const access::ReferenceRefusal &r : refusals)
        lines.append(tr("%1, %2 entry %3: %4 by %5 on %6. %7")
                         .arg(QLocale().toString(r.receivedAt, QLocale::ShortFormat), r.workstation)
                         .arg(r.seq)
                         .arg(r.action, r.author, r.objectId, r.reason));
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
    restoreFocus();
}

void Desk::close()
{
    qApp->removeEventFilter(this);
    m_idleTimer->stop();
    if (m_lockDialog)
        m_lockDialog->done(QDialog::Rejected);
    save();
    for (WallWindow *wall : std::as_const(m_walls))
        wall->hide();
    if (m_map)
        m_map->hide(); // after save(): still remembered as open for the next login
    m_main->hide();
    m_shown = false;
    if (m_viewing) {
        if (m_viewUpdate)
            m_viewUpdate->stop();
        const Status ended = m_viewing->endAll(QStringLiteral("closed"));
        if (!ended.ok())
            qCWarning(lcApp).noquote() << ended.error();
        m_viewSweep->stop();
        m_viewExpiry->stop();
    }
}

QList<WallWindow *> Desk::wallWindows() const
{
    return m_walls;
}

WallWindow *Desk::wallOn(const QString &screenName) const
{
    for (WallWindow *wall : m_walls) {
        if (wall->screenName() == screenName)
            return wall;
    }
    return nullptr;
}

widgets::WallView *Desk::currentWall() const
{
    if (m_lastWall)
        return m_lastWall;
    return m_main->wall();
}

void Desk::captureWalls()
{
    m_arrangement.mainPane = m_main->wall()->wallState();
    for (WallWindow *wall : std::as_const(m_walls))
        m_arrangement.walls.insert(wall->screenName(), wall->wall()->wallState());
}

void Desk::save()
{
    captureWalls();
    walls::saveArrangement(*m_settings, m_session.user.login, m_arrangement);
    if (m_map)
        m_map->saveState();
}

void Desk::placeMainWindow()
{
    const QList<walls::ScreenInfo> screens = m_screens->screens();
    for (const walls::ScreenInfo &screen : screens) {
        if (screen.name != m_plan.mainScreen && !(m_plan.mainScreen.isEmpty() && screen.primary))
            continue;
        if (QScreen *qscreen = m_screens->qscreen(screen.name)) {
            m_main->winId();
            m_main->windowHandle()->setScreen(qscreen);
            m_main->setGeometry(qscreen->availableGeometry());
        } else {
            m_main->setGeometry(screen.geometry);
        }
        break;
    }
    m_main->showMaximized();
}

void Desk::applyPlan()
{
    captureWalls();
    const QList<walls::ScreenInfo> screens = m_screens->screens();
    const walls::WallPlan plan = walls::planWalls(screens, m_arrangement);
    const bool mainMoved = plan.mainScreen != m_plan.mainScreen;
    const walls::WallPlan previous = m_plan;
    m_plan = plan;

    // Close the walls whose monitor went away or no longer carries a wall; their layout stays
    // in the arrangement for when the monitor comes back.
    for (int i = int(m_walls.size()) - 1; i >= 0; --i) {
        WallWindow *wall = m_walls[i];
        if (plan.wallScreens.contains(wall->screenName()))
            continue;
        const bool unplugged
            = std::none_of(screens.cbegin(), screens.cend(), [&](const walls::ScreenInfo &s) {
                  return s.name == wall->screenName();
              });
        qCInfo(lcWalls) << "closing wall on" << wall->screenName()
                        << (unplugged ? "(monitor unplugged)" : "(monitor excluded)");
        if (unplugged && m_shown)
            m_main->logEvent(tr("Monitor %1 unplugged: its wall is closed and will come back "
                                "with it.")
                                 .arg(wall->screenName()));
        m_walls.removeAt(i);
        wall->hide();
        wall->deleteLater();
    }
    int number = 2; // the main window's pane is wall 1
    for (const QString &screenName : plan.wallScreens) {
        const auto info
            = std::find_if(screens.cbegin(), screens.cend(),
                           [&](const walls::ScreenInfo &s) { return s.name == screenName; });
        WallWindow *wall = wallOn(screenName);
        if (!wall) {
            wall = new WallWindow(number, screenName, m_board);
            // The gate before the cameras and the video: nothing opens before core answered.
            gateViews(wall->wall());
            wall->wall()->setLiveVideo(m_video);
            // A monitor never seen before starts with the next cameras of the directory.
            wall->wall()->setWallState(m_arrangement.walls.contains(screenName)
                                           ? m_arrangement.walls.value(screenName)
                                           : freshWall(QStringLiteral("3x3")));
            connect(wall->wall(), &widgets::WallView::wallChanged, this, &Desk::save);
            connect(wall->wall(), &widgets::WallView::message, m_main,
                    [this](const QString &text) { m_main->logEvent(text); });
            m_walls.append(wall);
            qCInfo(lcWalls) << "wall" << number << "on" << screenName << info->geometry;
            if (m_shown && !previous.mainScreen.isEmpty())
                m_main->logEvent(
                    tr("Monitor %1 plugged in: wall %2 opened.").arg(screenName).arg(number));
        }
        if (m_shown)
            wall->placeOn(info->geometry, m_screens->qscreen(screenName));
        ++number;
    }
    if (mainMoved && m_shown && !previous.mainScreen.isEmpty())
        placeMainWindow();
    save();
}

walls::WallState Desk::freshWall(const QString &layoutName)
{
    walls::WallState state;
    state.layout = layoutName;
    const QList<cameras::Camera> &directory = m_board->cameras();
    const auto layout = walls::layoutByName(layoutName);
    if (directory.isEmpty() || !layout)
        return state;
    const int count = qMin(layout->tileCount(), int(directory.size()));
    for (int i = 0; i < count; ++i)
        state.cameras.append(directory[(m_fillCursor + i) % directory.size()].number);
    m_fillCursor = (m_fillCursor + count) % int(directory.size());
    return state;
}

void Desk::setScreensWithoutWall(const QSet<QString> &screens)
{
    m_arrangement.screensWithoutWall = screens;
    applyPlan();
}

void Desk::openSettings()
{
    const QString language
        = m_settings->value(QStringLiteral("ui/language"), QStringLiteral("fr")).toString();
    widgets::SettingsDialog dialog(language, m_screens->screens(), m_plan.mainScreen,
                                   m_arrangement.screensWithoutWall, m_main);
    const int idleLock = access::SessionSettings::idleLock(*m_settings).minutes;
    dialog.setIdleLock(
        idleLock,
        m_services
            && m_services->policy.allows(m_session.user, access::Permission::ConfigureWorkstation));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings->setValue(QStringLiteral("ui/language"), dialog.language());
    setScreensWithoutWall(dialog.screensWithoutWall());
    if (dialog.idleLockMinutes() == idleLock || !m_services)
        return;
    const Status changed = changeIdleLock(dialog.idleLockMinutes());
    if (!changed.ok())
        QMessageBox::warning(m_main, tr("Settings"), changed.error());
}

Status Desk::changeIdleLock(int minutes)
{
    const Status changed = access::SessionSettings::setIdleLock(
        *m_settings, m_services->policy, m_services->journal, m_session.user, minutes);
    if (!changed.ok()) {
        m_main->logEvent(changed.error());
        return changed;
    }
    setIdleLockAfter(minutes * 60 * 1000);
    m_main->logEvent(tr("The desk now locks after %n minute(s) without input.", nullptr, minutes));
    return changed;
}

void Desk::askCustomLayout()
{
    widgets::WallView *wall = currentWall();
    bool ok = false;
    const QString text = QInputDialog::getText(m_main, tr("Custom grid"),
                                               tr("Columns x rows (for example 6x4, up to 10x10):"),
                                               QLineEdit::Normal, wall->layoutName(), &ok);
    if (!ok)
        return;
    if (!wall->setLayoutName(text.trimmed().toLower().replace(QLatin1Char('*'), QLatin1Char('x'))))
        m_main->logEvent(
            tr("\"%1\" is not a grid: write columns x rows, for example 6x4.").arg(text));
}

void Desk::tagIncident()
{
    if (!m_services)
        return;
    // The camera, the time and the picture are taken at the key press, before any typing.
    const QDateTime now = QDateTime::currentDateTime();
    widgets::TileWidget *tile = focusedTile();
    int cameraNumber = tile ? tile->cameraNumber() : 0;
    if (cameraNumber == 0) {
        // No camera in hand: ask for one rather than record an incident with no camera and no
        // place. Escape records nothing.
        widgets::CameraChooser chooser(m_board->cameras(),
                                       tr("No tile with a camera has the focus: on which camera "
                                          "is the incident?"),
                                       m_main);
        if (chooser.exec() != QDialog::Accepted || chooser.chosenCamera() == 0)
            return;
        cameraNumber = chooser.chosenCamera();
        tile = tileShowing(cameraNumber);
    }

    records::IncidentDraft draft;
    draft.cameraNumber = cameraNumber;
    draft.occurredAt = now;
    QString heading = tr("Incident at %1").arg(now.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    // The picture stays in memory: it is stored and journaled only with the saved incident.
    records::PendingSnapshot picture;
    QImage preview;
    if (const auto camera = m_services->directory.byNumber(cameraNumber)) {
        draft.place = camera->place;
        draft.inseeCode = camera->inseeCode;
        heading = tr("Incident on camera %1 at %2")
                      .arg(camera->title(), now.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        if (const auto grabbed = grabSnapshot(tile, now, &preview))
            picture = *grabbed;
    }
    const access::User user = m_session.user;
    widgets::IncidentDialog dialog(
        records::IncidentTypology::load(m_services->db), draft, heading, QString(),
        [this, user, picture](const records::IncidentDraft &d) {
            return m_services->incidents.create(user, d, m_services->snapshots, picture);
        },
        m_main);
    dialog.setSnapshotPreview(preview);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        m_main->logEvent(tr("Incident %1 recorded.").arg(dialog.saved()->number));
        m_main->incidentPanel()->refresh();
    }
}

widgets::TileWidget *Desk::tileShowing(int cameraNumber) const
{
    // The wall the operator works on first, then the others.
    QList<widgets::WallView *> walls = allWalls();
    walls.move(qMax(0, int(walls.indexOf(currentWall()))), 0);
    for (widgets::WallView *wall : std::as_const(walls)) {
        for (int i = 0; i < wall->tileCount(); ++i) {
            if (wall->tile(i)->cameraNumber() == cameraNumber)
                return wall->tile(i);
        }
    }
    return nullptr;
}

widgets::TileWidget *Desk::focusedTile() const
{
    widgets::WallView *wall = currentWall();
    int index = wall->focusedTile();
    if (index < 0)
        index = wall->maximisedTile();
    return index >= 0 ? wall->tile(index) : nullptr;
}

std::optional<records::PendingSnapshot> Desk::grabSnapshot(widgets::TileWidget *tile,
                                                           const QDateTime &at, QImage *shown)
{
    if (!m_services || !tile || tile->cameraNumber() == 0)
        return std::nullopt;
    if (!tile->blockedReason().isEmpty()) {
        m_main->logEvent(tile->blockedReason());
        return std::nullopt;
    }
    // Nothing of a landlord's camera is kept on the CSU's side (CSI L272-2): core refuses it
    // too, the desk does not even take the picture.
    if (m_bailleur && m_bailleur->isBailleurCamera(tile->cameraNumber())) {
        m_main->logEvent(tr("No picture is taken from a landlord's camera: it is viewed, never "
                            "recorded."));
        return std::nullopt;
    }
    bool fromStream = false;
    const QImage picture = tile->snapshot(&fromStream);
    records::PendingSnapshot pending;
    pending.cameraNumber = tile->cameraNumber();
    pending.takenAt = at;
    pending.source = fromStream ? QStringLiteral("stream") : QStringLiteral("tile");
    QBuffer buffer(&pending.png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    if (shown)
        *shown = picture;
    return pending;
}

std::optional<records::Snapshot> Desk::storeSnapshot(widgets::TileWidget *tile, const QDateTime &at)
{
    const auto pending = grabSnapshot(tile, at);
    if (!pending)
        return std::nullopt;
    auto stored = m_services->snapshots.store(m_session.user, *pending);
    if (!stored.ok()) {
        m_main->logEvent(stored.error());
        return std::nullopt;
    }
    return stored.value();
}

void Desk::takeSnapshot()
{
    widgets::TileWidget *tile = focusedTile();
    if (!tile || tile->cameraNumber() == 0) {
        m_main->logEvent(tr("Select a tile showing a camera to take a snapshot."));
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    if (const auto stored = storeSnapshot(tile, now))
        m_main->logEvent(
            tr("Snapshot of camera %1 saved: %2")
                .arg(tile->cameraNumber(), 3, 10, QLatin1Char('0'))
                .arg(QDir::toNativeSeparators(m_services->snapshots.absolutePath(*stored))));
}

void Desk::draftTicket()
{
    // Refusals (no live tile, camera not named by the authorisation, agent without the role)
    // are said where the operator looks after a key: the events pane.
    if (const Status drafted = m_verbalisation->draftFromTile(focusedTile()); !drafted)
        m_main->logEvent(drafted.error());
}

void Desk::openTour()
{
    widgets::WallView *wall = currentWall();
    int tile = wall->focusedTile();
    if (tile < 0)
        tile = wall->maximisedTile();
    // The cameras chosen in the tree, or else those on the wall now.
    QList<int> cameras = m_main->cameraTree()->selectedCameras();
    if (cameras.isEmpty()) {
        for (int number : wall->wallState().cameras) {
            if (number > 0 && !cameras.contains(number))
                cameras.append(number);
        }
    }
    widgets::TourDialog dialog(cameras, tile, wall->tourAt(tile), m_main);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.stopRequested()) {
        wall->stopTour(tile);
        m_main->logEvent(tr("Tour stopped."));
        return;
    }
    const walls::Tour tour = dialog.tour();
    if (wall->startTour(tour))
        m_main->logEvent(tr("Tour of %n camera(s), %1 s each.", nullptr, int(tour.cameras.size()))
                             .arg(tour.period_s));
}

void Desk::editIncident(const QString &incidentId)
{
    if (!m_services)
        return;
    const auto incident = m_services->incidents.find(incidentId);
    if (!incident)
        return;
    const access::User user = m_session.user;
    const QString id = incident->id;
    QString snapshotFile;
    if (!incident->draft.snapshotPath.isEmpty())
        snapshotFile
            = m_services->snapshots.absolutePath({ incident->draft.snapshotPath, QString() });
    widgets::IncidentDialog dialog(
        records::IncidentTypology::load(m_services->db), incident->draft,
        tr("Incident %1").arg(incident->number), snapshotFile,
        [this, user, id](const records::IncidentDraft &d) {
            return m_services->incidents.update(user, id, d);
        },
        m_main);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        m_main->logEvent(tr("Incident %1 updated.").arg(dialog.saved()->number));
        m_main->incidentPanel()->refresh();
    }
}

void Desk::shiftAction(const QString &action)
{
    if (!m_services)
        return;
    if (action == QLatin1String("verify")) {
        const Status allowed = m_services->policy.check(
            m_session.user, access::Permission::VerifyJournal, QStringLiteral("journal"));
        if (!allowed.ok()) {
            QMessageBox::warning(m_main, tr("Journal"), allowed.error());
            return;
        }
        const journal::VerifyReport report = m_services->journal.verify();
        if (report.ok())
            QMessageBox::information(m_main, tr("Journal"), report.summary());
        else
            QMessageBox::critical(m_main, tr("Journal altered"), report.summary());
        return;
    }
    const widgets::ShiftServices shiftServices { m_services->db, m_services->journal,
                                                 m_services->policy, m_services->auth,
                                                 m_services->shifts };
    const access::User &user = m_session.user;
    const auto current = m_services->shifts.current();
    std::unique_ptr<QDialog> dialog;
    if (action == QLatin1String("open")) {
        dialog = std::make_unique<widgets::OpenShiftDialog>(shiftServices, user, m_session.schedule,
                                                            m_main);
    } else if (action == QLatin1String("handover") || action == QLatin1String("ack")) {
        if (!current) {
            QMessageBox::information(m_main, tr("Shift"),
                                     tr("No shift is open on this workstation."));
            return;
        }
        if (action == QLatin1String("handover"))
            dialog
                = std::make_unique<widgets::HandOverDialog>(shiftServices, user, *current, m_main);
        else
            dialog = std::make_unique<widgets::AcknowledgeDialog>(shiftServices, user, *current,
                                                                  m_main);
    } else if (action == QLatin1String("review")) {
        dialog = std::make_unique<widgets::ShiftLogView>(
            shiftServices, user,
            m_settings->value(QStringLiteral("centre/commune"), tr("Commune")).toString(),
            m_settings->value(QStringLiteral("centre/name"), tr("Urban supervision centre"))
                .toString(),
            m_main);
    }
    if (!dialog)
        return;
    if (dialog->exec() == QDialog::Accepted && action != QLatin1String("review")) {
        const auto now = m_services->shifts.current();
        m_main->logEvent(
            now ? tr("Shift %1: %2").arg(now->label, records::shiftStatusLabel(now->status))
                : tr("Shift closed: the incoming chef has taken over."));
    }
    m_main->refreshShift();
    m_main->incidentPanel()->refresh();
}

void Desk::openMaintenance()
{
    if (!m_services || !m_services->health)
        return;
    widgets::MaintenanceView view(
        *m_services->health, m_board->cameras(),
        m_settings->value(QStringLiteral("centre/commune"), tr("Commune")).toString(), m_main);
    view.exec();
}

void Desk::openDirectory()
{
    if (!m_services)
        return;
    // Open to every user: core refuses each change to one without the right, and says so.
    widgets::CameraDirectoryDialog dialog(
        { m_services->directory, m_services->policy, m_services->journal, m_session.user }, m_main);
    bool changed = false;
    connect(&dialog, &widgets::CameraDirectoryDialog::directoryChanged, this,
            [&changed] { changed = true; });
    dialog.exec();
    // The tree, the walls and the map show the change now (onCamerasChanged), not at the
    // next login.
    if (changed && m_services->directoryWatch)
        m_services->directoryWatch->check();
}

} // namespace vigie::app
