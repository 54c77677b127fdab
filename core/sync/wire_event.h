// An event as the sync moves it between SQLite and PostgreSQL: the journal's fields, its
// signature and the payload as its canonical text, the bytes its hash covers (absent once
// purged).
#pragma once

#include "core/journal/journal_reader.h"

class QSqlQuery;

namespace vigie::sync {

struct WireEvent : journal::StoredEvent
{
    // The payload, when present, matches the hash the chain covers.
    bool payloadHolds() const;
};

// Reads seq, uuid, hlc, user, action, object type, object id, motive, payload hash, previous
// hash, hash, payload and signature from `q`, in that order from column `first`.
WireEvent readWireEvent(const QSqlQuery &q, int first, const QString &workstation);

} // namespace vigie::sync
