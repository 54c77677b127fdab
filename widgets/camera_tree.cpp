#include "widgets/camera_tree.h"

#include "core/cameras/camera_status_board.h"
#include "widgets/camera_mime.h"
#include "widgets/camera_search.h"
#include "widgets/theme.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

constexpr int kNumberRole = Qt::UserRole + 1;
// What the search matches: a camera's number and name, street address and place; a node's name.
constexpr int kSearchRole = Qt::UserRole + 2;

QStandardItem *nodeItem(const QString &name)
{
    auto *item = new QStandardItem(name);
    item->setEditable(false);
    item->setData(0, kNumberRole);
    item->setData(name, kSearchRole);
    return item;
}

// The owner's node, where cameras with a zone are grouped: the commune's, each bailleur's
// convention apart (its cameras are viewed only on its request), the other owners'.
QString ownerNode(const cameras::Camera &camera)
{
    switch (camera.owner) {
    case cameras::CameraOwner::Commune:
        return CameraTree::tr("Commune");
    case cameras::CameraOwner::Bailleur:
        return CameraTree::tr("Bailleur (convention %1)").arg(camera.convention);
    case cameras::CameraOwner::Other:
        break;
    }
    return CameraTree::tr("Other owners");
}

// The cameras an item stands for: itself, or every camera of a group.
void collectCameras(const QStandardItem *item, QList<int> &numbers)
{
    if (!item)
        return;
    const int number = item->data(kNumberRole).toInt();
    if (number > 0) {
        if (!numbers.contains(number))
            numbers.append(number);
        return;
    }
    for (int row = 0; row < item->rowCount(); ++row)
        collectCameras(item->child(row), numbers);
}

class CameraModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QStringList mimeTypes() const override { return { QLatin1String(kCameraMimeType) }; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QList<int> numbers;
        for (const QModelIndex &index : indexes)
            collectCameras(itemFromIndex(index), numbers);
        return cameraMimeData(numbers);
    }
};

QIcon dotIcon(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(2, 2, 8, 8);
    return QIcon(pixmap);
}

} // namespace

CameraTree::CameraTree(cameras::CameraStatusBoard *board, const QList<cameras::CameraGroup> &groups,
                       QWidget *parent)
    : QWidget(parent), m_board(board)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search a camera (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_model = new CameraModel(this);
    QHash<qint64, QStandardItem *> groupItems;
    for (const cameras::CameraGroup &group : groups) {
        auto *item = nodeItem(group.name);
        groupItems.insert(group.id, item);
        QStandardItem *parentItem = groupItems.value(group.parentId, m_model->invisibleRootItem());
        parentItem->appendRow(item);
    }
    // Cameras with a zone go under their owner, then their zone; the others under their group.
    QHash<QString, QStandardItem *> owners;
    QHash<QPair<QString, QString>, QStandardItem *> zones;
    for (const cameras::Camera &camera : board->cameras()) {
        auto *item = new QStandardItem(camera.title());
        item->setEditable(false);
        item->setData(camera.number, kNumberRole);
        item->setData(cameraSearchText(camera), kSearchRole);
        item->setToolTip(camera.place);
        QStandardItem *parentItem = groupItems.value(camera.groupId, m_model->invisibleRootItem());
        if (!camera.zone.isEmpty()) {
            const QString owner = ownerNode(camera);
            QStandardItem *&ownerItem = owners[owner];
            if (!ownerItem) {
                ownerItem = nodeItem(owner);
                m_model->appendRow(ownerItem);
            }
            QStandardItem *&zoneItem = zones[{ owner, camera.zone }];
            if (!zoneItem) {
                zoneItem = nodeItem(camera.zone);
                ownerItem->appendRow(zoneItem);
            }
            parentItem = zoneItem;
        }
        parentItem->appendRow(item);
        m_items.insert(camera.number, item);
        updateState(camera.number);
    }

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // searching a group name shows its cameras
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(kSearchRole);

    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search field calls the first matching camera.
        QModelIndex index = m_proxy->index(0, 0);
        while (index.isValid() && m_proxy->data(index, kNumberRole).toInt() == 0)
            index = m_proxy->index(0, 0, index);
        if (index.isValid())
            emit cameraActivated(m_proxy->data(index, kNumberRole).toInt());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int number = m_proxy->data(index, kNumberRole).toInt();
        if (number > 0)
            emit cameraActivated(number);
    });
    connect(board, &cameras::CameraStatusBoard::stateChanged, this,
            [this](int number) { updateState(number); });
}

void CameraTree::updateState(int cameraNumber)
{
    QStandardItem *item = m_items.value(cameraNumber);
    if (!item)
        return;
    const auto entry = m_board->entry(cameraNumber);
    item->setIcon(dotIcon(severityColor(cameras::stateSeverity(entry.state))));
    const cameras::Camera *camera = m_board->camera(cameraNumber);
    QString tip = camera ? camera->place : QString();
    tip += QStringLiteral("\n") + cameras::stateLabel(entry.state);
    if (!entry.detail.isEmpty())
        tip += QStringLiteral(" — ") + entry.detail;
    item->setToolTip(tip);
}

void CameraTree::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<int> CameraTree::selectedCameras() const
{
    QList<int> numbers;
    const QModelIndexList selected
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList {};
    for (const QModelIndex &index : selected)
        collectCameras(m_model->itemFromIndex(m_proxy->mapToSource(index)), numbers);
    return numbers;
}

int CameraTree::visibleCameraCount() const
{
    int count = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_proxy->data(index, kNumberRole).toInt() > 0)
                ++count;
            walk(index);
        }
    };
    walk(QModelIndex());
    return count;
}

} // namespace vigie::widgets
