#include "core/journal/retention.h"

#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::journal {

RetentionPolicy RetentionPolicy::defaults()
{
    RetentionPolicy policy;
    policy.m_rules = {
        { QStringLiteral("incident"), 3 * 365, 3 * 365 }, // main courante: 3 years
        { QStringLiteral("shift"), 3 * 365, 3 * 365 },
        { QStringLiteral("session"), 365, 180 }, // access logs: 6 to 12 months at least
        { QStringLiteral("permission"), 365, 180 },
        { QStringLiteral("camera"), 365, 180 }, // snapshots taken, viewing
        { QStringLiteral("user"), 5 * 365, 365 }, // accounts and habilitations
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
        if (!ok || days < rule.minimumDays) {
            if (warnings)
                warnings->append(tr("The retention of \"%1\" cannot be below %2 days; %3 days are "
                                    "kept.")
                                     .arg(rule.objectType)
                                     .arg(rule.minimumDays)
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
    return RetentionPolicy::tr("Retention purge: %1 event content(s) and %2 incident(s) past "
                               "their retention removed.")
        .arg(payloadsPurged)
        .arg(incidentsRemoved);
}

Result<PurgeReport> runRetention(store::Database &db, Journal &journal,
                                 const RetentionPolicy &policy, const QDateTime &now,
                                 const QString &user)
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
    // The main courante's rows past their retention go too; their events keep their hashes.
    const QDateTime incidentLimit = now.addDays(-policy.daysFor(QStringLiteral("incident")));
    auto removed = journal.record(
        { user,
          QStringLiteral("incident.purge"),
          QStringLiteral("incident"),
          QString(),
          RetentionPolicy::tr("retention of the main courante"),
          { { QStringLiteral("before"), incidentLimit.toUTC().toString(Qt::ISODate) } } },
        [&]() -> Status {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("DELETE FROM incidents WHERE occurred_ms < ?"));
            q.addBindValue(incidentLimit.toMSecsSinceEpoch());
            if (!q.exec())
                return Status::failure(store::Database::describeError(
                    RetentionPolicy::tr("Cannot purge the main courante"), q.lastError()));
            report.incidentsRemoved = q.numRowsAffected();
            return Status::success();
        });
    if (!removed.ok())
        return Result<PurgeReport>(removed.status());
    qCInfo(lcStore) << "retention:" << report.payloadsPurged << "payloads,"
                    << report.incidentsRemoved << "incidents";
    return Result<PurgeReport>(report);
}

} // namespace vigie::journal
