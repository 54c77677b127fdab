#include "core/access/access_policy.h"

#include "core/access/view_grants.h"
#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace vigie::access {

bool roleGrants(Role role, Permission permission)
{
    switch (permission) {
    // Everyone who works in the room views, tags and searches the main courante; an
    // administrator keeps the accounts and the journal but has no need to read the registers.
    case Permission::ViewLive:
    case Permission::TagIncident:
    case Permission::EditIncident:
    case Permission::OpenShift:
    case Permission::HandOverShift:
    case Permission::SearchRegister:
        return role == Role::Operator || role == Role::Supervisor || role == Role::PoliceAgent
            || role == Role::Asvp;
    // Only sworn agents verbalise (L130-9): an ASVP parking offences only, a municipal police
    // agent every R121-6 offence. A video operator or a chef de salle who is not one of them
    // never does; one who is holds that role too.
    case Permission::VerbaliseParking:
        return role == Role::PoliceAgent || role == Role::Asvp;
    case Permission::VerbaliseTraffic:
        return role == Role::PoliceAgent;
    // The room takes the landlords' calls and opens the sessions their requests justify; an
    // ASVP has no business with a landlord's common areas.
    case Permission::HandleBailleurRequests:
        return role == Role::Operator || role == Role::Supervisor || role == Role::PoliceAgent;
    case Permission::ReviewBailleurRegister:
    case Permission::SignIncident:
    case Permission::AcknowledgeShift:
    case Permission::SignShift:
    case Permission::ExportShiftLog:
    // Where and when to watch for intrusions, flows or abandoned cars is the room's own
    // operational choice, like a tour: the chef de salle's. An administrator keeps the
    // directory's technical side and does not run the room.
    case Permission::ConfigureAnalytics:
    // A preset is what the whole room calls "camera 12, preset 3" in its procedures and tours:
    // overwriting one silently changes every operator's view, so the chef de salle keeps them,
    // as the room's other shared operational settings.
    case Permission::SavePtzPresets:
    // Taking a camera from the operator who steers it settles a conflict in the room: the chef
    // de salle's call, never one operator's over another.
    case Permission::TakeOverPtz:
        return role == Role::Supervisor;
    case Permission::VerifyJournal:
        return role == Role::Supervisor || role == Role::Admin;
    // Tickets carry plates: the agents who verbalise and the chef de salle who supervises them
    // read them; the PVe chain is fed by a municipal police agent or the chef de salle, not by
    // an ASVP alone.
    case Permission::ReadTickets:
        return role == Role::PoliceAgent || role == Role::Asvp || role == Role::Supervisor;
    case Permission::TransmitTickets:
        return role == Role::PoliceAgent || role == Role::Supervisor;
    case Permission::ManageUsers:
    case Permission::ManageCentral:
    case Permission::ConfigureWorkstation:
    case Permission::PurgeJournal:
    case Permission::ManageCameras:
    case Permission::ManageTypology:
    case Permission::ManageNatinf:
    case Permission::ManageConventions:
        return role == Role::Admin;
    }
    return false;
}

QString permissionLabel(Permission permission)
{
    switch (permission) {
    case Permission::ViewLive:
        return AccessPolicy::tr("view live cameras");
    case Permission::TagIncident:
        return AccessPolicy::tr("record an incident");
    case Permission::EditIncident:
        return AccessPolicy::tr("edit an incident");
    case Permission::SignIncident:
        return AccessPolicy::tr("sign off an incident");
    case Permission::OpenShift:
        return AccessPolicy::tr("open a shift");
    case Permission::HandOverShift:
        return AccessPolicy::tr("hand over a shift");
    case Permission::AcknowledgeShift:
        return AccessPolicy::tr("take over a shift as chef de salle");
    case Permission::SignShift:
        return AccessPolicy::tr("sign a shift log");
    case Permission::ExportShiftLog:
        return AccessPolicy::tr("export a shift log");
    case Permission::SearchRegister:
        return AccessPolicy::tr("search the main courante");
    case Permission::VerbaliseParking:
        return AccessPolicy::tr("verbalise parking offences");
    case Permission::VerbaliseTraffic:
        return AccessPolicy::tr("verbalise traffic offences");
    case Permission::ManageUsers:
        return AccessPolicy::tr("manage users");
    case Permission::ManageCentral:
        return AccessPolicy::tr("administer the central database");
    case Permission::ConfigureWorkstation:
        return AccessPolicy::tr("change the workstation's security settings");
    case Permission::VerifyJournal:
        return AccessPolicy::tr("verify the journal");
    case Permission::ManageCameras:
        return AccessPolicy::tr("manage the camera directory");
    case Permission::ManageTypology:
        return AccessPolicy::tr("manage the incident typology");
    case Permission::ManageNatinf:
        return AccessPolicy::tr("manage the NATINF catalogue");
    case Permission::ReadTickets:
        return AccessPolicy::tr("read the video-verbalisation tickets");
    case Permission::TransmitTickets:
        return AccessPolicy::tr("transmit video-verbalisation tickets");
    case Permission::PurgeJournal:
        return AccessPolicy::tr("purge the journal");
    case Permission::ManageConventions:
        return AccessPolicy::tr("manage the landlords' conventions");
    case Permission::HandleBailleurRequests:
        return AccessPolicy::tr("handle the landlords' calls and viewing requests");
    case Permission::ReviewBailleurRegister:
        return AccessPolicy::tr("review and export the bailleur register");
    case Permission::ConfigureAnalytics:
        return AccessPolicy::tr("configure the video detectors");
    case Permission::SavePtzPresets:
        return AccessPolicy::tr("save PTZ presets");
    case Permission::TakeOverPtz:
        return AccessPolicy::tr("take over a PTZ camera");
    }
    return QString();
}

AccessPolicy::AccessPolicy(store::Database &db, journal::Journal &journal, Clock clock)
    : m_db(db), m_journal(journal), m_clock(std::move(clock))
{
}

Status AccessPolicy::refuse(const User &user, Permission permission, const QString &objectType,
                            const QString &objectId, const QString &reason, bool journaled,
                            const QJsonObject &extra)
{
    if (!journaled)
        return Status::failure(reason);
    qCInfo(lcAccess) << "refused" << user.login << int(permission) << objectType << objectId;
    journal::NewEvent event { user.login,
                              QStringLiteral("access.refused"),
                              objectType.isEmpty() ? QStringLiteral("permission") : objectType,
                              objectId,
                              QString(),
                              { { QStringLiteral("permission"), int(permission) },
                                { QStringLiteral("what"), permissionLabel(permission) },
                                { QStringLiteral("why"), reason } } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        event.payload.insert(it.key(), it.value());
    const auto logged = m_journal.record(event);
    if (!logged.ok())
        qCWarning(lcAccess) << "cannot journal a refusal:" << logged.error();
    return Status::failure(reason);
}

bool AccessPolicy::allows(const User &user, Permission permission) const
{
    const bool granted = std::any_of(user.roles.cbegin(), user.roles.cend(),
                                     [&](Role role) { return roleGrants(role, permission); });
    if (!user.active || !granted)
        return false;
    return permission != Permission::ViewLive || habilitationStatus(user, QString()).ok();
}

Status AccessPolicy::check(const User &user, Permission permission, const QString &objectType,
                           const QString &objectId)
{
    User current;
    return checkCurrent(user, permission, objectType, objectId, &current);
}

Status AccessPolicy::checkCurrent(const User &claimed, Permission permission,
                                  const QString &objectType, const QString &objectId, User *current,
                                  bool journaled)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT locked_until_ms FROM users WHERE id = ? AND login = ?"));
    q.addBindValue(claimed.id);
    q.addBindValue(claimed.login);
    std::optional<User> stored;
    QVariant lockedUntil;
    if (q.exec() && q.next()) {
        lockedUntil = q.value(0);
        q.finish();
        stored = AuthService::loadUser(m_db, claimed.id);
    }
    if (!stored)
        return refuse(claimed, permission, objectType, objectId,
                      tr("No account \"%1\" exists in this register.").arg(claimed.login),
                      journaled);
    const User &user = *current = *stored;
    // A lock after failed logins suspends what only an administrator may do: whoever is trying
    // that password may be about to use it. The room's own work goes on: the operator at the
    // desk must not lose the wall because someone mistyped their password elsewhere.
    const bool administrative = permission == Permission::ManageUsers
        || permission == Permission::ManageCentral || permission == Permission::PurgeJournal
        || permission == Permission::ManageCameras || permission == Permission::ManageTypology
        || permission == Permission::ManageNatinf || permission == Permission::ManageConventions;
    if (administrative && !lockedUntil.isNull()
        && m_clock().toMSecsSinceEpoch() < lockedUntil.toLongLong())
        return refuse(user, permission, objectType, objectId,
                      tr("The account %1 is locked after failed logins.").arg(user.login),
                      journaled);
    const bool granted = std::any_of(user.roles.cbegin(), user.roles.cend(),
                                     [&](Role role) { return roleGrants(role, permission); });
    if (!user.active)
        return refuse(user, permission, objectType, objectId,
                      tr("The account %1 is disabled.").arg(user.login), journaled);
    if (!granted)
        return refuse(user, permission, objectType, objectId,
                      tr("Your roles do not allow you to %1.").arg(permissionLabel(permission)),
                      journaled);
    if (permission == Permission::ViewLive) {
        Status habilitated = habilitationStatus(user, QString());
        if (!habilitated.ok())
            return refuse(user, permission, objectType, objectId, habilitated.error(), journaled);
    }
    return Status::success();
}

Status AccessPolicy::checkView(const User &claimed, int cameraNumber, const QString &inseeCode,
                               Journaling journaling)
{
    const bool journaled = journaling == Journaling::Always;
    const QString camera = QString::number(cameraNumber);
    User user;
    Status allowed = checkCurrent(claimed, Permission::ViewLive, QStringLiteral("camera"), camera,
                                  &user, journaled);
    if (!allowed.ok())
        return allowed;
    // Fail closed: a camera whose commune is unknown is in nobody's territory.
    if (inseeCode.trimmed().isEmpty())
        return refuse(user, Permission::ViewLive, QStringLiteral("camera"), camera,
                      tr("Camera %1 has no commune (INSEE code) in the directory: nobody may "
                         "view it until its commune is recorded.")
                          .arg(cameraNumber, 3, 10, QLatin1Char('0')),
                      journaled);
    Status inTerritory = habilitationStatus(user, inseeCode);
    if (!inTerritory.ok())
        return refuse(user, Permission::ViewLive, QStringLiteral("camera"), camera,
                      inTerritory.error(), journaled);
    // A social landlord's camera plays only while a viewing session opened on a logged request
    // covers it (CSI L272-2: no standing view), whoever asks: a wall, a tour, a snapshot or
    // vigiectl. The refusal names the convention, so that the register lists it.
    QString convention;
    if (ViewGrants::isRestricted(m_db, cameraNumber, &convention)
        && !ViewGrants::grantedUntil(m_db, cameraNumber, m_clock()).isValid())
        return refuse(user, Permission::ViewLive, QStringLiteral("camera"), camera,
                      tr("Camera %1 belongs to a social landlord (convention %2): it may be viewed "
                         "only during a viewing session opened on the landlord's request, and "
                         "none covers it now.")
                          .arg(cameraNumber, 3, 10, QLatin1Char('0'))
                          .arg(convention),
                      journaled, { { QStringLiteral("bailleur_convention"), convention } });
    return Status::success();
}

Status AccessPolicy::refuseView(const User &user, int cameraNumber, const QString &reason)
{
    return refuse(user, Permission::ViewLive, QStringLiteral("camera"),
                  QString::number(cameraNumber), reason);
}

QDateTime AccessPolicy::viewingEndsAt(const User &user) const
{
    const auto h = habilitation(user);
    if (!h || !h->expiresOn.isValid())
        return QDateTime();
    // expiresOn is the last day it covers (habilitationStatus refuses from the next day on).
    return h->expiresOn.addDays(1).startOfDay(m_clock().timeZone());
}

Status AccessPolicy::habilitationStatus(const User &user, const QString &inseeCode) const
{
    return habilitationCovers(m_db, user, inseeCode, m_clock().date());
}

Status AccessPolicy::habilitationCovers(store::Database &db, const User &user,
                                        const QString &inseeCode, QDate today)
{
    const auto h = habilitation(db, user);
    if (!h)
        return Status::failure(tr("No habilitation is recorded for %1: only designated and "
                                  "trained agents may view images (article L252-2). Ask your "
                                  "supervisor.")
                                   .arg(user.displayName));
    if (h->expiresOn < today)
        return Status::failure(
            tr("The habilitation of %1 expired on %2: viewing images is not "
               "allowed until it is renewed.")
                .arg(user.displayName, QLocale().toString(h->expiresOn, QLocale::LongFormat)));
    if (!h->trainingDate.isValid() || h->trainingDate > today)
        return Status::failure(tr("The data-protection training of %1 is not recorded: viewing "
                                  "images is not allowed.")
                                   .arg(user.displayName));
    if (!inseeCode.isEmpty() && !h->territory.contains(inseeCode))
        return Status::failure(tr("This camera is outside the territory of your habilitation "
                                  "(commune %1).")
                                   .arg(inseeCode));
    return Status::success();
}

std::optional<Habilitation> AccessPolicy::habilitation(const User &user) const
{
    return habilitation(m_db, user);
}

std::optional<Habilitation> AccessPolicy::habilitation(store::Database &db, const User &user)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT designated_by, designation_ref, territory, training_date,"
                             " expires_on FROM habilitations WHERE user_id = ?"));
    q.addBindValue(user.id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Habilitation h;
    h.designatedBy = q.value(0).toString();
    h.designationRef = q.value(1).toString();
    h.territory = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    h.trainingDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    h.expiresOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    return h;
}

Status AccessPolicy::setHabilitation(const User &actor, const QString &login, const Habilitation &h)
{
    Status allowed = check(actor, Permission::ManageUsers, QStringLiteral("user"), login);
    if (!allowed.ok())
        return allowed;
    const auto target = AuthService::loadUser(m_db, login);
    if (!target)
        return Status::failure(tr("Unknown user \"%1\".").arg(login));
    if (h.designatedBy.trimmed().isEmpty() || h.territory.isEmpty() || !h.trainingDate.isValid()
        || !h.expiresOn.isValid())
        return Status::failure(tr("A habilitation needs who designated the agent, the territory, "
                                  "the training date and the expiry date."));
    const QJsonObject payload {
        { QStringLiteral("designated_by"), h.designatedBy.trimmed() },
        { QStringLiteral("designation_ref"), nonNull(h.designationRef) },
        { QStringLiteral("territory"), h.territory.join(QLatin1Char(',')) },
        { QStringLiteral("training_date"), h.trainingDate.toString(Qt::ISODate) },
        { QStringLiteral("expires_on"), h.expiresOn.toString(Qt::ISODate) }
    };
    // The same code applies it here and, once checked, on every other desk.
    return m_journal
        .recordProjected(
            { actor.login, QStringLiteral("user.habilitation"), QLatin1String(kAccountObject),
              target->login, QString(), payload },
            [&](const journal::Event &e) { return AuthService::applyAccount(m_db, e); })
        .status();
}

} // namespace vigie::access
