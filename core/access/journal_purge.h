// A retention purge asked for by a user (vigiectl journal purge): core checks PurgeJournal at
// that moment, and the purge is journaled as that user. The workstation's own daily purge, which
// the law requires and nobody authorises, runs journal::runRetention as "system".
#pragma once

#include "core/access/auth_service.h"
#include "core/journal/retention.h"

namespace vigie::access {

class AccessPolicy;

Result<journal::PurgeReport> purgeJournal(AccessPolicy &policy, journal::Journal &journal,
                                          const User &actor, const journal::RetentionPolicy &rules,
                                          const QDateTime &now,
                                          const QList<journal::RecordPurge> &purges = {});

} // namespace vigie::access
