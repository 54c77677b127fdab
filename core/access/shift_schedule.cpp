#include "core/access/shift_schedule.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace vigie::access {
namespace {

constexpr const char *kDefaultSpec = "06:00-14:00,14:00-22:00,22:00-06:00";

QString codeFor(int index, int count)
{
    static const char *const codes[] = { "morning", "afternoon", "night" };
    if (count == 3)
        return QLatin1String(codes[index]);
    return QStringLiteral("shift%1").arg(index + 1);
}

} // namespace

ShiftSchedule ShiftSchedule::defaultSchedule()
{
    return fromSpec(QLatin1String(kDefaultSpec));
}

ShiftSchedule ShiftSchedule::fromSpec(const QString &spec)
{
    ShiftSchedule schedule;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    int coveredMinutes = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const QStringList range = parts[i].trimmed().split(QLatin1Char('-'));
        const QTime start
            = range.size() == 2 ? QTime::fromString(range[0], QStringLiteral("HH:mm")) : QTime();
        const QTime end
            = range.size() == 2 ? QTime::fromString(range[1], QStringLiteral("HH:mm")) : QTime();
        if (!start.isValid() || !end.isValid() || start == end)
            return defaultSchedule();
        coveredMinutes += (start.secsTo(end) / 60 + 24 * 60) % (24 * 60);
        const QString code = codeFor(i, int(parts.size()));
        schedule.m_kinds.append({ code, kindLabel(code), start, end });
    }
    // The shifts must tile the day exactly, or some hour would belong to no shift.
    if (schedule.m_kinds.isEmpty() || coveredMinutes != 24 * 60)
        return spec == QLatin1String(kDefaultSpec) ? ShiftSchedule() : defaultSchedule();
    return schedule;
}

QString ShiftSchedule::kindLabel(const QString &code)
{
    if (code == QLatin1String("morning"))
        return QCoreApplication::translate("vigie::access::ShiftSchedule", "Morning");
    if (code == QLatin1String("afternoon"))
        return QCoreApplication::translate("vigie::access::ShiftSchedule", "Afternoon");
    if (code == QLatin1String("night"))
        return QCoreApplication::translate("vigie::access::ShiftSchedule", "Night");
    static const QLatin1String numbered("shift");
    bool isNumber = false;
    const int number = code.startsWith(numbered) ? code.mid(numbered.size()).toInt(&isNumber) : 0;
    if (isNumber)
        return QCoreApplication::translate("vigie::access::ShiftSchedule", "Shift %1").arg(number);
    return code; // a centre's own code, shown as the centre wrote it
}

QString ShiftSchedule::describe(const QString &code, const QDateTime &start, const QDateTime &end)
{
    return QStringLiteral("%1 %2–%3 %4")
        .arg(kindLabel(code), start.toString(QStringLiteral("HH:mm")),
             end.toString(QStringLiteral("HH:mm")), start.date().toString(Qt::ISODate));
}

ShiftSlot ShiftSchedule::slotAt(const QDateTime &localTime) const
{
    const QTime t = localTime.time();
    const QDate day = localTime.date();
    for (const ShiftKind &kind : m_kinds) {
        const bool crossesMidnight = kind.end < kind.start;
        bool inside = false;
        QDate startDay = day;
        if (!crossesMidnight) {
            inside = t >= kind.start && t < kind.end;
        } else if (t >= kind.start) {
            inside = true;
        } else if (t < kind.end) {
            inside = true;
            startDay = day.addDays(-1);
        }
        if (inside) {
            QDateTime start(startDay, kind.start, localTime.timeZone());
            QDateTime end(crossesMidnight ? startDay.addDays(1) : startDay, kind.end,
                          localTime.timeZone());
            return { kind, start, end };
        }
    }
    return {};
}

QString ShiftSchedule::describe(const ShiftSlot &slot)
{
    if (slot.kind.code.isEmpty())
        return QCoreApplication::translate("vigie::access::ShiftSchedule", "No shift");
    return QStringLiteral("%1 %2–%3")
        .arg(kindLabel(slot.kind.code), slot.kind.start.toString(QStringLiteral("HH:mm")),
             slot.kind.end.toString(QStringLiteral("HH:mm")));
}

} // namespace vigie::access
