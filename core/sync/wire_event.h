// An event as the sync moves it between SQLite and PostgreSQL: the journal's fields and the
// payload as its canonical text, the bytes its hash covers (absent once purged).
#pragma once

#include "core/journal/journal.h"

class QSqlQuery;

namespace vigie::sync {

struct WireEvent
{
    journal::Event event;
    QByteArray payload;
    bool payloadPresent = false;

    // The payload, when present, matches the hash the chain covers.
    bool payloadHolds() const;
};

// Reads seq, uuid, hlc, user, action, object type, object id, motive, payload hash, previous
// hash, hash and payload from `q`, in that order from column `first`.
WireEvent readWireEvent(const QSqlQuery &q, int first, const QString &workstation);

} // namespace vigie::sync
