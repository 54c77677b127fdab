// A tour (séquence): one tile, or a whole wall, cycling through a list of cameras every few
// seconds, pausable. Pure state saved with the wall; the wall's timer moves it on.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigie::walls {

struct Tour
{
    static constexpr int kMinPeriod_s = 3; // under this an operator cannot follow a picture
    static constexpr int kMaxPeriod_s = 3600;

    QList<int> cameras; // camera numbers, in the order shown
    int period_s = 10;
    int tile = -1; // the tile that cycles; -1: the whole wall pages through the list
    bool paused = false;
    int position = 0; // index in `cameras` of the first camera on screen

    bool isWallTour() const { return tile < 0; }
    bool isValid() const { return !cameras.isEmpty() && period_s >= kMinPeriod_s; }
    // What the tour puts on screen now: the camera for a tile tour; for a wall tour one camera
    // per tile, wrapping round the list (a list shorter than the wall shows each camera once).
    QList<int> page(int tileCount) const;
    // Moves to the next camera (tile) or the next page (wall); the list wraps round.
    void advance(int tileCount);
    // Whether the tour has anything to cycle through on a wall of tileCount tiles.
    bool moves(int tileCount) const;

    QJsonObject toJson() const;
    // Damaged content gives an invalid tour, which the wall ignores.
    static Tour fromJson(const QJsonObject &object);

    bool operator==(const Tour &other) const = default;
};

// "1, 4-7, 12" -> {1, 4, 5, 6, 7, 12}; a camera twice stays once. On a malformed entry, returns
// nothing and *error (when given) names it, in the operator's language.
QList<int> parseCameraList(const QString &text, QString *error = nullptr);
// The reverse, with ranges folded: {1, 4, 5, 6, 7, 12} -> "1, 4-7, 12".
QString formatCameraList(const QList<int> &cameras);

} // namespace vigie::walls
