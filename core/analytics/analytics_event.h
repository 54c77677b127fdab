// What a detector says: an alarm for the operators (intrusion, saturation, abandoned car,
// wrong-way, loitering) or a measurement (a line crossed, the lane's occupancy over an
// interval, a parked vehicle first seen or checked again).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace vigie::analytics {

struct AnalyticsEvent
{
    // "intrusion", "crossing", "occupancy", "saturation", "saturation_end", "stationary_seen",
    // "stationary_check", "stationary", "wrongway", "loitering", "gathering", and "watched" (a
    // stretch of time a live line watched, see Detector::setWatchTold).
    QString type;
    bool alarm = false; // for the operators (and subject to the schedule), not a measurement
    qint64 t_ms = 0; // the picture's time
    QString direction; // crossing: left_to_right, right_to_left, top_to_bottom, bottom_to_top
    int track = -1; // the tracked object, where there is one
    double value = 0; // occupancy share, similarity of a re-check, objects in a gathering
    QJsonObject details;
    // An alarm's picture, JPEG or PNG (QImage reads either): the live picture, or for the
    // stationary detector the one taken when the vehicle was first seen.
    QByteArray picture;

    QJsonObject toJson() const;
};

} // namespace vigie::analytics

Q_DECLARE_METATYPE(vigie::analytics::AnalyticsEvent)
