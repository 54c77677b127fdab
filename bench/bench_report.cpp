#include "bench/bench_report.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <array>
#include <ctime>

#include <unistd.h>

namespace vigie::bench {
namespace {

QString cpuModelName()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    // /proc files report a size of 0 and atEnd() at once: read them whole.
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}

QString loadAverage()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (!loadavg.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> fields = loadavg.readAll().split(' ');
    return fields.size() >= 3 ? QString::fromLatin1(fields[0] + ' ' + fields[1] + ' ' + fields[2])
                              : QStringLiteral("unknown");
}

// What one fsync-ed 4 KiB write costs on that disk, the floor under every commit with
// synchronous FULL: a commit rate above 1 / latency is out of reach.
double fdatasyncLatency_ms(const QString &directory)
{
    QFile probe(QDir(directory).filePath(QStringLiteral("fsync-probe")));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    const QByteArray page(4096, 'x');
    constexpr int kWrites = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kWrites; ++i) {
        if (!probe.seek(0) || probe.write(page) != page.size() || !probe.flush()
            || ::fdatasync(probe.handle()) != 0)
            return -1;
    }
    const double elapsed_ms = double(timer.nsecsElapsed()) / 1e6;
    probe.remove();
    return elapsed_ms / kWrites;
}

QString sqliteLibraryVersion()
{
    // The library Qt's driver loaded, which may differ from the headers of the build machine.
    const QString name = QStringLiteral("vigie-bench-probe");
    QString version = QStringLiteral("unknown");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString verdictText(Measure::Verdict verdict)
{
    switch (verdict) {
    case Measure::Verdict::Met:
        return QStringLiteral("met");
    case Measure::Verdict::NotMet:
        return QStringLiteral("NOT MET");
    case Measure::Verdict::NoTarget:
        break;
    }
    return QStringLiteral("-");
}

QString syncText(const MachineInfo &machine)
{
    return machine.syncLatency_ms < 0
        ? QStringLiteral("unknown")
        : QString::number(machine.syncLatency_ms, 'f', 2) + QStringLiteral(" ms");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

std::array<QString, 6> cells(const Measure &m)
{
    return { m.name,
             m.vigie,
             orDash(m.baseline),
             orDash(m.costRatio),
             orDash(m.target),
             verdictText(m.verdict) };
}

const std::array<QString, 6> kHeader {
    QStringLiteral("measure"),          QStringLiteral("Vigie"),  QStringLiteral("bare baseline"),
    QStringLiteral("cost vs baseline"), QStringLiteral("target"), QStringLiteral("")
};

} // namespace

MachineInfo MachineInfo::probe(const QString &directory)
{
    MachineInfo info;
    info.cores = QThread::idealThreadCount();
    info.cpuModel = cpuModelName();
    info.directory = directory;
    const QStorageInfo storage(directory);
    info.device = QString::fromLocal8Bit(storage.device());
    info.fileSystem = QString::fromLocal8Bit(storage.fileSystemType());
    info.buildType = QStringLiteral(VIGIE_BENCH_BUILD_TYPE);
#if defined(__SANITIZE_ADDRESS__)
    info.buildType += QStringLiteral(" + ASan (figures not representative)");
#endif
    info.qtVersion = QString::fromLatin1(qVersion());
    info.sqliteVersion = sqliteLibraryVersion();
    info.loadAtStart = loadAverage();
    info.syncLatency_ms = fdatasyncLatency_ms(directory);
    return info;
}

bool MachineInfo::onMemoryFileSystem() const
{
    return fileSystem == QLatin1String("tmpfs") || fileSystem == QLatin1String("ramfs");
}

void Report::printText(QTextStream &out, const MachineInfo &machine) const
{
    out << m_title << '\n'
        << "  machine:   " << machine.cores << " cores, " << machine.cpuModel << '\n'
        << "  files in:  " << machine.directory << '\n'
        << "  disk:      " << machine.device << " (" << machine.fileSystem
        << "), fdatasync of 4 KiB " << syncText(machine) << '\n'
        << "  load:      " << machine.loadAtStart << " at start, " << loadAverage() << " at end"
        << " (1, 5, 15 min; other work on the machine slows every figure)\n"
        << "  build:     " << machine.buildType << ", Qt " << machine.qtVersion << ", SQLite "
        << machine.sqliteVersion << "\n\n";

    std::array<qsizetype, 6> widths {};
    auto widen = [&](const std::array<QString, 6> &row) {
        for (size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    };
    widen(kHeader);
    for (const Measure &m : m_measures)
        widen(cells(m));
    auto printRow = [&](const std::array<QString, 6> &row) {
        for (size_t i = 0; i < row.size(); ++i) {
            // Figures right-aligned so that the digits line up; names and verdicts left.
            const bool figure = i >= 1 && i <= 3;
            out << (figure ? row[i].rightJustified(widths[i]) : row[i].leftJustified(widths[i]));
            out << (i + 1 < row.size() ? "  " : "");
        }
        out << '\n';
    };
    printRow(kHeader);
    qsizetype total = 2 * qsizetype(widths.size() - 1);
    for (const qsizetype w : widths)
        total += w;
    out << QString(total, QLatin1Char('-')) << '\n';
    for (const Measure &m : m_measures)
        printRow(cells(m));
    if (!m_notes.isEmpty())
        out << '\n';
    for (const QString &note : m_notes)
        out << "* " << note << '\n';
    out.flush();
}

void Report::printMarkdown(QTextStream &out, const MachineInfo &machine, const QString &date) const
{
    out << "## " << m_title << "\n\n"
        << "- date: " << date << '\n'
        << "- machine: " << machine.cores << " cores (nproc), " << machine.cpuModel << '\n'
        << "- disk: " << machine.device << ", " << machine.fileSystem << " (files in `"
        << machine.directory << "`); fdatasync of 4 KiB: " << syncText(machine) << '\n'
        << "- load average (1, 5, 15 min): " << machine.loadAtStart << " at start, "
        << loadAverage() << " at end\n"
        << "- build: " << machine.buildType << ", Qt " << machine.qtVersion << ", SQLite "
        << machine.sqliteVersion << "\n\n"
        << "| measure | Vigie | bare baseline | cost vs baseline | target | |\n"
        << "|---|--:|--:|--:|---|---|\n";
    for (const Measure &m : m_measures) {
        const auto row = cells(m);
        out << '|';
        for (const QString &cell : row)
            out << ' ' << cell << " |";
        out << '\n';
    }
    if (!m_notes.isEmpty())
        out << '\n';
    for (const QString &note : m_notes)
        out << "- " << note << '\n';
    out.flush();
}

void Report::print(QTextStream &out, const MachineInfo &machine, bool markdown) const
{
    out << '\n';
    printText(out, machine);
    if (!markdown)
        return;
    out << '\n';
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd MMM d HH:mm:ss 'UTC' yyyy"));
    printMarkdown(out, machine, date);
}

QString grouped(double value, int decimals)
{
    // The C locale with group separators: "12,345", whatever the machine's locale.
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value, 'f', decimals);
}

QString rate(qint64 count, double seconds, const QString &unit)
{
    if (seconds <= 0)
        return QStringLiteral("-");
    return grouped(double(count) / seconds) + QLatin1Char(' ') + unit;
}

QString costRatioOfRates(double vigiePerSecond, double baselinePerSecond)
{
    if (vigiePerSecond <= 0)
        return QStringLiteral("-");
    return QString::number(baselinePerSecond / vigiePerSecond, 'f', 1) + QLatin1Char('x');
}

QString costRatioOfDurations(double vigieSeconds, double baselineSeconds)
{
    if (baselineSeconds <= 0)
        return QStringLiteral("-");
    return QString::number(vigieSeconds / baselineSeconds, 'f', 1) + QLatin1Char('x');
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

double threadCpu_ms()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace vigie::bench
