// The control-room look: dark, low glare, and states that stand out (live, lost, alarm).
#pragma once

#include "core/cameras/stream_state.h"

#include <QColor>

class QApplication;

namespace vigie::widgets {

namespace colors {
inline const QColor background { 0x12, 0x14, 0x17 };
inline const QColor panel { 0x1b, 0x1e, 0x22 };
inline const QColor tile { 0x0b, 0x0c, 0x0e };
inline const QColor text { 0xc9, 0xcd, 0xd2 };
inline const QColor dimText { 0x7d, 0x84, 0x8c };
inline const QColor accent { 0x3d, 0x8b, 0xd9 };
inline const QColor live { 0x2e, 0xcc, 0x71 };
inline const QColor warning { 0xf0, 0xa5, 0x1e };
inline const QColor lost { 0xe5, 0x48, 0x3b };
inline const QColor alarm { 0xff, 0x2d, 0x55 };
// The keyboard focus, on tiles and every other widget: no state or badge uses it.
inline const QColor focus { 0x00, 0xe5, 0xff };
// A bailleur's camera, viewed only under a session: a colour no other state uses.
inline const QColor bailleur { 0xb0, 0x6a, 0xe8 };
} // namespace colors

void applyTheme(QApplication &app);
// The style sheet applyTheme() installs: among others, a focus frame on every focusable widget.
QString themeStyleSheet();
QColor severityColor(cameras::StateSeverity severity);

} // namespace vigie::widgets
