#include "widgets/sync_status_widget.h"

#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace vigie::widgets {
namespace {

QColor stateColor(sync::SyncStatus::State state)
{
    switch (state) {
    case sync::SyncStatus::State::Connected:
        return colors::live;
    case sync::SyncStatus::State::Connecting:
    case sync::SyncStatus::State::Offline:
        return colors::warning;
    case sync::SyncStatus::State::Refused:
        return colors::lost;
    case sync::SyncStatus::State::Disabled:
        break;
    }
    return colors::dimText;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_dot = new QLabel(QStringLiteral("●"), this);
    m_text = new QLabel(this);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setStatus(m_status);
}

void SyncStatusWidget::setStatus(const sync::SyncStatus &status)
{
    m_status = status;
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(stateColor(status.state).name()));
    m_text->setText(status.text());
    setToolTip(status.details());
}

QString SyncStatusWidget::text() const
{
    return m_text->text();
}

} // namespace vigie::widgets
