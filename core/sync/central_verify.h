// `vigiectl central verify`: walks every workstation's chain as central holds it, with the same
// definition of an entry's hash as the workstations, and lists the chains central refused.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace vigie::sync {

struct CentralVerifyReport
{
    qint64 entries = 0;
    int chains = 0;
    QStringList findings; // the first break of each chain, in the operator's language
    QStringList refusals; // workstations whose chain central refused, and why

    bool ok() const { return findings.isEmpty() && refusals.isEmpty(); }
    QString summary() const;
};

class CentralVerify
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::CentralVerify)
public:
    static Result<CentralVerifyReport> run(QSqlDatabase &central);
};

} // namespace vigie::sync
