// The 3x8 shift log of a workstation: opened by a chef de salle with the team, handed over with
// a note (pending actions, instructions, faults), acknowledged by the incoming chef, then signed
// (visa) by a supervisor. A closed or signed shift is never edited again: only addenda.
#pragma once

#include "core/access/access_policy.h"
#include "core/access/shift_schedule.h"
#include "core/common/clock.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::records {

struct TeamMember
{
    QString login;
    QString matricule;
    QString role; // as said on the shift: "opérateur", "chef de salle", ...
};

struct HandoverNote
{
    QString pendingActions;
    QString instructions;
    QString cameraFaults;
    QString systemFaults;

    bool isEmpty() const
    {
        return pendingActions.trimmed().isEmpty() && instructions.trimmed().isEmpty()
            && cameraFaults.trimmed().isEmpty() && systemFaults.trimmed().isEmpty();
    }
    QJsonObject toJson() const;
    static HandoverNote fromJson(const QJsonObject &object);
};

struct Shift
{
    enum class Status { Open, HandedOver, Closed, Signed };
    QString id;
    QString workstation;
    QString kind;
    QString label;
    QDateTime startsAt;
    QDateTime endsAt;
    QString openedBy;
    QString chef;
    QList<TeamMember> team;
    Status status = Status::Open;
    HandoverNote handover;
    QString handedOverBy;
    QDateTime handedOverAt;
    QString incomingAckBy;
    QDateTime incomingAckAt;
    QString visaBy;
    QDateTime visaAt;
    QString visaComment;

    bool editable() const { return status == Status::Open; }
};

QString shiftStatusLabel(Shift::Status status);
std::optional<Shift> loadShift(store::Database &db, const QString &shiftId);

class ShiftService
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::ShiftService)
public:
    ShiftService(store::Database &db, journal::Journal &journal, access::AccessPolicy &policy,
                 Clock clock = systemClock());

    // Opens the shift of the schedule slot around now, with its chef and team.
    Result<Shift> open(const access::User &actor, const access::ShiftSchedule &schedule,
                       const QString &chefLogin, const QList<TeamMember> &team);
    Result<Shift> handOver(const access::User &actor, const QString &shiftId,
                           const HandoverNote &note);
    // The incoming chef acknowledges the hand-over: the shift is closed.
    Result<Shift> acknowledge(const access::User &incomingChef, const QString &shiftId);
    Result<Shift> sign(const access::User &supervisor, const QString &shiftId,
                       const QString &comment);
    // The only way to add to a closed or signed shift.
    Status addAddendum(const access::User &actor, const QString &shiftId, const QString &text);

    std::optional<Shift> current() const; // the open or handed-over shift of this workstation
    std::optional<Shift> find(const QString &shiftId) const;
    QList<Shift> shifts(const QDateTime &from, const QDateTime &to) const;

    // Projects a shift event onto the shifts table (local or from another workstation).
    static Status project(store::Database &db, const journal::Event &event);

private:
    Result<Shift> change(const access::User &actor, const QString &shiftId, const QString &action,
                         const QJsonObject &payload);

    store::Database &m_db;
    journal::Journal &m_journal;
    access::AccessPolicy &m_policy;
    Clock m_clock;
};

} // namespace vigie::records
