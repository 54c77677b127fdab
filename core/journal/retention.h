// Retention: how long each kind of record is kept (main courante 3 years, access logs at least
// a year...), and the purge that enforces it. A purge removes the content of old events and the
// old records' rows, keeps every hash so that the chain still verifies, and is itself an event.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QSettings;

namespace vigie::store {
class Database;
}

namespace vigie::journal {

class Journal;

struct RetentionRule
{
    QString objectType; // journal object type: "incident", "shift", "session", ...
    int days = 0;
    int minimumDays = 0; // below this the law or the CNIL's guidance would be broken
    int maximumDays = 0; // above this the law would be broken (0: no maximum)
};

class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(vigie::journal::RetentionPolicy)
public:
    static RetentionPolicy defaults();
    // "retention/<type>_days" in the settings override the defaults, never below the minimum
    // nor above the maximum.
    static RetentionPolicy fromSettings(QSettings &settings, QStringList *warnings = nullptr);
    const QList<RetentionRule> &rules() const { return m_rules; }
    int daysFor(const QString &objectType) const;

private:
    QList<RetentionRule> m_rules;
};

struct PurgeReport
{
    int payloadsPurged = 0;
    QStringList removed; // what each module's purge removed, in the reader's language
    QString summary() const;
};

// A module's purge of its own records past their retention (records: incidents, snapshots),
// handed to the retention run by the module that owns the tables: the journal never deletes
// another module's rows. It journals what it removed; the returned line says it to the reader.
using RecordPurge = std::function<Result<QString>(const RetentionPolicy &policy,
                                                  const QDateTime &now, const QString &user)>;

// Runs every rule once, then each module's purge, as `user`: "system" for the workstation's
// daily job; a user's purge goes through access::purgeJournal, which checks the right first.
Result<PurgeReport> runRetention(Journal &journal, const RetentionPolicy &policy,
                                 const QDateTime &now, const QString &user,
                                 const QList<RecordPurge> &purges = {});

} // namespace vigie::journal
