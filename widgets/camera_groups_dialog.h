// The operator's own groups of cameras: create one from the cameras selected in the tree,
// rename it, add or remove cameras, delete it, or put it on the focused wall at once. Each
// change goes through core (CameraSelections), which keeps them to their owner.
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;

namespace vigie::access {
struct User;
}
namespace vigie::cameras {
class CameraSelections;
class CameraStatusBoard;
} // namespace vigie::cameras

namespace vigie::widgets {

class CameraGroupsDialog : public QDialog
{
    Q_OBJECT
public:
    // `treeSelection`: the cameras selected in the tree now (what "add" and "new" take).
    CameraGroupsDialog(cameras::CameraSelections &selections, const access::User &user,
                       const cameras::CameraStatusBoard &board,
                       std::function<QList<int>()> treeSelection, QWidget *parent = nullptr);

    // Asks a group's name (an input dialog unless replaced by a test); empty cancels.
    using AskName = std::function<QString(const QString &current)>;
    void setAskName(AskName ask) { m_askName = std::move(ask); }

    void refresh();
    void createGroup();
    void renameGroup();
    void addSelected();
    void removeCamera();
    void deleteGroup();
    void putOnWall();

    QListWidget *groupList() const { return m_groups; }
    QListWidget *cameraList() const { return m_cameras; }
    QString statusText() const;

signals:
    void changed(); // the tree should show the groups again
    void wallRequested(const QList<int> &cameraNumbers);

private:
    QString currentId() const;
    void showCameras();
    void report(const QString &error);

    cameras::CameraSelections &m_selections;
    const access::User &m_user;
    const cameras::CameraStatusBoard &m_board;
    std::function<QList<int>()> m_treeSelection;
    AskName m_askName;
    QListWidget *m_groups = nullptr;
    QListWidget *m_cameras = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace vigie::widgets
