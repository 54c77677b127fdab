#include "core/analytics/analytics_retention.h"

#include "core/analytics/alarm_log.h"
#include "core/analytics/count_log.h"

namespace vigie::analytics {

QList<journal::RecordPurge> retentionPurges(AlarmLog &alarms,
                                            const cameras::CameraDirectory &directory)
{
    return {
        [&alarms, &directory](const journal::RetentionPolicy &, const QDateTime &now,
                              const QString &user) -> Result<QString> {
            const auto removed = alarms.purgePictures(directory, now, user);
            if (!removed.ok())
                return Result<QString>(removed.status());
            return Result<QString>(AlarmLog::tr("%n alarm picture(s) past their camera's "
                                                "retention removed.",
                                                nullptr, removed.value()));
        },
        [&alarms](const journal::RetentionPolicy &policy, const QDateTime &now,
                  const QString &user) -> Result<QString> {
            const auto removed = alarms.purgeBefore(
                now.addDays(-policy.daysFor(QLatin1String(kAlarmObject))), user);
            if (!removed.ok())
                return Result<QString>(removed.status());
            return Result<QString>(AlarmLog::tr("%n video analytics alarm(s) past their "
                                                "retention removed.",
                                                nullptr, removed.value()));
        },
    };
}

QList<journal::RecordPurge> countsRetentionPurges(CountLog &counts)
{
    return { [&counts](const journal::RetentionPolicy &policy, const QDateTime &now,
                       const QString &user) -> Result<QString> {
        const auto removed
            = counts.purgeBefore(now.addDays(-policy.daysFor(QLatin1String(kCountObject))), user);
        if (!removed.ok())
            return Result<QString>(removed.status());
        return Result<QString>(CountLog::tr("%n quarter(s) of video analytics counts past their "
                                            "retention removed.",
                                            nullptr, removed.value()));
    } };
}

} // namespace vigie::analytics
