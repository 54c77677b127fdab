// vigiectl runs the same core rules as the GUI: in-process here, on a temporary data folder.
#include "app/ctl/ctl.h"
#include "core/access/auth_service.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QProcess>
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
    const CtlRun added = runCtl({ QStringLiteral("--data-dir"), data, QStringLiteral("user"),
                                  QStringLiteral("add"), QStringLiteral("jdupont"),
                                  QStringLiteral("--name"), QStringLiteral("Jeanne Dupont"),
                                  QStringLiteral("--role"), QStringLiteral("operator,supervisor") },
                                QStringLiteral("veille-de-nuit\n"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);

    const CtlRun listed = runCtl(
        { QStringLiteral("--data-dir"), data, QStringLiteral("user"), QStringLiteral("list") });
    CHECK(listed.out.contains(QStringLiteral("jdupont\tJeanne Dupont\t\toperator,supervisor")));

    auto db = test::openDatabase(data + QStringLiteral("/vigie.db"));
    access::AuthService auth(*db);
    CHECK(auth.authenticate(QStringLiteral("jdupont"), QStringLiteral("veille-de-nuit")).kind
          == access::LoginOutcome::Kind::Success);
}

TEST_CASE("vigiectl refuses a weak password and bad usage with a message in French", "[ctl]")
{
    QTemporaryDir dir;
    const CtlRun weak = runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"),
                                 QStringLiteral("add"), QStringLiteral("jdupont"),
                                 QStringLiteral("--name"), QStringLiteral("J") },
                               QStringLiteral("court\n"));
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
    REQUIRE(runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"),
                     QStringLiteral("seed") })
                .code
            == 0);
    runCtl({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("user"),
             QStringLiteral("passwd"), QStringLiteral("operateur") },
           QStringLiteral("nouveau-secret-1\n"));
    const CtlRun good = runCtl({ QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("journal"), QStringLiteral("verify") });
    INFO(good.err.toStdString());
    CHECK(good.code == 0);
    CHECK(good.out.contains(QStringLiteral("3"))); // two users created, one password changed

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
