// A video-verbalisation ticket (domain.md, "Verbalisation draft"): what the agent saw live on a
// camera authorised for it, the vehicle, the offence, the frames grabbed with their SHA-256,
// and where it stands in its workflow: draft -> validated -> exported -> sent, or cancelled
// with a reason at any stage.
#pragma once

#include "core/verbalisation/clock_sync.h"
#include "core/verbalisation/plate.h"

#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::verbalisation {

enum class TicketState { Draft, Validated, Exported, Sent, Cancelled };

// "draft", "validated", "exported", "sent", "cancelled": as stored, exported and filtered on.
QString ticketStateCode(TicketState state);
std::optional<TicketState> ticketStateFromCode(const QString &code);
QString ticketStateLabel(TicketState state); // in the operator's language

// A frame of the ticket as stored: a PNG file under the data folder and its SHA-256, which the
// ticket (and its journal event) carries so that the file can be proven unchanged.
struct TicketFrame
{
    QString relativePath; // under the data folder: "verbalisation/2026/12/05/<id>-1.png"
    QString sha256; // hex, of the file's bytes
    int width = 0; // the main stream's full resolution
    int height = 0;
};

// What core captures at the instant the agent opens a draft from a live picture: the caller
// (a live tile, or vigiectl through video::grabLivePictures) fills it from the camera's live
// stream, never from a recording.
struct LiveCapture
{
    int cameraNumber = 0;
    bool live = false; // the pictures come from the live stream at this instant
    QDateTime capturedAt; // the workstation clock at the instant of the capture
    ClockSync clock; // ClockSyncReader::read() at that instant
    QList<QImage> frames; // up to 3, at the main stream's full resolution
    // Why fewer frames than asked were grabbed ("stream lost after 1 picture"); the draft
    // keeps what it has and carries this note.
    QString grabIssue;
};

// What the agent types or picks; empty fields may wait in a draft, never in a validated ticket.
struct TicketInput
{
    QString plate; // as typed: normalised by PlateRules
    QString country; // ISO 3166-1 alpha-2; empty for a French plate
    QString make;
    QString model;
    QString category; // VP, VU, moto, PL... (free text, upper case stored)
    QString colour;
    QString natinf; // the offence's NATINF code
};

struct Ticket
{
    QString id; // UUID, the same on every desk
    QString number; // "2026-WS01-VV00012": year, workstation, sequence
    QString workstation; // the desk it was drafted on (its frames are stored there)
    TicketState state = TicketState::Draft;

    // The capture.
    bool live = false;
    QDateTime capturedAt; // with its UTC offset
    ClockSyncState clockSync = ClockSyncState::Unknown;
    QString clockDetail;
    int cameraNumber = 0;
    QString place;
    QString inseeCode;
    QList<TicketFrame> frames;
    QString grabIssue;

    // The vehicle.
    QString plate; // normalised; empty until typed
    PlateFormat plateFormat = PlateFormat::Siv;
    QString country;
    QString make;
    QString model;
    QString category;
    QString colour;

    // The offence, copied from the catalogue when it was chosen.
    QString natinfCode;
    QString natinfLabel;
    QString legalReference; // the article
    int offenceClass = 0;
    int amountCents = 0; // the standard (forfaitaire) amount

    // Who: the agent who drafted it (and must validate it), their status when drafting
    // ("police_agent" or "asvp"), the matricule and service code given at validation.
    QString agentLogin;
    QString agentName;
    QString agentStatus;
    QString matricule;
    QString serviceCode;
    QString authorisationRef; // the prefectoral authorisation naming the camera

    QDateTime createdAt;
    QDateTime validatedAt;
    QDateTime exportedAt;
    QDateTime sentAt;
    QString messageId; // the PVe chain's message id, once sent
    QDateTime cancelledAt;
    QString cancelledBy;
    QString cancelReason;
    // Set when another desk's change crossed this one (the journal keeps both).
    bool concurrentEdits = false;

    TicketInput input() const; // the typed fields, as an agent would edit them
};

// The ticket as the export schema's "ticket" object (resources/schemas/ticket-v1.schema.json):
// also how the register keeps it and how its events carry it.
QJsonObject ticketToJson(const Ticket &ticket);
Ticket ticketFromJson(const QJsonObject &object);

} // namespace vigie::verbalisation
