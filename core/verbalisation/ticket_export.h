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
#include <QStringList>

namespace vigie::access {
struct User;
}

namespace vigie::verbalisation {

class TicketService;

struct ExportedTickets
{
    QStringList files; // absolute paths written
    QStringList sha256; // hex, one per file
    QList<Ticket> tickets; // as they stand once marked exported
};

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

    // Exports validated (or already exported) tickets for the PVe chain: "json" writes one
    // document at `output`; "pdf" one file per ticket, at `output` for one ticket or in the
    // folder `output` (as NUMBER.pdf) for several. Each ticket is then marked exported with its
    // file's SHA-256 (TransmitTickets, checked before anything is written). A file that cannot
    // be written, or an export that cannot be journaled, leaves no file behind.
    static Result<ExportedTickets> write(TicketService &service, const access::User &actor,
                                         const QStringList &ids, const QString &format,
                                         const QString &output, const QString &dataDir,
                                         const QString &workstation, const QDateTime &now);
};

} // namespace vigie::verbalisation
