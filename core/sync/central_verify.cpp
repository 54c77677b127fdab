#include "core/sync/central_verify.h"

#include "core/journal/journal.h"
#include "core/sync/central_link.h"
#include "core/sync/wire_event.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vigie::sync {

QString CentralVerifyReport::summary() const
{
    QStringList lines;
    if (findings.isEmpty())
        lines.append(CentralVerify::tr("Central journal intact: all %n entries hold (%1 chain(s)).",
                                       nullptr, int(entries))
                         .arg(chains));
    lines.append(findings);
    lines.append(refusals);
    return lines.join(QLatin1Char('\n'));
}

Result<CentralVerifyReport> CentralVerify::run(QSqlDatabase &central)
{
    CentralVerifyReport report;
    QSqlQuery q(central);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, refused_reason, refused_at FROM workstations"
                               " ORDER BY id")))
        return Result<CentralVerifyReport>::failure(
            CentralLink::describeError(tr("Cannot read the central journal"), q.lastError()));
    QStringList workstations;
    while (q.next()) {
        workstations.append(q.value(0).toString());
        if (!q.value(1).isNull())
            report.refusals.append(tr("Chain %1 refused on %2: %3")
                                       .arg(q.value(0).toString(),
                                            q.value(2).toDateTime().toString(Qt::ISODate),
                                            q.value(1).toString()));
    }
    q.finish();
    for (const QString &workstation : std::as_const(workstations)) {
        ++report.chains;
        QSqlQuery chain(central);
        chain.setForwardOnly(true);
        chain.prepare(QStringLiteral(
            "SELECT seq, uuid::text, hlc, user_login, action, object_type, object_id, motive,"
            " payload_hash, prev_hash, hash, payload FROM events WHERE workstation = ?"
            " ORDER BY seq"));
        chain.addBindValue(workstation);
        if (!chain.exec())
            return Result<CentralVerifyReport>::failure(CentralLink::describeError(
                tr("Cannot read the central journal"), chain.lastError()));
        qint64 expected = 1;
        QByteArray previous(64, '0');
        while (chain.next()) {
            ++report.entries;
            const WireEvent w = readWireEvent(chain, 0, workstation);
            const journal::Event &e = w.event;
            QString broken;
            if (e.seq != expected)
                broken = tr("Chain %1: entry %2 is missing.").arg(workstation).arg(expected);
            else if (e.prevHash != previous)
                broken = tr("Chain %1: entry %2 does not follow entry %3.")
                             .arg(workstation)
                             .arg(e.seq)
                             .arg(e.seq - 1);
            else if (e.computeHash() != e.hash)
                broken = tr("Chain %1: entry %2 was altered (its content no longer matches its "
                            "hash).")
                             .arg(workstation)
                             .arg(e.seq);
            else if (!w.payloadHolds())
                broken = tr("Chain %1: the content of entry %2 was altered.")
                             .arg(workstation)
                             .arg(e.seq);
            if (!broken.isEmpty()) {
                report.findings.append(broken);
                break;
            }
            previous = e.hash;
            ++expected;
        }
    }
    return Result<CentralVerifyReport>(report);
}

} // namespace vigie::sync
