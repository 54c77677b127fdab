#include "widgets/bailleur_sessions_dialog.h"

#include "widgets/bailleur_ui.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie::widgets {

BailleurSessionsDialog::BailleurSessionsDialog(Backend backend, QWidget *parent)
    : QDialog(parent), m_backend(std::move(backend))
{
    setWindowTitle(tr("Bailleur viewing sessions"));
    setObjectName(QStringLiteral("bailleurSessionsDialog"));
    resize(900, 520);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("bailleurSessions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Landlord"), tr("Cameras"), tr("Opened"), tr("By"),
                              tr("Time left"), tr("Extensions") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("extendMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("sessionReason"));
    m_reason->setPlaceholderText(tr("Why it is extended (required) or closed"));
    m_error = errorLine(this);

    auto *form = new QFormLayout;
    auto row = [&](const QString &label, QWidget *field) {
        addLabelledRow(form, label, field);
    };
    row(tr("E&xtend by"), m_minutes);
    row(tr("&Reason"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *show
        = buttons->addButton(tr("Show on the wall (Enter)"), QDialogButtonBox::ActionRole);
    QPushButton *extend = buttons->addButton(tr("Extend (Ctrl+E)"), QDialogButtonBox::ActionRole);
    QPushButton *close
        = buttons->addButton(tr("Close the session (Del)"), QDialogButtonBox::ActionRole);
    QPushButton *alert = buttons->addButton(tr("Landlord's alert: new request (Ctrl+N)"),
                                            QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Back (Esc)"), QDialogButtonBox::RejectRole);
    for (QPushButton *b : { show, extend, close, alert })
        b->setAutoDefault(false);
    connect(show, &QPushButton::clicked, this, [this] {
        m_show = selectedId();
        if (!m_show.isEmpty())
            accept();
    });
    connect(extend, &QPushButton::clicked, this, &BailleurSessionsDialog::extendSelected);
    connect(close, &QPushButton::clicked, this, &BailleurSessionsDialog::closeSelected);
    connect(alert, &QPushButton::clicked, this, [this] {
        m_alert = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QWidget *w : std::initializer_list<QWidget *> { m_list, m_minutes, m_reason })
        w->installEventFilter(this);

    // The time left counts down while the dialog is open.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &BailleurSessionsDialog::refresh);
    tick->start(1000);
    refresh();
    m_list->setFocus(Qt::OtherFocusReason);
}

QString BailleurSessionsDialog::errorText() const
{
    return m_error->text();
}

QString BailleurSessionsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void BailleurSessionsDialog::refresh()
{
    const QString selected = selectedId();
    const QDateTime now = m_backend.now();
    m_list->clear();
    for (const records::BailleurSession &s : m_backend.open()) {
        QStringList cameras;
        for (int n : s.cameras)
            cameras.append(QString::number(n));
        auto *item = new QTreeWidgetItem(
            m_list,
            { m_backend.landlord(s.convention), cameras.join(QStringLiteral(", ")),
              QLocale().toString(s.openedAt, QStringLiteral("HH:mm:ss")), s.openedBy,
              remainingText(now.secsTo(s.endsAt)), QString::number(s.extensions.size()) });
        item->setData(0, Qt::UserRole, s.id);
        if (s.id == selected || (selected.isEmpty() && m_list->topLevelItemCount() == 1))
            m_list->setCurrentItem(item);
    }
    if (m_list->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_list, { tr("No session open.") });
        none->setFlags(Qt::NoItemFlags);
    }
}

void BailleurSessionsDialog::extendSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_error->setText(tr("Select a session first."));
        return;
    }
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("An extension is a decision of its own: type its reason."));
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto extended = m_backend.extend(id, m_minutes->value(), reason);
    m_error->setText(extended.ok() ? QString() : extended.error());
    if (extended.ok())
        m_reason->clear();
    refresh();
}

void BailleurSessionsDialog::closeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_error->setText(tr("Select a session first."));
        return;
    }
    const Status closed = m_backend.close(id, m_reason->text().trimmed());
    m_error->setText(closed.ok() ? QString() : closed.error());
    if (closed.ok())
        m_reason->clear();
    refresh();
}

bool BailleurSessionsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (ctrl && key->key() == Qt::Key_E) {
        extendSelected();
        return true;
    }
    if (ctrl && key->key() == Qt::Key_N) {
        m_alert = true;
        accept();
        return true;
    }
    if (watched == m_list && key->key() == Qt::Key_Delete) {
        closeSelected();
        return true;
    }
    if (enter && watched == m_list) {
        m_show = selectedId();
        if (!m_show.isEmpty())
            accept();
        return true;
    }
    if (enter && watched == m_reason) {
        extendSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace vigie::widgets
