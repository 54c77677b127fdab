#include "core/records/shift_log.h"

#include "core/access/auth_service.h"
#include "core/journal/hlc.h"
#include "core/journal/journal.h"
#include "core/journal/journal_reader.h"
#include "core/records/incident.h"
#include "core/records/incident_typology.h"
#include "core/records/journal_words.h"
#include "core/records/pdf_composer.h"
#include "core/records/record_time.h"
#include "core/store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextLayout>

namespace vigie::records {
namespace {

QString cellCsv(QString text)
{
    // Formula-looking cells are neutralised: a register opened in a spreadsheet must not run
    // what an operator typed.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString formatTime(const QDateTime &time)
{
    return time.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

QString headLine(const journal::JournalHead &head)
{
    return ShiftLogBuilder::tr("Journal at the hand-over: workstation %1, entry %2, hash %3")
        .arg(head.workstation)
        .arg(head.seq)
        .arg(QString::fromLatin1(head.hash));
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

ShiftLogBuilder::ShiftLogBuilder(store::Database &db) : m_db(db) { }

Result<ShiftLog> ShiftLogBuilder::build(access::AccessPolicy &policy, const access::User &reader,
                                        const ShiftLogFilter &filter) const
{
    const Status allowed = policy.check(reader, access::Permission::SearchRegister,
                                        QStringLiteral("shift"), filter.shiftId);
    if (!allowed.ok())
        return Result<ShiftLog>(allowed);
    return build(filter);
}

Result<ShiftLog> ShiftLogBuilder::build(const ShiftLogFilter &filter) const
{
    ShiftLog log;
    QString shiftId;
    if (!filter.shiftId.isEmpty()) {
        QSqlQuery s(m_db.connection());
        s.prepare(
            QStringLiteral("SELECT starts_at, ends_at, workstation FROM shifts WHERE id = ?"));
        s.addBindValue(filter.shiftId);
        if (!s.exec() || !s.next())
            return Result<ShiftLog>::failure(tr("Unknown shift."));
        shiftId = filter.shiftId;
        log.from = fromIso(s.value(0).toString());
        log.to = fromIso(s.value(1).toString());
    } else {
        if (!filter.from.isValid() || !filter.to.isValid() || filter.to <= filter.from)
            return Result<ShiftLog>::failure(tr("Give a shift, or a time range whose end is after "
                                                "its start."));
        log.from = filter.from;
        log.to = filter.to;
    }

    const IncidentTypology typology = IncidentTypology::load(m_db);
    // People by name and matricule, as a reader (or a court) knows them, not by login.
    for (const access::User &u : access::AuthService::users(m_db))
        log.people.insert(u.login,
                          u.matricule.isEmpty()
                              ? u.displayName
                              : QStringLiteral("%1 (%2)").arg(u.displayName, u.matricule));
    // The incidents of the shift, wherever their events were stamped (an addendum after the
    // shift), and then what each incident is, from this module's own table.
    struct IncidentFacts
    {
        QString number;
        QString category;
        QString subcategory;
        int cameraNumber = 0;
    };
    QList<QPair<QString, QString>> objects;
    if (!shiftId.isEmpty()) {
        objects.append({ QStringLiteral("shift"), shiftId });
        QSqlQuery ofShift(m_db.connection());
        ofShift.prepare(QStringLiteral("SELECT id FROM incidents WHERE shift_id = ?"));
        ofShift.addBindValue(shiftId);
        if (!ofShift.exec())
            return Result<ShiftLog>::failure(store::Database::describeError(
                tr("Cannot read the shift log"), ofShift.lastError()));
        while (ofShift.next())
            objects.append({ QStringLiteral("incident"), ofShift.value(0).toString() });
    }
    const journal::JournalReader reader(m_db);
    auto events = reader.between(journal::HlcTime { log.from.toMSecsSinceEpoch(), 0 },
                                 journal::HlcTime { log.to.toMSecsSinceEpoch(), 0 }, objects);
    if (!events.ok())
        return Result<ShiftLog>(events.status());
    QHash<QString, IncidentFacts> incidents;
    QSqlQuery facts(m_db.connection());
    facts.prepare(QStringLiteral("SELECT number, category, COALESCE(subcategory, ''),"
                                 " COALESCE(camera_number, 0) FROM incidents WHERE id = ?"));
    for (const journal::Event &event : std::as_const(events.value())) {
        const QString &action = event.action;
        const QString &objectType = event.objectType;
        const bool isIncident = objectType == QLatin1String("incident");
        if (action == QLatin1String("shift.handover") && objectType == QLatin1String("shift")
            && event.objectId == shiftId)
            log.handoverHead = journal::JournalHead { event.workstation, event.seq, event.hash };
        if (isIncident && !incidents.contains(event.objectId)) {
            IncidentFacts found;
            facts.addBindValue(event.objectId);
            if (facts.exec() && facts.next())
                found = { facts.value(0).toString(), facts.value(1).toString(),
                          facts.value(2).toString(), facts.value(3).toInt() };
            facts.finish();
            incidents.insert(event.objectId, found);
        }
        // The journal's own reading of itself (purges, refusals of other workstations...) is
        // kept: a reviewer sees everything that happened on the desk.
        ShiftLogEntry entry;
        entry.time = QDateTime::fromMSecsSinceEpoch(event.hlc.physical_ms);
        if (log.from.isValid())
            entry.time = entry.time.toOffsetFromUtc(log.from.offsetFromUtc());
        entry.login = event.user;
        // A vigiectl run by a local account ("local:root", before commands took a login) has
        // no name in the register: JournalWords says who it was.
        entry.user = log.people.contains(entry.login) ? log.person(entry.login)
                                                      : JournalWords::user(entry.login);
        entry.action = action;
        entry.kind = JournalWords::action(action);
        entry.technical = JournalWords::isTechnical(action);
        const QJsonObject &payload = event.payload;
        entry.text = entry.technical
            ? JournalWords::line(action, event.objectId, payload,
                                 [&log](const QString &login) { return log.person(login); })
            : JournalWords::details(action, payload);
        if (isIncident) {
            const IncidentFacts &incident = incidents[event.objectId];
            entry.reference = incident.number;
            const QString &category = incident.category;
            const QString &sub = incident.subcategory;
            entry.category = typology.label(category)
                + (sub.isEmpty() ? QString() : QStringLiteral(" / ") + typology.label(sub));
            entry.cameraNumber = incident.cameraNumber;
            if (!filter.category.isEmpty() && category != filter.category && sub != filter.category)
                continue;
        } else if (!filter.category.isEmpty()) {
            continue;
        }
        if (filter.cameraNumber > 0 && entry.cameraNumber != filter.cameraNumber)
            continue;
        if (!filter.operatorLogin.isEmpty()
            && entry.login.compare(filter.operatorLogin, Qt::CaseInsensitive) != 0)
            continue;
        log.entries.append(entry);
    }
    if (!shiftId.isEmpty()) {
        log.shift = loadShift(m_db, shiftId);
        log.title = tr("Shift log — %1").arg(log.shift->label);
    } else {
        log.title = tr("Shift log from %1 to %2").arg(formatTime(log.from), formatTime(log.to));
    }
    return Result<ShiftLog>(log);
}

Result<QByteArray> exportCsv(const ShiftLog &log, const ExportHeader &header, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<QByteArray>::failure(
            ShiftLogBuilder::tr("Cannot write %1: %2").arg(path, file.errorString()));
    QString out;
    out += QChar(0xfeff); // BOM: spreadsheets then read the accents right
    out += cellCsv(header.commune) + QLatin1Char(';') + cellCsv(header.centre)
        + QStringLiteral("\r\n");
    out += cellCsv(log.title) + QStringLiteral("\r\n");
    out += cellCsv(ShiftLogBuilder::tr("Exported by %1 on %2, workstation %3")
                       .arg(header.exportedBy, formatTime(header.exportedAt), header.workstation))
        + QStringLiteral("\r\n");
    if (log.handoverHead)
        out += cellCsv(headLine(*log.handoverHead)) + QStringLiteral("\r\n");
    const QStringList columns {
        ShiftLogBuilder::tr("Date and time"), ShiftLogBuilder::tr("User"),
        ShiftLogBuilder::tr("Event"),         ShiftLogBuilder::tr("Reference"),
        ShiftLogBuilder::tr("Camera"),        ShiftLogBuilder::tr("Category"),
        ShiftLogBuilder::tr("Details")
    };
    QStringList headerCells;
    for (const QString &c : columns)
        headerCells.append(cellCsv(c));
    out += headerCells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const ShiftLogEntry &e : log.entries) {
        const QStringList cells { cellCsv(formatTime(e.time)),
                                  cellCsv(e.user),
                                  cellCsv(e.kind),
                                  cellCsv(e.reference),
                                  cellCsv(e.cameraNumber > 0 ? QString::number(e.cameraNumber)
                                                             : QString()),
                                  cellCsv(e.category),
                                  cellCsv(e.text) };
        out += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    file.write(out.toUtf8());
    if (!file.commit())
        return Result<QByteArray>::failure(
            ShiftLogBuilder::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Result<QByteArray>(fileSha256(path));
}

namespace {

// Lays the whole log out on `pdf`: the same calls for the counting pass and the painting one.
void composeShiftLog(PdfComposer &pdf, const ShiftLog &log, const ExportHeader &header)
{
    QFont commune = pdf.bold();
    commune.setPointSizeF(12);
    pdf.paragraph(header.commune, commune);
    pdf.paragraph(header.centre);
    pdf.space(pdf.mm(2));
    QFont title = pdf.bold();
    title.setPointSizeF(14);
    pdf.paragraph(log.title, title);
    if (log.shift) // a period's title already gives its bounds
        pdf.paragraph(
            ShiftLogBuilder::tr("From %1 to %2").arg(formatTime(log.from), formatTime(log.to)));
    if (log.shift)
        pdf.paragraph(ShiftLogBuilder::tr("Chef de salle: %1 — status: %2")
                          .arg(log.person(log.shift->chef), shiftStatusLabel(log.shift->status)),
                      pdf.bold());
    pdf.paragraph(ShiftLogBuilder::tr("Exported by %1 on %2, workstation %3")
                      .arg(header.exportedBy, formatTime(header.exportedAt), header.workstation));

    QList<ShiftLogEntry> incidents;
    QList<ShiftLogEntry> shiftEvents;
    QList<ShiftLogEntry> technical;
    for (const ShiftLogEntry &e : log.entries) {
        if (e.technical)
            technical.append(e);
        else if (e.action.startsWith(QLatin1String("shift.")))
            shiftEvents.append(e);
        else
            incidents.append(e);
    }

    pdf.heading(ShiftLogBuilder::tr("1. Incidents"));
    if (incidents.isEmpty()) {
        pdf.paragraph(ShiftLogBuilder::tr("No incident."));
    } else {
        QList<QStringList> rows;
        for (const ShiftLogEntry &e : std::as_const(incidents))
            rows.append({ formatTime(e.time), e.reference, e.kind, e.category,
                          e.cameraNumber > 0 ? QString::number(e.cameraNumber) : QString(), e.text,
                          e.user });
        // Weights in millimetres of the landscape A4's 273: a date and a number on one line.
        pdf.table({ { ShiftLogBuilder::tr("Date and time"), 34 },
                    { ShiftLogBuilder::tr("Number"), 37 },
                    { ShiftLogBuilder::tr("Event"), 26 },
                    { ShiftLogBuilder::tr("Category"), 38 },
                    { ShiftLogBuilder::tr("Camera"), 16 },
                    { ShiftLogBuilder::tr("Details"), 82 },
                    { ShiftLogBuilder::tr("Agent"), 40 } },
                  rows);
    }

    const std::optional<Shift> &shift = log.shift;
    const QString none = QStringLiteral("—");
    auto orNone = [&none](const QString &text) {
        return text.trimmed().isEmpty() ? none : text.trimmed();
    };
    pdf.heading(ShiftLogBuilder::tr("2. Hand-over"));
    if (shift) {
        pdf.paragraph(shift->handedOverBy.isEmpty() ? ShiftLogBuilder::tr("Not handed over yet.")
                                                    : ShiftLogBuilder::tr("Handed over by %1 on %2")
                                                          .arg(log.person(shift->handedOverBy),
                                                               formatTime(shift->handedOverAt)));
        if (!shift->incomingAckBy.isEmpty())
            pdf.paragraph(
                ShiftLogBuilder::tr("Taken over by the incoming chef de salle %1 on %2")
                    .arg(log.person(shift->incomingAckBy), formatTime(shift->incomingAckAt)));
        pdf.paragraph(
            ShiftLogBuilder::tr("Camera faults: %1").arg(orNone(shift->handover.cameraFaults)));
        pdf.paragraph(
            ShiftLogBuilder::tr("System faults: %1").arg(orNone(shift->handover.systemFaults)));
        if (log.handoverHead)
            pdf.paragraph(headLine(*log.handoverHead));
    }
    for (const ShiftLogEntry &e : std::as_const(shiftEvents)) {
        if (shift && e.action != QLatin1String("shift.addendum"))
            continue; // the shift's own record says it above
        QString line = QStringLiteral("%1 — %2 — %3").arg(formatTime(e.time), e.kind, e.user);
        if (!e.text.isEmpty())
            line += QStringLiteral(" : ") + e.text;
        pdf.paragraph(line);
    }
    if (!shift && shiftEvents.isEmpty())
        pdf.paragraph(ShiftLogBuilder::tr("No hand-over in this period."));

    pdf.heading(ShiftLogBuilder::tr("3. Pending actions and instructions"));
    if (shift) {
        pdf.paragraph(ShiftLogBuilder::tr("Pending actions:"), pdf.bold());
        pdf.paragraph(orNone(shift->handover.pendingActions), pdf.body(), pdf.mm(4));
        pdf.paragraph(ShiftLogBuilder::tr("Instructions:"), pdf.bold());
        pdf.paragraph(orNone(shift->handover.instructions), pdf.body(), pdf.mm(4));
    } else {
        pdf.paragraph(ShiftLogBuilder::tr("See the hand-over notes of each shift above."));
    }

    pdf.heading(ShiftLogBuilder::tr("4. Team"));
    if (shift) {
        pdf.paragraph(ShiftLogBuilder::tr("Chef de salle: %1").arg(log.person(shift->chef)));
        for (const TeamMember &m : shift->team)
            pdf.paragraph(m.role.isEmpty()
                              ? log.person(m.login)
                              : QStringLiteral("%1 — %2").arg(log.person(m.login), m.role),
                          pdf.body(), pdf.mm(4));
        pdf.paragraph(ShiftLogBuilder::tr("Shift opened by %1").arg(log.person(shift->openedBy)));
    } else {
        pdf.paragraph(ShiftLogBuilder::tr("Period extract: the teams are in each shift's log."));
    }

    // The visa, away from the tables, on one page.
    pdf.space(pdf.mm(10));
    if (shift && !shift->visaBy.isEmpty()) {
        QStringList lines { ShiftLogBuilder::tr("Signed by %1 on %2")
                                .arg(log.person(shift->visaBy), formatTime(shift->visaAt)) };
        if (!shift->visaComment.trimmed().isEmpty())
            lines.append(ShiftLogBuilder::tr("Comment: %1").arg(shift->visaComment.trimmed()));
        if (log.handoverHead)
            lines.append(headLine(*log.handoverHead));
        pdf.keptBlock(ShiftLogBuilder::tr("Supervisor's visa"), lines, pdf.mm(22));
    } else {
        pdf.keptBlock(ShiftLogBuilder::tr("Supervisor's visa"),
                      { ShiftLogBuilder::tr("Not signed yet."),
                        ShiftLogBuilder::tr("Name, date and signature:") },
                      pdf.mm(30));
    }

    // The annex starts on its own page: the main courante ends with the visa.
    pdf.newPage();
    pdf.heading(ShiftLogBuilder::tr("Annex — technical events of the workstation"));
    pdf.paragraph(ShiftLogBuilder::tr(
        "Logins, desk locks, snapshots, accounts, exports and retention purges, "
        "as the journal holds them."));
    if (technical.isEmpty()) {
        pdf.paragraph(ShiftLogBuilder::tr("No event."));
        return;
    }
    QList<QStringList> rows;
    for (const ShiftLogEntry &e : std::as_const(technical))
        rows.append({ formatTime(e.time), e.user, e.text });
    pdf.table({ { ShiftLogBuilder::tr("Date and time"), 34 },
                { ShiftLogBuilder::tr("Agent"), 50 },
                { ShiftLogBuilder::tr("Event"), 189 } },
              rows);
}

} // namespace

Result<QByteArray> exportPdf(const ShiftLog &log, const ExportHeader &header, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(
            ShiftLogBuilder::tr("A PDF export needs the graphical part of Qt (fonts)."));
    const QString runningHead
        = QStringLiteral("%1 — %2 — %3").arg(header.commune, header.centre, log.title);
    const QString footer
        = ShiftLogBuilder::tr("Exported by %1 on %2, workstation %3")
              .arg(header.exportedBy, formatTime(header.exportedAt), header.workstation);
    auto setUp = [&log](QPdfWriter &writer) {
        writer.setTitle(log.title);
        writer.setCreator(QStringLiteral("Vigie"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
    };
    {
        QPdfWriter writer(path);
        setUp(writer);
        // A counting pass (measures only, paints nothing), then the painting one.
        int pages = 0;
        {
            PdfComposer counter(writer, false, 0, runningHead, footer);
            composeShiftLog(counter, log, header);
            pages = counter.pages();
        }
        PdfComposer pdf(writer, true, pages, runningHead, footer);
        composeShiftLog(pdf, log, header);
        pdf.finish();
    }
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Result<QByteArray>::failure(ShiftLogBuilder::tr("Cannot write %1.").arg(path));
    return Result<QByteArray>(fileSha256(path));
}

Result<ExportedLog> exportShiftLog(store::Database &db, journal::Journal &journal,
                                   access::AccessPolicy &policy, const access::User &user,
                                   const ShiftLogFilter &filter, const QString &format,
                                   const QString &path, const ExportHeader &header)
{
    const Status allowed = policy.check(user, access::Permission::ExportShiftLog,
                                        QStringLiteral("shift"), filter.shiftId);
    if (!allowed.ok())
        return Result<ExportedLog>(allowed);
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return Result<ExportedLog>::failure(
            ShiftLogBuilder::tr("The export format is pdf or csv."));
    auto log = ShiftLogBuilder(db).build(filter);
    if (!log.ok())
        return Result<ExportedLog>(log.status());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto written = format == QLatin1String("pdf") ? exportPdf(log.value(), header, absolute)
                                                  : exportCsv(log.value(), header, absolute);
    if (!written.ok())
        return Result<ExportedLog>(written.status());
    const int entries = int(log.value().entries.size());
    const auto logged
        = journal.record({ user.login,
                           QStringLiteral("export.shift_log"),
                           QStringLiteral("shift"),
                           filter.shiftId,
                           QString(),
                           { { QStringLiteral("file"), QDir::toNativeSeparators(absolute) },
                             { QStringLiteral("format"), format },
                             { QStringLiteral("sha256"), QString::fromLatin1(written.value()) },
                             { QStringLiteral("entries"), entries } } });
    if (!logged.ok()) {
        // An export that cannot be journaled is not handed out.
        QFile::remove(absolute);
        return Result<ExportedLog>(logged.status());
    }
    return Result<ExportedLog>(ExportedLog { absolute, written.value(), entries });
}

} // namespace vigie::records
