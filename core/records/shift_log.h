// The shift log a supervisor reviews: every event of a shift (or of a date range, or of a
// camera), in time order and in words, filtered by incident category or operator, with the
// shift's team, hand-over note, acknowledgement and visa, people named with their matricules.
// Exported as CSV and PDF in the operator's language under the commune's header; the PDF reads
// as a supervisor does: incidents, hand-over, pending actions and instructions, team, visa,
// then the workstation's technical events in an annex.
#pragma once

#include "core/common/result.h"
#include "core/journal/journal_reader.h"
#include "core/records/shift_service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::records {

struct ShiftLogFilter
{
    QString shiftId; // or a time range:
    QDateTime from;
    QDateTime to;
    int cameraNumber = 0;
    QString category; // incident category code (sub-categories included)
    QString operatorLogin;
};

struct ShiftLogEntry
{
    QDateTime time;
    QString user; // for the reader: "Karim Benali (CS-0007)"
    QString kind; // in words: "Incident créé", "Connexion", ...
    QString reference; // incident number, shift label...
    int cameraNumber = 0;
    QString category; // label
    QString text;
    QString login; // who acted, as journaled
    QString action; // the journal's code: "incident.create", "snapshot.taken"...
    // About the workstation (sessions, snapshots, accounts, purges...), not the main courante:
    // the PDF puts it in an annex.
    bool technical = false;
};

struct ShiftLog
{
    QString title;
    std::optional<Shift> shift;
    QDateTime from;
    QDateTime to;
    QList<ShiftLogEntry> entries;
    QHash<QString, QString> people; // login -> "Karim Benali (CS-0007)"
    // The hand-over's own journal entry (workstation, seq, hash), printed so that the visa
    // pins the chain as it stood; `vigiectl journal verify --head` finds it again.
    std::optional<journal::JournalHead> handoverHead;

    // The reader's name for a login; the login itself for an account this register ignores.
    QString person(const QString &login) const { return people.value(login, login); }
};

class ShiftLogBuilder
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::ShiftLogBuilder)
public:
    explicit ShiftLogBuilder(store::Database &db);
    // The main courante as `reader` reads it: refused (and journaled) without SearchRegister.
    Result<ShiftLog> build(access::AccessPolicy &policy, const access::User &reader,
                           const ShiftLogFilter &filter) const;
    // For a caller that has checked the reader's right itself (the export checks its own).
    Result<ShiftLog> build(const ShiftLogFilter &filter) const;

private:
    store::Database &m_db;
};

struct ExportHeader
{
    QString commune; // "Ville d'Antony"
    QString centre; // "Centre de supervision urbain"
    QString workstation;
    QString exportedBy;
    QDateTime exportedAt;
};

// Writes the log; returns the SHA-256 (hex) of the file written, for the journal.
Result<QByteArray> exportCsv(const ShiftLog &log, const ExportHeader &header, const QString &path);
Result<QByteArray> exportPdf(const ShiftLog &log, const ExportHeader &header, const QString &path);

struct ExportedLog
{
    QString path;
    QByteArray sha256; // hex
    int entries = 0;
};

// The whole export as the law wants it, for vigiectl and the GUI alike: the user may export
// (a refusal is journaled), the log is built, written as "pdf" or "csv", and the export is
// journaled with the file's fingerprint.
Result<ExportedLog> exportShiftLog(store::Database &db, journal::Journal &journal,
                                   access::AccessPolicy &policy, const access::User &user,
                                   const ShiftLogFilter &filter, const QString &format,
                                   const QString &path, const ExportHeader &header);

} // namespace vigie::records
