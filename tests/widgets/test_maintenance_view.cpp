// The maintenance view as the chef de salle reads it: the camera down now on top, in red, with
// since when and why; the period switched from 7 to 30 days; the report written for the
// contractor.
#include "core/cameras/camera.h"
#include "core/cameras/camera_health.h"
#include "tests/support/test_support.h"
#include "widgets/maintenance_view.h"

#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace vigie;

TEST_CASE("the maintenance view puts the camera down now first, and writes the report",
          "[maintenance][gui]")
{
    QTemporaryDir dir;
    auto db = test::openDatabase(dir.filePath(QStringLiteral("v.db")));
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), QTimeZone("Europe/Paris"));
    QDateTime now = start;
    cameras::CameraHealthLog health(*db, [&now] { return now; });
    REQUIRE(health.beginWatch().ok());
    // Camera 2 was down an hour twenty days ago; camera 3 has been down for two hours.
    now = start.addDays(5);
    REQUIRE(health.record(2, cameras::StreamState::Lost, QStringLiteral("coupure")).ok());
    now = now.addSecs(3600);
    REQUIRE(health.record(2, cameras::StreamState::Live, QString()).ok());
    now = start.addDays(25);
    REQUIRE(health.heartbeat().ok());
    REQUIRE(
        health.record(3, cameras::StreamState::Unreachable, QStringLiteral("Adresse injoignable"))
            .ok());
    now = now.addSecs(2 * 3600);

    QList<cameras::Camera> list;
    for (int n : { 1, 2, 3 }) {
        cameras::Camera c;
        c.number = n;
        c.name = QStringLiteral("Caméra %1").arg(n);
        c.zone = QStringLiteral("Centre");
        list.append(c);
    }
    widgets::MaintenanceView view(health, list, QStringLiteral("Ville d'Antony"));
    view.show();
    QTableWidget *table = view.table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("003 Caméra 3"));
    CHECK(table->item(0, 5)->text().contains(QStringLiteral("(2 h)")));
    CHECK(table->item(0, 6)->text() == QStringLiteral("Adresse injoignable"));
    CHECK(table->item(0, 0)->foreground().color() != table->item(1, 0)->foreground().color());
    CHECK(view.summary()->text().contains(QStringLiteral("1")));
    // Over 7 days camera 2's old outage does not count; over 30 it does.
    CHECK(table->item(1, 4)->text() == QStringLiteral("0"));
    view.setPeriodDays(30);
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(1, 0)->text() == QStringLiteral("002 Caméra 2"));
    CHECK(table->item(1, 4)->text() == QStringLiteral("1"));

    const QString path = dir.filePath(QStringLiteral("report.csv"));
    view.setPathChooser([&path](const QString &format, const QString &suggested) {
        CHECK(format == QStringLiteral("csv"));
        CHECK(suggested.endsWith(QStringLiteral(".csv")));
        return path;
    });
    view.exportReport(QStringLiteral("csv"));
    CHECK(view.statusText().contains(QStringLiteral("report.csv")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Adresse injoignable")));

    // A folder that cannot be written: the reason is shown, nothing else changes.
    view.setPathChooser([&dir](const QString &, const QString &) {
        return dir.filePath(QStringLiteral("absent/report.csv"));
    });
    view.exportReport(QStringLiteral("csv"));
    CHECK(view.statusText().contains(QStringLiteral("absent")));
    CHECK(table->rowCount() == 3);
}
