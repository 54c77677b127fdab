#include "widgets/camera_tree.h"

#include "core/cameras/camera_selections.h"
#include "core/cameras/camera_status_board.h"
#include "widgets/camera_mime.h"
#include "widgets/camera_search.h"
#include "widgets/theme.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace vigie::widgets {
namespace {

constexpr int kNumberRole = Qt::UserRole + 1;
// What the search matches: a camera's number and name, street address and place; a node's name.
constexpr int kSearchRole = Qt::UserRole + 2;
// A node that is the operator's favourites or one of their groups.
constexpr int kSelectionRole = Qt::UserRole + 3;

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
    addGroups(groups);
    for (const cameras::Camera &camera : board->cameras()) {
        auto *item = new QStandardItem(camera.title());
        item->setEditable(false);
        item->setData(camera.number, kNumberRole);
        item->setData(cameraSearchText(camera), kSearchRole);
        item->setToolTip(camera.place);
        parentFor(camera, nullptr)->appendRow(item);
        m_items.insert(camera.number, item);
        updateState(camera.number);
    }

    m_view = new QTreeView(this);
    // Filtered by hiding rows rather than through a QSortFilterProxyModel: the proxy rebuilt
    // its mapping and the view its rows at every keystroke (vigie-bench directory: 180 ms of
    // CPU at p99 with 2,000 cameras); hiding changes only the rows whose state changes, and
    // the groups keep their expansion.
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    // Every row is one line with its dot: the view lays out thousands of rows without asking
    // each its size (vigie-bench directory: the keystroke's repaint with 2,000 cameras).
    m_view->setUniformRowHeights(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter = text.trimmed();
        applyFilter();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search field calls the first matching camera.
        if (const QStandardItem *item = firstVisibleCamera(m_model->invisibleRootItem()))
            emit cameraActivated(item->data(kNumberRole).toInt());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int number = index.data(kNumberRole).toInt();
        if (number > 0)
            emit cameraActivated(number);
        else if (index.data(kSelectionRole).toBool()) {
            QList<int> numbers;
            collectCameras(m_model->itemFromIndex(index), numbers);
            emit selectionActivated(numbers);
        }
    });
    connect(board, &cameras::CameraStatusBoard::stateChanged, this,
            [this](int number) { updateState(number); });
}

void CameraTree::addGroups(const QList<cameras::CameraGroup> &groups)
{
    for (const cameras::CameraGroup &group : groups) {
        if (m_groupItems.contains(group.id))
            continue;
        auto *item = nodeItem(group.name);
        m_groupItems.insert(group.id, item);
        QStandardItem *parentItem
            = m_groupItems.value(group.parentId, m_model->invisibleRootItem());
        parentItem->appendRow(item);
    }
}

QStandardItem *CameraTree::parentFor(const cameras::Camera &camera, QList<QStandardItem *> *created)
{
    // Cameras with a zone go under their owner, then their zone; the others under their group.
    QStandardItem *parentItem = m_groupItems.value(camera.groupId, m_model->invisibleRootItem());
    if (camera.zone.isEmpty())
        return parentItem;
    const QString owner = ownerNode(camera);
    QStandardItem *&ownerItem = m_owners[owner];
    if (!ownerItem) {
        ownerItem = nodeItem(owner);
        m_model->appendRow(ownerItem);
        if (created)
            created->append(ownerItem);
    }
    QStandardItem *&zoneItem = m_zones[{ owner, camera.zone }];
    if (!zoneItem) {
        zoneItem = nodeItem(camera.zone);
        ownerItem->appendRow(zoneItem);
        if (created)
            created->append(zoneItem);
    }
    return zoneItem;
}

void CameraTree::forget(const QStandardItem *item)
{
    m_hidden.remove(item);
    for (int row = 0; row < item->rowCount(); ++row)
        forget(item->child(row));
}

void CameraTree::pruneEmpty(QStandardItem *node)
{
    if (!node || node->rowCount() > 0)
        return;
    for (auto it = m_zones.begin(); it != m_zones.end(); ++it) {
        if (it.value() != node)
            continue;
        QStandardItem *owner = m_owners.value(it.key().first);
        m_zones.erase(it);
        forget(node);
        owner->removeRow(node->row());
        pruneEmpty(owner);
        return;
    }
    for (auto it = m_owners.begin(); it != m_owners.end(); ++it) {
        if (it.value() != node)
            continue;
        m_owners.erase(it);
        forget(node);
        m_model->removeRow(node->row());
        return;
    }
}

void CameraTree::updateCameras(const QList<int> &numbers, const QList<cameras::CameraGroup> &groups)
{
    // The row at the top of the view stays there, whatever is added or removed above it.
    const QPersistentModelIndex top(m_view->indexAt(QPoint(1, 1)));
    QItemSelectionModel *selection = m_view->selectionModel();
    addGroups(groups);
    QList<QStandardItem *> created;
    for (int number : numbers) {
        QStandardItem *item = m_items.value(number);
        const cameras::Camera *camera = m_board->camera(number);
        if (!camera) {
            // Retired: gone from the tree, and from the operator's favourites and groups.
            QList<QStandardItem *> rows = m_selectionItems.values(number);
            m_selectionItems.remove(number);
            if (item)
                rows.append(item);
            m_items.remove(number);
            for (QStandardItem *row : std::as_const(rows)) {
                QStandardItem *parent
                    = row->parent() ? row->parent() : m_model->invisibleRootItem();
                forget(row);
                parent->removeRow(row->row());
                pruneEmpty(parent);
            }
            continue;
        }
        QStandardItem *parent = parentFor(*camera, &created);
        QStandardItem *current = item && item->parent() ? item->parent() : nullptr;
        if (!item || (current ? current : m_model->invisibleRootItem()) != parent) {
            bool selected = false;
            bool wasCurrent = false;
            if (item) {
                // Moved (another zone, owner or group): taken out and put back, still selected.
                selected = selection && selection->isSelected(item->index());
                wasCurrent = m_view->currentIndex() == item->index();
                QStandardItem *from = current ? current : m_model->invisibleRootItem();
                forget(item);
                from->takeRow(item->row());
                pruneEmpty(from);
            } else {
                item = new QStandardItem(camera->title());
                item->setEditable(false);
                item->setData(number, kNumberRole);
                m_items.insert(number, item);
            }
            // In number order among the cameras already there.
            int row = parent->rowCount();
            for (int r = 0; r < parent->rowCount(); ++r) {
                const int other = parent->child(r)->data(kNumberRole).toInt();
                if (other > number) {
                    row = r;
                    break;
                }
            }
            parent->insertRow(row, item);
            if (selected)
                selection->select(item->index(), QItemSelectionModel::Select);
            if (wasCurrent)
                selection->setCurrentIndex(item->index(), QItemSelectionModel::NoUpdate);
        }
        item->setText(camera->title());
        item->setData(cameraSearchText(*camera), kSearchRole);
        const auto shortcuts = m_selectionItems.values(number);
        for (QStandardItem *shortcut : shortcuts) {
            shortcut->setText(camera->title());
            shortcut->setData(item->data(kSearchRole), kSearchRole);
        }
        updateState(number);
    }
    // New owners and zones open as the others did at login.
    for (QStandardItem *node : std::as_const(created)) {
        if (m_owners.key(node, QString()).isEmpty() && m_zones.key(node).first.isEmpty())
            continue; // pruned meanwhile
        m_view->expand(node->index());
    }
    applyFilter();
    if (top.isValid())
        m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
}

void CameraTree::updateState(int cameraNumber)
{
    QList<QStandardItem *> items = m_selectionItems.values(cameraNumber);
    if (QStandardItem *item = m_items.value(cameraNumber))
        items.append(item);
    if (items.isEmpty())
        return;
    const auto entry = m_board->entry(cameraNumber);
    const cameras::Camera *camera = m_board->camera(cameraNumber);
    QString tip = camera ? camera->place : QString();
    tip += QStringLiteral("\n") + cameras::stateLabel(entry.state);
    if (!entry.detail.isEmpty())
        tip += QStringLiteral(" — ") + entry.detail;
    const QIcon icon = dotIcon(severityColor(cameras::stateSeverity(entry.state)));
    for (QStandardItem *item : std::as_const(items)) {
        item->setIcon(icon);
        item->setToolTip(tip);
    }
}

void CameraTree::setSelections(const QList<cameras::CameraSelection> &selections)
{
    // The rows go: so do their hidden states (the view drops its own with them).
    for (int row = 0; row < m_selectionRows; ++row)
        forget(m_model->item(row));
    m_model->removeRows(0, m_selectionRows);
    m_selectionItems.clear();
    m_selectionRows = 0;
    for (const cameras::CameraSelection &selection : selections) {
        if (selection.isFavourites() && selection.cameras.isEmpty())
            continue;
        auto *node = nodeItem(selection.isFavourites() ? tr("★ Favourites") : selection.name);
        node->setData(true, kSelectionRole);
        for (int number : selection.cameras) {
            const cameras::Camera *camera = m_board->camera(number);
            if (!camera)
                continue; // retired, or not on this desk
            auto *item = new QStandardItem(camera->title());
            item->setEditable(false);
            item->setData(number, kNumberRole);
            item->setData(m_items.contains(number) ? m_items.value(number)->data(kSearchRole)
                                                   : QVariant(camera->title()),
                          kSearchRole);
            node->appendRow(item);
            m_selectionItems.insert(number, item);
        }
        m_model->insertRow(m_selectionRows++, node);
    }
    for (auto it = m_selectionItems.keyBegin(); it != m_selectionItems.keyEnd(); ++it)
        updateState(*it);
    for (int row = 0; row < m_selectionRows; ++row)
        m_view->expand(m_model->index(row, 0));
    applyFilter();
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
        collectCameras(m_model->itemFromIndex(index), numbers);
    return numbers;
}

int CameraTree::visibleCameraCount() const
{
    int count = 0;
    std::function<void(const QStandardItem *)> walk = [&](const QStandardItem *parent) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            const QStandardItem *item = parent->child(row);
            if (m_hidden.contains(item))
                continue;
            if (item->data(kNumberRole).toInt() > 0)
                ++count;
            walk(item);
        }
    };
    walk(m_model->invisibleRootItem());
    return count;
}

const QStandardItem *CameraTree::firstVisibleCamera(const QStandardItem *parent) const
{
    for (int row = 0; row < parent->rowCount(); ++row) {
        const QStandardItem *item = parent->child(row);
        if (m_hidden.contains(item))
            continue;
        if (item->data(kNumberRole).toInt() > 0)
            return item;
        if (const QStandardItem *found = firstVisibleCamera(item))
            return found;
    }
    return nullptr;
}

void CameraTree::applyFilter()
{
    // A row shows when it matches, when a group above it matches (a zone's name shows its
    // cameras), or when something below it shows.
    std::function<bool(QStandardItem *, bool)> filter
        = [&](QStandardItem *parent, bool parentMatches) {
              bool anyShown = false;
              for (int row = 0; row < parent->rowCount(); ++row) {
                  QStandardItem *item = parent->child(row);
                  const bool matches = parentMatches || m_filter.isEmpty()
                      || item->data(kSearchRole).toString().contains(m_filter, Qt::CaseInsensitive);
                  const bool shown = filter(item, matches) || matches;
                  anyShown = anyShown || shown;
                  if (shown == !m_hidden.contains(item))
                      continue; // unchanged: the view is not told
                  if (shown)
                      m_hidden.remove(item);
                  else
                      m_hidden.insert(item);
                  m_view->setRowHidden(row, parent->index(), !shown);
              }
              return anyShown;
          };
    filter(m_model->invisibleRootItem(), false);
}

} // namespace vigie::widgets
