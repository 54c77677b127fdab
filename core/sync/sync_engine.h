// One sync between the local register and central, run on the caller's thread with its own
// connections. The journal is the outbox: push sends this workstation's events after the last
// central holds for it, pull brings the other workstations' events after the local cursor and
// projects them. Every batch is one transaction on each side, so that a retry after any failure
// (a killed process, a stopped server) continues where the last commit left off and never
// duplicates an event.
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/sync/projectors.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace vigie::store {
class Database;
}

namespace vigie::sync {

struct SyncReport
{
    qint64 pushed = 0; // events sent up
    qint64 pulled = 0; // events of other workstations brought down
    qint64 waiting = 0; // events of this workstation central does not hold yet
    bool refused = false; // central refuses this workstation's chain
    QString refusal; // why, in the operator's language
    // Events dated more than HybridLogicalClock::kMaxDrift_ms ahead of the clock that receives
    // them (central's for a push, this desk's for a pull) wait, unapplied, until that time comes:
    // a desk whose clock (or whose forged events) says 2099 drags nobody's register there.
    bool held = false;
    QString hold; // what waits and why, in the operator's language

    QString summary() const;
};

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::SyncEngine)
public:
    struct Options
    {
        int batchSize = 1000;
        // Asked before each batch: true ends the sync there (what is committed stays).
        std::function<bool()> stopRequested;
        // This desk's wall clock, against which a pulled event's time is judged.
        Clock clock = systemClock();
    };
    // Progress after each committed batch: events pushed and pulled so far.
    using Progress = std::function<void(const SyncReport &)>;

    SyncEngine(store::Database &local, QSqlDatabase &central, QString workstation,
               ProjectorRegistry projectors = ProjectorRegistry::standard());
    SyncEngine(store::Database &local, QSqlDatabase &central, QString workstation,
               ProjectorRegistry projectors, Options options);

    // Push, then pull, the events (reference data included: it changes by events).
    Result<SyncReport> syncOnce(const Progress &progress = {});
    // A workstation that starts from central (backup site): everything central holds, from
    // the start, then a normal sync.
    Result<SyncReport> pullFull(const Progress &progress = {});

    Status push(SyncReport &report, const Progress &progress = {});
    Status pull(SyncReport &report, const Progress &progress = {});

    // Events of this workstation not yet acknowledged by central (as of the last push).
    static qint64 waiting(store::Database &local, const QString &workstation);

private:
    Status checkCentral();
    // Says that this workstation's entries from `fromSeq` wait for central's clock.
    void holdPush(qint64 fromSeq, SyncReport &report);
    Status refuse(qint64 seq, const QString &reason, SyncReport &report);
    qint64 metaValue(const QString &key) const;
    Status setMeta(const QString &key, qint64 value);

    store::Database &m_local;
    QSqlDatabase &m_central;
    QString m_workstation;
    ProjectorRegistry m_projectors;
    Options m_options;
};

} // namespace vigie::sync
