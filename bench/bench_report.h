// What one bench run prints: the machine and the disk it ran on, then one row per measure with
// Vigie's figure, the bare baseline's, and the target. Shared by every subcommand so that all
// figures in bench/RESULTS.md read the same way.
#pragma once

#include <QList>
#include <QString>

#include <vector>

class QTextStream;

namespace vigie::bench {

struct MachineInfo
{
    int cores = 0;
    QString cpuModel;
    QString directory; // where the bench writes its files
    QString device; // "/dev/vda"
    QString fileSystem; // "ext4"; "tmpfs" makes every fsync free and the figures meaningless
    QString buildType;
    QString qtVersion;
    QString sqliteVersion;
    QString loadAtStart; // /proc/loadavg: the machine may be busy with other work
    double syncLatency_ms = -1; // one 4 KiB write + fdatasync in `directory`; -1 if unknown

    static MachineInfo probe(const QString &directory);
    bool onMemoryFileSystem() const;
};

struct Measure
{
    enum class Verdict { NoTarget, Met, NotMet };

    QString name;
    QString vigie;
    QString baseline; // empty when the measure has no baseline
    // How many times the baseline's cost Vigie's costs (time per item, or total time): 1.0x is
    // as cheap as bare SQLite; the same reading for rates and durations.
    QString costRatio;
    QString target;
    Verdict verdict = Verdict::NoTarget;
};

class Report
{
public:
    explicit Report(QString title) : m_title(std::move(title)) { }

    void add(Measure measure) { m_measures.append(std::move(measure)); }
    // A line under the table: what was left out, and why.
    void note(const QString &text) { m_notes.append(text); }

    void printText(QTextStream &out, const MachineInfo &machine) const;
    // A section for bench/RESULTS.md; `date` as `date -u` prints it.
    void printMarkdown(QTextStream &out, const MachineInfo &machine, const QString &date) const;
    // The text, then with markdown the section for bench/RESULTS.md dated now.
    void print(QTextStream &out, const MachineInfo &machine, bool markdown) const;

private:
    QString m_title;
    QList<Measure> m_measures;
    QStringList m_notes;
};

// "12,345" for counts and rates: wide numbers read better with separators.
QString grouped(double value, int decimals = 0);
// Rate per second from a count and a duration, as "12,345 ev/s".
QString rate(qint64 count, double seconds, const QString &unit);
// "Vigie cost / baseline cost" for two rates (items per second) or two durations.
QString costRatioOfRates(double vigiePerSecond, double baselinePerSecond);
QString costRatioOfDurations(double vigieSeconds, double baselineSeconds);
// The value below which a share `p` (0.5, 0.99) of the samples lie; the nearest sample.
double percentile(std::vector<double> values, double p);
// This thread's CPU time: the machine is shared, and wall time counts the others' work too.
double threadCpu_ms();

} // namespace vigie::bench
