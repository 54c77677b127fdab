// Camera health for the maintenance plan: outages opened and closed by what the board hears,
// availability counting only the time the desk watched, an outage surviving a crash of the
// desk, the purge journaled, the long-outage alarm once per outage, and the contractor's report.
#include "core/cameras/camera.h"
#include "core/cameras/camera_health.h"
#include "core/cameras/camera_status_board.h"
#include "core/journal/journal.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace vigie;
using namespace vigie::cameras;

namespace {

struct HealthFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db = test::openDatabase(dir.filePath(QStringLiteral("v.db")));
    QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone("Europe/Paris"));
    QDateTime now = start;
    Clock clock = [this] {
        return now;
    };
    journal::Journal journal { *db, QStringLiteral("CSU-A"), clock };
    CameraHealthLog log { *db, clock };

    void at(int minutes) { now = start.addSecs(qint64(minutes) * 60); }
};

Camera camera(int number, const QString &name, const QString &zone = QString())
{
    Camera c;
    c.number = number;
    c.name = name;
    c.zone = zone;
    return c;
}

const CameraAvailability *find(const QList<CameraAvailability> &rows, int number)
{
    for (const CameraAvailability &row : rows) {
        if (row.cameraNumber == number)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("an outage runs from the camera going down to its return, whatever happens between",
          "[health]")
{
    HealthFixture f;
    REQUIRE(f.log.beginWatch().ok());
    f.at(10);
    REQUIRE(f.log.record(12, StreamState::Live, QString()).ok());
    f.at(20);
    REQUIRE(f.log.record(12, StreamState::Lost, QStringLiteral("plus d'image")).ok());
    f.at(21);
    // Reconnection attempts and another failure are the same outage, with its first reason.
    REQUIRE(f.log.record(12, StreamState::Reconnecting, QStringLiteral("nouvel essai")).ok());
    REQUIRE(f.log.record(12, StreamState::Unreachable, QStringLiteral("injoignable")).ok());
    REQUIRE(f.log.record(12, StreamState::Connecting, QString()).ok());

    auto down = f.log.downNow();
    REQUIRE(down.ok());
    REQUIRE(down.value().size() == 1);
    CHECK(down.value().first().cameraNumber == 12);
    CHECK(down.value().first().start == f.start.addSecs(20 * 60));
    CHECK(down.value().first().reason == QStringLiteral("plus d'image"));
    CHECK(down.value().first().state == StreamState::Lost);

    f.at(50);
    REQUIRE(f.log.record(12, StreamState::Available, QString()).ok());
    CHECK(f.log.downNow().value().isEmpty());
    auto all = f.log.outages(12, f.start, f.now);
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 1);
    CHECK(all.value().first().end == f.start.addSecs(50 * 60));
    CHECK(all.value().first().endedBy == QStringLiteral("back"));

    // Watched 60 minutes, down 30 of them: 50 %.
    f.at(60);
    auto rows = f.log.availability({ camera(12, QStringLiteral("Gare")) }, f.start, f.now);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 1);
    CHECK(rows.value().first().watched_ms == 60 * 60000);
    CHECK(rows.value().first().down_ms == 30 * 60000);
    CHECK(rows.value().first().outages == 1);
    CHECK(rows.value().first().ratio() == Approx(0.5));
}

TEST_CASE("a camera down when the desk crashed and still down after is one outage, the unwatched "
          "gap not counted",
          "[health]")
{
    HealthFixture f;
    REQUIRE(f.log.beginWatch().ok());
    f.at(5);
    REQUIRE(f.log.record(3, StreamState::Unreachable, QStringLiteral("injoignable")).ok());
    REQUIRE(f.log.record(4, StreamState::Unreachable, QStringLiteral("injoignable")).ok());
    f.at(15);
    REQUIRE(f.log.heartbeat().ok());
    // The desk dies at minute 17 (no endWatch), and starts again at minute 75.
    f.at(75);
    CameraHealthLog restarted(*f.db, f.clock);
    REQUIRE(restarted.beginWatch().ok());
    auto closed = restarted.outages(3, f.start, f.now);
    REQUIRE(closed.value().size() == 1);
    CHECK(closed.value().first().end == f.start.addSecs(15 * 60)); // the last heartbeat
    CHECK(closed.value().first().endedBy == QStringLiteral("unwatched"));

    f.at(76);
    // Camera 3 is still down: the outage it had goes on, the maintenance view says since when.
    REQUIRE(restarted.record(3, StreamState::Unreachable, QStringLiteral("injoignable")).ok());
    // Camera 4 was seen back before going down again: a new outage.
    REQUIRE(restarted.record(4, StreamState::Available, QString()).ok());
    f.at(80);
    REQUIRE(restarted.record(4, StreamState::NotFound, QStringLiteral("flux absent")).ok());
    auto down = restarted.downNow();
    REQUIRE(down.value().size() == 2);
    CHECK(down.value().at(0).cameraNumber == 3);
    CHECK(down.value().at(0).start == f.start.addSecs(5 * 60));
    CHECK(down.value().at(1).cameraNumber == 4);
    CHECK(down.value().at(1).start == f.start.addSecs(80 * 60));

    f.at(90);
    auto rows = restarted.availability(
        { camera(3, QStringLiteral("Mairie")), camera(4, QStringLiteral("Marché")) }, f.start,
        f.now);
    REQUIRE(rows.ok());
    // Watched: 0-15 and 75-90, 30 minutes. Camera 3 down 5-15 and 75-90 (25 min); camera 4
    // down 5-15 and 80-90 (20 min). Worst first.
    REQUIRE(rows.value().size() == 2);
    CHECK(rows.value().at(0).cameraNumber == 3);
    CHECK(rows.value().at(0).watched_ms == 30 * 60000);
    CHECK(rows.value().at(0).down_ms == 25 * 60000);
    CHECK(rows.value().at(1).down_ms == 20 * 60000);
    CHECK(rows.value().at(1).outages == 2);
}

TEST_CASE("availability: worst first over the period asked, retired and disabled cameras left out",
          "[health]")
{
    HealthFixture f;
    REQUIRE(f.log.beginWatch().ok());
    f.at(60);
    REQUIRE(f.log.record(1, StreamState::Lost, QStringLiteral("coupure")).ok());
    REQUIRE(f.log.record(9, StreamState::Lost, QStringLiteral("coupure")).ok());
    f.at(120);
    REQUIRE(f.log.record(1, StreamState::Live, QString()).ok());
    f.at(8 * 24 * 60); // eight days later, the desk watching all along
    REQUIRE(f.log.heartbeat().ok());
    REQUIRE(f.log.record(2, StreamState::AuthRefused, QStringLiteral("mot de passe refusé")).ok());
    f.at(8 * 24 * 60 + 90);

    Camera retired = camera(9, QStringLiteral("Ancienne"));
    retired.retired = true;
    Camera disabled = camera(8, QStringLiteral("Débranchée"));
    disabled.enabled = false;
    const QList<Camera> cameras { camera(1, QStringLiteral("Gare"), QStringLiteral("Centre")),
                                  camera(2, QStringLiteral("Parc"), QStringLiteral("Nord")),
                                  camera(5, QStringLiteral("Stade")), retired, disabled };
    auto week = f.log.availability(cameras, f.now.addDays(-7), f.now);
    REQUIRE(week.ok());
    REQUIRE(week.value().size() == 3);
    CHECK(week.value().at(0).cameraNumber == 2); // down now, 90 minutes
    REQUIRE(week.value().at(0).current);
    CHECK(week.value().at(0).current->reason == QStringLiteral("mot de passe refusé"));
    CHECK(find(week.value(), 1)->outages == 0); // its outage was eight days ago
    CHECK(find(week.value(), 1)->ratio() == 1.0);
    auto month = f.log.availability(cameras, f.now.addDays(-30), f.now);
    REQUIRE(month.ok());
    CHECK(find(month.value(), 1)->down_ms == 60 * 60000);
    CHECK(find(month.value(), 9) == nullptr);
    CHECK(find(month.value(), 8) == nullptr);
    CHECK(find(month.value(), 5)->ratio() == 1.0);
    CHECK(availabilityText(*find(month.value(), 5)).endsWith(QStringLiteral("%")));
    // A landlord's camera is never probed: its availability is not claimed.
    Camera landlords = camera(6, QStringLiteral("Résidence"));
    landlords.owner = CameraOwner::Bailleur;
    landlords.convention = QStringLiteral("HSH-2025-017");
    auto withLandlord = f.log.availability({ landlords }, f.now.addDays(-7), f.now);
    REQUIRE(withLandlord.value().size() == 1);
    CHECK(withLandlord.value().first().watched_ms == 0);
    CHECK(availabilityText(withLandlord.value().first()) == QStringLiteral("not watched"));
}

TEST_CASE("the purge of old outages is journaled and spares what is recent or ongoing",
          "[health][retention]")
{
    HealthFixture f;
    REQUIRE(f.log.beginWatch().ok());
    REQUIRE(f.log.record(1, StreamState::Lost, QStringLiteral("coupure")).ok());
    f.at(30);
    REQUIRE(f.log.record(1, StreamState::Live, QString()).ok());
    REQUIRE(f.log.record(2, StreamState::Lost, QStringLiteral("coupure")).ok());
    f.at(400 * 24 * 60);
    REQUIRE(f.log.record(3, StreamState::Lost, QStringLiteral("coupure")).ok());
    f.at(400 * 24 * 60 + 10);
    REQUIRE(f.log.record(3, StreamState::Live, QString()).ok());

    const qint64 before = f.journal.lastSeq();
    auto purged = f.log.purgeBefore(f.journal, f.now.addDays(-365), QStringLiteral("system"));
    REQUIRE(purged.ok());
    CHECK(purged.value() == 1); // camera 1's; camera 2's is still going on
    const auto events = f.journal.events(QStringLiteral("CSU-A"), before, 10);
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == QStringLiteral("camera_health.purge"));
    CHECK(f.log.outages(0, f.start.addYears(-1), f.now).value().size() == 2);
    // Nothing left to purge: no event.
    REQUIRE(f.log.purgeBefore(f.journal, f.now.addDays(-365), QStringLiteral("system")).ok());
    CHECK(f.journal.lastSeq() == before + 1);
}

TEST_CASE("the board's probes of a dead camera open an outage, and the alarm sounds once past "
          "the threshold",
          "[health][probe]")
{
    HealthFixture f;
    // A port that refuses connections: the camera's address is unreachable.
    quint16 deadPort = 0;
    {
        QTcpServer server;
        REQUIRE(server.listen(QHostAddress::LocalHost));
        deadPort = server.serverPort();
    }
    Camera dead = camera(44, QStringLiteral("Rond-point"));
    dead.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam44/main").arg(deadPort));
    CameraStatusBoard board;
    board.setCameras({ dead });
    CameraHealthMonitor monitor(f.log, board, 30);
    QList<int> alarms;
    QObject::connect(
        &monitor, &CameraHealthMonitor::longOutage,
        [&](int number, const QDateTime &, const QString &) { alarms.append(number); });
    monitor.start(3600 * 1000); // the heartbeat is driven by hand below
    board.start(3600 * 1000, 1);
    REQUIRE(test::waitUntil([&] { return !f.log.downNow().value().isEmpty(); }, 20000));
    const CameraOutage outage = f.log.downNow().value().first();
    CHECK(outage.cameraNumber == 44);
    CHECK(outage.state == StreamState::Unreachable);
    CHECK_FALSE(outage.reason.isEmpty());

    f.at(29);
    monitor.checkAlarms();
    CHECK(alarms.isEmpty());
    f.at(31);
    monitor.checkAlarms();
    f.at(45);
    monitor.checkAlarms();
    CHECK(alarms == QList<int> { 44 });
}

TEST_CASE("the maintenance report lists each camera's availability, in CSV and in PDF",
          "[health][export]")
{
    HealthFixture f;
    REQUIRE(f.log.beginWatch().ok());
    f.at(60);
    REQUIRE(f.log.record(7, StreamState::Unreachable, QStringLiteral("injoignable")).ok());
    f.at(240);
    const QList<Camera> cameras { camera(7, QStringLiteral("Place du Marché"),
                                         QStringLiteral("Centre")),
                                  camera(8, QStringLiteral("=HYPERLINK(\"x\")")) };
    auto rows = f.log.availability(cameras, f.start, f.now);
    REQUIRE(rows.ok());

    const QString csvPath = f.dir.filePath(QStringLiteral("maintenance.csv"));
    auto csv = exportHealthCsv(rows.value(), f.start, f.now, csvPath);
    REQUIRE(csv.ok());
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("\"007 Place du Marché\";\"Centre\";\"25")));
    CHECK(text.contains(QStringLiteral("\"injoignable\"")));
    // What someone typed as a camera's name never runs as a formula in a spreadsheet.
    CHECK(text.contains(QStringLiteral("\"008 =HYPERLINK(\"\"x\"\")\"")));

    const QString pdfPath = f.dir.filePath(QStringLiteral("maintenance.pdf"));
    auto pdf
        = exportHealthPdf(rows.value(), f.start, f.now, QStringLiteral("Ville d'Antony"), pdfPath);
    REQUIRE(pdf.ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("Ville d'Antony")));
    CHECK(printed.contains(QStringLiteral("007 Place du Marché")));
    CHECK(printed.contains(QStringLiteral("injoignable")));
}
