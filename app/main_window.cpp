#include "app/main_window.h"

#include "core/cameras/camera_status_board.h"
#include "core/records/incident_service.h"
#include "core/records/incident_typology.h"
#include "core/records/shift_service.h"
#include "core/walls/wall_layout.h"
#include "widgets/bailleur_ui.h"
#include "widgets/camera_map.h"
#include "widgets/camera_tree.h"
#include "widgets/incident_dialog.h"
#include "widgets/incident_panel.h"
#include "widgets/sync_status_widget.h"
#include "widgets/ticket_dialog.h"
#include "widgets/wall_view.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::app {

MainWindow::MainWindow(const Session &session, cameras::CameraStatusBoard *board,
                       const QList<cameras::CameraGroup> &groups, Services *services,
                       QWidget *parent)
    : QMainWindow(parent), m_session(session), m_board(board), m_services(services)
{
    setWindowTitle(tr("Vigie — %1").arg(session.workstationId));
    setObjectName(QStringLiteral("wall1"));
    setObjectName(QStringLiteral("mainWindow"));

    m_wall = new widgets::WallView(board, this);
    setCentralWidget(m_wall);

    m_tree = new widgets::CameraTree(board, groups, this);
    auto *treeDock = new QDockWidget(tr("Cameras"), this);
    treeDock->setObjectName(QStringLiteral("camerasDock"));
    treeDock->setFeatures(QDockWidget::DockWidgetMovable);
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);
    connect(m_tree, &widgets::CameraTree::cameraActivated, this, &MainWindow::cameraActivated);

    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("eventList"));
    m_events->setWordWrap(true);
    m_events->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_events->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *eventsDock = new QDockWidget(tr("Events"), this);
    eventsDock->setObjectName(QStringLiteral("eventsDock"));
    eventsDock->setFeatures(QDockWidget::DockWidgetMovable);
    eventsDock->setWidget(m_events);
    addDockWidget(Qt::RightDockWidgetArea, eventsDock);

    QWidget *incidents = nullptr;
    if (services) {
        m_incidents = new widgets::IncidentPanel(
            records::IncidentTypology::load(services->db),
            [this, services](const records::IncidentFilter &filter) {
                auto found = services->incidents.search(m_session.user, filter);
                if (!found.ok()) {
                    logEvent(found.error());
                    return QList<records::Incident>();
                }
                return found.take();
            },
            this);
        connect(m_incidents, &widgets::IncidentPanel::newIncidentRequested, this,
                &MainWindow::incidentRequested);
        connect(m_incidents, &widgets::IncidentPanel::incidentActivated, this,
                &MainWindow::incidentEditRequested);
        incidents = m_incidents;
    } else {
        incidents = new QLabel(tr("No open incident in this shift."), this);
        incidents->setObjectName(QStringLiteral("emptyState"));
    }
    auto *incidentsDock = new QDockWidget(tr("Incidents (main courante)"), this);
    incidentsDock->setObjectName(QStringLiteral("incidentsDock"));
    incidentsDock->setFeatures(QDockWidget::DockWidgetMovable);
    incidentsDock->setWidget(incidents);
    addDockWidget(Qt::RightDockWidgetArea, incidentsDock);
    resizeDocks({ treeDock, eventsDock }, { 300, 320 }, Qt::Horizontal);

    m_workstation = new QLabel(tr("Workstation: %1").arg(session.workstationId), this);
    QString who = session.user.displayName;
    if (!session.user.matricule.isEmpty())
        who += QStringLiteral(" (%1)").arg(session.user.matricule);
    m_operator = new QLabel(tr("Operator: %1").arg(who), this);
    m_shift = new QLabel(this);
    m_cameras = new QLabel(this);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("clock"));
    statusBar()->addWidget(m_workstation);
    statusBar()->addWidget(m_operator);
    statusBar()->addWidget(m_shift);
    statusBar()->addWidget(m_cameras);
    m_sync = new widgets::SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_sync);
    statusBar()->addPermanentWidget(m_clock);
    connect(m_wall, &widgets::WallView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });

    auto *clockTimer = new QTimer(this);
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    clockTimer->start(1000);
    updateClock();

    // A camera added to or retired from the directory counts at once.
    connect(board, &cameras::CameraStatusBoard::camerasChanged, this,
            &MainWindow::updateCameraSummary);
    connect(board, &cameras::CameraStatusBoard::stateChanged, this,
            [this](int number, cameras::StreamState state, const QString &detail) {
                updateCameraSummary();
                // The event list tells what changed: a camera in fault, or back in service;
                // not the first "available" of every camera at start-up.
                const auto severity = cameras::stateSeverity(state);
                const auto previous = m_lastSeverity.value(number, cameras::StateSeverity::Neutral);
                if (state == cameras::StreamState::Connecting)
                    return;
                m_lastSeverity.insert(number, severity);
                if (severity == previous
                    || (severity == cameras::StateSeverity::Good
                        && previous == cameras::StateSeverity::Neutral))
                    return;
                const cameras::Camera *camera = m_board->camera(number);
                QString text = tr("Camera %1: %2")
                                   .arg(camera ? camera->title() : QString::number(number),
                                        cameras::stateLabel(state));
                if (!detail.isEmpty())
                    text += QStringLiteral(" — ") + detail;
                logEvent(text);
            });
    updateCameraSummary();
    buildMenus();
    refreshShift();
}

void MainWindow::setSyncStatus(const sync::SyncStatus &status)
{
    m_sync->setStatus(status);
}

QAction *MainWindow::addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &keys)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::ApplicationShortcut);
    QString description = text;
    description.remove(QLatin1Char('&'));
    description.remove(QStringLiteral("…"));
    // F1 lists the key under its menu's name, where the operator would look for it.
    QString section = menu->title();
    section.remove(QLatin1Char('&'));
    m_shortcuts.append({ keys, QString(), description, section });
    return action;
}

void MainWindow::buildMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    connect(addShortcutAction(session, tr("&Log out"), QKeySequence(tr("Ctrl+Shift+L"))),
            &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(addShortcutAction(session, tr("Loc&k the desk"), QKeySequence(tr("Ctrl+L"))),
            &QAction::triggered, this, &MainWindow::lockRequested);
    connect(addShortcutAction(session, tr("&Quit"), QKeySequence(tr("Ctrl+Q"))),
            &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(addShortcutAction(view, tr("&Search a camera"), QKeySequence(tr("Ctrl+F"))),
            &QAction::triggered, m_tree, &widgets::CameraTree::focusSearch);
    QMenu *layouts = view->addMenu(tr("Wall &layout"));
    const QStringList names = walls::presetLayoutNames();
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names[i];
        QAction *action = addShortcutAction(layouts, tr("Layout %1").arg(name),
                                            QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, name] { emit layoutRequested(name); });
    }
    connect(addShortcutAction(layouts, tr("&Custom grid…"), QKeySequence(tr("Alt+0"))),
            &QAction::triggered, this, &MainWindow::customLayoutRequested);
    connect(addShortcutAction(view, tr("&Tour on the focused tile or the wall…"),
                              QKeySequence(tr("Ctrl+T"))),
            &QAction::triggered, this, &MainWindow::tourRequested);
    // Arrows stay inside a wall; F6 crosses to the next monitor's wall (and back to this
    // window's pane), landing on the tile that had the focus there.
    connect(addShortcutAction(view, tr("Camera &map"), QKeySequence(tr("F9"))), &QAction::triggered,
            this, &MainWindow::mapRequested);
    connect(addShortcutAction(view, tr("Add to or remove from &favourites"),
                              QKeySequence(tr("Ctrl+D"))),
            &QAction::triggered, this, &MainWindow::favouriteRequested);
    connect(view->addAction(tr("My &groups of cameras…")), &QAction::triggered, this,
            &MainWindow::groupsRequested);
    connect(addShortcutAction(view, tr("&Next wall"), QKeySequence(tr("F6"))), &QAction::triggered,
            this, [this] { emit wallFocusRequested(1); });
    connect(addShortcutAction(view, tr("&Previous wall"), QKeySequence(tr("Shift+F6"))),
            &QAction::triggered, this, [this] { emit wallFocusRequested(-1); });
    connect(addShortcutAction(view, tr("&Full screen main window"), QKeySequence(tr("F11"))),
            &QAction::triggered, this, [this] {
                if (isFullScreen())
                    showMaximized();
                else
                    showFullScreen();
            });

    QMenu *register_ = menuBar()->addMenu(tr("&Main courante"));
    connect(addShortcutAction(register_, tr("&New incident on the focused tile"),
                              QKeySequence(tr("F2"))),
            &QAction::triggered, this, &MainWindow::incidentRequested);
    connect(
        addShortcutAction(register_, tr("&Snapshot of the focused tile"), QKeySequence(tr("F3"))),
        &QAction::triggered, this, &MainWindow::snapshotRequested);
    register_->addSeparator();
    const QList<QPair<QString, QPair<QString, QString>>> shiftActions {
        { QStringLiteral("open"), { tr("&Open the shift…"), tr("Ctrl+Shift+O") } },
        { QStringLiteral("handover"), { tr("&Hand over the shift…"), tr("Ctrl+Shift+H") } },
        { QStringLiteral("ack"),
          { tr("&Take over the shift (incoming chef)…"), tr("Ctrl+Shift+T") } },
        { QStringLiteral("review"),
          { tr("Shift log &review, visa and export…"), tr("Ctrl+Shift+R") } },
        { QStringLiteral("verify"), { tr("&Verify the journal"), tr("Ctrl+Shift+V") } },
    };
    for (const auto &[action, labels] : shiftActions) {
        const QString name = action;
        connect(addShortcutAction(register_, labels.first, QKeySequence(labels.second)),
                &QAction::triggered, this, [this, name] { emit shiftActionRequested(name); });
    }

    buildVerbalisationMenu();
    buildBailleurMenu();
    buildAlarms();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    connect(addShortcutAction(tools, tr("Camera &maintenance…"), QKeySequence(tr("Ctrl+Shift+M"))),
            &QAction::triggered, this, &MainWindow::maintenanceRequested);
    connect(addShortcutAction(tools, tr("Video &detectors…"), QKeySequence(tr("Ctrl+Shift+A"))),
            &QAction::triggered, this, &MainWindow::analyticsConfigRequested);
    connect(
        addShortcutAction(tools, tr("&Counts and occupancy…"), QKeySequence(tr("Ctrl+Shift+C"))),
        &QAction::triggered, this, &MainWindow::countsReportRequested);
    connect(addShortcutAction(tools, tr("Camera &directory…"), QKeySequence(tr("Ctrl+Shift+D"))),
            &QAction::triggered, this, &MainWindow::directoryRequested);
    connect(addShortcutAction(tools, tr("&Settings…"), QKeySequence(tr("Ctrl+,"))),
            &QAction::triggered, this, &MainWindow::settingsRequested);

    // Keys the walls handle themselves, listed beside the menu shortcuts.
    const QString walls = tr("Walls");
    m_shortcuts.append(
        { QKeySequence(), tr("Arrows"), tr("Move between the tiles of a wall"), walls });
    m_shortcuts.append({ QKeySequence(), tr("Enter or double-click"),
                         tr("Maximise the tile, or bring it back"), walls });
    m_shortcuts.append({ QKeySequence(), tr("Number then Enter"),
                         tr("Call the camera with that number onto the tile"), walls });
    m_shortcuts.append(
        { QKeySequence(), tr("Backspace"), tr("Erase the last digit typed"), walls });
    m_shortcuts.append({ QKeySequence(), tr("Delete"), tr("Empty the tile"), walls });
    m_shortcuts.append(
        { QKeySequence(), tr("Space"), tr("Pause or resume the tour of the tile"), walls });
    m_shortcuts.append({ QKeySequence(), tr("Escape"),
                         tr("Cancel the number, or leave the maximised tile"), walls });
    m_shortcuts.append(widgets::IncidentDialog::keys());
    const QString dialogs = tr("Shift dialogs");
    m_shortcuts.append({ QKeySequence(), tr("Ctrl+Enter"),
                         tr("Open, hand over, sign or add to the shift"), dialogs });
    m_shortcuts.append({ QKeySequence(), tr("Escape"), tr("Close without saving"), dialogs });
    m_shortcuts.append(widgets::bailleurKeys());
    m_shortcuts.append(widgets::CameraMap::keys());
    // PTZ cameras, on their focused tile: the arrows with Ctrl, since the plain arrows and the
    // keypad's digits are the wall's own. Three short lines, last: the help must stay on one
    // screen.
    const QString ptz = tr("PTZ cameras");
    m_shortcuts.append(
        { QKeySequence(), tr("Ctrl+arrows, + / -"), tr("PTZ: pan, tilt, zoom (held)"), ptz });
    m_shortcuts.append({ QKeySequence(), tr("Ctrl+drag, Ctrl+Home, F12"),
                         tr("PTZ: steer by dragging; home; take over"), ptz });
    m_shortcuts.append({ QKeySequence(), tr("N then *, Ctrl+*, Shift+F12"),
                         tr("PTZ: go to preset N; save it; the presets, named"), ptz });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = addShortcutAction(help, tr("&Keyboard shortcuts"), QKeySequence(tr("F1")));
    connect(keys, &QAction::triggered, this, [this] {
        widgets::HelpDialog dialog(m_shortcuts, this);
        dialog.exec();
    });
}

void MainWindow::buildVerbalisationMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("V&erbalisation"));
    connect(addShortcutAction(menu, tr("&New ticket from the focused live tile"),
                              QKeySequence(tr("F4"))),
            &QAction::triggered, this, &MainWindow::ticketDraftRequested);
    connect(addShortcutAction(menu, tr("&Tickets…"), QKeySequence(tr("Ctrl+Shift+P"))),
            &QAction::triggered, this, &MainWindow::ticketListRequested);
    m_shortcuts.append(widgets::TicketDialog::keys());
}

void MainWindow::buildBailleurMenu()
{
    QMenu *bailleur = menuBar()->addMenu(tr("&Bailleur"));
    const QList<QPair<QString, QPair<QString, QString>>> actions {
        { QStringLiteral("calls"), { tr("&Log a call with a landlord…"), tr("F7") } },
        { QStringLiteral("sessions"),
          { tr("Viewing &sessions, landlord's alert…"), tr("Shift+F7") } },
        { QStringLiteral("register"),
          { tr("&Register, review, visa and export…"), tr("Ctrl+Shift+B") } },
    };
    for (const auto &[what, labels] : actions) {
        const QString name = what;
        connect(addShortcutAction(bailleur, labels.first, QKeySequence(labels.second)),
                &QAction::triggered, this, [this, name] { emit bailleurRequested(name); });
    }
}

void MainWindow::logEvent(const QString &text)
{
    const QString stamp = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    m_events->insertItem(0, stamp + QStringLiteral("  ") + text);
    while (m_events->count() > 500)
        delete m_events->takeItem(m_events->count() - 1);
}

void MainWindow::updateClock()
{
    const QDateTime now = QDateTime::currentDateTime();
    m_clock->setText(QLocale().toString(now, QStringLiteral("ddd d MMM yyyy  HH:mm:ss")));
    if (!m_services)
        m_shift->setText(
            tr("Shift: %1").arg(access::ShiftSchedule::describe(m_session.schedule.slotAt(now))));
}

void MainWindow::refreshShift()
{
    if (!m_services)
        return;
    const auto shift = m_services->shifts.current();
    if (!shift) {
        m_shift->setText(tr("Shift: %1 — not opened (Ctrl+Shift+O)")
                             .arg(access::ShiftSchedule::describe(
                                 m_session.schedule.slotAt(QDateTime::currentDateTime()))));
        if (m_incidents)
            m_incidents->setShift(QString(), QString());
        return;
    }
    m_shift->setText(tr("Shift: %1 — chef de salle %2 — %3")
                         .arg(shift->label, shift->chef, records::shiftStatusLabel(shift->status)));
    if (m_incidents)
        m_incidents->setShift(shift->id, shift->label);
}

void MainWindow::updateCameraSummary()
{
    int good = 0;
    int bad = 0;
    for (const cameras::Camera &camera : m_board->cameras()) {
        const auto severity = cameras::stateSeverity(m_board->entry(camera.number).state);
        if (severity == cameras::StateSeverity::Good)
            ++good;
        else if (severity == cameras::StateSeverity::Bad)
            ++bad;
    }
    m_cameras->setText(tr("Cameras: %1 available, %2 in fault out of %3")
                           .arg(good)
                           .arg(bad)
                           .arg(m_board->cameras().size()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the main window is quitting the session; the Desk decides.
    event->ignore();
    emit quitRequested();
}

} // namespace vigie::app
