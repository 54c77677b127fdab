// The operator's main window, on the primary monitor: camera tree with search, its own wall
// pane, the event list and the incident panel, and a status bar with the workstation, the
// operator, the shift and the clock.
#pragma once

#include "app/services.h"
#include "app/session.h"
#include "core/cameras/stream_state.h"
#include "widgets/help_dialog.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;

namespace vigie::cameras {
class CameraStatusBoard;
struct CameraGroup;
} // namespace vigie::cameras

namespace vigie::sync {
struct SyncStatus;
}

namespace vigie::widgets {
class AlarmListView;
class CameraTree;
class IncidentPanel;
class SyncStatusWidget;
class WallView;
} // namespace vigie::widgets

namespace vigie::app {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Without services (tests of the shell alone) the incident panel stays empty.
    MainWindow(const Session &session, cameras::CameraStatusBoard *board,
               const QList<cameras::CameraGroup> &groups, Services *services = nullptr,
               QWidget *parent = nullptr);

    widgets::WallView *wall() const { return m_wall; }
    widgets::CameraTree *cameraTree() const { return m_tree; }
    QListWidget *eventList() const { return m_events; }
    widgets::IncidentPanel *incidentPanel() const { return m_incidents; }
    widgets::SyncStatusWidget *syncStatus() const { return m_sync; }
    widgets::AlarmListView *alarmList() const { return m_alarms; }
    void setSyncStatus(const sync::SyncStatus &status);
    void refreshShift();
    QList<widgets::ShortcutInfo> shortcuts() const { return m_shortcuts; }
    void logEvent(const QString &text);
    void updateClock();

signals:
    void layoutRequested(const QString &layoutName); // for the wall that has the focus
    void customLayoutRequested();
    void settingsRequested();
    void maintenanceRequested(); // Ctrl+Shift+M: the cameras down and their availability
    void mapRequested(); // F9: the camera map, in its own window
    void analyticsConfigRequested(); // Ctrl+Shift+A: the cameras' video detectors
    void countsReportRequested(); // Ctrl+Shift+C: counts and occupancy over days
    void directoryRequested(); // Ctrl+Shift+D: the camera directory (administrator)
    void favouriteRequested(); // Ctrl+D: the focused tile's camera or the tree's selection
    void groupsRequested(); // the operator's own groups of cameras
    void logoutRequested();
    void lockRequested();
    void quitRequested();
    void cameraActivated(int cameraNumber);
    void incidentRequested(); // F2: tag an incident on the focused tile
    void snapshotRequested(); // F3: snapshot of the focused tile, at the stream's resolution
    void ticketDraftRequested(); // F4: video-verbalisation ticket from the focused live tile
    void ticketListRequested(); // Ctrl+Shift+P: the video-verbalisation tickets
    void tourRequested(); // Ctrl+T: start, change or stop a tour on the current wall
    void wallFocusRequested(int step); // F6 / Shift+F6: the next (1) or previous (-1) wall
    void incidentEditRequested(const QString &incidentId);
    void
    shiftActionRequested(const QString &action); // "open", "handover", "ack", "review", "verify"
    // The bailleur register: "calls" (F7), "sessions" (Shift+F7), "register" (Ctrl+Shift+B).
    void bailleurRequested(const QString &what);
    void alarmJumpRequested(); // Shift+F8: to the camera of the newest open alarm

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildVerbalisationMenu();
    void buildBailleurMenu();
    void buildAlarms(); // the alarms list's dock and its keys (main_window_alarms.cpp)
    QAction *addShortcutAction(class QMenu *menu, const QString &text, const QKeySequence &keys);
    void updateCameraSummary();

    Session m_session;
    cameras::CameraStatusBoard *m_board = nullptr;
    widgets::WallView *m_wall = nullptr;
    widgets::CameraTree *m_tree = nullptr;
    widgets::IncidentPanel *m_incidents = nullptr;
    Services *m_services = nullptr;
    QListWidget *m_events = nullptr;
    QLabel *m_workstation = nullptr;
    QLabel *m_operator = nullptr;
    QLabel *m_shift = nullptr;
    QLabel *m_cameras = nullptr;
    QLabel *m_clock = nullptr;
    widgets::SyncStatusWidget *m_sync = nullptr;
    widgets::AlarmListView *m_alarms = nullptr;
    QList<widgets::ShortcutInfo> m_shortcuts;
    QHash<int, cameras::StateSeverity> m_lastSeverity;
    bool m_closingForLogout = false;
};

} // namespace vigie::app
