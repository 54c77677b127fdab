// A camera of the directory: its number (what operators call it by), place and streams.
#pragma once

#include <QString>
#include <QUrl>

namespace vigie::cameras {

struct CameraGroup
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0: top level
};

struct Camera
{
    qint64 id = 0;
    int number = 0;
    QString name;
    qint64 groupId = 0;
    QString place;
    QString inseeCode;
    QUrl mainUrl;
    QUrl subUrl; // empty: the camera has a single stream
    QString transport = QStringLiteral("tcp");
    int retentionDays = 30;
    bool ptz = false;
    bool enabled = true;

    // "012 Parvis de la gare"
    QString title() const
    {
        return QStringLiteral("%1 %2").arg(number, 3, 10, QLatin1Char('0')).arg(name);
    }
};

} // namespace vigie::cameras
