// A workstation's own PostgreSQL role at central, created by the administrator (the schema's
// owner) with `vigiectl central enroll`: the desk then connects as that role, which may append
// its own workstation's events and read, and nothing else.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace vigie::sync {

struct Enrolment
{
    QString workstation;
    QString role; // the user of the desk's central link
    QString password; // generated here, shown once; central keeps only its SCRAM verifier
};

class CentralEnrolment
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::CentralEnrolment)
public:
    // Creates (or, enrolled again, gives a new password to) the role of `workstation` and
    // registers it. `central` is the owner's connection: a desk's role is refused.
    static Result<Enrolment> enroll(QSqlDatabase &central, const QString &workstation);
    // Takes the role of `workstation` off central: it can no longer log in, and a session still
    // open loses its rights at once. Its events stay. Returns the role.
    static Result<QString> revoke(QSqlDatabase &central, const QString &workstation);

    // What PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802, RFC 7677), computed here
    // so that the password never travels to the server nor lands in its logs.
    static QString scramVerifier(const QString &password, const QByteArray &salt,
                                 int iterations = 4096);
};

} // namespace vigie::sync
