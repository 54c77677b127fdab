// A report's counts as bars, one group per hour or day and one colour per direction, with the
// lane's occupancy as a line over them (right-hand scale, 0 to 100 %). A step no line watched
// is hatched grey across the plot (no count, not zero); a step partly watched has its bars
// pale. Drawn with QPainter: a few hundred bars need no chart library.
#pragma once

#include "core/analytics/count_log.h"

#include <QWidget>

namespace vigie::widgets {

class CountChart : public QWidget
{
    Q_OBJECT
public:
    explicit CountChart(QWidget *parent = nullptr);

    void setReport(const analytics::CountReport &report);
    // Where the bar of `row` and `direction` is drawn (empty when it is zero or absent).
    QRectF barRect(int row, const QString &direction) const;
    // The hatched band of a step that no line watched (empty when it was watched).
    QRectF notObservedRect(int row) const;
    // A bar's colour: the direction's, pale when the step was only partly watched.
    QColor barColour(int row, int direction) const;
    static QColor directionColour(int index);

    QSize sizeHint() const override { return { 720, 280 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotRect() const;
    int maxCount() const;

    analytics::CountReport m_report;
};

} // namespace vigie::widgets
