// A register with users of every role, habilitations, a journal and the record services, for
// tests that call core as each role would.
#pragma once

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/journal/journal.h"
#include "core/records/incident_service.h"
#include "core/records/shift_service.h"
#include "tests/support/test_support.h"

#include <QTemporaryDir>
#include <QTimeZone>

namespace vigie::test {

struct RecordsFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db = openDatabase(dir.filePath(QStringLiteral("vigie.db")));
    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(23, 10), QTimeZone("Europe/Paris"));
    Clock clock = [this] {
        return now;
    };
    journal::Journal journal { *db, QStringLiteral("CSU-A"), clock };
    access::AuthService auth { *db, journal, clock, {}, kTestHashIterations };
    access::AccessPolicy policy { *db, journal, clock };
    records::ShiftService shifts { *db, journal, policy, clock };
    records::IncidentService incidents { *db, journal, policy, shifts, clock };
    access::User operatorUser;
    access::User chef;
    access::User nextChef;
    access::User admin;
    access::User unhabilitated;

    // `start`: the fixture clock's time when the register is set up.
    explicit RecordsFixture(const QDateTime &start = QDateTime())
    {
        if (start.isValid())
            now = start;
        auto first = auth.createFirstAdmin({ QStringLiteral("admin"),
                                             QStringLiteral("Administrateur"),
                                             QStringLiteral("ADM-1"),
                                             { access::Role::Admin } },
                                           QStringLiteral("mot-de-passe-1"));
        REQUIRE(first.ok());
        admin = first.value();
        const auto make = [this](const char *login, const char *name, const char *matricule,
                                 QList<access::Role> roles) {
            return addUser(login, name, matricule, std::move(roles));
        };
        operatorUser = make("cmartin", "Camille Martin", "OP-0142", { access::Role::Operator });
        chef = make("kbenali", "Karim Benali", "CS-0007",
                    { access::Role::Operator, access::Role::Supervisor });
        nextChef = make("lroux", "Léa Roux", "CS-0011",
                        { access::Role::Operator, access::Role::Supervisor });
        unhabilitated = make("stagiaire", "Stagiaire", "OP-0999", { access::Role::Operator });
        const access::Habilitation valid { QStringLiteral("Le maire d'Antony"),
                                           QStringLiteral("arrêté 2026-114"),
                                           { QStringLiteral("92002") },
                                           QDate(2026, 9, 1),
                                           QDate(2027, 9, 1) };
        for (const access::User &u : { operatorUser, chef, nextChef })
            REQUIRE(policy.setHabilitation(admin, u.login, valid).ok());
    }

    // An account created by the administrator (password "mot-de-passe-1").
    access::User addUser(const char *login, const char *name, const char *matricule,
                         QList<access::Role> roles)
    {
        auto created = auth.createUser(
            admin,
            { QLatin1String(login), QString::fromUtf8(name), QLatin1String(matricule), roles },
            QStringLiteral("mot-de-passe-1"));
        REQUIRE(created.ok());
        return created.value();
    }

    records::IncidentDraft routineDraft(const QString &description
                                        = QStringLiteral("Regroupement bruyant devant le hall"))
    {
        records::IncidentDraft d;
        d.cameraNumber = 4;
        d.occurredAt = now;
        d.place = QStringLiteral("Parking du marché, niveau -1");
        d.inseeCode = QStringLiteral("92002");
        d.category = QStringLiteral("tranquillity");
        d.subcategory = QStringLiteral("tranquillity.gathering");
        d.description = description;
        return d;
    }
};

} // namespace vigie::test
