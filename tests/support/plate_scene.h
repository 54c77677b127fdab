// A street picture with a French plate on a car's bumper, drawn in a plate-like font: what the
// OCR and the verbalisation dialog's tests read plates from.
#pragma once

#include <QImage>
#include <QRect>
#include <QString>

namespace vigie::test {

// White plate, black characters (DejaVu Sans Mono Bold), the blue EU band with its "F" on the
// left and the regional badge on the right, at `where` in a 1280x720 scene.
QImage sceneWithPlate(const QString &text, const QRect &where);

} // namespace vigie::test
