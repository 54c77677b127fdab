// The camera's picture with a detector's zone (a polygon) or line (with the arrow of its first
// direction) drawn over it, edited with the mouse or the keyboard: in picture coordinates,
// 0..1 from the top left, as core keeps them. Mouse: a click adds a zone's point, a drag moves
// the nearest point; for a line, a drag from one end to the other draws it. Keyboard: Tab and
// Shift+Tab pick a point, the arrows move it by 1 % (5 % with Shift), Insert adds a point after
// it, Delete removes it.
#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace vigie::widgets {

class DetectorCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Shape { Zone, Line };

    explicit DetectorCanvas(QWidget *parent = nullptr);

    void setPicture(const QImage &picture); // a null picture: a grey field, still drawable
    void setShape(Shape shape);
    Shape shape() const { return m_shape; }
    // The zone's points, or the line's two ends; normalised.
    void setPoints(const QList<QPointF> &points);
    const QList<QPointF> &points() const { return m_points; }
    int selected() const { return m_selected; }
    void clearPoints();

    // Where a normalised point lies on the widget, and back (the picture is letter-boxed).
    QPointF toWidget(const QPointF &normalised) const;
    QPointF toPicture(const QPointF &widgetPoint) const;

    QSize sizeHint() const override { return { 640, 400 }; }

signals:
    void pointsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QRectF pictureRect() const;
    int nearestPoint(const QPointF &widgetPoint) const;
    void moveSelected(const QPointF &delta);

    QImage m_picture;
    Shape m_shape = Shape::Zone;
    QList<QPointF> m_points;
    int m_selected = -1;
    int m_dragged = -1;
    bool m_drawingLine = false;
};

} // namespace vigie::widgets
