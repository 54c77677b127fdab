#include "core/sync/projectors.h"

#include "core/access/auth_service.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/count_log.h"
#include "core/analytics/detector_settings.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_selections.h"
#include "core/cameras/ptz_steering.h"
#include "core/journal/journal.h"
#include "core/records/bailleur_register.h"
#include "core/records/convention_book.h"
#include "core/records/incident_service.h"
#include "core/records/incident_typology.h"
#include "core/records/shift_service.h"
#include "core/verbalisation/natinf_catalogue.h"
#include "core/verbalisation/ticket_service.h"

namespace vigie::sync {

void ProjectorRegistry::add(const QString &objectType, Projector projector)
{
    m_projectors.insert(objectType, std::move(projector));
}

Status ProjectorRegistry::project(store::Database &db, const journal::Event &event) const
{
    const auto found = m_projectors.constFind(event.objectType);
    if (found == m_projectors.constEnd())
        return Status::success();
    return (*found)(db, event);
}

ProjectorRegistry ProjectorRegistry::standard()
{
    ProjectorRegistry registry;
    registry.add(QStringLiteral("incident"), &records::IncidentService::project);
    registry.add(QStringLiteral("shift"), &records::ShiftService::project);
    // Failed logins and lock-outs count on every desk of the centre.
    registry.add(QStringLiteral("user"), &access::AuthService::project);
    // Reference data changes only by events whose author holds the right here.
    registry.add(QLatin1String(access::kAccountObject), &access::AuthService::projectAccount);
    registry.add(QLatin1String(cameras::kDirectoryObject), &cameras::CameraDirectory::project);
    registry.add(QLatin1String(records::kTypologyObject), &records::IncidentTypology::project);
    registry.add(QLatin1String(verbalisation::kNatinfObject),
                 &verbalisation::NatinfCatalogue::project);
    registry.add(QLatin1String(verbalisation::kTicketObject),
                 &verbalisation::TicketService::project);
    registry.add(QLatin1String(records::kConventionObject), &records::ConventionBook::project);
    registry.add(QLatin1String(records::kBailleurObject), &records::BailleurRegister::project);
    registry.add(QLatin1String(analytics::kSettingsObject), &analytics::DetectorSettings::project);
    // Alarms and their acknowledgements are records: every desk sees them.
    registry.add(QLatin1String(analytics::kAlarmObject), &analytics::AlarmLog::project);
    // Their pictures too, each checked against the hash its alarm recorded.
    registry.add(QLatin1String(analytics::kPictureObject), &analytics::AlarmLog::projectPicture);
    registry.add(QLatin1String(analytics::kCountObject), &analytics::CountLog::project);
    // An operator's favourites and groups follow the operator; only the operator changes them.
    registry.add(QLatin1String(cameras::kSelectionObject), &cameras::CameraSelections::project);
    // Who steers a PTZ camera shows on every desk; a takeover counts only from a chef de salle.
    registry.add(QLatin1String(cameras::kPtzObject), &cameras::PtzSteering::project);
    return registry;
}

} // namespace vigie::sync
