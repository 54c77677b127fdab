// Tickets leaving the register for the PVe chain: a JSON document (one ticket or a batch)
// following resources/schemas/ticket-v1.schema.json, and a one-page PDF per ticket with its
// frames, their SHA-256, the agent and the offence. The schema is versioned: a change that
// breaks readers makes ticket-v2.
#pragma once

#include "core/common/result.h"
#include "core/verbalisation/ticket.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigie::verbalisation {

inline constexpr const char *kTicketSchemaId = "https://vigie.example/schemas/ticket-v1.json";
inline constexpr int kTicketSchemaVersion = 1;

class TicketExport
{
    Q_DECLARE_TR_FUNCTIONS(vigie::verbalisation::TicketExport)
public:
    // One ticket as the schema's "ticket" object.
    static QJsonObject toJson(const Ticket &ticket);
    // The document: {"schema", "version", "exported_at", "workstation", "tickets": [...]}.
    static QByteArray document(const QList<Ticket> &tickets, const QDateTime &exportedAt,
                               const QString &workstation);
    // The one-page PDF of a ticket; `frameDir` the data folder its frames are under (a frame
    // not on this desk is named with its hash and marked missing).
    static Result<QByteArray> pdf(const Ticket &ticket, const QString &dataDir);
};

} // namespace vigie::verbalisation
