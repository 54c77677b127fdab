#include "tests/core/sync/sync_fixture.h"

#include "core/sync/central_enrolment.h"
#include "core/sync/central_verify.h"
#include "core/sync/enrolled_keys.h"

#include <QFile>
#include <QSqlError>
#include <QUuid>

namespace vigie::test {
namespace {

// libpq's password file for this process: the superuser's line (the server trusts it on
// loopback), then each enrolled workstation's. PGPASSWORD would override it for every role.
QString passwordFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("pgpass"));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("*:*:*:vigie:trust\n");
        out.close();
        REQUIRE(out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", file.toLocal8Bit());
        return file;
    }();
    return path;
}

} // namespace

void CentralDb::rememberPassword(const sync::CentralUri &uri, const QString &password)
{
    // libpq takes the first line that matches: a new password replaces the role's old one.
    const QByteArray key = QStringLiteral("%1:%2:%3:%4:")
                               .arg(uri.host)
                               .arg(uri.port)
                               .arg(uri.database, uri.user)
                               .toUtf8();
    QFile file(passwordFile());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArrayList lines = file.readAll().split('\n');
    file.close();
    lines.removeIf([&](const QByteArray &line) { return line.isEmpty() || line.startsWith(key); });
    lines.append(key + password.toUtf8());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n') + '\n');
}

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
    // The throwaway server trusts its superuser on loopback: no keyring is consulted.
    passwordFile();
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
    // The roles belong to the cluster, not to the database: dropped after it.
    QStringList roles;
    if (auto owner = sync::CentralLink::open(m_uri); owner.ok()) {
        QSqlQuery q(owner.value()->connection());
        if (q.exec(QStringLiteral("SELECT role FROM workstations WHERE role IS NOT NULL"
                                  " UNION ALL SELECT vigie_desk_group()"))) {
            while (q.next())
                roles.append(q.value(0).toString());
        }
    }
    auto admin = sync::CentralLink::open(m_server);
    if (!admin.ok())
        return; // the server a test stopped took its databases with it
    QSqlQuery q(admin.value()->connection());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_uri.database));
    for (const QString &role : std::as_const(roles))
        q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
}

sync::CentralUri CentralDb::deskUri(const QString &workstation) const
{
    if (const auto known = m_desks.constFind(workstation); known != m_desks.cend())
        return *known;
    auto owner = link();
    auto enrolled = sync::CentralEnrolment::enroll(owner->connection(), workstation);
    INFO(enrolled.error().toStdString());
    REQUIRE(enrolled.ok());
    sync::CentralUri desk = m_uri;
    desk.user = enrolled.value().role;
    rememberPassword(desk, enrolled.value().password);
    m_desks.insert(workstation, desk);
    return desk;
}

std::unique_ptr<sync::CentralLink> CentralDb::deskLink(const QString &workstation) const
{
    auto opened = sync::CentralLink::open(deskUri(workstation));
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return opened.take();
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

Desk::Desk(QString workstation, Clock clock) : id(std::move(workstation))
{
    db = openDatabase(databasePath());
    journal = std::make_unique<journal::Journal>(*db, id, clock);
    auth = std::make_unique<access::AuthService>(*db, *journal, clock, access::LockoutPolicy {},
                                                 kTestHashIterations);
    policy = std::make_unique<access::AccessPolicy>(*db, *journal, clock);
    shifts = std::make_unique<records::ShiftService>(*db, *journal, *policy, clock);
    incidents = std::make_unique<records::IncidentService>(*db, *journal, *policy, *shifts, clock);
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

void Desk::enrollKey(const CentralDb &central)
{
    auto link = central.link();
    const auto key = journal->publicKey();
    INFO(id.toStdString() << ": " << key.error().toStdString());
    REQUIRE(key.ok());
    const Status enrolled = sync::EnrolledKeys::enroll(link->connection(), id, key.value());
    INFO(enrolled.error().toStdString());
    REQUIRE(enrolled.ok());
}

sync::SyncReport Desk::sync(const CentralDb &central, int batchSize)
{
    enrollKey(central);
    auto link = central.deskLink(id);
    sync::SyncEngine engine(*db, link->connection(), id, sync::ProjectorRegistry::standard(),
                            sync::SyncEngine::Options { batchSize, {} });
    auto report = engine.syncOnce();
    INFO(id.toStdString() << ": " << report.error().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

sync::SyncReport Desk::pullFull(const CentralDb &central)
{
    enrollKey(central);
    auto link = central.deskLink(id);
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
