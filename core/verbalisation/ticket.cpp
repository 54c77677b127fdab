#include "core/verbalisation/ticket.h"

#include "core/records/record_time.h"

#include <QJsonArray>

namespace vigie::verbalisation {
namespace {

using records::fromIso;
using records::isoWithOffset;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString ticketStateCode(TicketState state)
{
    switch (state) {
    case TicketState::Draft:
        return QStringLiteral("draft");
    case TicketState::Validated:
        return QStringLiteral("validated");
    case TicketState::Exported:
        return QStringLiteral("exported");
    case TicketState::Sent:
        return QStringLiteral("sent");
    case TicketState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<TicketState> ticketStateFromCode(const QString &code)
{
    for (TicketState s : { TicketState::Draft, TicketState::Validated, TicketState::Exported,
                           TicketState::Sent, TicketState::Cancelled }) {
        if (ticketStateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString ticketStateLabel(TicketState state)
{
    switch (state) {
    case TicketState::Draft:
        return QCoreApplication::translate("vigie::verbalisation::TicketService", "draft");
    case TicketState::Validated:
        return QCoreApplication::translate("vigie::verbalisation::TicketService", "validated");
    case TicketState::Exported:
        return QCoreApplication::translate("vigie::verbalisation::TicketService", "exported");
    case TicketState::Sent:
        return QCoreApplication::translate("vigie::verbalisation::TicketService", "sent");
    case TicketState::Cancelled:
        return QCoreApplication::translate("vigie::verbalisation::TicketService", "cancelled");
    }
    return QString();
}

TicketInput Ticket::input() const
{
    return { plate,     plateFormat == PlateFormat::Foreign ? country : QString(),
             make,      model,
             category,  colour,
             natinfCode };
}

QJsonObject ticketToJson(const Ticket &t)
{
    QJsonArray frames;
    for (const TicketFrame &f : t.frames)
        frames.append(QJsonObject { { QStringLiteral("file"), f.relativePath },
                                    { QStringLiteral("sha256"), f.sha256 },
                                    { QStringLiteral("width"), f.width },
                                    { QStringLiteral("height"), f.height } });
    const QJsonObject capture { { QStringLiteral("live"), t.live },
                                { QStringLiteral("captured_at"), isoWithOffset(t.capturedAt) },
                                { QStringLiteral("clock_sync"), clockSyncCode(t.clockSync) },
                                { QStringLiteral("clock_detail"), t.clockDetail },
                                { QStringLiteral("camera"), t.cameraNumber },
                                { QStringLiteral("place"), t.place },
                                { QStringLiteral("insee"), t.inseeCode },
                                { QStringLiteral("frames"), frames },
                                { QStringLiteral("grab_issue"), t.grabIssue } };
    const QJsonObject vehicle { { QStringLiteral("plate"), t.plate },
                                { QStringLiteral("format"), plateFormatCode(t.plateFormat) },
                                { QStringLiteral("country"), t.country },
                                { QStringLiteral("make"), t.make },
                                { QStringLiteral("model"), t.model },
                                { QStringLiteral("category"), t.category },
                                { QStringLiteral("colour"), t.colour } };
    const QJsonObject offence { { QStringLiteral("natinf"), t.natinfCode },
                                { QStringLiteral("label"), t.natinfLabel },
                                { QStringLiteral("article"), t.legalReference },
                                { QStringLiteral("class"), t.offenceClass },
                                { QStringLiteral("amount_cents"), t.amountCents } };
    const QJsonObject agent { { QStringLiteral("login"), t.agentLogin },
                              { QStringLiteral("name"), t.agentName },
                              { QStringLiteral("status"), t.agentStatus },
                              { QStringLiteral("matricule"), t.matricule },
                              { QStringLiteral("service_code"), t.serviceCode } };
    const QJsonObject cancellation { { QStringLiteral("at"), isoWithOffset(t.cancelledAt) },
                                     { QStringLiteral("by"), t.cancelledBy },
                                     { QStringLiteral("reason"), t.cancelReason } };
    return { { QStringLiteral("id"), t.id },
             { QStringLiteral("number"), t.number },
             { QStringLiteral("workstation"), t.workstation },
             { QStringLiteral("state"), ticketStateCode(t.state) },
             { QStringLiteral("capture"), capture },
             { QStringLiteral("vehicle"), vehicle },
             { QStringLiteral("offence"), offence },
             { QStringLiteral("agent"), agent },
             { QStringLiteral("authorisation_ref"), t.authorisationRef },
             { QStringLiteral("created_at"), isoWithOffset(t.createdAt) },
             { QStringLiteral("validated_at"), isoWithOffset(t.validatedAt) },
             { QStringLiteral("exported_at"), isoWithOffset(t.exportedAt) },
             { QStringLiteral("sent_at"), isoWithOffset(t.sentAt) },
             { QStringLiteral("message_id"), t.messageId },
             { QStringLiteral("cancellation"), cancellation },
             { QStringLiteral("concurrent_edits"), t.concurrentEdits } };
}

Ticket ticketFromJson(const QJsonObject &o)
{
    Ticket t;
    t.id = str(o, "id");
    t.number = str(o, "number");
    t.workstation = str(o, "workstation");
    t.state = ticketStateFromCode(str(o, "state")).value_or(TicketState::Draft);
    const QJsonObject capture = o.value(QStringLiteral("capture")).toObject();
    t.live = capture.value(QStringLiteral("live")).toBool();
    t.capturedAt = fromIso(str(capture, "captured_at"));
    t.clockSync = clockSyncFromCode(str(capture, "clock_sync")).value_or(ClockSyncState::Unknown);
    t.clockDetail = str(capture, "clock_detail");
    t.cameraNumber = capture.value(QStringLiteral("camera")).toInt();
    t.place = str(capture, "place");
    t.inseeCode = str(capture, "insee");
    for (const QJsonValue &v : capture.value(QStringLiteral("frames")).toArray()) {
        const QJsonObject f = v.toObject();
        t.frames.append({ str(f, "file"), str(f, "sha256"),
                          f.value(QStringLiteral("width")).toInt(),
                          f.value(QStringLiteral("height")).toInt() });
    }
    t.grabIssue = str(capture, "grab_issue");
    const QJsonObject vehicle = o.value(QStringLiteral("vehicle")).toObject();
    t.plate = str(vehicle, "plate");
    t.plateFormat = plateFormatFromCode(str(vehicle, "format")).value_or(PlateFormat::Siv);
    t.country = str(vehicle, "country");
    t.make = str(vehicle, "make");
    t.model = str(vehicle, "model");
    t.category = str(vehicle, "category");
    t.colour = str(vehicle, "colour");
    const QJsonObject offence = o.value(QStringLiteral("offence")).toObject();
    t.natinfCode = str(offence, "natinf");
    t.natinfLabel = str(offence, "label");
    t.legalReference = str(offence, "article");
    t.offenceClass = offence.value(QStringLiteral("class")).toInt();
    t.amountCents = offence.value(QStringLiteral("amount_cents")).toInt();
    const QJsonObject agent = o.value(QStringLiteral("agent")).toObject();
    t.agentLogin = str(agent, "login");
    t.agentName = str(agent, "name");
    t.agentStatus = str(agent, "status");
    t.matricule = str(agent, "matricule");
    t.serviceCode = str(agent, "service_code");
    t.authorisationRef = str(o, "authorisation_ref");
    t.createdAt = fromIso(str(o, "created_at"));
    t.validatedAt = fromIso(str(o, "validated_at"));
    t.exportedAt = fromIso(str(o, "exported_at"));
    t.sentAt = fromIso(str(o, "sent_at"));
    t.messageId = str(o, "message_id");
    const QJsonObject cancellation = o.value(QStringLiteral("cancellation")).toObject();
    t.cancelledAt = fromIso(str(cancellation, "at"));
    t.cancelledBy = str(cancellation, "by");
    t.cancelReason = str(cancellation, "reason");
    t.concurrentEdits = o.value(QStringLiteral("concurrent_edits")).toBool();
    return t;
}

} // namespace vigie::verbalisation
