// The camera directory as a searchable tree (groups, then cameras with their state). Cameras
// and whole groups are dragged from here onto walls; Enter or double-click calls a camera.
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace vigie::cameras {
class CameraStatusBoard;
struct CameraGroup;
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

signals:
    void cameraActivated(int cameraNumber);

private:
    void updateState(int cameraNumber);

    cameras::CameraStatusBoard *m_board = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QHash<int, QStandardItem *> m_items;
};

} // namespace vigie::widgets
