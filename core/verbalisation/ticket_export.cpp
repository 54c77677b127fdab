#include "core/verbalisation/ticket_export.h"

#include "core/common/sha256.h"
#include "core/records/pdf_composer.h"
#include "core/records/record_time.h"
#include "core/verbalisation/ticket_service.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QRegularExpression>
#include <QSaveFile>

namespace vigie::verbalisation {
namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time, QStringLiteral("dd/MM/yyyy HH:mm:ss t"))
                          : QStringLiteral("—");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString clockText(ClockSyncState state)
{
    switch (state) {
    case ClockSyncState::Synchronised:
        return TicketExport::tr("synchronised");
    case ClockSyncState::NotSynchronised:
        return TicketExport::tr("NOT synchronised");
    case ClockSyncState::Unknown:
        break;
    }
    return TicketExport::tr("unknown");
}

void compose(records::PdfComposer &pdf, const Ticket &t, const QList<QImage> &frames,
             const QStringList &captions)
{
    pdf.heading(TicketExport::tr("Video-verbalisation ticket %1").arg(t.number), 13);
    pdf.paragraph(TicketExport::tr("State: %1").arg(ticketStateLabel(t.state)), pdf.bold());
    pdf.space(pdf.mm(2));
    const QString vehicle = QStringList { t.make, t.model, t.category, t.colour }
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral(", "));
    const QString amount = QLocale().toCurrencyString(t.amountCents / 100.0, QStringLiteral("€"));
    QList<QStringList> rows {
        { TicketExport::tr("Seen live on"),
          TicketExport::tr("%1 (workstation clock %2)")
              .arg(timeText(t.capturedAt), clockText(t.clockSync)) },
        { TicketExport::tr("Camera"),
          QStringLiteral("%1").arg(t.cameraNumber, 3, 10, QLatin1Char('0')) },
        { TicketExport::tr("Place"),
          TicketExport::tr("%1 (INSEE %2)").arg(orDash(t.place), orDash(t.inseeCode)) },
        { TicketExport::tr("Plate"),
          QStringLiteral("%1 (%2)").arg(orDash(t.plate),
                                        t.plateFormat == PlateFormat::Foreign ? t.country
                                            : t.plateFormat == PlateFormat::Siv
                                            ? QStringLiteral("SIV")
                                            : QStringLiteral("FNI")) },
        { TicketExport::tr("Vehicle"), orDash(vehicle) },
        { TicketExport::tr("Offence"),
          TicketExport::tr("NATINF %1: %2").arg(orDash(t.natinfCode), orDash(t.natinfLabel)) },
        { TicketExport::tr("Legal reference"), orDash(t.legalReference) },
        { TicketExport::tr("Class, amount"),
          TicketExport::tr("class %1, %2").arg(t.offenceClass).arg(amount) },
        { TicketExport::tr("Agent"),
          TicketExport::tr("%1 (%2), matricule %3, service %4")
              .arg(orDash(t.agentName), t.agentStatus, orDash(t.matricule),
                   orDash(t.serviceCode)) },
        { TicketExport::tr("Prefectoral authorisation"), orDash(t.authorisationRef) },
        { TicketExport::tr("Validated"), timeText(t.validatedAt) },
        { TicketExport::tr("Exported"), timeText(t.exportedAt) },
        { TicketExport::tr("Sent"),
          t.sentAt.isValid()
              ? TicketExport::tr("%1, message %2").arg(timeText(t.sentAt), t.messageId)
              : QStringLiteral("—") },
    };
    if (t.state == TicketState::Cancelled)
        rows.append({ TicketExport::tr("Cancelled"),
                      TicketExport::tr("%1 by %2: %3")
                          .arg(timeText(t.cancelledAt), t.cancelledBy, t.cancelReason) });
    if (!t.grabIssue.isEmpty())
        rows.append({ TicketExport::tr("Capture"), t.grabIssue });
    pdf.table({ { TicketExport::tr("Field"), 1 }, { TicketExport::tr("Value"), 3 } }, rows);
    pdf.space(pdf.mm(4));
    pdf.heading(TicketExport::tr("Frames (SHA-256 of each file)"), 10);
    pdf.pictures(frames, captions, pdf.mm(70));
}

} // namespace

QJsonObject TicketExport::toJson(const Ticket &ticket)
{
    return ticketToJson(ticket);
}

QByteArray TicketExport::document(const QList<Ticket> &tickets, const QDateTime &exportedAt,
                                  const QString &workstation)
{
    QJsonArray list;
    for (const Ticket &t : tickets)
        list.append(toJson(t));
    const QJsonObject document { { QStringLiteral("schema"), QLatin1String(kTicketSchemaId) },
                                 { QStringLiteral("version"), kTicketSchemaVersion },
                                 { QStringLiteral("exported_at"),
                                   records::isoWithOffset(exportedAt) },
                                 { QStringLiteral("workstation"), workstation },
                                 { QStringLiteral("tickets"), list } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<QByteArray> TicketExport::pdf(const Ticket &ticket, const QString &dataDir)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(
            tr("A PDF export needs the graphical part of Qt (fonts)."));
    QList<QImage> frames;
    QStringList captions;
    for (int i = 0; i < ticket.frames.size(); ++i) {
        const TicketFrame &frame = ticket.frames.at(i);
        const QImage image(QDir(dataDir).filePath(frame.relativePath));
        frames.append(image);
        captions.append(
            image.isNull()
                ? tr("Frame %1 (not on this workstation): SHA-256 %2").arg(i + 1).arg(frame.sha256)
                : tr("Frame %1, %2x%3: SHA-256 %4")
                      .arg(i + 1)
                      .arg(frame.width)
                      .arg(frame.height)
                      .arg(frame.sha256));
    }
    const QString footer = tr("Ticket %1, workstation %2").arg(ticket.number, ticket.workstation);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Video-verbalisation ticket %1").arg(ticket.number));
        writer.setCreator(QStringLiteral("Vigie"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
        int pages = 0;
        {
            records::PdfComposer counter(writer, false, 0, footer, footer);
            compose(counter, ticket, frames, captions);
            pages = counter.pages();
        }
        records::PdfComposer pdf(writer, true, pages, footer, footer);
        compose(pdf, ticket, frames, captions);
        pdf.finish();
    }
    if (bytes.isEmpty())
        return Result<QByteArray>::failure(
            tr("The PDF of ticket %1 could not be made.").arg(ticket.number));
    return bytes;
}

Result<ExportedTickets> TicketExport::write(TicketService &service, const access::User &actor,
                                            const QStringList &ids, const QString &format,
                                            const QString &output, const QString &dataDir,
                                            const QString &workstation, const QDateTime &now)
{
    if (format != QLatin1String("json") && format != QLatin1String("pdf"))
        return Result<ExportedTickets>::failure(tr("The export format is json or pdf."));
    if (ids.isEmpty())
        return Result<ExportedTickets>::failure(tr("No ticket to export."));
    QList<Ticket> tickets;
    for (const QString &id : ids) {
        const Status exportable = service.checkExportable(actor, id);
        if (!exportable.ok())
            return Result<ExportedTickets>(exportable);
        tickets.append(*service.find(id));
    }
    // One JSON file for the batch; one PDF per ticket, in `output` as a folder when several.
    QList<QPair<QString, QByteArray>> files;
    if (format == QLatin1String("json")) {
        files.append({ output, document(tickets, now, workstation) });
    } else {
        for (const Ticket &t : tickets) {
            auto bytes = pdf(t, dataDir);
            if (!bytes.ok())
                return Result<ExportedTickets>(bytes.status());
            const QString path = tickets.size() == 1
                ? output
                : QDir(output).filePath(t.number + QStringLiteral(".pdf"));
            files.append({ path, bytes.take() });
        }
        if (tickets.size() > 1 && !QDir().mkpath(output))
            return Result<ExportedTickets>::failure(tr("Cannot create the folder %1.").arg(output));
    }
    ExportedTickets exported;
    for (const auto &[path, bytes] : files) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            for (const QString &done : exported.files)
                QFile::remove(done);
            return Result<ExportedTickets>::failure(
                tr("Cannot write %1: %2. Nothing was exported.").arg(path, file.errorString()));
        }
        exported.files.append(QFileInfo(path).absoluteFilePath());
        exported.sha256.append(QString::fromLatin1(sha256Hex({ bytes })));
    }
    for (int i = 0; i < tickets.size(); ++i) {
        const QString &sha = exported.sha256.at(format == QLatin1String("json") ? 0 : i);
        auto marked = service.markExported(actor, tickets.at(i).id, format, sha);
        if (!marked.ok()) {
            // An export that cannot be journaled is not handed out.
            for (const QString &done : exported.files)
                QFile::remove(done);
            return Result<ExportedTickets>(marked.status());
        }
        exported.tickets.append(marked.take());
    }
    return exported;
}

} // namespace vigie::verbalisation
