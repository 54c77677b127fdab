#include "widgets/maintenance_view.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

QString since(const QDateTime &start, const QDateTime &now)
{
    const qint64 minutes = start.secsTo(now) / 60;
    const QString when = start.toString(QStringLiteral("dd/MM HH:mm"));
    if (minutes < 60)
        return MaintenanceView::tr("%1 (%2 min)").arg(when).arg(minutes);
    if (minutes < 48 * 60)
        return MaintenanceView::tr("%1 (%2 h)").arg(when).arg(minutes / 60);
    return MaintenanceView::tr("%1 (%2 days)").arg(when).arg(minutes / 1440);
}

} // namespace

MaintenanceView::MaintenanceView(cameras::CameraHealthLog &health, QList<cameras::Camera> cameras,
                                 QString commune, QWidget *parent)
    : QDialog(parent), m_health(health), m_cameras(std::move(cameras)),
      m_commune(std::move(commune))
{
    setWindowTitle(tr("Camera maintenance"));
    resize(1000, 640);
    m_choosePath = [this](const QString &format, const QString &suggested) {
        const bool pdf = format == QLatin1String("pdf");
        QString path = QFileDialog::getSaveFileName(
            this, tr("Export the maintenance report"), suggested,
            pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + format;
        return path;
    };

    m_period = new QComboBox(this);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    QFont strong = m_summary->font();
    strong.setBold(true);
    m_summary->setFont(strong);

    m_table = new QTableWidget(this);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({ tr("Camera"), tr("Zone"), tr("Availability"),
                                         tr("Down time"), tr("Outages"), tr("Down since"),
                                         tr("Reason") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(refreshButton, &QPushButton::clicked, this, &MaintenanceView::refresh);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &MaintenanceView::refresh);
    connect(m_exportPdf, &QPushButton::clicked, this,
            [this] { exportReport(QStringLiteral("pdf")); });
    connect(m_exportCsv, &QPushButton::clicked, this,
            [this] { exportReport(QStringLiteral("csv")); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    refresh();
    m_table->setFocus();
}

void MaintenanceView::setPathChooser(PathChooser chooser)
{
    m_choosePath = std::move(chooser);
}

void MaintenanceView::setPeriodDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void MaintenanceView::refresh()
{
    m_to = m_health.clock()();
    m_from = m_to.addDays(-m_period->currentData().toInt());
    const auto rows = m_health.availability(m_cameras, m_from, m_to);
    m_table->setRowCount(0);
    if (!rows.ok()) {
        m_rows.clear();
        m_summary->clear();
        m_status->setText(rows.error());
        return;
    }
    m_rows = rows.value();
    int down = 0;
    const QColor bad(0xc6, 0x28, 0x28);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const cameras::CameraAvailability &row = m_rows[r];
        const QStringList cells {
            row.title,
            row.zone,
            cameras::availabilityText(row),
            cameras::downTimeText(row.down_ms),
            QString::number(row.outages),
            row.current ? since(row.current->start, m_to) : QString(),
            row.current ? row.current->reason : QString(),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (row.current)
                item->setForeground(bad);
            if (c == 2 || c == 3 || c == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        down += row.current ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n camera(s) down now", nullptr, down) + QStringLiteral(" — ")
                       + tr("%n camera(s) in service", nullptr, int(m_rows.size())));
    m_exportPdf->setEnabled(!m_rows.isEmpty());
    m_exportCsv->setEnabled(!m_rows.isEmpty());
}

void MaintenanceView::exportReport(const QString &format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("maintenance-%1.%2").arg(m_to.toString(QStringLiteral("yyyy-MM-dd")), format));
    const QString path = m_choosePath(format, suggested);
    if (path.isEmpty())
        return;
    const auto written = format == QLatin1String("pdf")
        ? cameras::exportHealthPdf(m_rows, m_from, m_to, m_commune, path)
        : cameras::exportHealthCsv(m_rows, m_from, m_to, path);
    m_status->setText(written.ok() ? tr("Report written: %1").arg(QDir::toNativeSeparators(path))
                                   : written.error());
}

QString MaintenanceView::statusText() const
{
    return m_status->text();
}

} // namespace vigie::widgets
