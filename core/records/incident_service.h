// The main courante: incidents recorded, edited, closed and signed off through the journal,
// with the rules of domain.md checked here (who may, and nothing edited once its shift is
// closed or it is signed: only addenda). Search by text, category, camera, time and status.
#pragma once

#include "core/access/access_policy.h"
#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/records/incident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::records {

class ShiftService;
class SnapshotStore;
struct PendingSnapshot;

struct IncidentFilter
{
    QString text; // words searched in number, category, place, description, outcome, persons
    QString category; // a category code: its sub-categories match too
    int cameraNumber = 0;
    QDateTime from;
    QDateTime to;
    std::optional<Incident::Status> status;
    QString shiftId; // the shift's incidents, and any other of its hours (as its shift log)
    int limit = 500;
};

class IncidentService
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::IncidentService)
public:
    IncidentService(store::Database &db, journal::Journal &journal, access::AccessPolicy &policy,
                    ShiftService &shifts, Clock clock = systemClock());

    Result<Incident> create(const access::User &actor, const IncidentDraft &draft);
    // With the picture grabbed when the incident was tagged: stored and journaled only once the
    // incident has passed every check, and the incident carries its file and SHA-256.
    Result<Incident> create(const access::User &actor, const IncidentDraft &draft,
                            SnapshotStore &snapshots, const PendingSnapshot &picture);
    Result<Incident> update(const access::User &actor, const QString &id,
                            const IncidentDraft &draft);
    Result<Incident> signOff(const access::User &supervisor, const QString &id);
    Status addAddendum(const access::User &actor, const QString &id, const QString &text);

    std::optional<Incident> find(const QString &idOrNumber) const;
    // Needs SearchRegister; a refusal is journaled.
    Result<QList<Incident>> search(const access::User &actor, const IncidentFilter &filter) const;

    static Status project(store::Database &db, const journal::Event &event);

    // The retention run's purge of the main courante (records owns the incident tables): rows
    // that occurred before `before` go, in one journaled "incident.purge"; their events keep
    // their hashes. Returns how many went.
    Result<int> purgeBefore(const QDateTime &before, const QString &user);

private:
    // `attach` runs once every check has passed, just before the incident is recorded.
    Result<Incident> createWith(const access::User &actor, const IncidentDraft &draft,
                                const std::function<Status(IncidentDraft &)> &attach);
    Status checkEditable(const Incident &incident) const;

    store::Database &m_db;
    journal::Journal &m_journal;
    access::AccessPolicy &m_policy;
    ShiftService &m_shifts;
    Clock m_clock;
};

} // namespace vigie::records
