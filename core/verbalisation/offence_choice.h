// The offences an agent is offered when drafting a ticket: those of the catalogue valid on the
// capture day that the agent's roles allow (VerbaliseParking for an offence an ASVP may
// record, VerbaliseTraffic for the others). TicketService checks the same on every save; this
// only keeps the dialog from offering what would be refused.
#pragma once

#include "core/verbalisation/natinf_catalogue.h"

#include <QDate>
#include <QList>

namespace vigie::access {
struct User;
}

namespace vigie::verbalisation {

QList<NatinfOffence> offencesFor(const access::User &agent, const QList<NatinfOffence> &catalogue,
                                 const QDate &day);

} // namespace vigie::verbalisation
