// What an operator arranged on the desk: the layout and cameras of each wall (by monitor name)
// and of the main window's wall pane, and the monitors chosen to carry no wall. Saved per
// operator and restored at the next login.
#pragma once

#include "core/walls/tour.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QSettings;

namespace vigie::walls {

struct WallState
{
    QString layout = QStringLiteral("2x2");
    QList<int> cameras; // camera number per tile, 0 for an empty tile
    QList<Tour> tours {}; // at most one wall tour, or tile tours on distinct tiles

    bool operator==(const WallState &other) const = default;
};

struct DeskArrangement
{
    WallState mainPane;
    QHash<QString, WallState> walls; // by screen name
    QSet<QString> screensWithoutWall;

    bool operator==(const DeskArrangement &other) const = default;

    QByteArray toJson() const;
    // Unknown or damaged content yields a default arrangement, never a failure at login.
    static DeskArrangement fromJson(const QByteArray &json);
};

void saveArrangement(QSettings &settings, const QString &login, const DeskArrangement &arrangement);
DeskArrangement loadArrangement(QSettings &settings, const QString &login);
bool hasArrangement(QSettings &settings, const QString &login);

} // namespace vigie::walls
