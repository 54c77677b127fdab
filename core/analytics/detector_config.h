// What a supervisor sets for one detector of one camera: its kind, the zone or line drawn on the
// picture (normalised coordinates, 0..1 from the top left), the schedule it watches, its
// sensitivity and thresholds. The same struct is journaled (toJson), synced, read back and fed to
// the detectors; check() refuses what no detector could honour, in the operator's language.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace vigie::analytics {

enum class DetectorKind { Intrusion, Line, Occupancy, Stationary, WrongWay, Loitering };

// "intrusion", "line", "occupancy", "stationary", "wrongway", "loitering".
QString kindName(DetectorKind kind);
std::optional<DetectorKind> kindFromName(const QString &name);

// The direction an object crossing `line` from `fromSide` goes (+1: the left of p1->p2 in the
// picture, y down): "left_to_right", "right_to_left", "top_to_bottom", "bottom_to_top".
QString crossingDirection(const QLineF &line, int fromSide);

// The configuration format this version writes and reads; a newer one is refused, not guessed.
inline constexpr int kConfigFormat = 1;

// When a detector raises alarms: windows of the week, each on some days (1 Monday .. 7 Sunday)
// from one minute of the day to another (a window past midnight belongs to the day it starts).
// Empty: always. Outside its windows a detector still learns the scene, and says nothing.
struct Schedule
{
    struct Window
    {
        QList<int> days; // 1..7
        int start_min = 0; // 0..1439
        int end_min = 1440; // 1..1440; below start_min: runs past midnight
        bool operator==(const Window &) const = default;
    };
    QList<Window> windows;

    bool covers(const QDateTime &local) const;
    // "18:00-07:30@1-5;00:00-24:00@6,7": time range, then days (all when absent).
    static Result<Schedule> parse(const QString &text);
    QString toString() const;
    bool operator==(const Schedule &) const = default;
};

struct DetectorConfig
{
    Q_DECLARE_TR_FUNCTIONS(vigie::analytics::DetectorConfig)
public:
    int format = kConfigFormat;
    int camera = 0;
    QString name; // unique per camera: "portail-ecole", "sortie-a86"
    DetectorKind kind = DetectorKind::Intrusion;
    QList<QPointF> zone; // a polygon; the whole picture when empty
    QLineF line; // the counting line (line crossing)
    // Line crossing: not used. Wrong-way: the lane's lawful direction of traffic in the picture,
    // in degrees (0 right, 90 down, 180 left, 270 up).
    double direction_deg = 0;
    double sensitivity = 0.5; // 0..1: higher fires on smaller, fainter things
    double minArea = 0.002; // smallest object, as a share of the picture
    double minDuration_s = 1.0; // an intrusion or a wrong-way motion held this long
    double threshold = 0.6; // occupancy: share of the lane that saturates it
    double hold_s = 120; // occupancy: saturation held this long raises the alarm
    double stationary_s = 7 * 24 * 3600.0; // R417-12: 7 days, or less by local order
    double recheck_s = 3600; // stationary: one comparison of the zone per interval
    double loiter_s = 300; // loitering: in the zone this long
    int minObjects = 1; // loitering: that many at once (a gathering when above 1)
    double interval_s = 60; // counts and occupancy are reported per interval
    Schedule schedule;
    bool enabled = true;

    // Success, or what is wrong: a zone or line outside the picture, a degenerate polygon, a
    // threshold out of bounds, a newer format.
    Status check() const;
    QJsonObject toJson() const;
    // Any JSON object: check() says whether it is usable.
    static DetectorConfig fromJson(const QJsonObject &json);

    // "X,Y;X,Y;..." and "X1,Y1,X2,Y2" (dots as decimal separators).
    static Result<QList<QPointF>> parseZone(const QString &text);
    static Result<QLineF> parseLine(const QString &text);
    // Degrees, or right|down|left|up (droite|bas|gauche|haut).
    static Result<double> parseDirection(const QString &text);
};

} // namespace vigie::analytics
