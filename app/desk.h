// The operator's desk for one session: the main window on the primary monitor and a wall window
// on every other monitor chosen to carry one. Follows monitors being plugged in and out, and
// saves the arrangement of the walls per operator so that the next login finds it again.
#pragma once

#include "app/services.h"
#include "app/session.h"
#include "core/common/result.h"
#include "core/walls/desk_arrangement.h"
#include "core/walls/wall_planner.h"
#include "widgets/lock_dialog.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QImage;
class QSettings;
class QTimer;

namespace vigie::access {
class ViewingSession;
}

namespace vigie::cameras {
class CameraStatusBoard;
struct CameraGroup;
} // namespace vigie::cameras

namespace vigie::records {
struct PendingSnapshot;
struct Snapshot;
} // namespace vigie::records

namespace vigie::widgets {
class LiveVideo;
class TileWidget;
class WallView;
} // namespace vigie::widgets

namespace vigie::app {

class AlarmDesk;
class AnalyticsDesk;
class BailleurDesk;
class MainWindow;
class MapWindow;
class VerbalisationDesk;
class SelectionDesk;
class PtzControl;
class ScreenSource;
class WallWindow;

class Desk : public QObject
{
    Q_OBJECT
public:
    Desk(const Session &session, ScreenSource *screens, QSettings *settings,
         cameras::CameraStatusBoard *board, const QList<cameras::CameraGroup> &groups,
         Services *services = nullptr, QObject *parent = nullptr);
    ~Desk() override;

    // Live pictures on every wall of the desk (before show()).
    void setLiveVideo(widgets::LiveVideo *video);
    void show();
    void close(); // saves, then closes every window of the session

    MainWindow *mainWindow() const { return m_main; }
    QList<WallWindow *> wallWindows() const;
    WallWindow *wallOn(const QString &screenName) const;
    const walls::WallPlan &plan() const { return m_plan; }
    const walls::DeskArrangement &arrangement() const { return m_arrangement; }
    widgets::WallView *currentWall() const; // the wall the operator is working on
    void setScreensWithoutWall(const QSet<QString> &screens);
    // Locks the desk after this long without a key or a mouse move; 0 never (tests only: the
    // settings never give 0, see access::SessionSettings).
    void setIdleLockAfter(int idle_ms);
    // The idle-lock delay the settings dialog asked for, under core's rules (administrators,
    // 1 to 60 min, journaled); the refusal or the new delay is said in the events pane.
    Status changeIdleLock(int minutes);
    void lock(const QString &reason);
    bool isLocked() const;
    widgets::LockDialog *lockDialog() const { return m_lockDialog; }
    void save();
    // Journals the end of the session (once) with its reason: "quit", "logout". A failure (the
    // journal cannot be written) leaves the session open: the caller keeps the desk.
    [[nodiscard]] Status endSession(const QString &reason);
    // F6 / Shift+F6: the next (+1) or previous (-1) wall of the desk, the main window's pane
    // first, onto the tile that last had the focus there.
    void focusWall(int step);
    QList<widgets::WallView *> allWalls() const;
    // The minute the views stop because the habilitation expires (invalid: none), and the
    // viewing log of this session (null without the register): for the tests.
    QDateTime viewingExpiresAt() const { return m_viewExpiryAt; }
    access::ViewingSession *viewing() const { return m_viewing.get(); }
    // Whether a change of the walls is still to reach the viewing log (next event-loop turn).
    bool viewUpdatePending() const;
    // The bailleur register's side of the desk (null without the register).
    BailleurDesk *bailleur() const { return m_bailleur; }
    // The analytics' alarms list, sound, badges and acts (null without the register).
    AlarmDesk *alarms() const { return m_alarms; }
    // F9: the camera map, in its own window (made at the first F9, or at login if it was open).
    void openMap(bool activate = true);
    MapWindow *mapWindow() const { return m_map; }
    // The map's alarm colours from the analytics' open alarms; to call when an alarm is raised
    // or acknowledged.
    void refreshMapAlarms();
    SelectionDesk *selections() const { return m_selectionDesk.get(); } // null without services

signals:
    void logoutRequested();
    void quitRequested();

private:
    // After the login, an administrator is told how many reference changes from other
    // workstations this register refused, with the list one click away.
    void noticeRefusals();
    void applyPlan();
    void placeMainWindow();
    void captureWalls();
    void openSettings();
    void openMaintenance();
    void openDirectory();
    // The directory changed (the board says which cameras): the tree, the walls and the map
    // follow at once, and a view no longer allowed ends (desk_directory.cpp).
    void onCamerasChanged(const QList<int> &numbers);
    void askCustomLayout();
    walls::WallState freshWall(const QString &layoutName);
    // Every stream a wall opens asks core first (access::ViewingSession).
    void gateViews(widgets::WallView *wall);
    void setUpBailleur();
    void setUpAlarms(); // desk_alarms.cpp
    // The cameras on the walls to the viewing log (coalesced: once per event-loop turn).
    void scheduleViewUpdate();
    void updateViews();
    void armViewTimers();
    void onViewingExpiry();
    // Every tile asks core again; a view no longer allowed ends with `reason`.
    void recheckViews(const QString &reason);
    // The views among `before` that `recheck` (run on every wall) stopped end with `reason`.
    void endStoppedViews(const QSet<int> &before, const QString &reason,
                         const std::function<void(widgets::WallView *)> &recheck);
    void tagIncident();
    void takeSnapshot();
    void draftTicket(); // F4
    void openTour();
    void confirmQuit();
    widgets::TileWidget *focusedTile() const;
    widgets::TileWidget *tileShowing(int cameraNumber) const;
    // The tile's picture, encoded but kept in memory; nothing when it may not be taken (the
    // reason is in the log pane). `shown`, if given, receives the picture itself.
    std::optional<records::PendingSnapshot>
    grabSnapshot(widgets::TileWidget *tile, const QDateTime &at, QImage *shown = nullptr);
    // Stores the tile's picture, journaled; nothing on failure (the reason is in the log pane).
    std::optional<records::Snapshot> storeSnapshot(widgets::TileWidget *tile, const QDateTime &at);
    // After any dialog, the focus goes back where it was before it (a tile of any wall).
    void restoreFocus();
    void editIncident(const QString &incidentId);
    void shiftAction(const QString &action);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Session m_session;
    Services *m_services = nullptr;
    PtzControl *m_ptz = nullptr; // PTZ keys and drags of every wall
    ScreenSource *m_screens = nullptr;
    QSettings *m_settings = nullptr;
    cameras::CameraStatusBoard *m_board = nullptr;
    widgets::LiveVideo *m_video = nullptr;
    MainWindow *m_main = nullptr;
    QList<WallWindow *> m_walls;
    QPointer<widgets::WallView> m_lastWall;
    walls::DeskArrangement m_arrangement;
    walls::WallPlan m_plan;
    bool m_shown = false;
    int m_fillCursor = 0; // next camera of the directory for a wall that has no saved state
    QTimer *m_idleTimer = nullptr;
    QPointer<widgets::LockDialog> m_lockDialog;
    std::unique_ptr<access::ViewingSession> m_viewing; // null without the register
    QTimer *m_viewUpdate = nullptr; // coalesces the walls' changes into one update
    QTimer *m_viewSweep = nullptr; // closes the views whose linger ran out
    QTimer *m_viewExpiry = nullptr; // the minute the habilitation stops covering the views
    QDateTime m_viewExpiryAt;
    QPointer<QWidget> m_focusBeforeDialog; // the last focus outside any dialog
    QPointer<QWidget> m_focusToRestore; // where the focus goes back when a dialog closed
    QPointer<widgets::WallView> m_wallToRestore; // the wall of that widget, if a tile's
    QDeadlineTimer m_restoreUntil; // meanwhile, the window manager activating another window
    bool m_sessionEnded = false;
    std::unique_ptr<VerbalisationDesk> m_verbalisation; // null without the register
    std::unique_ptr<SelectionDesk> m_selectionDesk; // favourites and groups; null likewise
    BailleurDesk *m_bailleur = nullptr;
    AlarmDesk *m_alarms = nullptr;
    MapWindow *m_map = nullptr; // a window of its own, deleted with the desk
    AnalyticsDesk *m_analytics = nullptr;
};

} // namespace vigie::app
