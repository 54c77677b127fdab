#include "widgets/count_chart.h"

#include "widgets/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace vigie::widgets {
namespace {

// The scale's top: the largest count rounded up to 1, 2 or 4 times a power of ten, so that its
// half, written in the middle, is a whole number too.
int niceCeiling(int value)
{
    if (value <= 4)
        return 4;
    const double power = std::pow(10.0, std::floor(std::log10(double(value))));
    for (const int factor : { 1, 2, 4, 10 }) {
        if (factor * power >= value)
            return int(factor * power);
    }
    return value;
}

// What marks a step not observed, on the plot and in the legend.
void hatch(QPainter &painter, const QRectF &rect)
{
    painter.fillRect(rect, QColor(0x2a, 0x2e, 0x34));
    painter.fillRect(rect, QBrush(colors::dimText, Qt::BDiagPattern));
}

} // namespace

CountChart::CountChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(180);
    setAccessibleName(tr("Counts per direction"));
}

QColor CountChart::directionColour(int index)
{
    static const QColor colours[]
        = { colors::accent, colors::warning, colors::live, colors::bailleur };
    return colours[index % 4];
}

void CountChart::setReport(const analytics::CountReport &report)
{
    m_report = report;
    update();
}

QRectF CountChart::plotRect() const
{
    return QRectF(48, 28, width() - 96, height() - 64);
}

int CountChart::maxCount() const
{
    int top = 0;
    for (const auto &row : m_report.rows) {
        for (const int n : row.counts)
            top = std::max(top, n);
    }
    return niceCeiling(top);
}

QRectF CountChart::barRect(int row, const QString &direction) const
{
    const int d = int(m_report.directions.indexOf(direction));
    if (row < 0 || row >= m_report.rows.size() || d < 0)
        return {};
    const int count = m_report.rows[row].counts.value(direction);
    if (count <= 0)
        return {};
    const QRectF plot = plotRect();
    const double group = plot.width() / double(m_report.rows.size());
    const double bar = group * 0.8 / double(m_report.directions.size());
    const double h = plot.height() * double(count) / double(maxCount());
    return { plot.left() + row * group + group * 0.1 + d * bar, plot.bottom() - h, bar, h };
}

QRectF CountChart::notObservedRect(int row) const
{
    if (row < 0 || row >= m_report.rows.size() || !m_report.hasCounts()
        || m_report.rows[row].watched())
        return {};
    const QRectF plot = plotRect();
    const double group = plot.width() / double(m_report.rows.size());
    return { plot.left() + row * group, plot.top(), group, plot.height() };
}

QColor CountChart::barColour(int row, int direction) const
{
    QColor colour = directionColour(direction);
    if (row >= 0 && row < m_report.rows.size() && m_report.rows[row].partlyWatched())
        colour.setAlphaF(0.45);
    return colour;
}

void CountChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), colors::panel);
    const QRectF plot = plotRect();
    painter.setPen(colors::text);
    if (m_report.rows.isEmpty() || (m_report.directions.isEmpty() && !m_report.hasOccupancy)) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Nothing counted over this period."));
        return;
    }
    // Scale: 0, half, top.
    const int top = maxCount();
    painter.setPen(colors::dimText);
    for (const int i : { 0, 1, 2 }) {
        const double y = plot.bottom() - plot.height() * i / 2.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(top * i / 2));
        if (m_report.hasOccupancy)
            painter.drawText(QRectF(plot.right() + 6, y - 8, 44, 16),
                             Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1 %").arg(50 * i));
    }
    bool notObserved = false;
    bool partly = false;
    for (int r = 0; r < m_report.rows.size(); ++r) {
        // Not watched: hatched, so that it never reads as a quiet step with no bar.
        if (const QRectF band = notObservedRect(r); !band.isEmpty()) {
            notObserved = true;
            hatch(painter, band);
            continue;
        }
        partly = partly || (m_report.hasCounts() && m_report.rows[r].partlyWatched());
        for (int d = 0; d < m_report.directions.size(); ++d) {
            const QRectF bar = barRect(r, m_report.directions[d]);
            if (!bar.isEmpty())
                painter.fillRect(bar, barColour(r, d));
        }
    }
    // A label under every few groups, so that they never overlap.
    const double group = plot.width() / double(m_report.rows.size());
    const int every = std::max(1, int(std::ceil(70.0 / group)));
    const bool byHour
        = m_report.rows.size() > 1 && m_report.rows[0].from.secsTo(m_report.rows[0].to) < 86000;
    painter.setPen(colors::text);
    for (int r = 0; r < m_report.rows.size(); r += every) {
        const QDateTime &at = m_report.rows[r].from;
        painter.drawText(
            QRectF(plot.left() + r * group, plot.bottom() + 4, group * every, 16), Qt::AlignLeft,
            at.toString(byHour ? QStringLiteral("dd/MM HH'h'") : QStringLiteral("dd/MM")));
    }
    if (m_report.hasOccupancy) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colors::alarm, 2));
        QPainterPath path;
        bool drawing = false;
        for (int r = 0; r < m_report.rows.size(); ++r) {
            const double share = m_report.rows[r].occupancy;
            if (share < 0) {
                drawing = false; // not watched: a gap, not a zero
                continue;
            }
            const QPointF p(plot.left() + (r + 0.5) * group, plot.bottom() - plot.height() * share);
            if (drawing)
                path.lineTo(p);
            else
                path.moveTo(p);
            drawing = true;
            painter.drawEllipse(p, 2, 2);
        }
        painter.drawPath(path);
    }
    // Legend.
    double x = plot.left();
    for (int d = 0; d < m_report.directions.size(); ++d) {
        painter.fillRect(QRectF(x, 8, 12, 12), directionColour(d));
        const QString label = analytics::CountReport::directionLabel(m_report.directions[d]);
        painter.setPen(colors::text);
        painter.drawText(QPointF(x + 16, 19), label);
        x += 28 + painter.fontMetrics().horizontalAdvance(label);
    }
    if (m_report.hasOccupancy) {
        painter.fillRect(QRectF(x, 13, 12, 2), colors::alarm);
        painter.drawText(QPointF(x + 16, 19), tr("occupancy"));
        x += 28 + painter.fontMetrics().horizontalAdvance(tr("occupancy"));
    }
    if (partly) {
        QColor pale = colors::text; // pale, whatever the direction
        pale.setAlphaF(0.45);
        painter.fillRect(QRectF(x, 8, 12, 12), pale);
        painter.drawText(QPointF(x + 16, 19), tr("partly observed"));
        x += 28 + painter.fontMetrics().horizontalAdvance(tr("partly observed"));
    }
    if (notObserved) {
        hatch(painter, QRectF(x, 8, 12, 12));
        painter.drawText(QPointF(x + 16, 19), tr("not observed"));
    }
}

} // namespace vigie::widgets
