// The desk's alarms: built once the main window exists; the walls are asked for as they are.
#include "app/alarm_desk.h"
#include "app/alarm_sound.h"
#include "app/desk.h"
#include "app/main_window.h"
#include "app/wall_window.h"

#include <QSettings>

namespace vigie::app {

void Desk::setUpAlarms()
{
    // `[analytics] alarm_monitor`: the monitor (screen name) whose wall shows an alarm's camera;
    // without it, or while that monitor carries no wall, the wall the operator works on.
    const QString monitor = m_settings->value(QStringLiteral("analytics/alarm_monitor")).toString();
    m_alarms = new AlarmDesk(
        m_session, *m_services, m_main, [this] { return allWalls(); },
        [this, monitor]() -> widgets::WallView * {
            if (!monitor.isEmpty()) {
                if (WallWindow *wall = wallOn(monitor))
                    return wall->wall();
            }
            return currentWall();
        },
        std::make_unique<QtAlarmSound>(), this);
    connect(m_alarms, &AlarmDesk::badgesChanged, this, &Desk::refreshMapAlarms);
}

} // namespace vigie::app
