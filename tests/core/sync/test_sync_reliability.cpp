// The sync when things go wrong: the syncing process killed with SIGKILL in the middle of a
// batch, PostgreSQL stopped in the middle of a sync. The desks keep working, the next sync
// completes, and every side holds exactly the same events, none twice.
#include "core/sync/sync_worker.h"
#include "tests/core/sync/sync_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace vigie;
using vigie::test::CentralDb;
using vigie::test::Desk;
using vigie::test::requireSameRegister;
using vigie::test::waitUntil;

namespace {

// A sync_runner child and the batches it reported as committed.
class Runner
{
public:
    Runner(const Desk &desk, const CentralDb &central, int batch)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("batch"))
                    ++m_batches;
                else if (line.startsWith("done"))
                    m_done = true;
            }
        });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(VIGIE_SYNC_RUNNER),
                        { desk.databasePath(), desk.id, central.deskUri(desk.id).toString(),
                          QString::number(batch) });
        REQUIRE(m_process.waitForStarted(10000));
    }
    ~Runner()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Kills it with SIGKILL once it has committed `batches` batches; false if it finished first.
    bool killAfter(int batches)
    {
        REQUIRE(waitUntil(
            [&] {
                return m_batches >= batches || m_done || m_process.state() == QProcess::NotRunning;
            },
            120000));
        const bool midway = !m_done && m_process.state() != QProcess::NotRunning;
        m_process.kill(); // SIGKILL
        REQUIRE(m_process.waitForFinished(10000));
        return midway;
    }

    void finish()
    {
        REQUIRE(m_process.waitForFinished(120000));
        CHECK(m_process.exitCode() == 0);
        CHECK(m_done);
    }

private:
    QProcess m_process;
    int m_batches = 0;
    bool m_done = false;
};

// A PostgreSQL of the test's own, so that stopping it disturbs no other test.
class OwnServer
{
public:
    explicit OwnServer(const QStringList &options = {})
        : m_dir(QStringLiteral(VIGIE_BINARY_DIR "/pg-crash-")
                + QUuid::createUuid().toString(QUuid::Id128).left(12))
    {
        REQUIRE(QProcess::execute(QStringLiteral(VIGIE_PG_THROWAWAY),
                                  QStringList { QStringLiteral("start"), m_dir } + options)
                == 0);
        QFile file(m_dir + QStringLiteral("/uri"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto uri = sync::CentralUri::parse(QString::fromUtf8(file.readAll().trimmed()));
        REQUIRE(uri.ok());
        m_uri = uri.value();
    }
    ~OwnServer() { run(QStringLiteral("stop")); }

    bool run(const QString &command)
    {
        return QProcess::execute(QStringLiteral(VIGIE_PG_THROWAWAY), { command, m_dir }) == 0;
    }
    const sync::CentralUri &uri() const { return m_uri; }
    const QString &dir() const { return m_dir; }

private:
    QString m_dir;
    sync::CentralUri m_uri;
};

} // namespace

TEST_CASE("a sync killed with SIGKILL mid-batch resumes with nothing lost or doubled", "[sync]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    for (int i = 0; i < 5; ++i)
        a.logIncident(QStringLiteral("Incident %1 avant la coupure").arg(i));
    a.appendNotes(6000);

    int killedMidway = 0;
    for (int round = 1; round <= 3; ++round) {
        Runner pushing(a, central, 50);
        killedMidway += pushing.killAfter(round * 5) ? 1 : 0;
        const qint64 held = central.count(
            QStringLiteral("SELECT COUNT(*) FROM events WHERE workstation = 'CSU-A'"));
        // Central holds a prefix of A's chain, in whole batches.
        CHECK(central.count(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events WHERE"
                                           " workstation = 'CSU-A'"))
              == held);
        CHECK(central.count(QStringLiteral("SELECT last_seq FROM workstations WHERE id = 'CSU-A'"))
              == held);
    }
    CHECK(killedMidway > 0);
    Runner pushed(a, central, 50);
    pushed.finish();
    CHECK(sync::SyncEngine::waiting(*a.db, a.id) == 0);

    // Desk B pulls, killed in the middle too.
    int pullKilledMidway = 0;
    for (int round = 1; round <= 2; ++round) {
        Runner pulling(b, central, 50);
        pullKilledMidway += pulling.killAfter(round * 10) ? 1 : 0;
    }
    CHECK(pullKilledMidway > 0);
    b.sync(central);
    a.sync(central);
    CHECK(b.incidentRows().size() == 5);
    requireSameRegister(central, { &a, &b });
}

TEST_CASE("PostgreSQL stopped mid-sync: the desks keep working and converge", "[sync]")
{
    OwnServer server;
    CentralDb central(server.uri(), -1);
    Desk a(QStringLiteral("CSU-A"));
    a.seedUsers();
    a.sync(central);
    Desk b(QStringLiteral("CSU-B"));
    b.pullFull(central);
    a.appendNotes(4000);
    a.logIncident(QStringLiteral("Avant la panne"));

    sync::SyncSettings settings;
    settings.databasePath = a.databasePath();
    settings.workstation = a.id;
    settings.uri = central.deskUri(a.id);
    settings.poll_ms = 50;
    settings.full_ms = 500;
    settings.retry_ms = 200;
    settings.batchSize = 50;
    sync::SyncService service(settings);
    sync::SyncStatus status;
    bool crashed = false;
    qint64 pushedBeforeCrash = 0;
    QObject::connect(&service, &sync::SyncService::statusChanged,
                     [&](const sync::SyncStatus &s) { status = s; });
    QObject::connect(&service, &sync::SyncService::progress, [&](const sync::SyncReport &r) {
        if (!crashed && r.pushed > 0) {
            crashed = true;
            pushedBeforeCrash = r.pushed;
            REQUIRE(server.run(QStringLiteral("crash")));
        }
    });
    service.start();
    REQUIRE(waitUntil([&] { return crashed; }, 60000));
    REQUIRE(waitUntil([&] { return status.state == sync::SyncStatus::State::Offline; }, 60000));
    CHECK_FALSE(status.lastError.isEmpty());
    CHECK(status.waiting > 0);
    CHECK(pushedBeforeCrash < 4000);

    // Both desks keep working while central is down.
    a.logIncident(QStringLiteral("Pendant la panne, poste A"));
    b.logIncident(QStringLiteral("Pendant la panne, poste B"));

    REQUIRE(server.run(QStringLiteral("resume")));
    REQUIRE(waitUntil(
        [&] { return status.state == sync::SyncStatus::State::Connected && status.waiting == 0; },
        120000));
    CHECK(status.lastSuccess.isValid());

    b.sync(central);
    a.sync(central);
    CHECK(a.incidentRows().size() == 3);
    requireSameRegister(central, { &a, &b });
}

TEST_CASE("the central link speaks TLS and refuses a server it cannot verify", "[sync][tls]")
{
    OwnServer server({ QStringLiteral("--ssl") });
    sync::CentralUri secure = server.uri();
    secure.sslMode = QStringLiteral("verify-full");
    secure.sslRootCert = server.dir() + QStringLiteral("/ca.crt");
    CentralDb central(secure, -1);
    {
        auto link = central.link();
        QSqlQuery q(link->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        REQUIRE(q.next());
        CHECK(q.value(0).toBool()); // the session is encrypted
    }
    Desk a(QStringLiteral("CSU-A"));
    a.seedUsers();
    a.logIncident(QStringLiteral("Signalé par liaison chiffrée"));
    a.sync(central);
    Desk b(QStringLiteral("CSU-B"));
    b.pullFull(central);
    requireSameRegister(central, { &a, &b });
    REQUIRE(b.incidentRows().size() == 1);
    CHECK(b.incidentRows().first().contains(QStringLiteral("Signalé par liaison chiffrée")));

    // A CA file whose name has a space and a quote is one file name, and a file name cannot
    // carry another option: "ca.crt sslmode=disable" would have turned TLS off.
    QTemporaryDir odd;
    const QString oddDir = odd.filePath(QStringLiteral("autorité d'a c"));
    REQUIRE(QDir().mkpath(oddDir));
    REQUIRE(QFile::copy(secure.sslRootCert, oddDir + QStringLiteral("/ca.crt")));
    sync::CentralUri oddName = central.uri();
    oddName.sslRootCert = oddDir + QStringLiteral("/ca.crt");
    CHECK(sync::CentralLink::open(oddName).ok());
    sync::CentralUri injected = central.uri();
    injected.sslRootCert = odd.filePath(QStringLiteral("none.crt sslmode=disable"));
    const auto injectedLink = sync::CentralLink::open(injected);
    CHECK_FALSE(injectedLink.ok());

    // A certificate from another authority: the link is refused, and says why.
    QTemporaryDir other;
    const QString otherCa = other.filePath(QStringLiteral("other-ca.crt"));
    REQUIRE(QProcess::execute(
                QStringLiteral("openssl"),
                { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                  QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=Another CA"),
                  QStringLiteral("-keyout"), other.filePath(QStringLiteral("other-ca.key")),
                  QStringLiteral("-out"), otherCa })
            == 0);
    sync::CentralUri impostor = central.uri();
    impostor.sslRootCert = otherCa;
    const auto refused = sync::CentralLink::open(impostor);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(QStringLiteral("sslmode")));
}
