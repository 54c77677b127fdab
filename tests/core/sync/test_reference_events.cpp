// Reference data (accounts, habilitations, cameras, typology) reaches the other desks only as
// journal events whose author holds the right on the receiving desk, through a real central
// PostgreSQL. Attacks from a dishonest desk: a forged administrator, a camera pointed elsewhere
// by a non-administrator, a password hash rewritten in the SQLite file. Each is refused where
// it matters, flagged, and the legitimate changes still arrive.
#include "core/access/password_hasher.h"
#include "core/access/reference_gate.h"
#include "core/cameras/camera_directory.h"
#include "core/records/incident_typology.h"
#include "tests/core/sync/sync_fixture.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace vigie;
using vigie::test::CentralDb;
using vigie::test::Desk;

namespace {

QJsonObject adminAccount(const QString &password)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return { { QStringLiteral("display_name"), QStringLiteral("Intrus") },
             { QStringLiteral("matricule"), QStringLiteral("X-1") },
             { QStringLiteral("roles"), QStringLiteral("admin") },
             { QStringLiteral("password_hash"),
               access::hashPassword(password, test::kTestHashIterations) },
             { QStringLiteral("active"), true },
             { QStringLiteral("created_at_ms"), now },
             { QStringLiteral("password_changed_at_ms"), now } };
}

// What a dishonest desk (or anyone with its files) can write: an entry of its own chain,
// hashed and chained like any other, under any author name.
void forge(Desk &desk, const QString &author, const QString &action, const QString &objectType,
           const QString &objectId, const QJsonObject &payload)
{
    const auto written
        = desk.journal->record({ author, action, objectType, objectId, QString(), payload });
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
}

cameras::Camera gare()
{
    cameras::Camera camera;
    camera.number = 12;
    camera.name = QStringLiteral("Parvis de la gare");
    camera.inseeCode = QStringLiteral("92002");
    camera.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.12/main"));
    return camera;
}

} // namespace

TEST_CASE("a new administrator forged by a desk is refused by the others and shown to their "
          "administrators",
          "[sync][security][reference]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    REQUIRE(access::ReferenceGate::count(*b.db) == 0); // a's own accounts all arrived

    // On desk B: an operator "creates" an administrator, a user unknown anywhere gives the
    // operator the admin role, and a second "first administrator" turns up.
    QJsonObject promoted = adminAccount(QStringLiteral("mot-de-passe-1"));
    promoted.insert(QStringLiteral("display_name"), QStringLiteral("Camille Martin"));
    forge(b, QStringLiteral("cmartin"), QStringLiteral("user.create"),
          QLatin1String(access::kAccountObject), QStringLiteral("intrus"),
          adminAccount(QStringLiteral("intrus-pass-1")));
    forge(b, QStringLiteral("fantome"), QStringLiteral("user.roles"),
          QLatin1String(access::kAccountObject), QStringLiteral("cmartin"), promoted);
    QJsonObject second = adminAccount(QStringLiteral("intrus-pass-1"));
    second.insert(QStringLiteral("first_admin"), true);
    forge(b, QStringLiteral("root2"), QStringLiteral("user.create"),
          QLatin1String(access::kAccountObject), QStringLiteral("root2"), second);
    b.sync(central);
    a.sync(central);

    // Desk A keeps the entries (the chain of B stays whole) but applied none of them.
    test::requireSameRegister(central, { &a, &b });
    CHECK_FALSE(a.auth->findUser(QStringLiteral("intrus")));
    CHECK_FALSE(a.auth->findUser(QStringLiteral("root2")));
    CHECK(a.user(QStringLiteral("cmartin")).roles
          == QList<access::Role> { access::Role::Operator });
    for (const char *login : { "intrus", "root2" })
        CHECK(a.auth->authenticate(QLatin1String(login), QStringLiteral("intrus-pass-1")).kind
              == access::LoginOutcome::Kind::BadCredentials);
    const auto refusals = access::ReferenceGate::refusals(*a.db);
    REQUIRE(refusals.size() == 3);
    QStringList authors;
    for (const access::ReferenceRefusal &r : refusals) {
        CHECK(r.workstation == QStringLiteral("CSU-B"));
        authors.append(r.author);
    }
    authors.sort();
    CHECK(authors
          == QStringList { QStringLiteral("cmartin"), QStringLiteral("fantome"),
                           QStringLiteral("root2") });
    for (const access::ReferenceRefusal &r : refusals) {
        if (r.author == QStringLiteral("cmartin"))
            CHECK(r.reason.contains(QStringLiteral("manage users")));
        if (r.author == QStringLiteral("fantome"))
            CHECK(r.reason.contains(QStringLiteral("not an account of this register")));
        if (r.author == QStringLiteral("root2"))
            CHECK(r.reason.contains(QStringLiteral("no user")));
    }

    // A desk that joins later refuses them too, and still takes the legitimate accounts.
    Desk c(QStringLiteral("SECOURS-1"));
    c.pullFull(central);
    CHECK(c.auth->authenticate(QStringLiteral("kbenali"), QStringLiteral("mot-de-passe-1")).kind
          == access::LoginOutcome::Kind::Success);
    CHECK_FALSE(c.auth->findUser(QStringLiteral("intrus")));
    CHECK(access::ReferenceGate::count(*c.db) == 3);
}

TEST_CASE("an administrator's account changes reach every desk", "[sync][reference]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    const access::User admin = a.user(QStringLiteral("admin"));
    REQUIRE(a.auth
                ->createUser(admin,
                             { QStringLiteral("lroux"),
                               QStringLiteral("Léa Roux"),
                               QStringLiteral("CS-0011"),
                               { access::Role::Operator } },
                             QStringLiteral("mot-de-passe-2"))
                .ok());
    REQUIRE(a.auth
                ->setRoles(admin, QStringLiteral("lroux"),
                           { access::Role::Operator, access::Role::Supervisor })
                .ok());
    REQUIRE(a.auth->setPassword(admin, QStringLiteral("cmartin"), QStringLiteral("nouveau-mdp-1"))
                .ok());
    REQUIRE(a.auth->setActive(admin, QStringLiteral("kbenali"), false).ok());
    // Users change their own password, rights or not.
    const access::User lroux = a.user(QStringLiteral("lroux"));
    REQUIRE(a.auth
                ->setPassword(lroux, QStringLiteral("lroux"), QStringLiteral("mot-de-passe-3"),
                              QStringLiteral("mot-de-passe-2"))
                .ok());
    a.sync(central);
    b.sync(central);

    CHECK(access::ReferenceGate::count(*b.db) == 0);
    CHECK(b.user(QStringLiteral("lroux")).roles
          == QList<access::Role> { access::Role::Operator, access::Role::Supervisor });
    CHECK(b.auth->authenticate(QStringLiteral("lroux"), QStringLiteral("mot-de-passe-3")).kind
          == access::LoginOutcome::Kind::Success);
    CHECK(b.auth->authenticate(QStringLiteral("cmartin"), QStringLiteral("nouveau-mdp-1")).kind
          == access::LoginOutcome::Kind::Success);
    CHECK(b.auth->authenticate(QStringLiteral("kbenali"), QStringLiteral("mot-de-passe-1")).kind
          == access::LoginOutcome::Kind::Disabled);
}

TEST_CASE("a password hash rewritten in a desk's database file never reaches the others",
          "[sync][security][reference]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    {
        QSqlQuery q(b.db->connection());
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE login = 'admin'"));
        q.addBindValue(
            access::hashPassword(QStringLiteral("pirate-pass-1"), test::kTestHashIterations));
        REQUIRE(q.exec());
    }
    b.logIncident(QStringLiteral("Une activité ordinaire sur le poste B"));
    b.sync(central);
    a.sync(central);
    CHECK(a.auth->authenticate(QStringLiteral("admin"), QStringLiteral("pirate-pass-1")).kind
          == access::LoginOutcome::Kind::BadCredentials);
    CHECK(a.auth->authenticate(QStringLiteral("admin"), QStringLiteral("mot-de-passe-1")).kind
          == access::LoginOutcome::Kind::Success);
    Desk c(QStringLiteral("SECOURS-1"));
    c.pullFull(central);
    CHECK(c.auth->authenticate(QStringLiteral("admin"), QStringLiteral("pirate-pass-1")).kind
          == access::LoginOutcome::Kind::BadCredentials);
}

TEST_CASE("camera changes reach the other desks only from an administrator", "[sync][security]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    cameras::CameraDirectory onA(*a.db, *a.journal);
    cameras::CameraDirectory onB(*b.db, *b.journal);
    REQUIRE(onA.addCamera(a.user(QStringLiteral("admin")), gare()).ok());
    a.sync(central);
    b.sync(central);
    REQUIRE(onB.byNumber(12));
    CHECK(onB.byNumber(12)->mainUrl == gare().mainUrl);

    SECTION("a changed INSEE code from an administrator applies, and changes who may view")
    {
        CHECK(b.policy->checkView(b.user(QStringLiteral("cmartin")), 12, QStringLiteral("92002"))
                  .ok());
        cameras::Camera moved = gare();
        moved.inseeCode = QStringLiteral("92019");
        REQUIRE(onA.updateCamera(a.user(QStringLiteral("admin")), moved).ok());
        a.sync(central);
        b.sync(central);
        CHECK(onB.byNumber(12)->inseeCode == QStringLiteral("92019"));
        CHECK_FALSE(
            b.policy->checkView(b.user(QStringLiteral("cmartin")), 12, onB.byNumber(12)->inseeCode)
                .ok());
        CHECK(access::ReferenceGate::count(*b.db) == 0);
    }

    SECTION("a camera pointed elsewhere by a chef de salle, or at a file, is refused")
    {
        // Core refuses it on the chef's own desk...
        cameras::CameraDirectory onBAsChef(*b.db, *b.journal);
        CHECK_FALSE(onBAsChef
                        .setStreamUrls(b.user(QStringLiteral("kbenali")), 12,
                                       QUrl(QStringLiteral("rtsp://203.0.113.9/live")), QUrl())
                        .ok());
        // ...so desk B forges the events itself.
        QJsonObject elsewhere { { QStringLiteral("number"), 12 },
                                { QStringLiteral("name"), QStringLiteral("Parvis de la gare") },
                                { QStringLiteral("group"), QJsonArray() },
                                { QStringLiteral("insee_code"), QStringLiteral("92002") },
                                { QStringLiteral("main_url"),
                                  QStringLiteral("rtsp://203.0.113.9/live") },
                                { QStringLiteral("sub_url"), QString() },
                                { QStringLiteral("transport"), QStringLiteral("tcp") },
                                { QStringLiteral("retention_days"), 30 },
                                { QStringLiteral("ptz"), false },
                                { QStringLiteral("enabled"), true } };
        forge(b, QStringLiteral("kbenali"), QStringLiteral("camera.urls"),
              QLatin1String(cameras::kDirectoryObject), QStringLiteral("12"), elsewhere);
        // Even an administrator's event never brings a local file in as a camera.
        QJsonObject trap = elsewhere;
        trap.insert(QStringLiteral("number"), 13);
        trap.insert(QStringLiteral("main_url"),
                    QStringLiteral("concat:/root/.local/share/vigie/vigie.db"));
        forge(b, QStringLiteral("admin"), QStringLiteral("camera.add"),
              QLatin1String(cameras::kDirectoryObject), QStringLiteral("13"), trap);
        // Nor a typology change by an operator.
        forge(b, QStringLiteral("cmartin"), QStringLiteral("typology.set"),
              QLatin1String(records::kTypologyObject), QStringLiteral("persons"),
              { { QStringLiteral("label"), QStringLiteral("Rien à signaler") },
                { QStringLiteral("parent_code"), QJsonValue() },
                { QStringLiteral("position"), 0 },
                { QStringLiteral("active"), true } });
        b.sync(central);
        a.sync(central);
        CHECK(onA.byNumber(12)->mainUrl == gare().mainUrl);
        CHECK_FALSE(onA.byNumber(13));
        CHECK(records::IncidentTypology::load(*a.db).find(QStringLiteral("persons")));
        CHECK(records::IncidentTypology::load(*a.db).label(QStringLiteral("persons"))
              != QStringLiteral("Rien à signaler"));
        CHECK(access::ReferenceGate::count(*a.db) == 3);
    }
}

TEST_CASE("a typology change by an administrator reaches the other desks", "[sync][reference]")
{
    CentralDb central;
    Desk a(QStringLiteral("CSU-A"));
    Desk b(QStringLiteral("CSU-B"));
    test::seedAndStartBackup(a, b, central);
    const access::User admin = a.user(QStringLiteral("admin"));
    REQUIRE(
        records::IncidentTypology::setCategory(*a.db, *a.journal, admin,
                                               { QStringLiteral("tranquillity.fireworks"),
                                                 QStringLiteral("Tirs de mortiers"), QString() })
            .ok());
    CHECK_FALSE(records::IncidentTypology::setCategory(
                    *a.db, *a.journal, a.user(QStringLiteral("kbenali")),
                    { QStringLiteral("tranquillity.other"), QStringLiteral("Autre"), QString() })
                    .ok());
    a.sync(central);
    b.sync(central);
    const auto typology = records::IncidentTypology::load(*b.db);
    REQUIRE(typology.find(QStringLiteral("tranquillity.fireworks")));
    CHECK(typology.label(QStringLiteral("tranquillity.fireworks"))
          == QStringLiteral("Tirs de mortiers"));
    CHECK(typology.find(QStringLiteral("tranquillity.fireworks"))->parentCode
          == QStringLiteral("tranquillity"));
    CHECK_FALSE(typology.find(QStringLiteral("tranquillity.other")));
}
