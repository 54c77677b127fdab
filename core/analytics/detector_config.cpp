#include "core/analytics/detector_config.h"

#include <QJsonArray>
#include <QStringList>
#include <QTime>

#include <cmath>

namespace vigie::analytics {
namespace {

struct KindName
{
    DetectorKind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    { DetectorKind::Intrusion, "intrusion" }, { DetectorKind::Line, "line" },
    { DetectorKind::Occupancy, "occupancy" }, { DetectorKind::Stationary, "stationary" },
    { DetectorKind::WrongWay, "wrongway" },   { DetectorKind::Loitering, "loitering" },
};

bool inPicture(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && p.x() >= 0 && p.x() <= 1 && p.y() >= 0
        && p.y() <= 1;
}

QString pointText(const QPointF &p)
{
    return QStringLiteral("(%1 ; %2)").arg(p.x()).arg(p.y());
}

Result<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Result<double>::failure(
            DetectorConfig::tr("\"%1\" is not a number.").arg(text.trimmed()));
    return value;
}

// Twice the signed area of a polygon (shoelace).
double doubleArea(const QList<QPointF> &polygon)
{
    double sum = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon[i];
        const QPointF &b = polygon[(i + 1) % polygon.size()];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum;
}

Result<int> minuteOfDay(const QString &text)
{
    if (text.trimmed() == QLatin1String("24:00"))
        return 1440;
    const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("HH:mm"));
    if (!time.isValid())
        return Result<int>::failure(
            DetectorConfig::tr("\"%1\" is not a time of day (HH:MM).").arg(text.trimmed()));
    return time.hour() * 60 + time.minute();
}

} // namespace

QString crossingDirection(const QLineF &line, int fromSide)
{
    // Side +1 is to the left of p1->p2 in picture coordinates (y down): the normal (dy, -dx).
    const double nx = line.dy() * -fromSide;
    const double ny = -line.dx() * -fromSide;
    if (std::abs(nx) >= std::abs(ny))
        return nx > 0 ? QStringLiteral("left_to_right") : QStringLiteral("right_to_left");
    return ny > 0 ? QStringLiteral("top_to_bottom") : QStringLiteral("bottom_to_top");
}

QString kindName(DetectorKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QString();
}

std::optional<DetectorKind> kindFromName(const QString &name)
{
    for (const KindName &k : kKinds) {
        if (name.trimmed().compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

bool Schedule::covers(const QDateTime &local) const
{
    if (windows.isEmpty())
        return true;
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int day = local.date().dayOfWeek();
    const int yesterday = day == 1 ? 7 : day - 1;
    for (const Window &w : windows) {
        if (w.end_min > w.start_min) {
            if (w.days.contains(day) && minute >= w.start_min && minute < w.end_min)
                return true;
        } else {
            // Past midnight: the evening of its day, or the small hours of the next.
            if (w.days.contains(day) && minute >= w.start_min)
                return true;
            if (w.days.contains(yesterday) && minute < w.end_min)
                return true;
        }
    }
    return false;
}

Result<Schedule> Schedule::parse(const QString &text)
{
    Schedule schedule;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList timeAndDays = part.trimmed().split(QLatin1Char('@'));
        const QStringList range = timeAndDays.value(0).split(QLatin1Char('-'));
        if (range.size() != 2 || timeAndDays.size() > 2)
            return Result<Schedule>::failure(
                DetectorConfig::tr("\"%1\" is not a schedule window (HH:MM-HH:MM@DAYS, days 1 "
                                   "Monday to 7 Sunday, as 1-5 or 6,7).")
                    .arg(part.trimmed()));
        Window w;
        const auto start = minuteOfDay(range[0]);
        const auto end = minuteOfDay(range[1]);
        if (!start.ok() || !end.ok())
            return Result<Schedule>((start.ok() ? end.status() : start.status()));
        if (start.value() == 1440 || start.value() == end.value())
            return Result<Schedule>::failure(
                DetectorConfig::tr("The schedule window \"%1\" is empty.").arg(part.trimmed()));
        w.start_min = start.value();
        w.end_min = end.value();
        const QString days = timeAndDays.value(1, QStringLiteral("1-7"));
        for (const QString &item : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList bounds = item.split(QLatin1Char('-'));
            bool okFirst = false;
            bool okLast = bounds.size() == 1;
            const int first = bounds.value(0).trimmed().toInt(&okFirst);
            const int last = bounds.size() == 2 ? bounds[1].trimmed().toInt(&okLast) : first;
            if (!okFirst || !okLast || bounds.size() > 2 || first < 1 || last > 7 || first > last)
                return Result<Schedule>::failure(
                    DetectorConfig::tr("\"%1\" is not a day or a range of days (1 Monday to 7 "
                                       "Sunday).")
                        .arg(item.trimmed()));
            for (int d = first; d <= last; ++d) {
                if (!w.days.contains(d))
                    w.days.append(d);
            }
        }
        schedule.windows.append(w);
    }
    return schedule;
}

QString Schedule::toString() const
{
    QStringList parts;
    for (const Window &w : windows) {
        const auto hhmm = [](int m) {
            return QStringLiteral("%1:%2")
                .arg(m / 60, 2, 10, QLatin1Char('0'))
                .arg(m % 60, 2, 10, QLatin1Char('0'));
        };
        QStringList days;
        for (int d : w.days)
            days.append(QString::number(d));
        parts.append(hhmm(w.start_min) + QLatin1Char('-') + hhmm(w.end_min) + QLatin1Char('@')
                     + days.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(';'));
}

Status DetectorConfig::check() const
{
    if (format > kConfigFormat)
        return Status::failure(
            tr("This detector configuration was written by a newer version of Vigie (format "
               "%1; this one reads up to %2): update this workstation.")
                .arg(format)
                .arg(kConfigFormat));
    if (camera <= 0)
        return Status::failure(tr("The camera number is missing."));
    if (name.trimmed().isEmpty())
        return Status::failure(tr("The detector needs a name."));
    for (const QPointF &p : zone) {
        if (!inPicture(p))
            return Status::failure(
                tr("The zone's point %1 is outside the picture: coordinates go from 0 to 1, "
                   "from the top left corner.")
                    .arg(pointText(p)));
    }
    if (!zone.isEmpty() && (zone.size() < 3 || std::abs(doubleArea(zone)) < 1e-4))
        return Status::failure(tr("The zone needs at least three points around a surface."));
    if (kind == DetectorKind::Line) {
        if (!inPicture(line.p1()) || !inPicture(line.p2()))
            return Status::failure(
                tr("The line's end %1 is outside the picture: coordinates go from 0 to 1, "
                   "from the top left corner.")
                    .arg(pointText(inPicture(line.p1()) ? line.p2() : line.p1())));
        if (line.length() < 0.02)
            return Status::failure(tr("The counting line is missing or too short."));
    }
    if ((kind == DetectorKind::Stationary || kind == DetectorKind::Occupancy
         || kind == DetectorKind::WrongWay)
        && zone.isEmpty())
        return Status::failure(tr("This detector needs a zone: the lane or the parking places."));
    if (!(sensitivity >= 0 && sensitivity <= 1))
        return Status::failure(tr("The sensitivity goes from 0 to 1."));
    if (!(minArea > 0 && minArea < 1))
        return Status::failure(tr("The smallest object is a share of the picture, above 0 and "
                                  "below 1."));
    if (!(threshold > 0 && threshold <= 1))
        return Status::failure(tr("The occupancy threshold is a share of the lane, above 0 and up "
                                  "to 1."));
    if (!(minDuration_s >= 0 && hold_s >= 0 && loiter_s > 0 && stationary_s > 0 && recheck_s > 0
          && interval_s > 0 && recheck_s <= stationary_s))
        return Status::failure(tr("The durations must be positive, and the re-checks of a parked "
                                  "vehicle more frequent than its threshold."));
    if (minObjects < 1)
        return Status::failure(tr("A gathering needs at least one person."));
    return Status::success();
}

QJsonObject DetectorConfig::toJson() const
{
    QJsonArray points;
    for (const QPointF &p : zone)
        points.append(QJsonArray { p.x(), p.y() });
    QJsonObject json { { QStringLiteral("format"), format },
                       { QStringLiteral("camera"), camera },
                       { QStringLiteral("name"), name.trimmed() },
                       { QStringLiteral("kind"), kindName(kind) },
                       { QStringLiteral("zone"), points },
                       { QStringLiteral("direction_deg"), direction_deg },
                       { QStringLiteral("sensitivity"), sensitivity },
                       { QStringLiteral("min_area"), minArea },
                       { QStringLiteral("min_duration_s"), minDuration_s },
                       { QStringLiteral("threshold"), threshold },
                       { QStringLiteral("hold_s"), hold_s },
                       { QStringLiteral("stationary_s"), stationary_s },
                       { QStringLiteral("recheck_s"), recheck_s },
                       { QStringLiteral("loiter_s"), loiter_s },
                       { QStringLiteral("min_objects"), minObjects },
                       { QStringLiteral("interval_s"), interval_s },
                       { QStringLiteral("schedule"), schedule.toString() },
                       { QStringLiteral("enabled"), enabled } };
    if (kind == DetectorKind::Line)
        json.insert(QStringLiteral("line"),
                    QJsonArray { line.x1(), line.y1(), line.x2(), line.y2() });
    return json;
}

DetectorConfig DetectorConfig::fromJson(const QJsonObject &json)
{
    DetectorConfig c;
    c.format = json.value(QStringLiteral("format")).toInt(kConfigFormat);
    c.camera = json.value(QStringLiteral("camera")).toInt();
    c.name = json.value(QStringLiteral("name")).toString();
    c.kind = kindFromName(json.value(QStringLiteral("kind")).toString())
                 .value_or(DetectorKind::Intrusion);
    for (const QJsonValue &v : json.value(QStringLiteral("zone")).toArray()) {
        const QJsonArray xy = v.toArray();
        c.zone.append(QPointF(xy.at(0).toDouble(-1), xy.at(1).toDouble(-1)));
    }
    const QJsonArray line = json.value(QStringLiteral("line")).toArray();
    if (line.size() == 4)
        c.line = QLineF(line[0].toDouble(), line[1].toDouble(), line[2].toDouble(),
                        line[3].toDouble());
    const auto real = [&](const char *key, double fallback) {
        return json.value(QLatin1String(key)).toDouble(fallback);
    };
    c.direction_deg = real("direction_deg", c.direction_deg);
    c.sensitivity = real("sensitivity", c.sensitivity);
    c.minArea = real("min_area", c.minArea);
    c.minDuration_s = real("min_duration_s", c.minDuration_s);
    c.threshold = real("threshold", c.threshold);
    c.hold_s = real("hold_s", c.hold_s);
    c.stationary_s = real("stationary_s", c.stationary_s);
    c.recheck_s = real("recheck_s", c.recheck_s);
    c.loiter_s = real("loiter_s", c.loiter_s);
    c.minObjects = json.value(QStringLiteral("min_objects")).toInt(c.minObjects);
    c.interval_s = real("interval_s", c.interval_s);
    const auto schedule = Schedule::parse(json.value(QStringLiteral("schedule")).toString());
    if (schedule.ok())
        c.schedule = schedule.value();
    c.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    return c;
}

Result<QList<QPointF>> DetectorConfig::parseZone(const QString &text)
{
    QList<QPointF> points;
    for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList xy = pair.split(QLatin1Char(','));
        if (xy.size() != 2)
            return Result<QList<QPointF>>::failure(
                tr("\"%1\" is not a point X,Y of the zone.").arg(pair.trimmed()));
        const auto x = number(xy[0]);
        const auto y = number(xy[1]);
        if (!x.ok() || !y.ok())
            return Result<QList<QPointF>>(x.ok() ? y.status() : x.status());
        points.append(QPointF(x.value(), y.value()));
    }
    return points;
}

Result<QLineF> DetectorConfig::parseLine(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return Result<QLineF>::failure(tr("\"%1\" is not a line X1,Y1,X2,Y2.").arg(text.trimmed()));
    double v[4] = {};
    for (int i = 0; i < 4; ++i) {
        const auto n = number(parts[i]);
        if (!n.ok())
            return Result<QLineF>(n.status());
        v[i] = n.value();
    }
    return QLineF(v[0], v[1], v[2], v[3]);
}

Result<double> DetectorConfig::parseDirection(const QString &text)
{
    static const QList<QPair<QStringList, double>> names {
        { { QStringLiteral("right"), QStringLiteral("droite") }, 0 },
        { { QStringLiteral("down"), QStringLiteral("bas") }, 90 },
        { { QStringLiteral("left"), QStringLiteral("gauche") }, 180 },
        { { QStringLiteral("up"), QStringLiteral("haut") }, 270 },
    };
    for (const auto &n : names) {
        if (n.first.contains(text.trimmed().toLower()))
            return n.second;
    }
    const auto degrees = number(text);
    if (!degrees.ok())
        return Result<double>::failure(
            tr("\"%1\" is not a direction: degrees (0 right, 90 down) or right, down, left, up.")
                .arg(text.trimmed()));
    return std::fmod(std::fmod(degrees.value(), 360.0) + 360.0, 360.0);
}

} // namespace vigie::analytics
