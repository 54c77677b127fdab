#include "core/access/journal_purge.h"

#include "core/access/access_policy.h"

namespace vigie::access {

Result<journal::PurgeReport> purgeJournal(AccessPolicy &policy, journal::Journal &journal,
                                          const User &actor, const journal::RetentionPolicy &rules,
                                          const QDateTime &now,
                                          const QList<journal::RecordPurge> &purges)
{
    const Status allowed
        = policy.check(actor, Permission::PurgeJournal, QStringLiteral("journal"), QString());
    if (!allowed.ok())
        return Result<journal::PurgeReport>(allowed);
    return journal::runRetention(journal, rules, now, actor.login, purges);
}

} // namespace vigie::access
