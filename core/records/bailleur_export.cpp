#include "core/records/bailleur_export.h"

#include "core/access/access_policy.h"
#include "core/common/pdf_document.h"
#include "core/journal/journal.h"
#include "core/records/bailleur_register.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QSaveFile>

namespace vigie::records {
namespace {

class BailleurExport
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::BailleurExport)
};

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) : QString();
}

QString formatDay(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

QString duration(qint64 seconds)
{
    return QStringLiteral("%1 h %2 min %3 s")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString numbers(const QList<int> &cameras)
{
    QStringList parts;
    for (int n : cameras)
        parts.append(QString::number(n));
    return parts.join(QStringLiteral(", "));
}

QString party(const CallParty &p)
{
    QStringList parts;
    for (const QString &part : { p.name, p.service, p.matricule, p.number }) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(" — "));
}

QString sessionEnd(const BailleurSession &s)
{
    switch (s.end) {
    case SessionEnd::Open:
        return BailleurExport::tr("open until %1").arg(formatTime(s.endsAt));
    case SessionEnd::ByHand:
        return BailleurExport::tr("closed by %1").arg(s.closedBy);
    case SessionEnd::Limit:
        return BailleurExport::tr("closed at its limit");
    }
    return QString();
}

QString extensions(const BailleurSession &s)
{
    QStringList lines;
    for (const SessionExtension &e : s.extensions)
        lines.append(BailleurExport::tr("+%1 min by %2 at %3: %4")
                         .arg(e.added_min)
                         .arg(e.by, formatTime(e.at), e.reason));
    return lines.join(QLatin1Char('\n'));
}

QString requestOutcome(const BailleurRequest &r)
{
    switch (r.state) {
    case RequestState::Pending:
        return BailleurExport::tr("pending");
    case RequestState::Accepted:
        return BailleurExport::tr("accepted: session %1").arg(r.sessionId.left(8));
    case RequestState::Refused:
        return BailleurExport::tr("refused: %1").arg(r.refusal);
    }
    return QString();
}

QString linked(const BailleurRequest &r)
{
    QStringList parts;
    if (!r.incidentId.isEmpty())
        parts.append(BailleurExport::tr("incident %1").arg(r.incidentId));
    if (!r.intervention.isEmpty())
        parts.append(r.intervention);
    if (!r.building.isEmpty())
        parts.append(r.building);
    return parts.join(QStringLiteral(" — "));
}

QString callDetails(const BailleurCall &c)
{
    QStringList parts;
    if (c.source == CallSource::Exchange)
        parts.append(BailleurExport::tr("from the exchange"));
    if (!c.corrects.isEmpty())
        parts.append(
            BailleurExport::tr("correction of %1: %2").arg(c.corrects.left(8), c.correctionReason));
    if (!c.note.isEmpty())
        parts.append(c.note);
    return parts.join(QStringLiteral(" — "));
}

QString title(const BailleurReport &report)
{
    return BailleurExport::tr("Register of access to the landlords' cameras, %1 to %2")
        .arg(formatDay(report.from), formatDay(report.to));
}

// Only the entries of one convention (what is sent to that landlord).
BailleurReport only(const BailleurReport &all, const QString &convention)
{
    if (convention.isEmpty())
        return all;
    BailleurReport r = all;
    const auto keep = [&](auto &list) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const auto &e) { return e.convention != convention; }),
                   list.end());
    };
    keep(r.calls);
    keep(r.requests);
    keep(r.sessions);
    keep(r.refusals);
    return r;
}

void compose(PdfComposer &pdf, const BailleurReport &report, const ExportHeader &header)
{
    QFont commune = pdf.bold();
    commune.setPointSizeF(12);
    pdf.paragraph(header.commune, commune);
    pdf.paragraph(header.centre);
    pdf.space(pdf.mm(2));
    QFont big = pdf.bold();
    big.setPointSizeF(14);
    pdf.paragraph(title(report), big);
    pdf.paragraph(BailleurExport::tr(
        "Images of the common areas of a landlord's buildings, transmitted to the municipal police "
        "only for the duration of an intervention, under a convention approved by the préfet "
        "(Code de la sécurité intérieure, L272-2). Every call is listed, answered or not."));
    pdf.paragraph(BailleurExport::tr("Exported by %1 on %2, workstation %3")
                      .arg(header.exportedBy, formatTime(header.exportedAt), header.workstation));

    pdf.heading(BailleurExport::tr("1. Totals per month and landlord"));
    if (report.totals.isEmpty()) {
        pdf.paragraph(BailleurExport::tr("Nothing in this period."));
    } else {
        QList<QStringList> rows;
        for (const RegisterTotal &t : report.totals)
            rows.append({ t.month, t.landlord, QString::number(t.calls),
                          QString::number(t.unansweredCalls), QString::number(t.requests),
                          QString::number(t.sessions), duration(t.sessionSeconds),
                          QString::number(t.refusals) });
        pdf.table({ { BailleurExport::tr("Month"), 22 },
                    { BailleurExport::tr("Landlord"), 60 },
                    { BailleurExport::tr("Calls"), 22 },
                    { BailleurExport::tr("Unanswered"), 26 },
                    { BailleurExport::tr("Requests"), 24 },
                    { BailleurExport::tr("Sessions"), 24 },
                    { BailleurExport::tr("Viewing time"), 35 },
                    { BailleurExport::tr("Refusals"), 24 } },
                  rows);
    }

    pdf.heading(BailleurExport::tr("2. Calls"));
    if (report.calls.isEmpty()) {
        pdf.paragraph(BailleurExport::tr("No call."));
    } else {
        QList<QStringList> rows;
        for (const BailleurCall &c : report.calls)
            rows.append({ formatTime(c.at), directionLabel(c.direction), channelLabel(c.channel),
                          party(c.party), outcomeLabel(c.outcome), c.convention, c.operatorLogin,
                          callDetails(c) });
        pdf.table({ { BailleurExport::tr("Date and time"), 34 },
                    { BailleurExport::tr("Direction"), 20 },
                    { BailleurExport::tr("Channel"), 22 },
                    { BailleurExport::tr("Caller or callee"), 62 },
                    { BailleurExport::tr("Outcome"), 22 },
                    { BailleurExport::tr("Convention"), 30 },
                    { BailleurExport::tr("Operator"), 25 },
                    { BailleurExport::tr("Details"), 58 } },
                  rows);
    }

    pdf.heading(BailleurExport::tr("3. Requests"));
    if (report.requests.isEmpty()) {
        pdf.paragraph(BailleurExport::tr("No request."));
    } else {
        QList<QStringList> rows;
        for (const BailleurRequest &r : report.requests)
            rows.append({ formatTime(r.at), r.convention, situationLabel(r.situation),
                          numbers(r.cameras), linked(r), r.operatorLogin, requestOutcome(r) });
        pdf.table({ { BailleurExport::tr("Date and time"), 34 },
                    { BailleurExport::tr("Convention"), 30 },
                    { BailleurExport::tr("Situation"), 50 },
                    { BailleurExport::tr("Cameras"), 20 },
                    { BailleurExport::tr("Incident, intervention, building"), 52 },
                    { BailleurExport::tr("Operator"), 25 },
                    { BailleurExport::tr("Decision"), 62 } },
                  rows);
    }

    pdf.heading(BailleurExport::tr("4. Viewing sessions"));
    if (report.sessions.isEmpty()) {
        pdf.paragraph(BailleurExport::tr("No viewing session."));
    } else {
        QList<QStringList> rows;
        for (const BailleurSession &s : report.sessions)
            rows.append({ formatTime(s.openedAt), s.openedBy, s.convention, numbers(s.cameras),
                          formatTime(s.closedAt), sessionEnd(s),
                          duration(s.duration_s(header.exportedAt)), extensions(s) });
        pdf.table({ { BailleurExport::tr("Opened"), 34 },
                    { BailleurExport::tr("By"), 25 },
                    { BailleurExport::tr("Convention"), 30 },
                    { BailleurExport::tr("Cameras"), 20 },
                    { BailleurExport::tr("Closed"), 34 },
                    { BailleurExport::tr("How"), 34 },
                    { BailleurExport::tr("Duration"), 30 },
                    { BailleurExport::tr("Extensions"), 66 } },
                  rows);
    }

    pdf.heading(BailleurExport::tr("5. Refusals"));
    if (report.refusals.isEmpty()) {
        pdf.paragraph(BailleurExport::tr("No refusal."));
    } else {
        QList<QStringList> rows;
        for (const BailleurRefusal &r : report.refusals)
            rows.append({ formatTime(r.at), refusalKindLabel(r.kind), r.convention,
                          numbers(r.cameras), r.user, r.reason });
        pdf.table({ { BailleurExport::tr("Date and time"), 34 },
                    { BailleurExport::tr("Refusal"), 40 },
                    { BailleurExport::tr("Convention"), 30 },
                    { BailleurExport::tr("Cameras"), 20 },
                    { BailleurExport::tr("User"), 25 },
                    { BailleurExport::tr("Reason"), 124 } },
                  rows);
    }

    pdf.space(pdf.mm(10));
    if (report.visas.isEmpty()) {
        pdf.keptBlock(BailleurExport::tr("Supervisor's review and visa"),
                      { BailleurExport::tr("Not reviewed yet."),
                        BailleurExport::tr("Name, date and signature:") },
                      pdf.mm(30));
    }
    for (const RegisterVisa &v : report.visas) {
        QStringList lines { BailleurExport::tr("Reviewed by %1 on %2 for %3 to %4")
                                .arg(v.supervisorName.isEmpty() ? v.supervisor : v.supervisorName,
                                     formatTime(v.at), formatDay(v.from), formatDay(v.to)) };
        if (!v.remark.isEmpty())
            lines.append(BailleurExport::tr("Remark: %1").arg(v.remark));
        pdf.keptBlock(BailleurExport::tr("Supervisor's review and visa"), lines, pdf.mm(22));
    }
}

Result<QByteArray> written(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return Result<QByteArray>::failure(BailleurExport::tr("Cannot write %1.").arg(path));
    return Result<QByteArray>(journal::Journal::sha256Hex(file.readAll()));
}

} // namespace

Result<QByteArray> exportRegisterPdf(const BailleurReport &report, const ExportHeader &header,
                                     const QString &path)
{
    PdfSetup setup;
    setup.title = title(report);
    setup.runningHead
        = QStringLiteral("%1 — %2 — %3").arg(header.commune, header.centre, title(report));
    setup.footer = BailleurExport::tr("Exported by %1 on %2, workstation %3")
                       .arg(header.exportedBy, formatTime(header.exportedAt), header.workstation);
    return writePdf(path, setup, [&](PdfComposer &pdf) { compose(pdf, report, header); });
}

Result<QByteArray> exportRegisterCsv(const BailleurReport &all, const ExportHeader &header,
                                     const QString &path, const QString &convention)
{
    const BailleurReport report = only(all, convention);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<QByteArray>::failure(
            BailleurExport::tr("Cannot write %1: %2").arg(path, file.errorString()));
    QString out;
    const auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(csvCell(cell));
        out += quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    out += QChar(0xfeff); // BOM: spreadsheets then read the accents right
    line({ header.commune, header.centre });
    line({ title(report) });
    line({ BailleurExport::tr("Exported by %1 on %2, workstation %3")
               .arg(header.exportedBy, formatTime(header.exportedAt), header.workstation) });
    line({ BailleurExport::tr("Entry"), BailleurExport::tr("Date and time"),
           BailleurExport::tr("Convention"), BailleurExport::tr("Direction"),
           BailleurExport::tr("Caller or callee"), BailleurExport::tr("Outcome"),
           BailleurExport::tr("Situation"), BailleurExport::tr("Cameras"),
           BailleurExport::tr("Opened"), BailleurExport::tr("Closed"),
           BailleurExport::tr("Duration"), BailleurExport::tr("By"),
           BailleurExport::tr("Details") });
    for (const BailleurCall &c : report.calls)
        line({ BailleurExport::tr("call"), formatTime(c.at), c.convention,
               directionLabel(c.direction), party(c.party), outcomeLabel(c.outcome), QString(),
               QString(), QString(), QString(), QString(), c.operatorLogin, callDetails(c) });
    for (const BailleurRequest &r : report.requests)
        line({ BailleurExport::tr("request"), formatTime(r.at), r.convention, QString(), QString(),
               requestOutcome(r), situationLabel(r.situation), numbers(r.cameras), QString(),
               QString(), QString(), r.operatorLogin, linked(r) });
    for (const BailleurSession &s : report.sessions)
        line({ BailleurExport::tr("session"), formatTime(s.openedAt), s.convention, QString(),
               QString(), sessionEnd(s), QString(), numbers(s.cameras), formatTime(s.openedAt),
               formatTime(s.closedAt), duration(s.duration_s(header.exportedAt)), s.openedBy,
               extensions(s) });
    for (const BailleurRefusal &r : report.refusals)
        line({ BailleurExport::tr("refusal"), formatTime(r.at), r.convention, QString(), QString(),
               refusalKindLabel(r.kind), QString(), numbers(r.cameras), QString(), QString(),
               QString(), r.user, r.reason });
    for (const RegisterVisa &v : report.visas)
        line({ BailleurExport::tr("visa"), formatTime(v.at), QString(), QString(), QString(),
               QString(), QString(), QString(), formatDay(v.from), formatDay(v.to), QString(),
               v.supervisorName.isEmpty() ? v.supervisor : v.supervisorName, v.remark });
    file.write(out.toUtf8());
    if (!file.commit())
        return Result<QByteArray>::failure(
            BailleurExport::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written(path);
}

Result<ExportedRegister> exportBailleurRegister(BailleurRegister &reg, const access::User &user,
                                                const QDate &from, const QDate &to,
                                                const QString &format, const QString &path,
                                                const ExportHeader &header,
                                                const QString &convention)
{
    const Status allowed
        = reg.policy().check(user, access::Permission::ReviewBailleurRegister,
                             QLatin1String(kBailleurObject), QStringLiteral("register"));
    if (!allowed.ok())
        return Result<ExportedRegister>(allowed);
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return Result<ExportedRegister>::failure(
            BailleurExport::tr("The export format is pdf or csv."));
    auto report = reg.report(user, from, to);
    if (!report.ok())
        return Result<ExportedRegister>(report.status());
    const BailleurReport chosen = only(report.value(), convention);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto file = format == QLatin1String("pdf") ? exportRegisterPdf(chosen, header, absolute)
                                               : exportRegisterCsv(chosen, header, absolute);
    if (!file.ok())
        return Result<ExportedRegister>(file.status());
    const int entries = int(chosen.calls.size() + chosen.requests.size() + chosen.sessions.size()
                            + chosen.refusals.size());
    const auto logged = reg.journal().record(
        { user.login,
          QStringLiteral("bailleur.register.export"),
          QLatin1String(kBailleurObject),
          QStringLiteral("%1..%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
          QString(),
          { { QStringLiteral("file"), QDir::toNativeSeparators(absolute) },
            { QStringLiteral("format"), format },
            { QStringLiteral("convention"), nonNull(convention) },
            { QStringLiteral("sha256"), QString::fromLatin1(file.value()) },
            { QStringLiteral("entries"), entries } } });
    if (!logged.ok()) {
        // An export that cannot be journaled is not handed out.
        QFile::remove(absolute);
        return Result<ExportedRegister>(logged.status());
    }
    return Result<ExportedRegister>(ExportedRegister { absolute, file.value(), entries });
}

} // namespace vigie::records
