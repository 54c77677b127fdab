#include "widgets/camera_search.h"

#include "core/cameras/camera.h"

#include <QStringList>

namespace vigie::widgets {

QString cameraSearchText(const cameras::Camera &camera)
{
    return QStringList { camera.title(), camera.address, camera.place, camera.zone }.join(
        QLatin1Char('\n'));
}

bool cameraMatches(const cameras::Camera &camera, const QString &query)
{
    const QString needle = query.trimmed();
    return !needle.isEmpty() && cameraSearchText(camera).contains(needle, Qt::CaseInsensitive);
}

} // namespace vigie::widgets
