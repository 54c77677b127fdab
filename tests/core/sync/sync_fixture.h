// Workstations and a central database for the sync tests: each test case gets its own
// PostgreSQL database on the fixture server (created, then dropped), so that cases never see
// each other's rows and can run in parallel; each Desk is a workstation with its own data
// folder, register and services.
#pragma once

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/journal/journal.h"
#include "core/records/incident_service.h"
#include "core/records/shift_service.h"
#include "core/sync/central_link.h"
#include "core/sync/central_schema.h"
#include "core/sync/sync_engine.h"
#include "tests/support/test_support.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace vigie::test {

// The URI of the fixture server (ctest fixture "postgres"), or of a server a test started.
sync::CentralUri fixtureServerUri();

class CentralDb
{
public:
    // A fresh database on `server` (the fixture server by default), initialised to `schema`
    // (latest by default; 0: left empty).
    explicit CentralDb(int schema = -1);
    CentralDb(const sync::CentralUri &server, int schema);
    ~CentralDb();

    // The owner's link (the test server's superuser): schema, enrolment, inspection.
    const sync::CentralUri &uri() const { return m_uri; }
    std::unique_ptr<sync::CentralLink> link() const;
    // A workstation's own link: enrolled at the first call (vigiectl central enroll's path),
    // its password in this process's password file, as a desk keeps it in ~/.pgpass.
    sync::CentralUri deskUri(const QString &workstation) const;
    std::unique_ptr<sync::CentralLink> deskLink(const QString &workstation) const;
    // Records a role's password in this process's password file (libpq's PGPASSFILE).
    static void rememberPassword(const sync::CentralUri &uri, const QString &password);
    qint64 count(const QString &sql) const;
    // "workstation:seq:hash" of every event central holds, in chain order.
    QStringList chains() const;

private:
    sync::CentralUri m_server;
    sync::CentralUri m_uri;
    mutable QHash<QString, sync::CentralUri> m_desks;
};

struct Desk
{
    // `clock`: the desk's time (a desk that recorded its events days ago, for retention).
    explicit Desk(QString workstation, Clock clock = systemClock());

    QString id;
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<access::AuthService> auth;
    std::unique_ptr<access::AccessPolicy> policy;
    std::unique_ptr<records::ShiftService> shifts;
    std::unique_ptr<records::IncidentService> incidents;

    QString databasePath() const { return dir.filePath(QStringLiteral("vigie.db")); }
    // An operator, a supervisor and an administrator, habilitated.
    void seedUsers();
    access::User user(const QString &login) const;
    records::Incident logIncident(const QString &description,
                                  const QString &login = QStringLiteral("cmartin"));
    // `count` journal events in one transaction (no record), for volume.
    void appendNotes(int count);

    // Enrols this desk's public key at central, as an administrator does (`central
    // enroll-key`); sync() and pullFull() do it first, so that the other desks accept its chain.
    void enrollKey(const CentralDb &central);
    sync::SyncReport sync(const CentralDb &central, int batchSize = 1000);
    sync::SyncReport pullFull(const CentralDb &central);

    qint64 count(const QString &sql) const;
    QStringList chains() const;
    // Every incident as "number|description|status|concurrent", by number.
    QStringList incidentRows() const;
};

// Desk `a` gets the users (seedUsers) and sends them to central; desk `b` starts from central
// (central pull --full), as a backup site does.
void seedAndStartBackup(Desk &a, Desk &b, const CentralDb &central);

// Central and every desk hold the same events (same chains, hash for hash), no event twice,
// every chain verifies, and every desk shows the same incidents.
void requireSameRegister(const CentralDb &central, const QList<Desk *> &desks);

} // namespace vigie::test
