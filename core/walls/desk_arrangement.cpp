#include "core/walls/desk_arrangement.h"

#include "core/walls/wall_layout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace vigie::walls {
namespace {

QJsonObject wallToJson(const WallState &wall)
{
    QJsonArray cameras;
    for (int number : wall.cameras)
        cameras.append(number);
    QJsonObject object { { QStringLiteral("layout"), wall.layout },
                         { QStringLiteral("cameras"), cameras } };
    if (!wall.tours.isEmpty()) {
        QJsonArray tours;
        for (const Tour &tour : wall.tours)
            tours.append(tour.toJson());
        object.insert(QStringLiteral("tours"), tours);
    }
    return object;
}

WallState wallFromJson(const QJsonObject &object)
{
    WallState wall;
    const QString layout = object.value(QStringLiteral("layout")).toString();
    if (layoutByName(layout))
        wall.layout = layout;
    for (const QJsonValue &value : object.value(QStringLiteral("cameras")).toArray())
        wall.cameras.append(qMax(0, value.toInt()));
    for (const QJsonValue &value : object.value(QStringLiteral("tours")).toArray()) {
        const Tour tour = Tour::fromJson(value.toObject());
        if (tour.isValid())
            wall.tours.append(tour);
    }
    return wall;
}

QString settingsKey(const QString &login)
{
    return QStringLiteral("operators/%1/desk").arg(login.toLower());
}

} // namespace

int WallState::tileCount() const
{
    return layoutByName(layout).value_or(*layoutByName(QStringLiteral("2x2"))).tileCount();
}

QList<int> WallState::shownCameras() const
{
    QList<int> shown = cameras.mid(0, tileCount());
    while (shown.size() < tileCount())
        shown.append(0);
    return shown;
}

QList<int> WallState::hiddenCameras() const
{
    return cameras.mid(tileCount());
}

bool WallState::setLayout(const QString &name)
{
    if (!layoutByName(name))
        return false;
    layout = name;
    // Tile tours follow their tile: those beyond the new layout end (a wall tour pages anew).
    tours.removeIf([this](const Tour &tour) { return tour.tile >= tileCount(); });
    return true;
}

QByteArray DeskArrangement::toJson() const
{
    QJsonObject wallObjects;
    for (auto it = walls.cbegin(); it != walls.cend(); ++it)
        wallObjects.insert(it.key(), wallToJson(it.value()));
    QJsonArray without;
    QStringList sorted(screensWithoutWall.cbegin(), screensWithoutWall.cend());
    sorted.sort();
    for (const QString &name : sorted)
        without.append(name);
    const QJsonObject root { { QStringLiteral("version"), 1 },
                             { QStringLiteral("mainPane"), wallToJson(mainPane) },
                             { QStringLiteral("walls"), wallObjects },
                             { QStringLiteral("screensWithoutWall"), without } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

DeskArrangement DeskArrangement::fromJson(const QByteArray &json)
{
    DeskArrangement arrangement;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return arrangement;
    const QJsonObject root = document.object();
    arrangement.mainPane = wallFromJson(root.value(QStringLiteral("mainPane")).toObject());
    const QJsonObject walls = root.value(QStringLiteral("walls")).toObject();
    for (auto it = walls.constBegin(); it != walls.constEnd(); ++it)
        arrangement.walls.insert(it.key(), wallFromJson(it.value().toObject()));
    for (const QJsonValue &value : root.value(QStringLiteral("screensWithoutWall")).toArray())
        arrangement.screensWithoutWall.insert(value.toString());
    return arrangement;
}

void saveArrangement(QSettings &settings, const QString &login, const DeskArrangement &arrangement)
{
    settings.setValue(settingsKey(login), QString::fromUtf8(arrangement.toJson()));
    settings.sync();
}

bool hasArrangement(QSettings &settings, const QString &login)
{
    return settings.contains(settingsKey(login));
}

DeskArrangement loadArrangement(QSettings &settings, const QString &login)
{
    return DeskArrangement::fromJson(settings.value(settingsKey(login)).toString().toUtf8());
}

} // namespace vigie::walls
