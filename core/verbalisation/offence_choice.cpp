#include "core/verbalisation/offence_choice.h"

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"

#include <algorithm>

namespace vigie::verbalisation {

QList<NatinfOffence> offencesFor(const access::User &agent, const QList<NatinfOffence> &catalogue,
                                 const QDate &day)
{
    QList<NatinfOffence> offered;
    for (const NatinfOffence &offence : catalogue) {
        if (!offence.validOn(day))
            continue;
        const access::Permission needed = offence.asvpAllowed
            ? access::Permission::VerbaliseParking
            : access::Permission::VerbaliseTraffic;
        const bool granted
            = std::any_of(agent.roles.cbegin(), agent.roles.cend(),
                          [&](access::Role role) { return access::roleGrants(role, needed); });
        if (granted)
            offered.append(offence);
    }
    return offered;
}

} // namespace vigie::verbalisation
