#include "widgets/map_plan.h"

#include <QSettings>

namespace vigie::widgets {
namespace {

// A degree value from vigie.conf: a decimal number with a dot or a comma (as the directory's
// CSV writes them), within `limit`.
std::optional<double> degrees(const QSettings &settings, const QString &key, double limit,
                              QStringList &problems)
{
    const QString text = settings.value(key).toString().trimmed();
    bool ok = false;
    const double value = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (text.isEmpty()) {
        problems.append(
            MapPlan::tr("The plan's bounds are incomplete: %1 is missing in vigie.conf.").arg(key));
        return std::nullopt;
    }
    if (!ok || value < -limit || value > limit) {
        problems.append(
            MapPlan::tr("The plan's bound %1 = \"%2\" is not a number of degrees between "
                        "-%3 and %3.")
                .arg(key, text)
                .arg(limit));
        return std::nullopt;
    }
    return value;
}

} // namespace

MapPlan MapPlan::fromSettings(const QSettings &settings)
{
    MapPlan plan;
    plan.imagePath = settings.value(QStringLiteral("map/image")).toString().trimmed();
    const bool anyBound = settings.contains(QStringLiteral("map/north"))
        || settings.contains(QStringLiteral("map/south"))
        || settings.contains(QStringLiteral("map/west"))
        || settings.contains(QStringLiteral("map/east"));
    if (plan.imagePath.isEmpty() && !anyBound)
        return plan; // nothing configured: a plain background around the cameras, no complaint
    if (!anyBound) {
        plan.problems.append(
            MapPlan::tr("The plan %1 has no bounds in vigie.conf (map/north, map/south, "
                        "map/west, map/east): the cameras cannot be placed on it.")
                .arg(plan.imagePath));
        plan.imagePath.clear();
        return plan;
    }
    const auto north = degrees(settings, QStringLiteral("map/north"), 90, plan.problems);
    const auto south = degrees(settings, QStringLiteral("map/south"), 90, plan.problems);
    const auto west = degrees(settings, QStringLiteral("map/west"), 180, plan.problems);
    const auto east = degrees(settings, QStringLiteral("map/east"), 180, plan.problems);
    if (north && south && *north <= *south)
        plan.problems.append(
            MapPlan::tr("The plan's bounds are reversed: map/north (%1) must be greater "
                        "than map/south (%2).")
                .arg(*north)
                .arg(*south));
    if (west && east && *east <= *west)
        plan.problems.append(
            MapPlan::tr("The plan's bounds are reversed: map/east (%1) must be greater "
                        "than map/west (%2).")
                .arg(*east)
                .arg(*west));
    if (plan.problems.isEmpty())
        plan.bounds = GeoBounds { *north, *south, *west, *east };
    else
        plan.imagePath.clear(); // an image placed with wrong bounds would put cameras wrongly
    return plan;
}

} // namespace vigie::widgets
