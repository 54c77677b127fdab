#include "core/journal/journal.h"

#include "core/common/logging.h"
#include "core/common/sha256.h"
#include "core/common/uuid.h"
#include "core/journal/journal_reader.h"
#include "core/journal/workstation_key.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <sqlite3.h>

namespace vigie::journal {
namespace {

const QByteArray kGenesis(64, '0');

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
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

// What the hash of an entry covers, as UTF-8: Event::canonical() and verify() both build the
// bytes from these, the one from an Event, the other straight from the stored text.
struct CanonicalFields
{
    QByteArrayView action;
    QByteArrayView hlc;
    QByteArrayView motive;
    QByteArrayView objectId;
    QByteArrayView objectType;
    QByteArrayView payloadHash;
    qint64 seq = 0;
    QByteArrayView user;
    QByteArrayView uuid;
    QByteArrayView workstation;
};

// Keys in lexical order, compact, UTF-8: the same bytes on every workstation and in central.
void appendCanonical(QByteArray &out, const CanonicalFields &f)
{
    out += "{\"action\":";
    appendJsonString(out, f.action);
    out += ",\"hlc\":";
    appendJsonString(out, f.hlc);
    out += ",\"motive\":";
    appendJsonString(out, f.motive);
    out += ",\"object_id\":";
    appendJsonString(out, f.objectId);
    out += ",\"object_type\":";
    appendJsonString(out, f.objectType);
    out += ",\"payload_sha256\":\"";
    out += f.payloadHash;
    out += "\",\"seq\":";
    out += QByteArray::number(f.seq);
    out += ",\"user\":";
    appendJsonString(out, f.user);
    out += ",\"uuid\":";
    appendJsonString(out, f.uuid);
    out += ",\"workstation\":";
    appendJsonString(out, f.workstation);
    out += '}';
}

// A batch of entries as verify() reads them: the UTF-8 SQLite hands out, copied one field
// after the other into one buffer, so that the thread that steps through the query (the only
// one that may use the connection) does little per entry. The pool then checks the hashes
// straight from those bytes.
enum VerifyField {
    FUuid,
    FHlc,
    FUser,
    FAction,
    FObjectType,
    FObjectId,
    FMotive,
    FPayloadHash,
    FPrevHash,
    FHash,
    FPayload,
    FSignature,
    kVerifyFields
};

struct VerifyRow
{
    qint64 seq = 0;
    std::array<qsizetype, kVerifyFields + 1> offsets {}; // field i: [offsets[i], offsets[i+1])
    bool payloadPresent = false;
    bool purged = false;
    bool contentOk = false; // the entry's hash matches its content
    bool payloadOk = false; // the payload is present and matches its hash
    bool badSignature = false; // the first entry whose signature fails, in its batch
};

struct VerifyBatch
{
    QByteArray bytes;
    std::vector<VerifyRow> rows;

    static QByteArrayView field(const char *bytes, const VerifyRow &row, VerifyField f)
    {
        return QByteArrayView(bytes + row.offsets[f], row.offsets[f + 1] - row.offsets[f]);
    }
    QByteArrayView field(const VerifyRow &row, VerifyField f) const
    {
        return field(bytes.constData(), row, f);
    }
    void clear()
    {
        bytes.resize(0); // keeps the capacity for the next batch
        rows.clear();
    }
    bool empty() const { return rows.empty(); }
};

constexpr size_t kVerifyBatch = 4096;

// The columns of the verify query, in VerifyField order, then whether a purge took the payload.
constexpr const char *kVerifySelect
    = "SELECT j.seq, j.uuid, j.hlc, j.user_login, j.action, j.object_type, j.object_id,"
      " j.motive, j.payload_hash, j.prev_hash, j.hash, p.payload, j.signature,"
      " x.seq IS NOT NULL"
      " FROM journal j"
      " LEFT JOIN journal_payloads p ON p.workstation = j.workstation AND p.seq = j.seq"
      " LEFT JOIN journal_purged x ON x.workstation = j.workstation AND x.seq = j.seq"
      " WHERE j.workstation = ?1 ORDER BY j.seq";

void readVerifyRow(sqlite3_stmt *statement, VerifyBatch &batch)
{
    VerifyRow row;
    row.seq = sqlite3_column_int64(statement, 0);
    for (int f = 0; f < kVerifyFields; ++f) {
        row.offsets[size_t(f)] = batch.bytes.size();
        // sqlite3_column_text converts to UTF-8 whatever the database's encoding.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1 + f));
        if (text)
            batch.bytes.append(text, sqlite3_column_bytes(statement, 1 + f));
    }
    row.offsets[kVerifyFields] = batch.bytes.size();
    row.payloadPresent = sqlite3_column_type(statement, 1 + FPayload) != SQLITE_NULL;
    row.purged = sqlite3_column_int(statement, 1 + kVerifyFields) != 0;
    batch.rows.push_back(row);
}

// The same bytes as Event::canonical() of the entry, built from what is stored: appended
// entries store the very text the hash covered, so nothing goes through QString. `bytes` is
// the storage of the entry's batch.
void checkHashes(const char *bytes, VerifyRow &row, QByteArrayView workstation, QByteArray &scratch)
{
    auto field = [&](VerifyField f) {
        return VerifyBatch::field(bytes, row, f);
    };
    scratch.resize(0);
    appendCanonical(scratch,
                    { field(FAction), field(FHlc), field(FMotive), field(FObjectId),
                      field(FObjectType), field(FPayloadHash), row.seq, field(FUser), field(FUuid),
                      workstation });
    row.contentOk = vigie::sha256Hex({ field(FPrevHash), scratch }) == field(FHash);
    row.payloadOk
        = row.payloadPresent && vigie::sha256Hex({ field(FPayload) }) == field(FPayloadHash);
}

// Marks the first entry of `batch` whose signature does not hold. Each hash covers the one
// before it, so the signature of the batch's last signed entry vouches for every entry up to
// it, back to the start of the chain, once the links are followed: one Ed25519 check per batch
// (a check costs as much as about fifty hashes), and every signature of the batch only when
// that one fails, to name the first entry that no longer holds. A signature that cannot be one
// (not 64 bytes of hex) is named wherever it is.
void checkSignatures(VerifyBatch &batch, const SignatureCheck &signature)
{
    auto signatureOf = [&](const VerifyRow &row) {
        return batch.field(row, FSignature);
    };
    auto holds = [&](const VerifyRow &row) {
        return signature.holds(batch.field(row, FHash), signatureOf(row));
    };
    std::optional<size_t> last;
    for (size_t i = 0; i < batch.rows.size(); ++i) {
        const qsizetype size = signatureOf(batch.rows[i]).size();
        if (size != 0 && size != 128) {
            batch.rows[i].badSignature = true;
            return;
        }
        if (size != 0)
            last = i;
    }
    if (!last || holds(batch.rows[*last]))
        return;
    for (size_t i = 0; i <= *last; ++i) {
        VerifyRow &row = batch.rows[i];
        if (!signatureOf(row).isEmpty() && !holds(row)) {
            row.badSignature = true;
            return;
        }
    }
}

// The connection's own SQLite handle: verify() reads through the C API, because Qt's driver
// makes a QVariant of every value (the bare scan of 1,000,000 entries through QSqlQuery alone
// took longer than the whole verify may).
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_rc = db ? sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) : SQLITE_MISUSE;
        m_db = db;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    sqlite3_stmt *get() const { return m_statement; }
    bool bind(int index, const QByteArray &utf8)
    {
        m_rc = sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                                 SQLITE_TRANSIENT);
        return ok();
    }
    // True while there is a row; false at the end or on an error (then ok() is false), and
    // from then on: a step after the end would start the query again.
    bool step()
    {
        if (m_finished)
            return false;
        m_rc = sqlite3_step(m_statement);
        m_finished = m_rc != SQLITE_ROW;
        return !m_finished;
    }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite handle");
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
    bool m_finished = false;
};

// The latest time, as text, that this journal's clock follows when the wall clock reads wall_ms.
QString latestFollowed(qint64 wall_ms)
{
    return HlcTime { wall_ms + HybridLogicalClock::kMaxDrift_ms, HybridLogicalClock::kMaxLogical }
        .toString();
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
    const QByteArray actionUtf8 = action.toUtf8();
    const QByteArray hlcUtf8 = hlc.toString().toUtf8();
    const QByteArray motiveUtf8 = motive.toUtf8();
    const QByteArray objectIdUtf8 = objectId.toUtf8();
    const QByteArray objectTypeUtf8 = objectType.toUtf8();
    const QByteArray userUtf8 = user.toUtf8();
    const QByteArray uuidUtf8 = uuid.toString(QUuid::WithoutBraces).toUtf8();
    const QByteArray workstationUtf8 = workstation.toUtf8();
    QByteArray out;
    out.reserve(384);
    appendCanonical(out,
                    { actionUtf8, hlcUtf8, motiveUtf8, objectIdUtf8, objectTypeUtf8, payloadHash,
                      seq, userUtf8, uuidUtf8, workstationUtf8 });
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
    // The clock starts after every event this database has seen, whoever wrote it, but for
    // one stamped too far ahead of this clock (HybridLogicalClock::kMaxDrift_ms).
    q.prepare(QStringLiteral("SELECT MAX(hlc) FROM journal WHERE hlc <= ?"));
    q.addBindValue(latestFollowed(m_clock().toMSecsSinceEpoch()));
    if (q.exec() && q.next() && !q.value(0).isNull())
        m_hlc.reset(HlcTime::fromString(q.value(0).toString()));
    q.prepare(
        QStringLiteral("SELECT seq FROM journal WHERE workstation = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(m_workstation);
    if (q.exec() && q.next())
        m_lastSeq = q.value(0).toLongLong();
}

struct EntryWriter::Statements
{
    explicit Statements(QSqlDatabase &db) : entry(db), payload(db), purged(db), key(db)
    {
        key.prepare(QStringLiteral("INSERT INTO workstation_keys (workstation, public_key)"
                                   " VALUES (?, ?) ON CONFLICT (workstation) DO UPDATE"
                                   " SET public_key = excluded.public_key"));
        entry.prepare(QStringLiteral(
            "INSERT INTO journal (workstation, seq, uuid, hlc, user_login, action, object_type,"
            " object_id, motive, payload_hash, prev_hash, hash, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        payload.prepare(QStringLiteral(
            "INSERT INTO journal_payloads (workstation, seq, payload) VALUES (?, ?, ?)"));
        purged.prepare(QStringLiteral(
            "INSERT INTO journal_purged (workstation, seq, purged_before) VALUES (?, ?, ?)"));
    }
    QSqlQuery entry;
    QSqlQuery payload;
    QSqlQuery purged;
    QSqlQuery key;
};

EntryWriter::EntryWriter(QSqlDatabase &db) : m_statements(std::make_unique<Statements>(db)) { }

EntryWriter::~EntryWriter() = default;

Status EntryWriter::write(const Event &e, const QByteArray *payload)
{
    QSqlQuery &entry = m_statements->entry;
    const QVariant values[]
        = { e.workstation,
            e.seq,
            e.uuid.toString(QUuid::WithoutBraces),
            e.hlc.toString(),
            nonNull(e.user),
            nonNull(e.action),
            nonNull(e.objectType),
            nonNull(e.objectId),
            nonNull(e.motive),
            QString::fromLatin1(e.payloadHash),
            QString::fromLatin1(e.prevHash),
            QString::fromLatin1(e.hash),
            e.signature.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                  : QVariant(QString::fromLatin1(e.signature)) };
    for (int i = 0; i < int(std::size(values)); ++i)
        entry.bindValue(i, values[i]);
    if (!entry.exec())
        return Status::failure(store::Database::describeError(
            Journal::tr("Cannot write to the journal"), entry.lastError()));
    // The payload, or for an entry whose source purged it, the mark that says so.
    QSqlQuery &rest = payload ? m_statements->payload : m_statements->purged;
    rest.bindValue(0, e.workstation);
    rest.bindValue(1, e.seq);
    rest.bindValue(2, payload ? QString::fromUtf8(*payload) : e.hlc.toString());
    if (!rest.exec())
        return Status::failure(store::Database::describeError(
            Journal::tr("Cannot write to the journal"), rest.lastError()));
    return Status::success();
}

Status EntryWriter::recordPublicKey(const QString &workstation, const QByteArray &publicKeyHex)
{
    QSqlQuery &q = m_statements->key;
    q.bindValue(0, workstation);
    q.bindValue(1, QString::fromLatin1(publicKeyHex));
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            Journal::tr("Cannot write to the journal"), q.lastError()));
    return Status::success();
}

struct Journal::Statements
{
    explicit Statements(QSqlDatabase &db) : head(db), latest(db), writer(db)
    {
        head.prepare(QStringLiteral(
            "SELECT seq, hash FROM journal WHERE workstation = ? ORDER BY seq DESC LIMIT 1"));
        latest.prepare(QStringLiteral("SELECT MAX(hlc) FROM journal WHERE hlc <= ?"));
    }
    QSqlQuery head;
    QSqlQuery latest;
    EntryWriter writer;
};

Journal::~Journal() = default;

Status Journal::ensureKey()
{
    if (m_key)
        return Status::success();
    // A new key only for a chain that no key has signed yet (a new workstation, or one that
    // kept its journal from before signing): over signed entries, a lost key stays lost and
    // the desk writes nothing until an administrator has looked.
    const auto signedBefore = JournalReader(m_db).hasSigned(m_workstation);
    if (!signedBefore.ok())
        return signedBefore.status();
    auto key = WorkstationKey::load(m_workstation, !signedBefore.value());
    if (!key.ok()) {
        qCCritical(lcStore) << "journal key:" << key.error();
        return key.status();
    }
    QSqlQuery q(m_db.connection());
    // Kept beside the other workstations' keys, for the readers of this register; verify()
    // checks this desk's own chain against the key file, never against this row.
    q.prepare(QStringLiteral("INSERT INTO workstation_keys (workstation, public_key) VALUES (?, ?)"
                             " ON CONFLICT (workstation) DO UPDATE SET public_key ="
                             " excluded.public_key"));
    q.addBindValue(m_workstation);
    q.addBindValue(QString::fromLatin1(key.value().publicKeyHex()));
    if (!q.exec())
        return Status::failure(
            store::Database::describeError(tr("Cannot write to the journal"), q.lastError()));
    m_key = std::make_unique<WorkstationKey>(key.take());
    return Status::success();
}

Result<QByteArray> Journal::publicKey()
{
    Status keyed = store::inTransaction(m_db.connection(), [&] { return ensureKey(); });
    if (!keyed.ok())
        return Result<QByteArray>(keyed);
    return Result<QByteArray>(m_key->publicKeyHex());
}

Result<Event> Journal::append(const NewEvent &input)
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    // Nothing is written unsigned: without its key the workstation writes nothing at all.
    if (Status keyed = ensureKey(); !keyed.ok())
        return Result<Event>(keyed);
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
    const qint64 now_ms = m_clock().toMSecsSinceEpoch();
    e.uuid = timeOrderedUuid(now_ms);
    e.workstation = m_workstation;
    {
        // Events the sync brought from other workstations meanwhile: a later local time comes
        // after every one of them, whatever this workstation's wall clock says, but for one
        // stamped too far ahead of it.
        QSqlQuery &latest = m_statements->latest;
        latest.bindValue(0, latestFollowed(now_ms));
        if (latest.exec() && latest.next() && !latest.value(0).isNull()) {
            const HlcTime seen = HlcTime::fromString(latest.value(0).toString());
            if (m_hlc.last() < seen)
                m_hlc.reset(seen);
        }
        latest.finish();
    }
    e.hlc = m_hlc.now(now_ms);
    e.user = input.user;
    e.action = input.action;
    e.objectType = input.objectType;
    e.objectId = input.objectId;
    e.motive = input.motive;
    e.payload = input.payload;
    const QByteArray payload = canonicalJson(input.payload);
    e.payloadHash = sha256Hex(payload);
    e.hash = e.computeHash();
    e.signature = m_key->sign(e.hash);
    if (e.signature.isEmpty())
        return Result<Event>::failure(tr("Cannot sign the journal entry."));

    Status written = m_statements->writer.write(e, &payload);
    if (!written.ok())
        return Result<Event>(written);
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

Result<int> Journal::recordAllProjected(const QList<NewEvent> &events,
                                        const std::function<Status(const Event &)> &project)
{
    Status status = store::inTransaction(m_db.connection(), [&]() -> Status {
        for (const NewEvent &event : events) {
            auto result = append(event);
            if (!result.ok())
                return result.status();
            if (Status projected = project(result.value()); !projected.ok())
                return projected;
        }
        return Status::success();
    });
    if (!status.ok()) {
        loadHead();
        return Result<int>(status);
    }
    return Result<int>(int(events.size()));
}

QList<Event> Journal::events(const QString &workstation, qint64 afterSeq, int limit) const
{
    QList<Event> list;
    auto stored = JournalReader(m_db).chain(workstation, afterSeq, limit);
    if (!stored.ok())
        return list;
    for (StoredEvent &entry : stored.value()) {
        if (entry.payloadPresent)
            entry.event.payload = QJsonDocument::fromJson(entry.payload).object();
        list.append(std::move(entry.event));
    }
    return list;
}

QString VerifyReport::summary() const
{
    if (ok()) {
        QString text = Journal::tr("Journal intact: all %n entries hold (%1 chain(s)).", nullptr,
                                   int(entries))
                           .arg(chains);
        if (unsignedEntries > 0)
            text += QLatin1Char(' ')
                + Journal::tr("%n of them written before signing began, covered by the first "
                              "signed entry of their chain.",
                              nullptr, int(unsignedEntries));
        return text;
    }
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
    sqlite3 *const handle = sqliteHandle(db);
    for (const QString &workstation : std::as_const(workstations)) {
        ++report.chains;
        const QByteArray workstationUtf8 = workstation.toUtf8();
        Statement q(handle, kVerifySelect);
        auto readError = [&](qint64 seq) {
            report.findings.append(
                { Finding::Kind::Altered, workstation, seq,
                  store::Database::describeError(
                      tr("Cannot read the journal"),
                      QSqlError(QString(), q.error(), QSqlError::StatementError)) });
        };
        if (!q.ok() || !q.bind(1, workstationUtf8)) {
            readError(0);
            continue;
        }
        // Which entry of the chain has `hash`: a scan of this chain, made once, when it breaks.
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
        // This desk's chain against its own key file (a copy of vigie.db whose key table was
        // edited proves nothing); the others' against the keys central enrolled, as pulled.
        std::optional<SignatureCheck> signature;
        QString unverifiable;
        if (workstation == m_workstation) {
            auto key = WorkstationKey::load(workstation, false);
            if (key.ok())
                signature.emplace(key.value().publicKeyHex());
            else
                unverifiable = key.error();
        } else {
            QSqlQuery known(db);
            known.prepare(
                QStringLiteral("SELECT public_key FROM workstation_keys WHERE workstation = ?"));
            known.addBindValue(workstation);
            if (known.exec() && known.next())
                signature.emplace(known.value(0).toByteArray());
            else
                unverifiable = tr("no public key of this workstation is known here (it comes "
                                  "from central with the sync)");
        }
        if (signature && !signature->valid()) {
            signature.reset();
            unverifiable = tr("the public key known for this workstation is not valid");
        }
        const SignatureCheck *const keyCheck = signature ? &*signature : nullptr;

        qint64 expectedSeq = 1;
        // Entries written before signing began (an older version) carry no signature: accepted
        // only before the chain's first signed entry, whose signature covers their hashes
        // through its link. An unsigned entry after a signed one had its signature removed.
        bool signedSeen = false;
        std::string previousHash(kGenesis.constData(), size_t(kGenesis.size()));
        // Whether the chain holds at `row` of `batch`; false once a finding names where it
        // breaks. `nextPrevHash` is what the entry after it links to, null at the end.
        auto holds = [&](const VerifyBatch &batch, const VerifyRow &row,
                         std::optional<QByteArrayView> nextPrevHash) -> bool {
            ++report.entries;
            const bool contentOk = row.contentOk;
            const QByteArrayView prevHash = batch.field(row, FPrevHash);
            const bool linkOk = prevHash == QByteArrayView(previousHash);
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
                if (nextPrevHash && *nextPrevHash == prevHash) {
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
                } else if (const qint64 linkedTo = hashSeq(prevHash.toByteArray());
                           linkedTo >= row.seq) {
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
            if (batch.field(row, FSignature).isEmpty()) {
                if (signedSeen) {
                    finding(Finding::Kind::BadSignature, row.seq,
                            tr("Chain %1: entry %2 carries no signature, after signed entries "
                               "(its signature was removed).")
                                .arg(workstation)
                                .arg(row.seq));
                    return false;
                }
                ++report.unsignedEntries;
            } else if (keyCheck && row.badSignature) {
                finding(Finding::Kind::BadSignature, row.seq,
                        tr("Chain %1: entry %2 does not carry its workstation's signature "
                           "(altered and its hashes recomputed, or forged).")
                            .arg(workstation)
                            .arg(row.seq));
                return false;
            } else {
                signedSeen = true;
            }
            const QByteArrayView hash = batch.field(row, FHash);
            previousHash.assign(hash.data(), size_t(hash.size()));
            ++expectedSeq;
            return true;
        };

        // The SHA-256 work is most of the cost and each entry's hashes check on their own: while
        // this thread steps through the query for the next batch (the connection is not shared
        // across threads), the pool hashes the entries of the current one. The links between
        // entries are then followed here, in order.
        VerifyBatch batch;
        VerifyBatch nextBatch;
        QThreadPool pool; // after the batches: destroyed first, it waits for its tasks
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        bool readFailed = false;
        auto read = [&](VerifyBatch &into) {
            into.clear();
            while (into.rows.size() < kVerifyBatch && q.step())
                readVerifyRow(q.get(), into);
            readFailed = readFailed || !q.ok();
        };
        auto check = [&](VerifyBatch &rows) {
            // The tasks hold the batch's storage, not the batch: swapping the two batches below
            // leaves each batch's bytes and rows where its tasks expect them.
            const char *const bytes = rows.bytes.constData();
            VerifyRow *const first = rows.rows.data();
            const size_t count = rows.rows.size();
            const size_t parts = size_t(pool.maxThreadCount());
            const size_t step = std::max<size_t>(1, (count + parts - 1) / parts);
            for (size_t from = 0; from < count; from += step) {
                const size_t to = std::min(count, from + step);
                pool.start([bytes, first, &workstationUtf8, from, to] {
                    QByteArray scratch;
                    scratch.reserve(512);
                    for (size_t i = from; i < to; ++i)
                        checkHashes(bytes, first[i], workstationUtf8, scratch);
                });
            }
        };
        read(batch);
        check(batch);
        bool broken = false;
        while (!batch.empty() && !broken) {
            read(nextBatch); // while the pool hashes `batch`
            pool.waitForDone();
            check(nextBatch); // while this thread follows the links of `batch`
            if (keyCheck)
                checkSignatures(batch, *keyCheck);
            for (size_t i = 0; i < batch.rows.size() && !broken; ++i) {
                // What the entry after this one links to: bytes the pool only reads.
                std::optional<QByteArrayView> nextPrevHash;
                if (i + 1 < batch.rows.size())
                    nextPrevHash = batch.field(batch.rows[i + 1], FPrevHash);
                else if (!nextBatch.empty())
                    nextPrevHash = nextBatch.field(nextBatch.rows.front(), FPrevHash);
                broken = !holds(batch, batch.rows[i], nextPrevHash);
            }
            std::swap(batch, nextBatch);
        }
        pool.waitForDone();
        if (readFailed && !broken)
            readError(expectedSeq);
        else if (!broken && !keyCheck && expectedSeq > 1)
            finding(Finding::Kind::Unverifiable, 1,
                    tr("Chain %1: the signatures of its %2 entries cannot be checked: %3.")
                        .arg(workstation)
                        .arg(expectedSeq - 1)
                        .arg(unverifiable));
        else if (!broken && !signedSeen && expectedSeq > 1)
            // Nothing signed covers these entries: whoever holds the file could have written
            // them all.
            finding(Finding::Kind::Unverifiable, 1,
                    tr("Chain %1: none of its %2 entries is signed: they cannot be checked "
                       "(written before signing began, or every signature removed).")
                        .arg(workstation)
                        .arg(expectedSeq - 1));
    }
    return report;
}

namespace {

// The payloads marked in journal_purged go; their hashes stay in the chain, which still
// verifies.
Status dropPurgedPayloads(QSqlDatabase &db)
{
    QSqlQuery remove(db);
    if (!remove.exec(QStringLiteral("DELETE FROM journal_payloads WHERE (workstation, seq)"
                                    " IN (SELECT workstation, seq FROM journal_purged)")))
        return Status::failure(store::Database::describeError(
            Journal::tr("Cannot purge the journal"), remove.lastError()));
    return Status::success();
}

} // namespace

Result<int> Journal::purgePayloads(const QString &objectType, const QDateTime &before,
                                   const QString &user, const QString &motive)
{
    const HlcTime limit { before.toMSecsSinceEpoch(), 0 };
    NewEvent event { user, QStringLiteral("journal.purge"), objectType, QString(), motive, {} };
    int purged = 0;
    // record() runs the change first, then appends `event`: the change fills in the count.
    auto result = record(event, [&]() -> Status {
        QSqlQuery mark(m_db.connection());
        mark.prepare(
            QStringLiteral("INSERT INTO journal_purged (workstation, seq, purged_before)"
                           " SELECT j.workstation, j.seq, ? FROM journal j JOIN journal_payloads p"
                           " ON p.workstation = j.workstation AND p.seq = j.seq"
                           " WHERE j.object_type = ? AND j.hlc < ?"));
        mark.addBindValue(limit.toString());
        mark.addBindValue(objectType);
        mark.addBindValue(limit.toString());
        if (!mark.exec())
            return Status::failure(
                store::Database::describeError(tr("Cannot purge the journal"), mark.lastError()));
        purged = mark.numRowsAffected();
        if (const Status dropped = dropPurgedPayloads(m_db.connection()); !dropped.ok())
            return dropped;
        // limit_hlc: the exact bound, for central to purge the same payloads of this
        // workstation's events (the ISO time is to the second).
        event.payload
            = QJsonObject { { QStringLiteral("purged"), purged },
                            { QStringLiteral("before"), before.toUTC().toString(Qt::ISODate) },
                            { QStringLiteral("limit_hlc"), limit.toString() } };
        return Status::success();
    });
    if (!result.ok())
        return Result<int>(result.status());
    qCInfo(lcStore) << "journal purge" << objectType << "before" << before << purged << "payloads";
    return Result<int>(purged);
}

Result<int> Journal::appendObjectPurge(const QString &objectType, const QStringList &objectIds,
                                       const QString &user, const QString &motive)
{
    if (objectIds.isEmpty())
        return Result<int>(0);
    const QDateTime now = m_clock().toUTC();
    const HlcTime limit { now.toMSecsSinceEpoch(), 0 };
    QSqlQuery mark(m_db.connection());
    mark.prepare(QStringLiteral("INSERT INTO journal_purged (workstation, seq, purged_before)"
                                " SELECT j.workstation, j.seq, ? FROM journal j"
                                " JOIN journal_payloads p"
                                " ON p.workstation = j.workstation AND p.seq = j.seq"
                                " WHERE j.object_type = ? AND j.object_id = ?"));
    int purged = 0;
    mark.bindValue(0, limit.toString());
    mark.bindValue(1, objectType);
    for (const QString &id : objectIds) {
        mark.bindValue(2, id);
        if (!mark.exec())
            return Result<int>::failure(
                store::Database::describeError(tr("Cannot purge the journal"), mark.lastError()));
        purged += mark.numRowsAffected();
    }
    if (purged == 0)
        return Result<int>(0);
    if (const Status dropped = dropPurgedPayloads(m_db.connection()); !dropped.ok())
        return Result<int>(dropped);
    // Central purges this workstation's events of that type about those objects only, never
    // closer than the type's minimum retention (its table retention_minimums).
    const auto appended
        = append({ user,
                   QStringLiteral("journal.purge"),
                   objectType,
                   QString(),
                   motive,
                   { { QStringLiteral("purged"), purged },
                     { QStringLiteral("before"), now.toString(Qt::ISODate) },
                     { QStringLiteral("limit_hlc"), limit.toString() },
                     { QStringLiteral("objects"), QJsonArray::fromStringList(objectIds) } } });
    if (!appended.ok())
        return Result<int>(appended.status());
    qCInfo(lcStore) << "journal purge" << objectType << objectIds.size() << "objects," << purged
                    << "payloads";
    return Result<int>(purged);
}

} // namespace vigie::journal
