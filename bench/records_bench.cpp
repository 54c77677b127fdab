#include "bench/records_bench.h"

#include "bench/bench_report.h"
#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/journal/journal.h"
#include "core/records/incident_service.h"
#include "core/records/incident_typology.h"
#include "core/records/shift_service.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <vector>

namespace vigie::bench {
namespace {

constexpr double kSearchTarget_ms = 100.0;
constexpr int kRepeats = 15;

struct Options
{
    int incidents = 100000;
    QString parentDir = QDir::tempPath();
    bool markdown = false;
    bool keep = false;
};

// Words of real main courante entries, so that FTS sees a realistic vocabulary.
const char *const kWords[] = {
    "regroupement",   "bruyant",  "hall",      "vol",       "roulotte", "utilitaire",
    "rixe",           "blessé",   "tag",       "façade",    "rodéo",    "scooter",
    "ivresse",        "voie",     "publique",  "dépôt",     "sauvage",  "encombrant",
    "accident",       "matériel", "piéton",    "incendie",  "poubelle", "véhicule",
    "stationnement",  "gênant",   "bus",       "couloir",   "alarme",   "intrusion",
    "école",          "gymnase",  "police",    "nationale", "pompiers", "patrouille",
    "interpellation", "individu", "casquette", "capuche",   "vélo",     "moto",
};

QString sentence(QRandomGenerator &random, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts.append(QString::fromUtf8(kWords[random.bounded(int(std::size(kWords)))]));
    return parts.join(QLatin1Char(' '));
}

struct Timing
{
    double p50_ms = 0;
    double p95_ms = 0;
    int rows = 0;
};

Timing timeIt(const std::function<int()> &run)
{
    std::vector<double> samples;
    Timing timing;
    run(); // warm the page cache and the prepared statements
    for (int i = 0; i < kRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        timing.rows = run();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    timing.p50_ms = percentile(samples, 0.5);
    timing.p95_ms = percentile(samples, 0.95);
    return timing;
}

QString ms(const Timing &t)
{
    return QStringLiteral("%1 ms (p95 %2, %3 rows)")
        .arg(QString::number(t.p50_ms, 'f', 1), QString::number(t.p95_ms, 'f', 1))
        .arg(t.rows);
}

int bareCount(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, number, description FROM bare_incidents WHERE ") + where
              + QStringLiteral(" ORDER BY occurred_ms DESC LIMIT 500"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    int rows = 0;
    if (q.exec()) {
        while (q.next())
            ++rows;
    }
    return rows;
}

} // namespace

int runRecordsBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--incidents") && i + 1 < args.size()) {
            options.incidents = qMax(1000, args.at(++i).toInt());
        } else if (arg == QLatin1String("--dir") && i + 1 < args.size()) {
            options.parentDir = args.at(++i);
        } else if (arg == QLatin1String("--markdown")) {
            options.markdown = true;
        } else if (arg == QLatin1String("--keep")) {
            options.keep = true;
        } else {
            out << "vigie-bench records [--incidents N] [--dir DIR] [--markdown] [--keep]\n"
                << "  --incidents N  incidents recorded before searching (default 100000)\n"
                << "  --dir DIR      where vigie.db is written (default: the temp folder)\n"
                << "  --keep         keep vigie.db afterwards (to study a query plan)\n";
            return arg == QLatin1String("--help") ? 0 : 2;
        }
    }
    QTemporaryDir dir(QDir(options.parentDir).filePath(QStringLiteral("vigie-bench-XXXXXX")));
    if (!dir.isValid()) {
        err << "vigie-bench records: cannot create a folder in " << options.parentDir << '\n';
        return 1;
    }
    dir.setAutoRemove(!options.keep);
    const MachineInfo machine = MachineInfo::probe(dir.path());
    auto opened = store::Database::open(dir.filePath(QStringLiteral("vigie.db")));
    if (!opened.ok()) {
        err << "vigie-bench records: " << opened.error() << '\n';
        return 1;
    }
    store::Database &db = *opened.value();
    QDateTime now(QDate(2026, 11, 25), QTime(23, 10), QTimeZone("Europe/Paris"));
    const Clock clock = [&now] {
        return now;
    };
    journal::Journal journal(db, QStringLiteral("CSU-BENCH"), clock);
    access::AuthService auth(db, journal, clock);
    access::AccessPolicy policy(db, journal, clock);
    records::ShiftService shifts(db, journal, policy, clock);
    records::IncidentService incidents(db, journal, policy, shifts, clock);

    auto admin = auth.createFirstAdmin({ QStringLiteral("admin"),
                                         QStringLiteral("Administrateur"),
                                         QStringLiteral("ADM-1"),
                                         { access::Role::Admin } },
                                       QStringLiteral("mot-de-passe-bench"));
    auto created = admin.ok() ? auth.createUser(admin.value(),
                                                { QStringLiteral("cmartin"),
                                                  QStringLiteral("Camille Martin"),
                                                  QStringLiteral("OP-0142"),
                                                  { access::Role::Operator } },
                                                QStringLiteral("mot-de-passe-bench"))
                              : Result<access::User>(admin.status());
    if (!created.ok() || !admin.ok()) {
        err << "vigie-bench records: cannot create the users\n";
        return 1;
    }
    const access::User operatorUser = created.value();
    const Status habilitated = policy.setHabilitation(admin.value(), operatorUser.login,
                                                      { QStringLiteral("Le maire"),
                                                        QStringLiteral("arrêté bench"),
                                                        { QStringLiteral("92002") },
                                                        QDate(2026, 1, 1),
                                                        QDate(2030, 1, 1) });
    if (!habilitated.ok()) {
        err << "vigie-bench records: " << habilitated.error() << '\n';
        return 1;
    }

    QStringList leaves;
    const records::IncidentTypology typology = records::IncidentTypology::load(db);
    for (const records::Category &top : typology.topLevel()) {
        for (const records::Category &sub : typology.children(top.code))
            leaves.append(sub.code);
    }

    // Recording is not what is measured here (see `vigie-bench journal`): the file syncs
    // lazily while the register fills, then goes back to synchronous FULL.
    QSqlQuery pragma(db.connection());
    pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    err << "vigie-bench records: recording " << grouped(options.incidents)
        << " incidents through IncidentService in " << dir.path() << Qt::endl;
    QRandomGenerator random(20261125);
    const QDateTime first = now.addDays(-3 * 365);
    QElapsedTimer seeding;
    seeding.start();
    for (int i = 0; i < options.incidents; ++i) {
        now = first.addSecs(qint64(i) * (3LL * 365 * 24 * 3600) / options.incidents);
        records::IncidentDraft d;
        d.occurredAt = now;
        d.cameraNumber = 1 + random.bounded(750);
        d.place = QStringLiteral("Rue %1, Antony").arg(random.bounded(400));
        d.inseeCode = QStringLiteral("92002");
        d.subcategory = leaves.value(random.bounded(int(leaves.size())));
        d.category = d.subcategory.section(QLatin1Char('.'), 0, 0);
        d.description = sentence(random, 6 + random.bounded(10));
        d.closed = random.bounded(10) != 0;
        d.outcome = d.closed ? sentence(random, 4) : QString();
        if (i == options.incidents / 2)
            d.description += QStringLiteral(" roulotte utilitaire immatriculé FG-482-KL");
        auto recorded = incidents.create(operatorUser, d);
        if (!recorded.ok()) {
            err << "vigie-bench records: incident " << i << ": " << recorded.error() << '\n';
            return 1;
        }
        if ((i + 1) % 20000 == 0)
            err << "  " << grouped(i + 1) << " recorded" << Qt::endl;
    }
    const double seeding_s = double(seeding.elapsed()) / 1000.0;
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    // The baseline: the same rows in a table with neither index nor full-text index.
    QSqlQuery copy(db.connection());
    if (!copy.exec(QStringLiteral(
            "CREATE TABLE bare_incidents AS SELECT id, number, occurred_ms, category,"
            " subcategory, camera_number, place, description, outcome, status FROM incidents"))) {
        err << "vigie-bench records: cannot copy the rows for the baseline\n";
        return 1;
    }
    pragma.exec(QStringLiteral("ANALYZE"));

    const QDateTime day = first.addDays(500);
    struct Question
    {
        QString name;
        records::IncidentFilter filter;
        QString where;
        QVariantList values;
    };
    QList<Question> questions;
    auto ask = [&](const QString &name, const records::IncidentFilter &filter, const QString &where,
                   const QVariantList &values) {
        questions.append({ name, filter, where, values });
    };
    records::IncidentFilter f;
    f.text = QStringLiteral("roulotte utilitaire FG-482-KL");
    ask(QStringLiteral("three words (one incident)"), f,
        QStringLiteral("description LIKE ? AND description LIKE ? AND description LIKE ?"),
        { QStringLiteral("%roulotte%"), QStringLiteral("%utilitaire%"),
          QStringLiteral("%FG-482-KL%") });
    f = {};
    f.text = QStringLiteral("interpel");
    ask(QStringLiteral("a word prefix (many incidents, newest 500)"), f,
        QStringLiteral("description LIKE ? OR outcome LIKE ?"),
        { QStringLiteral("%interpel%"), QStringLiteral("%interpel%") });
    f = {};
    f.category = leaves.value(0).section(QLatin1Char('.'), 0, 0);
    ask(QStringLiteral("a category and its sub-categories"), f, QStringLiteral("category = ?"),
        { f.category });
    f = {};
    f.cameraNumber = 42;
    ask(QStringLiteral("one camera"), f, QStringLiteral("camera_number = ?"), { 42 });
    f = {};
    f.from = day;
    f.to = day.addDays(1);
    ask(QStringLiteral("one day"), f, QStringLiteral("occurred_ms >= ? AND occurred_ms < ?"),
        { day.toMSecsSinceEpoch(), day.addDays(1).toMSecsSinceEpoch() });
    f = {};
    f.status = records::Incident::Status::Open;
    ask(QStringLiteral("open incidents"), f, QStringLiteral("status = ?"),
        { QStringLiteral("open") });
    f = {};
    f.text = QStringLiteral("scooter");
    f.category = leaves.value(0).section(QLatin1Char('.'), 0, 0);
    f.from = first.addDays(200);
    f.to = first.addDays(400);
    ask(QStringLiteral("word + category + 200 days"), f,
        QStringLiteral(
            "description LIKE ? AND category = ? AND occurred_ms >= ? AND occurred_ms < ?"),
        { QStringLiteral("%scooter%"), f.category, f.from.toMSecsSinceEpoch(),
          f.to.toMSecsSinceEpoch() });
    f = {};
    ask(QStringLiteral("no filter (newest 500)"), f, QStringLiteral("1"), {});

    Report report(QStringLiteral("Incident search (main courante)"));
    double worst_ms = 0;
    for (const Question &q : std::as_const(questions)) {
        err << "  " << q.name << Qt::endl;
        const Timing vigie = timeIt([&] {
            const auto found = incidents.search(operatorUser, q.filter);
            return found.ok() ? int(found.value().size()) : -1;
        });
        const Timing bare = timeIt([&] { return bareCount(db.connection(), q.where, q.values); });
        worst_ms = std::max(worst_ms, vigie.p95_ms);
        report.add(
            { QStringLiteral("search %1 of %2: %3")
                  .arg(QStringLiteral("p50"), grouped(options.incidents), q.name),
              ms(vigie), ms(bare), costRatioOfDurations(vigie.p50_ms, bare.p50_ms),
              QStringLiteral("< 100 ms"),
              vigie.p95_ms < kSearchTarget_ms ? Measure::Verdict::Met : Measure::Verdict::NotMet });
    }
    report.note(QStringLiteral("Vigie: IncidentService::search (FTS5 on the text fields, indexes "
                               "on time, category, camera, status; rows decoded into Incident "
                               "records, at most 500, newest first). Baseline: the same rows "
                               "copied into a table without any index, the same questions with "
                               "LIKE, id, number and description only. %1 of the repeated runs "
                               "after one warm-up; the verdict is on the p95.")
                    .arg(kRepeats));
    report.note(QStringLiteral("Recording the %1 incidents through IncidentService (journal + "
                               "row + FTS, synchronous OFF while filling): %2 s, %3.")
                    .arg(grouped(options.incidents), QString::number(seeding_s, 'f', 1),
                         rate(options.incidents, seeding_s, QStringLiteral("incidents/s"))));
    report.print(out, machine, options.markdown);
    if (options.keep)
        err << "kept " << dir.path() << '\n';
    return worst_ms < kSearchTarget_ms ? 0 : 1;
}

} // namespace vigie::bench
