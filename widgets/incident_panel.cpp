#include "widgets/incident_panel.h"

#include "widgets/theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::widgets {

IncidentPanel::IncidentPanel(records::IncidentTypology typology, Search search, QWidget *parent)
    : QWidget(parent), m_typology(std::move(typology)), m_searchFn(std::move(search))
{
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("emptyState"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the main courante"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_new = new QPushButton(tr("New incident (F2)"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_new);
    layout->addWidget(m_scope);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    connect(m_new, &QPushButton::clicked, this, &IncidentPanel::newIncidentRequested);
    // Search as the operator types, without a query per keystroke.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(debounce, &QTimer::timeout, this, &IncidentPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit incidentActivated(item->data(Qt::UserRole).toString());
    });
    refresh();
}

void IncidentPanel::setShift(const QString &shiftId, const QString &label)
{
    m_shiftId = shiftId;
    m_scope->setText(shiftId.isEmpty() ? tr("No shift open: the last 24 hours.")
                                       : tr("Shift: %1").arg(label));
    refresh();
}

int IncidentPanel::count() const
{
    int incidents = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->data(Qt::UserRole).toString().isEmpty())
            ++incidents;
    }
    return incidents;
}

void IncidentPanel::refresh()
{
    records::IncidentFilter filter;
    filter.text = m_search->text().trimmed();
    if (filter.text.isEmpty()) {
        if (!m_shiftId.isEmpty())
            filter.shiftId = m_shiftId;
        else
            filter.from = QDateTime::currentDateTime().addDays(-1);
    }
    filter.limit = 200;
    m_list->clear();
    for (const records::Incident &incident : m_searchFn(filter)) {
        QString category = m_typology.label(incident.draft.category);
        if (!incident.draft.subcategory.isEmpty())
            category += QStringLiteral(" / ") + m_typology.label(incident.draft.subcategory);
        QString text = QStringLiteral("%1  %2  %3")
                           .arg(incident.draft.occurredAt.toString(QStringLiteral("HH:mm")),
                                incident.number, category);
        if (incident.draft.cameraNumber > 0)
            text += QStringLiteral("  — ")
                + tr("camera %1").arg(incident.draft.cameraNumber, 3, 10, QLatin1Char('0'));
        text += QLatin1Char('\n') + incident.draft.description;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, incident.id);
        const bool closed = incident.status == records::Incident::Status::Closed;
        item->setForeground(closed ? colors::dimText : colors::text);
        if (incident.concurrentEdits)
            item->setToolTip(tr("Edited on two workstations at once: check the journal."));
    }
    if (m_list->count() == 0) {
        auto *empty = new QListWidgetItem(
            filter.text.isEmpty() ? tr("No incident yet.") : tr("Nothing found."), m_list);
        empty->setFlags(Qt::NoItemFlags);
    }
}

} // namespace vigie::widgets
