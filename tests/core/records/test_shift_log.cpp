// A supervisor's shift log: what it holds, how it filters, and the CSV and PDF files.
#include "core/records/shift_log.h"
#include "tests/core/records/records_fixture.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct ShiftLogFixture : test::RecordsFixture
{
    records::Shift shift;
    records::Incident gathering;
    records::Incident theft;

    ShiftLogFixture()
    {
        shift = shifts
                    .open(chef, access::ShiftSchedule::defaultSchedule(), QStringLiteral("kbenali"),
                          { { QStringLiteral("cmartin"), QStringLiteral("OP-0142"),
                              QStringLiteral("opérateur") } })
                    .value();
        gathering = incidents.create(operatorUser, routineDraft()).value();
        records::IncidentDraft d
            = routineDraft(QStringLiteral("=HYPERLINK(\"http://x\") vol à l'étalage"));
        d.category = QStringLiteral("property");
        d.subcategory = QStringLiteral("property.theft");
        d.cameraNumber = 2;
        now = now.addSecs(600);
        d.occurredAt = now;
        theft = incidents.create(chef, d).value();
        REQUIRE(shifts
                    .handOver(
                        chef, shift.id,
                        { QStringLiteral("Rappeler le bailleur"), QString(), QString(), QString() })
                    .ok());
        REQUIRE(shifts.acknowledge(nextChef, shift.id).ok());
        REQUIRE(shifts.sign(nextChef, shift.id, QStringLiteral("Vu, RAS")).ok());
    }

    records::ShiftLog build(records::ShiftLogFilter filter)
    {
        auto log = records::ShiftLogBuilder(*db).build(filter);
        INFO(log.error().toStdString());
        REQUIRE(log.ok());
        return log.value();
    }
};

int countKind(const records::ShiftLog &log, const QString &reference)
{
    return int(
        std::count_if(log.entries.cbegin(), log.entries.cend(),
                      [&](const records::ShiftLogEntry &e) { return e.reference == reference; }));
}

} // namespace

TEST_CASE("the shift log holds the shift's incidents and its hand-over, in time order",
          "[shiftlog]")
{
    ShiftLogFixture f;
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    const records::ShiftLog log = f.build(filter);
    REQUIRE(log.shift);
    CHECK(log.shift->visaBy == QStringLiteral("lroux"));
    CHECK(countKind(log, f.gathering.number) == 1);
    CHECK(countKind(log, f.theft.number) == 1);
    CHECK(log.entries.size() >= 6); // open, two incidents, hand-over, acknowledgement, visa
    for (int i = 1; i < log.entries.size(); ++i)
        CHECK(log.entries[i - 1].time <= log.entries[i].time);
}

TEST_CASE("the shift log filters by category, camera and operator", "[shiftlog]")
{
    ShiftLogFixture f;
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    filter.category = QStringLiteral("property");
    records::ShiftLog log = f.build(filter);
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().reference == f.theft.number);
    filter.category.clear();
    filter.cameraNumber = 4;
    log = f.build(filter);
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().reference == f.gathering.number);
    filter.cameraNumber = 0;
    filter.operatorLogin = QStringLiteral("cmartin");
    log = f.build(filter);
    CHECK(countKind(log, f.gathering.number) == 1);
    CHECK(countKind(log, f.theft.number) == 0);
    records::ShiftLogFilter range;
    range.from = f.now.addSecs(-60);
    range.to = f.now.addSecs(60);
    CHECK(countKind(f.build(range), f.theft.number) == 1);
    CHECK_FALSE(records::ShiftLogBuilder(*f.db).build({}).ok());
}

TEST_CASE("the CSV export opens in a spreadsheet without running what was typed",
          "[shiftlog][export]")
{
    ShiftLogFixture f;
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    const records::ExportHeader header { QStringLiteral("Ville d'Antony"),
                                         QStringLiteral("Centre de supervision urbain"),
                                         QStringLiteral("CSU-A"), QStringLiteral("Léa Roux"),
                                         f.now };
    const QString path = f.dir.filePath(QStringLiteral("main-courante.csv"));
    auto written = records::exportCsv(f.build(filter), header, path);
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("\"Ville d'Antony\";\"Centre de supervision urbain\"")));
    CHECK(text.contains(f.theft.number));
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\") vol à l'étalage\"")));
    CHECK(written.value() == journal::Journal::sha256Hex(bytes));
}

TEST_CASE("the PDF export carries the header, the shift record and the incidents",
          "[shiftlog][export]")
{
    ShiftLogFixture f;
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    const records::ExportHeader header { QStringLiteral("Ville d'Antony"),
                                         QStringLiteral("Centre de supervision urbain"),
                                         QStringLiteral("CSU-A"), QStringLiteral("Léa Roux"),
                                         f.now };
    const QString path = f.dir.filePath(QStringLiteral("main-courante.pdf"));
    REQUIRE(records::exportPdf(f.build(filter), header, path).ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Ville d'Antony")));
    CHECK(text.contains(f.gathering.number));
    CHECK(text.contains(QStringLiteral("Regroupement bruyant")));
    CHECK(text.contains(QStringLiteral("lroux")));
    CHECK(text.contains(QStringLiteral("Vu, RAS")));
}
