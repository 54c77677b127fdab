#include "core/sync/enrolled_keys.h"

#include "core/journal/workstation_key.h"
#include "core/sync/central_link.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vigie::sync {

Status EnrolledKeys::enroll(QSqlDatabase &central, const QString &workstation,
                            const QByteArray &publicKeyHex)
{
    const QByteArray key = publicKeyHex.trimmed().toLower();
    if (workstation.trimmed().isEmpty())
        return Status::failure(tr("Give the workstation whose key is enrolled."));
    if (!journal::SignatureCheck(key).valid())
        return Status::failure(tr("\"%1\" is not a workstation public key (64 hexadecimal "
                                  "characters, as \"vigiectl journal key\" prints it).")
                                   .arg(QString::fromLatin1(publicKeyHex)));
    if (!central.transaction())
        return Status::failure(
            CentralLink::describeError(tr("Cannot enrol the key"), central.lastError()));
    QSqlQuery q(central);
    auto fail = [&](const QSqlError &error) {
        central.rollback();
        return Status::failure(CentralLink::describeError(tr("Cannot enrol the key"), error));
    };
    q.prepare(QStringLiteral("INSERT INTO workstations (id) VALUES (?) ON CONFLICT DO NOTHING"));
    q.addBindValue(workstation);
    if (!q.exec())
        return fail(q.lastError());
    q.prepare(QStringLiteral("SELECT public_key FROM workstations WHERE id = ? FOR UPDATE"));
    q.addBindValue(workstation);
    if (!q.exec() || !q.next())
        return fail(q.lastError());
    const QVariant enrolled = q.value(0);
    q.finish();
    if (!enrolled.isNull()) {
        central.rollback();
        if (enrolled.toByteArray() == key)
            return Status::success();
        return Status::failure(
            tr("Workstation %1 already has another key enrolled at central: it is not replaced "
               "(the entries it signed would no longer verify).")
                .arg(workstation));
    }
    q.prepare(QStringLiteral("UPDATE workstations SET public_key = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(workstation);
    if (!q.exec())
        return fail(q.lastError());
    if (!central.commit())
        return fail(central.lastError());
    return Status::success();
}

Result<QHash<QString, QByteArray>> EnrolledKeys::read(QSqlDatabase &central)
{
    QSqlQuery q(central);
    if (!q.exec(
            QStringLiteral("SELECT id, public_key FROM workstations WHERE public_key IS NOT NULL")))
        return Result<QHash<QString, QByteArray>>::failure(CentralLink::describeError(
            tr("Cannot read the workstations' keys at central"), q.lastError()));
    QHash<QString, QByteArray> keys;
    while (q.next())
        keys.insert(q.value(0).toString(), q.value(1).toByteArray());
    return Result<QHash<QString, QByteArray>>(keys);
}

} // namespace vigie::sync
