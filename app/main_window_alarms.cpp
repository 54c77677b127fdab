// The main window's alarms list: a dock above the events, F8 to reach it, Shift+F8 to go to the
// newest alarm's camera from anywhere.
#include "app/main_window.h"
#include "widgets/alarm_list_view.h"

#include <QDockWidget>
#include <QMenuBar>

namespace vigie::app {

void MainWindow::buildAlarms()
{
    m_alarms = new widgets::AlarmListView(this);
    auto *dock = new QDockWidget(tr("Alarms"), this);
    dock->setObjectName(QStringLiteral("alarmsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(m_alarms);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    // First of the right-hand column: an alarm is what the operator must see first.
    auto *events = findChild<QDockWidget *>(QStringLiteral("eventsDock"));
    auto *incidents = findChild<QDockWidget *>(QStringLiteral("incidentsDock"));
    if (events && incidents) {
        splitDockWidget(dock, events, Qt::Vertical);
        splitDockWidget(events, incidents, Qt::Vertical);
    }

    QMenu *menu = menuBar()->addMenu(tr("&Alarms"));
    connect(addShortcutAction(menu, tr("&Alarms list"), QKeySequence(tr("F8"))),
            &QAction::triggered, this, [this] {
                activateWindow();
                m_alarms->focusList();
            });
    connect(
        addShortcutAction(menu, tr("&Camera of the newest alarm"), QKeySequence(tr("Shift+F8"))),
        &QAction::triggered, this, &MainWindow::alarmJumpRequested);
    const QString section = tr("Alarms list");
    m_shortcuts.append({ QKeySequence(), tr("Enter"), tr("Show the alarm's camera"), section });
    m_shortcuts.append(
        { QKeySequence(), tr("A"), tr("Acknowledge the alarm, with a comment"), section });
    m_shortcuts.append({ QKeySequence(), tr("S"),
                         tr("Snooze the alarm on this desk (silenced and hidden)"), section });
    m_shortcuts.append({ QKeySequence(), tr("I"),
                         tr("Create an incident from the alarm, with its picture"), section });
}

} // namespace vigie::app
