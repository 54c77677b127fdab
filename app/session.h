// Who is at the desk: the logged-in user on this workstation, during which shift.
#pragma once

#include "core/access/auth_service.h"
#include "core/access/shift_schedule.h"

#include <QString>

namespace vigie::app {

struct Session
{
    access::User user;
    QString workstationId;
    access::ShiftSchedule schedule;
};

} // namespace vigie::app
