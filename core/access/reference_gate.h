// Reference data (accounts, habilitations, the camera directory, the typology) changes only by
// journal events authored by a user who holds the right at that moment. The module that owns
// each table projects another desk's event through this gate: its author is checked against
// this desk's own register before anything is applied. An event that fails stays in the journal
// (the chain stays whole) but changes nothing; it is flagged here, for the administrators.
#pragma once

#include "core/access/access_policy.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
struct Event;
}

namespace vigie::access {

struct ReferenceRefusal
{
    QString workstation; // the desk that wrote the event
    qint64 seq = 0;
    QString author;
    QString action;
    QString objectId;
    QString reason; // in the language of the desk that refused it
    QDateTime receivedAt;
};

class ReferenceGate
{
    Q_DECLARE_TR_FUNCTIONS(vigie::access::ReferenceGate)
public:
    // Success when the event's author is an active account of this register whose roles grant
    // `permission`; otherwise why not.
    static Status authorise(store::Database &db, const journal::Event &event,
                            Permission permission);
    // Runs `apply` when `authorised`, else flags the event with its reason. A refusal is not a
    // failure: the sync goes on with the next event.
    static Status project(store::Database &db, const journal::Event &event,
                          const Status &authorised, const std::function<Status()> &apply);
    static Status project(store::Database &db, const journal::Event &event, Permission permission,
                          const std::function<Status()> &apply);
    static Status flag(store::Database &db, const journal::Event &event, const QString &reason);

    static QList<ReferenceRefusal> refusals(store::Database &db); // newest first
    static int count(store::Database &db);
};

} // namespace vigie::access
