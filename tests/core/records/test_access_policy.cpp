// Permissions are checked in core: each role is tried against the services directly.
#include "core/access/journal_purge.h"
#include "core/access/session_settings.h"
#include "core/records/shift_log.h"
#include "tests/core/records/records_fixture.h"

#include <QSettings>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace vigie;

TEST_CASE("roles grant what the centre's rules say, and refusals are journaled", "[access]")
{
    test::RecordsFixture f;
    CHECK(f.policy.check(f.operatorUser, access::Permission::TagIncident).ok());
    CHECK_FALSE(f.policy.check(f.operatorUser, access::Permission::SignShift).ok());
    CHECK(f.policy.check(f.chef, access::Permission::SignShift).ok());
    CHECK_FALSE(f.policy.check(f.admin, access::Permission::TagIncident).ok());
    CHECK(f.policy.check(f.admin, access::Permission::ManageUsers).ok());
    const Status refused = f.policy.check(f.operatorUser, access::Permission::ManageUsers);
    CHECK_FALSE(refused.error().isEmpty());
    const auto events = f.journal.events(QStringLiteral("CSU-A"), 0, 1000);
    const auto refusals
        = std::count_if(events.cbegin(), events.cend(), [](const journal::Event &e) {
              return e.action == QStringLiteral("access.refused");
          });
    CHECK(refusals == 3);
    CHECK(events.last().user == QStringLiteral("cmartin"));
    CHECK(events.last().payload.value(QStringLiteral("why")).toString() == refused.error());
}

TEST_CASE("viewing needs a valid habilitation on the camera's territory", "[access][habilitation]")
{
    test::RecordsFixture f;
    CHECK(f.policy.checkView(f.operatorUser, 1, QStringLiteral("92002")).ok());
    CHECK_FALSE(f.policy.checkView(f.operatorUser, 2, QStringLiteral("92071")).ok()); // Sceaux
    const Status none = f.policy.checkView(f.unhabilitated, 1, QStringLiteral("92002"));
    CHECK_FALSE(none.ok());
    CHECK(none.error().contains(QStringLiteral("L252-2")));

    f.now = QDateTime(QDate(2027, 9, 2), QTime(8, 0), QTimeZone("Europe/Paris"));
    const Status expired = f.policy.checkView(f.operatorUser, 1, QStringLiteral("92002"));
    CHECK_FALSE(expired.ok());
    CHECK(expired.error().contains(QStringLiteral("2027")));
}

TEST_CASE("only an administrator records habilitations, and they are complete",
          "[access][habilitation]")
{
    test::RecordsFixture f;
    const access::Habilitation h { QStringLiteral("Le maire"),
                                   QString(),
                                   { QStringLiteral("92002") },
                                   QDate(2026, 1, 10),
                                   QDate(2027, 1, 10) };
    CHECK_FALSE(f.policy.setHabilitation(f.chef, QStringLiteral("stagiaire"), h).ok());
    access::Habilitation incomplete = h;
    incomplete.territory.clear();
    CHECK_FALSE(f.policy.setHabilitation(f.admin, QStringLiteral("stagiaire"), incomplete).ok());
    REQUIRE(f.policy.setHabilitation(f.admin, QStringLiteral("stagiaire"), h).ok());
    CHECK(f.policy.checkView(f.unhabilitated, 1, QStringLiteral("92002")).ok());
    CHECK(f.policy.habilitation(f.unhabilitated)->designatedBy == QStringLiteral("Le maire"));
}

TEST_CASE("the roles tell a video operator, an ASVP and a municipal police agent apart", "[access]")
{
    using access::Permission;
    using access::Role;
    // Everyone in the room views, tags and searches the main courante.
    for (Role role : { Role::Operator, Role::Asvp, Role::PoliceAgent, Role::Supervisor }) {
        for (Permission p :
             { Permission::ViewLive, Permission::TagIncident, Permission::SearchRegister })
            CHECK(access::roleGrants(role, p));
    }
    // A video operator who is not a sworn agent never verbalises.
    CHECK_FALSE(access::roleGrants(Role::Operator, Permission::VerbaliseParking));
    CHECK_FALSE(access::roleGrants(Role::Operator, Permission::VerbaliseTraffic));
    CHECK_FALSE(access::roleGrants(Role::Supervisor, Permission::VerbaliseParking));
    // An ASVP verbalises parking offences only.
    CHECK(access::roleGrants(Role::Asvp, Permission::VerbaliseParking));
    CHECK_FALSE(access::roleGrants(Role::Asvp, Permission::VerbaliseTraffic));
    // A municipal police agent, every R121-6 offence.
    CHECK(access::roleGrants(Role::PoliceAgent, Permission::VerbaliseParking));
    CHECK(access::roleGrants(Role::PoliceAgent, Permission::VerbaliseTraffic));
    // The administrator keeps accounts, not registers.
    CHECK_FALSE(access::roleGrants(Role::Admin, Permission::SearchRegister));
    CHECK_FALSE(access::roleGrants(Role::Admin, Permission::VerbaliseParking));
    CHECK(access::roleGrants(Role::Admin, Permission::ManageCentral));
    CHECK_FALSE(access::roleGrants(Role::Supervisor, Permission::ManageCentral));
}

TEST_CASE("each role's grants are pinned, permission by permission", "[access]")
{
    using access::Permission;
    using access::Role;
    const QList<Permission> room { Permission::ViewLive,      Permission::TagIncident,
                                   Permission::EditIncident,  Permission::OpenShift,
                                   Permission::HandOverShift, Permission::SearchRegister };
    const QMap<Role, QList<Permission>> expected {
        { Role::Operator, room + QList<Permission> { Permission::HandleBailleurRequests } },
        { Role::Asvp,
          room + QList<Permission> { Permission::VerbaliseParking, Permission::ReadTickets } },
        { Role::PoliceAgent,
          room
              + QList<Permission> { Permission::VerbaliseParking, Permission::VerbaliseTraffic,
                                    Permission::ReadTickets, Permission::TransmitTickets,
                                    Permission::HandleBailleurRequests } },
        { Role::Supervisor,
          room
              + QList<Permission> { Permission::SignIncident, Permission::AcknowledgeShift,
                                    Permission::SignShift, Permission::ExportShiftLog,
                                    Permission::VerifyJournal, Permission::ReadTickets,
                                    Permission::TransmitTickets, Permission::HandleBailleurRequests,
                                    Permission::ReviewBailleurRegister,
                                    Permission::ConfigureAnalytics, Permission::SavePtzPresets,
                                    Permission::TakeOverPtz } },
        { Role::Admin,
          { Permission::ManageUsers, Permission::VerifyJournal, Permission::PurgeJournal,
            Permission::ManageCentral, Permission::ConfigureWorkstation, Permission::ManageCameras,
            Permission::ManageTypology, Permission::ManageNatinf, Permission::ManageConventions } },
    };
    for (Role role : access::allRoles()) {
        for (int p = 0; p <= int(Permission::TakeOverPtz); ++p) {
            const auto permission = Permission(p);
            INFO(access::roleCode(role).toStdString()
                 << " / " << access::permissionLabel(permission).toStdString());
            CHECK(access::roleGrants(role, permission)
                  == expected.value(role).contains(permission));
        }
    }
    // New permissions go last: refusals in the registers hold their numbers.
    CHECK(int(Permission::ConfigureWorkstation) == 16);
    CHECK(int(Permission::ManageCameras) == 17);
    CHECK(int(Permission::ManageTypology) == 18);
    CHECK(int(Permission::ManageNatinf) == 19);
    CHECK(int(Permission::TransmitTickets) == 21);
    CHECK(int(Permission::ManageConventions) == 22);
    CHECK(int(Permission::ReviewBailleurRegister) == 24);
    CHECK(int(Permission::ConfigureAnalytics) == 25);
    CHECK(int(Permission::SavePtzPresets) == 26);
    CHECK(int(Permission::TakeOverPtz) == 27);
}

TEST_CASE("searching the main courante needs the right, checked in core and journaled",
          "[access][incident][search]")
{
    test::RecordsFixture f;
    REQUIRE(f.incidents.create(f.operatorUser, f.routineDraft()).ok());
    REQUIRE(f.incidents.search(f.operatorUser, {}).value().size() == 1);
    const auto byAdmin = f.incidents.search(f.admin, {});
    REQUIRE_FALSE(byAdmin.ok());
    CHECK(byAdmin.error().contains(QStringLiteral("main courante")));
    const auto last = f.journal.events(QStringLiteral("CSU-A"), 0, 1000).last();
    CHECK(last.action == QStringLiteral("access.refused"));
    CHECK(last.user == QStringLiteral("admin"));
    // Disabled since the login: the search stops at once.
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE users SET active = 0 WHERE login = 'cmartin'")));
    CHECK_FALSE(f.incidents.search(f.operatorUser, {}).ok());
    // The shift log reads the main courante too: the same right, checked in core.
    records::ShiftLogFilter all;
    all.from = f.now.addDays(-1);
    all.to = f.now.addDays(1);
    const auto logByAdmin = records::ShiftLogBuilder(*f.db).build(f.policy, f.admin, all);
    REQUIRE_FALSE(logByAdmin.ok());
    CHECK(f.journal.events(QStringLiteral("CSU-A"), f.journal.lastSeq() - 1, 1).constFirst().action
          == QStringLiteral("access.refused"));
    const auto logByChef = records::ShiftLogBuilder(*f.db).build(f.policy, f.chef, all);
    REQUIRE(logByChef.ok());
    CHECK_FALSE(logByChef.value().entries.isEmpty());
}

TEST_CASE("a retention purge asked for by a user needs PurgeJournal", "[access][retention]")
{
    test::RecordsFixture f;
    const qint64 before = f.journal.lastSeq();
    const auto refused = access::purgeJournal(f.policy, f.journal, f.chef,
                                              journal::RetentionPolicy::defaults(), f.now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("purge")));
    const auto events = f.journal.events(QStringLiteral("CSU-A"), before, 100);
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == QStringLiteral("access.refused"));
    const auto done = access::purgeJournal(f.policy, f.journal, f.admin,
                                           journal::RetentionPolicy::defaults(), f.now);
    REQUIRE(done.ok());
    CHECK(f.journal.events(QStringLiteral("CSU-A"), 0, 1000).last().user
          == QStringLiteral("admin"));
}

TEST_CASE("the idle-lock delay: read within bounds, changed by an administrator only, journaled",
          "[access][settings]")
{
    test::RecordsFixture f;
    QSettings settings(f.dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
    const QString key = QStringLiteral("session/idle_lock_minutes");
    using access::SessionSettings;

    CHECK(SessionSettings::idleLock(settings).minutes == access::kIdleLockDefault_min);
    CHECK(SessionSettings::idleLock(settings).warning.isEmpty());
    // What vigie.conf may hold never disables the lock.
    for (const QString &stored :
         { QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("jamais") }) {
        settings.setValue(key, stored);
        const auto read = SessionSettings::idleLock(settings);
        CHECK(read.minutes == access::kIdleLockDefault_min);
        CHECK(read.warning.contains(stored));
    }
    settings.setValue(key, 600);
    CHECK(SessionSettings::idleLock(settings).minutes == access::kIdleLockMax_min);
    CHECK_FALSE(SessionSettings::idleLock(settings).warning.isEmpty());
    settings.setValue(key, 25);
    CHECK(SessionSettings::idleLock(settings).minutes == 25);
    CHECK(SessionSettings::idleLock(settings).warning.isEmpty());

    // Only an administrator changes it; a chef de salle or an operator is refused, journaled.
    for (const access::User &user : { f.operatorUser, f.chef }) {
        const Status refused = SessionSettings::setIdleLock(settings, f.policy, f.journal, user, 5);
        CHECK_FALSE(refused.ok());
        CHECK(SessionSettings::idleLock(settings).minutes == 25);
    }
    // Within 1 to 60 minutes.
    for (int minutes : { 0, -1, 61 }) {
        const Status refused
            = SessionSettings::setIdleLock(settings, f.policy, f.journal, f.admin, minutes);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("60")));
        CHECK(SessionSettings::idleLock(settings).minutes == 25);
    }
    REQUIRE(SessionSettings::setIdleLock(settings, f.policy, f.journal, f.admin, 5).ok());
    CHECK(SessionSettings::idleLock(settings).minutes == 5);
    QSettings reread(settings.fileName(), QSettings::IniFormat);
    CHECK(reread.value(key).toInt() == 5);

    const auto events = f.journal.events(QStringLiteral("CSU-A"), 0, 1000);
    const auto changes = std::count_if(events.cbegin(), events.cend(), [](const journal::Event &e) {
        return e.action == QStringLiteral("settings.idle_lock") && e.user == QStringLiteral("admin")
            && e.payload.value(QStringLiteral("from_minutes")).toInt() == 25
            && e.payload.value(QStringLiteral("to_minutes")).toInt() == 5;
    });
    CHECK(changes == 1);
    const auto refusals
        = std::count_if(events.cbegin(), events.cend(), [](const journal::Event &e) {
              return e.action == QStringLiteral("access.refused")
                  && e.objectType == QStringLiteral("settings");
          });
    CHECK(refusals == 2);
}
