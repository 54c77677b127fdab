// A wall: tiles laid out by a WallLayout, each showing one camera of the directory. Cameras are
// dropped from the tree, tiles swapped by dragging, a tile maximised with double-click or
// Enter, and a camera called onto the focused tile by typing its number then Enter.
#pragma once

#include "core/walls/desk_arrangement.h"
#include "core/walls/wall_layout.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QTimer;

namespace vigie::cameras {
class CameraStatusBoard;
}

namespace vigie::widgets {

class LiveVideo;
class TileWidget;

class WallView : public QWidget
{
    Q_OBJECT
public:
    explicit WallView(cameras::CameraStatusBoard *board, QWidget *parent = nullptr);

    void setWallState(const walls::WallState &state);
    walls::WallState wallState() const;
    bool setLayoutName(const QString &name);
    QString layoutName() const { return m_layout.name; }

    int tileCount() const { return int(m_tiles.size()); }
    TileWidget *tile(int index) const { return m_tiles.value(index); }
    int focusedTile() const;
    int maximisedTile() const { return m_maximised; }
    void toggleMaximised(int index);
    // Puts the cameras in the tiles from `index` on; a group dropped fills the next tiles.
    void placeCameras(int index, const QList<int> &cameraNumbers);
    void swapTiles(int a, int b);
    bool callCamera(int number); // onto the focused tile
    // A camera number being typed: dropped when the focus leaves its tile, and after this long
    // without a key (so that a digit typed long ago never joins a new number).
    const QString &typedNumber() const { return m_typed; }
    void setTypedNumberTimeout(int timeout_ms);
    // The tile that last had the focus on this wall (the first one if none did yet), and
    // giving it the focus back, its window activated: F6 and the end of a dialog land there.
    int lastFocusedTile() const;
    void focusLastTile();
    // Asked before any stream of a camera is opened on a tile: an empty answer lets it be
    // viewed, otherwise the reason why not (core's rules). Asked again for every camera placed
    // on a tile, whoever placed it (the operator, a tour), on maximise and on recheckViews();
    // a repaint or a change of stream state reuses the answer for the camera on that tile.
    enum class ViewAttempt {
        Operator, // the operator asked for this camera
        Repeat, // the wall asks again by itself: a tour step, a new layout, a recheck
    };
    using ViewGate = std::function<QString(int cameraNumber, ViewAttempt attempt)>;
    void setViewGate(ViewGate gate);
    // Asks the gate again for every tile (a habilitation expired or changed): a tile refused
    // now closes its stream and says why.
    void recheckViews();
    // The directory changed for these cameras (the board has them as they now stand): their
    // tiles take the new name, ask core again (a camera given to a landlord), reconnect to a
    // changed stream, and say when the camera was disabled or retired. No other tile moves.
    void updateCameras(const QList<int> &numbers);
    // The cameras on this wall's tiles that core lets this user view.
    QList<int> viewedCameras() const;
    // Live pictures on the tiles; without it, tiles show each camera's state only.
    void setLiveVideo(LiveVideo *video);

    // Tours: a tile (tour.tile >= 0) or the whole wall cycling through cameras. A new tour
    // replaces those it overlaps; a camera placed by hand on a touring tile ends its tour.
    bool startTour(const walls::Tour &tour);
    bool stopTour(int tileIndex); // the tour showing on that tile
    // Pauses or resumes the tour showing on that tile; false when there is none.
    bool toggleTourPause(int tileIndex);
    const walls::Tour *tourAt(int tileIndex) const;
    QList<walls::Tour> tours() const;
    // The cameras with an open alarm and what their badge says ("ALARM: Intrusion"): their
    // tiles carry it, and a tour showing one of them holds there until it is acknowledged.
    void setAlarms(const QHash<int, QString> &badges);
    bool tourHeldByAlarm(const walls::Tour &tour) const;
    // Steady milliseconds, for the tests; the wall's own timer calls stepTours() every second.
    using TourClock = std::function<qint64()>;
    void setTourClock(TourClock clock);
    void stepTours();

    // Which cameras are PTZ: on their tiles Ctrl+arrows, +/-, N then *, Ctrl+Home, F12 and
    // Ctrl+drag steer them (the signals below); elsewhere Ctrl+arrows move the focus as arrows do.
    void setPtzCameras(std::function<bool(int cameraNumber)> isPtz);

signals:
    // PTZ on the tile's camera: a velocity held until ptzStop (key released, drag ended),
    // preset N gone to or saved, home.
    void ptzMove(int tileIndex, double pan, double tilt, double zoom);
    void ptzStop(int tileIndex);
    void ptzPreset(int tileIndex, int preset, bool save);
    void ptzHome(int tileIndex);
    void ptzTakeOver(int tileIndex); // F12: the chef de salle takes the camera (core decides)
    void ptzPresets(int tileIndex); // Shift+F12: the camera's presets, listed and named
    void wallChanged(); // layout or cameras changed: the arrangement should be saved
    void message(const QString &text); // for the status bar
    void viewsChanged(); // viewedCameras() may have changed

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Whether refreshTile asks the gate, and as what; Cached asks only for a camera the tile
    // has no answer for yet.
    enum class Ask { Cached, Operator, Repeat };
    void rebuildTiles(const QList<int> &cameras, Ask ask);
    void layoutTiles();
    void refreshTile(TileWidget *tile, Ask ask = Ask::Cached);
    void moveFocus(int dx, int dy);
    // The focused tile when its camera is PTZ, else -1.
    int ptzTile() const;
    bool ptzKey(QKeyEvent *event, bool pressed);
    void setTyped(const QString &digits);
    void onStateChanged(int cameraNumber);
    struct RunningTour
    {
        walls::Tour tour;
        qint64 due_ms = 0;
    };
    // A tour started by the operator asks core as the operator; its later steps as repeats.
    void showTourPage(const walls::Tour &tour, Ask ask);
    void refreshTourBadges();
    void updateTourTimer();
    void endToursOn(int tileIndex); // a hand placement on that tile
    qint64 tourNow() const;

    cameras::CameraStatusBoard *m_board = nullptr;
    walls::WallLayout m_layout;
    QList<TileWidget *> m_tiles;
    QList<int> m_hidden; // cameras of tiles a smaller layout hides, for a larger one
    int m_maximised = -1;
    QString m_typed;
    QTimer *m_typedTimer = nullptr;
    int m_lastFocused = 0;
    ViewGate m_viewGate;
    struct Verdict
    {
        int camera = 0;
        QString refusal;
    };
    QHash<const TileWidget *, Verdict> m_verdicts; // the gate's answer for each tile's camera
    LiveVideo *m_video = nullptr;
    QList<RunningTour> m_tours;
    QHash<int, QString> m_alarms; // camera -> its alarm badge
    QTimer *m_tourTimer = nullptr;
    TourClock m_tourClock;
    bool m_touring = false; // the tours themselves are placing cameras
    Ask m_tourAsk = Ask::Repeat; // meanwhile, as what they ask core
    std::function<bool(int)> m_isPtz;
    int m_ptzKey = 0; // the PTZ key held, whose release stops the move
    int m_ptzKeyTile = -1; // the tile it steers
};

} // namespace vigie::widgets
