#include "widgets/camera_mime.h"

#include <QMimeData>
#include <QStringList>

namespace vigie::widgets {

QMimeData *cameraMimeData(const QList<int> &cameraNumbers)
{
    QStringList parts;
    for (int number : cameraNumbers)
        parts.append(QString::number(number));
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kCameraMimeType), parts.join(QLatin1Char(',')).toLatin1());
    return mime;
}

QList<int> camerasFromMime(const QMimeData *mime)
{
    QList<int> numbers;
    if (!mime || !mime->hasFormat(QLatin1String(kCameraMimeType)))
        return numbers;
    for (const QByteArray &part : mime->data(QLatin1String(kCameraMimeType)).split(',')) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (ok && number > 0)
            numbers.append(number);
    }
    return numbers;
}

} // namespace vigie::widgets
