// The desk's side of the camera directory changing while an operator works: whoever changed it
// (this desk's dialog, vigiectl on this machine, an import, another desk through sync), the
// tree, the walls and the map show it at once, without a new login and without losing what
// the operator was doing.
#include "app/desk.h"

#include "app/main_window.h"
#include "app/map_window.h"
#include "core/access/viewing_session.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_status_board.h"
#include "widgets/camera_map.h"
#include "widgets/camera_tree.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <algorithm>

namespace vigie::app {
namespace {

constexpr int kNamedInEvents = 5; // more than this: "and N others"

} // namespace

void Desk::onCamerasChanged(const QList<int> &numbers)
{
    // The views of cameras retired, disabled or given to a landlord end now, with why: those
    // open on a tile of these cameras (the board no longer has a retired one, so the walls'
    // viewed cameras cannot say it).
    QSet<int> before;
    const QList<int> open = m_viewing ? m_viewing->openViews() : QList<int>();
    for (widgets::WallView *wall : allWalls()) {
        for (int i = 0; i < wall->tileCount(); ++i) {
            const int number = wall->tile(i)->cameraNumber();
            if (numbers.contains(number) && open.contains(number))
                before.insert(number);
        }
    }
    endStoppedViews(before, QStringLiteral("directory_changed"),
                    [&numbers](widgets::WallView *wall) { wall->updateCameras(numbers); });
    QList<cameras::Camera> retired;
    QStringList titles;
    QList<int> sorted = numbers;
    std::sort(sorted.begin(), sorted.end());
    for (int number : std::as_const(sorted)) {
        if (const cameras::Camera *camera = m_board->camera(number)) {
            titles.append(camera->title());
            continue;
        }
        const auto camera = m_services ? m_services->directory.byNumber(number)
                                       : std::optional<cameras::Camera>();
        if (camera && camera->retired) {
            retired.append(*camera);
            titles.append(tr("%1 (retired)").arg(camera->title()));
        } else {
            titles.append(QString::number(number));
        }
    }
    m_main->cameraTree()->updateCameras(
        numbers, m_services ? m_services->directory.groups() : QList<cameras::CameraGroup>());
    if (m_map)
        m_map->map()->updateCameras(numbers, retired);
    const int more = int(titles.size()) - kNamedInEvents;
    QString named = titles.mid(0, kNamedInEvents).join(QStringLiteral(", "));
    if (more > 0)
        named = tr("%1 and %n other(s)", nullptr, more).arg(named);
    m_main->logEvent(
        tr("Camera directory changed: %1. The tree, the walls and the map show it.").arg(named));
}

} // namespace vigie::app
