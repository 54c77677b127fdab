// Who steers each PTZ camera: a lease held by one operator, 30 s renewed while they steer, so
// that two operators never fight over one head and every desk's tile says who has it. The
// lease is journaled ("ptz.steer", "ptz.takeover", "ptz.release") and crosses desks through
// the register's sync like any record, projected on each desk once its author is checked: a
// takeover only counts when its author holds TakeOverPtz there. Two desks that grant one free
// camera at once converge on one holder by a rule computed from the journal alone (see
// ptz_steering.cpp). Preset moves, saves, renames and removals are journaled too (not every
// nudge).
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vigie::store {
class Database;
}
namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal
namespace vigie::access {
class AccessPolicy;
struct User;
} // namespace vigie::access

namespace vigie::cameras {

inline constexpr const char *kPtzObject = "ptz";

struct PtzLease
{
    int camera = 0;
    QString holder; // login
    QString holderName;
    QString workstation;
    qint64 until_ms = 0; // UTC, the holder's clock
    QString takenFrom; // the login it was taken over from; empty otherwise
    bool takeover = false; // a chef de salle's takeover (and its renewals)
};

class PtzSteering
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cameras::PtzSteering)
public:
    // Long enough to cover a sync's round trip between desks, short enough that a desk that
    // died while steering frees the camera within the minute.
    static constexpr qint64 kLease_ms = 30000;

    PtzSteering(store::Database &db, journal::Journal &journal, access::AccessPolicy &policy,
                Clock clock);

    // The lease running now on that camera; none when nobody steers it (or it expired).
    std::optional<PtzLease> lease(int camera) const;
    // Whether `actor` still has a running lease of this desk on the camera that another holder's
    // overrides (granted first elsewhere, or taken over): their steering is refused.
    bool overruled(const access::User &actor, int camera) const;
    // Before each command: success when `actor` may steer (holds the lease, or takes a free
    // one, renewed when half spent); otherwise who holds it, until when.
    Status steer(const access::User &actor, int camera);
    // The chef de salle takes the camera from whoever steers it (TakeOverPtz).
    Status takeOver(const access::User &actor, int camera);
    Status release(const access::User &actor, int camera);
    // Journals a move to preset N (anyone who may steer) or preset N saved (SavePtzPresets).
    Status recordPreset(const access::User &actor, int camera, int preset, bool saved);
    // Before a preset is named, renamed or removed on the device (SavePtzPresets, and the lease:
    // renaming goes to the preset first). Journaled as "ptz.preset_saved" (with its name) or
    // "ptz.preset_removed".
    enum class PresetChange { Save, Rename, Remove };
    Status changePreset(const access::User &actor, int camera, const QString &token,
                        const QString &name, PresetChange change);
    // Whether `actor` may name, rename or remove presets (the UI asks, core decides).
    bool maySavePresets(const access::User &actor) const;

    static Status apply(store::Database &db, const journal::Event &event);
    // Another desk's ptz event, once its author is checked (sync's projector for "ptz").
    static Status project(store::Database &db, const journal::Event &event);

private:
    Status record(const access::User &actor, const QString &action, int camera, qint64 until_ms,
                  const QString &takenFrom, bool grant);
    Status mayView(const access::User &actor, int camera);
    QString refusal(const PtzLease &lease) const;

    store::Database &m_db;
    journal::Journal &m_journal;
    access::AccessPolicy &m_policy;
    Clock m_clock;
};

} // namespace vigie::cameras
