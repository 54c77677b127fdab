// A register (RecordsFixture) and its camera directory, with a landlord's convention and cameras: 5
// and 6 in the buildings of the convention HSH-2025-017, 7 the landlord's but outside it, 1 the
// commune's.
#pragma once

#include "core/cameras/camera_directory.h"
#include "core/records/bailleur_register.h"
#include "core/records/convention_book.h"
#include "tests/core/records/records_fixture.h"

namespace vigie::test {

inline records::Convention hshConvention()
{
    records::Convention c;
    c.reference = QStringLiteral("HSH-2025-017");
    c.landlord = QStringLiteral("Hauts-de-Seine Habitat");
    c.inseeCode = QStringLiteral("92002");
    c.approvedOn = QDate(2026, 1, 15);
    c.expiresOn = QDate(2027, 1, 14);
    c.maxSession_min = 60;
    c.situations = { QStringLiteral("access_blocked"), QStringLiteral("landlord_alert") };
    c.buildings = { { QStringLiteral("Résidence Paul Bert, bât. A"),
                      QStringLiteral("74 rue Paul Bert, Antony"),
                      { 5 } },
                    { QStringLiteral("Résidence Paul Bert, bât. B"),
                      QStringLiteral("88 rue Paul Bert, Antony"),
                      { 6 } } };
    c.contacts = { { QStringLiteral("Marc Lefèvre"), QStringLiteral("gardien"),
                     QStringLiteral("06 12 34 56 78") },
                   { QStringLiteral("Astreinte HSH"), QStringLiteral("astreinte technique"),
                     QStringLiteral("+33 1 46 11 22 33") } };
    return c;
}

struct BailleurFixture : RecordsFixture
{
    cameras::CameraDirectory directory { *db, journal };
    records::ConventionBook conventions { *db, journal, clock };
    records::BailleurRegister reg { *db, journal, policy, clock };

    explicit BailleurFixture(const QDateTime &start = QDateTime()) : RecordsFixture(start)
    {
        addCamera(1, cameras::CameraOwner::Commune, QString());
        addCamera(5, cameras::CameraOwner::Bailleur, QStringLiteral("HSH-2025-017"));
        addCamera(6, cameras::CameraOwner::Bailleur, QStringLiteral("HSH-2025-017"));
        addCamera(7, cameras::CameraOwner::Bailleur, QStringLiteral("HSH-2025-017"));
        REQUIRE(conventions.save(admin, hshConvention()).ok());
    }

    void addCamera(int number, cameras::CameraOwner owner, const QString &convention,
                   const QString &url = QStringLiteral("rtsp://127.0.0.1:1/x"),
                   const QString &subUrl = QString())
    {
        cameras::Camera c;
        c.number = number;
        c.name = QStringLiteral("Caméra %1").arg(number);
        c.inseeCode = QStringLiteral("92002");
        c.owner = owner;
        c.convention = convention;
        c.mainUrl = QUrl(url);
        c.subUrl = QUrl(subUrl);
        REQUIRE(directory.addCamera(admin, c).ok());
    }

    // A request for `cameras` under the convention, by the operator.
    records::BailleurRequest requestFor(QList<int> cameras, int asked_min = 30)
    {
        records::BailleurRequest r;
        r.convention = QStringLiteral("HSH-2025-017");
        r.situation = QStringLiteral("access_blocked");
        r.intervention = QStringLiteral("Patrouille PM 3, hall bloqué");
        r.cameras = std::move(cameras);
        r.asked_min = asked_min;
        return r;
    }

    int count(const QString &action) const
    {
        int n = 0;
        for (const journal::Event &e : journal.events(QStringLiteral("CSU-A"), 0, 100000))
            n += e.action == action ? 1 : 0;
        return n;
    }
};

} // namespace vigie::test
