// How the other modules read the journal: the sync (this desk's chain to push, the heads of
// the chains it continues, the keys that sign them) and the shift log (the entries of a
// shift). Only core/journal reads or writes the tables journal, journal_payloads,
// journal_purged and workstation_keys.
#pragma once

#include "core/common/result.h"
#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {

// An entry as stored: the payload as its canonical text, the bytes its hash covers (absent
// once purged).
struct StoredEvent
{
    Event event;
    QByteArray payload;
    bool payloadPresent = false;
};

// Where a chain stands: its last entry. Printed on a handed-over shift's log, so that the
// supervisor's visa pins the journal as it was ("WS-A:1234:9f86d0...").
struct JournalHead
{
    QString workstation;
    qint64 seq = 0; // 0: the chain is empty
    QByteArray hash; // hex; the genesis (64 zeros) for an empty chain

    QString text() const;
    // Reads "WORKSTATION:SEQ:HASH"; nothing for anything else.
    static std::optional<JournalHead> parse(const QString &text);
};

class JournalReader
{
    Q_DECLARE_TR_FUNCTIONS(vigie::journal::JournalReader)
public:
    explicit JournalReader(store::Database &db);
    ~JournalReader();
    JournalReader(const JournalReader &) = delete;
    JournalReader &operator=(const JournalReader &) = delete;

    Result<JournalHead> head(const QString &workstation) const;
    // The hash of entry `seq` of the chain; nothing when the chain has no such entry.
    Result<std::optional<QByteArray>> hashAt(const QString &workstation, qint64 seq) const;
    Result<bool> contains(const QUuid &uuid) const;
    // The entries of a chain after `afterSeq`, in order, with their payloads as stored.
    Result<QList<StoredEvent>> chain(const QString &workstation, qint64 afterSeq, int limit) const;
    // Every entry stamped in [from, to), and every entry about one of `objects` (type, id),
    // whenever stamped: in time order, payloads parsed.
    Result<QList<Event>> between(const HlcTime &from, const HlcTime &to,
                                 const QList<QPair<QString, QString>> &objects) const;
    // Whether the chain holds a signed entry: from there on, every entry must be signed.
    Result<bool> hasSigned(const QString &workstation) const;
    // The public key (hex) this register knows for a workstation; empty when none.
    Result<QByteArray> publicKey(const QString &workstation) const;

private:
    struct Statements;
    store::Database &m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace vigie::journal
