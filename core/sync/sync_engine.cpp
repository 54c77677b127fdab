#include "core/sync/sync_engine.h"

#include "core/journal/journal.h"
#include "core/journal/journal_reader.h"
#include "core/journal/workstation_key.h"
#include "core/store/database.h"
#include "core/sync/central_link.h"
#include "core/sync/central_schema.h"
#include "core/sync/enrolled_keys.h"
#include "core/sync/wire_event.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <optional>

namespace vigie::sync {
namespace {

Q_LOGGING_CATEGORY(lcSync, "vigie.sync")

// Every push takes this lock for its transaction: pushes take turns,
// so central's ids are handed out in commit order and a pull that has read up to
// id N has seen everything below N. That order is also causal: an event made after seeing
// another was pushed after it.
constexpr qint64 kPushLock = 7345601;
const QByteArray kGenesis(64, '0');
constexpr int kEventColumns = 14;

const QString kCursor = QStringLiteral("sync.central_cursor");
// Central's answer to an entry dated too far ahead of its clock (central schema 7).
const QLatin1String kHeldBackCode("VG007");
const QString kPushedSeq = QStringLiteral("sync.pushed_seq");
const QString kCentralId = QStringLiteral("sync.central_id");

// Whether a central error is the chain check refusing an entry (SQLSTATE VG0xx, or a fork
// that collides with an entry central holds).
// VG007, an event dated ahead of central's clock, is not one: it waits (see isHeldBack).
bool isChainRefusal(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return (code.startsWith(QLatin1String("VG")) && code != kHeldBackCode)
        || code == QLatin1String("23505")
        || error.databaseText().contains(QLatin1String("does not continue"))
        || error.databaseText().contains(QLatin1String("does not match its hash"));
}

QString placeholders(int rows, int columns)
{
    QString one = QStringLiteral("(");
    for (int c = 0; c < columns; ++c)
        one += c == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    one += QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int r = 0; r < rows; ++r)
        all.append(one);
    return all.join(QStringLiteral(", "));
}

} // namespace

QString SyncReport::summary() const
{
    QString text = SyncEngine::tr("%n event(s) sent, ", nullptr, int(pushed))
        + SyncEngine::tr("%n event(s) received, ", nullptr, int(pulled))
        + SyncEngine::tr("%n event(s) waiting to go up.", nullptr, int(waiting));
    if (refused)
        text += QLatin1Char(' ') + refusal;
    if (held)
        text += QLatin1Char(' ') + hold;
    return text;
}

SyncEngine::SyncEngine(store::Database &local, QSqlDatabase &central, QString workstation,
                       ProjectorRegistry projectors)
    : SyncEngine(local, central, std::move(workstation), std::move(projectors), Options {})
{
}

SyncEngine::SyncEngine(store::Database &local, QSqlDatabase &central, QString workstation,
                       ProjectorRegistry projectors, Options options)
    : m_local(local), m_central(central), m_workstation(std::move(workstation)),
      m_projectors(std::move(projectors)), m_options(options)
{
    m_options.batchSize = qBound(1, m_options.batchSize, 4000);
}

qint64 SyncEngine::metaValue(const QString &key) const
{
    return m_local.metaValue(key).toLongLong();
}

Status SyncEngine::setMeta(const QString &key, qint64 value)
{
    return m_local.setMetaValue(key, QString::number(value));
}

qint64 SyncEngine::waiting(store::Database &local, const QString &workstation)
{
    const auto head = journal::JournalReader(local).head(workstation);
    const qint64 last = head.ok() ? head.value().seq : 0;
    return std::max<qint64>(0, last - local.metaValue(kPushedSeq).toLongLong());
}

Status SyncEngine::checkCentral()
{
    Status usable = CentralSchema::checkUsable(m_central);
    if (!usable.ok())
        return usable;
    QSqlQuery q(m_central);
    if (!q.exec(QStringLiteral("SELECT id::text FROM central_identity")) || !q.next())
        return Status::failure(
            CentralLink::describeError(tr("Cannot read the central database"), q.lastError()));
    const QString id = q.value(0).toString();
    const QString known = m_local.metaValue(kCentralId);
    if (known == id)
        return Status::success();
    // Another central (or the first): everything it holds is new here. Events already here are
    // recognised by their UUID.
    if (!known.isEmpty())
        qCWarning(lcSync) << "central changed from" << known << "to" << id
                          << ": cursors start again";
    return store::inTransaction(m_local.connection(), [&]() -> Status {
        if (Status reset = m_local.removeMetaValues(QStringLiteral("sync.")); !reset.ok())
            return reset;
        return m_local.setMetaValue(kCentralId, id);
    });
}

Status SyncEngine::refuse(qint64 seq, const QString &reason, SyncReport &report)
{
    report.refused = true;
    report.refusal
        = tr("Central refuses the journal of %1 from entry %2: %3. Nothing of it is merged; "
             "an administrator must examine this workstation (vigiectl journal verify).")
              .arg(m_workstation)
              .arg(seq)
              .arg(reason);
    qCCritical(lcSync) << "chain refused" << m_workstation << seq << reason;
    // Central records it for the workstation this link's role is enrolled as, whatever this
    // desk claims to be.
    QSqlQuery q(m_central);
    q.prepare(QStringLiteral("SELECT vigie_refuse_own_chain(?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(reason);
    if (!q.exec())
        qCWarning(lcSync) << "central did not record the refusal:" << q.lastError().text();
    return Status::success();
}

void SyncEngine::holdPush(qint64 fromSeq, SyncReport &report)
{
    // Not a broken chain: the entries wait here, and go up once central's clock has reached
    // them (or this desk's clock is put right). Nothing is flagged.
    report.held = true;
    report.hold = tr("Central holds back this workstation's entries from entry %1: they are "
                     "dated more than %2 minutes ahead of its clock. They wait here; check this "
                     "workstation's clock.")
                      .arg(fromSeq)
                      .arg(journal::HybridLogicalClock::kMaxDrift_ms / 60000);
    report.waiting = waiting(m_local, m_workstation);
}

Status SyncEngine::push(SyncReport &report, const Progress &progress)
{
    const journal::JournalReader reader(m_local);
    QSqlQuery insert(m_central);
    int preparedRows = 0;
    for (;;) {
        if (m_options.stopRequested && m_options.stopRequested())
            return Status::success();
        if (!m_central.transaction())
            return Status::failure(
                CentralLink::describeError(tr("Cannot start the sync"), m_central.lastError()));
        QSqlQuery q(m_central);
        auto fail = [&](const QString &what, const QSqlError &error) {
            m_central.rollback();
            return Status::failure(CentralLink::describeError(what, error));
        };
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kPushLock)))
            return fail(tr("Cannot send the journal to central"), q.lastError());
        // Only the administrator registers a workstation (vigiectl central enroll); the push
        // lock keeps this head still until the commit.
        // Central's clock too: what this desk dates too far ahead of it waits here.
        q.prepare(QStringLiteral("SELECT last_seq, last_hash, refused_reason,"
                                 " floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint"
                                 " FROM workstations WHERE id = ?"));
        q.addBindValue(m_workstation);
        if (!q.exec())
            return fail(tr("Cannot send the journal to central"), q.lastError());
        if (!q.next()) {
            m_central.rollback();
            return Status::failure(
                tr("Workstation %1 is not enrolled at central: an administrator runs \"vigiectl "
                   "central enroll %1\" and this workstation connects with the role it gives.")
                    .arg(m_workstation));
        }
        const qint64 centralSeq = q.value(0).toLongLong();
        const QByteArray centralHash = q.value(1).toByteArray();
        const QVariant refusedReason = q.value(2);
        const qint64 centralNow_ms = q.value(3).toLongLong();
        q.finish();
        Status acknowledged = setMeta(kPushedSeq, centralSeq);
        if (!acknowledged.ok()) {
            m_central.rollback();
            return acknowledged;
        }
        if (!refusedReason.isNull()) {
            m_central.rollback();
            report.refused = true;
            report.refusal = tr("Central refuses the journal of %1 since %2: nothing more goes "
                                "up until an administrator has examined this workstation.")
                                 .arg(m_workstation, refusedReason.toString());
            return Status::success();
        }

        // The entry central holds last must be the one this journal holds at that place.
        if (centralSeq > 0) {
            const auto held = reader.hashAt(m_workstation, centralSeq);
            if (!held.ok()) {
                m_central.rollback();
                return held.status();
            }
            const bool found = held.value().has_value();
            if (!found || *held.value() != centralHash) {
                m_central.rollback();
                return refuse(centralSeq,
                              found ? tr("the local entry %1 differs from the one central holds")
                                          .arg(centralSeq)
                                    : tr("central holds %1 entries of this workstation and the "
                                         "local journal fewer (restored from an old copy?)")
                                          .arg(centralSeq),
                              report);
            }
        }

        auto entries = reader.chain(m_workstation, centralSeq, m_options.batchSize);
        if (!entries.ok()) {
            m_central.rollback();
            return entries.status();
        }
        QList<WireEvent> batch;
        QByteArray previous = centralSeq > 0 ? centralHash : kGenesis;
        qint64 expected = centralSeq + 1;
        qint64 heldFrom = 0; // the first entry dated too far ahead of central's clock
        for (journal::StoredEvent &stored : entries.value()) {
            WireEvent w { std::move(stored) };
            const journal::Event &e = w.event;
            // What comes before it goes up; it and what follows wait (central would refuse
            // them, VG007, and the whole batch with them).
            if (journal::HybridLogicalClock::tooFarAhead(e.hlc, centralNow_ms)) {
                heldFrom = e.seq;
                break;
            }
            // Checked here too, so that the refusal names the entry; central checks again.
            QString broken;
            if (e.seq != expected)
                broken = tr("entry %1 is missing").arg(expected);
            else if (e.prevHash != previous)
                broken = tr("entry %1 does not follow the one before it").arg(e.seq);
            else if (e.computeHash() != e.hash)
                broken = tr("entry %1 was altered (it no longer matches its hash)").arg(e.seq);
            else if (!w.payloadHolds())
                broken = tr("the content of entry %1 was altered").arg(e.seq);
            if (!broken.isEmpty()) {
                m_central.rollback();
                return refuse(e.seq, broken, report);
            }
            previous = e.hash;
            ++expected;
            batch.append(std::move(w));
        }
        if (batch.isEmpty()) {
            m_central.rollback();
            if (heldFrom > 0)
                holdPush(heldFrom, report);
            return Status::success();
        }

        if (preparedRows != int(batch.size())) {
            preparedRows = int(batch.size());
            insert.prepare(
                QStringLiteral(
                    "INSERT INTO events (uuid, workstation, seq, hlc, user_login, action,"
                    " object_type, object_id, motive, payload_hash, prev_hash, hash,"
                    " payload, signature) VALUES ")
                + placeholders(preparedRows, kEventColumns)
                + QStringLiteral(" ON CONFLICT (uuid) DO NOTHING"));
        }
        for (const WireEvent &w : std::as_const(batch)) {
            const journal::Event &e = w.event;
            insert.addBindValue(e.uuid.toString(QUuid::WithoutBraces));
            insert.addBindValue(e.workstation);
            insert.addBindValue(e.seq);
            insert.addBindValue(e.hlc.toString());
            insert.addBindValue(e.user);
            insert.addBindValue(e.action);
            insert.addBindValue(e.objectType);
            insert.addBindValue(e.objectId);
            insert.addBindValue(e.motive);
            insert.addBindValue(QString::fromLatin1(e.payloadHash));
            insert.addBindValue(QString::fromLatin1(e.prevHash));
            insert.addBindValue(QString::fromLatin1(e.hash));
            insert.addBindValue(w.payloadPresent ? QVariant(QString::fromUtf8(w.payload))
                                                 : QVariant(QMetaType(QMetaType::QString)));
            insert.addBindValue(e.signature.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(QString::fromLatin1(e.signature)));
        }
        if (!insert.exec()) {
            const QSqlError error = insert.lastError();
            m_central.rollback();
            if (error.nativeErrorCode() == kHeldBackCode) {
                // Central's own check, should its clock have moved back since it was read.
                qCWarning(lcSync) << "push held back by central:" << error.databaseText();
                holdPush(batch.first().event.seq, report);
                return Status::success();
            }
            if (isChainRefusal(error))
                return refuse(batch.first().event.seq, error.databaseText(), report);
            return Status::failure(
                CentralLink::describeError(tr("Cannot send the journal to central"), error));
        }
        // Central moves this workstation's head itself (trigger events_heads).
        const journal::Event &last = batch.constLast().event;
        if (!m_central.commit())
            return fail(tr("Cannot send the journal to central"), m_central.lastError());
        report.pushed += batch.size();
        // Best effort: the next push reads the acknowledged seq from central anyway.
        (void)setMeta(kPushedSeq, last.seq);
        if (heldFrom > 0) {
            holdPush(heldFrom, report);
            if (progress)
                progress(report);
            return Status::success();
        }
        report.waiting = waiting(m_local, m_workstation);
        if (progress)
            progress(report);
        if (batch.size() < m_options.batchSize)
            return Status::success();
    }
}

Status SyncEngine::pull(SyncReport &report, const Progress &progress)
{
    QSqlQuery remote(m_central);
    remote.setForwardOnly(true);
    remote.prepare(QStringLiteral(
        "SELECT id, workstation, seq, uuid::text, hlc, user_login, action, object_type,"
        " object_id, motive, payload_hash, prev_hash, hash, payload, signature FROM events"
        " WHERE id > ? AND workstation <> ? ORDER BY id LIMIT ?"));
    const journal::JournalReader reader(m_local);
    journal::EntryWriter writer(m_local.connection());
    // The senders' keys as central enrolled them, read once per pull: every entry is checked
    // against its workstation's key before it is stored or projected.
    auto enrolled = EnrolledKeys::read(m_central);
    if (!enrolled.ok())
        return enrolled.status();
    QHash<QString, std::shared_ptr<journal::SignatureCheck>> checks;
    QSet<QString> keysRecorded;
    QSet<QString> signedChains; // chains of which a signed entry is stored here

    for (;;) {
        if (m_options.stopRequested && m_options.stopRequested())
            return Status::success();
        const qint64 cursor = metaValue(kCursor);
        remote.addBindValue(cursor);
        remote.addBindValue(m_workstation);
        remote.addBindValue(m_options.batchSize);
        if (!remote.exec())
            return Status::failure(CentralLink::describeError(
                tr("Cannot receive the other workstations' events"), remote.lastError()));
        QList<WireEvent> batch;
        QList<qint64> ids; // central's id of each entry of the batch
        qint64 lastId = cursor;
        while (remote.next()) {
            lastId = remote.value(0).toLongLong();
            ids.append(lastId);
            WireEvent w = readWireEvent(remote, 2, remote.value(1).toString());
            batch.append(std::move(w));
        }
        remote.finish();
        if (batch.isEmpty())
            return Status::success();

        qint64 applied = 0;
        QHash<QString, QPair<qint64, QByteArray>> heads;
        const qint64 wall_ms = m_options.clock().toMSecsSinceEpoch();
        bool heldBack = false;
        Status stored = store::inTransaction(m_local.connection(), [&]() -> Status {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                WireEvent &w = batch[i];
                journal::Event &e = w.event;
                if (journal::HybridLogicalClock::tooFarAhead(e.hlc, wall_ms)) {
                    // Neither stored nor projected: the cursor stays before it, and the pull
                    // stops there (what follows may depend on it) until this desk's clock
                    // reaches it.
                    heldBack = true;
                    lastId = i == 0 ? cursor : ids.at(i - 1);
                    report.held = true;
                    report.hold = tr("Entry %1 of %2 is dated %3, more than %4 minutes ahead of "
                                     "this workstation's clock: it and what follows wait until "
                                     "then. Check this workstation's clock.")
                                      .arg(e.seq)
                                      .arg(e.workstation)
                                      .arg(QDateTime::fromMSecsSinceEpoch(e.hlc.physical_ms)
                                               .toString(Qt::ISODate))
                                      .arg(journal::HybridLogicalClock::kMaxDrift_ms / 60000);
                    qCWarning(lcSync) << "pull held back at" << e.workstation << e.seq;
                    break;
                }
                const auto already = reader.contains(e.uuid);
                if (!already.ok())
                    return already.status();
                if (already.value())
                    continue; // a retry after a commit whose answer was lost
                if (!heads.contains(e.workstation)) {
                    const auto held = reader.head(e.workstation);
                    if (!held.ok())
                        return held.status();
                    heads.insert(e.workstation, qMakePair(held.value().seq, held.value().hash));
                }
                auto &[headSeq, headHash] = heads[e.workstation];
                // What central sends is checked again before it enters this journal.
                if (e.seq != headSeq + 1 || e.prevHash != headHash || e.computeHash() != e.hash
                    || !w.payloadHolds())
                    return Status::failure(
                        tr("Entry %1 of %2 received from central does not continue the chain "
                           "this workstation holds: nothing of it is merged.")
                            .arg(e.seq)
                            .arg(e.workstation));
                // Hashes alone prove nothing against whoever can recompute them: the entry must
                // carry its workstation's signature.
                const QByteArray key = enrolled.value().value(e.workstation);
                if (key.isEmpty())
                    return Status::failure(
                        tr("Entry %1 of %2 received from central cannot be checked: no key of "
                           "that workstation is enrolled at central. Nothing of its chain is "
                           "merged until an administrator enrols it.")
                            .arg(e.seq)
                            .arg(e.workstation));
                auto &check = checks[e.workstation];
                if (!check) {
                    check = std::make_shared<journal::SignatureCheck>(key);
                    const auto signedHere = reader.hasSigned(e.workstation);
                    if (!signedHere.ok())
                        return signedHere.status();
                    if (signedHere.value())
                        signedChains.insert(e.workstation);
                }
                // An entry without signature is one written before signing began: taken only
                // ahead of its chain's first signed entry, whose signature covers it.
                const bool legacy = e.signature.isEmpty() && !signedChains.contains(e.workstation);
                if (!legacy && !check->holds(e.hash, e.signature))
                    return Status::failure(
                        tr("Entry %1 of %2 received from central does not carry the signature "
                           "of its workstation (altered or forged): nothing of its chain is "
                           "merged.")
                            .arg(e.seq)
                            .arg(e.workstation));
                if (!e.signature.isEmpty())
                    signedChains.insert(e.workstation);
                if (!keysRecorded.contains(e.workstation)) {
                    Status kept = writer.recordPublicKey(e.workstation, key);
                    if (!kept.ok())
                        return kept;
                    keysRecorded.insert(e.workstation);
                }
                Status written = writer.write(e, w.payloadPresent ? &w.payload : nullptr);
                if (!written.ok())
                    return written;
                if (w.payloadPresent)
                    e.payload = QJsonDocument::fromJson(w.payload).object();
                e.payloadPurged = !w.payloadPresent;
                // A payload purged at its source (retention) leaves no record to project.
                if (w.payloadPresent) {
                    Status projected = m_projectors.project(m_local, e);
                    if (!projected.ok())
                        return projected;
                }
                headSeq = e.seq;
                headHash = e.hash;
                ++applied;
            }
            return m_local.setMetaValue(kCursor, QString::number(lastId));
        });
        if (!stored.ok())
            return stored;
        report.pulled += applied;
        if (progress)
            progress(report);
        if (heldBack || batch.size() < m_options.batchSize)
            return Status::success();
    }
}

Result<SyncReport> SyncEngine::syncOnce(const Progress &progress)
{
    SyncReport report;
    Status status = checkCentral();
    if (status.ok())
        status = push(report, progress);
    if (status.ok())
        status = pull(report, progress);
    report.waiting = waiting(m_local, m_workstation);
    if (!status.ok())
        return Result<SyncReport>(status);
    return Result<SyncReport>(report);
}

Result<SyncReport> SyncEngine::pullFull(const Progress &progress)
{
    SyncReport report;
    Status status = checkCentral();
    if (status.ok()) {
        // From the start: what is already here is recognised by its UUID.
        status = m_local.setMetaValue(kCursor, QStringLiteral("0"));
    }
    if (status.ok())
        status = pull(report, progress);
    if (!status.ok())
        return Result<SyncReport>(status);
    auto rest = syncOnce(progress);
    if (!rest.ok())
        return rest;
    SyncReport total = rest.value();
    total.pulled += report.pulled;
    return Result<SyncReport>(total);
}

} // namespace vigie::sync
