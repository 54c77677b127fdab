// The reference data every workstation shares through central: users with their roles,
// password hashes and habilitations, the camera directory, the incident typology. Each kind
// reads its local rows as JSON keyed by a natural key (login, camera number, category code)
// and writes a row from central back; the sync finds what changed by comparing digests with
// what it last exchanged. A new kind (bailleur conventions, NATINF) is one more entry.
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::sync {

struct ReferenceKind
{
    QString kind; // "user", "camera", "incident_category"
    std::function<Result<QMap<QString, QJsonObject>>(store::Database &)> snapshot;
    // Writes the row (std::nullopt: removes it). Inside the caller's transaction.
    std::function<Status(store::Database &, const QString &key, const std::optional<QJsonObject> &)>
        apply;
    // Rows applied in this order within a batch (parents first), lower first.
    std::function<int(const QJsonObject &)> applyOrder;
};

class ReferenceRegistry
{
public:
    void add(ReferenceKind kind) { m_kinds.append(std::move(kind)); }
    const QList<ReferenceKind> &kinds() const { return m_kinds; }
    const ReferenceKind *find(const QString &kind) const;

    static ReferenceRegistry standard();

private:
    QList<ReferenceKind> m_kinds;
};

// SHA-256 of the row's canonical JSON; "" for a removed row.
QByteArray referenceDigest(const std::optional<QJsonObject> &data);

} // namespace vigie::sync
