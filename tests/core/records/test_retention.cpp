// Retention: old content goes, the chain stays whole, the purge is journaled.
#include "core/cameras/camera_directory.h"
#include "core/journal/retention.h"
#include "core/records/retention_purges.h"
#include "core/records/snapshot_store.h"
#include "tests/core/records/records_fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace vigie;

TEST_CASE("the purge removes what is past its retention and keeps the chain whole", "[retention]")
{
    const QDateTime present(QDate(2026, 11, 25), QTime(23, 10), QTimeZone("Europe/Paris"));
    // The register was set up four years ago; the journal's clock only moves forward.
    test::RecordsFixture f(present.addYears(-4));
    const auto old = f.incidents.create(f.operatorUser,
                                        f.routineDraft(QStringLiteral("Ancienne rixe au marché")));
    REQUIRE(old.ok());
    f.now = present;
    const auto recent = f.incidents.create(
        f.operatorUser, f.routineDraft(QStringLiteral("Rixe récente au marché")));
    REQUIRE(recent.ok());

    records::SnapshotStore snapshots(f.dir.path(), *f.db, f.journal);
    const cameras::CameraDirectory directory(*f.db, f.journal);
    auto report = journal::runRetention(
        f.journal, journal::RetentionPolicy::defaults(), present, QStringLiteral("system"),
        records::retentionPurges(f.incidents, snapshots, directory));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report.value().payloadsPurged >= 1);
    CHECK_FALSE(f.incidents.find(old.value().id));
    CHECK(f.incidents.find(recent.value().id));
    records::IncidentFilter search;
    search.text = QStringLiteral("marché");
    const auto found = f.incidents.search(f.operatorUser, search).value();
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == recent.value().id);

    const auto verify = f.journal.verify();
    INFO(verify.summary().toStdString());
    CHECK(verify.ok());
    QStringList actions;
    for (const auto &event : f.journal.events(QStringLiteral("CSU-A"), 0, 1000))
        actions.append(event.action);
    CHECK(actions.contains(QStringLiteral("journal.purge")));
    CHECK(actions.contains(QStringLiteral("incident.purge")));
}

TEST_CASE("retention is configurable, never below the legal minimum nor above the maximum",
          "[retention]")
{
    test::RecordsFixture f;
    QSettings settings(f.dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("retention/session_days"), 400);
    settings.setValue(QStringLiteral("retention/incident_days"), 30); // far below 3 years
    // Images of the road: 30 days at most (L252-5), whatever the settings say.
    settings.setValue(QStringLiteral("retention/analytics_picture_days"), 90);
    QStringList warnings;
    const auto policy = journal::RetentionPolicy::fromSettings(settings, &warnings);
    CHECK(policy.daysFor(QStringLiteral("session")) == 400);
    CHECK(policy.daysFor(QStringLiteral("incident")) == 3 * 365);
    CHECK(policy.daysFor(QStringLiteral("analytics_picture")) == 30);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("incident")));
    CHECK(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("analytics_picture")));
}

TEST_CASE("snapshots past their camera's retention are gone after a purge, and the purge is "
          "journaled; a held one stays",
          "[retention][snapshots]")
{
    const QDateTime present(QDate(2026, 11, 25), QTime(23, 10), QTimeZone("Europe/Paris"));
    test::RecordsFixture f(present.addDays(-40));
    cameras::CameraDirectory directory(*f.db, f.journal);
    for (const auto &[number, days] : { std::pair { 1, 30 }, std::pair { 2, 14 } }) {
        cameras::Camera camera;
        camera.number = number;
        camera.name = QStringLiteral("Caméra %1").arg(number);
        camera.inseeCode = QStringLiteral("92002");
        camera.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        camera.retentionDays = days;
        REQUIRE(directory.addCamera(f.admin, camera).ok());
    }
    records::SnapshotStore snapshots(f.dir.path(), *f.db, f.journal);
    const QByteArray png("\x89PNG fake picture");
    auto take = [&](int camera, int daysAgo) {
        auto stored = snapshots.store(f.operatorUser, camera, present.addDays(-daysAgo), png,
                                      QStringLiteral("stream"));
        REQUIRE(stored.ok());
        return snapshots.absolutePath(stored.value());
    };
    const QString old1 = take(1, 31); // past camera 1's 30 days
    const QString kept1 = take(1, 20); // within them
    const QString old2 = take(2, 20); // past camera 2's 14 days
    const QString held = take(1, 35); // past, but held for a requisition
    {
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral("UPDATE snapshots SET held = 1 WHERE path = ?"));
        q.addBindValue(QDir(f.dir.path()).relativeFilePath(held));
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }
    // A file saved before snapshots had rows: found, dated by its name, and purged too.
    const QString legacy
        = f.dir.filePath(QStringLiteral("snapshots/2026/10/01/cam002-101500-abcdef12.png"));
    REQUIRE(QDir().mkpath(QFileInfo(legacy).absolutePath()));
    {
        QFile file(legacy);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(png);
    }
    f.now = present;
    const qint64 before = f.journal.lastSeq();
    auto report = journal::runRetention(
        f.journal, journal::RetentionPolicy::defaults(), present, QStringLiteral("system"),
        records::retentionPurges(f.incidents, snapshots, directory));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK_FALSE(QFileInfo::exists(old1));
    CHECK_FALSE(QFileInfo::exists(old2));
    CHECK_FALSE(QFileInfo::exists(legacy));
    CHECK(QFileInfo::exists(kept1));
    CHECK(QFileInfo::exists(held));
    const auto events = f.journal.events(QStringLiteral("CSU-A"), before, 1000);
    const auto purge = std::find_if(events.cbegin(), events.cend(), [](const journal::Event &e) {
        return e.action == QStringLiteral("snapshot.purge");
    });
    REQUIRE(purge != events.cend());
    CHECK(purge->user == QStringLiteral("system"));
    CHECK(purge->payload.value(QStringLiteral("count")).toInt() == 3);
    QStringList listed;
    for (const QJsonValue &file : purge->payload.value(QStringLiteral("files")).toArray())
        listed.append(file.toObject().value(QStringLiteral("file")).toString());
    CHECK(listed.contains(QDir(f.dir.path()).relativeFilePath(old1)));
    CHECK(listed.contains(QDir(f.dir.path()).relativeFilePath(old2)));
    CHECK(listed.contains(QStringLiteral("snapshots/2026/10/01/cam002-101500-abcdef12.png")));
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM snapshots")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2); // the one within its retention and the held one

    // A second run finds nothing more to purge and journals no empty purge.
    const qint64 afterFirst = f.journal.lastSeq();
    REQUIRE(journal::runRetention(f.journal, journal::RetentionPolicy::defaults(), present,
                                  QStringLiteral("system"),
                                  records::retentionPurges(f.incidents, snapshots, directory))
                .ok());
    for (const auto &e : f.journal.events(QStringLiteral("CSU-A"), afterFirst, 1000))
        CHECK(e.action != QStringLiteral("snapshot.purge"));
}
