// A report's counts as bars, one group per hour or day and one colour per direction, with the
// lane's occupancy as a line over them (right-hand scale, 0 to 100 %). Drawn with QPainter:
// a few hundred bars need no chart library.
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
