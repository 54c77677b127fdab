#include "widgets/analytics_report_view.h"

#include "core/analytics/detector_settings.h"
#include "widgets/count_chart.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::widgets {

AnalyticsReportView::AnalyticsReportView(analytics::CountLog &counts,
                                         analytics::DetectorSettings &settings, access::User reader,
                                         QList<cameras::Camera> cameras, QWidget *parent)
    : QDialog(parent), m_counts(counts), m_settings(settings), m_reader(std::move(reader)),
      m_cameras(std::move(cameras))
{
    setWindowTitle(tr("Counts and occupancy"));
    m_camera = new QComboBox;
    for (const cameras::Camera &c : std::as_const(m_cameras))
        m_camera->addItem(tr("%1 — %2").arg(c.number).arg(c.name), c.number);
    m_detector = new QComboBox;
    m_from = new QDateEdit(QDate::currentDate().addDays(-6));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_step = new QComboBox;
    m_step->addItem(tr("by hour"), int(analytics::ReportStep::Hour));
    m_step->addItem(tr("by day"), int(analytics::ReportStep::Day));
    m_step->setCurrentIndex(1);
    auto *show = new QPushButton(tr("&Show"));
    show->setDefault(true);
    auto *csv = new QPushButton(tr("Export &CSV…"));

    auto *filters = new QHBoxLayout;
    const auto labelled = [filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("C&amera:"), m_camera);
    labelled(tr("&Detector:"), m_detector);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    filters->addWidget(m_step);
    filters->addWidget(show);
    filters->addStretch();
    filters->addWidget(csv);

    m_chart = new CountChart;
    m_table = new QTableWidget;
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    resize(1000, 680);

    connect(m_camera, &QComboBox::currentIndexChanged, this, [this] {
        reloadDetectors();
        refresh();
    });
    connect(show, &QPushButton::clicked, this, &AnalyticsReportView::refresh);
    connect(csv, &QPushButton::clicked, this, &AnalyticsReportView::exportCsv);
    m_choosePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export the counts"), suggested,
                                            tr("CSV files (*.csv)"));
    };
    // Opened on the first camera that counts (a line or an occupancy detector), not on a
    // camera with nothing to report.
    for (const analytics::DetectorConfig &c : m_settings.list()) {
        if (c.kind == analytics::DetectorKind::Line
            || c.kind == analytics::DetectorKind::Occupancy) {
            selectCamera(c.camera);
            break;
        }
    }
    reloadDetectors();
}

void AnalyticsReportView::setPathChooser(PathChooser chooser)
{
    m_choosePath = std::move(chooser);
}

void AnalyticsReportView::reloadDetectors()
{
    m_detector->clear();
    m_detector->addItem(tr("all"), QString());
    for (const analytics::DetectorConfig &c : m_settings.list(m_camera->currentData().toInt())) {
        if (c.kind == analytics::DetectorKind::Line || c.kind == analytics::DetectorKind::Occupancy)
            m_detector->addItem(c.name, c.name);
    }
}

int AnalyticsReportView::camera() const
{
    return m_camera->currentData().toInt();
}

void AnalyticsReportView::selectCamera(int camera)
{
    const int index = m_camera->findData(camera);
    if (index >= 0)
        m_camera->setCurrentIndex(index);
}

void AnalyticsReportView::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void AnalyticsReportView::setStep(analytics::ReportStep step)
{
    m_step->setCurrentIndex(m_step->findData(int(step)));
}

QString AnalyticsReportView::statusText() const
{
    return m_status->text();
}

void AnalyticsReportView::refresh()
{
    const auto report = m_counts.report(
        m_reader, m_camera->currentData().toInt(), m_detector->currentData().toString(),
        QDateTime(m_from->date(), QTime(0, 0)), QDateTime(m_to->date().addDays(1), QTime(0, 0)),
        analytics::ReportStep(m_step->currentData().toInt()));
    if (!report.ok()) {
        m_status->setText(report.error());
        m_status->setStyleSheet(QStringLiteral("color: %1").arg(colors::lost.name()));
        m_loaded = false;
        return;
    }
    m_report = report.value();
    m_loaded = true;
    m_chart->setReport(m_report);

    QStringList header { tr("From") };
    for (const QString &d : std::as_const(m_report.directions))
        header.append(analytics::CountReport::directionLabel(d));
    if (m_report.hasOccupancy)
        header.append(tr("Occupancy"));
    if (m_report.hasCounts())
        header.append(tr("Observed"));
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(m_report.rows.size()) + 1);
    const bool byHour = m_step->currentData().toInt() == int(analytics::ReportStep::Hour);
    const auto cell = [this](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
        return item;
    };
    // "12 h 00" reads faster than "720 min" for a day; a step watched at all shows 1 min at
    // least, "0 min" being the one nobody watched.
    const auto minutes = [](qint64 ms) {
        const qint64 m = ms <= 0 ? 0 : std::max<qint64>(1, (ms + 30 * 1000) / (60 * 1000));
        return m < 60 ? tr("%1 min").arg(m)
                      : tr("%1 h %2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
    };
    for (int r = 0; r < m_report.rows.size(); ++r) {
        const auto &row = m_report.rows[r];
        cell(r, 0,
             row.from.toString(byHour ? QStringLiteral("ddd dd/MM/yyyy HH:mm")
                                      : QStringLiteral("ddd dd/MM/yyyy")));
        int c = 1;
        // A step nobody watched has no count: 0 would say that nobody passed.
        for (const QString &d : std::as_const(m_report.directions)) {
            QTableWidgetItem *item = cell(
                r, c++, row.watched() ? QString::number(row.counts.value(d)) : tr("not observed"));
            if (!row.watched())
                item->setForeground(colors::dimText);
        }
        if (m_report.hasOccupancy) {
            QTableWidgetItem *item = cell(
                r, c++,
                row.occupancy < 0 ? tr("not observed")
                                  : QStringLiteral("%1 %").arg(row.occupancy * 100, 0, 'f', 1));
            if (row.occupancy < 0)
                item->setForeground(colors::dimText);
        }
        if (m_report.hasCounts()) {
            QTableWidgetItem *item = cell(
                r, c,
                row.watched_ms == 0 ? QString() : minutes(std::max<qint64>(0, row.watched_ms)));
            if (row.partlyWatched()) {
                item->setForeground(colors::warning);
                item->setToolTip(tr("Partly observed: the counts cover only this time (the "
                                    "camera was lost or the analytics stopped for the rest)."));
            } else if (!row.watched()) {
                item->setForeground(colors::dimText);
            }
        }
    }
    const int last = int(m_report.rows.size());
    cell(last, 0, tr("Total"));
    int c = 1;
    for (const QString &d : std::as_const(m_report.directions))
        cell(last, c++, QString::number(m_report.totals.value(d)));
    if (m_report.hasCounts())
        cell(last, int(header.size()) - 1, minutes(m_report.totalWatched_ms()));
    m_table->resizeColumnsToContents();
    m_status->setStyleSheet(QString());
    m_status->setText(m_report.directions.isEmpty() && !m_report.hasOccupancy
                          ? tr("Nothing was counted on this camera over this period.")
                          : QString());
}

bool AnalyticsReportView::exportCsv()
{
    if (!m_loaded)
        refresh();
    if (!m_loaded)
        return false;
    const QString path = m_choosePath(
        tr("counts-camera-%1-%2-%3.csv")
            .arg(m_camera->currentData().toInt())
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_report.toCsv().toUtf8()) < 0
        || !file.commit()) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        m_status->setStyleSheet(QStringLiteral("color: %1").arg(colors::lost.name()));
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Counts exported to %1.").arg(path));
    return true;
}

} // namespace vigie::widgets
