// Which function turns an event of each kind of record into its current row: the same
// `project` the record's service uses for its own events. A new kind of record registers its
// projector here and syncs with no other change; events of kinds without one (refusals,
// exports) live in the journal only. Sync writes no table of its own here: each projector
// belongs to the module that owns the table.
#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QString>

#include <functional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
struct Event;
}

namespace vigie::sync {

using Projector = std::function<Status(store::Database &, const journal::Event &)>;

class ProjectorRegistry
{
public:
    void add(const QString &objectType, Projector projector);
    // Runs the projector of the event's object type, if any.
    Status project(store::Database &db, const journal::Event &event) const;
    bool has(const QString &objectType) const { return m_projectors.contains(objectType); }

    // Incidents and shift logs, as the register projects them; login events, as the accounts'
    // failed attempts and lock-outs; the reference data (accounts and habilitations, the
    // camera directory, the typology), each checked by its owning module against this desk's
    // register before it is applied.
    static ProjectorRegistry standard();

private:
    QHash<QString, Projector> m_projectors;
};

} // namespace vigie::sync
