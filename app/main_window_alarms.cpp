// The main window's alarms list: a dock above the events, F8 to reach it, Shift+F8 to go to the
// newest alarm's camera from anywhere. The list's own keys (Enter, A, S, I) are written on its
// buttons; F1's screen has no room left for another line.
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

    // In the View menu: a menu of its own would cost F1's screen two more lines than it has.
    QMenu *menu = nullptr;
    for (QAction *action : menuBar()->actions()) {
        if (action->menu() && action->menu()->title() == tr("&View"))
            menu = action->menu();
    }
    if (!menu)
        menu = menuBar()->addMenu(tr("&Alarms"));
    menu->addSeparator();
    connect(addShortcutAction(menu, tr("&Alarms list"), QKeySequence(tr("F8"))),
            &QAction::triggered, this, [this] {
                activateWindow();
                m_alarms->focusList();
            });
    connect(
        addShortcutAction(menu, tr("&Camera of the newest alarm"), QKeySequence(tr("Shift+F8"))),
        &QAction::triggered, this, &MainWindow::alarmJumpRequested);
}

} // namespace vigie::app
