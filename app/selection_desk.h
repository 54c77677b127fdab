// The desk's side of the operator's favourites and groups of cameras (issue 16): Ctrl+D marks
// the focused tile's camera, or the cameras selected in the tree, as favourites (or unmarks
// them); the groups dialog; the favourites and groups at the top of the tree; a group put on
// the focused wall at once, tile after tile. Core (cameras::CameraSelections) keeps each
// operator's own to that operator and journals every change, so they follow them to any desk.
#pragma once

#include "app/services.h"
#include "app/session.h"

#include <QObject>

#include <functional>
#include <memory>

namespace vigie::cameras {
class CameraSelections;
class CameraStatusBoard;
} // namespace vigie::cameras
namespace vigie::widgets {
class WallView;
}

namespace vigie::app {

class MainWindow;

class SelectionDesk : public QObject
{
    Q_OBJECT
public:
    using CurrentWall = std::function<widgets::WallView *()>;
    using FocusedCamera = std::function<int()>; // the focused tile's camera; 0: none
    SelectionDesk(const Session &session, Services &services, cameras::CameraStatusBoard &board,
                  MainWindow *main, CurrentWall wall, FocusedCamera focusedCamera,
                  QObject *parent = nullptr);
    ~SelectionDesk() override;

    void toggleFavourite(); // Ctrl+D
    void openGroups();
    // The cameras on the focused wall from its focused tile (the first one when none has it).
    void putOnWall(const QList<int> &cameraNumbers);
    void refreshTree();
    cameras::CameraSelections &selections() { return *m_selections; }

private:
    const Session &m_session;
    cameras::CameraStatusBoard &m_board;
    MainWindow *m_main = nullptr;
    CurrentWall m_wall;
    FocusedCamera m_focusedCamera;
    std::unique_ptr<cameras::CameraSelections> m_selections;
};

} // namespace vigie::app
