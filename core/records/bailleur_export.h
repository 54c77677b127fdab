// The bailleur register's exports: the PDF the supervisor prints for the authorities (the
// shift log's PDF layout: header, sections, journal head) and the CSV sent to the landlord.
// Each export is journaled with its file's SHA-256.
#pragma once

#include "core/common/result.h"
#include "core/records/bailleur_types.h"
#include "core/records/shift_log.h"

#include <QByteArray>
#include <QString>

namespace vigie::records {

class BailleurRegister;

// Writes the report; returns the SHA-256 (hex) of the file.
Result<QByteArray> exportRegisterPdf(const BailleurReport &report, const ExportHeader &header,
                                     const QString &path);
// One line per entry (kind, time, landlord, convention, direction, party, outcome, situation,
// cameras, opened, closed, duration, by, reason), `;`-separated UTF-8 with a BOM, as the shift
// log's CSV. `convention` not empty: only that landlord's entries (what is sent to them).
Result<QByteArray> exportRegisterCsv(const BailleurReport &report, const ExportHeader &header,
                                     const QString &path, const QString &convention = QString());

struct ExportedRegister
{
    QString path;
    QByteArray sha256; // hex
    int entries = 0;
};

// The whole export, for vigiectl and the GUI alike: the reader may export it
// (ReviewBailleurRegister, refusal journaled), the period is built, written as "pdf" or "csv",
// and the export journaled ("bailleur.register.export") with the file's fingerprint.
Result<ExportedRegister> exportBailleurRegister(BailleurRegister &reg, const access::User &user,
                                                const QDate &from, const QDate &to,
                                                const QString &format, const QString &path,
                                                const ExportHeader &header,
                                                const QString &convention = QString());

} // namespace vigie::records
