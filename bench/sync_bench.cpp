#include "bench/sync_bench.h"

#include "bench/bench_report.h"
#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/journal/journal.h"
#include "core/records/incident_service.h"
#include "core/records/shift_service.h"
#include "core/store/database.h"
#include "core/sync/central_enrolment.h"
#include "core/sync/central_link.h"
#include "core/sync/central_schema.h"
#include "core/sync/enrolled_keys.h"
#include "core/sync/sync_engine.h"
#include "core/sync/sync_worker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

#include <sys/resource.h>

namespace vigie::bench {
namespace {

constexpr double kPushTarget_s = 20.0;
constexpr double kDelayTarget_s = 2.0;
const QString kDeskA = QStringLiteral("CSU-A");
const QString kDeskB = QStringLiteral("CSU-B");

struct Options
{
    QString central; // a server URI; empty: a throwaway server of the bench's own
    QString parentDir;
    int events = 100000;
    int batch = 1000;
    int samples = 20;
    bool markdown = false;
    bool keep = false; // leave the central database for a look at it
};

double cpu_s()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A server started with scripts/pg-throwaway, stopped when the bench ends.
class Throwaway
{
public:
    ~Throwaway()
    {
        if (!m_dir.isEmpty())
            QProcess::execute(QStringLiteral(VIGIE_PG_THROWAWAY),
                              { QStringLiteral("stop"), m_dir });
    }
    Result<QString> start(const QString &dir)
    {
        if (QProcess::execute(QStringLiteral(VIGIE_PG_THROWAWAY), { QStringLiteral("start"), dir })
            != 0)
            return Result<QString>::failure(QStringLiteral("pg-throwaway start failed"));
        m_dir = dir;
        QFile file(dir + QStringLiteral("/uri"));
        if (!file.open(QIODevice::ReadOnly))
            return Result<QString>::failure(QStringLiteral("no uri file in ") + dir);
        return Result<QString>(QString::fromUtf8(file.readAll().trimmed()));
    }

private:
    QString m_dir;
};

struct Desk
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<access::AuthService> auth;
    std::unique_ptr<access::AccessPolicy> policy;
    std::unique_ptr<records::ShiftService> shifts;
    std::unique_ptr<records::IncidentService> incidents;
    QString path;
};

Result<Desk> openDesk(const QString &path, const QString &workstation)
{
    auto opened = store::Database::open(path);
    if (!opened.ok())
        return Result<Desk>(opened.status());
    Desk desk;
    desk.path = path;
    desk.db = opened.take();
    desk.journal = std::make_unique<journal::Journal>(*desk.db, workstation);
    desk.auth = std::make_unique<access::AuthService>(*desk.db, *desk.journal);
    desk.policy = std::make_unique<access::AccessPolicy>(*desk.db, *desk.journal);
    desk.shifts = std::make_unique<records::ShiftService>(*desk.db, *desk.journal, *desk.policy);
    desk.incidents = std::make_unique<records::IncidentService>(*desk.db, *desk.journal,
                                                                *desk.policy, *desk.shifts);
    return Result<Desk>(std::move(desk));
}

records::IncidentDraft draft(int i)
{
    records::IncidentDraft d;
    d.cameraNumber = 1 + i % 40;
    d.occurredAt = QDateTime::currentDateTime();
    d.place = QStringLiteral("Place de la République, angle rue Victor Hugo");
    d.inseeCode = QStringLiteral("92002");
    d.category = QStringLiteral("tranquillity");
    d.subcategory = QStringLiteral("tranquillity.gathering");
    d.description = QStringLiteral("Regroupement d'une dizaine de personnes devant le hall %1, "
                                   "musique forte ; patrouille informée.")
                        .arg(i);
    return d;
}

// The register of a busy desk: one incident created then edited for every eight viewing and
// session events, in transactions of 1,000 (the journal bench measures the appends).
Status fill(Desk &desk, int events)
{
    int written = 0;
    int incident = 0;
    while (written < events) {
        Status status = store::inTransaction(desk.db->connection(), [&]() -> Status {
            for (int i = 0; i < 1000 && written < events; ++i, ++written) {
                journal::NewEvent e;
                e.user = QStringLiteral("cmartin");
                if (written % 10 == 0) {
                    ++incident;
                    e.action = QStringLiteral("incident.create");
                    e.objectType = QStringLiteral("incident");
                    e.objectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    e.payload = {
                        { QStringLiteral("number"),
                          QStringLiteral("2026-CSU-A-%1").arg(incident, 6, 10, QLatin1Char('0')) },
                        { QStringLiteral("shift_id"), QString() },
                        { QStringLiteral("matricule"), QStringLiteral("OP-0142") },
                        { QStringLiteral("draft"), records::draftToJson(draft(incident)) }
                    };
                } else {
                    e.action = QStringLiteral("camera.view");
                    e.objectType = QStringLiteral("camera");
                    e.objectId = QString::number(1 + written % 40);
                    e.motive = QStringLiteral("surveillance générale");
                    e.payload = { { QStringLiteral("wall"), 1 + written % 3 },
                                  { QStringLiteral("tile"), written % 16 } };
                }
                auto appended = desk.journal->append(e);
                if (!appended.ok())
                    return appended.status();
                if (e.objectType == QLatin1String("incident")) {
                    Status projected
                        = records::IncidentService::project(*desk.db, appended.value());
                    if (!projected.ok())
                        return projected;
                }
            }
            return Status::success();
        });
        if (!status.ok())
            return status;
    }
    return Status::success();
}

QByteArray copyField(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r");
    return out;
}

struct CopyTimed
{
    qint64 rows = 0;
    double seconds = 0;
};

// The baseline: the same rows, read from the same SQLite journal, sent by one COPY into a table
// with the same columns and no key, index, trigger or check.
Result<CopyTimed> copyBaseline(store::Database &local, const sync::CentralUri &uri)
{
    const QByteArray conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                    .arg(uri.host)
                                    .arg(uri.port)
                                    .arg(uri.user, uri.database)
                                    .toUtf8();
    PGconn *conn = PQconnectdb(conninfo.constData());
    auto finish = qScopeGuard([&] { PQfinish(conn); });
    if (PQstatus(conn) != CONNECTION_OK)
        return Result<CopyTimed>::failure(QString::fromUtf8(PQerrorMessage(conn)));
    auto exec = [&](const char *sql) -> Status {
        PGresult *r = PQexec(conn, sql);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_COPY_IN;
        PQclear(r);
        return ok ? Status::success() : Status::failure(QString::fromUtf8(PQerrorMessage(conn)));
    };
    Status created = exec("CREATE TABLE events_copy (uuid uuid, workstation text, seq bigint,"
                          " hlc text, user_login text, action text, object_type text,"
                          " object_id text, motive text, payload_hash text, prev_hash text,"
                          " hash text, payload text)");
    if (!created.ok())
        return Result<CopyTimed>(created);
    QElapsedTimer timer;
    timer.start();
    CopyTimed timed;
    Status started = exec("COPY events_copy FROM STDIN");
    if (!started.ok())
        return Result<CopyTimed>(started);
    QSqlQuery q(local.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT j.uuid, j.workstation, j.seq, j.hlc, j.user_login, j.action, j.object_type,"
            " j.object_id, j.motive, j.payload_hash, j.prev_hash, j.hash, p.payload FROM journal j"
            " LEFT JOIN journal_payloads p ON p.workstation = j.workstation AND p.seq = j.seq"
            " ORDER BY j.workstation, j.seq")))
        return Result<CopyTimed>::failure(q.lastError().text());
    QByteArray buffer;
    while (q.next()) {
        for (int c = 0; c < 13; ++c) {
            if (c > 0)
                buffer += '\t';
            buffer += q.value(c).isNull() ? QByteArray("\\N") : copyField(q.value(c).toString());
        }
        buffer += '\n';
        ++timed.rows;
        if (buffer.size() > (1 << 20)) {
            if (PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1)
                return Result<CopyTimed>::failure(QString::fromUtf8(PQerrorMessage(conn)));
            buffer.clear();
        }
    }
    if (!buffer.isEmpty() && PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1)
        return Result<CopyTimed>::failure(QString::fromUtf8(PQerrorMessage(conn)));
    if (PQputCopyEnd(conn, nullptr) != 1)
        return Result<CopyTimed>::failure(QString::fromUtf8(PQerrorMessage(conn)));
    PGresult *r = PQgetResult(conn);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok)
        return Result<CopyTimed>::failure(QString::fromUtf8(PQerrorMessage(conn)));
    timed.seconds = double(timer.nsecsElapsed()) / 1e9;
    return Result<CopyTimed>(timed);
}

// Runs the event loop until `pred` holds or `timeout_ms` passes.
bool waitFor(const std::function<bool()> &pred, int timeout_ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() > timeout_ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString seconds(double s)
{
    return QString::number(s, 'f', 2) + QStringLiteral(" s");
}

} // namespace

int runSyncBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Central sync: push and pull of the journal, desk-to-desk delay, beside one COPY."));
    const QCommandLineOption centralOption(
        QStringLiteral("central"),
        QStringLiteral("PostgreSQL server URI (default: a throwaway server of the bench's own)"),
        QStringLiteral("URI"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("folder for the workstations' vigie.db"),
                                       QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("events"),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("batch size"),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           QStringLiteral("desk-to-desk delay samples"),
                                           QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("keep the central database"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"),
                                            QStringLiteral("also print a RESULTS.md section"));
    parser.addOptions({ centralOption, dirOption, eventsOption, batchOption, samplesOption,
                        markdownOption, keepOption });
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("vigie-bench sync") } + args)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    Options options;
    options.central = parser.value(centralOption);
    options.parentDir = parser.value(dirOption);
    options.events = std::max(1000, parser.value(eventsOption).toInt());
    options.batch = std::max(1, parser.value(batchOption).toInt());
    options.samples = std::max(1, parser.value(samplesOption).toInt());
    options.markdown = parser.isSet(markdownOption);
    options.keep = parser.isSet(keepOption);

    auto fail = [&](const QString &what, const QString &why) {
        err << "vigie-bench sync: " << what << ": " << why << '\n';
        return 1;
    };
    auto progress = [&](const QString &what) {
        err << "  " << what << "..." << Qt::endl;
    };
    qputenv("PGPASSWORD",
            qgetenv("PGPASSWORD").isEmpty() ? QByteArray("unused") : qgetenv("PGPASSWORD"));

    QTemporaryDir dir(options.parentDir + QStringLiteral("/vigie-bench-sync-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("folder"), dir.errorString());
    const MachineInfo machine = MachineInfo::probe(dir.path());
    Throwaway throwaway;
    QString serverText = options.central;
    if (serverText.isEmpty()) {
        // The throwaway's folder must be reachable by the postgres user: beside the binary.
        progress(QStringLiteral("starting a throwaway PostgreSQL"));
        auto started
            = throwaway.start(QCoreApplication::applicationDirPath() + QStringLiteral("/pg-bench-")
                              + QUuid::createUuid().toString(QUuid::Id128).left(8));
        if (!started.ok())
            return fail(QStringLiteral("PostgreSQL"), started.error());
        serverText = started.value();
    }
    auto server = sync::CentralUri::parse(serverText);
    if (!server.ok())
        return fail(QStringLiteral("--central"), server.error());
    sync::CentralUri uri = server.value();
    uri.database
        = QStringLiteral("vigie_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    {
        auto admin = sync::CentralLink::open(server.value());
        if (!admin.ok())
            return fail(QStringLiteral("PostgreSQL"), admin.error());
        QSqlQuery q(admin.value()->connection());
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + uri.database))
            return fail(QStringLiteral("CREATE DATABASE"), q.lastError().text());
    }
    auto dropDatabase = qScopeGuard([&] {
        if (options.keep) {
            err << "kept the central database " << uri.toString() << '\n';
            return;
        }
        auto admin = sync::CentralLink::open(server.value());
        if (admin.ok())
            QSqlQuery(admin.value()->connection())
                .exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(uri.database));
    });
    auto link = sync::CentralLink::open(uri);
    if (!link.ok())
        return fail(QStringLiteral("central"), link.error());
    auto initialised = sync::CentralSchema::init(link.value()->connection());
    if (!initialised.ok())
        return fail(QStringLiteral("central init"), initialised.error());
    // Both desks registered as `central enroll` does; the bench then pushes and pulls through
    // the owner's link (row-level security, which binds only the desks' roles, is not in its
    // measures).
    for (const QString &workstation : { kDeskA, kDeskB }) {
        auto enrolled = sync::CentralEnrolment::enroll(link.value()->connection(), workstation);
        if (!enrolled.ok())
            return fail(QStringLiteral("central enroll"), enrolled.error());
    }

    auto deskA = openDesk(dir.filePath(QStringLiteral("a.db")), kDeskA);
    auto deskB = openDesk(dir.filePath(QStringLiteral("b.db")), kDeskB);
    if (!deskA.ok() || !deskB.ok())
        return fail(QStringLiteral("desks"), deskA.ok() ? deskB.error() : deskA.error());
    Desk &a = deskA.value();
    Desk &b = deskB.value();
    // Each desk's key enrolled at central, as an administrator does: the pulls check every
    // entry's signature against it.
    for (const auto &[desk, id] : { std::pair { &a, kDeskA }, std::pair { &b, kDeskB } }) {
        const auto key = desk->journal->publicKey();
        if (!key.ok())
            return fail(QStringLiteral("key"), key.error());
        if (Status enrolled
            = sync::EnrolledKeys::enroll(link.value()->connection(), id, key.value());
            !enrolled.ok())
            return fail(QStringLiteral("enrol"), enrolled.error());
    }
    auto admin = a.auth->createFirstAdmin({ QStringLiteral("admin"),
                                            QStringLiteral("Administrateur"),
                                            QStringLiteral("ADM-1"),
                                            { access::Role::Admin } },
                                          QStringLiteral("mot-de-passe-1"));
    if (!admin.ok())
        return fail(QStringLiteral("user"), admin.error());
    auto op = a.auth->createUser(admin.value(),
                                 { QStringLiteral("cmartin"),
                                   QStringLiteral("Camille Martin"),
                                   QStringLiteral("OP-0142"),
                                   { access::Role::Operator } },
                                 QStringLiteral("mot-de-passe-1"));
    if (!op.ok())
        return fail(QStringLiteral("user"), op.error());
    progress(QStringLiteral("filling desk A with %1 events").arg(grouped(options.events)));
    const qint64 before = a.journal->lastSeq();
    Status filled = fill(a, options.events - int(before));
    if (!filled.ok())
        return fail(QStringLiteral("fill"), filled.error());
    const qint64 total = a.journal->lastSeq();

    Report report(QStringLiteral("Central sync"));
    auto verdict = [](bool met) {
        return met ? Measure::Verdict::Met : Measure::Verdict::NotMet;
    };

    progress(QStringLiteral("push %1 events A -> central, %2 per batch")
                 .arg(grouped(double(total)))
                 .arg(options.batch));
    sync::SyncEngine::Options engineOptions { options.batch, {} };
    sync::SyncReport pushed;
    double pushSeconds = 0;
    double pushCpu = 0;
    {
        sync::SyncEngine engine(*a.db, link.value()->connection(), kDeskA,
                                sync::ProjectorRegistry::standard(), engineOptions);
        QElapsedTimer timer;
        const double cpu0 = cpu_s();
        timer.start();
        qint64 lastMark = 0;
        qint64 lastMark_ns = 0;
        Status ok = engine.push(pushed, [&](const sync::SyncReport &r) {
            if (r.pushed - lastMark >= 10000) {
                err << "    " << grouped(double(r.pushed)) << " up, last 10,000 in "
                    << seconds(double(timer.nsecsElapsed() - lastMark_ns) / 1e9) << Qt::endl;
                lastMark = r.pushed;
                lastMark_ns = timer.nsecsElapsed();
            }
        });
        pushSeconds = double(timer.nsecsElapsed()) / 1e9;
        pushCpu = cpu_s() - cpu0;
        if (!ok.ok())
            return fail(QStringLiteral("push"), ok.error());
        if (pushed.pushed != total)
            return fail(QStringLiteral("push"),
                        QStringLiteral("%1 of %2 events went up").arg(pushed.pushed).arg(total));
    }
    err << "    " << seconds(pushSeconds) << Qt::endl;

    progress(QStringLiteral("baseline: the same rows in one COPY"));
    auto copied = copyBaseline(*a.db, uri);
    if (!copied.ok())
        return fail(QStringLiteral("COPY"), copied.error());
    err << "    " << seconds(copied.value().seconds) << Qt::endl;
    report.add({ QStringLiteral("push %1 events desk A -> central (%2/batch)")
                     .arg(grouped(double(total)))
                     .arg(options.batch),
                 seconds(pushSeconds) + QStringLiteral(" (")
                     + rate(total, pushSeconds, QStringLiteral("ev/s")) + QLatin1Char(')'),
                 seconds(copied.value().seconds) + QStringLiteral(" (one COPY)"),
                 costRatioOfDurations(pushSeconds, copied.value().seconds),
                 QStringLiteral("< 20 s"), verdict(pushSeconds < kPushTarget_s) });

    progress(QStringLiteral("pull them into desk B"));
    double pullSeconds = 0;
    sync::SyncReport pulled;
    {
        sync::SyncEngine engine(*b.db, link.value()->connection(), kDeskB,
                                sync::ProjectorRegistry::standard(), engineOptions);
        QElapsedTimer timer;
        timer.start();
        qint64 lastMark = 0;
        qint64 lastMark_ns = 0;
        Status ok = engine.pull(pulled, [&](const sync::SyncReport &r) {
            if (r.pulled - lastMark >= 10000) {
                err << "    " << grouped(double(r.pulled)) << " down, last 10,000 in "
                    << seconds(double(timer.nsecsElapsed() - lastMark_ns) / 1e9) << Qt::endl;
                lastMark = r.pulled;
                lastMark_ns = timer.nsecsElapsed();
            }
        });
        pullSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!ok.ok())
            return fail(QStringLiteral("pull"), ok.error());
    }
    err << "    " << seconds(pullSeconds) << Qt::endl;
    report.add({ QStringLiteral("pull %1 events central -> desk B, projected")
                     .arg(grouped(double(pulled.pulled))),
                 seconds(pullSeconds) + QStringLiteral(" (")
                     + rate(pulled.pulled, pullSeconds, QStringLiteral("ev/s")) + QLatin1Char(')'),
                 QString(), QString(), QString(), Measure::Verdict::NoTarget });

    progress(QStringLiteral("desk-to-desk delay, %1 incidents, both sync threads running")
                 .arg(options.samples));
    sync::SyncSettings settingsA;
    settingsA.databasePath = a.path;
    settingsA.workstation = kDeskA;
    settingsA.uri = uri;
    sync::SyncSettings settingsB = settingsA;
    settingsB.databasePath = b.path;
    settingsB.workstation = kDeskB;
    sync::SyncService serviceA(settingsA);
    sync::SyncService serviceB(settingsB);
    sync::SyncStatus statusA;
    sync::SyncStatus statusB;
    QObject::connect(&serviceA, &sync::SyncService::statusChanged,
                     [&](const sync::SyncStatus &s) { statusA = s; });
    QObject::connect(&serviceB, &sync::SyncService::statusChanged,
                     [&](const sync::SyncStatus &s) { statusB = s; });
    serviceA.start();
    serviceB.start();
    if (!waitFor([&] { return statusA.connected() && statusB.connected(); }, 60000))
        return fail(QStringLiteral("sync threads"), statusA.lastError + statusB.lastError);
    const auto user = a.auth->findUser(QStringLiteral("cmartin"));
    QList<double> delays;
    for (int i = 0; i < options.samples; ++i) {
        auto created = a.incidents->create(*user, draft(100000 + i));
        if (!created.ok())
            return fail(QStringLiteral("incident"), created.error());
        QElapsedTimer timer;
        timer.start();
        const QString number = created.value().number;
        if (!waitFor([&] { return b.incidents->find(number).has_value(); }, 30000))
            return fail(QStringLiteral("delay"),
                        QStringLiteral("incident %1 never reached desk B: %2")
                            .arg(number, statusB.lastError));
        delays.append(double(timer.nsecsElapsed()) / 1e9);
        // Spread over the poll period, as operators do not act in step with it.
        QEventLoop pause;
        QTimer::singleShot(137 + 61 * (i % 5), &pause, &QEventLoop::quit);
        pause.exec();
    }
    std::sort(delays.begin(), delays.end());
    const double median = delays.at(delays.size() / 2);
    const double worst = delays.constLast();
    err << "    median " << seconds(median) << ", max " << seconds(worst) << Qt::endl;
    report.add({ QStringLiteral("delay incident on desk A -> visible on desk B (median of %1)")
                     .arg(options.samples),
                 seconds(median) + QStringLiteral(", max ") + seconds(worst), QString(), QString(),
                 QStringLiteral("< 2 s"), verdict(worst < kDelayTarget_s) });

    report.note(QStringLiteral(
                    "Desk A's journal: one incident.create for every nine viewing events (%1 "
                    "events in all), "
                    "written beforehand in transactions of 1,000. Push: SyncEngine::push as "
                    "`vigiectl sync` "
                    "runs it: reads the SQLite journal, checks each entry's hash and link, "
                    "multi-row INSERT "
                    "per batch; central's trigger checks every entry again (SHA-256 in PL/pgSQL) "
                    "and projects "
                    "the incidents into `records`. Wall %2, CPU of this process %3 s (the rest is "
                    "PostgreSQL's).")
                    .arg(grouped(double(total)), seconds(pushSeconds))
                    .arg(pushCpu, 0, 'f', 1));
    report.note(QStringLiteral("COPY baseline: the same rows read from the same SQLite journal "
                               "and sent by one COPY (libpq) into a table with the same columns "
                               "and no key, index, trigger or check."));
    report.note(QStringLiteral(
        "Pull: desk B, fresh, stores each event in its journal under desk A's chain (hash and link "
        "checked again) and projects the incidents through IncidentService::project."));
    report.note(QStringLiteral(
                    "Delay: IncidentService::create on desk A until IncidentService::find on desk "
                    "B returns "
                    "it, both SyncService threads running (poll of the local journal every %1 ms, "
                    "LISTEN/NOTIFY from central), same machine, loopback.")
                    .arg(settingsA.poll_ms));
    out << '\n';
    report.printText(out, machine);
    if (options.markdown) {
        out << '\n';
        const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                                   QStringLiteral("ddd MMM d HH:mm:ss 'UTC' yyyy"));
        report.printMarkdown(out, machine, date);
    }
    return 0;
}

} // namespace vigie::bench
