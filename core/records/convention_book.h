// The landlords' conventions (CSI L272-2): reference data, changed only by an administrator
// (ManageConventions), each change a journal event with the convention's full new state that
// the same apply() writes here and, once its author is checked by access::ReferenceGate, on
// every other desk. A convention past its expiry blocks every request and session; a renewal
// is a new explicit decision (a new save with a new expiry), never an automatic extension.
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/records/bailleur_types.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::access {
struct User;
}

namespace vigie::records {

class ConventionBook
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::ConventionBook)
public:
    // The supervisors' warning comes this many days before a convention's expiry.
    static constexpr int kExpiryWarning_days = 30;

    ConventionBook(store::Database &db, journal::Journal &journal, Clock clock = systemClock());

    QList<Convention> conventions() const; // every convention, withdrawn ones included, by ref
    std::optional<Convention> byReference(const QString &reference) const;
    // The convention whose buildings list the camera (nullopt: none).
    std::optional<Convention> forCamera(int cameraNumber) const;
    // The conventions in force today whose expiry falls within `days` days (today included):
    // what the supervisors are warned of.
    QList<Convention> expiringWithin(int days = kExpiryWarning_days) const;
    // Success when the convention is in force today, else why not (expired on..., withdrawn,
    // not yet approved), in the operator's language.
    Status inForce(const Convention &convention) const;

    // Adds the convention, or replaces the one of that reference (a renewal, new scope or new
    // contacts): `actor` needs ManageConventions (refusal journaled). "bailleur.convention.set".
    Status save(const access::User &actor, const Convention &convention);
    // What a convention must be: reference, landlord, commune, approval before expiry, a
    // positive maximum duration, known situations, at least one camera; why not otherwise.
    static Status checkConvention(const Convention &convention);

    // Applies this desk's own convention events.
    static Status apply(store::Database &db, const journal::Event &event);
    // Another desk's convention event, applied once its author is checked (ManageConventions
    // here), flagged otherwise: sync's projector for kConventionObject.
    static Status project(store::Database &db, const journal::Event &event);

private:
    store::Database &m_db;
    journal::Journal &m_journal;
    Clock m_clock;
};

} // namespace vigie::records
