#include "core/verbalisation/ticket_service.h"

#include "core/access/access_policy.h"
#include "core/cameras/camera_directory.h"
#include "core/common/logging.h"
#include "core/common/sha256.h"
#include "core/common/uuid.h"
#include "core/journal/journal.h"
#include "core/journal/journal_reader.h"
#include "core/records/record_time.h"
#include "core/store/database.h"
#include "core/verbalisation/natinf_catalogue.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::verbalisation {
namespace {

const QString kDraft = QStringLiteral("ticket.draft");
const QString kUpdate = QStringLiteral("ticket.update");
const QString kValidate = QStringLiteral("ticket.validate");
const QString kExport = QStringLiteral("ticket.export");
const QString kSent = QStringLiteral("ticket.sent");
const QString kCancel = QStringLiteral("ticket.cancel");
const QString kRefused = QStringLiteral("ticket.refused");
// Sorts after every hybrid-logical-clock stamp: once validated, no crossed edit changes the
// ticket's content, on any desk.
const QString kContentLocked = QStringLiteral("~validated");

int rank(TicketState state)
{
    switch (state) {
    case TicketState::Draft:
        return 0;
    case TicketState::Validated:
        return 1;
    case TicketState::Exported:
        return 2;
    case TicketState::Sent:
        return 3;
    case TicketState::Cancelled:
        return 4;
    }
    return 0;
}

// The event's place in the order every desk agrees on: hybrid logical clock, then workstation.
QString stampOf(const journal::Event &event)
{
    return event.hlc.toString() + QLatin1Char(' ') + event.workstation;
}

struct Row
{
    Ticket ticket;
    QString contentHlc;
    QString exportHlc;
    QString sentHlc;
    QString cancelHlc;
};

std::optional<Row> readRow(store::Database &db, const QString &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT data, content_hlc, export_hlc, sent_hlc, cancel_hlc FROM"
                             " tickets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Row { ticketFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()),
                 q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString() };
}

QString jsonText(const Ticket &ticket)
{
    return QString::fromUtf8(QJsonDocument(ticketToJson(ticket)).toJson(QJsonDocument::Compact));
}

Status writeRow(store::Database &db, const Row &row, bool insert)
{
    const Ticket &t = row.ticket;
    QSqlQuery q(db.connection());
    if (insert) {
        q.prepare(QStringLiteral(
            "INSERT INTO tickets (state, captured_ms, camera_number, place, plate, natinf_code,"
            " agent_login, data, content_hlc, export_hlc, sent_hlc, cancel_hlc, id, number)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE tickets SET state = ?, captured_ms = ?, camera_number = ?, place = ?,"
            " plate = ?, natinf_code = ?, agent_login = ?, data = ?, content_hlc = ?,"
            " export_hlc = ?, sent_hlc = ?, cancel_hlc = ? WHERE id = ?"));
    }
    q.addBindValue(ticketStateCode(t.state));
    q.addBindValue(t.capturedAt.toMSecsSinceEpoch());
    q.addBindValue(t.cameraNumber);
    q.addBindValue(nonNull(t.place));
    q.addBindValue(nonNull(t.plate));
    q.addBindValue(nonNull(t.natinfCode));
    q.addBindValue(t.agentLogin);
    q.addBindValue(jsonText(t));
    q.addBindValue(nonNull(row.contentHlc));
    q.addBindValue(nonNull(row.exportHlc));
    q.addBindValue(nonNull(row.sentHlc));
    q.addBindValue(nonNull(row.cancelHlc));
    q.addBindValue(t.id);
    if (insert)
        q.addBindValue(t.number);
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            TicketService::tr("Cannot save the ticket"), q.lastError()));
    return Status::success();
}

// What the agent typed (and the offence copied from the catalogue) moves from one state of the
// ticket to another; nothing of the capture or the workflow does.
void copyContent(Ticket &into, const Ticket &from)
{
    into.plate = from.plate;
    into.plateFormat = from.plateFormat;
    into.country = from.country;
    into.make = from.make;
    into.model = from.model;
    into.category = from.category;
    into.colour = from.colour;
    into.natinfCode = from.natinfCode;
    into.natinfLabel = from.natinfLabel;
    into.legalReference = from.legalReference;
    into.offenceClass = from.offenceClass;
    into.amountCents = from.amountCents;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(file.errorString());
    return Status::success();
}

QString fromState(TicketState state)
{
    return ticketStateCode(state);
}

} // namespace

TicketService::TicketService(store::Database &db, journal::Journal &journal,
                             access::AccessPolicy &policy,
                             const cameras::CameraDirectory &directory,
                             const NatinfCatalogue &catalogue, QString dataDir,
                             VerbalisationSettings settings, Clock clock)
    : m_db(db), m_journal(journal), m_policy(policy), m_directory(directory),
      m_catalogue(catalogue), m_dataDir(std::move(dataDir)), m_settings(std::move(settings)),
      m_clock(std::move(clock)), m_writeFrame(&writeFile)
{
}

void TicketService::setFrameWriter(FrameWriter writer)
{
    m_writeFrame = writer ? std::move(writer) : FrameWriter(&writeFile);
}

QString TicketService::framePath(const TicketFrame &frame) const
{
    return QDir(m_dataDir).filePath(frame.relativePath);
}

Status TicketService::refuse(const access::User &actor, int cameraNumber, const QString &reason)
{
    qCInfo(lcStore) << "ticket refused" << actor.login << cameraNumber << reason;
    // A refusal the law requires is an access log entry like the others; if even that cannot
    // be written, the refusal still stands.
    (void)m_journal.record(
        { actor.login,
          kRefused,
          QLatin1String(kTicketObject),
          QString::number(cameraNumber),
          QString(),
          { { QStringLiteral("camera"), cameraNumber }, { QStringLiteral("reason"), reason } } });
    return Status::failure(reason);
}

Status TicketService::checkCamera(const access::User &actor, int cameraNumber)
{
    // Either verbalisation right opens a draft; the offence decides which one the ticket needs.
    const Status allowed = m_policy.check(actor, access::Permission::VerbaliseParking,
                                          QStringLiteral("camera"), QString::number(cameraNumber));
    if (!allowed.ok())
        return allowed;
    const auto camera = m_directory.byNumber(cameraNumber);
    if (!camera)
        return refuse(actor, cameraNumber,
                      tr("Camera %1 is not in the directory.").arg(cameraNumber));
    if (camera->retired || !camera->enabled)
        return refuse(actor, cameraNumber,
                      tr("Camera %1 is out of service: no ticket can be drafted from it.")
                          .arg(camera->title()));
    if (camera->owner != cameras::CameraOwner::Commune)
        return refuse(actor, cameraNumber,
                      tr("Camera %1 is not the commune's (%2): it cannot be used for "
                         "video-verbalisation.")
                          .arg(camera->title(),
                               camera->owner == cameras::CameraOwner::Bailleur
                                   ? tr("a bailleur's camera")
                                   : tr("another owner's camera")));
    if (!camera->verbalisation)
        return refuse(actor, cameraNumber,
                      tr("Camera %1 is not named by the prefectoral authorisation for "
                         "video-verbalisation.")
                          .arg(camera->title()));
    if (m_settings.authorisationRef.trimmed().isEmpty())
        return refuse(actor, cameraNumber,
                      tr("No prefectoral authorisation is configured for video-verbalisation "
                         "(vigie.conf, [verbalisation] authorisation): no ticket can be "
                         "drafted."));
    return Status::success();
}

Status TicketService::offenceRight(const access::User &actor, const NatinfOffence &offence,
                                   bool journaled) const
{
    const access::Permission needed = offence.asvpAllowed ? access::Permission::VerbaliseParking
                                                          : access::Permission::VerbaliseTraffic;
    const bool granted = journaled
        ? m_policy.check(actor, needed, QLatin1String(kNatinfObject), offence.code).ok()
        : m_policy.allows(actor, needed);
    if (granted)
        return Status::success();
    if (offence.asvpAllowed)
        return Status::failure(
            tr("%1 may not video-verbalise: NATINF %2 needs a municipal police agent or an ASVP.")
                .arg(actor.login, offence.code));
    return Status::failure(tr("NATINF %1 (%2) is not a parking offence: only a municipal police "
                              "agent may record it, not an ASVP.")
                               .arg(offence.code, offence.label));
}

Status TicketService::checkInput(const access::User &actor, const TicketInput &input,
                                 const QDate &day, Plate *normalisedPlate) const
{
    if (!input.plate.trimmed().isEmpty()) {
        auto plate = PlateRules::normalise(input.plate, input.country);
        if (!plate.ok())
            return plate.status();
        if (normalisedPlate)
            *normalisedPlate = plate.value();
    } else if (!input.country.trimmed().isEmpty() && !isCountryCode(input.country)) {
        return Status::failure(tr("%1 is not an ISO 3166 country code (two letters: DE, BE, "
                                  "ES...).")
                                   .arg(input.country.trimmed()));
    }
    if (!input.natinf.trimmed().isEmpty()) {
        auto offence = m_catalogue.usable(input.natinf, day);
        if (!offence.ok())
            return offence.status();
        return offenceRight(actor, offence.value(), false);
    }
    return Status::success();
}

Result<Ticket> TicketService::withInput(const access::User &actor, Ticket ticket,
                                        const TicketInput &input)
{
    const QDate day = ticket.capturedAt.date();
    Plate plate;
    const Status checked = checkInput(actor, input, day, &plate);
    if (!checked.ok()) {
        // A refusal for the actor's status is journaled as such.
        if (auto offence = m_catalogue.usable(input.natinf, day); offence.ok())
            (void)offenceRight(actor, offence.value(), true);
        return Result<Ticket>(checked);
    }
    if (input.plate.trimmed().isEmpty()) {
        ticket.plate.clear();
        ticket.plateFormat = PlateFormat::Siv;
        ticket.country = input.country.trimmed().toUpper();
    } else {
        ticket.plate = plate.text;
        ticket.plateFormat = plate.format;
        ticket.country = plate.country;
    }
    ticket.make = input.make.trimmed();
    ticket.model = input.model.trimmed();
    ticket.category = input.category.trimmed().toUpper();
    ticket.colour = input.colour.trimmed();
    ticket.natinfCode = input.natinf.trimmed();
    ticket.natinfLabel.clear();
    ticket.legalReference.clear();
    ticket.offenceClass = 0;
    ticket.amountCents = 0;
    if (!ticket.natinfCode.isEmpty()) {
        const auto offence = m_catalogue.usable(ticket.natinfCode, day);
        ticket.natinfLabel = offence.value().label;
        ticket.legalReference = offence.value().legalReference;
        ticket.offenceClass = offence.value().offenceClass;
        ticket.amountCents = offence.value().standardCents;
    }
    return ticket;
}

QString TicketService::nextNumber() const
{
    const QString prefix
        = QStringLiteral("VV-%1-%2-").arg(m_clock().date().year()).arg(m_journal.workstation());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT number FROM tickets WHERE number >= ? AND number < ?"
                             " ORDER BY number DESC LIMIT 1"));
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QStringLiteral("~")));
    int next = 1;
    if (q.exec() && q.next())
        next = q.value(0).toString().mid(prefix.size()).toInt() + 1;
    return prefix + QStringLiteral("%1").arg(next, 5, 10, QLatin1Char('0'));
}

Result<Ticket> TicketService::createDraft(const access::User &actor, const LiveCapture &capture,
                                          const TicketInput &input)
{
    const Status cameraOk = checkCamera(actor, capture.cameraNumber);
    if (!cameraOk.ok())
        return Result<Ticket>(cameraOk);
    if (!capture.live || capture.frames.isEmpty()) {
        QString why = capture.grabIssue.isEmpty() ? tr("no live picture") : capture.grabIssue;
        while (why.endsWith(QLatin1Char('.'))) // it ends the sentence it is put in
            why.chop(1);
        return Result<Ticket>(refuse(
            actor, capture.cameraNumber,
            tr("A ticket is drafted only from the camera's live picture, seen by the agent at "
               "that instant (%1).")
                .arg(why)));
    }
    const auto camera = m_directory.byNumber(capture.cameraNumber);
    Ticket ticket;
    ticket.id = timeOrderedUuid().toString(QUuid::WithoutBraces);
    ticket.number = nextNumber();
    ticket.workstation = m_journal.workstation();
    ticket.state = TicketState::Draft;
    ticket.live = true;
    ticket.capturedAt = capture.capturedAt.isValid() ? capture.capturedAt : m_clock();
    ticket.clockSync = capture.clock.state;
    ticket.clockDetail = capture.clock.detail;
    ticket.cameraNumber = camera->number;
    ticket.place = camera->address.isEmpty() ? camera->place : camera->address;
    ticket.inseeCode = camera->inseeCode;
    ticket.grabIssue = capture.grabIssue;
    ticket.agentLogin = actor.login;
    ticket.agentName = actor.displayName;
    ticket.agentStatus = actor.hasRole(access::Role::PoliceAgent)
        ? access::roleCode(access::Role::PoliceAgent)
        : access::roleCode(access::Role::Asvp);
    ticket.authorisationRef = m_settings.authorisationRef.trimmed();
    ticket.createdAt = m_clock();
    auto typed = withInput(actor, ticket, input);
    if (!typed.ok())
        return typed;
    ticket = typed.take();

    // The frames first: a ticket never names a file that is not there.
    const QString folder
        = QStringLiteral("verbalisation/%1")
              .arg(ticket.capturedAt.date().toString(QStringLiteral("yyyy/MM/dd")));
    QStringList written;
    const auto removeWritten = [&] {
        for (const QString &path : written)
            QFile::remove(path);
    };
    const int count = int(qMin<qsizetype>(capture.frames.size(), qMax(1, m_settings.maxFrames)));
    for (int i = 0; i < count; ++i) {
        const QImage &picture = capture.frames.at(i);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (picture.isNull() || !picture.save(&buffer, "PNG")) {
            removeWritten();
            return Result<Ticket>::failure(tr("Frame %1 of the capture is empty: nothing was "
                                              "recorded.")
                                               .arg(i + 1));
        }
        TicketFrame frame;
        frame.relativePath = QStringLiteral("%1/%2-%3.png").arg(folder, ticket.number).arg(i + 1);
        frame.sha256 = QString::fromLatin1(sha256Hex({ png }));
        frame.width = picture.width();
        frame.height = picture.height();
        const QString path = framePath(frame);
        Status stored = QDir().mkpath(QFileInfo(path).absolutePath())
            ? m_writeFrame(path, png)
            : Status::failure(
                tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath()));
        if (!stored.ok()) {
            removeWritten();
            qCWarning(lcStore) << "ticket frame not stored" << path << stored.error();
            return Result<Ticket>::failure(
                tr("The frames could not be stored (%1): nothing was recorded, what was typed "
                   "is kept. Free some disk space and try again.")
                    .arg(stored.error()));
        }
        written.append(path);
        ticket.frames.append(frame);
    }
    auto recorded
        = m_journal.recordProjected({ actor.login,
                                      kDraft,
                                      QLatin1String(kTicketObject),
                                      ticket.id,
                                      QString(),
                                      { { QStringLiteral("ticket"), ticketToJson(ticket) } } },
                                    [&](const journal::Event &e) { return project(m_db, e); });
    if (!recorded.ok()) {
        removeWritten();
        return Result<Ticket>(recorded.status());
    }
    qCInfo(lcStore) << "ticket drafted" << ticket.number << "camera" << ticket.cameraNumber;
    return *find(ticket.id);
}

Result<Ticket> TicketService::updateDraft(const access::User &actor, const QString &id,
                                          const TicketInput &input)
{
    const auto current = allowedTicket(actor, id, access::Permission::VerbaliseParking);
    if (!current.ok())
        return Result<Ticket>(current.status());
    if (current.value().state != TicketState::Draft)
        return Result<Ticket>::failure(
            tr("Ticket %1 is %2: it can no longer be edited, only cancelled.")
                .arg(current.value().number, ticketStateLabel(current.value().state)));
    if (current.value().agentLogin != actor.login)
        return Result<Ticket>::failure(
            tr("Ticket %1 is %2's draft: only the agent who saw the offence edits it.")
                .arg(current.value().number, current.value().agentLogin));
    auto changed = withInput(actor, current.value(), input);
    if (!changed.ok())
        return changed;
    return transition(actor, current.value().id, kUpdate,
                      { { QStringLiteral("ticket"), ticketToJson(changed.value()) } });
}

Status TicketService::checkComplete(const Ticket &ticket) const
{
    QStringList missing;
    if (ticket.plate.isEmpty())
        missing << tr("the plate");
    if (ticket.natinfCode.isEmpty())
        missing << tr("the offence (NATINF)");
    if (ticket.matricule.isEmpty())
        missing << tr("the agent's matricule");
    if (ticket.serviceCode.isEmpty())
        missing << tr("the service code");
    if (ticket.frames.isEmpty())
        missing << tr("a frame");
    if (ticket.authorisationRef.isEmpty())
        missing << tr("the prefectoral authorisation");
    if (!missing.isEmpty())
        return Status::failure(tr("Ticket %1 cannot be validated: %2 missing.")
                                   .arg(ticket.number, missing.join(QStringLiteral(", "))));
    return Status::success();
}

Result<Ticket> TicketService::validate(const access::User &actor, const QString &id,
                                       const QString &matricule, const QString &serviceCode)
{
    const auto current = allowedTicket(actor, id, access::Permission::VerbaliseParking);
    if (!current.ok())
        return Result<Ticket>(current.status());
    if (current.value().state != TicketState::Draft)
        return Result<Ticket>::failure(
            tr("Ticket %1 is already %2.")
                .arg(current.value().number, ticketStateLabel(current.value().state)));
    if (current.value().agentLogin != actor.login)
        return Result<Ticket>::failure(
            tr("Only the agent who saw the offence (%1) may validate ticket %2.")
                .arg(current.value().agentLogin, current.value().number));
    if (!actor.matricule.isEmpty() && !matricule.trimmed().isEmpty()
        && matricule.trimmed() != actor.matricule)
        return Result<Ticket>::failure(
            tr("The matricule %1 is not %2's.").arg(matricule.trimmed(), actor.login));
    Ticket validated = current.value();
    validated.matricule = matricule.trimmed();
    validated.serviceCode = serviceCode.trimmed();
    // Every check again, on the ticket as it will be sent: the catalogue or the account may
    // have changed since the draft.
    auto rechecked = withInput(actor, validated, current.value().input());
    if (!rechecked.ok())
        return rechecked;
    validated = rechecked.take();
    const Status complete = checkComplete(validated);
    if (!complete.ok())
        return Result<Ticket>(complete);
    const auto offence = m_catalogue.usable(validated.natinfCode, validated.capturedAt.date());
    const Status right = offenceRight(actor, offence.value(), true);
    if (!right.ok())
        return Result<Ticket>(right);
    validated.agentName = actor.displayName;
    validated.validatedAt = m_clock();
    validated.state = TicketState::Validated;
    return transition(actor, current.value().id, kValidate,
                      { { QStringLiteral("ticket"), ticketToJson(validated) } });
}

Result<Ticket> TicketService::allowedTicket(const access::User &actor, const QString &id,
                                            access::Permission permission)
{
    const auto current = find(id);
    if (!current)
        return Result<Ticket>::failure(tr("There is no ticket %1.").arg(id));
    const Status allowed
        = m_policy.check(actor, permission, QLatin1String(kTicketObject), current->id);
    if (!allowed.ok())
        return Result<Ticket>(allowed);
    return *current;
}

Status TicketService::checkExportable(const access::User &actor, const QString &id)
{
    const auto current = allowedTicket(actor, id, access::Permission::TransmitTickets);
    if (!current.ok())
        return current.status();
    if (current.value().state != TicketState::Validated
        && current.value().state != TicketState::Exported)
        return Status::failure(
            tr("Ticket %1 is %2: only a validated ticket is exported.")
                .arg(current.value().number, ticketStateLabel(current.value().state)));
    return Status::success();
}

Result<Ticket> TicketService::markExported(const access::User &actor, const QString &id,
                                           const QString &format, const QString &fileSha256)
{
    const Status exportable = checkExportable(actor, id);
    if (!exportable.ok())
        return Result<Ticket>(exportable);
    const auto current = find(id);
    return transition(actor, current.value().id, kExport,
                      { { QStringLiteral("format"), format },
                        { QStringLiteral("sha256"), fileSha256 },
                        { QStringLiteral("at"), records::isoWithOffset(m_clock()) } });
}

Result<Ticket> TicketService::markSent(const access::User &actor, const QString &id,
                                       const QString &messageId)
{
    const auto current = allowedTicket(actor, id, access::Permission::TransmitTickets);
    if (!current.ok())
        return Result<Ticket>(current.status());
    if (messageId.trimmed().isEmpty())
        return Result<Ticket>::failure(tr("The PVe chain's message id is missing."));
    if (current.value().state != TicketState::Exported)
        return Result<Ticket>::failure(
            tr("Ticket %1 is %2: only an exported ticket is marked sent.")
                .arg(current.value().number, ticketStateLabel(current.value().state)));
    return transition(actor, current.value().id, kSent,
                      { { QStringLiteral("message_id"), messageId.trimmed() },
                        { QStringLiteral("at"), records::isoWithOffset(m_clock()) } });
}

Result<Ticket> TicketService::cancel(const access::User &actor, const QString &id,
                                     const QString &reason)
{
    const auto current = find(id);
    if (!current)
        return Result<Ticket>::failure(tr("There is no ticket %1.").arg(id));
    // Its own agent cancels a ticket; so do those who transmit tickets (a municipal police
    // agent, the chef de salle).
    const bool own = current->agentLogin == actor.login
        && m_policy.allows(actor, access::Permission::VerbaliseParking);
    if (!own) {
        const Status allowed = m_policy.check(actor, access::Permission::TransmitTickets,
                                              QLatin1String(kTicketObject), current->id);
        if (!allowed.ok())
            return Result<Ticket>(allowed);
    }
    if (reason.trimmed().isEmpty())
        return Result<Ticket>::failure(tr("A cancellation needs its reason."));
    if (current->state == TicketState::Cancelled)
        return Result<Ticket>::failure(tr("Ticket %1 is already cancelled.").arg(current->number));
    return transition(actor, current->id, kCancel,
                      { { QStringLiteral("reason"), reason.trimmed() },
                        { QStringLiteral("from"), fromState(current->state) },
                        { QStringLiteral("at"), records::isoWithOffset(m_clock()) } });
}

Result<Ticket> TicketService::transition(const access::User &actor, const QString &id,
                                         const QString &action, const QJsonObject &payload)
{
    auto recorded = m_journal.recordProjected(
        { actor.login, action, QLatin1String(kTicketObject), id, QString(), payload },
        [&](const journal::Event &e) { return project(m_db, e); });
    if (!recorded.ok())
        return Result<Ticket>(recorded.status());
    qCInfo(lcStore) << action << id << "by" << actor.login;
    return *find(id);
}

std::optional<Ticket> TicketService::find(const QString &idOrNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM tickets WHERE id = ? OR number = ?"));
    q.addBindValue(idOrNumber.trimmed());
    q.addBindValue(idOrNumber.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ticketFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
}

QString TicketService::whereClause(const TicketFilter &filter, QVariantList *binds)
{
    QStringList where { QStringLiteral("1 = 1") };
    if (filter.state) {
        where << QStringLiteral("state = ?");
        binds->append(ticketStateCode(*filter.state));
    }
    if (!filter.agentLogin.isEmpty()) {
        where << QStringLiteral("agent_login = ?");
        binds->append(filter.agentLogin);
    }
    if (filter.cameraNumber > 0) {
        where << QStringLiteral("camera_number = ?");
        binds->append(filter.cameraNumber);
    }
    if (!filter.natinfCode.isEmpty()) {
        where << QStringLiteral("natinf_code = ?");
        binds->append(filter.natinfCode);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("captured_ms >= ?");
        binds->append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("captured_ms < ?");
        binds->append(filter.to.toMSecsSinceEpoch());
    }
    return where.join(QStringLiteral(" AND "));
}

Result<QList<Ticket>> TicketService::list(const access::User &actor, const TicketFilter &filter)
{
    const Status allowed
        = m_policy.check(actor, access::Permission::ReadTickets, QStringLiteral("permission"),
                         QLatin1String(kTicketObject));
    if (!allowed.ok())
        return Result<QList<Ticket>>(allowed);
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM tickets WHERE %1 ORDER BY captured_ms DESC,"
                             " number DESC LIMIT ?")
                  .arg(whereClause(filter, &binds)));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(filter.limit);
    if (!q.exec())
        return Result<QList<Ticket>>::failure(
            store::Database::describeError(tr("Cannot read the tickets"), q.lastError()));
    QList<Ticket> tickets;
    while (q.next())
        tickets.append(ticketFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
    return tickets;
}

Result<QList<TicketDayCount>> TicketService::countsPerDay(const access::User &actor,
                                                          const TicketFilter &filter)
{
    TicketFilter all = filter;
    all.limit = 1000000;
    auto tickets = list(actor, all);
    if (!tickets.ok())
        return Result<QList<TicketDayCount>>(tickets.status());
    // Days of the workstation's calendar, as the agents read the capture times.
    QMap<QDate, int> days;
    for (const Ticket &t : tickets.value())
        ++days[t.capturedAt.toLocalTime().date()];
    QList<TicketDayCount> counts;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        counts.append({ it.key(), it.value() });
    return counts;
}

Result<QList<journal::Event>> TicketService::history(const access::User &actor, const QString &id)
{
    const Status allowed
        = m_policy.check(actor, access::Permission::ReadTickets, QLatin1String(kTicketObject), id);
    if (!allowed.ok())
        return Result<QList<journal::Event>>(allowed);
    const auto ticket = find(id);
    if (!ticket)
        return Result<QList<journal::Event>>::failure(tr("There is no ticket %1.").arg(id));
    journal::JournalReader reader(m_db);
    return reader.between(journal::HlcTime(), journal::HlcTime(),
                          { { QLatin1String(kTicketObject), ticket->id } });
}

QStringList TicketService::warnings(const Ticket &ticket) const
{
    QStringList list;
    if (ticket.clockSync == ClockSyncState::NotSynchronised)
        list << tr("The workstation clock was NOT synchronised at the capture: the time on the "
                   "ticket may be wrong.");
    else if (ticket.clockSync == ClockSyncState::Unknown)
        list << tr("Whether the workstation clock was synchronised at the capture is unknown.");
    if (!ticket.grabIssue.isEmpty())
        list << tr("Fewer frames than asked: %1").arg(ticket.grabIssue);
    if (!ticket.plate.isEmpty()) {
        const qint64 window_ms = qint64(m_settings.duplicateWindow_min) * 60 * 1000;
        const qint64 at = ticket.capturedAt.toMSecsSinceEpoch();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT number FROM tickets WHERE plate = ? AND (place = ? OR camera_number = ?)"
            " AND captured_ms BETWEEN ? AND ? AND id <> ? AND state <> 'cancelled'"
            " ORDER BY captured_ms"));
        q.addBindValue(ticket.plate);
        q.addBindValue(nonNull(ticket.place));
        q.addBindValue(ticket.cameraNumber);
        q.addBindValue(at - window_ms);
        q.addBindValue(at + window_ms);
        q.addBindValue(nonNull(ticket.id));
        QStringList others;
        if (q.exec()) {
            while (q.next())
                others << q.value(0).toString();
        }
        if (!others.isEmpty())
            list << tr("Possible duplicate: %1 has ticket(s) %2 at the same place within %3 "
                       "min.")
                        .arg(ticket.plate, others.join(QStringLiteral(", ")))
                        .arg(m_settings.duplicateWindow_min);
    }
    return list;
}

Status TicketService::project(store::Database &db, const journal::Event &event)
{
    const QJsonObject &p = event.payload;
    const QString stamp = stampOf(event);
    if (event.action == kDraft) {
        Row row { ticketFromJson(p.value(QStringLiteral("ticket")).toObject()), stamp, {}, {}, {} };
        row.ticket.id = event.objectId;
        row.ticket.state = TicketState::Draft;
        return writeRow(db, row, true);
    }
    if (event.action == kRefused)
        return Status::success();
    auto found = readRow(db, event.objectId);
    if (!found) // a step on a ticket this desk has not received yet: the journal keeps it
        return Status::success();
    Row &row = *found;
    Ticket &t = row.ticket;
    const bool cancelled = !row.cancelHlc.isEmpty();
    // Every step moves the state forward, never back; a cancellation wins over all, so that
    // whatever order crossed events arrive in, every desk ends with the same ticket.
    const auto advance = [&](TicketState target) {
        if (!cancelled && rank(target) > rank(t.state))
            t.state = target;
    };
    if (event.action == kUpdate) {
        if (t.state == TicketState::Draft && !cancelled && stamp > row.contentHlc) {
            copyContent(t, ticketFromJson(p.value(QStringLiteral("ticket")).toObject()));
            row.contentHlc = stamp;
        } else {
            t.concurrentEdits = true; // an edit crossed a validation or a later edit
        }
    } else if (event.action == kValidate) {
        const Ticket validated = ticketFromJson(p.value(QStringLiteral("ticket")).toObject());
        if (row.contentHlc == kContentLocked) {
            t.concurrentEdits = true;
        } else {
            copyContent(t, validated);
            t.matricule = validated.matricule;
            t.serviceCode = validated.serviceCode;
            t.agentName = validated.agentName;
            t.validatedAt = validated.validatedAt;
            row.contentHlc = kContentLocked;
        }
        advance(TicketState::Validated);
    } else if (event.action == kExport) {
        if (row.exportHlc.isEmpty() || stamp < row.exportHlc) {
            t.exportedAt = records::fromIso(p.value(QStringLiteral("at")).toString());
            row.exportHlc = stamp;
        }
        advance(TicketState::Exported);
    } else if (event.action == kSent) {
        if (row.sentHlc.isEmpty() || stamp < row.sentHlc) {
            t.messageId = p.value(QStringLiteral("message_id")).toString();
            t.sentAt = records::fromIso(p.value(QStringLiteral("at")).toString());
            row.sentHlc = stamp;
        }
        advance(TicketState::Sent);
    } else if (event.action == kCancel) {
        if (row.cancelHlc.isEmpty() || stamp < row.cancelHlc) {
            t.cancelReason = p.value(QStringLiteral("reason")).toString();
            t.cancelledBy = event.user;
            t.cancelledAt = records::fromIso(p.value(QStringLiteral("at")).toString());
            row.cancelHlc = stamp;
        }
        t.state = TicketState::Cancelled;
    } else {
        return Status::success();
    }
    return writeRow(db, row, false);
}

} // namespace vigie::verbalisation
