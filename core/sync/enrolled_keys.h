// The workstations' public keys as central holds them (`workstations.public_key`): enrolled by
// an administrator, read by `central verify` and by every desk that pulls another desk's
// entries, to check their signatures. Central cannot run Ed25519 in SQL: the checks are here.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace vigie::sync {

class EnrolledKeys
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::EnrolledKeys)
public:
    // Stores `publicKeyHex` (`vigiectl journal key` on that desk) as the key of `workstation`,
    // through the administrator's connection. The same key again is a no-op; another key over
    // an enrolled one is refused: the entries it signed would no longer verify.
    static Status enroll(QSqlDatabase &central, const QString &workstation,
                         const QByteArray &publicKeyHex);
    // workstation -> public key (hex), for the workstations that have one.
    static Result<QHash<QString, QByteArray>> read(QSqlDatabase &central);
};

} // namespace vigie::sync
