// The plan under the camera map: a local image (PNG, JPEG or SVG) of the commune and the
// latitude/longitude of its corners, read from vigie.conf ([map] image, north, south, west,
// east). The CSU network is closed: the plan is a file on this workstation, never online tiles.
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace vigie::widgets {

// A north-up rectangle in WGS 84 degrees.
struct GeoBounds
{
    double north = 0;
    double south = 0;
    double west = 0;
    double east = 0;

    bool contains(double latitude, double longitude) const
    {
        return latitude <= north && latitude >= south && longitude >= west && longitude <= east;
    }
};

// Degrees to the plan's pixels. Linear in latitude and longitude: over a commune (a few km) the
// plan's own projection (Lambert-93, Web Mercator) departs from it by far less than a marker.
class MapProjection
{
public:
    MapProjection() = default;
    MapProjection(const GeoBounds &bounds, const QSizeF &size) : m_bounds(bounds), m_size(size) { }

    QPointF toPlan(double latitude, double longitude) const
    {
        return { (longitude - m_bounds.west) / (m_bounds.east - m_bounds.west) * m_size.width(),
                 (m_bounds.north - latitude) / (m_bounds.north - m_bounds.south)
                     * m_size.height() };
    }
    const GeoBounds &bounds() const { return m_bounds; }
    QSizeF size() const { return m_size; }

private:
    GeoBounds m_bounds;
    QSizeF m_size;
};

struct MapPlan
{
    Q_DECLARE_TR_FUNCTIONS(vigie::widgets::MapPlan)
public:
    QString imagePath; // empty: a plain background
    std::optional<GeoBounds> bounds; // none: taken from the cameras themselves
    // What is wrong with the configuration, in the operator's language; the map still opens.
    QStringList problems;

    static MapPlan fromSettings(const QSettings &settings);
};

} // namespace vigie::widgets
