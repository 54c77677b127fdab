// The append-only, hash-chained journal: every change to a record, every login, refusal,
// export or purge is an event, appended in the same SQLite transaction as the change itself.
// Each workstation has its own chain: seq 1, 2, 3... and hash = SHA-256(previous hash ||
// canonical event). SQL triggers refuse UPDATE and DELETE; verify() names the first entry of a
// chain that was altered, removed, inserted or reordered. Each entry is signed with the
// workstation's own Ed25519 key (WorkstationKey), so that a chain edited and re-hashed by
// someone without the key is caught too.
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/journal/hlc.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace vigie::store {
class Database;
}

namespace vigie::journal {

class WorkstationKey;

struct NewEvent
{
    QString user; // login of who acted; "system" for the workstation itself
    QString action; // "login", "incident.create", ...
    QString objectType; // "session", "incident", "user", ...
    QString objectId;
    QString motive; // where the law needs one (viewing, export, purge...)
    QJsonObject payload;
};

struct Event
{
    QUuid uuid;
    QString workstation;
    qint64 seq = 0;
    HlcTime hlc;
    QString user;
    QString action;
    QString objectType;
    QString objectId;
    QString motive;
    QJsonObject payload; // empty once purged
    bool payloadPurged = false;
    QByteArray payloadHash; // hex SHA-256 of the canonical payload
    QByteArray prevHash; // hex
    QByteArray hash; // hex
    QByteArray signature; // hex Ed25519 signature of `hash` by the workstation's key

    // The bytes the hash covers, besides the previous hash: every field but the payload itself,
    // which enters through its own hash so that a purge of payloads keeps the chain whole.
    QByteArray canonical() const;
    QByteArray computeHash() const;
};

struct Finding
{
    enum class Kind {
        Altered,
        Removed,
        Inserted,
        Reordered,
        PayloadAltered,
        PayloadRemoved,
        BadSignature, // hashes hold, the signature does not: re-hashed or forged
        Unverifiable, // no public key known for the chain: its signatures cannot be checked
    };
    Kind kind;
    QString workstation;
    qint64 seq = 0;
    QString message; // in the operator's language
};

struct VerifyReport
{
    qint64 entries = 0;
    qint64 unsignedEntries = 0; // written before signing began, before a chain's first signed
    int chains = 0;
    QList<Finding> findings; // the first finding of each broken chain
    bool ok() const { return findings.isEmpty(); }
    QString summary() const;
};

// The rows of one journal entry: the entry, then its payload, or for an entry whose source
// purged the payload (retention), the mark that says so. The statements are prepared once;
// writes go into the transaction the caller has open. The Journal appends through it, and the
// sync stores with it the entries of other workstations, once it has checked that they continue
// their chain.
class EntryWriter
{
public:
    explicit EntryWriter(QSqlDatabase &db);
    ~EntryWriter();
    EntryWriter(const EntryWriter &) = delete;
    EntryWriter &operator=(const EntryWriter &) = delete;

    // `payload`: the canonical JSON that event.payloadHash covers; null when purged at source.
    Status write(const Event &event, const QByteArray *payload);
    // Keeps `publicKeyHex` as the key of another workstation's chain, as central enrolled it.
    Status recordPublicKey(const QString &workstation, const QByteArray &publicKeyHex);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

class Journal
{
    Q_DECLARE_TR_FUNCTIONS(vigie::journal::Journal)
public:
    Journal(store::Database &db, QString workstation, Clock clock = systemClock());
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    const QString &workstation() const { return m_workstation; }

    // Appends inside the transaction the caller has open (see record()).
    Result<Event> append(const NewEvent &event);
    // Runs `change` and appends the event in one transaction: both are kept, or neither.
    Result<Event> record(const NewEvent &event, const std::function<Status()> &change = {});
    // Appends the event, then projects it onto the record's current row with `project`, in one
    // transaction. Records are projections of their events: the same `project` applies events
    // that arrive from other workstations.
    Result<Event> recordProjected(const NewEvent &event,
                                  const std::function<Status(const Event &)> &project);
    // The same for several events in one transaction (a file of changes imported at once):
    // all are kept, or none. Returns how many were appended.
    Result<int> recordAllProjected(const QList<NewEvent> &events,
                                   const std::function<Status(const Event &)> &project);

    qint64 lastSeq() const { return m_lastSeq; }
    // This workstation's public key (hex), its key made on first use when its chain holds no
    // signed entry yet; the message says why when the key is missing or damaged.
    Result<QByteArray> publicKey();
    QList<Event> events(const QString &workstation, qint64 afterSeq, int limit) const;

    VerifyReport verify() const;

    // Removes the payloads of events of `objectType` older than `before` (retention), keeping
    // their hashes so that the chain still verifies; the purge itself is an event.
    Result<int> purgePayloads(const QString &objectType, const QDateTime &before,
                              const QString &user, const QString &motive);
    // Inside the transaction the caller has open (see record()): removes the payloads of the
    // events of `objectType` about `objectIds`, from every workstation, whatever their age
    // (a record whose own retention is shorter than its type's: an alarm's picture goes with
    // its camera's images). The purge is an event naming them, for central to purge the same
    // of this workstation's events; none is appended when nothing was left to purge.
    Result<int> appendObjectPurge(const QString &objectType, const QStringList &objectIds,
                                  const QString &user, const QString &motive);

    static QByteArray canonicalJson(const QJsonObject &object);
    static QByteArray sha256Hex(const QByteArray &data);

private:
    void loadHead();
    Status ensureKey();

    store::Database &m_db;
    QString m_workstation;
    Clock m_clock;
    HybridLogicalClock m_hlc;
    qint64 m_lastSeq = 0;
    QByteArray m_lastHash;
    std::unique_ptr<WorkstationKey> m_key; // loaded at the first append
    // Prepared once: parsing the same four statements for every event was a tenth of an
    // append's CPU (vigie-bench journal).
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace vigie::journal
