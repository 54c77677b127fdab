// Identifiers that sort by creation time (UUID version 7, RFC 9562): 48 bits of Unix
// milliseconds, then 74 random bits. The journal's uuid index and the records' keys then grow at
// their end, like the journal itself, instead of touching a random page of the index for every
// new row; they stay as unique as version 4 ones.
#pragma once

#include <QUuid>
#include <QtGlobal>

namespace vigie {

QUuid timeOrderedUuid(qint64 unix_ms);
// At the wall clock's time: the time only orders the index, so an injected test clock is not
// needed for it.
QUuid timeOrderedUuid();

} // namespace vigie
