// Drag and drop of cameras (from the tree, or a tile being moved) between views.
#pragma once

#include <QList>

class QMimeData;

namespace vigie::widgets {

inline constexpr const char *kCameraMimeType = "application/x-vigie-cameras";
inline constexpr const char *kTileMimeType = "application/x-vigie-tile";

QMimeData *cameraMimeData(const QList<int> &cameraNumbers);
QList<int> camerasFromMime(const QMimeData *mime);

} // namespace vigie::widgets
