#include "core/journal/journal.h"

#include "core/common/logging.h"
#include "core/common/sha256.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

namespace vigie::journal {
namespace {

const QByteArray kGenesis(64, '0');

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

struct Row
{
    Event event;
    QByteArray storedPayload; // canonical bytes as stored; empty when absent
    bool payloadPresent = false;
    bool purged = false;
};

Row readRow(const QSqlQuery &q, const QString &workstation)
{
    Row row;
    Event &e = row.event;
    e.workstation = workstation;
    e.seq = q.value(0).toLongLong();
    e.uuid = QUuid::fromString(q.value(1).toString());
    e.hlc = HlcTime::fromString(q.value(2).toString());
    e.user = q.value(3).toString();
    e.action = q.value(4).toString();
    e.objectType = q.value(5).toString();
    e.objectId = q.value(6).toString();
    e.motive = q.value(7).toString();
    e.payloadHash = q.value(8).toByteArray();
    e.prevHash = q.value(9).toByteArray();
    e.hash = q.value(10).toByteArray();
    row.payloadPresent = !q.value(11).isNull();
    row.storedPayload = q.value(11).toByteArray();
    row.purged = q.value(12).toBool();
    return row;
}

// An entry as verify() reads it: the bytes SQLite stores, unconverted, so that the one thread
// that may use the connection does little per entry. checkHashes() rebuilds the event from them
// on a pool thread.
struct VerifyRow
{
    qint64 seq = 0;
    QByteArray uuid;
    QByteArray hlc;
    QByteArray user;
    QByteArray action;
    QByteArray objectType;
    QByteArray objectId;
    QByteArray motive;
    QByteArray payloadHash;
    QByteArray prevHash;
    QByteArray hash;
    QByteArray payload;
    bool payloadPresent = false;
    bool purged = false;
    bool contentOk = false; // the entry's hash matches its content
    bool payloadOk = false; // the payload is present and matches its hash
};

constexpr size_t kVerifyBatch = 2048;

VerifyRow readVerifyRow(const QSqlQuery &q)
{
    // toByteArray() of a BLOB is its bytes; of a text (a database in another encoding), UTF-8.
    VerifyRow row;
    row.seq = q.value(0).toLongLong();
    row.uuid = q.value(1).toByteArray();
    row.hlc = q.value(2).toByteArray();
    row.user = q.value(3).toByteArray();
    row.action = q.value(4).toByteArray();
    row.objectType = q.value(5).toByteArray();
    row.objectId = q.value(6).toByteArray();
    row.motive = q.value(7).toByteArray();
    row.payloadHash = q.value(8).toByteArray();
    row.prevHash = q.value(9).toByteArray();
    row.hash = q.value(10).toByteArray();
    const QVariant payload = q.value(11);
    row.payloadPresent = !payload.isNull();
    row.payload = payload.toByteArray();
    row.purged = q.value(12).toBool();
    return row;
}

// The event rebuilt field by field as readRow() does, so that Event::canonical() stays the one
// definition of what the hash covers.
void checkHashes(VerifyRow &row, const QString &workstation)
{
    Event e;
    e.workstation = workstation;
    e.seq = row.seq;
    e.uuid = QUuid::fromString(QString::fromUtf8(row.uuid));
    e.hlc = HlcTime::fromString(QString::fromUtf8(row.hlc));
    e.user = QString::fromUtf8(row.user);
    e.action = QString::fromUtf8(row.action);
    e.objectType = QString::fromUtf8(row.objectType);
    e.objectId = QString::fromUtf8(row.objectId);
    e.motive = QString::fromUtf8(row.motive);
    e.payloadHash = row.payloadHash;
    e.prevHash = row.prevHash;
    row.contentOk = e.computeHash() == row.hash;
    row.payloadOk = row.payloadPresent && Journal::sha256Hex(row.payload) == row.payloadHash;
}

} // namespace

QByteArray Journal::sha256Hex(const QByteArray &data)
{
    return vigie::sha256Hex({ data });
}

QByteArray Journal::canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted; compact output has no insignificant white space.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray Event::canonical() const
{
    // Keys in lexical order, compact, UTF-8: the same bytes on every workstation and in central.
    QByteArray out;
    out.reserve(384);
    out += "{\"action\":";
    appendJsonString(out, action);
    out += ",\"hlc\":";
    appendJsonString(out, hlc.toString());
    out += ",\"motive\":";
    appendJsonString(out, motive);
    out += ",\"object_id\":";
    appendJsonString(out, objectId);
    out += ",\"object_type\":";
    appendJsonString(out, objectType);
    out += ",\"payload_sha256\":\"" + payloadHash + '"';
    out += ",\"seq\":" + QByteArray::number(seq);
    out += ",\"user\":";
    appendJsonString(out, user);
    out += ",\"uuid\":";
    appendJsonString(out, uuid.toString(QUuid::WithoutBraces));
    out += ",\"workstation\":";
    appendJsonString(out, workstation);
    out += '}';
    return out;
}

QByteArray Event::computeHash() const
{
    return vigie::sha256Hex({ prevHash, canonical() });
}

Journal::Journal(store::Database &db, QString workstation, Clock clock)
    : m_db(db), m_workstation(std::move(workstation)), m_clock(std::move(clock))
{
    loadHead();
}

void Journal::loadHead()
{
    QSqlQuery q(m_db.connection());
    // The clock starts after every event this database has seen, whoever wrote it.
    if (q.exec(QStringLiteral("SELECT MAX(hlc) FROM journal")) && q.next() && !q.value(0).isNull())
        m_hlc.reset(HlcTime::fromString(q.value(0).toString()));
    q.prepare(
        QStringLiteral("SELECT seq FROM journal WHERE workstation = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(m_workstation);
    if (q.exec() && q.next())
        m_lastSeq = q.value(0).toLongLong();
}

struct Journal::Statements
{
    explicit Statements(QSqlDatabase &db) : head(db), latest(db), insert(db), body(db)
    {
        head.prepare(QStringLiteral(
            "SELECT seq, hash FROM journal WHERE workstation = ? ORDER BY seq DESC LIMIT 1"));
        latest.prepare(QStringLiteral("SELECT MAX(hlc) FROM journal"));
        insert.prepare(QStringLiteral(
            "INSERT INTO journal (workstation, seq, uuid, hlc, user_login, action, object_type,"
            " object_id, motive, payload_hash, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        body.prepare(QStringLiteral("INSERT INTO journal_payloads (uuid, payload) VALUES (?, ?)"));
    }
    QSqlQuery head;
    QSqlQuery latest;
    QSqlQuery insert;
    QSqlQuery body;
};

Journal::~Journal() = default;

Result<Event> Journal::append(const NewEvent &input)
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    QSqlQuery &head = m_statements->head;
    head.bindValue(0, m_workstation);
    if (!head.exec())
        return Result<Event>::failure(
            store::Database::describeError(tr("Cannot read the journal"), head.lastError()));
    Event e;
    e.prevHash = kGenesis;
    if (head.next()) {
        e.seq = head.value(0).toLongLong();
        e.prevHash = head.value(1).toByteArray();
    }
    head.finish();
    ++e.seq;
    e.uuid = QUuid::createUuid();
    e.workstation = m_workstation;
    {
        // Events the sync brought from other workstations meanwhile: a later local time comes
        // after every one of them, whatever this workstation's wall clock says.
        QSqlQuery &latest = m_statements->latest;
        if (latest.exec() && latest.next() && !latest.value(0).isNull()) {
            const HlcTime seen = HlcTime::fromString(latest.value(0).toString());
            if (m_hlc.last() < seen)
                m_hlc.reset(seen);
        }
        latest.finish();
    }
    e.hlc = m_hlc.now(m_clock().toMSecsSinceEpoch());
    e.user = input.user;
    e.action = input.action;
    e.objectType = input.objectType;
    e.objectId = input.objectId;
    e.motive = input.motive;
    e.payload = input.payload;
    const QByteArray payload = canonicalJson(input.payload);
    e.payloadHash = sha256Hex(payload);
    e.hash = e.computeHash();

    QSqlQuery &insert = m_statements->insert;
    const QString uuid = e.uuid.toString(QUuid::WithoutBraces);
    const QVariant values[] = { e.workstation,
                                e.seq,
                                uuid,
                                e.hlc.toString(),
                                nonNull(e.user),
                                nonNull(e.action),
                                nonNull(e.objectType),
                                nonNull(e.objectId),
                                nonNull(e.motive),
                                QString::fromLatin1(e.payloadHash),
                                QString::fromLatin1(e.prevHash),
                                QString::fromLatin1(e.hash) };
    for (int i = 0; i < int(std::size(values)); ++i)
        insert.bindValue(i, values[i]);
    if (!insert.exec())
        return Result<Event>::failure(
            store::Database::describeError(tr("Cannot write to the journal"), insert.lastError()));
    QSqlQuery &body = m_statements->body;
    body.bindValue(0, uuid);
    body.bindValue(1, QString::fromUtf8(payload));
    if (!body.exec())
        return Result<Event>::failure(
            store::Database::describeError(tr("Cannot write to the journal"), body.lastError()));
    m_lastSeq = e.seq;
    return Result<Event>(e);
}

Result<Event> Journal::record(const NewEvent &event, const std::function<Status()> &change)
{
    std::optional<Event> appended;
    Status status = store::inTransaction(m_db.connection(), [&]() -> Status {
        if (change) {
            Status changed = change();
            if (!changed.ok())
                return changed;
        }
        auto result = append(event);
        if (!result.ok())
            return result.status();
        appended = result.take();
        return Status::success();
    });
    if (!status.ok()) {
        loadHead();
        return Result<Event>(status);
    }
    return Result<Event>(*appended);
}

Result<Event> Journal::recordProjected(const NewEvent &event,
                                       const std::function<Status(const Event &)> &project)
{
    std::optional<Event> appended;
    Status status = store::inTransaction(m_db.connection(), [&]() -> Status {
        auto result = append(event);
        if (!result.ok())
            return result.status();
        Status projected = project(result.value());
        if (!projected.ok())
            return projected;
        appended = result.take();
        return Status::success();
    });
    if (!status.ok()) {
        loadHead();
        return Result<Event>(status);
    }
    return Result<Event>(*appended);
}

QList<Event> Journal::events(const QString &workstation, qint64 afterSeq, int limit) const
{
    QList<Event> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT j.seq, j.uuid, j.hlc, j.user_login, j.action, j.object_type, j.object_id,"
        " j.motive, j.payload_hash, j.prev_hash, j.hash, p.payload, x.uuid IS NOT NULL"
        " FROM journal j LEFT JOIN journal_payloads p ON p.uuid = j.uuid"
        " LEFT JOIN journal_purged x ON x.uuid = j.uuid"
        " WHERE j.workstation = ? AND j.seq > ? ORDER BY j.seq LIMIT ?"));
    q.addBindValue(workstation);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        Row row = readRow(q, workstation);
        if (row.payloadPresent)
            row.event.payload = QJsonDocument::fromJson(row.storedPayload).object();
        row.event.payloadPurged = row.purged && !row.payloadPresent;
        list.append(row.event);
    }
    return list;
}

QString VerifyReport::summary() const
{
    if (ok())
        return Journal::tr("Journal intact: all %n entries hold (%1 chain(s)).", nullptr,
                           int(entries))
            .arg(chains);
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.message);
    return lines.join(QLatin1Char('\n'));
}

VerifyReport Journal::verify() const
{
    VerifyReport report;
    QSqlDatabase &db = m_db.connection();
    // One step down the primary key per chain: DISTINCT would read every entry to find a few
    // names.
    QStringList workstations;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT MIN(workstation) FROM journal WHERE workstation > ?"));
        bool found = false;
        QSqlQuery first(db);
        if (first.exec(QStringLiteral("SELECT MIN(workstation) FROM journal")) && first.next()
            && !first.value(0).isNull()) {
            workstations.append(first.value(0).toString());
            found = true;
        }
        while (found) {
            q.addBindValue(workstations.constLast());
            found = q.exec() && q.next() && !q.value(0).isNull();
            if (found)
                workstations.append(q.value(0).toString());
        }
    }
    // The text columns are read as the bytes SQLite stores, which are the UTF-8 the hashes cover
    // in every database Vigie creates; another encoding goes through QString as before.
    bool utf8 = true;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA encoding")) && q.next())
            utf8 = q.value(0).toString() == QLatin1String("UTF-8");
    }
    QStringList columns { QStringLiteral("j.seq") };
    for (const char *text :
         { "j.uuid", "j.hlc", "j.user_login", "j.action", "j.object_type", "j.object_id",
           "j.motive", "j.payload_hash", "j.prev_hash", "j.hash", "p.payload" }) {
        columns.append(utf8 ? QStringLiteral("CAST(%1 AS BLOB)").arg(QLatin1String(text))
                            : QString::fromLatin1(text));
    }
    columns.append(QStringLiteral("x.uuid IS NOT NULL"));
    const QString select = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
        + QStringLiteral(" FROM journal j LEFT JOIN journal_payloads p ON p.uuid = j.uuid"
                         " LEFT JOIN journal_purged x ON x.uuid = j.uuid"
                         " WHERE j.workstation = ? ORDER BY j.seq");

    for (const QString &workstation : std::as_const(workstations)) {
        ++report.chains;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(select);
        q.addBindValue(workstation);
        if (!q.exec()) {
            report.findings.append(
                { Finding::Kind::Altered, workstation, 0,
                  store::Database::describeError(tr("Cannot read the journal"), q.lastError()) });
            continue;
        }
        auto hashSeq = [&](const QByteArray &hash) -> qint64 {
            QSqlQuery find(db);
            find.prepare(QStringLiteral(
                "SELECT seq FROM journal WHERE workstation = ? AND hash = ? LIMIT 1"));
            find.addBindValue(workstation);
            find.addBindValue(QString::fromLatin1(hash));
            return find.exec() && find.next() ? find.value(0).toLongLong() : 0;
        };
        auto finding = [&](Finding::Kind kind, qint64 seq, const QString &message) {
            report.findings.append({ kind, workstation, seq, message });
        };

        qint64 expectedSeq = 1;
        QByteArray previousHash = kGenesis;
        // Whether the chain holds at `row`; false once a finding names where it breaks.
        auto holds = [&](const VerifyRow &row, const VerifyRow *next) -> bool {
            ++report.entries;
            const bool contentOk = row.contentOk;
            const bool linkOk = row.prevHash == previousHash;
            if (row.seq > expectedSeq) {
                finding(Finding::Kind::Removed, expectedSeq,
                        tr("Chain %1: entry %2 was removed (the chain jumps from %3 to %4).")
                            .arg(workstation)
                            .arg(expectedSeq)
                            .arg(expectedSeq - 1)
                            .arg(row.seq));
                return false;
            }
            if (!contentOk || !linkOk) {
                if (next && next->prevHash == row.prevHash) {
                    // The next entry links to the same predecessor: this one was slipped in.
                    finding(Finding::Kind::Inserted, row.seq,
                            tr("Chain %1: entry %2 was inserted (the next entry does not follow "
                               "it).")
                                .arg(workstation)
                                .arg(row.seq));
                } else if (linkOk) {
                    finding(Finding::Kind::Altered, row.seq,
                            tr("Chain %1: entry %2 was altered (its content no longer matches its "
                               "hash).")
                                .arg(workstation)
                                .arg(row.seq));
                } else if (const qint64 linkedTo = hashSeq(row.prevHash); linkedTo >= row.seq) {
                    finding(Finding::Kind::Reordered, row.seq,
                            tr("Chain %1: entry %2 is out of order (it follows entry %3).")
                                .arg(workstation)
                                .arg(row.seq)
                                .arg(linkedTo));
                } else if (!contentOk) {
                    finding(Finding::Kind::Inserted, row.seq,
                            tr("Chain %1: entry %2 does not belong to the chain (inserted or "
                               "forged).")
                                .arg(workstation)
                                .arg(row.seq));
                } else {
                    // A genuine entry whose predecessor changed: the predecessor was altered and
                    // its hash recomputed.
                    finding(Finding::Kind::Altered, row.seq - 1,
                            tr("Chain %1: entry %2 was altered and its hash recomputed (entry %3 "
                               "no longer follows it).")
                                .arg(workstation)
                                .arg(row.seq - 1)
                                .arg(row.seq));
                }
                return false;
            }
            if (row.payloadPresent) {
                if (!row.payloadOk) {
                    finding(Finding::Kind::PayloadAltered, row.seq,
                            tr("Chain %1: the content of entry %2 was altered.")
                                .arg(workstation)
                                .arg(row.seq));
                    return false;
                }
            } else if (!row.purged) {
                finding(Finding::Kind::PayloadRemoved, row.seq,
                        tr("Chain %1: the content of entry %2 was removed outside any purge.")
                            .arg(workstation)
                            .arg(row.seq));
                return false;
            }
            previousHash = row.hash;
            ++expectedSeq;
            return true;
        };

        // The SHA-256 work is most of the cost and each entry's hashes check on their own: while
        // this thread steps through the query for the next batch (the connection is not shared
        // across threads), the pool rebuilds and hashes the entries of the current one. The
        // links between entries are then followed here, in order.
        std::vector<VerifyRow> batch;
        std::vector<VerifyRow> nextBatch;
        QThreadPool pool; // after the batches: destroyed first, it waits for its tasks
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        auto read = [&](std::vector<VerifyRow> &rows) {
            rows.clear();
            while (rows.size() < kVerifyBatch && q.next())
                rows.push_back(readVerifyRow(q));
        };
        auto check = [&](std::vector<VerifyRow> &rows) {
            // The tasks hold the rows' storage, not the vector: swapping the two vectors below
            // leaves each batch where its tasks expect it.
            VerifyRow *const first = rows.data();
            const size_t parts = size_t(pool.maxThreadCount());
            const size_t step = std::max<size_t>(1, (rows.size() + parts - 1) / parts);
            for (size_t from = 0; from < rows.size(); from += step) {
                const size_t to = std::min(rows.size(), from + step);
                pool.start([first, &workstation, from, to] {
                    for (size_t i = from; i < to; ++i)
                        checkHashes(first[i], workstation);
                });
            }
        };
        read(batch);
        check(batch);
        bool broken = false;
        while (!batch.empty() && !broken) {
            read(nextBatch);
            pool.waitForDone();
            check(nextBatch);
            for (size_t i = 0; i < batch.size() && !broken; ++i) {
                const VerifyRow *next = i + 1 < batch.size() ? &batch[i + 1]
                    : nextBatch.empty()                      ? nullptr
                                                             : &nextBatch.front();
                broken = !holds(batch[i], next);
            }
            std::swap(batch, nextBatch);
        }
        pool.waitForDone();
    }
    return report;
}

Result<int> Journal::purgePayloads(const QString &objectType, const QDateTime &before,
                                   const QString &user, const QString &motive)
{
    const HlcTime limit { before.toMSecsSinceEpoch(), 0 };
    NewEvent event { user, QStringLiteral("journal.purge"), objectType, QString(), motive, {} };
    int purged = 0;
    // record() runs the change first, then appends `event`: the change fills in the count.
    auto result = record(event, [&]() -> Status {
        QSqlQuery mark(m_db.connection());
        mark.prepare(QStringLiteral(
            "INSERT INTO journal_purged (uuid, purged_before)"
            " SELECT j.uuid, ? FROM journal j JOIN journal_payloads p ON p.uuid = j.uuid"
            " WHERE j.object_type = ? AND j.hlc < ?"));
        mark.addBindValue(limit.toString());
        mark.addBindValue(objectType);
        mark.addBindValue(limit.toString());
        if (!mark.exec())
            return Status::failure(
                store::Database::describeError(tr("Cannot purge the journal"), mark.lastError()));
        purged = mark.numRowsAffected();
        QSqlQuery remove(m_db.connection());
        if (!remove.exec(QStringLiteral("DELETE FROM journal_payloads WHERE uuid IN"
                                        " (SELECT uuid FROM journal_purged)")))
            return Status::failure(
                store::Database::describeError(tr("Cannot purge the journal"), remove.lastError()));
        event.payload
            = QJsonObject { { QStringLiteral("purged"), purged },
                            { QStringLiteral("before"), before.toUTC().toString(Qt::ISODate) } };
        return Status::success();
    });
    if (!result.ok())
        return Result<int>(result.status());
    qCInfo(lcStore) << "journal purge" << objectType << "before" << before << purged << "payloads";
    return Result<int>(purged);
}

} // namespace vigie::journal
