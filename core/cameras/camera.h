// A camera of the directory: its number (what operators call it by), place and streams.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace vigie::cameras {

struct CameraGroup
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0: top level
};

// Who owns the camera: the commune's own, a social landlord's under a convention (its cameras
// are viewed only on the landlord's request, domain.md), or another partner's.
enum class CameraOwner { Commune, Bailleur, Other };

struct Camera
{
    qint64 id = 0;
    int number = 0;
    QString name;
    qint64 groupId = 0;
    QString place;
    QString zone; // the district or sector the operators know it by
    QString address; // the street address it looks onto
    QString inseeCode;
    std::optional<double> latitude; // WGS 84 degrees; both or neither
    std::optional<double> longitude;
    std::optional<double> bearingDeg; // viewing direction, clockwise from north, [0, 360)
    CameraOwner owner = CameraOwner::Commune;
    QString convention; // the bailleur's convention reference; required for a bailleur's
    // Named by the prefectoral authorisation for video-verbalisation.
    bool verbalisation = false;
    QUrl mainUrl;
    QUrl subUrl; // empty: the camera has a single stream
    QString transport = QStringLiteral("tcp");
    // Its ONVIF device service (http://host/onvif/device_service), without credentials:
    // where PTZ commands go. Empty: not an ONVIF camera, or not known.
    QUrl onvifUrl;
    int retentionDays = 30;
    bool ptz = false;
    bool enabled = true;
    // Retired: kept with its history, never offered to the walls again. Never deleted.
    bool retired = false;

    bool operator==(const Camera &other) const = default;

    // "012 Parvis de la gare"
    QString title() const
    {
        return QStringLiteral("%1 %2").arg(number, 3, 10, QLatin1Char('0')).arg(name);
    }
};

} // namespace vigie::cameras
