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
    // Camera number per tile, 0 for an empty tile. Past the layout's tile count: the cameras of
    // tiles that a smaller layout hides, kept so that a larger layout brings them back.
    QList<int> cameras;
    QList<Tour> tours {}; // at most one wall tour, or tile tours on distinct tiles

    bool operator==(const WallState &other) const = default;

    int tileCount() const; // of the layout (a 2x2 for an unknown name)
    QList<int> shownCameras() const; // one per tile
    QList<int> hiddenCameras() const; // kept for a larger layout, in tile order
    // Switches to another layout without losing a camera; false (unchanged) for an unknown name.
    bool setLayout(const QString &name);
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
