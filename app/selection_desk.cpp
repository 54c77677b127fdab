#include "app/selection_desk.h"

#include "app/main_window.h"
#include "core/cameras/camera_selections.h"
#include "core/cameras/camera_status_board.h"
#include "widgets/camera_groups_dialog.h"
#include "widgets/camera_tree.h"
#include "widgets/wall_view.h"

#include <QApplication>

namespace vigie::app {

SelectionDesk::SelectionDesk(const Session &session, Services &services,
                             cameras::CameraStatusBoard &board, MainWindow *main, CurrentWall wall,
                             FocusedCamera focusedCamera, QObject *parent)
    : QObject(parent), m_session(session), m_board(board), m_main(main), m_wall(std::move(wall)),
      m_focusedCamera(std::move(focusedCamera)),
      m_selections(std::make_unique<cameras::CameraSelections>(services.db, services.journal))
{
    connect(m_main->cameraTree(), &widgets::CameraTree::selectionActivated, this,
            &SelectionDesk::putOnWall);
    refreshTree();
}

SelectionDesk::~SelectionDesk() = default;

void SelectionDesk::refreshTree()
{
    QList<cameras::CameraSelection> shown { m_selections->favourites(m_session.user.login) };
    shown.append(m_selections->groups(m_session.user.login));
    m_main->cameraTree()->setSelections(shown);
}

void SelectionDesk::toggleFavourite()
{
    // The tree's selection when the tree has the keyboard, else the focused tile's camera.
    widgets::CameraTree *tree = m_main->cameraTree();
    const QWidget *focus = QApplication::focusWidget();
    QList<int> numbers;
    if (focus && (focus == tree || tree->isAncestorOf(focus)))
        numbers = tree->selectedCameras();
    else if (const int number = m_focusedCamera(); number > 0)
        numbers = { number };
    if (numbers.isEmpty()) {
        m_main->logEvent(tr("Favourites: focus a tile with a camera, or select cameras in the "
                            "tree, then Ctrl+D."));
        return;
    }
    const auto marked = m_selections->toggleFavourites(m_session.user, numbers);
    if (!marked.ok()) {
        m_main->logEvent(tr("Favourites: %1").arg(marked.error()));
        return;
    }
    QStringList titles;
    for (int number : std::as_const(numbers)) {
        const cameras::Camera *camera = m_board.camera(number);
        titles.append(camera ? camera->title() : QString::number(number));
    }
    m_main->logEvent(
        marked.value()
            ? tr("Added to your favourites: %1").arg(titles.join(QStringLiteral(", ")))
            : tr("Removed from your favourites: %1").arg(titles.join(QStringLiteral(", "))));
    refreshTree();
}

void SelectionDesk::openGroups()
{
    widgets::CameraTree *tree = m_main->cameraTree();
    widgets::CameraGroupsDialog dialog(
        *m_selections, m_session.user, m_board, [tree] { return tree->selectedCameras(); }, m_main);
    connect(&dialog, &widgets::CameraGroupsDialog::changed, this, &SelectionDesk::refreshTree);
    connect(&dialog, &widgets::CameraGroupsDialog::wallRequested, this, &SelectionDesk::putOnWall);
    dialog.exec();
}

void SelectionDesk::putOnWall(const QList<int> &cameraNumbers)
{
    widgets::WallView *wall = m_wall();
    if (!wall || cameraNumbers.isEmpty())
        return;
    int index = wall->focusedTile();
    if (index < 0)
        index = wall->lastFocusedTile();
    // Each tile asks core for its camera as if called by hand: a refused one says why.
    wall->placeCameras(qMax(0, index), cameraNumbers);
}

} // namespace vigie::app
