#include "core/journal/journal_reader.h"

#include "core/store/database.h"

#include <QJsonDocument>

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace vigie::journal {
namespace {

const QByteArray kGenesis(64, '0');

// What every read of whole entries selects: the entry, its payload and its purge mark.
constexpr const char *kEntryColumns
    = "j.workstation, j.seq, j.uuid, j.hlc, j.user_login, j.action, j.object_type, j.object_id,"
      " j.motive, j.payload_hash, j.prev_hash, j.hash, j.signature, p.payload,"
      " x.seq IS NOT NULL";
constexpr const char *kEntryTables
    = "journal j"
      " LEFT JOIN journal_payloads p ON p.workstation = j.workstation AND p.seq = j.seq"
      " LEFT JOIN journal_purged x ON x.workstation = j.workstation AND x.seq = j.seq";

StoredEvent readEntry(const QSqlQuery &q)
{
    StoredEvent stored;
    Event &e = stored.event;
    e.workstation = q.value(0).toString();
    e.seq = q.value(1).toLongLong();
    e.uuid = QUuid::fromString(q.value(2).toString());
    e.hlc = HlcTime::fromString(q.value(3).toString());
    e.user = q.value(4).toString();
    e.action = q.value(5).toString();
    e.objectType = q.value(6).toString();
    e.objectId = q.value(7).toString();
    e.motive = q.value(8).toString();
    e.payloadHash = q.value(9).toByteArray();
    e.prevHash = q.value(10).toByteArray();
    e.hash = q.value(11).toByteArray();
    e.signature = q.value(12).toByteArray();
    const QVariant payload = q.value(13);
    stored.payloadPresent = !payload.isNull();
    stored.payload = payload.toString().toUtf8();
    // Absent through a purge; an entry whose payload went otherwise is verify()'s to name.
    e.payloadPurged = !stored.payloadPresent && q.value(14).toBool();
    return stored;
}

} // namespace

QString JournalHead::text() const
{
    return QStringLiteral("%1:%2:%3").arg(workstation).arg(seq).arg(QString::fromLatin1(hash));
}

std::optional<JournalHead> JournalHead::parse(const QString &text)
{
    // The workstation may hold a colon: the last two fields are the sequence and the hash.
    const int hashAt = text.lastIndexOf(QLatin1Char(':'));
    const int seqAt = hashAt > 0 ? text.lastIndexOf(QLatin1Char(':'), hashAt - 1) : -1;
    if (seqAt <= 0)
        return std::nullopt;
    JournalHead head;
    head.workstation = text.left(seqAt);
    bool ok = false;
    head.seq = text.mid(seqAt + 1, hashAt - seqAt - 1).toLongLong(&ok);
    head.hash = text.mid(hashAt + 1).trimmed().toLower().toLatin1();
    static const QByteArray hexDigits("0123456789abcdef");
    const bool hex = head.hash.size() == 64
        && std::all_of(head.hash.cbegin(), head.hash.cend(),
                       [](char c) { return hexDigits.contains(c); });
    if (!ok || head.seq < 0 || !hex)
        return std::nullopt;
    return head;
}

struct JournalReader::Statements
{
    explicit Statements(QSqlDatabase &db) : head(db), hashAt(db), known(db), chain(db)
    {
        head.prepare(QStringLiteral(
            "SELECT seq, hash FROM journal WHERE workstation = ? ORDER BY seq DESC LIMIT 1"));
        hashAt.prepare(
            QStringLiteral("SELECT hash FROM journal WHERE workstation = ? AND seq = ?"));
        known.prepare(QStringLiteral("SELECT 1 FROM journal WHERE uuid = ?"));
        chain.setForwardOnly(true);
        chain.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE j.workstation = ? AND j.seq > ?"
                                     " ORDER BY j.seq LIMIT ?")
                          .arg(QLatin1String(kEntryColumns), QLatin1String(kEntryTables)));
    }
    QSqlQuery head;
    QSqlQuery hashAt;
    QSqlQuery known;
    QSqlQuery chain;
};

JournalReader::JournalReader(store::Database &db)
    : m_db(db), m_statements(std::make_unique<Statements>(db.connection()))
{
}

JournalReader::~JournalReader() = default;

namespace {

template <typename T> Result<T> readFailure(const QSqlQuery &q)
{
    return Result<T>::failure(store::Database::describeError(
        JournalReader::tr("Cannot read the journal"), q.lastError()));
}

} // namespace

Result<JournalHead> JournalReader::head(const QString &workstation) const
{
    QSqlQuery &q = m_statements->head;
    q.addBindValue(workstation);
    if (!q.exec())
        return readFailure<JournalHead>(q);
    JournalHead head { workstation, 0, kGenesis };
    if (q.next()) {
        head.seq = q.value(0).toLongLong();
        head.hash = q.value(1).toByteArray();
    }
    q.finish();
    return Result<JournalHead>(head);
}

Result<std::optional<QByteArray>> JournalReader::hashAt(const QString &workstation,
                                                        qint64 seq) const
{
    QSqlQuery &q = m_statements->hashAt;
    q.addBindValue(workstation);
    q.addBindValue(seq);
    if (!q.exec())
        return readFailure<std::optional<QByteArray>>(q);
    std::optional<QByteArray> hash;
    if (q.next())
        hash = q.value(0).toByteArray();
    q.finish();
    return Result<std::optional<QByteArray>>(hash);
}

Result<bool> JournalReader::contains(const QUuid &uuid) const
{
    QSqlQuery &q = m_statements->known;
    q.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return readFailure<bool>(q);
    const bool found = q.next();
    q.finish();
    return Result<bool>(found);
}

Result<QList<StoredEvent>> JournalReader::chain(const QString &workstation, qint64 afterSeq,
                                                int limit) const
{
    QSqlQuery &q = m_statements->chain;
    q.addBindValue(workstation);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return readFailure<QList<StoredEvent>>(q);
    QList<StoredEvent> list;
    while (q.next())
        list.append(readEntry(q));
    q.finish();
    return Result<QList<StoredEvent>>(list);
}

Result<QList<Event>> JournalReader::between(const HlcTime &from, const HlcTime &to,
                                            const QList<QPair<QString, QString>> &objects) const
{
    QString where = QStringLiteral("(j.hlc >= ? AND j.hlc < ?)");
    for (qsizetype i = 0; i < objects.size(); ++i)
        where += QStringLiteral(" OR (j.object_type = ? AND j.object_id = ?)");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY j.hlc")
                  .arg(QLatin1String(kEntryColumns), QLatin1String(kEntryTables), where));
    q.addBindValue(from.toString());
    q.addBindValue(to.toString());
    for (const auto &[type, id] : objects) {
        q.addBindValue(type);
        q.addBindValue(id);
    }
    if (!q.exec())
        return readFailure<QList<Event>>(q);
    QList<Event> list;
    while (q.next()) {
        StoredEvent stored = readEntry(q);
        if (stored.payloadPresent)
            stored.event.payload = QJsonDocument::fromJson(stored.payload).object();
        list.append(std::move(stored.event));
    }
    return Result<QList<Event>>(list);
}

Result<bool> JournalReader::hasSigned(const QString &workstation) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM journal WHERE workstation = ? AND signature IS NOT NULL"
                             " LIMIT 1"));
    q.addBindValue(workstation);
    if (!q.exec())
        return readFailure<bool>(q);
    return Result<bool>(q.next());
}

Result<QByteArray> JournalReader::publicKey(const QString &workstation) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT public_key FROM workstation_keys WHERE workstation = ?"));
    q.addBindValue(workstation);
    if (!q.exec())
        return readFailure<QByteArray>(q);
    return Result<QByteArray>(q.next() ? q.value(0).toByteArray() : QByteArray());
}

} // namespace vigie::journal
