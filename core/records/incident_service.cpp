#include "core/records/incident_service.h"

#include "core/common/logging.h"
#include "core/common/uuid.h"
#include "core/journal/journal.h"
#include "core/records/incident_form.h"
#include "core/records/incident_typology.h"
#include "core/records/record_time.h"
#include "core/records/shift_service.h"
#include "core/records/snapshot_store.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vigie::records {
namespace {

const QString kIncident = QStringLiteral("incident");

const QString kColumns = QStringLiteral(
    "id, number, workstation, COALESCE(shift_id, ''), occurred_at, operator_login,"
    " operator_matricule, category, subcategory, COALESCE(camera_number, 0), place,"
    " insee_code, description, persons, partners, outcome, links, status, snapshot,"
    " snapshot_sha256, COALESCE(signed_by, ''), COALESCE(signed_at, ''), concurrent_edits");

Incident readIncident(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toString();
    i.number = q.value(1).toString();
    i.workstation = q.value(2).toString();
    i.shiftId = q.value(3).toString();
    IncidentDraft &d = i.draft;
    d.occurredAt = fromIso(q.value(4).toString());
    i.operatorLogin = q.value(5).toString();
    i.operatorMatricule = q.value(6).toString();
    d.category = q.value(7).toString();
    d.subcategory = q.value(8).toString();
    d.cameraNumber = q.value(9).toInt();
    d.place = q.value(10).toString();
    d.inseeCode = q.value(11).toString();
    d.description = q.value(12).toString();
    d.persons = q.value(13).toString();
    const QJsonObject wrapper {
        { QStringLiteral("partners"), QJsonDocument::fromJson(q.value(14).toByteArray()).array() },
        { QStringLiteral("links"), QJsonDocument::fromJson(q.value(16).toByteArray()).array() }
    };
    const IncidentDraft lists = draftFromJson(wrapper);
    d.partners = lists.partners;
    d.links = lists.links;
    d.outcome = q.value(15).toString();
    i.status = q.value(17).toString() == QLatin1String("closed") ? Incident::Status::Closed
                                                                 : Incident::Status::Open;
    d.closed = i.status == Incident::Status::Closed;
    d.snapshotPath = q.value(18).toString();
    d.snapshotSha256 = q.value(19).toString();
    i.signedBy = q.value(20).toString();
    i.signedAt = fromIso(q.value(21).toString());
    i.concurrentEdits = q.value(22).toBool();
    return i;
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

// FTS5 query from what the operator typed: each word a prefix, all required. Quotes keep the
// operator's text from being read as FTS syntax.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    for (QString word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

// The state an edit is made on: another workstation's edit of the same state crossed it.
QString lastHlc(store::Database &db, const QString &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT last_hlc FROM incidents WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

IncidentService::IncidentService(store::Database &db, journal::Journal &journal,
                                 access::AccessPolicy &policy, ShiftService &shifts, Clock clock)
    : m_db(db), m_journal(journal), m_policy(policy), m_shifts(shifts), m_clock(std::move(clock))
{
}

Result<int> IncidentService::purgeBefore(const QDateTime &before, const QString &user)
{
    int removed = 0;
    auto purged = m_journal.record(
        { user,
          QStringLiteral("incident.purge"),
          QStringLiteral("incident"),
          QString(),
          tr("retention of the main courante"),
          { { QStringLiteral("before"), before.toUTC().toString(Qt::ISODate) } } },
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM incidents WHERE occurred_ms < ?"));
            q.addBindValue(before.toMSecsSinceEpoch());
            if (!q.exec())
                return Status::failure(store::Database::describeError(
                    tr("Cannot purge the main courante"), q.lastError()));
            removed = q.numRowsAffected();
            return Status::success();
        });
    if (!purged.ok())
        return Result<int>(purged.status());
    return Result<int>(removed);
}

Status IncidentService::project(store::Database &db, const journal::Event &event)
{
    const QJsonObject p = event.payload;
    // The record's order: hybrid logical clock, then workstation, so that two edits stamped
    // alike on two workstations are ordered the same way everywhere.
    const QString stamp = event.hlc.toString() + QLatin1Char(' ') + event.workstation;
    QSqlQuery q(db.connection());
    if (event.action == QLatin1String("incident.create")
        || event.action == QLatin1String("incident.update")) {
        const QJsonObject d = p.value(QStringLiteral("draft")).toObject();
        if (event.action == QLatin1String("incident.update")) {
            // An edit made elsewhere before one already applied here: both stay in the journal;
            // the record keeps the latest (hybrid-logical-clock order) and says that edits
            // crossed.
            QSqlQuery last(db.connection());
            last.prepare(QStringLiteral("SELECT last_hlc FROM incidents WHERE id = ?"));
            last.addBindValue(event.objectId);
            if (last.exec() && last.next() && last.value(0).toString() > stamp) {
                QSqlQuery mark(db.connection());
                mark.prepare(
                    QStringLiteral("UPDATE incidents SET concurrent_edits = 1 WHERE id = ?"));
                mark.addBindValue(event.objectId);
                return mark.exec()
                    ? Status::success()
                    : Status::failure(store::Database::describeError(
                        IncidentService::tr("Cannot save the incident"), mark.lastError()));
            }
        }
        const IncidentDraft draft = draftFromJson(d);
        if (event.action == QLatin1String("incident.create")) {
            q.prepare(QStringLiteral(
                "INSERT INTO incidents (id, number, workstation, shift_id, occurred_at,"
                " occurred_ms, operator_login, operator_matricule, category, subcategory,"
                " camera_number, place, insee_code, description, persons, partners, outcome,"
                " links, status, snapshot, snapshot_sha256, last_hlc) VALUES (?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(event.objectId);
            q.addBindValue(p.value(QStringLiteral("number")).toString());
            q.addBindValue(event.workstation);
            const QString shift = p.value(QStringLiteral("shift_id")).toString();
            q.addBindValue(shift.isEmpty() ? QVariant() : QVariant(shift));
            q.addBindValue(isoWithOffset(draft.occurredAt));
            q.addBindValue(draft.occurredAt.toMSecsSinceEpoch());
            q.addBindValue(event.user);
            q.addBindValue(p.value(QStringLiteral("matricule")).toString());
        } else {
            q.prepare(QStringLiteral(
                "UPDATE incidents SET occurred_at = ?, occurred_ms = ?, category = ?,"
                " subcategory = ?, camera_number = ?, place = ?, insee_code = ?,"
                " description = ?, persons = ?, partners = ?, outcome = ?, links = ?,"
                " status = ?, snapshot = ?, snapshot_sha256 = ?, last_hlc = ?,"
                " concurrent_edits = CASE WHEN ? <> '' AND ? <> last_hlc THEN 1"
                " ELSE concurrent_edits END WHERE id = ?"));
            q.addBindValue(isoWithOffset(draft.occurredAt));
            q.addBindValue(draft.occurredAt.toMSecsSinceEpoch());
        }
        if (event.action == QLatin1String("incident.create")) {
            q.addBindValue(draft.category);
            q.addBindValue(nonNull(draft.subcategory));
            q.addBindValue(draft.cameraNumber > 0 ? QVariant(draft.cameraNumber) : QVariant());
        } else {
            q.addBindValue(draft.category);
            q.addBindValue(nonNull(draft.subcategory));
            q.addBindValue(draft.cameraNumber > 0 ? QVariant(draft.cameraNumber) : QVariant());
        }
        q.addBindValue(nonNull(draft.place));
        q.addBindValue(nonNull(draft.inseeCode));
        q.addBindValue(nonNull(draft.description));
        q.addBindValue(nonNull(draft.persons));
        q.addBindValue(jsonText(d.value(QStringLiteral("partners"))));
        q.addBindValue(nonNull(draft.outcome));
        q.addBindValue(jsonText(d.value(QStringLiteral("links"))));
        q.addBindValue(draft.closed ? QStringLiteral("closed") : QStringLiteral("open"));
        q.addBindValue(nonNull(draft.snapshotPath));
        q.addBindValue(nonNull(draft.snapshotSha256));
        q.addBindValue(stamp);
        if (event.action == QLatin1String("incident.update")) {
            // Made on another state than the one here: an edit on another workstation crossed.
            q.addBindValue(nonNull(p.value(QStringLiteral("base_hlc")).toString()));
            q.addBindValue(nonNull(p.value(QStringLiteral("base_hlc")).toString()));
            q.addBindValue(event.objectId);
        }
    } else if (event.action == QLatin1String("incident.sign")) {
        // A signature always holds, whenever it arrives; crossing an edit marks the record.
        const QString base = nonNull(p.value(QStringLiteral("base_hlc")).toString());
        q.prepare(QStringLiteral(
            "UPDATE incidents SET signed_by = ?, signed_at = ?, last_hlc = MAX(last_hlc, ?),"
            " concurrent_edits = CASE WHEN (? <> '' AND ? <> last_hlc) OR last_hlc > ? THEN 1"
            " ELSE concurrent_edits END WHERE id = ?"));
        q.addBindValue(event.user);
        q.addBindValue(p.value(QStringLiteral("at")).toString());
        q.addBindValue(stamp);
        q.addBindValue(base);
        q.addBindValue(base);
        q.addBindValue(stamp);
        q.addBindValue(event.objectId);
    } else {
        return Status::success(); // addenda live in the journal only
    }
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            IncidentService::tr("Cannot save the incident"), q.lastError()));
    return Status::success();
}

Result<Incident> IncidentService::create(const access::User &actor, const IncidentDraft &input)
{
    return createWith(actor, input, {});
}

Result<Incident> IncidentService::create(const access::User &actor, const IncidentDraft &input,
                                         SnapshotStore &snapshots, const PendingSnapshot &picture)
{
    if (picture.isEmpty())
        return create(actor, input);
    return createWith(actor, input, [&](IncidentDraft &draft) -> Status {
        auto stored = snapshots.store(actor, picture);
        if (!stored.ok())
            return stored.status();
        draft.snapshotPath = stored.value().relativePath;
        draft.snapshotSha256 = stored.value().sha256;
        return Status::success();
    });
}

Result<Incident> IncidentService::createWith(const access::User &actor, const IncidentDraft &input,
                                             const std::function<Status(IncidentDraft &)> &attach)
{
    Status allowed = m_policy.check(actor, access::Permission::TagIncident, kIncident);
    if (!allowed.ok())
        return Result<Incident>(allowed);
    IncidentDraft draft = input;
    if (!draft.occurredAt.isValid())
        draft.occurredAt = m_clock();
    const QStringList errors = form::validate(draft, IncidentTypology::load(m_db));
    if (!errors.isEmpty())
        return Result<Incident>::failure(errors.join(QLatin1Char(' ')));
    // What is attached (the picture) is written only for an incident that will be recorded.
    if (attach) {
        const Status attached = attach(draft);
        if (!attached.ok())
            return Result<Incident>(attached);
    }

    // The number is made here, once: year, workstation, then this workstation's sequence.
    const int year = draft.occurredAt.date().year();
    const QString prefix = QStringLiteral("%1-%2-").arg(year).arg(m_journal.workstation());
    // Sequences are zero-padded to five digits, so within the prefix the greatest number in
    // text order is the greatest in value: one step down the unique index, whatever the size of
    // the register (a scan made every creation slower as the years filled it). Only past 99,999
    // in one year does the text order stop holding, and the scan comes back.
    int next = 1;
    QString upper = prefix;
    upper.back() = QChar(prefix.back().unicode() + 1); // just after every "prefix..." string
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT number FROM incidents WHERE number >= ? AND number < ?"
                             " ORDER BY number DESC LIMIT 1"));
    q.addBindValue(prefix);
    q.addBindValue(upper);
    if (q.exec() && q.next())
        next = q.value(0).toString().mid(prefix.size()).toInt() + 1;
    if (next > 99999) {
        QSqlQuery scan(m_db.connection());
        scan.prepare(QStringLiteral("SELECT MAX(CAST(substr(number, ?) AS INTEGER)) FROM incidents"
                                    " WHERE number >= ? AND number < ?"));
        scan.addBindValue(prefix.size() + 1);
        scan.addBindValue(prefix);
        scan.addBindValue(upper);
        if (scan.exec() && scan.next())
            next = scan.value(0).toInt() + 1;
    }
    const QString id = timeOrderedUuid().toString(QUuid::WithoutBraces);
    const auto shift = m_shifts.current();
    const QString number = prefix + QStringLiteral("%1").arg(next, 5, 10, QLatin1Char('0'));
    const QJsonObject payload {
        { QStringLiteral("number"), number },
        { QStringLiteral("shift_id"), shift ? shift->id : QString() },
        { QStringLiteral("matricule"), nonNull(actor.matricule) },
        { QStringLiteral("draft"), draftToJson(draft) },
    };
    auto recorded = m_journal.recordProjected(
        { actor.login, QStringLiteral("incident.create"), kIncident, id, QString(), payload },
        [this](const journal::Event &e) { return project(m_db, e); });
    if (!recorded.ok())
        return Result<Incident>(recorded.status());
    qCInfo(lcStore) << "incident" << number;
    return Result<Incident>(*find(id));
}

Status IncidentService::checkEditable(const Incident &incident) const
{
    if (!incident.signedBy.isEmpty())
        return Status::failure(tr("Incident %1 is signed off: it can no longer be edited, only "
                                  "completed by an addendum.")
                                   .arg(incident.number));
    if (!incident.shiftId.isEmpty()) {
        const auto shift = m_shifts.find(incident.shiftId);
        if (shift
            && (shift->status == Shift::Status::Closed || shift->status == Shift::Status::Signed))
            return Status::failure(tr("The shift of incident %1 is closed: it can no longer be "
                                      "edited, only completed by an addendum.")
                                       .arg(incident.number));
    }
    return Status::success();
}

Result<Incident> IncidentService::update(const access::User &actor, const QString &id,
                                         const IncidentDraft &draft)
{
    Status allowed = m_policy.check(actor, access::Permission::EditIncident, kIncident, id);
    if (!allowed.ok())
        return Result<Incident>(allowed);
    const auto existing = find(id);
    if (!existing)
        return Result<Incident>::failure(tr("Unknown incident."));
    Status editable = checkEditable(*existing);
    if (!editable.ok())
        return Result<Incident>(editable);
    const QStringList errors = form::validate(draft, IncidentTypology::load(m_db));
    if (!errors.isEmpty())
        return Result<Incident>::failure(errors.join(QLatin1Char(' ')));
    auto recorded = m_journal.recordProjected(
        { actor.login,
          QStringLiteral("incident.update"),
          kIncident,
          existing->id,
          QString(),
          { { QStringLiteral("draft"), draftToJson(draft) },
            { QStringLiteral("base_hlc"), lastHlc(m_db, existing->id) } } },
        [this](const journal::Event &e) { return project(m_db, e); });
    if (!recorded.ok())
        return Result<Incident>(recorded.status());
    return Result<Incident>(*find(existing->id));
}

Result<Incident> IncidentService::signOff(const access::User &supervisor, const QString &id)
{
    Status allowed = m_policy.check(supervisor, access::Permission::SignIncident, kIncident, id);
    if (!allowed.ok())
        return Result<Incident>(allowed);
    const auto existing = find(id);
    if (!existing)
        return Result<Incident>::failure(tr("Unknown incident."));
    if (!existing->signedBy.isEmpty())
        return Result<Incident>::failure(
            tr("Incident %1 is already signed off.").arg(existing->number));
    if (existing->status != Incident::Status::Closed)
        return Result<Incident>::failure(
            tr("Incident %1 is still open: close it with its outcome first.")
                .arg(existing->number));
    auto recorded = m_journal.recordProjected(
        { supervisor.login,
          QStringLiteral("incident.sign"),
          kIncident,
          existing->id,
          QString(),
          { { QStringLiteral("at"), isoWithOffset(m_clock()) },
            { QStringLiteral("base_hlc"), lastHlc(m_db, existing->id) } } },
        [this](const journal::Event &e) { return project(m_db, e); });
    if (!recorded.ok())
        return Result<Incident>(recorded.status());
    return Result<Incident>(*find(existing->id));
}

Status IncidentService::addAddendum(const access::User &actor, const QString &id,
                                    const QString &text)
{
    Status allowed = m_policy.check(actor, access::Permission::EditIncident, kIncident, id);
    if (!allowed.ok())
        return allowed;
    const auto existing = find(id);
    if (!existing)
        return Status::failure(tr("Unknown incident."));
    if (text.trimmed().isEmpty())
        return Status::failure(tr("The addendum is empty."));
    return m_journal
        .record({ actor.login,
                  QStringLiteral("incident.addendum"),
                  kIncident,
                  existing->id,
                  QString(),
                  { { QStringLiteral("text"), text.trimmed() },
                    { QStringLiteral("at"), isoWithOffset(m_clock()) } } })
        .status();
}

std::optional<Incident> IncidentService::find(const QString &idOrNumber) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM incidents WHERE id = ? OR number = ?"));
    q.addBindValue(idOrNumber);
    q.addBindValue(idOrNumber);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readIncident(q);
}

Result<QList<Incident>> IncidentService::search(const access::User &actor,
                                                const IncidentFilter &f) const
{
    const Status allowed = m_policy.check(actor, access::Permission::SearchRegister,
                                          QStringLiteral("incident"), QString());
    if (!allowed.ok())
        return Result<QList<Incident>>(allowed);
    QStringList where;
    QVariantList binds;
    const QString match = ftsQuery(f.text);
    if (!match.isEmpty()) {
        where.append(QStringLiteral("rowid IN (SELECT rowid FROM incidents_fts WHERE"
                                    " incidents_fts MATCH ?)"));
        binds.append(match);
    }
    if (!f.category.isEmpty()) {
        where.append(QStringLiteral("(category = ? OR subcategory = ?)"));
        binds.append(f.category);
        binds.append(f.category);
    }
    if (f.cameraNumber > 0) {
        where.append(QStringLiteral("camera_number = ?"));
        binds.append(f.cameraNumber);
    }
    if (f.from.isValid()) {
        where.append(QStringLiteral("occurred_ms >= ?"));
        binds.append(f.from.toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        where.append(QStringLiteral("occurred_ms < ?"));
        binds.append(f.to.toMSecsSinceEpoch());
    }
    if (f.status) {
        where.append(QStringLiteral("status = ?"));
        binds.append(*f.status == Incident::Status::Closed ? QStringLiteral("closed")
                                                           : QStringLiteral("open"));
    }
    if (!f.shiftId.isEmpty()) {
        // An incident recorded before the chef opened the shift, or on another desk, carries no
        // or another shift id, yet it happened during the shift's hours and its shift log (and
        // PDF) hold it: the shift's incidents are the same here.
        const auto shift = m_shifts.find(f.shiftId);
        if (shift && shift->startsAt.isValid() && shift->endsAt.isValid()) {
            where.append(
                QStringLiteral("(shift_id = ? OR (occurred_ms >= ? AND occurred_ms < ?))"));
            binds.append(f.shiftId);
            binds.append(shift->startsAt.toMSecsSinceEpoch());
            binds.append(shift->endsAt.toMSecsSinceEpoch());
        } else {
            where.append(QStringLiteral("shift_id = ?"));
            binds.append(f.shiftId);
        }
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM incidents");
    // Words found in thousands of incidents: left to itself SQLite fetches every match by rowid
    // and sorts them all for the newest 500 (170 ms on 100,000 incidents). Walking the time
    // index newest first and keeping the matches stops at the 500th (20 to 40 ms however common
    // the words). A camera narrows better than time does: the planner picks then.
    if (!match.isEmpty() && f.cameraNumber <= 0)
        sql += QStringLiteral(" INDEXED BY incidents_time");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY occurred_ms DESC LIMIT ?");
    binds.append(qBound(1, f.limit, 10000));
    QList<Incident> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStore) << "incident search failed:" << q.lastError().text();
        return Result<QList<Incident>>::failure(
            store::Database::describeError(tr("Cannot search the main courante"), q.lastError()));
    }
    while (q.next())
        list.append(readIncident(q));
    return Result<QList<Incident>>(list);
}

} // namespace vigie::records
