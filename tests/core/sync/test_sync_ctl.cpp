// vigiectl's central commands against the real PostgreSQL, in-process: init, a sync that says
// what went up and came down, a backup desk started with central pull --full, sync --watch for
// a bounded number of syncs, central verify, and a link with a password refused.
#include "app/ctl/ctl.h"
#include "core/common/workstation.h"
#include "tests/core/sync/sync_fixture.h"

#include <QHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace vigie;
using vigie::test::CentralDb;

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
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n"
                                                   << run.out.toStdString() << "\n"
                                                   << run.err.toStdString());
    return run;
}

} // namespace

TEST_CASE("vigiectl syncs two data folders through central", "[sync][ctl]")
{
    CentralDb central(0); // empty: vigiectl initialises it
    // The administrator's link (the schema's owner) until each desk is enrolled.
    QString uri = central.uri().toString();
    QTemporaryDir deskA;
    QTemporaryDir deskB;
    QHash<const QTemporaryDir *, QString> links;
    auto on = [&](const QTemporaryDir &desk, QStringList args) {
        return QStringList { QStringLiteral("--data-dir"), desk.path(),
                             QStringLiteral("--lang"),     QStringLiteral("en"),
                             QStringLiteral("--central"),  links.value(&desk, uri) }
        + args;
    };
    // The administrator's own commands at central go through the owner's link, whatever the desk.
    auto asOwner = [&](const QTemporaryDir &desk, QStringList args) {
        return QStringList { QStringLiteral("--data-dir"), desk.path(),
                             QStringLiteral("--lang"),     QStringLiteral("en"),
                             QStringLiteral("--central"),  uri }
        + args;
    };
    // The administrator, on desk A, enrols `desk`, which then uses the link and the password
    // printed (its password file standing for ~/.pgpass).
    auto enroll = [&](const QTemporaryDir &desk) -> QString {
        QSettings settings(desk.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
        const CtlRun enrolled = runCtl(
            on(deskA,
               { QStringLiteral("central"), QStringLiteral("enroll"), workstationId(settings),
                 QStringLiteral("--user"), QStringLiteral("administrateur") }),
            QStringLiteral("administrateur\n"));
        INFO(enrolled.err.toStdString());
        REQUIRE(enrolled.code == 0);
        const QStringList lines = enrolled.out.trimmed().split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 4);
        const auto link = sync::CentralUri::parse(lines.at(1).section(QStringLiteral(": "), 1));
        REQUIRE(link.ok());
        CentralDb::rememberPassword(link.value(), lines.at(3));
        return link.value().toString();
    };

    CHECK(runCtl(on(deskA, { QStringLiteral("sync") })).code == 1); // not initialised yet
    REQUIRE(runCtl(on(deskA, { QStringLiteral("demo"), QStringLiteral("seed") })).code == 0);
    const QStringList initArgs { QStringLiteral("central"), QStringLiteral("init"),
                                 QStringLiteral("--user"), QStringLiteral("administrateur") };
    // Creating central's schema is an administrator's: refused to an operator.
    CHECK(runCtl(on(deskA,
                    { QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--user"),
                      QStringLiteral("operateur") }),
                 QStringLiteral("operateur\n"))
              .code
          == 1);
    CHECK(runCtl(on(deskA, { QStringLiteral("sync") })).code == 1); // still not initialised
    const CtlRun init = runCtl(on(deskA, initArgs), QStringLiteral("administrateur\n"));
    REQUIRE(init.code == 0);
    CHECK(init.out.contains(QStringLiteral("schema %1").arg(sync::CentralSchema::latestVersion())));
    CHECK(runCtl(on(deskA, initArgs), QStringLiteral("administrateur\n")).code == 1);
    // Not enrolled yet: the sync says how to be.
    const CtlRun unenrolled = runCtl(on(deskA, { QStringLiteral("sync") }));
    CHECK(unenrolled.code == 1);
    CHECK(unenrolled.err.contains(QStringLiteral("central enroll")));
    const QString linkA = enroll(deskA);
    const QString linkB = enroll(deskB);
    links.insert(&deskA, linkA);
    links.insert(&deskB, linkB);
    REQUIRE(runCtl(on(deskA,
                      { QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--user"),
                        QStringLiteral("operateur"), QStringLiteral("--category"),
                        QStringLiteral("tranquillity"), QStringLiteral("--description"),
                        QStringLiteral("Rixe devant la gare") }),
                   QStringLiteral("operateur\n"))
                .code
            == 0);
    const CtlRun up = runCtl(on(deskA, { QStringLiteral("sync") }));
    REQUIRE(up.code == 0);
    CHECK(up.out.contains(QStringLiteral("events sent")));
    CHECK_FALSE(up.out.startsWith(QStringLiteral("0 ")));

    // Each desk's public key, as `journal key` prints it there, enrolled by an administrator.
    auto enrol = [&](const QTemporaryDir &desk) {
        const CtlRun key = runCtl(on(desk, { QStringLiteral("journal"), QStringLiteral("key") }));
        REQUIRE(key.code == 0);
        const QStringList words = key.out.trimmed().split(QLatin1Char(' '));
        REQUIRE(words.size() == 2);
        CHECK(words[1].size() == 64);
        const QStringList enrolArgs {
            QStringLiteral("central"), QStringLiteral("enroll-key"), words[0], words[1],
            QStringLiteral("--user"),  QStringLiteral("operateur")
        };
        // An administrator's act: refused to an operator.
        CHECK(runCtl(asOwner(deskA, enrolArgs), QStringLiteral("operateur\n")).code == 1);
        QStringList asAdmin = enrolArgs;
        asAdmin.last() = QStringLiteral("administrateur");
        const CtlRun enrolled = runCtl(asOwner(deskA, asAdmin), QStringLiteral("administrateur\n"));
        REQUIRE(enrolled.code == 0);
        CHECK(enrolled.out.contains(words[0]));
    };
    enrol(deskA);
    enrol(deskB);

    const CtlRun full = runCtl(
        on(deskB, { QStringLiteral("central"), QStringLiteral("pull"), QStringLiteral("--full") }));
    REQUIRE(full.code == 0);
    CHECK(full.out.contains(QStringLiteral("events received")));
    const CtlRun listed = runCtl(on(deskB,
                                    { QStringLiteral("incident"), QStringLiteral("list"),
                                      QStringLiteral("--user"), QStringLiteral("operateur") }),
                                 QStringLiteral("operateur\n"));
    REQUIRE(listed.code == 0);
    CHECK(listed.out.contains(QStringLiteral("Rixe devant la gare")));

    // The login just journaled on desk B goes up with the watching sync.
    const CtlRun watched = runCtl(
        on(deskB,
           { QStringLiteral("sync"), QStringLiteral("--watch"), QStringLiteral("--interval"),
             QStringLiteral("0.2"), QStringLiteral("--count"), QStringLiteral("2") }));
    CHECK(watched.code == 0);
    CHECK(watched.out.contains(QStringLiteral("1 event sent")));

    links.clear(); // the administrator's link again
    const CtlRun verified
        = runCtl(on(deskA, { QStringLiteral("central"), QStringLiteral("verify") }));
    CHECK(verified.code == 0);
    CHECK(verified.out.contains(QStringLiteral("2 chain(s)")));

    const CtlRun secret = runCtl(
        { QStringLiteral("--data-dir"), deskA.path(), QStringLiteral("--central"),
          QStringLiteral("postgresql://vigie:secret@127.0.0.1/vigie"), QStringLiteral("sync") });
    CHECK(secret.code == 1);
    CHECK(secret.err.contains(QStringLiteral("mot de passe")));
}

TEST_CASE("vigiectl central enroll takes the desk's key with its role, or neither", "[sync][ctl]")
{
    CentralDb central;
    QTemporaryDir admin;
    QTemporaryDir desk;
    auto run = [&](const QTemporaryDir &dir, QStringList args, const QString &input = {}) {
        return runCtl(QStringList { QStringLiteral("--data-dir"), dir.path(),
                                    QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("--central"), central.uri().toString() }
                          + args,
                      input);
    };
    REQUIRE(run(admin, { QStringLiteral("demo"), QStringLiteral("seed") }).code == 0);
    const CtlRun key = run(desk, { QStringLiteral("journal"), QStringLiteral("key") });
    REQUIRE(key.code == 0);
    const QStringList words = key.out.trimmed().split(QLatin1Char(' '));
    REQUIRE(words.size() == 2);
    auto enroll = [&](const QString &publicKey) {
        return run(admin,
                   { QStringLiteral("central"), QStringLiteral("enroll"), words[0],
                     QStringLiteral("--public-key"), publicKey, QStringLiteral("--user"),
                     QStringLiteral("administrateur") },
                   QStringLiteral("administrateur\n"));
    };
    const QString roles = QStringLiteral("SELECT COUNT(*) FROM workstations WHERE id = '%1'"
                                         " AND role IS NOT NULL")
                              .arg(words[0]);

    // Not a key: refused before any role is made.
    const CtlRun bad = enroll(QStringLiteral("pas-une-cle"));
    CHECK(bad.code == 1);
    CHECK(central.count(roles) == 0);

    const CtlRun enrolled = enroll(words[1]);
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.code == 0);
    CHECK(enrolled.out.contains(QStringLiteral("Key of workstation %1 enrolled").arg(words[0])));
    CHECK(enrolled.out.contains(QStringLiteral("enrolled at central as role")));
    CHECK(central.count(roles) == 1);
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) FROM workstations WHERE id = '%1'"
                                       " AND public_key = '%2'")
                            .arg(words[0], words[1]))
          == 1);
}
