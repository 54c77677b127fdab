#include "core/sync/wire_event.h"

#include <QSqlQuery>

namespace vigie::sync {

bool WireEvent::payloadHolds() const
{
    return !payloadPresent || journal::Journal::sha256Hex(payload) == event.payloadHash;
}

WireEvent readWireEvent(const QSqlQuery &q, int first, const QString &workstation)
{
    WireEvent w;
    journal::Event &e = w.event;
    e.workstation = workstation;
    e.seq = q.value(first).toLongLong();
    e.uuid = QUuid::fromString(q.value(first + 1).toString());
    e.hlc = journal::HlcTime::fromString(q.value(first + 2).toString());
    e.user = q.value(first + 3).toString();
    e.action = q.value(first + 4).toString();
    e.objectType = q.value(first + 5).toString();
    e.objectId = q.value(first + 6).toString();
    e.motive = q.value(first + 7).toString();
    e.payloadHash = q.value(first + 8).toByteArray();
    e.prevHash = q.value(first + 9).toByteArray();
    e.hash = q.value(first + 10).toByteArray();
    const QVariant payload = q.value(first + 11);
    w.payloadPresent = !payload.isNull();
    w.payload = payload.toString().toUtf8();
    e.signature = q.value(first + 12).toByteArray();
    return w;
}

} // namespace vigie::sync
