#include "widgets/camera_groups_dialog.h"

#include "core/access/auth_service.h"
#include "core/cameras/camera_selections.h"
#include "core/cameras/camera_status_board.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

CameraGroupsDialog::CameraGroupsDialog(cameras::CameraSelections &selections,
                                       const access::User &user,
                                       const cameras::CameraStatusBoard &board,
                                       std::function<QList<int>()> treeSelection, QWidget *parent)
    : QDialog(parent), m_selections(selections), m_user(user), m_board(board),
      m_treeSelection(std::move(treeSelection))
{
    setWindowTitle(tr("My groups of cameras"));
    m_askName = [this](const QString &current) {
        return QInputDialog::getText(this, tr("Group of cameras"), tr("Name of the group:"),
                                     QLineEdit::Normal, current)
            .trimmed();
    };
    m_groups = new QListWidget;
    m_cameras = new QListWidget;
    connect(m_groups, &QListWidget::currentRowChanged, this, &CameraGroupsDialog::showCameras);
    connect(m_groups, &QListWidget::itemActivated, this, &CameraGroupsDialog::putOnWall);

    auto *create = new QPushButton(tr("&New group from the tree's selection…"));
    auto *rename = new QPushButton(tr("&Rename…"));
    auto *add = new QPushButton(tr("&Add the tree's selection"));
    auto *remove = new QPushButton(tr("Re&move the camera"));
    auto *remove_group = new QPushButton(tr("&Delete the group"));
    auto *wall = new QPushButton(tr("Put on the focused &wall (Enter)"));
    auto *close = new QPushButton(tr("Close"));
    connect(create, &QPushButton::clicked, this, &CameraGroupsDialog::createGroup);
    connect(rename, &QPushButton::clicked, this, &CameraGroupsDialog::renameGroup);
    connect(add, &QPushButton::clicked, this, &CameraGroupsDialog::addSelected);
    connect(remove, &QPushButton::clicked, this, &CameraGroupsDialog::removeCamera);
    connect(remove_group, &QPushButton::clicked, this, &CameraGroupsDialog::deleteGroup);
    connect(wall, &QPushButton::clicked, this, &CameraGroupsDialog::putOnWall);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Groups (yours only, on every desk)")), 0, 0);
    grid->addWidget(new QLabel(tr("Cameras of the group")), 0, 1);
    grid->addWidget(m_groups, 1, 0);
    grid->addWidget(m_cameras, 1, 1);
    auto *buttons = new QGridLayout;
    const QList<QPushButton *> all { create, rename, add, remove, remove_group, wall };
    for (int i = 0; i < all.size(); ++i) {
        all[i]->setAutoDefault(false);
        buttons->addWidget(all[i], i / 3, i % 3);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close, 0, Qt::AlignRight);
    resize(720, 460);
    refresh();
}

QString CameraGroupsDialog::statusText() const
{
    return m_status->text();
}

void CameraGroupsDialog::report(const QString &error)
{
    m_status->setText(error);
    m_status->setStyleSheet(error.isEmpty() ? QString()
                                            : QStringLiteral("color: #e05050; font-weight: bold;"));
    if (error.isEmpty())
        emit changed();
}

void CameraGroupsDialog::refresh()
{
    const QString current = currentId();
    m_groups->clear();
    for (const cameras::CameraSelection &group : m_selections.groups(m_user.login)) {
        auto *item = new QListWidgetItem(
            tr("%1 (%n camera(s))", nullptr, static_cast<int>(group.cameras.size()))
                .arg(group.name));
        item->setData(kIdRole, group.id);
        m_groups->addItem(item);
        if (group.id == current)
            m_groups->setCurrentItem(item);
    }
    if (m_groups->currentRow() < 0 && m_groups->count() > 0)
        m_groups->setCurrentRow(0);
    showCameras();
}

QString CameraGroupsDialog::currentId() const
{
    const QListWidgetItem *item = m_groups->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void CameraGroupsDialog::showCameras()
{
    m_cameras->clear();
    const QString id = currentId();
    for (const cameras::CameraSelection &group : m_selections.groups(m_user.login)) {
        if (group.id != id)
            continue;
        for (int number : group.cameras) {
            const cameras::Camera *camera = m_board.camera(number);
            auto *item = new QListWidgetItem(camera ? camera->title()
                                                    : tr("%1 (not in service)").arg(number));
            item->setData(kIdRole, number);
            m_cameras->addItem(item);
        }
    }
}

void CameraGroupsDialog::createGroup()
{
    const QList<int> cameras = m_treeSelection();
    const QString name = m_askName(QString());
    if (name.isEmpty())
        return;
    const auto created = m_selections.createGroup(m_user, name, cameras);
    if (!created.ok())
        return report(created.error());
    refresh();
    for (int row = 0; row < m_groups->count(); ++row) {
        if (m_groups->item(row)->data(kIdRole).toString() == created.value())
            m_groups->setCurrentRow(row);
    }
    report(QString());
}

void CameraGroupsDialog::renameGroup()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    QString current;
    for (const cameras::CameraSelection &group : m_selections.groups(m_user.login)) {
        if (group.id == id)
            current = group.name;
    }
    const QString name = m_askName(current);
    if (name.isEmpty())
        return;
    const Status renamed = m_selections.renameGroup(m_user, id, name);
    refresh();
    report(renamed.ok() ? QString() : renamed.error());
}

void CameraGroupsDialog::addSelected()
{
    const QString id = currentId();
    const QList<int> cameras = m_treeSelection();
    if (id.isEmpty() || cameras.isEmpty())
        return report(tr("Select a group here and cameras in the tree first."));
    const Status added = m_selections.addToGroup(m_user, id, cameras);
    refresh();
    report(added.ok() ? QString() : added.error());
}

void CameraGroupsDialog::removeCamera()
{
    const QString id = currentId();
    const QListWidgetItem *item = m_cameras->currentItem();
    if (id.isEmpty() || !item)
        return report(tr("Select a camera of the group first."));
    const Status removed
        = m_selections.removeFromGroup(m_user, id, { item->data(kIdRole).toInt() });
    refresh();
    report(removed.ok() ? QString() : removed.error());
}

void CameraGroupsDialog::deleteGroup()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const Status deleted = m_selections.deleteGroup(m_user, id);
    refresh();
    report(deleted.ok() ? QString() : deleted.error());
}

void CameraGroupsDialog::putOnWall()
{
    const QString id = currentId();
    for (const cameras::CameraSelection &group : m_selections.groups(m_user.login)) {
        if (group.id == id && !group.cameras.isEmpty()) {
            emit wallRequested(group.cameras);
            accept();
        }
    }
}

} // namespace vigie::widgets
