#include "core/journal/retention.h"

#include "core/common/logging.h"
#include "core/journal/journal.h"

#include <QSettings>

namespace vigie::journal {

RetentionPolicy RetentionPolicy::defaults()
{
    RetentionPolicy policy;
    policy.m_rules = {
        { QStringLiteral("incident"), 3 * 365, 3 * 365 }, // main courante: 3 years
        { QStringLiteral("shift"), 3 * 365, 3 * 365 },
        { QStringLiteral("session"), 365, 180 }, // access logs: 6 to 12 months at least
        { QStringLiteral("permission"), 365, 180 },
        { QStringLiteral("camera"), 365, 180 }, // snapshots taken, viewing refused
        // Who watched which camera live (view.start / view.end): an access log, which the
        // CNIL wants kept 6 to 12 months at least. A year by default, so that a complaint or
        // a requisition arriving months later still finds who was watching; never below six
        // months.
        { QStringLiteral("viewing"), 365, 183 },
        { QStringLiteral("user"), 5 * 365, 365 }, // accounts and habilitations
        // The cameras' outages (technical logs, for the maintenance plan): a year, so that a
        // yearly maintenance contract is reviewed on the whole year; six months at least.
        { QStringLiteral("camera_health"), 365, 183 },
        // The video analytics' alarms and who acknowledged them: an operational log like the
        // outages, a year (six months at least). Their pictures go earlier, with the camera's
        // images (analytics::AlarmLog::purgePictures).
        { QStringLiteral("analytics_alarm"), 365, 183 },
        // Their pictures are images of the road: 30 days at most (L252-5). Each goes earlier
        // with its camera's own retention (analytics::AlarmLog::purgePictures); this rule
        // empties any left past the law's limit (one that never matched its alarm).
        { QStringLiteral("analytics_picture"), 30, 1, 30 },
        // The video analytics' counts (crossings and occupancy per quarter of an hour): sums
        // that name nobody, kept to compare a street's flows over the years (before and after
        // works, season to season): 3 years, like the main courante; a year at least, so that
        // a season is always compared with the same one a year before.
        { QStringLiteral("analytics_count"), 3 * 365, 365 },
        // Who steered which PTZ camera, preset moves and takeovers: what the cameras recorded
        // depended on it, so kept as the viewing log is.
        { QStringLiteral("ptz"), 365, 183 },
    };
    return policy;
}

RetentionPolicy RetentionPolicy::fromSettings(QSettings &settings, QStringList *warnings)
{
    RetentionPolicy policy = defaults();
    for (RetentionRule &rule : policy.m_rules) {
        const QString key = QStringLiteral("retention/%1_days").arg(rule.objectType);
        if (!settings.contains(key))
            continue;
        bool ok = false;
        const int days = settings.value(key).toInt(&ok);
        const bool tooShort = !ok || days < rule.minimumDays;
        if (tooShort || (rule.maximumDays > 0 && days > rule.maximumDays)) {
            if (warnings)
                warnings->append(
                    (tooShort ? tr("The retention of \"%1\" cannot be below %2 days; %3 days are "
                                   "kept.")
                              : tr("The retention of \"%1\" cannot be above %2 days; %3 days are "
                                   "kept."))
                        .arg(rule.objectType)
                        .arg(tooShort ? rule.minimumDays : rule.maximumDays)
                        .arg(rule.days));
            continue;
        }
        rule.days = days;
    }
    return policy;
}

int RetentionPolicy::daysFor(const QString &objectType) const
{
    for (const RetentionRule &rule : m_rules) {
        if (rule.objectType == objectType)
            return rule.days;
    }
    return 0;
}

QString PurgeReport::summary() const
{
    QString text = RetentionPolicy::tr("Retention purge: %n event content(s) past their "
                                       "retention removed.",
                                       nullptr, payloadsPurged);
    for (const QString &line : removed)
        text += QLatin1Char(' ') + line;
    return text;
}

Result<PurgeReport> runRetention(Journal &journal, const RetentionPolicy &policy,
                                 const QDateTime &now, const QString &user,
                                 const QList<RecordPurge> &purges)
{
    PurgeReport report;
    for (const RetentionRule &rule : policy.rules()) {
        const QDateTime before = now.addDays(-rule.days);
        auto purged = journal.purgePayloads(
            rule.objectType, before, user,
            RetentionPolicy::tr("retention of %1 days for %2").arg(rule.days).arg(rule.objectType));
        if (!purged.ok())
            return Result<PurgeReport>(purged.status());
        report.payloadsPurged += purged.value();
    }
    for (const RecordPurge &purge : purges) {
        auto removed = purge(policy, now, user);
        if (!removed.ok())
            return Result<PurgeReport>(removed.status());
        if (!removed.value().isEmpty())
            report.removed.append(removed.value());
    }
    qCInfo(lcStore).noquote() << "retention:" << report.payloadsPurged << "payloads;"
                              << report.removed.join(QLatin1Char(' '));
    return Result<PurgeReport>(report);
}

} // namespace vigie::journal
