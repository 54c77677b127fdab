// vigiectl runs the same core rules as the GUI: in-process here, on a temporary data folder.
#include "app/ctl/ctl.h"
#include "core/access/auth_service.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_health.h"
#include "core/journal/journal.h"
#include "core/journal/journal_reader.h"
#include "core/records/journal_words.h"
#include "core/records/shift_log.h"
#include "core/records/shift_service.h"
#include "core/store/database.h"
#include "tests/support/onvif_simulator.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
};

CtlRun runCtl(const QStringList &args, const QString &stdinText = QString())
{
    CtlRun run;
    QString input = stdinText;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream in(&input);
    run.code = ctl::run(args, { out, err, in });
    out.flush();
    err.flush();
    return run;
}

// An empty register's first administrator, "admin" / "admin-de-nuit".
void initAdmin(const QString &data)
{
    const CtlRun init = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("init"),
                                 QStringLiteral("--admin"), QStringLiteral("admin"),
                                 QStringLiteral("--name"), QStringLiteral("Administrateur") },
                               QStringLiteral("admin-de-nuit\n"));
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
}

void seedDemo(const QString &data)
{
    const CtlRun seeded = runCtl(
        { QStringLiteral("--data-dir"), data, QStringLiteral("demo"), QStringLiteral("seed") });
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.code == 0);
}

QStringList journalActions(const QString &data, QStringList *users = nullptr)
{
    auto db = test::openDatabase(data + QStringLiteral("/vigie.db"));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action, user_login FROM journal ORDER BY seq")));
    QStringList actions;
    while (q.next()) {
        actions.append(q.value(0).toString());
        if (users)
            users->append(q.value(1).toString());
    }
    return actions;
}

// The camera directory's changes journaled after the first `entries` entries.
QStringList directoryChanges(const QString &data, int entries)
{
    return journalActions(data).mid(entries).filter(
        QRegularExpression(QStringLiteral("^camera\\.")));
}

QStringList logins(const QString &data)
{
    const CtlRun listed = runCtl(
        { QStringLiteral("--data-dir"), data, QStringLiteral("user"), QStringLiteral("list") });
    QStringList list;
    for (const QString &line : listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list.append(line.section(QLatin1Char('\t'), 0, 0));
    return list;
}

} // namespace

TEST_CASE("vigiectl prints its version", "[ctl]")
{
    const CtlRun run = runCtl({ QStringLiteral("--version") });
    CHECK(run.code == 0);
    CHECK(run.out.startsWith(QStringLiteral("vigiectl ")));
    CHECK(runCtl({ QStringLiteral("version") }).out == run.out);
}

TEST_CASE("vigiectl creates a user whose password works in the GUI's login", "[ctl]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    initAdmin(data);
    // The administrator's password, then the new user's.
    const CtlRun added = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("user"),
                                  QStringLiteral("add"), QStringLiteral("jdupont"),
                                  QStringLiteral("--name"), QStringLiteral("Jeanne Dupont"),
                                  QStringLiteral("--role"), QStringLiteral("operator,supervisor"),
                                  QStringLiteral("--user"), QStringLiteral("admin") },
                                QStringLiteral("admin-de-nuit\nveille-de-nuit\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);

    const CtlRun listed = runCtl(
        { QStringLiteral("--data-dir"), data, QStringLiteral("user"), QStringLiteral("list") });
    CHECK(listed.out.contains(QStringLiteral("jdupont\tJeanne Dupont\t\toperator,supervisor")));

    auto db = test::openDatabase(data + QStringLiteral("/vigie.db"));
    journal::Journal journal(*db, QStringLiteral("CSU-TEST"));
    access::AuthService auth(*db, journal);
    CHECK(auth.authenticate(QStringLiteral("jdupont"), QStringLiteral("veille-de-nuit")).kind
          == access::LoginOutcome::Kind::Success);
}

TEST_CASE("vigiectl refuses a weak password and bad usage with a message in French", "[ctl]")
{
    QTemporaryDir dir;
    initAdmin(dir.path());
    const CtlRun weak
        = runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"),
                   QStringLiteral("add"), QStringLiteral("jdupont"), QStringLiteral("--name"),
                   QStringLiteral("J"), QStringLiteral("--user"), QStringLiteral("admin") },
                 QStringLiteral("admin-de-nuit\ncourt\n"));
    CHECK(weak.code == 1);
    CHECK(weak.err.contains(QStringLiteral("8")));
    CHECK_FALSE(weak.err.contains(QStringLiteral("must have")));

    const CtlRun unknown
        = runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("frobnicate") });
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));

    const CtlRun role
        = runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"),
                   QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--name"),
                   QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("pilote") },
                 QStringLiteral("long-enough-1\n"));
    CHECK(role.code == 2);
    CHECK(role.err.contains(QStringLiteral("pilote")));
}

TEST_CASE("vigiectl seeds the demo and lists its cameras", "[ctl]")
{
    QTemporaryDir dir;
    const CtlRun seeded
        = runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"),
                   QStringLiteral("seed"), QStringLiteral("--rtsp-port"), QStringLiteral("8600") });
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.code == 0);
    const CtlRun cameras = runCtl({ QStringLiteral("--data-dir"), dir.path(),
                                    QStringLiteral("camera"), QStringLiteral("list") });
    CHECK(cameras.out.count(QLatin1Char('\n')) == 6);
    CHECK(cameras.out.contains(QStringLiteral("rtsp://127.0.0.1:8600/cam06/sub")));
    CHECK(runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"),
                   QStringLiteral("seed"), QStringLiteral("--rtsp-port"), QStringLiteral("99999") })
              .code
          == 2);
}

TEST_CASE("vigiectl journal verify says the journal holds, and names a tampered entry",
          "[ctl][journal]")
{
    QTemporaryDir dir;
    seedDemo(dir.path());
    REQUIRE(runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"),
                     QStringLiteral("passwd"), QStringLiteral("operateur"),
                     QStringLiteral("--user"), QStringLiteral("administrateur") },
                   QStringLiteral("administrateur\nnouveau-secret-1\n"))
                .code
            == 0);
    const CtlRun good = runCtl({ QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("journal"), QStringLiteral("verify") });
    INFO(good.err.toStdString());
    CHECK(good.code == 0);
    // Six users created (the administrator, the operator, two chefs de salle, a municipal
    // police agent and an ASVP), five habilitations, four camera groups and six cameras, three
    // NATINF offences, the demo landlord's convention, the administrator's authentication, one
    // password changed.
    INFO(good.out.toStdString());
    CHECK(good.out.contains(QStringLiteral(" 27 ")));

    QProcess sqlite;
    sqlite.start(
        QStringLiteral("sqlite3"),
        { dir.filePath(QStringLiteral("vigie.db")),
          QStringLiteral("DROP TRIGGER journal_no_update;"
                         "UPDATE journal SET user_login = 'superviseur' WHERE seq = 2;") });
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    const CtlRun bad = runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("journal"),
                                QStringLiteral("verify") });
    CHECK(bad.code == 3);
    CHECK(bad.err.contains(QStringLiteral(" 2 ")));
}

TEST_CASE("vigiectl journal verify --head confirms a head printed on a shift log, or says it moved",
          "[ctl][journal][signature]")
{
    QTemporaryDir dir;
    seedDemo(dir.path());
    const CtlRun key = runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("journal"),
                                QStringLiteral("key") });
    REQUIRE(key.code == 0);
    const QString workstation = key.out.section(QLatin1Char(' '), 0, 0);
    REQUIRE_FALSE(workstation.isEmpty());
    QString hash;
    {
        auto db = test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
        const auto held = journal::JournalReader(*db).hashAt(workstation, 3);
        REQUIRE(held.ok());
        REQUIRE(held.value());
        hash = QString::fromLatin1(*held.value());
    }
    auto verifyHead = [&](const QString &head) {
        return runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"),
                        QStringLiteral("en"), QStringLiteral("journal"), QStringLiteral("verify"),
                        QStringLiteral("--head"), head });
    };
    const CtlRun good = verifyHead(QStringLiteral("%1:3:%2").arg(workstation, hash));
    INFO(good.err.toStdString());
    CHECK(good.code == 0);
    CHECK(good.out.contains(QStringLiteral("is in the chain")));
    QString other = hash;
    other[0] = other[0] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    const CtlRun moved = verifyHead(QStringLiteral("%1:3:%2").arg(workstation, other));
    CHECK(moved.code == 3);
    CHECK(moved.err.contains(QStringLiteral("does not match")));
    CHECK(moved.err.contains(hash));
    const CtlRun missing = verifyHead(QStringLiteral("%1:9999:%2").arg(workstation, hash));
    CHECK(missing.code == 3);
    CHECK(missing.err.contains(QStringLiteral("no entry 9999")));
    CHECK(verifyHead(QStringLiteral("n'importe quoi")).code != 0);
}

TEST_CASE("vigiectl records and lists incidents as an authenticated user", "[ctl][incident]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    seedDemo(data);
    const QStringList add {
        QStringLiteral("--data-dir"),    data,
        QStringLiteral("incident"),      QStringLiteral("add"),
        QStringLiteral("--user"),        QStringLiteral("operateur"),
        QStringLiteral("--category"),    QStringLiteral("traffic"),
        QStringLiteral("--subcategory"), QStringLiteral("traffic.nuisance_parking"),
        QStringLiteral("--camera"),      QStringLiteral("2"),
        QStringLiteral("--description"), QStringLiteral("Livraison en double file devant la gare"),
        QStringLiteral("--partner"),     QStringLiteral("police_municipale")
    };
    const CtlRun wrong = runCtl(add, QStringLiteral("mauvais\n"));
    CHECK(wrong.code == 1);
    CHECK_FALSE(wrong.err.isEmpty());
    const CtlRun added = runCtl(add, QStringLiteral("operateur\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(added.out.contains(QStringLiteral("-00001")));

    const CtlRun listed = runCtl(
        { QStringLiteral("--data-dir"), data, QStringLiteral("incident"), QStringLiteral("list"),
          QStringLiteral("--user"), QStringLiteral("operateur"), QStringLiteral("--text"),
          QStringLiteral("double file"), QStringLiteral("--format"), QStringLiteral("json") },
        QStringLiteral("operateur\n"));
    REQUIRE(listed.code == 0);
    const QJsonArray incidents = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(incidents.size() == 1);
    const QJsonObject incident = incidents.first().toObject();
    CHECK(incident.value(QStringLiteral("camera_number")).toInt() == 2);
    // The place comes from the camera directory when not given.
    CHECK(incident.value(QStringLiteral("place")).toString()
          == QStringLiteral("Avenue de la Gare x rue Mounié"));
    CHECK(incident.value(QStringLiteral("partners")).toArray().size() == 1);
}

TEST_CASE("vigiectl exports a shift log for supervisors only, and journals the export",
          "[ctl][shiftlog]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    seedDemo(data);
    REQUIRE(runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("incident"),
                     QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("operateur"),
                     QStringLiteral("--category"), QStringLiteral("dumping"),
                     QStringLiteral("--description"), QStringLiteral("Matelas abandonné") },
                   QStringLiteral("operateur\n"))
                .code
            == 0);
    const QString csv = dir.filePath(QStringLiteral("log.csv"));
    QStringList exportArgs {
        QStringLiteral("--data-dir"), data,
        QStringLiteral("shift"),      QStringLiteral("export"),
        QStringLiteral("--user"),     QStringLiteral("operateur"),
        QStringLiteral("--from"),     QDate::currentDate().addDays(-1).toString(Qt::ISODate),
        QStringLiteral("--to"),       QDate::currentDate().addDays(2).toString(Qt::ISODate),
        QStringLiteral("--format"),   QStringLiteral("csv"),
        QStringLiteral("--output"),   csv
    };
    const CtlRun refused = runCtl(exportArgs, QStringLiteral("operateur\n"));
    CHECK(refused.code == 1);
    CHECK_FALSE(QFile::exists(csv));
    exportArgs[5] = QStringLiteral("superviseur");
    const CtlRun exported = runCtl(exportArgs, QStringLiteral("superviseur\n"));
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Matelas abandonné")));
    CHECK(text.contains(QStringLiteral("Ville d'Antony")));
    const CtlRun verified = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("journal"),
                                     QStringLiteral("verify") });
    CHECK(verified.code == 0);
}

TEST_CASE("vigiectl changes rights only as an authenticated user who holds them", "[ctl][rights]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    initAdmin(data);
    auto as = [&](const QString &login, QStringList args) {
        return QStringList { QStringLiteral("--data-dir"), data } + args
            + QStringList { QStringLiteral("--user"), login };
    };
    const QStringList addIntruder { QStringLiteral("user"),   QStringLiteral("add"),
                                    QStringLiteral("intrus"), QStringLiteral("--name"),
                                    QStringLiteral("Intrus"), QStringLiteral("--role"),
                                    QStringLiteral("admin") };
    REQUIRE(runCtl(as(QStringLiteral("admin"),
                      { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cmartin"),
                        QStringLiteral("--name"), QStringLiteral("Camille Martin") }),
                   QStringLiteral("admin-de-nuit\nbonne-nuit-42\n"))
                .code
            == 0);
    const QStringList usersBefore = logins(data);

    SECTION("no login: refused, whoever $USER says they are")
    {
        const QByteArray savedUser = qgetenv("USER");
        qputenv("USER", "admin");
        qputenv("SUDO_USER", "admin");
        const CtlRun added
            = runCtl(QStringList { QStringLiteral("--data-dir"), data } + addIntruder,
                     QStringLiteral("admin-de-nuit\nlong-enough-1\n"));
        const CtlRun unlocked = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("user"),
                                         QStringLiteral("unlock"), QStringLiteral("cmartin") });
        const CtlRun purged = runCtl({ QStringLiteral("--data-dir"), data,
                                       QStringLiteral("journal"), QStringLiteral("purge") });
        qputenv("USER", savedUser);
        qunsetenv("SUDO_USER");
        for (const CtlRun &run : { added, unlocked, purged }) {
            CHECK(run.code == 1);
            CHECK(run.err.contains(QStringLiteral("--user")));
        }
        QStringList users;
        const QStringList actions = journalActions(data, &users);
        CHECK_FALSE(actions.contains(QStringLiteral("user.unlock")));
        CHECK_FALSE(actions.contains(QStringLiteral("incident.purge")));
        for (const QString &user : users)
            CHECK_FALSE(user.startsWith(QStringLiteral("local:")));
    }
    SECTION("a wrong password: refused and journaled as a failed attempt of that command")
    {
        const CtlRun added = runCtl(as(QStringLiteral("admin"), addIntruder),
                                    QStringLiteral("devine\nlong-enough-1\n"));
        CHECK(added.code == 1);
        CHECK_FALSE(added.err.isEmpty());
        CHECK(journalActions(data).last() == QStringLiteral("session.login_failed"));
    }
    SECTION("a user without the right: refused by core, journaled as that user")
    {
        const CtlRun added = runCtl(as(QStringLiteral("cmartin"), addIntruder),
                                    QStringLiteral("bonne-nuit-42\nlong-enough-1\n"));
        CHECK(added.code == 1);
        CHECK(added.err.contains(QStringLiteral("gérer les utilisateurs")));
        const CtlRun purged = runCtl(
            as(QStringLiteral("cmartin"), { QStringLiteral("journal"), QStringLiteral("purge") }),
            QStringLiteral("bonne-nuit-42\n"));
        CHECK(purged.code == 1);
        const CtlRun passwd = runCtl(
            as(QStringLiteral("cmartin"),
               { QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin") }),
            QStringLiteral("bonne-nuit-42\npris-en-main-1\n"));
        CHECK(passwd.code == 1);
        QStringList users;
        const QStringList actions = journalActions(data, &users);
        CHECK(actions.count(QStringLiteral("access.refused")) == 3);
        CHECK(users.last() == QStringLiteral("cmartin"));
        // The administrator's password still works.
        CHECK(runCtl(as(QStringLiteral("admin"),
                        { QStringLiteral("user"), QStringLiteral("unlock"),
                          QStringLiteral("cmartin") }),
                     QStringLiteral("admin-de-nuit\n"))
                  .code
              == 0);
    }
    SECTION("a locked administrator, then a disabled one")
    {
        for (int i = 0; i < 5; ++i)
            runCtl(as(QStringLiteral("admin"), addIntruder), QStringLiteral("devine\n"));
        const CtlRun locked = runCtl(as(QStringLiteral("admin"), addIntruder),
                                     QStringLiteral("admin-de-nuit\nlong-enough-1\n"));
        CHECK(locked.code == 1);
        CHECK(locked.err.contains(QStringLiteral("verrouillé")));
        auto db = test::openDatabase(data + QStringLiteral("/vigie.db"));
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE users SET locked_until_ms = NULL, active = 0 WHERE login = 'admin'")));
        const CtlRun disabled = runCtl(as(QStringLiteral("admin"), addIntruder),
                                       QStringLiteral("admin-de-nuit\nlong-enough-1\n"));
        CHECK(disabled.code == 1);
        CHECK(disabled.err.contains(QStringLiteral("désactivé")));
    }
    SECTION("a second first administrator")
    {
        const CtlRun init = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("init"),
                                     QStringLiteral("--admin"), QStringLiteral("intrus"),
                                     QStringLiteral("--name"), QStringLiteral("Intrus") },
                                   QStringLiteral("long-enough-1\n"));
        CHECK(init.code == 1);
        CHECK(init.err.contains(QStringLiteral("administrateur")));
        CHECK(journalActions(data).last() == QStringLiteral("access.refused"));
    }
    SECTION("the demo seeded over real data")
    {
        const CtlRun seeded = runCtl(
            { QStringLiteral("--data-dir"), data, QStringLiteral("demo"), QStringLiteral("seed") });
        CHECK(seeded.code == 1);
        CHECK(seeded.err.contains(QStringLiteral("démonstration")));
        CHECK_FALSE(logins(data).contains(QStringLiteral("operateur")));
    }
    // Whatever was tried, nobody was added.
    CHECK(logins(data) == usersBefore);
}

TEST_CASE("vigiectl lets users change their own password with the current one", "[ctl][rights]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    seedDemo(data);
    const QStringList passwd { QStringLiteral("--data-dir"), data,
                               QStringLiteral("user"),       QStringLiteral("passwd"),
                               QStringLiteral("operateur"),  QStringLiteral("--user"),
                               QStringLiteral("operateur") };
    // The current password from VIGIE_PASSWORD, the new one from standard input; the variable
    // is gone once read.
    qputenv("VIGIE_PASSWORD", "operateur");
    const CtlRun changed = runCtl(passwd, QStringLiteral("veille-de-nuit\n"));
    CHECK(qgetenv("VIGIE_PASSWORD").isEmpty());
    INFO(changed.err.toStdString());
    REQUIRE(changed.code == 0);
    CHECK(runCtl(passwd, QStringLiteral("operateur\nautre-chose-1\n")).code == 1);
    CHECK(runCtl(passwd, QStringLiteral("veille-de-nuit\nautre-chose-1\n")).code == 0);
}

TEST_CASE("a vigiectl command is journaled as such and not listed as a login to the desk",
          "[ctl][shiftlog]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    const QDateTime from = QDateTime::currentDateTime().addSecs(-60);
    seedDemo(data);
    REQUIRE(
        runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("incident"),
                 QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("operateur") },
               QStringLiteral("operateur\n"))
            .code
        == 0);
    QStringList users;
    const QStringList actions = journalActions(data, &users);
    CHECK(actions.last() == QStringLiteral("session.command"));
    CHECK_FALSE(actions.contains(QStringLiteral("session.login")));

    auto db = test::openDatabase(data + QStringLiteral("/vigie.db"));
    records::ShiftLogFilter filter;
    filter.from = from;
    filter.to = QDateTime::currentDateTime().addSecs(60);
    const auto log = records::ShiftLogBuilder(*db).build(filter);
    REQUIRE(log.ok());
    REQUIRE_FALSE(log.value().entries.isEmpty());
    const records::ShiftLogEntry &entry = log.value().entries.last();
    CHECK(entry.login == QStringLiteral("operateur"));
    CHECK(entry.user == QStringLiteral("Camille Martin (OP-0142)"));
    CHECK(entry.kind != records::JournalWords::action(QStringLiteral("session.login")));
    CHECK(entry.kind.contains(QStringLiteral("vigiectl")));
    CHECK(entry.text.contains(QStringLiteral("incident list")));
    CHECK(entry.technical); // in the shift log's annex, not among the team's logins
}

TEST_CASE("vigiectl lists incidents with their place and sub-category, and lists the shifts",
          "[ctl][incident][shift]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    REQUIRE(runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("demo"),
                     QStringLiteral("seed") })
                .code
            == 0);
    REQUIRE(runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("incident"),
                     QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("operateur"),
                     QStringLiteral("--category"), QStringLiteral("traffic"),
                     QStringLiteral("--subcategory"), QStringLiteral("traffic.nuisance_parking"),
                     QStringLiteral("--camera"), QStringLiteral("2"),
                     QStringLiteral("--description"), QStringLiteral("Double file") },
                   QStringLiteral("operateur\n"))
                .code
            == 0);
    const CtlRun incidents
        = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("--lang"),
                   QStringLiteral("fr"), QStringLiteral("incident"), QStringLiteral("list"),
                   QStringLiteral("--user"), QStringLiteral("operateur") },
                 QStringLiteral("operateur\n"));
    REQUIRE(incidents.code == 0);
    CHECK(incidents.out.contains(
        QStringLiteral("Circulation et stationnement / Stationnement gênant")));
    CHECK(incidents.out.contains(QStringLiteral("Avenue de la Gare x rue Mounié")));

    // A shift opened by the demo's chef and handed over, as the desk would.
    QString shiftId;
    {
        auto db = test::openDatabase(QDir(data).filePath(QStringLiteral("vigie.db")));
        journal::Journal journal(*db, QStringLiteral("CSU-CTL"));
        access::AuthService auth(*db, journal);
        access::AccessPolicy policy(*db, journal);
        records::ShiftService shifts(*db, journal, policy);
        const auto chef = auth.findUser(QStringLiteral("superviseur"));
        REQUIRE(chef);
        auto opened = shifts.open(*chef, access::ShiftSchedule::defaultSchedule(), chef->login,
                                  { { chef->login, chef->matricule, QStringLiteral("chef") } });
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        shiftId = opened.value().id;
        REQUIRE(shifts
                    .handOver(*chef, shiftId,
                              { QStringLiteral("RAS"), QString(), QString(), QString() })
                    .ok());
    }
    const QStringList list { QStringLiteral("--data-dir"), data,
                             QStringLiteral("--lang"),     QStringLiteral("fr"),
                             QStringLiteral("shift"),      QStringLiteral("list"),
                             QStringLiteral("--user"),     QStringLiteral("operateur") };
    const CtlRun shifts = runCtl(list, QStringLiteral("operateur\n"));
    INFO(shifts.err.toStdString());
    REQUIRE(shifts.code == 0);
    const QStringList lines = shifts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    const QStringList cells = lines.first().split(QLatin1Char('\t'));
    REQUIRE(cells.size() == 6);
    CHECK(cells[0] == shiftId);
    CHECK(cells[4] == QStringLiteral("Karim Benali (CS-0007)"));
    CHECK(cells[5] == QStringLiteral("consignes passées, en attente du chef de salle entrant"));

    QStringList json = list;
    json << QStringLiteral("--format") << QStringLiteral("json");
    const CtlRun listed = runCtl(json, QStringLiteral("operateur\n"));
    REQUIRE(listed.code == 0);
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(array.size() == 1);
    const QJsonObject shift = array.first().toObject();
    CHECK(shift.value(QStringLiteral("id")).toString() == shiftId);
    CHECK(shift.value(QStringLiteral("chef")).toString() == QStringLiteral("superviseur"));
    CHECK(shift.value(QStringLiteral("status")).toString() == QStringLiteral("handed_over"));
    CHECK(QDateTime::fromString(shift.value(QStringLiteral("starts_at")).toString(), Qt::ISODate)
              .isValid());
}

TEST_CASE("vigiectl changes a camera only as an administrator, never with credentials",
          "[ctl][cameras][security]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    seedDemo(data);
    const QStringList setUrl { QStringLiteral("--data-dir"),
                               data,
                               QStringLiteral("camera"),
                               QStringLiteral("set"),
                               QStringLiteral("3"),
                               QStringLiteral("--main"),
                               QStringLiteral("rtsp://203.0.113.9/live"),
                               QStringLiteral("--user") };
    auto cameraLine = [&] {
        const CtlRun listed = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                                       QStringLiteral("list") });
        for (const QString &line : listed.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("003")))
                return line;
        }
        return QString();
    };
    const QString before = cameraLine();
    REQUIRE(before.contains(QStringLiteral("/cam03/main")));

    // A chef de salle is refused, in French, and the refusal is journaled.
    const CtlRun chef = runCtl(setUrl + QStringList { QStringLiteral("superviseur") },
                               QStringLiteral("superviseur\n"));
    CHECK(chef.code == 1);
    CHECK(chef.err.contains(QStringLiteral("répertoire des caméras")));
    CHECK(journalActions(data).constLast() == QStringLiteral("access.refused"));
    CHECK(cameraLine() == before);
    // Without a password, nothing happens either.
    CHECK(
        runCtl(setUrl + QStringList { QStringLiteral("administrateur") }, QStringLiteral("faux\n"))
            .code
        == 1);
    // Credentials never enter the directory.
    const CtlRun withPassword
        = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                   QStringLiteral("set"), QStringLiteral("3"), QStringLiteral("--main"),
                   QStringLiteral("rtsp://admin:12345@10.0.0.3/live"), QStringLiteral("--user"),
                   QStringLiteral("administrateur") },
                 QStringLiteral("administrateur\n"));
    CHECK(withPassword.code == 1);
    CHECK(withPassword.err.contains(QStringLiteral("mot de passe")));
    CHECK(cameraLine() == before);

    // The administrator moves it to another commune: an event of its own.
    const CtlRun moved = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                                  QStringLiteral("set"), QStringLiteral("3"),
                                  QStringLiteral("--insee"), QStringLiteral("92019"),
                                  QStringLiteral("--user"), QStringLiteral("administrateur") },
                                QStringLiteral("administrateur\n"));
    INFO(moved.err.toStdString());
    REQUIRE(moved.code == 0);
    CHECK(cameraLine().contains(QStringLiteral("\t92019\t")));
    QStringList users;
    const QStringList actions = journalActions(data, &users);
    CHECK(actions.constLast() == QStringLiteral("camera.insee"));
    CHECK(users.constLast() == QStringLiteral("administrateur"));
    const CtlRun added = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                                  QStringLiteral("add"), QStringLiteral("40"),
                                  QStringLiteral("--name"), QStringLiteral("Gymnase"),
                                  QStringLiteral("--main"), QStringLiteral("rtsp://10.0.0.40/main"),
                                  QStringLiteral("--group"), QStringLiteral("Équipements"),
                                  QStringLiteral("--user"), QStringLiteral("administrateur") },
                                QStringLiteral("administrateur\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                   QStringLiteral("list") })
              .out.contains(QStringLiteral("040\tGymnase\tÉquipements")));
}

TEST_CASE("vigiectl lists the refused reference changes to an administrator only",
          "[ctl][security]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    seedDemo(data);
    {
        // An event of another desk, authored by an operator, as the sync would receive it.
        auto db = test::openDatabase(data + QStringLiteral("/vigie.db"));
        REQUIRE(test::receiveForgedAdmin(*db, QStringLiteral("operateur")).ok());
        CHECK_FALSE(access::AuthService::loadUser(*db, QStringLiteral("intrus")));
    }
    const QStringList refusals { QStringLiteral("--data-dir"), data, QStringLiteral("journal"),
                                 QStringLiteral("refusals"), QStringLiteral("--user") };
    const CtlRun byOperator = runCtl(refusals + QStringList { QStringLiteral("operateur") },
                                     QStringLiteral("operateur\n"));
    CHECK(byOperator.code == 1);
    CHECK_FALSE(byOperator.out.contains(QStringLiteral("intrus")));
    const CtlRun byAdmin = runCtl(refusals + QStringList { QStringLiteral("administrateur") },
                                  QStringLiteral("administrateur\n"));
    CHECK(byAdmin.code == 3);
    CHECK(byAdmin.out.contains(QStringLiteral("CSU-B:42\toperateur\tuser.create\tintrus")));
    CHECK(byAdmin.out.contains(QStringLiteral("gérer les utilisateurs")));
}

TEST_CASE("vigiectl discovers an ONVIF camera and prints the streams to add", "[ctl][onvif]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    // The demo's cameras on another loopback host than the simulated one.
    const CtlRun seeded = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("demo"),
                                   QStringLiteral("seed"), QStringLiteral("--rtsp-host"),
                                   QStringLiteral("127.0.0.2") });
    REQUIRE(seeded.code == 0);
    test::OnvifSimulator simulator;
    const QStringList discover {
        QStringLiteral("--data-dir"), data,
        QStringLiteral("camera"),     QStringLiteral("discover"),
        QStringLiteral("--timeout"),  QStringLiteral("1"),
        QStringLiteral("--probe"),    QStringLiteral("127.0.0.1:%1").arg(simulator.discoveryPort())
    };
    const CtlRun found = runCtl(discover);
    INFO(found.err.toStdString());
    REQUIRE(found.code == 0);
    CHECK(found.out
          == simulator.deviceUrl().toString()
              + QStringLiteral("\tHIKVISION DS-2CD2143G2-I\tDS-2CD2143G2-I\tcity/Antony\n"));

    const QStringList onvif { QStringLiteral("--data-dir"),
                              data,
                              QStringLiteral("camera"),
                              QStringLiteral("onvif"),
                              simulator.deviceUrl().toString(),
                              QStringLiteral("--onvif-user"),
                              simulator.user };
    const CtlRun device = runCtl(onvif, simulator.password + QLatin1Char('\n'));
    INFO(device.err.toStdString());
    REQUIRE(device.code == 0);
    const QString mainUrl = QStringLiteral(
        "rtsp://127.0.0.1:554/Streaming/Channels/101?transportmode=unicast&profile=Profile_1");
    const QString subUrl = QStringLiteral(
        "rtsp://127.0.0.1:554/Streaming/Channels/102?transportmode=unicast&profile=Profile_2");
    CHECK(device.out.contains(QStringLiteral("HIKVISION")));
    CHECK(device.out.contains(QStringLiteral("--main ") + mainUrl + QStringLiteral(" --sub ")
                              + subUrl));
    // With its ONVIF address and PTZ, what the desk's PTZ keys need.
    CHECK(device.out.contains(QStringLiteral(" --onvif ") + simulator.deviceUrl().toString()
                              + QStringLiteral(" --ptz oui")));
    CHECK_FALSE(device.out.contains(simulator.password));

    // A wrong password: told in French, nothing printed as if it had worked.
    const CtlRun refused = runCtl(onvif, QStringLiteral("faux\n"));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("mot de passe")));
    CHECK_FALSE(refused.out.contains(QStringLiteral("rtsp://")));

    // Once a camera of the directory streams from that device, it is no longer new.
    const CtlRun added = runCtl(
        { QStringLiteral("--data-dir"), data, QStringLiteral("camera"), QStringLiteral("set"),
          QStringLiteral("3"), QStringLiteral("--main"), mainUrl, QStringLiteral("--sub"), subUrl,
          QStringLiteral("--onvif"), simulator.deviceUrl().toString(), QStringLiteral("--user"),
          QStringLiteral("administrateur") },
        QStringLiteral("administrateur\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const CtlRun exported
        = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                   QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json") });
    CHECK(exported.out.contains(QStringLiteral("\"onvif_url\": \"")
                                + simulator.deviceUrl().toString()));
    const CtlRun again = runCtl(discover);
    REQUIRE(again.code == 0);
    CHECK(again.out.isEmpty());
}

TEST_CASE("vigiectl imports the demo commune's cameras whole or not at all, and exports them",
          "[ctl][cameras][import]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    seedDemo(data);
    const QString csv = QStringLiteral(VIGIE_SOURCE_DIR "/resources/demo/cameras-antony.csv");
    const QStringList import { QStringLiteral("--data-dir"),    data, QStringLiteral("camera"),
                               QStringLiteral("import"),        csv,  QStringLiteral("--user"),
                               QStringLiteral("administrateur") };
    const auto cameraCount = [&] {
        return runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                        QStringLiteral("list") })
            .out.count(QLatin1Char('\n'));
    };
    const int seeded = cameraCount();
    const int entries = journalActions(data).size();
    const auto cameraChanges = [&] {
        return directoryChanges(data, entries);
    };

    // Seven bad lines: nothing is imported, and each is named with its reason, in French.
    const CtlRun whole = runCtl(import, QStringLiteral("administrateur\n"));
    CHECK(whole.code == 1);
    CHECK(whole.err.contains(QStringLiteral("Ligne 42 : le numéro de la caméra manque.")));
    CHECK(whole.err.contains(QStringLiteral("Ligne 113 : une conservation de 45 jours")));
    CHECK(whole.err.contains(QStringLiteral("Ligne 114 : ")
                             + QStringLiteral("l'adresse du flux contient un nom d'utilisateur")));
    CHECK(whole.err.contains(QStringLiteral("vigiectl camera credentials")));
    CHECK(whole.err.contains(QStringLiteral("Ligne 124 : le numéro de caméra 120 est aussi donné "
                                            "à la ligne 267.")));
    CHECK(whole.err.contains(QStringLiteral("Ligne 205 : le code INSEE")));
    CHECK(whole.err.contains(QStringLiteral("Ligne 266 : les coordonnées")));
    // Every refused line reads the same way: a small letter after the colon.
    const QRegularExpression refusedLine(QStringLiteral("Ligne \\d+ : (.)"));
    for (auto it = refusedLine.globalMatch(whole.err); it.hasNext();) {
        const QString first = it.next().captured(1);
        CHECK(first == first.toLower());
    }
    CHECK(whole.err.contains(QStringLiteral("7 lignes refusées : rien n'a été importé.")));
    CHECK_FALSE(whole.err.contains(QStringLiteral("admin:admin")));
    CHECK(cameraCount() == seeded);
    CHECK(cameraChanges().isEmpty());

    // The valid lines only: the demo's own cameras updated, the others added; exit code 3.
    const CtlRun valid = runCtl(import + QStringList { QStringLiteral("--valid-only") },
                                QStringLiteral("administrateur\n"));
    INFO(valid.err.toStdString());
    CHECK(valid.code == 3);
    CHECK(valid.out.contains(QStringLiteral("%1 caméra(s) ajoutée(s), %2 mise(s) à jour.")
                                 .arg(299 - seeded)
                                 .arg(seeded)));
    CHECK(valid.err.contains(QStringLiteral("7 lignes refusées et laissées de côté.")));
    CHECK(cameraCount() == 299);
    CHECK(cameraChanges().count(QStringLiteral("camera.add")) == 299 - seeded);
    CHECK(cameraChanges().size() == 299);

    const CtlRun csvOut = runCtl(
        { QStringLiteral("--data-dir"), data, QStringLiteral("camera"), QStringLiteral("export") });
    REQUIRE(csvOut.code == 0);
    const QStringList lines = csvOut.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 300);
    CHECK(lines.constFirst().startsWith(QStringLiteral("number;name;zone;address;")));
    CHECK(csvOut.out.contains(QStringLiteral("HSH-2025-017")));
    const CtlRun jsonOut
        = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                   QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(jsonOut.code == 0);
    CHECK(QJsonDocument::fromJson(jsonOut.out.toUtf8()).array().size() == 299);
    CHECK(runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                   QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml") })
              .code
          == 2);

    // A retired camera stays in the directory, marked so in the export.
    const CtlRun retired = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                                    QStringLiteral("retire"), QStringLiteral("7"),
                                    QStringLiteral("--user"), QStringLiteral("administrateur") },
                                  QStringLiteral("administrateur\n"));
    INFO(retired.err.toStdString());
    CHECK(retired.code == 0);
    CHECK(retired.out.contains(QStringLiteral("Caméra 7 retirée du service")));
    CHECK(journalActions(data).constLast() == QStringLiteral("camera.retire"));
    CHECK(cameraCount() == 299);
}

TEST_CASE("vigiectl refuses a camera import to an operator and a broken file to anyone",
          "[ctl][cameras][import][security]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    seedDemo(data);
    const QString path = dir.filePath(QStringLiteral("cameras.csv"));
    const auto importAs = [&](const QByteArray &content, const char *login) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        return runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                        QStringLiteral("import"), path, QStringLiteral("--valid-only"),
                        QStringLiteral("--user"), QLatin1String(login) },
                      QLatin1String(login) + QLatin1Char('\n'));
    };
    const QByteArray good = "numero;nom;flux\n50;Gymnase;rtsp://10.0.0.50/main\n";
    const int entries = journalActions(data).size();
    const auto cameraChanges = [&] {
        return directoryChanges(data, entries);
    };

    const CtlRun refused = importAs(good, "operateur");
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("répertoire des caméras")));
    CHECK(journalActions(data).constLast() == QStringLiteral("access.refused"));
    const CtlRun chef = importAs(good, "superviseur");
    CHECK(chef.code == 1);

    const CtlRun latin1 = importAs("numero;nom;flux\n50;Gymnase \xE9t\xE9;rtsp://10.0.0.50/main\n",
                                   "administrateur");
    CHECK(latin1.code == 1);
    CHECK(latin1.err.contains(QStringLiteral("n'est pas du texte UTF-8 (ligne 2)")));
    const CtlRun truncated = importAs("[{\"number\": 50, \"name\": \"Gym", "administrateur");
    CHECK(truncated.code == 1);
    CHECK(truncated.err.contains(QStringLiteral("Le fichier JSON est abîmé")));
    CHECK(cameraChanges().isEmpty());

    const CtlRun done = importAs(good, "administrateur");
    INFO(done.err.toStdString());
    CHECK(done.code == 0);
    CHECK(done.out.contains(QStringLiteral("1 caméra(s) ajoutée(s), 0 mise(s) à jour.")));
}

TEST_CASE("vigiectl camera health lists the cameras down now first and exits 3 while one is",
          "[ctl][health]")
{
    QTemporaryDir dir;
    seedDemo(dir.path());
    const QStringList base { QStringLiteral("--data-dir"), dir.path(),
                             QStringLiteral("--lang"),     QStringLiteral("fr"),
                             QStringLiteral("camera"),     QStringLiteral("health") };
    // No watch yet: every camera reads "not watched", nothing is down.
    const CtlRun empty = runCtl(base);
    INFO(empty.err.toStdString());
    CHECK(empty.code == 0);
    CHECK(empty.out.contains(QStringLiteral("non surveillée")));
    {
        // What a desk recorded: watching for two hours, camera 3 down for the last one.
        auto db = test::openDatabase(dir.filePath(QStringLiteral("vigie.db")));
        QDateTime now = QDateTime::currentDateTime().addSecs(-2 * 3600);
        cameras::CameraHealthLog health(*db, [&now] { return now; });
        REQUIRE(health.beginWatch().ok());
        now = now.addSecs(3600);
        REQUIRE(
            health
                .record(3, cameras::StreamState::Unreachable, QStringLiteral("Adresse injoignable"))
                .ok());
        now = QDateTime::currentDateTime();
        REQUIRE(health.heartbeat().ok());
    }
    const CtlRun report = runCtl(base);
    INFO(report.err.toStdString());
    CHECK(report.code == 3);
    const QStringList lines = report.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("1 caméra hors service")));
    CHECK(lines.at(1).startsWith(QStringLiteral("003 ")));
    CHECK(lines.at(1).contains(QStringLiteral("Adresse injoignable")));
    CHECK(lines.at(1).contains(QStringLiteral("5")));

    const QString pdf = dir.filePath(QStringLiteral("maintenance.pdf"));
    const CtlRun written = runCtl(base
                                  + QStringList { QStringLiteral("--format"), QStringLiteral("pdf"),
                                                  QStringLiteral("--output"), pdf });
    CHECK(written.code == 3);
    CHECK(QFile::exists(pdf));
    CHECK(runCtl(base + QStringList { QStringLiteral("--format"), QStringLiteral("csv") }).code
          == 2);
    CHECK(runCtl(base + QStringList { QStringLiteral("--days"), QStringLiteral("0") }).code == 2);
}

TEST_CASE("vigiectl sets a camera's zone, direction, owner and verbalisation flag as an "
          "administrator",
          "[ctl][cameras]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    seedDemo(data);
    auto set = [&](const QString &login, const QStringList &options) {
        return runCtl(QStringList { QStringLiteral("--data-dir"), data, QStringLiteral("--lang"),
                                    QStringLiteral("fr"), QStringLiteral("camera"),
                                    QStringLiteral("set"), QStringLiteral("4"),
                                    QStringLiteral("--user"), login }
                          + options,
                      login + QLatin1Char('\n'));
    };
    auto exported = [&] {
        return runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("camera"),
                        QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("json") })
            .out;
    };
    const CtlRun done = set(QStringLiteral("administrateur"),
                            { QStringLiteral("--zone"), QStringLiteral("Centre-ville"),
                              QStringLiteral("--address"), QStringLiteral("1 place du Marché"),
                              QStringLiteral("--bearing"), QStringLiteral("135,5"),
                              QStringLiteral("--verbalisation"), QStringLiteral("oui") });
    INFO(done.err.toStdString());
    REQUIRE(done.code == 0);
    const QJsonArray cameras = QJsonDocument::fromJson(exported().toUtf8()).array();
    QJsonObject four;
    for (const QJsonValue &value : cameras) {
        if (value.toObject().value(QStringLiteral("number")).toInt() == 4)
            four = value.toObject();
    }
    CHECK(four.value(QStringLiteral("zone")).toString() == QStringLiteral("Centre-ville"));
    CHECK(four.value(QStringLiteral("address")).toString() == QStringLiteral("1 place du Marché"));
    CHECK(four.value(QStringLiteral("bearing_deg")).toDouble() == 135.5);
    CHECK(four.value(QStringLiteral("verbalisation")).toBool());
    CHECK(journalActions(data).constLast() == QStringLiteral("camera.change"));

    const QString before = exported();
    // A bad value names its option and changes nothing.
    const CtlRun bad = set(QStringLiteral("administrateur"),
                           { QStringLiteral("--bearing"), QStringLiteral("nord-est") });
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("--bearing")));
    // A landlord's camera needs its convention.
    CHECK(set(QStringLiteral("administrateur"),
              { QStringLiteral("--owner"), QStringLiteral("bailleur") })
              .code
          == 1);
    // Only an administrator names a camera for verbalisation.
    const CtlRun chef = set(QStringLiteral("superviseur"),
                            { QStringLiteral("--verbalisation"), QStringLiteral("non") });
    CHECK(chef.code == 1);
    CHECK(journalActions(data).constLast() == QStringLiteral("access.refused"));
    CHECK(exported() == before);
}

TEST_CASE("the demo seed imports the commune's 300 cameras, reports the 7 bad lines, and leaves "
          "the six demo cameras and the landlord's as they were",
          "[ctl][demo][import]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    const QStringList seed {
        QStringLiteral("--data-dir"),
        data,
        QStringLiteral("demo"),
        QStringLiteral("seed"),
        QStringLiteral("--rtsp-port"),
        QStringLiteral("8600"),
        QStringLiteral("--directory"),
        QStringLiteral(VIGIE_SOURCE_DIR "/resources/demo/cameras-antony.csv")
    };
    const CtlRun seeded = runCtl(seed);
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.code == 0);
    // The report on the terminal: what came in, and each refused line with its reason.
    CHECK(seeded.out.contains(QStringLiteral("293 caméra(s) importée(s)")));
    CHECK(seeded.out.contains(QStringLiteral("7 ligne(s) refusée(s)")));
    CHECK(seeded.out.contains(QStringLiteral("Ligne 42 : le numéro de la caméra manque.")));
    CHECK(seeded.out.contains(QStringLiteral("Ligne 205 : le code INSEE")));
    CHECK_FALSE(seeded.out.contains(QStringLiteral("admin:admin")));

    auto db = test::openDatabase(data + QStringLiteral("/vigie.db"));
    journal::Journal journal(*db, QStringLiteral("CSU-CHECK"));
    cameras::CameraDirectory directory(*db, journal);
    CHECK(directory.cameras().size() == 299);
    // The seed's six keep their scenes and the running server; 5 and 6 stay the landlord's.
    CHECK(directory.byNumber(1)->name == QStringLiteral("Parvis de l'hôtel de ville"));
    // ... and take their place on the map from the file's lines of the same numbers.
    REQUIRE(directory.byNumber(6)->latitude);
    CHECK(*directory.byNumber(6)->latitude == Approx(48.737402));
    CHECK(directory.byNumber(6)->bearingDeg == 315.0);
    CHECK(directory.byNumber(6)->mainUrl.toString()
          == QStringLiteral("rtsp://127.0.0.1:8600/cam06/main"));
    CHECK(directory.byNumber(5)->convention == QStringLiteral("HSH-2025-017"));
    // The file's cameras play from the running server; a few are broken on purpose.
    CHECK(directory.byNumber(250)->mainUrl.toString()
          == QStringLiteral("rtsp://127.0.0.1:8600/cam250/main"));
    CHECK(directory.byNumber(41)->mainUrl.port() == 9);
    CHECK(directory.byNumber(120) == std::nullopt);
    db.reset();

    // Seeding again changes nothing of the directory.
    const int entries = journalActions(data).size();
    const CtlRun again = runCtl(seed);
    REQUIRE(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("0 caméra(s) importée(s), 293 déjà à jour")));
    // At most the seed's own six, pointed at the stream server again.
    CHECK(directoryChanges(data, entries).size() <= 6);
}
