#include "core/sync/central_verify.h"

#include "core/journal/journal.h"
#include "core/journal/workstation_key.h"
#include "core/sync/central_link.h"
#include "core/sync/enrolled_keys.h"
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
    auto enrolled = EnrolledKeys::read(central);
    if (!enrolled.ok())
        return Result<CentralVerifyReport>(enrolled.status());
    for (const QString &workstation : std::as_const(workstations)) {
        ++report.chains;
        // Central holds the hashes and can recompute them; only the enrolled key proves that
        // the workstation wrote what central holds.
        const journal::SignatureCheck signature(enrolled.value().value(workstation));
        QSqlQuery chain(central);
        chain.setForwardOnly(true);
        chain.prepare(QStringLiteral(
            "SELECT seq, uuid::text, hlc, user_login, action, object_type, object_id, motive,"
            " payload_hash, prev_hash, hash, payload, signature FROM events WHERE workstation = ?"
            " ORDER BY seq"));
        chain.addBindValue(workstation);
        if (!chain.exec())
            return Result<CentralVerifyReport>::failure(CentralLink::describeError(
                tr("Cannot read the central journal"), chain.lastError()));
        qint64 expected = 1;
        QByteArray previous(64, '0');
        const qsizetype before = report.findings.size();
        bool signedSeen = false;
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
            else if (e.signature.isEmpty() && signedSeen)
                broken = tr("Chain %1: entry %2 carries no signature, after signed entries "
                            "(its signature was removed).")
                             .arg(workstation)
                             .arg(e.seq);
            else if (!e.signature.isEmpty() && signature.valid()
                     && !signature.holds(e.hash, e.signature))
                broken = tr("Chain %1: entry %2 does not carry its workstation's signature "
                            "(altered and its hashes recomputed, or forged).")
                             .arg(workstation)
                             .arg(e.seq);
            // Unsigned entries are the ones written before signing began: only ahead of the
            // first signed entry, whose signature covers them through its link.
            signedSeen = signedSeen || !e.signature.isEmpty();
            if (!broken.isEmpty()) {
                report.findings.append(broken);
                break;
            }
            previous = e.hash;
            ++expected;
        }
        if (!signature.valid() && expected > 1 && report.findings.size() == before)
            report.findings.append(tr("Chain %1: the signatures of its %2 entries cannot be "
                                      "checked: no valid key of this workstation is enrolled "
                                      "at central.")
                                       .arg(workstation)
                                       .arg(expected - 1));
        else if (!signedSeen && expected > 1 && report.findings.size() == before)
            report.findings.append(tr("Chain %1: none of its %2 entries is signed: they cannot "
                                      "be checked.")
                                       .arg(workstation)
                                       .arg(expected - 1));
    }
    return Result<CentralVerifyReport>(report);
}

} // namespace vigie::sync
