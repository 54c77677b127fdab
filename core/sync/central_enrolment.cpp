#include "core/sync/central_enrolment.h"

#include "core/sync/central_link.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::sync {
namespace {

constexpr int kPasswordBytes = 24; // 192 bits
constexpr int kSaltBytes = 16;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

QString CentralEnrolment::scramVerifier(const QString &password, const QByteArray &salt,
                                        int iterations)
{
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<Enrolment> CentralEnrolment::enroll(QSqlDatabase &central, const QString &workstation)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!valid.match(workstation).hasMatch())
        return Result<Enrolment>::failure(
            tr("\"%1\" is not a workstation id (letters, digits, '.', '_' and '-', at most 64).")
                .arg(workstation));
    Enrolment enrolment;
    enrolment.workstation = workstation;
    // Base64url: no character that a password file or a shell would read otherwise.
    enrolment.password = QString::fromLatin1(
        randomBytes(kPasswordBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(central);
    q.prepare(QStringLiteral("SELECT vigie_enroll(?, ?)"));
    q.addBindValue(workstation);
    q.addBindValue(scramVerifier(enrolment.password, randomBytes(kSaltBytes)));
    if (!q.exec() || !q.next())
        return Result<Enrolment>::failure(CentralLink::describeError(
            tr("Cannot enrol workstation %1 at central (only the administrator who owns the "
               "central schema can)")
                .arg(workstation),
            q.lastError()));
    enrolment.role = q.value(0).toString();
    return Result<Enrolment>(enrolment);
}

Result<QString> CentralEnrolment::revoke(QSqlDatabase &central, const QString &workstation)
{
    QSqlQuery q(central);
    q.prepare(QStringLiteral("SELECT vigie_revoke(?)"));
    q.addBindValue(workstation);
    if (!q.exec() || !q.next())
        return Result<QString>::failure(CentralLink::describeError(
            tr("Cannot revoke workstation %1 at central (only the administrator who owns the "
               "central schema can, and only an enrolled workstation)")
                .arg(workstation),
            q.lastError()));
    return Result<QString>(q.value(0).toString());
}

} // namespace vigie::sync
