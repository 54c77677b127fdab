#include "core/access/journal_purge.h"

#include "core/access/access_policy.h"

namespace vigie::access {

Result<journal::PurgeReport> purgeJournal(AccessPolicy &policy, store::Database &db,
                                          journal::Journal &journal, const User &actor,
                                          const journal::RetentionPolicy &rules,
                                          const QDateTime &now)
{
    const Status allowed
        = policy.check(actor, Permission::PurgeJournal, QStringLiteral("journal"), QString());
    if (!allowed.ok())
        return Result<journal::PurgeReport>(allowed);
    return journal::runRetention(db, journal, rules, now, actor.login);
}

} // namespace vigie::access
