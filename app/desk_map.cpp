// The desk's side of the camera map: its window, its clicks onto the focused tile (the camera
// tree's path), the alarms' colours from the analytics' log.
#include "app/desk.h"

#include "app/alarm_desk.h"
#include "app/main_window.h"
#include "app/map_window.h"
#include "core/analytics/alarm_log.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "widgets/camera_map.h"

#include <QSet>
#include <QSettings>

namespace vigie::app {

void Desk::openMap(bool activate)
{
    if (!m_map) {
        QList<cameras::Camera> retired;
        if (m_services) {
            for (const cameras::Camera &camera : m_services->directory.cameras()) {
                if (camera.retired)
                    retired.append(camera);
            }
        }
        auto *map
            = new widgets::CameraMap(m_board, widgets::MapPlan::fromSettings(*m_settings), retired);
        // A click on the map is the tree's Enter: the camera on the focused tile.
        connect(map, &widgets::CameraMap::cameraActivated, m_main, &MainWindow::cameraActivated);
        m_map = new MapWindow(map, m_settings);
        for (const QString &problem : map->problem().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            m_main->logEvent(problem);
    }
    refreshMapAlarms();
    m_map->open(activate);
}

void Desk::refreshMapAlarms()
{
    if (!m_map || !m_services)
        return;
    QSet<int> inAlarm;
    if (m_alarms) {
        // The alarms desk has just read the open alarms (with their pictures): not twice.
        const QHash<int, QString> badges = m_alarms->badges();
        for (auto it = badges.cbegin(); it != badges.cend(); ++it)
            inAlarm.insert(it.key());
    } else {
        const analytics::AlarmLog log(m_services->db, m_services->journal);
        for (const analytics::Alarm &alarm : log.list(true))
            inAlarm.insert(alarm.camera);
    }
    m_map->map()->setCamerasInAlarm(inAlarm);
}

} // namespace vigie::app
