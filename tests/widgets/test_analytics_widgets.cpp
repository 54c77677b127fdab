// The chef de salle's detector configuration as it is used: a zone clicked point by point and a
// line dragged on the picture, then saved; points moved, added and removed from the keyboard; a
// refusal shown with nothing typed lost. The counts' chart painting its bars, and the report
// view's table and CSV.
#include "core/analytics/count_log.h"
#include "core/analytics/detector_settings.h"
#include "core/journal/journal.h"
#include "tests/core/records/records_fixture.h"
#include "widgets/analytics_config_dialog.h"
#include "widgets/analytics_report_view.h"
#include "widgets/count_chart.h"
#include "widgets/detector_canvas.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

QList<cameras::Camera> someCameras()
{
    QList<cameras::Camera> list;
    for (const int n : { 3, 4 }) {
        cameras::Camera c;
        c.number = n;
        c.name = QStringLiteral("Caméra %1").arg(n);
        list.append(c);
    }
    return list;
}

QImage street()
{
    QImage picture(640, 360, QImage::Format_RGB32);
    picture.fill(QColor(90, 96, 90));
    return picture;
}

void mouse(QWidget *w, QEvent::Type type, const QPointF &at, Qt::MouseButtons held)
{
    QMouseEvent e(type, at, w->mapToGlobal(at), Qt::LeftButton, held, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

void drag(QWidget *w, const QPointF &from, const QPointF &to)
{
    mouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        mouse(w, QEvent::MouseMove, from + (to - from) * i / 4.0, Qt::LeftButton);
    mouse(w, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

bool near(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 0.01 && std::abs(a.y() - b.y()) < 0.01;
}

} // namespace

TEST_CASE("a zone clicked and a line dragged on the picture are saved with their points",
          "[analytics][gui]")
{
    test::RecordsFixture f;
    analytics::DetectorSettings settings(*f.db, f.journal);
    widgets::AnalyticsConfigDialog dialog(settings, f.chef, someCameras());
    QList<int> asked;
    dialog.setPictureRequest([&asked](int camera) { asked.append(camera); });
    dialog.selectCamera(4);
    CHECK(asked.contains(4));
    dialog.setPicture(4, street());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    widgets::DetectorCanvas *canvas = dialog.canvas();

    dialog.newDetector(analytics::DetectorKind::Intrusion);
    dialog.nameEdit()->setText(QStringLiteral("portail-ecole"));
    const QList<QPointF> zone { { 0.5, 0.2 }, { 0.9, 0.2 }, { 0.9, 0.9 }, { 0.5, 0.9 } };
    for (const QPointF &p : zone)
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, canvas->toWidget(p).toPoint());
    dialog.scheduleEdit()->setText(QStringLiteral("18:00-07:30@1-5"));
    REQUIRE(dialog.save());
    const auto saved = settings.find(4, QStringLiteral("portail-ecole"));
    REQUIRE(saved);
    REQUIRE(saved->zone.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(near(saved->zone[i], zone[i]));
    CHECK(saved->schedule.toString() == QStringLiteral("18:00-07:30@1,2,3,4,5"));
    CHECK(dialog.detectorList()->count() == 1);

    dialog.newDetector(analytics::DetectorKind::Line);
    dialog.nameEdit()->setText(QStringLiteral("passage"));
    drag(canvas, canvas->toWidget({ 0.3, 0.3 }), canvas->toWidget({ 0.3, 0.6 }));
    REQUIRE(dialog.save());
    const auto line = settings.find(4, QStringLiteral("passage"));
    REQUIRE(line);
    CHECK(line->kind == analytics::DetectorKind::Line);
    CHECK(near(line->line.p1(), { 0.3, 0.3 }));
    CHECK(near(line->line.p2(), { 0.3, 0.6 }));
    CHECK(dialog.detectorList()->count() == 2);

    // What the operator sees, kept for a look.
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("vigie-detector-dialog.png")));

    // Picked again from the list, the zone comes back; removed, it is gone.
    dialog.editDetector(QStringLiteral("portail-ecole"));
    CHECK(canvas->points().size() == 4);
    REQUIRE(dialog.removeCurrent());
    CHECK_FALSE(settings.find(4, QStringLiteral("portail-ecole")));
}

TEST_CASE("the points are moved, added and removed from the keyboard", "[analytics][gui]")
{
    test::RecordsFixture f;
    analytics::DetectorSettings settings(*f.db, f.journal);
    widgets::AnalyticsConfigDialog dialog(settings, f.chef, someCameras());
    dialog.selectCamera(3);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.newDetector(analytics::DetectorKind::Occupancy);
    dialog.nameEdit()->setText(QStringLiteral("voie-a86"));
    widgets::DetectorCanvas *canvas = dialog.canvas();
    canvas->setFocus();
    // Three points typed in without a mouse: Insert adds each after the one picked.
    QTest::keyClick(canvas, Qt::Key_Insert); // the middle of the picture
    QTest::keyClick(canvas, Qt::Key_Insert);
    QTest::keyClick(canvas, Qt::Key_Insert);
    REQUIRE(canvas->points().size() == 3);
    // The first point, 10 % left and 5 % up.
    canvas->setPoints({ { 0.5, 0.5 }, { 0.7, 0.5 }, { 0.6, 0.8 } });
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(canvas, Qt::Key_Left);
    QTest::keyClick(canvas, Qt::Key_Up, Qt::ShiftModifier);
    // The second, down by 1 %; then a fourth added after it, and removed again.
    QTest::keyClick(canvas, Qt::Key_Tab);
    CHECK(canvas->selected() == 1);
    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Insert);
    CHECK(canvas->points().size() == 4);
    QTest::keyClick(canvas, Qt::Key_Delete);
    CHECK(canvas->points().size() == 3);
    REQUIRE(dialog.save());
    const auto saved = settings.find(3, QStringLiteral("voie-a86"));
    REQUIRE(saved);
    REQUIRE(saved->zone.size() == 3);
    CHECK(near(saved->zone[0], { 0.4, 0.45 }));
    CHECK(near(saved->zone[1], { 0.7, 0.51 }));
    CHECK(near(saved->zone[2], { 0.6, 0.8 }));
}

TEST_CASE("a refused detector shows why, and nothing typed is lost", "[analytics][gui]")
{
    test::RecordsFixture f;
    analytics::DetectorSettings settings(*f.db, f.journal);
    const QString typed = QStringLiteral("0.1,0.1;1.2,0.1;0.5,0.9");
    SECTION("a zone outside the picture, refused by core")
    {
        widgets::AnalyticsConfigDialog dialog(settings, f.chef, someCameras());
        dialog.selectCamera(4);
        dialog.nameEdit()->setText(QStringLiteral("hors-champ"));
        dialog.pointsEdit()->setText(typed);
        QTest::keyClick(dialog.pointsEdit(), Qt::Key_End); // as typed: the canvas follows
        CHECK_FALSE(dialog.save());
        CHECK(dialog.statusText().contains(QStringLiteral("1.2")));
        CHECK(dialog.pointsEdit()->text() == typed);
        CHECK(dialog.nameEdit()->text() == QStringLiteral("hors-champ"));
        CHECK(settings.list(4).isEmpty());
    }
    SECTION("an operator without the right, refused by core")
    {
        widgets::AnalyticsConfigDialog dialog(settings, f.operatorUser, someCameras());
        dialog.selectCamera(4);
        dialog.nameEdit()->setText(QStringLiteral("portail"));
        dialog.pointsEdit()->setText(QStringLiteral("0.1,0.1;0.9,0.1;0.5,0.9"));
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.statusText().isEmpty());
        CHECK(dialog.nameEdit()->text() == QStringLiteral("portail"));
        CHECK(settings.list(4).isEmpty());
    }
}

TEST_CASE("the counts' chart paints a bar per direction and step, to scale", "[analytics][gui]")
{
    analytics::CountReport report;
    report.directions = { QStringLiteral("left_to_right"), QStringLiteral("right_to_left") };
    const QDateTime day(QDate(2026, 11, 25), QTime(0, 0));
    const int counts[3][2] = { { 4, 2 }, { 0, 5 }, { 10, 1 } };
    for (int d = 0; d < 3; ++d) {
        analytics::CountReport::Row row { day.addDays(d), day.addDays(d + 1), {}, -1 };
        row.counts.insert(report.directions[0], counts[d][0]);
        row.counts.insert(report.directions[1], counts[d][1]);
        report.rows.append(row);
    }
    widgets::CountChart chart;
    chart.resize(600, 300);
    chart.setReport(report);
    const QImage painted = chart.grab().toImage();
    painted.save(QDir::temp().filePath(QStringLiteral("vigie-count-chart.png")));
    for (int r = 0; r < 3; ++r) {
        for (int d = 0; d < 2; ++d) {
            const QRectF bar = chart.barRect(r, report.directions[d]);
            if (counts[r][d] == 0) {
                CHECK(bar.isEmpty());
                continue;
            }
            REQUIRE_FALSE(bar.isEmpty());
            const QPoint centre = bar.center().toPoint() * painted.devicePixelRatio();
            CHECK(painted.pixelColor(centre) == widgets::CountChart::directionColour(d));
        }
    }
    // To scale: ten people make a bar ten times one person's.
    CHECK(chart.barRect(2, report.directions[0]).height()
          == Approx(10 * chart.barRect(2, report.directions[1]).height()));
}

TEST_CASE("the report view lists the counts per day and exports them as CSV", "[analytics][gui]")
{
    test::RecordsFixture f;
    analytics::DetectorSettings settings(*f.db, f.journal);
    analytics::CountLog counts(*f.db, f.journal);
    const qint64 t = f.now.toMSecsSinceEpoch();
    QList<analytics::AnalyticsEvent> crossings;
    for (const int n : { 1, 2, 3 }) {
        analytics::AnalyticsEvent e;
        e.type = QStringLiteral("crossing");
        e.direction = n == 2 ? QStringLiteral("left_to_right") : QStringLiteral("right_to_left");
        e.t_ms = t + n * 1000;
        crossings.append(e);
    }
    counts.add(4, QStringLiteral("passage"), crossings);
    REQUIRE(counts.flush(t, true).ok());

    widgets::AnalyticsReportView view(counts, settings, f.operatorUser, someCameras());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("comptages.csv"));
    view.setPathChooser([&file](const QString &) { return file; });
    view.selectCamera(4);
    view.setPeriod(f.now.date().addDays(-1), f.now.date());
    view.setStep(analytics::ReportStep::Day);
    view.refresh();
    QTableWidget *table = view.table();
    REQUIRE(table->rowCount() == 3); // two days and the total
    REQUIRE(table->columnCount() == 4); // the day, two directions, the time watched
    CHECK(table->item(1, 1)->text() == QStringLiteral("1"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("2"));
    CHECK(table->item(2, 2)->text() == QStringLiteral("2"));
    REQUIRE(view.exportCsv());
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).count(QStringLiteral("\r\n")) == 3);

    view.resize(1000, 680);
    view.grab().save(QDir::temp().filePath(QStringLiteral("vigie-count-report.png")));
}

TEST_CASE("the report view and its chart tell a quiet day (0) from a day nobody watched, and "
          "say when a day was watched only in part",
          "[analytics][gui]")
{
    test::RecordsFixture f;
    analytics::DetectorSettings settings(*f.db, f.journal);
    analytics::CountLog counts(*f.db, f.journal);
    const QDate today = f.now.date();
    const auto at = [&](const QDate &day, int hour) {
        // Local time, as the view reads its days.
        return QDateTime(day, QTime(0, 0)).addSecs(hour * 3600).toMSecsSinceEpoch();
    };
    // As the live line tells it: the stretches it watched, and its crossings.
    const auto watched = [&](qint64 from_ms, qint64 to_ms) {
        analytics::AnalyticsEvent e;
        e.type = QStringLiteral("watched");
        e.t_ms = to_ms;
        e.details = { { QStringLiteral("from_ms"), from_ms },
                      { QStringLiteral("directions"),
                        QJsonArray { QStringLiteral("left_to_right"),
                                     QStringLiteral("right_to_left") } } };
        counts.add(4, QStringLiteral("passage"), { e });
    };
    // Two days ago: watched all day, nobody crossed. Yesterday: the camera lost. Today: watched
    // until noon, two people.
    watched(at(today.addDays(-2), 0), at(today.addDays(-1), 0));
    watched(at(today, 0), at(today, 12));
    QList<analytics::AnalyticsEvent> crossings;
    for (const int hour : { 8, 9 }) {
        analytics::AnalyticsEvent e;
        e.type = QStringLiteral("crossing");
        e.direction = QStringLiteral("right_to_left");
        e.t_ms = at(today, hour);
        crossings.append(e);
    }
    counts.add(4, QStringLiteral("passage"), crossings);
    REQUIRE(counts.flush(f.now.toMSecsSinceEpoch(), true).ok());

    widgets::AnalyticsReportView view(counts, settings, f.operatorUser, someCameras());
    view.selectCamera(4);
    view.setPeriod(today.addDays(-2), today);
    view.setStep(analytics::ReportStep::Day);
    view.refresh();
    QTableWidget *table = view.table();
    REQUIRE(table->rowCount() == 4);
    REQUIRE(table->columnCount() == 4);
    CHECK(table->horizontalHeaderItem(3)->text() == QStringLiteral("Observed"));
    // The quiet day: 0, watched all day.
    CHECK(table->item(0, 1)->text() == QStringLiteral("0"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("0"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("24 h 00"));
    CHECK(table->item(0, 3)->toolTip().isEmpty());
    // The day nobody watched: no count.
    CHECK(table->item(1, 1)->text() == QStringLiteral("not observed"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("not observed"));
    CHECK(table->item(1, 3)->text() == QStringLiteral("0 min"));
    // Today: its two people, over the 12 hours watched, said to be partial.
    CHECK(table->item(2, 2)->text() == QStringLiteral("2"));
    CHECK(table->item(2, 3)->text() == QStringLiteral("12 h 00"));
    CHECK_FALSE(table->item(2, 3)->toolTip().isEmpty());
    CHECK(table->item(2, 3)->foreground().color() == widgets::colors::warning);
    CHECK(table->item(3, 3)->text() == QStringLiteral("36 h 00"));

    view.resize(1000, 680);
    view.show();
    widgets::CountChart *chart = view.chart();
    const QImage painted = chart->grab().toImage();
    painted.save(QDir::temp().filePath(QStringLiteral("vigie-count-not-observed.png")));
    view.grab().save(QDir::temp().filePath(QStringLiteral("vigie-count-report-watched.png")));
    const auto pixel = [&](const QRectF &column) {
        // A quarter of the way down the plot: clear of the scale's lines.
        const QPointF p(column.center().x(), column.top() + column.height() / 4);
        return painted.pixelColor((p * painted.devicePixelRatio()).toPoint());
    };
    // Not watched: hatched across the plot; the quiet day: nothing drawn, not even a bar.
    const QRectF lost = chart->notObservedRect(1);
    REQUIRE_FALSE(lost.isEmpty());
    CHECK(pixel(lost) != widgets::colors::panel);
    CHECK(chart->notObservedRect(0).isEmpty());
    CHECK(chart->barRect(0, QStringLiteral("right_to_left")).isEmpty());
    CHECK(pixel(lost.translated(-lost.width(), 0)) == widgets::colors::panel);
    // Watched in part: its bar pale, not the direction's full colour.
    const QRectF partial = chart->barRect(2, QStringLiteral("right_to_left"));
    REQUIRE_FALSE(partial.isEmpty());
    CHECK(painted.pixelColor((partial.center() * painted.devicePixelRatio()).toPoint())
          != widgets::CountChart::directionColour(1));
    CHECK(painted.pixelColor((partial.center() * painted.devicePixelRatio()).toPoint())
          != widgets::colors::panel);
}

TEST_CASE("the report view opens on the first camera that counts, not on one with nothing to "
          "report",
          "[analytics][gui]")
{
    test::RecordsFixture f;
    analytics::DetectorSettings settings(*f.db, f.journal);
    analytics::CountLog counts(*f.db, f.journal);
    analytics::DetectorConfig line;
    line.camera = 4;
    line.name = QStringLiteral("passage");
    line.kind = analytics::DetectorKind::Line;
    line.line = QLineF(0.2, 0.5, 0.8, 0.5);
    REQUIRE(settings.set(f.chef, line).ok());

    widgets::AnalyticsReportView view(counts, settings, f.operatorUser, someCameras());
    CHECK(view.camera() == 4);
}
