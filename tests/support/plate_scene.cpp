#include "tests/support/plate_scene.h"

#include <QPainter>

namespace vigie::test {

QImage sceneWithPlate(const QString &text, const QRect &where)
{
    QImage scene(1280, 720, QImage::Format_RGB32);
    scene.fill(QColor(96, 100, 104)); // asphalt
    QPainter p(&scene);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(where.adjusted(-60, -40, 60, 80), QColor(150, 20, 25)); // the car's bumper
    p.setPen(QPen(Qt::black, 2));
    p.setBrush(Qt::white);
    p.drawRoundedRect(where, 6, 6);
    const int band = where.height() * 4 / 10;
    const QColor blue(0, 51, 153);
    p.fillRect(QRect(where.left() + 2, where.top() + 2, band, where.height() - 4), blue);
    p.fillRect(QRect(where.right() - band - 1, where.top() + 2, band, where.height() - 4), blue);
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setBold(true);
    font.setPixelSize(where.height() * 7 / 10);
    p.setFont(font);
    p.setPen(Qt::white);
    QFont small = font;
    small.setPixelSize(where.height() / 3);
    p.setFont(small);
    p.drawText(QRect(where.left(), where.bottom() - where.height() / 2, band, where.height() / 2),
               Qt::AlignCenter, QStringLiteral("F"));
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(where.adjusted(band + 4, 0, -band - 4, 0), Qt::AlignCenter, text);
    return scene;
}

} // namespace vigie::test
