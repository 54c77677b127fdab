#include "core/records/shift_log.h"

#include "core/journal/hlc.h"
#include "core/journal/journal.h"
#include "core/records/incident.h"
#include "core/records/incident_typology.h"
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
#include <QPdfWriter>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>

namespace vigie::records {
namespace {

QString kindLabel(const QString &action)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("incident.create"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Incident recorded") },
        { QStringLiteral("incident.update"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Incident updated") },
        { QStringLiteral("incident.sign"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Incident signed off") },
        { QStringLiteral("incident.addendum"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Incident addendum") },
        { QStringLiteral("shift.open"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Shift opened") },
        { QStringLiteral("shift.handover"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Shift handed over") },
        { QStringLiteral("shift.ack"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Hand-over acknowledged") },
        { QStringLiteral("shift.visa"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Shift log signed") },
        { QStringLiteral("shift.addendum"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Shift addendum") },
        { QStringLiteral("session.login"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Login") },
        // vigiectl's authentication for one command: nobody sat down at the desk.
        { QStringLiteral("session.command"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "vigiectl command") },
        { QStringLiteral("session.logout"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Logout") },
        { QStringLiteral("session.login_failed"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Failed login") },
        { QStringLiteral("session.locked"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Account locked") },
        { QStringLiteral("session.login_refused"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Login refused") },
        { QStringLiteral("access.refused"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Action refused") },
        { QStringLiteral("export.shift_log"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Shift log exported") },
        { QStringLiteral("journal.purge"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Retention purge") },
        { QStringLiteral("user.create"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Account created") },
        { QStringLiteral("user.password"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Password changed") },
        { QStringLiteral("user.unlock"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Account unlocked") },
        { QStringLiteral("user.habilitation"),
          QT_TRANSLATE_NOOP("vigie::records::ShiftLogBuilder", "Habilitation recorded") },
    };
    const char *label = labels.value(action);
    return label ? ShiftLogBuilder::tr(label) : action;
}

QString eventText(const QString &action, const QJsonObject &p)
{
    if (action.startsWith(QLatin1String("incident.create"))
        || action == QLatin1String("incident.update")) {
        const QJsonObject d = p.value(QStringLiteral("draft")).toObject();
        QString text = d.value(QStringLiteral("description")).toString();
        const QString outcome = d.value(QStringLiteral("outcome")).toString();
        if (!outcome.isEmpty())
            text += QStringLiteral(" — ") + ShiftLogBuilder::tr("Outcome: %1").arg(outcome);
        return text;
    }
    if (action == QLatin1String("shift.handover")) {
        const HandoverNote note
            = HandoverNote::fromJson(p.value(QStringLiteral("note")).toObject());
        QStringList parts;
        if (!note.pendingActions.isEmpty())
            parts.append(ShiftLogBuilder::tr("Pending: %1").arg(note.pendingActions));
        if (!note.instructions.isEmpty())
            parts.append(ShiftLogBuilder::tr("Instructions: %1").arg(note.instructions));
        if (!note.cameraFaults.isEmpty())
            parts.append(ShiftLogBuilder::tr("Camera faults: %1").arg(note.cameraFaults));
        if (!note.systemFaults.isEmpty())
            parts.append(ShiftLogBuilder::tr("System faults: %1").arg(note.systemFaults));
        return parts.join(QStringLiteral(" | "));
    }
    if (action == QLatin1String("access.refused"))
        return p.value(QStringLiteral("why")).toString();
    for (const char *key : { "text", "comment", "reason", "command" }) {
        const QString value = p.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

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

// The shift's own record above the events: team, hand-over, acknowledgement and visa.
QStringList shiftSummary(const ShiftLog &log)
{
    QStringList lines;
    if (!log.shift)
        return lines;
    const Shift &s = *log.shift;
    QStringList team;
    for (const TeamMember &m : s.team)
        team.append(m.matricule.isEmpty() ? m.login
                                          : QStringLiteral("%1 (%2)").arg(m.login, m.matricule));
    lines.append(ShiftLogBuilder::tr("Chef de salle: %1 — team: %2 — status: %3")
                     .arg(s.chef,
                          team.isEmpty() ? QStringLiteral("—") : team.join(QStringLiteral(", ")),
                          shiftStatusLabel(s.status)));
    if (!s.handedOverBy.isEmpty())
        lines.append(ShiftLogBuilder::tr("Handed over by %1 on %2")
                         .arg(s.handedOverBy, formatTime(s.handedOverAt)));
    if (!s.incomingAckBy.isEmpty())
        lines.append(ShiftLogBuilder::tr("Acknowledged by the incoming chef %1 on %2")
                         .arg(s.incomingAckBy, formatTime(s.incomingAckAt)));
    if (!s.visaBy.isEmpty())
        lines.append(ShiftLogBuilder::tr("Visa of %1 on %2: %3")
                         .arg(s.visaBy, formatTime(s.visaAt), s.visaComment));
    return lines;
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
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT j.hlc, j.user_login, j.action, j.object_type, j.object_id, p.payload,"
        " COALESCE(i.number, ''), COALESCE(i.category, ''), COALESCE(i.subcategory, ''),"
        " COALESCE(i.camera_number, 0), COALESCE(i.shift_id, '')"
        " FROM journal j"
        " LEFT JOIN journal_payloads p ON p.workstation = j.workstation AND p.seq = j.seq"
        " LEFT JOIN incidents i ON j.object_type = 'incident' AND i.id = j.object_id"
        " WHERE (j.hlc >= ? AND j.hlc < ?) OR (j.object_type = 'shift' AND j.object_id = ?)"
        "   OR (i.shift_id = ?)"
        " ORDER BY j.hlc"));
    q.addBindValue(journal::HlcTime { log.from.toMSecsSinceEpoch(), 0 }.toString());
    q.addBindValue(journal::HlcTime { log.to.toMSecsSinceEpoch(), 0 }.toString());
    q.addBindValue(shiftId);
    q.addBindValue(shiftId);
    if (!q.exec())
        return Result<ShiftLog>::failure(
            store::Database::describeError(tr("Cannot read the shift log"), q.lastError()));
    while (q.next()) {
        const QString action = q.value(2).toString();
        const QString objectType = q.value(3).toString();
        const bool isIncident = objectType == QLatin1String("incident");
        // The journal's own reading of itself (purges, refusals of other workstations...) is
        // kept: a reviewer sees everything that happened on the desk.
        ShiftLogEntry entry;
        entry.time = QDateTime::fromMSecsSinceEpoch(
            journal::HlcTime::fromString(q.value(0).toString()).physical_ms);
        if (log.from.isValid())
            entry.time = entry.time.toOffsetFromUtc(log.from.offsetFromUtc());
        entry.user = q.value(1).toString();
        entry.kind = kindLabel(action);
        const QJsonObject payload = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        entry.text = eventText(action, payload);
        if (isIncident) {
            entry.reference = q.value(6).toString();
            const QString category = q.value(7).toString();
            const QString sub = q.value(8).toString();
            entry.category = typology.label(category)
                + (sub.isEmpty() ? QString() : QStringLiteral(" / ") + typology.label(sub));
            entry.cameraNumber = q.value(9).toInt();
            if (!filter.category.isEmpty() && category != filter.category && sub != filter.category)
                continue;
        } else if (!filter.category.isEmpty()) {
            continue;
        }
        if (filter.cameraNumber > 0 && entry.cameraNumber != filter.cameraNumber)
            continue;
        if (!filter.operatorLogin.isEmpty()
            && entry.user.compare(filter.operatorLogin, Qt::CaseInsensitive) != 0)
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

Result<QByteArray> exportPdf(const ShiftLog &log, const ExportHeader &header, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(
            ShiftLogBuilder::tr("A PDF export needs the graphical part of Qt (fonts)."));
    QString html;
    html += QStringLiteral("<html><body style='font-family: DejaVu Sans; font-size: 9pt'>");
    html += QStringLiteral("<p style='font-size: 12pt'><b>%1</b><br/>%2</p>")
                .arg(header.commune.toHtmlEscaped(), header.centre.toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>").arg(log.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(ShiftLogBuilder::tr("Exported by %1 on %2, workstation %3")
                         .arg(header.exportedBy, formatTime(header.exportedAt), header.workstation)
                         .toHtmlEscaped());
    for (const QString &line : shiftSummary(log))
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString &c : { ShiftLogBuilder::tr("Date and time"), ShiftLogBuilder::tr("User"),
                              ShiftLogBuilder::tr("Event"), ShiftLogBuilder::tr("Reference"),
                              ShiftLogBuilder::tr("Camera"), ShiftLogBuilder::tr("Category"),
                              ShiftLogBuilder::tr("Details") })
        html += QStringLiteral("<th bgcolor='#dddddd'>%1</th>").arg(c.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const ShiftLogEntry &e : log.entries) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td></tr>")
                    .arg(formatTime(e.time), e.user.toHtmlEscaped(), e.kind.toHtmlEscaped(),
                         e.reference.toHtmlEscaped(),
                         e.cameraNumber > 0 ? QString::number(e.cameraNumber) : QString(),
                         e.category.toHtmlEscaped(), e.text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (log.entries.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(ShiftLogBuilder::tr("No event."));
    html += QStringLiteral("</body></html>");

    QPdfWriter writer(path);
    writer.setTitle(log.title);
    writer.setCreator(QStringLiteral("Vigie"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
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
