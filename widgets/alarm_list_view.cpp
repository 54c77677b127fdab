#include "widgets/alarm_list_view.h"

#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

constexpr int kIdRole = Qt::UserRole;
// Big enough to tell a person from a car at a glance, small enough for ten rows in the dock.
const QSize kThumbnail(96, 54);

} // namespace

AlarmListView::AlarmListView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("alarmList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("alarmCount"));
    layout->addWidget(m_title);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("alarmRows"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(kThumbnail);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({ tr("Time"), tr("Camera"), tr("Alarm"), tr("Detector") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    const struct
    {
        QString text;
        void (AlarmListView::*signal)(const QString &);
    } acts[] = {
        { tr("To the camera (Enter)"), &AlarmListView::jumpRequested },
        { tr("Acknowledge (A)"), &AlarmListView::acknowledgeRequested },
        { tr("Snooze (S)"), &AlarmListView::snoozeRequested },
        { tr("Incident (I)"), &AlarmListView::incidentRequested },
    };
    for (const auto &act : acts) {
        auto *button = new QPushButton(act.text, this);
        button->setFocusPolicy(Qt::NoFocus); // the keys act on the list, the focus stays there
        connect(button, &QPushButton::clicked, this,
                [this, signal = act.signal] { emitFor(signal); });
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);

    // The keys work while the list has the focus, not elsewhere: a letter typed in the camera
    // search must not acknowledge an alarm. Read before the list's own type-ahead search.
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this] { emitFor(&AlarmListView::jumpRequested); });
    setAlarms({});
}

bool AlarmListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emitFor(&AlarmListView::jumpRequested);
        return true;
    case Qt::Key_A:
        emitFor(&AlarmListView::acknowledgeRequested);
        return true;
    case Qt::Key_S:
        emitFor(&AlarmListView::snoozeRequested);
        return true;
    case Qt::Key_I:
        emitFor(&AlarmListView::incidentRequested);
        return true;
    default:
        return false;
    }
}

void AlarmListView::emitFor(void (AlarmListView::*signal)(const QString &))
{
    const QString id = currentId();
    if (!id.isEmpty())
        emit(this->*signal)(id);
}

void AlarmListView::setAlarms(const QList<AlarmRow> &rows)
{
    const QString selected = currentId();
    m_list->clear();
    for (const AlarmRow &row : rows) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, row.id);
        const bool today = row.at.date() == QDate::currentDate();
        item->setText(
            0,
            row.at.toString(today ? QStringLiteral("HH:mm:ss") : QStringLiteral("dd/MM HH:mm:ss")));
        if (!row.thumbnail.isNull())
            item->setIcon(0,
                          QPixmap::fromImage(row.thumbnail.scaled(kThumbnail, Qt::KeepAspectRatio,
                                                                  Qt::SmoothTransformation)));
        item->setText(1, row.cameraTitle);
        item->setText(2, typeLabel(row.type));
        item->setText(3, row.detector);
        if (severity(row.type) >= 2)
            item->setForeground(2, colors::alarm);
        else
            item->setForeground(2, colors::warning);
        item->setToolTip(2,
                         tr("%1 on camera %2 at %3, detector \"%4\"")
                             .arg(typeLabel(row.type), row.cameraTitle,
                                  row.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                                  row.detector));
        // The operator's choice holds while they work in the list; otherwise the newest alarm
        // is the one F8 then a key acts on.
        if (row.id == selected && m_list->hasFocus())
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_title->setText(rows.isEmpty()
                         ? tr("No open alarm.")
                         : tr("%n open alarm(s), newest first", nullptr, int(rows.size())));
}

int AlarmListView::count() const
{
    return m_list->topLevelItemCount();
}

QString AlarmListView::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void AlarmListView::setCurrentId(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

void AlarmListView::focusList()
{
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus(Qt::ShortcutFocusReason);
}

QString AlarmListView::typeLabel(const QString &type)
{
    if (type == QLatin1String("intrusion"))
        return tr("Intrusion");
    if (type == QLatin1String("wrongway"))
        return tr("Wrong way");
    if (type == QLatin1String("saturation"))
        return tr("Saturated road");
    if (type == QLatin1String("stationary"))
        return tr("Vehicle parked too long");
    if (type == QLatin1String("loitering"))
        return tr("Loitering");
    if (type == QLatin1String("gathering"))
        return tr("Gathering");
    return type;
}

int AlarmListView::severity(const QString &type)
{
    return type == QLatin1String("intrusion") || type == QLatin1String("wrongway") ? 2 : 1;
}

} // namespace vigie::widgets
