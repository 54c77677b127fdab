// The video-verbalisation workflow with the law checked here, so that the GUI, vigiectl and the
// tests meet the same wall (domain.md, L121-3, L130-9, R121-6):
// - only from a live capture, on a camera the prefectoral authorisation names (the directory's
//   verbalisation flag) and that the commune owns (a bailleur's camera never);
// - by an agent: VerbaliseParking for an offence an ASVP may record, VerbaliseTraffic (municipal
//   police) for every other; an expired or unknown NATINF code is refused;
// - validated by the agent who drafted it, with matricule and service code, once every
//   required field is there; a validated ticket is never edited again, only cancelled;
// - exported, then sent (the PVe chain's message id); cancelled at any stage with a reason.
// Every step is a journal event ("ticket.*", object "ticket") in the same transaction as the
// row; the same project() applies another desk's events, so two desks converge through central.
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/verbalisation/ticket.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::access {
struct User;
class AccessPolicy;
enum class Permission;
} // namespace vigie::access

namespace vigie::cameras {
class CameraDirectory;
}

namespace vigie::verbalisation {

class NatinfCatalogue;
struct NatinfOffence;

// The journal's object type of ticket events.
inline constexpr const char *kTicketObject = "ticket";

// The desk's settings for verbalisation (vigie.conf, group [verbalisation]).
struct VerbalisationSettings
{
    // The prefectoral authorisation's reference, written on every ticket; without it no
    // ticket can be drafted.
    QString authorisationRef;
    // The same plate at the same place within this time warns of a duplicate.
    int duplicateWindow_min = 15;
    int maxFrames = 3;
};

struct TicketFilter
{
    std::optional<TicketState> state;
    QString agentLogin;
    int cameraNumber = 0;
    QString natinfCode;
    QDateTime from; // capture time
    QDateTime to;
    int limit = 1000;
};

// How many tickets were captured on a day (the list view's counts).
struct TicketDayCount
{
    QDate day;
    int count = 0;
};

// Writes a frame's bytes to an absolute path; the default writes the file and flushes it, and
// fails with the system's reason (a full disk says so). Tests inject a failing one.
using FrameWriter = std::function<Status(const QString &path, const QByteArray &bytes)>;

class TicketService
{
    Q_DECLARE_TR_FUNCTIONS(vigie::verbalisation::TicketService)
public:
    TicketService(store::Database &db, journal::Journal &journal, access::AccessPolicy &policy,
                  const cameras::CameraDirectory &directory, const NatinfCatalogue &catalogue,
                  QString dataDir, VerbalisationSettings settings, Clock clock = systemClock());

    const VerbalisationSettings &settings() const { return m_settings; }
    void setFrameWriter(FrameWriter writer);

    // Whether `actor` may draft on that camera at all (a verbalisation right, the camera in
    // the directory, named for verbalisation, the commune's, in service): asked before any
    // frame is grabbed, so that a refused draft fetches nothing. A refusal is journaled.
    Status checkCamera(const access::User &actor, int cameraNumber);
    // The checks a draft's fields must pass (plate, NATINF usable on `day` and allowed to the
    // actor's status), without recording anything: the GUI's instant validation. The plate,
    // when valid, comes back normalised in `normalisedPlate`.
    Status checkInput(const access::User &actor, const TicketInput &input, const QDate &day,
                      Plate *normalisedPlate = nullptr) const;
    // Warnings that do not stop a ticket: a duplicate (the same plate at the same place within
    // the window), an unsynchronised or unknown clock, frames missing. In the operator's
    // language.
    QStringList warnings(const Ticket &ticket) const;

    // A draft from a live capture: every check above, the frames written under the data
    // folder with their SHA-256, then the row and its "ticket.draft" event in one transaction.
    // A frame that cannot be written (disk full) records nothing and says so: the caller
    // still holds what was typed.
    Result<Ticket> createDraft(const access::User &actor, const LiveCapture &capture,
                               const TicketInput &input);
    // Changes a draft's typed fields ("ticket.update"); refused once validated.
    Result<Ticket> updateDraft(const access::User &actor, const QString &id,
                               const TicketInput &input);
    // The agent who drafted it, with a verbalisation right, every required field present and
    // valid on the capture date ("ticket.validate").
    Result<Ticket> validate(const access::User &actor, const QString &id, const QString &matricule,
                            const QString &serviceCode);
    // Exported for the PVe chain (TransmitTickets; validated or already exported tickets only):
    // `fileSha256` the export file's hash, journaled with the format ("ticket.export").
    Result<Ticket> markExported(const access::User &actor, const QString &id, const QString &format,
                                const QString &fileSha256);
    // Whether markExported would accept it (the right and the state), before any file is
    // written; a refusal of the right is journaled.
    Status checkExportable(const access::User &actor, const QString &id);
    // Sent with the PVe chain's message id (TransmitTickets; exported tickets only).
    Result<Ticket> markSent(const access::User &actor, const QString &id, const QString &messageId);
    // Cancelled with a reason at any stage but sent or cancelled: by its agent, or by a chef de
    // salle ("ticket.cancel"). The row and the journal keep everything it was.
    Result<Ticket> cancel(const access::User &actor, const QString &id, const QString &reason);

    // By id or number.
    std::optional<Ticket> find(const QString &idOrNumber) const;
    // ReadTickets (agents and chefs de salle); a refusal is journaled. Newest first.
    Result<QList<Ticket>> list(const access::User &actor, const TicketFilter &filter);
    Result<QList<TicketDayCount>> countsPerDay(const access::User &actor,
                                               const TicketFilter &filter);
    // The ticket's journal events, oldest first: its history, kept after cancellation.
    Result<QList<journal::Event>> history(const access::User &actor, const QString &id);
    // The frame's absolute path on this desk.
    QString framePath(const TicketFrame &frame) const;

    static Status project(store::Database &db, const journal::Event &event);

private:
    Result<Ticket> transition(const access::User &actor, const QString &id, const QString &action,
                              const QJsonObject &payload);
    // The ticket, once the actor is checked for `permission` (a refusal journaled).
    Result<Ticket> allowedTicket(const access::User &actor, const QString &id,
                                 access::Permission permission);
    // Journals the refusal ("ticket.refused", with the camera) and returns it.
    Status refuse(const access::User &actor, int cameraNumber, const QString &reason);
    // Whether the actor's status lets them record that offence (journaled when asked).
    Status offenceRight(const access::User &actor, const NatinfOffence &offence,
                        bool journaled) const;
    // The ticket with the typed fields checked, normalised and the offence copied in.
    Result<Ticket> withInput(const access::User &actor, Ticket ticket, const TicketInput &input);
    Status checkComplete(const Ticket &ticket) const;
    QString nextNumber() const;
    static QString whereClause(const TicketFilter &filter, QVariantList *binds);

    store::Database &m_db;
    journal::Journal &m_journal;
    access::AccessPolicy &m_policy;
    const cameras::CameraDirectory &m_directory;
    const NatinfCatalogue &m_catalogue;
    QString m_dataDir;
    VerbalisationSettings m_settings;
    Clock m_clock;
    FrameWriter m_writeFrame;
};

} // namespace vigie::verbalisation
