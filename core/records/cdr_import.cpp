#include "core/records/cdr_import.h"

#include "core/common/csv.h"
#include "core/records/bailleur_register.h"

#include <QFile>
#include <QRegularExpression>

namespace vigie::records {
namespace {

// cdr_csv's columns, by position.
enum Column {
    AccountCode,
    Src,
    Dst,
    DContext,
    Clid,
    Channel,
    DstChannel,
    LastApp,
    LastData,
    Start,
    Answer,
    End,
    Duration,
    BillSec,
    Disposition,
    AmaFlags,
    UserField,
    UniqueId,
};
constexpr int kRequiredColumns = AmaFlags + 1;

QDateTime cdrTime(const QString &text)
{
    return QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "Marc Lefèvre" <0612345678> -> Marc Lefèvre
QString callerName(const QString &clid)
{
    static const QRegularExpression named(QStringLiteral("^\\s*\"?([^\"<]*)\"?\\s*<"));
    const auto m = named.match(clid);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

CdrParse CdrImport::parse(const QByteArray &text)
{
    CdrParse parsed;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int number = i + 1;
        // Line by line, so that one line cut short (a quote never closed) is reported and the
        // next ones are still read.
        const auto records = csv::split(line, QLatin1Char(','));
        if (!records.ok() || records.value().isEmpty()) {
            parsed.problems.append({ number, tr("a quote is not closed") });
            continue;
        }
        const QStringList f = records.value().constFirst().fields;
        if (f.size() < kRequiredColumns) {
            parsed.problems.append(
                { number,
                  tr("%1 columns where Master.csv has at least %2 (accountcode, src, dst, "
                     "... disposition, amaflags)")
                      .arg(f.size())
                      .arg(kRequiredColumns) });
            continue;
        }
        CdrRecord r;
        r.line = number;
        r.src = f.at(Src).trimmed();
        r.dst = f.at(Dst).trimmed();
        r.clid = f.at(Clid);
        r.start = cdrTime(f.at(Start));
        if (!r.start.isValid()) {
            parsed.problems.append(
                { number,
                  tr("the start time \"%1\" is not YYYY-MM-DD HH:MM:SS").arg(f.at(Start)) });
            continue;
        }
        if (!f.at(Answer).trimmed().isEmpty()) {
            r.answer = cdrTime(f.at(Answer));
            if (!r.answer.isValid()) {
                parsed.problems.append(
                    { number,
                      tr("the answer time \"%1\" is not YYYY-MM-DD HH:MM:SS").arg(f.at(Answer)) });
                continue;
            }
        }
        bool billsecOk = false;
        r.billsec = f.at(BillSec).trimmed().toInt(&billsecOk);
        if (!billsecOk || r.billsec < 0) {
            parsed.problems.append(
                { number, tr("billsec \"%1\" is not a number of seconds").arg(f.at(BillSec)) });
            continue;
        }
        r.disposition = f.at(Disposition).trimmed().toUpper();
        static const QStringList known { QStringLiteral("ANSWERED"), QStringLiteral("NO ANSWER"),
                                         QStringLiteral("BUSY"), QStringLiteral("FAILED"),
                                         QStringLiteral("CONGESTION") };
        if (!known.contains(r.disposition)) {
            parsed.problems.append(
                { number,
                  tr("unknown disposition \"%1\" (ANSWERED, NO ANSWER, BUSY, FAILED expected)")
                      .arg(f.at(Disposition)) });
            continue;
        }
        if (r.src.isEmpty() && r.dst.isEmpty()) {
            parsed.problems.append({ number, tr("neither src nor dst gives a number") });
            continue;
        }
        r.uniqueid = f.size() > UniqueId ? f.at(UniqueId).trimmed() : QString();
        parsed.records.append(r);
    }
    return parsed;
}

std::optional<BailleurCall> CdrImport::toCall(const BailleurRegister &reg, const CdrRecord &cdr)
{
    BailleurCall call;
    if (const auto convention = reg.conventionForNumber(cdr.src)) {
        call.direction = CallDirection::In;
        call.party.number = cdr.src;
        call.party.name = callerName(cdr.clid);
        call.convention = *convention;
    } else if (const auto called = reg.conventionForNumber(cdr.dst)) {
        call.direction = CallDirection::Out;
        call.party.number = cdr.dst;
        call.convention = *called;
    } else {
        return std::nullopt;
    }
    call.at = cdr.start;
    call.channel = CallChannel::Phone;
    call.outcome = cdr.disposition == QLatin1String("ANSWERED") ? CallOutcome::Answered
                                                                : CallOutcome::Unanswered;
    call.source = CallSource::Exchange;
    // Without a uniqueid (older exchanges), the call is known by its time and its two ends.
    call.exchangeId = !cdr.uniqueid.isEmpty()
        ? cdr.uniqueid
        : QStringLiteral("%1|%2|%3").arg(cdr.start.toString(Qt::ISODate), cdr.src, cdr.dst);
    call.note = tr("From the telephone exchange (%1, %2 s).").arg(cdr.disposition).arg(cdr.billsec);
    return call;
}

Result<CdrImportReport> CdrImport::importFile(BailleurRegister &reg, const access::User &actor,
                                              const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CdrImportReport>::failure(
            tr("Cannot read %1: %2").arg(path, file.errorString()));
    const CdrParse parsed = parse(file.readAll());
    CdrImportReport report;
    report.lines = int(parsed.records.size());
    report.problems = parsed.problems;
    QList<BailleurCall> calls;
    for (const CdrRecord &record : parsed.records) {
        if (auto call = toCall(reg, record))
            calls.append(*call);
        else
            ++report.notLandlord;
    }
    auto added = reg.addExchangeCalls(actor, calls, &report.alreadyLogged);
    if (!added.ok())
        return Result<CdrImportReport>(added.status());
    report.added = added.value();
    return report;
}

} // namespace vigie::records
