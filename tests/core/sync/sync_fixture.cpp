#include "tests/core/sync/sync_fixture.h"

#include "core/sync/central_verify.h"

#include <QFile>
#include <QSqlError>
#include <QUuid>

namespace vigie::test {

sync::CentralUri fixtureServerUri()
{
    QFile file(QStringLiteral(VIGIE_BINARY_DIR "/pg-test/uri"));
    INFO("the postgres fixture writes " << file.fileName().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto uri = sync::CentralUri::parse(QString::fromUtf8(file.readAll().trimmed()));
    REQUIRE(uri.ok());
    return uri.value();
}

CentralDb::CentralDb(int schema) : CentralDb(fixtureServerUri(), schema) { }

CentralDb::CentralDb(const sync::CentralUri &server, int schema) : m_server(server)
{
    // The throwaway server trusts loopback: no keyring is consulted.
    qputenv("PGPASSWORD", "trust");
    m_uri = server;
    m_uri.database
        = QStringLiteral("vigie_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        auto admin = sync::CentralLink::open(m_server);
        INFO(admin.error().toStdString());
        REQUIRE(admin.ok());
        QSqlQuery q(admin.value()->connection());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(QStringLiteral("CREATE DATABASE ") + m_uri.database));
    }
    if (schema != 0) {
        auto central = link();
        auto created = sync::CentralSchema::init(central->connection(), schema);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
    }
}

CentralDb::~CentralDb()
{
    auto admin = sync::CentralLink::open(m_server);
    if (!admin.ok())
        return; // the server a test stopped took its databases with it
    QSqlQuery q(admin.value()->connection());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_uri.database));
}

std::unique_ptr<sync::CentralLink> CentralDb::link() const
{
    auto opened = sync::CentralLink::open(m_uri);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return opened.take();
}

qint64 CentralDb::count(const QString &sql) const
{
    auto central = link();
    QSqlQuery q(central->connection());
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList CentralDb::chains() const
{
    auto central = link();
    QSqlQuery q(central->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT workstation || ':' || seq || ':' || hash FROM events"
                                  " ORDER BY workstation, seq")));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    return rows;
}

Desk::Desk(QString workstation) : id(std::move(workstation))
{
    db = openDatabase(databasePath());
    journal = std::make_unique<journal::Journal>(*db, id);
    auth = std::make_unique<access::AuthService>(*db, *journal, systemClock(),
                                                 access::LockoutPolicy {}, kTestHashIterations);
    policy = std::make_unique<access::AccessPolicy>(*db, *journal);
    shifts = std::make_unique<records::ShiftService>(*db, *journal, *policy);
    incidents = std::make_unique<records::IncidentService>(*db, *journal, *policy, *shifts);
}

void Desk::seedUsers()
{
    auto first = auth->createFirstAdmin({ QStringLiteral("admin"),
                                          QStringLiteral("Administrateur"),
                                          QStringLiteral("ADM-1"),
                                          { access::Role::Admin } },
                                        QStringLiteral("mot-de-passe-1"));
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    const access::User admin = first.value();
    auto make = [&](const char *login, const char *name, const char *matricule,
                    QList<access::Role> roles) {
        auto created = auth->createUser(
            admin,
            { QLatin1String(login), QString::fromUtf8(name), QLatin1String(matricule), roles },
            QStringLiteral("mot-de-passe-1"));
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        return created.value();
    };
    make("cmartin", "Camille Martin", "OP-0142", { access::Role::Operator });
    make("kbenali", "Karim Benali", "CS-0007",
         { access::Role::Operator, access::Role::Supervisor });
    const access::Habilitation valid { QStringLiteral("Le maire d'Antony"),
                                       QStringLiteral("arrêté 2026-114"),
                                       { QStringLiteral("92002") },
                                       QDate::currentDate().addMonths(-3),
                                       QDate::currentDate().addYears(1) };
    for (const char *login : { "cmartin", "kbenali" })
        REQUIRE(policy->setHabilitation(admin, QLatin1String(login), valid).ok());
}

void seedAndStartBackup(Desk &a, Desk &b, const CentralDb &central)
{
    a.seedUsers();
    a.sync(central);
    b.pullFull(central);
}

access::User Desk::user(const QString &login) const
{
    const auto found = auth->findUser(login);
    INFO("user " << login.toStdString() << " on " << id.toStdString());
    REQUIRE(found.has_value());
    return *found;
}

records::Incident Desk::logIncident(const QString &description, const QString &login)
{
    records::IncidentDraft d;
    d.cameraNumber = 4;
    d.place = QStringLiteral("Parking du marché, niveau -1");
    d.inseeCode = QStringLiteral("92002");
    d.category = QStringLiteral("tranquillity");
    d.subcategory = QStringLiteral("tranquillity.gathering");
    d.description = description;
    auto created = incidents->create(user(login), d);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    return created.value();
}

void Desk::appendNotes(int count)
{
    Status written = store::inTransaction(db->connection(), [&]() -> Status {
        for (int i = 0; i < count; ++i) {
            auto e = journal->append(
                { QStringLiteral("cmartin"),
                  QStringLiteral("note.add"),
                  QStringLiteral("note"),
                  QString::number(i),
                  QString(),
                  { { QStringLiteral("text"),
                      QStringLiteral("Ronde n°%1, « RAS » \"ok\"\n").arg(i) } } });
            if (!e.ok())
                return e.status();
        }
        return Status::success();
    });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
}

sync::SyncReport Desk::sync(const CentralDb &central, int batchSize)
{
    auto link = central.link();
    sync::SyncEngine engine(*db, link->connection(), id, sync::ProjectorRegistry::standard(),
                            sync::SyncEngine::Options { batchSize, {} });
    auto report = engine.syncOnce();
    INFO(id.toStdString() << ": " << report.error().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

sync::SyncReport Desk::pullFull(const CentralDb &central)
{
    auto link = central.link();
    sync::SyncEngine engine(*db, link->connection(), id);
    auto report = engine.pullFull();
    INFO(id.toStdString() << ": " << report.error().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

qint64 Desk::count(const QString &sql) const
{
    QSqlQuery q(db->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QStringList Desk::chains() const
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT workstation || ':' || seq || ':' || hash FROM journal"
                                  " ORDER BY workstation, seq")));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    return rows;
}

QStringList Desk::incidentRows() const
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT number || '|' || description || '|' || status || '|'"
                                  " || concurrent_edits FROM incidents ORDER BY number")));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    return rows;
}

void requireSameRegister(const CentralDb &central, const QList<Desk *> &desks)
{
    const QStringList held = central.chains();
    for (Desk *desk : desks) {
        INFO("desk " << desk->id.toStdString());
        CHECK(desk->chains() == held);
        CHECK(desk->count(QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT uuid) FROM journal"))
              == 0);
        CHECK(desk->journal->verify().ok());
        CHECK(desk->incidentRows() == desks.first()->incidentRows());
    }
    CHECK(central.count(QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT uuid) FROM events")) == 0);
    auto link = central.link();
    auto verified = sync::CentralVerify::run(link->connection());
    REQUIRE(verified.ok());
    INFO(verified.value().summary().toStdString());
    CHECK(verified.value().ok());
}

} // namespace vigie::test
