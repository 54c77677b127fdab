#include "bench/journal_bench.h"

#include "bench/bench_report.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <memory>

#include <sys/resource.h>

namespace vigie::bench {
namespace {

const QString kWorkstation = QStringLiteral("CSU-A");
constexpr double kAppendTarget_per_s = 5000;
constexpr double kVerifyTarget_s = 3.0;

struct Options
{
    QString parentDir;
    int events = 100000;
    int group = 100;
    int chainEvents = 1000000;
    int chainGroup = 10000;
    bool keep = false;
    bool markdown = false;
};

struct Timed
{
    qint64 count = 0;
    double seconds = 0;
    double cpuSeconds = 0; // every thread of the process: above `seconds` when threads help
    double perSecond() const { return seconds > 0 ? double(count) / seconds : 0; }
};

double processCpu_s()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Wall and CPU time together: on a shared machine, CPU time shows what waiting hid.
class Stopwatch
{
public:
    Stopwatch()
    {
        m_timer.start();
        m_cpuAtStart_s = processCpu_s();
    }
    Timed stop(qint64 count) const
    {
        return { count, double(m_timer.nsecsElapsed()) / 1e9, processCpu_s() - m_cpuAtStart_s };
    }

private:
    QElapsedTimer m_timer;
    double m_cpuAtStart_s = 0;
};

// An incident's current row, updated in the same transaction as its event. A stand-in, not
// core/records' incidents: the measure is the journal's cost beside a plain record change.
const QStringList kIncidentSchema {
    QStringLiteral("CREATE TABLE IF NOT EXISTS bench_incidents ("
                   " id INTEGER PRIMARY KEY,"
                   " reference TEXT NOT NULL UNIQUE,"
                   " status TEXT NOT NULL CHECK (status IN ('ouvert', 'en_cours', 'clos')),"
                   " category TEXT NOT NULL,"
                   " place TEXT NOT NULL,"
                   " camera_number INTEGER NOT NULL,"
                   " description TEXT NOT NULL,"
                   " opened_by TEXT NOT NULL,"
                   " updated_by TEXT NOT NULL,"
                   " opened_at_ms INTEGER NOT NULL,"
                   " updated_at_ms INTEGER NOT NULL,"
                   " revision INTEGER NOT NULL)"),
    // The operators' list of open incidents, newest first, needs this one.
    QStringLiteral("CREATE INDEX IF NOT EXISTS bench_incidents_status"
                   " ON bench_incidents (status, updated_at_ms)"),
};

// The baseline: the same columns as the journal plus the payload, in a rowid table without
// keys, indexes or triggers.
const QString kBareSchema
    = QStringLiteral("CREATE TABLE IF NOT EXISTS bare_events (workstation TEXT, seq INTEGER,"
                     " uuid TEXT, hlc TEXT, user_login TEXT, action TEXT, object_type TEXT,"
                     " object_id TEXT, motive TEXT, payload_hash TEXT, prev_hash TEXT, hash TEXT,"
                     " payload TEXT)");

// A plausible stream of operator actions: an incident opened every fifth action or so, the
// others update one of the fifty most recent incidents. Seeded, so that every run writes the
// same rows.
class IncidentScenario
{
public:
    struct Step
    {
        journal::NewEvent event;
        qint64 incidentId = 0;
        bool opens = false;
        QString status;
        QString category;
        QString place;
        int cameraNumber = 0;
        QString description;
    };

    Step next(qint64 now_ms)
    {
        static const std::array<const char *, 7> categories { "rixe",
                                                              "vol à l'arraché",
                                                              "stationnement gênant",
                                                              "dépôt sauvage",
                                                              "tapage nocturne",
                                                              "accident matériel",
                                                              "personne vulnérable" };
        static const std::array<const char *, 6> places {
            "Place de la République",      "Rue Jean Jaurès",
            "Gare SNCF, parvis nord",      "Quai de Seine",
            "Parking de l'Hôtel de Ville", "Avenue Gambetta"
        };
        static const std::array<const char *, 3> statuses { "ouvert", "en_cours", "clos" };
        Step step;
        step.opens = m_opened == 0 || m_random.bounded(5) == 0;
        if (step.opens) {
            step.incidentId = ++m_opened;
            step.status = QStringLiteral("ouvert");
        } else {
            step.incidentId = m_opened - m_random.bounded(qint64(std::min<qint64>(m_opened, 50)));
            step.status = QString::fromUtf8(statuses[1 + m_random.bounded(2)]);
        }
        step.category = QString::fromUtf8(categories[step.incidentId % categories.size()]);
        step.place = QString::fromUtf8(places[(step.incidentId / 7) % places.size()]);
        step.cameraNumber = int(1 + step.incidentId % 240);
        step.description = QStringLiteral("%1, %2 : signalé par patrouille, caméra %3 orientée,"
                                          " équipage prévenu à %4.")
                               .arg(step.category, step.place)
                               .arg(step.cameraNumber)
                               .arg(QDateTime::fromMSecsSinceEpoch(now_ms, Qt::UTC)
                                        .toString(QStringLiteral("HH:mm")));
        step.event.user = QStringLiteral("operateur");
        step.event.action
            = step.opens ? QStringLiteral("incident.create") : QStringLiteral("incident.update");
        step.event.objectType = QStringLiteral("incident");
        step.event.objectId = QString::number(step.incidentId);
        step.event.payload = { { QStringLiteral("reference"), reference(step.incidentId) },
                               { QStringLiteral("status"), step.status },
                               { QStringLiteral("category"), step.category },
                               { QStringLiteral("place"), step.place },
                               { QStringLiteral("camera"), step.cameraNumber },
                               { QStringLiteral("description"), step.description } };
        return step;
    }

    static QString reference(qint64 id)
    {
        return QStringLiteral("2026-%1").arg(id, 6, 10, QLatin1Char('0'));
    }

private:
    QRandomGenerator m_random { 20261125u };
    qint64 m_opened = 0;
};

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return Status::failure(sql + QStringLiteral(": ") + q.lastError().text());
    }
    return Status::success();
}

// The incident's current row, written as a records module would, statement prepared per call.
Status applyToIncidents(QSqlDatabase &db, const IncidentScenario::Step &step, qint64 now_ms)
{
    QSqlQuery q(db);
    if (step.opens) {
        q.prepare(QStringLiteral(
            "INSERT INTO bench_incidents (id, reference, status, category, place, camera_number,"
            " description, opened_by, updated_by, opened_at_ms, updated_at_ms, revision)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
        q.addBindValue(step.incidentId);
        q.addBindValue(IncidentScenario::reference(step.incidentId));
        q.addBindValue(step.status);
        q.addBindValue(step.category);
        q.addBindValue(step.place);
        q.addBindValue(step.cameraNumber);
        q.addBindValue(step.description);
        q.addBindValue(step.event.user);
        q.addBindValue(step.event.user);
        q.addBindValue(now_ms);
        q.addBindValue(now_ms);
    } else {
        q.prepare(QStringLiteral("UPDATE bench_incidents SET status = ?, description = ?,"
                                 " updated_by = ?, updated_at_ms = ?, revision = revision + 1"
                                 " WHERE id = ?"));
        q.addBindValue(step.status);
        q.addBindValue(step.description);
        q.addBindValue(step.event.user);
        q.addBindValue(now_ms);
        q.addBindValue(step.incidentId);
    }
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Result<std::unique_ptr<store::Database>> openIn(const QTemporaryDir &dir, const QString &file)
{
    // Database::open is what Vigie runs: WAL, foreign keys, synchronous FULL. The baseline files
    // go through it too, so that both sides pay the same pragmas.
    return store::Database::open(dir.filePath(file));
}

Result<Timed> appendJournal(store::Database &db, int events, int perTransaction, bool withIncidents)
{
    if (withIncidents) {
        Status created = execAll(db.connection(), kIncidentSchema);
        if (!created.ok())
            return Result<Timed>(created);
    }
    journal::Journal journal(db, kWorkstation);
    IncidentScenario scenario;
    const Stopwatch stopwatch;
    int done = 0;
    while (done < events) {
        const int batch = std::min(perTransaction, events - done);
        if (batch == 1) {
            // One operator action: Journal::record runs the change and appends its event in
            // one transaction, the path the application takes.
            const qint64 now_ms = QDateTime::currentMSecsSinceEpoch();
            const auto step = scenario.next(now_ms);
            auto recorded = journal.record(step.event, [&]() -> Status {
                return withIncidents ? applyToIncidents(db.connection(), step, now_ms)
                                     : Status::success();
            });
            if (!recorded.ok())
                return Result<Timed>(recorded.status());
        } else {
            Status status = store::inTransaction(db.connection(), [&]() -> Status {
                for (int i = 0; i < batch; ++i) {
                    const qint64 now_ms = QDateTime::currentMSecsSinceEpoch();
                    const auto step = scenario.next(now_ms);
                    if (withIncidents) {
                        Status changed = applyToIncidents(db.connection(), step, now_ms);
                        if (!changed.ok())
                            return changed;
                    }
                    auto appended = journal.append(step.event);
                    if (!appended.ok())
                        return appended.status();
                }
                return Status::success();
            });
            if (!status.ok())
                return Result<Timed>(status);
        }
        done += batch;
    }
    return Result<Timed>(stopwatch.stop(done));
}

Result<Timed> insertBare(store::Database &db, int rows, int perTransaction)
{
    Status created = execAll(db.connection(), { kBareSchema });
    if (!created.ok())
        return Result<Timed>(created);
    // Row contents prepared up front: the baseline measures SQLite and the driver, nothing else.
    IncidentScenario scenario;
    QStringList payloads;
    for (int i = 0; i < 64; ++i)
        payloads.append(
            QString::fromUtf8(journal::Journal::canonicalJson(scenario.next(0).event.payload)));
    const QString fakeHash(64, QLatin1Char('a'));
    const QString hlc = QStringLiteral("1764112345678.00000");

    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO bare_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                  " ?, ?, ?)"));
    const Stopwatch stopwatch;
    int done = 0;
    while (done < rows) {
        const int batch = std::min(perTransaction, rows - done);
        Status status = store::inTransaction(db.connection(), [&]() -> Status {
            for (int i = 0; i < batch; ++i) {
                const qint64 seq = done + i + 1;
                insert.bindValue(0, kWorkstation);
                insert.bindValue(1, seq);
                insert.bindValue(2,
                                 QStringLiteral("00000000-0000-4000-8000-%1")
                                     .arg(seq, 12, 10, QLatin1Char('0')));
                insert.bindValue(3, hlc);
                insert.bindValue(4, QStringLiteral("operateur"));
                insert.bindValue(5, QStringLiteral("incident.update"));
                insert.bindValue(6, QStringLiteral("incident"));
                insert.bindValue(7, QString::number(seq / 5));
                insert.bindValue(8, QStringLiteral(""));
                insert.bindValue(9, fakeHash);
                insert.bindValue(10, fakeHash);
                insert.bindValue(11, fakeHash);
                insert.bindValue(12, payloads[int(seq % payloads.size())]);
                if (!insert.exec())
                    return Status::failure(insert.lastError().text());
            }
            return Status::success();
        });
        if (!status.ok())
            return Result<Timed>(status);
        done += batch;
    }
    return Result<Timed>(stopwatch.stop(done));
}

Result<Timed> scanBare(store::Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const Stopwatch stopwatch;
    if (!q.exec(QStringLiteral("SELECT * FROM bare_events")))
        return Result<Timed>::failure(q.lastError().text());
    qint64 rows = 0;
    qint64 chars = 0; // every value is fetched and used, as verify() does
    while (q.next()) {
        for (int column = 0; column < 13; ++column)
            chars += q.value(column).toString().size();
        ++rows;
    }
    const Timed timed = stopwatch.stop(rows);
    if (chars == 0)
        return Result<Timed>::failure(QStringLiteral("the bare table is empty"));
    return Result<Timed>(timed);
}

Result<Options> parseOptions(const QStringList &args, QTextStream &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the journal on temporary databases (removed afterwards) in a new folder under"
        " DIR, which must sit on the disk that will hold vigie.db."));
    const QCommandLineOption help(QStringList { QStringLiteral("help"), QStringLiteral("h") },
                                  QStringLiteral("Show this help."));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Parent folder of the temporary files (default: "
                                                "the system's temporary folder)."),
                                 QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("Events per append measure (default 100000)."),
                                    QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   QStringLiteral("Events per transaction in group commit "
                                                  "(default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption chain(QStringLiteral("chain"),
                                   QStringLiteral("Events in the chain that verify() walks "
                                                  "(default 1000000)."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption chainGroup(QStringLiteral("chain-group"),
                                        QStringLiteral("Events per transaction while building that "
                                                       "chain (default 10000)."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the temporary databases."));
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Also print the section for "
                                                     "bench/RESULTS.md."));
    parser.addOptions({ help, dir, events, group, chain, chainGroup, keep, markdown });
    if (!parser.parse(QStringList { QStringLiteral("vigie-bench journal") } + args))
        return Result<Options>::failure(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Result<Options>::failure(QString());
    }
    Options options;
    options.parentDir = parser.value(dir);
    options.keep = parser.isSet(keep);
    options.markdown = parser.isSet(markdown);
    const std::array<std::pair<const QCommandLineOption *, int *>, 4> counts {
        { { &events, &options.events },
          { &group, &options.group },
          { &chain, &options.chainEvents },
          { &chainGroup, &options.chainGroup } }
    };
    for (const auto &[option, value] : counts) {
        bool ok = false;
        *value = parser.value(*option).toInt(&ok);
        if (!ok || *value < 1)
            return Result<Options>::failure(
                QStringLiteral("--%1 takes a positive number").arg(option->names().constFirst()));
    }
    return Result<Options>(options);
}

} // namespace

int runJournalBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto parsed = parseOptions(args, out);
    if (!parsed.ok()) {
        if (parsed.error().isEmpty())
            return 0; // --help
        err << "vigie-bench journal: " << parsed.error() << '\n';
        return 2;
    }
    const Options options = parsed.take();

    QTemporaryDir dir(QDir(options.parentDir).filePath(QStringLiteral("vigie-bench-XXXXXX")));
    if (!dir.isValid()) {
        err << "vigie-bench journal: cannot create a folder in " << options.parentDir << ": "
            << dir.errorString() << '\n';
        return 1;
    }
    dir.setAutoRemove(!options.keep);
    const MachineInfo machine = MachineInfo::probe(dir.path());
    err << "vigie-bench journal: files in " << dir.path() << " (" << machine.device << ", "
        << machine.fileSystem << ")\n";
    if (machine.onMemoryFileSystem())
        err << "  warning: a memory file system makes fsync free; pass --dir on the disk of "
               "vigie.db\n";
    err.flush();

    auto fail = [&](const QString &what, const QString &why) {
        err << "vigie-bench journal: " << what << ": " << why << '\n';
        return 1;
    };
    auto progress = [&](const QString &what) {
        err << "  " << what << "..." << Qt::endl;
    };
    auto done = [&](const Timed &t, const QString &unit) {
        err << "    " << grouped(double(t.count)) << ' ' << unit << " in "
            << QString::number(t.seconds, 'f', 2) << " s (CPU "
            << QString::number(t.cpuSeconds, 'f', 2) << " s)" << Qt::endl;
    };

    // Each measure gets a fresh file, so that one measure's size does not slow the next.
    struct AppendPair
    {
        Timed vigie;
        Timed bare;
    };
    auto measureAppend = [&](int perTransaction, bool withIncidents, int events,
                             const QString &tag) -> Result<AppendPair> {
        AppendPair pair;
        {
            progress(QStringLiteral("journal, %1 events, %2 per transaction")
                         .arg(grouped(events))
                         .arg(perTransaction));
            auto db = openIn(dir, QStringLiteral("vigie-%1.db").arg(tag));
            if (!db.ok())
                return Result<AppendPair>(db.status());
            auto timed = appendJournal(*db.value(), events, perTransaction, withIncidents);
            if (!timed.ok())
                return Result<AppendPair>(timed.status());
            pair.vigie = timed.value();
            done(pair.vigie, QStringLiteral("events"));
        }
        {
            progress(QStringLiteral("bare table, %1 rows, %2 per transaction")
                         .arg(grouped(events))
                         .arg(perTransaction));
            auto db = openIn(dir, QStringLiteral("bare-%1.db").arg(tag));
            if (!db.ok())
                return Result<AppendPair>(db.status());
            auto timed = insertBare(*db.value(), events, perTransaction);
            if (!timed.ok())
                return Result<AppendPair>(timed.status());
            pair.bare = timed.value();
            done(pair.bare, QStringLiteral("rows"));
        }
        return Result<AppendPair>(pair);
    };

    Report report(QStringLiteral("Journal"));
    auto verdict = [](bool met) {
        return met ? Measure::Verdict::Met : Measure::Verdict::NotMet;
    };

    auto single = measureAppend(1, true, options.events, QStringLiteral("single"));
    if (!single.ok())
        return fail(QStringLiteral("one transaction per event"), single.error());
    const AppendPair s = single.value();
    report.add({ QStringLiteral("append + incident row, 1 transaction/event (record)"),
                 rate(s.vigie.count, s.vigie.seconds, QStringLiteral("ev/s")),
                 rate(s.bare.count, s.bare.seconds, QStringLiteral("rows/s")),
                 costRatioOfRates(s.vigie.perSecond(), s.bare.perSecond()),
                 QStringLiteral(">= 5,000 ev/s"),
                 verdict(s.vigie.perSecond() >= kAppendTarget_per_s) });

    auto grouped_ = measureAppend(options.group, true, options.events, QStringLiteral("group"));
    if (!grouped_.ok())
        return fail(QStringLiteral("group commit"), grouped_.error());
    const AppendPair g = grouped_.value();
    report.add(
        { QStringLiteral("append + incident row, group commit %1/transaction").arg(options.group),
          rate(g.vigie.count, g.vigie.seconds, QStringLiteral("ev/s")),
          rate(g.bare.count, g.bare.seconds, QStringLiteral("rows/s")),
          costRatioOfRates(g.vigie.perSecond(), g.bare.perSecond()),
          QStringLiteral(">= 5,000 ev/s"), verdict(g.vigie.perSecond() >= kAppendTarget_per_s) });

    auto built
        = measureAppend(options.chainGroup, false, options.chainEvents, QStringLiteral("chain"));
    if (!built.ok())
        return fail(QStringLiteral("building the chain"), built.error());
    const AppendPair b = built.value();
    report.add({ QStringLiteral("build the verify chain, %1/transaction, no record")
                     .arg(grouped(options.chainGroup)),
                 rate(b.vigie.count, b.vigie.seconds, QStringLiteral("ev/s")),
                 rate(b.bare.count, b.bare.seconds, QStringLiteral("rows/s")),
                 costRatioOfRates(b.vigie.perSecond(), b.bare.perSecond()), QString(),
                 Measure::Verdict::NoTarget });

    // Verify as `vigiectl journal verify` runs it: a fresh connection on a closed file (its WAL
    // checkpointed), the file in the OS cache since it was just written.
    Timed verified;
    {
        progress(
            QStringLiteral("Journal::verify() on %1 events").arg(grouped(options.chainEvents)));
        auto db = openIn(dir, QStringLiteral("vigie-chain.db"));
        if (!db.ok())
            return fail(QStringLiteral("reopening the chain"), db.error());
        journal::Journal reader(*db.value(), kWorkstation);
        const Stopwatch stopwatch;
        const journal::VerifyReport result = reader.verify();
        verified = stopwatch.stop(result.entries);
        if (!result.ok() || result.entries != options.chainEvents)
            return fail(QStringLiteral("verify"), result.summary());
        done(verified, QStringLiteral("entries"));
    }
    Timed scanned;
    {
        progress(QStringLiteral("bare full scan of %1 rows").arg(grouped(options.chainEvents)));
        auto db = openIn(dir, QStringLiteral("bare-chain.db"));
        if (!db.ok())
            return fail(QStringLiteral("reopening the bare table"), db.error());
        auto timed = scanBare(*db.value());
        if (!timed.ok())
            return fail(QStringLiteral("bare scan"), timed.error());
        scanned = timed.value();
        done(scanned, QStringLiteral("rows"));
    }
    report.add({ QStringLiteral("verify %1 events (Journal::verify)").arg(grouped(verified.count)),
                 QString::number(verified.seconds, 'f', 2) + QStringLiteral(" s"),
                 QString::number(scanned.seconds, 'f', 2) + QStringLiteral(" s (full scan)"),
                 costRatioOfDurations(verified.seconds, scanned.seconds), QStringLiteral("< 3 s"),
                 verdict(verified.seconds < kVerifyTarget_s) });

    report.note(QStringLiteral("Incident search on 100,000 incidents: `vigie-bench records`."));
    report.note(QStringLiteral("Every database is opened by store::Database::open (WAL, "
                               "synchronous FULL, foreign keys), baselines included. Bare "
                               "baseline: the journal's columns plus the payload in a table "
                               "without key, index or trigger, one prepared INSERT, no hashing; "
                               "same transaction pattern as the Vigie measure beside it."));
    auto cpu = [](const Timed &t) -> QString {
        return QString::number(t.seconds, 'f', 1) + QStringLiteral(" s wall, ")
            + QString::number(t.cpuSeconds, 'f', 1) + QStringLiteral(" s CPU");
    };
    report.note(QStringLiteral("Vigie side, wall and CPU time of all threads: 1 transaction/event "
                               "%1; group commit %2; chain build %3; verify %4.")
                    .arg(cpu(s.vigie), cpu(g.vigie), cpu(b.vigie), cpu(verified)));
    report.note(QStringLiteral("Cost vs baseline: Vigie's time per item (or total time) over the "
                               "baseline's."));
    out << '\n';
    report.printText(out, machine);
    if (options.markdown) {
        out << '\n';
        const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                                   QStringLiteral("ddd MMM d HH:mm:ss 'UTC' yyyy"));
        report.printMarkdown(out, machine, date);
    }
    if (options.keep)
        err << "kept " << dir.path() << '\n';
    return 0;
}

} // namespace vigie::bench
