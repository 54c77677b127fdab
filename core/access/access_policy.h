// Who may do what. Roles grant permissions; viewing images also needs a valid habilitation
// (L252-2: individually designated agents, trained, on their commune's territory). Every
// refusal is journaled with what was refused and why, then returned as a message for the
// operator. Services call check() before acting: the UI only hides what core would refuse.
// check() reads the actor's account as it stands at that moment (roles, active, lock), never
// the copy the caller holds: a role withdrawn or an account disabled during a shift counts at
// once, and a User made up by the caller (no such account) is refused.
#pragma once

#include "core/access/auth_service.h"
#include "core/common/clock.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vigie::journal {
class Journal;
}

namespace vigie::access {

enum class Permission {
    ViewLive,
    TagIncident,
    EditIncident,
    SignIncident,
    OpenShift,
    HandOverShift,
    AcknowledgeShift,
    SignShift,
    ExportShiftLog,
    ManageUsers,
    VerifyJournal,
    PurgeJournal,
    // New ones go last: refusals journal the number of the permission, and the registers
    // already hold those numbers.
    SearchRegister, // read and search the main courante
    VerbaliseParking, // video-verbalise parking offences (ASVP, municipal police)
    VerbaliseTraffic, // video-verbalise the other R121-6 offences (municipal police only)
    ManageCentral, // create or upgrade the central database's schema
    ConfigureWorkstation, // settings that guard the desk (idle lock)
    ManageCameras, // the camera directory: cameras, their addresses, commune and groups
    ManageTypology, // the incident typology: categories and sub-categories
    ManageNatinf, // the NATINF catalogue of offences that may be video-verbalised
    ReadTickets, // read the video-verbalisation tickets (agents and chefs de salle)
    TransmitTickets, // export validated tickets to the PVe chain and record them sent
    ManageConventions, // the landlords' conventions (bailleur cameras, CSI L272-2)
    HandleBailleurRequests, // log landlords' calls, take requests, open and close sessions
    ReviewBailleurRegister, // review, visa and export the bailleur register
    ConfigureAnalytics, // the video detectors of each camera: zones, lines, schedules
    SavePtzPresets, // save a PTZ camera's position as one of its presets, shared by the room
    TakeOverPtz, // take a PTZ camera from the operator steering it
};

bool roleGrants(Role role, Permission permission);
QString permissionLabel(Permission permission); // in the operator's language

struct Habilitation
{
    QString designatedBy; // the authority who designated the agent (maire, préfet...)
    QString designationRef; // reference of the designation act
    QStringList territory; // INSEE codes of the communes the agent may view
    QDate trainingDate; // data-protection training
    QDate expiresOn;
};

class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(vigie::access::AccessPolicy)
public:
    AccessPolicy(store::Database &db, journal::Journal &journal, Clock clock = systemClock());

    // Success, or a refusal (journaled as "access.refused") with the reason for the operator.
    Status check(const User &user, Permission permission, const QString &objectType = QString(),
                 const QString &objectId = QString());
    // Whether check() would pass, without journaling anything: for a UI deciding what to offer
    // (on the caller's copy of the user).
    bool allows(const User &user, Permission permission) const;
    // Viewing a camera: the ViewLive right, a habilitation in force and the camera's commune
    // (INSEE code) in its territory. A camera whose commune the directory does not give is
    // refused: nobody can say whose territory it is in. Every stream a wall opens asks this
    // first. `journaling` Never: the caller decides whether this refusal is journaled (it
    // repeats one already journaled), then calls refuseView().
    enum class Journaling { Always, Never };
    Status checkView(const User &user, int cameraNumber, const QString &inseeCode,
                     Journaling journaling = Journaling::Always);
    Status refuseView(const User &user, int cameraNumber, const QString &reason);
    // The first instant the user's habilitation no longer covers any view (the day after its
    // expiry date, at midnight, local time); invalid without a habilitation.
    QDateTime viewingEndsAt(const User &user) const;
    const Clock &clock() const { return m_clock; }

    std::optional<Habilitation> habilitation(const User &user) const;
    static std::optional<Habilitation> habilitation(store::Database &db, const User &user);
    // Whether `user`'s habilitation lets them view a camera of commune `inseeCode` (any commune
    // when empty) on `day`: for another desk's event, checked against this register.
    static Status habilitationCovers(store::Database &db, const User &user,
                                     const QString &inseeCode, QDate day);
    Status setHabilitation(const User &actor, const QString &login,
                           const Habilitation &habilitation);

private:
    Status refuse(const User &user, Permission permission, const QString &objectType,
                  const QString &objectId, const QString &reason, bool journaled = true,
                  const QJsonObject &extra = QJsonObject());
    Status habilitationStatus(const User &user, const QString &inseeCode) const;
    Status checkCurrent(const User &user, Permission permission, const QString &objectType,
                        const QString &objectId, User *current, bool journaled = true);

    store::Database &m_db;
    journal::Journal &m_journal;
    Clock m_clock;
};

} // namespace vigie::access
