// The camera directory as a searchable tree (groups, then cameras with their state). Cameras
// and whole groups are dragged from here onto walls; Enter or double-click calls a camera.
#pragma once

#include <QSet>
#include <QWidget>

class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace vigie::cameras {
class CameraStatusBoard;
struct Camera;
struct CameraGroup;
struct CameraSelection;
} // namespace vigie::cameras

namespace vigie::widgets {

class CameraTree : public QWidget
{
    Q_OBJECT
public:
    CameraTree(cameras::CameraStatusBoard *board, const QList<cameras::CameraGroup> &groups,
               QWidget *parent = nullptr);

    void focusSearch();
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    int visibleCameraCount() const;
    // The cameras selected, a group standing for all of its cameras, in tree order.
    QList<int> selectedCameras() const;
    // The operator's favourites and groups, at the top of the tree (in place of those shown).
    void setSelections(const QList<cameras::CameraSelection> &selections);
    // The directory changed (the board has these cameras as they now stand, or no longer has
    // them: retired): their rows are updated, moved, added or removed in place, so that the
    // search, the selection, the expanded zones and the scroll position stay as they were.
    void updateCameras(const QList<int> &numbers, const QList<cameras::CameraGroup> &groups);

signals:
    void cameraActivated(int cameraNumber);
    // Enter or double-click on the favourites or a group: its cameras, for the focused wall.
    void selectionActivated(const QList<int> &cameraNumbers);

private:
    void updateState(int cameraNumber);
    void addGroups(const QList<cameras::CameraGroup> &groups);
    // Where a camera's row goes: under its owner then its zone, or else its group (the nodes
    // made when missing, appended to `created`).
    QStandardItem *parentFor(const cameras::Camera &camera, QList<QStandardItem *> *created);
    // A row going away: the search forgets it and what is under it.
    void forget(const QStandardItem *item);
    // An owner's or a zone's node left without rows goes too.
    void pruneEmpty(QStandardItem *node);
    void applyFilter();
    const QStandardItem *firstVisibleCamera(const QStandardItem *parent) const;

    cameras::CameraStatusBoard *m_board = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QString m_filter; // what the search field holds, trimmed
    QSet<const QStandardItem *> m_hidden; // the rows the search hides
    QHash<int, QStandardItem *> m_items;
    QHash<qint64, QStandardItem *> m_groupItems;
    QHash<QString, QStandardItem *> m_owners; // the owners' nodes, by their label
    QHash<QPair<QString, QString>, QStandardItem *> m_zones; // (owner, zone) -> node
    QMultiHash<int, QStandardItem *> m_selectionItems; // the same cameras under the selections
    int m_selectionRows = 0; // the top rows that are the operator's selections
};

} // namespace vigie::widgets
