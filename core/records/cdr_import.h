// The centre's telephone exchange's call detail records, in Asterisk's Master.csv format (the
// de facto CDR of IP exchanges; cdr_csv's documented columns: accountcode, src, dst, dcontext,
// clid, channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec,
// disposition, amaflags[, userfield, uniqueid, ...]; every field quoted). The calls with a
// landlord (matched by number against the conventions' contacts and past calls) that nobody
// logged by hand are added to the register, marked "from the exchange", so that no call is
// forgotten.
#pragma once

#include "core/common/result.h"
#include "core/records/bailleur_types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigie::access {
struct User;
}

namespace vigie::records {

class BailleurRegister;

struct CdrRecord
{
    int line = 0; // 1-based line of the file
    QString src;
    QString dst;
    QString clid; // "Name" <number>
    QDateTime start;
    QDateTime answer; // invalid when never answered
    int billsec = 0;
    QString disposition; // ANSWERED, NO ANSWER, BUSY, FAILED
    QString uniqueid; // "" in files written without it
};

struct CdrProblem
{
    int line = 0;
    QString reason; // in the operator's language
};

struct CdrParse
{
    QList<CdrRecord> records;
    QList<CdrProblem> problems; // broken lines, each with its number and why
};

struct CdrImportReport
{
    int lines = 0; // records read
    int added = 0; // new register entries
    int alreadyLogged = 0; // the same call logged by hand, or imported before
    int notLandlord = 0; // numbers of no convention: not the register's
    QList<CdrProblem> problems;
};

class CdrImport
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::CdrImport)
public:
    // Parses Master.csv text (times in the exchange's local time, "YYYY-MM-DD HH:MM:SS").
    static CdrParse parse(const QByteArray &text);
    // The register's call for a record: direction by which side is the landlord's number,
    // ANSWERED -> answered, NO ANSWER / BUSY / FAILED -> unanswered; nullopt when neither number
    // is a landlord's.
    static std::optional<BailleurCall> toCall(const BailleurRegister &reg, const CdrRecord &cdr);
    // Reads the file and adds the missing calls as `actor` (HandleBailleurRequests), all in one
    // transaction. Importing the same file again adds nothing.
    static Result<CdrImportReport> importFile(BailleurRegister &reg, const access::User &actor,
                                              const QString &path);
};

} // namespace vigie::records
