#include "widgets/detector_canvas.h"

#include "core/analytics/count_log.h"
#include "core/analytics/detector_config.h"
#include "widgets/theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace vigie::widgets {
namespace {

constexpr double kStep = 0.01; // an arrow key moves a point by 1 % of the picture
constexpr double kBigStep = 0.05; // with Shift
constexpr double kGrab_px = 12; // a press this close to a point takes it

QPointF clamped(const QPointF &p)
{
    return { std::clamp(p.x(), 0.0, 1.0), std::clamp(p.y(), 0.0, 1.0) };
}

void drawArrow(QPainter &painter, const QPointF &from, const QPointF &to)
{
    painter.drawLine(from, to);
    const QLineF back(to, from);
    for (const double turn : { 25.0, -25.0 }) {
        QLineF head = back;
        head.setLength(10);
        head.setAngle(back.angle() + turn);
        painter.drawLine(head);
    }
}

} // namespace

DetectorCanvas::DetectorCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 200);
    setAccessibleName(tr("Detector's picture: zone or line"));
}

void DetectorCanvas::setPicture(const QImage &picture)
{
    m_picture = picture;
    update();
}

void DetectorCanvas::setShape(Shape shape)
{
    if (m_shape == shape)
        return;
    m_shape = shape;
    if (m_shape == Shape::Line && m_points.size() > 2)
        m_points = m_points.mid(0, 2);
    m_selected = m_points.isEmpty() ? -1 : 0;
    update();
    emit pointsChanged();
}

void DetectorCanvas::setPoints(const QList<QPointF> &points)
{
    // As given, even outside the picture: core refuses such a zone with its reason, and the
    // operator sees where the point went.
    m_points = points;
    m_selected = m_points.isEmpty() ? -1 : 0;
    update();
    emit pointsChanged();
}

void DetectorCanvas::clearPoints()
{
    setPoints({});
}

QRectF DetectorCanvas::pictureRect() const
{
    // The picture keeps its proportions (4:3 or 16:9 cameras), letter-boxed in the widget.
    const QSizeF picture = m_picture.isNull() ? QSizeF(16, 9) : QSizeF(m_picture.size());
    const QSizeF fitted = picture.scaled(QSizeF(size()) - QSizeF(16, 16), Qt::KeepAspectRatio);
    return { QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted };
}

QPointF DetectorCanvas::toWidget(const QPointF &normalised) const
{
    const QRectF r = pictureRect();
    return { r.left() + normalised.x() * r.width(), r.top() + normalised.y() * r.height() };
}

QPointF DetectorCanvas::toPicture(const QPointF &widgetPoint) const
{
    const QRectF r = pictureRect();
    return clamped(
        { (widgetPoint.x() - r.left()) / r.width(), (widgetPoint.y() - r.top()) / r.height() });
}

int DetectorCanvas::nearestPoint(const QPointF &widgetPoint) const
{
    int nearest = -1;
    double best = kGrab_px;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const double d = QLineF(toWidget(m_points[i]), widgetPoint).length();
        if (d <= best) {
            best = d;
            nearest = int(i);
        }
    }
    return nearest;
}

void DetectorCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), colors::tile);
    const QRectF r = pictureRect();
    if (m_picture.isNull()) {
        painter.fillRect(r, QColor(0x3a, 0x3f, 0x45));
        painter.setPen(colors::text);
        painter.drawText(r, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No picture of this camera yet: the points can still be drawn."));
    } else {
        painter.drawImage(r, m_picture);
    }
    painter.setRenderHint(QPainter::Antialiasing);

    QPolygonF shape;
    for (const QPointF &p : m_points)
        shape.append(toWidget(p));
    const QColor colour = colors::focus;
    if (m_shape == Shape::Zone && shape.size() >= 3) {
        QColor fill = colour;
        fill.setAlpha(60);
        painter.setBrush(fill);
        painter.setPen(QPen(colour, 2));
        painter.drawPolygon(shape);
    } else if (shape.size() >= 2) {
        painter.setPen(QPen(colour, 3));
        painter.drawPolyline(shape);
    }
    if (m_shape == Shape::Line && m_points.size() == 2) {
        // Each direction's arrow across the line at its middle, named as the counts are.
        const QLineF line(m_points[0], m_points[1]);
        const QLineF onScreen(shape[0], shape[1]);
        const QPointF middle = onScreen.center();
        QLineF normal = onScreen.normalVector(); // towards the left of p1->p2 on screen
        normal.setLength(36);
        const QPointF left = normal.p2() - normal.p1();
        painter.setPen(QPen(colors::warning, 2));
        for (const int side : { 1, -1 }) {
            const QPointF start = middle + side * left;
            const QPointF end = middle - side * left * 0.2;
            drawArrow(painter, start, end);
            const QString label
                = analytics::CountReport::directionLabel(analytics::crossingDirection(line, side));
            // Beyond the arrow's tail, on its own side, never across the line.
            const QPointF away = side * left;
            QRectF box(QPointF(), QSizeF(painter.fontMetrics().horizontalAdvance(label) + 4, 18));
            if (std::abs(away.x()) >= std::abs(away.y()))
                box.moveCenter(
                    start + QPointF(away.x() > 0 ? box.width() / 2 + 4 : -box.width() / 2 - 4, 0));
            else
                box.moveCenter(start + QPointF(0, away.y() > 0 ? 12 : -12));
            // Inside the widget, even for a line drawn near the picture's edge.
            box.moveLeft(std::clamp(box.left(), 2.0, std::max(2.0, width() - box.width() - 2)));
            box.moveTop(std::clamp(box.top(), 2.0, std::max(2.0, height() - box.height() - 2)));
            painter.drawText(box, Qt::AlignCenter, label);
        }
    }
    for (qsizetype i = 0; i < shape.size(); ++i) {
        const bool selected = i == m_selected;
        painter.setPen(QPen(selected ? colors::warning : colour, 2));
        painter.setBrush(selected ? colors::warning : colors::tile);
        painter.drawEllipse(shape[i], selected ? 7 : 5, selected ? 7 : 5);
        painter.setPen(colors::text);
        painter.drawText(shape[i] + QPointF(9, -9), QString::number(i + 1));
    }
    if (hasFocus()) {
        painter.setPen(QPen(colors::focus, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void DetectorCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    const QPointF at = event->position();
    m_dragged = nearestPoint(at);
    if (m_dragged >= 0) {
        m_selected = m_dragged;
    } else if (m_shape == Shape::Line) {
        // A new line: from here to where the button is released.
        m_points = { toPicture(at), toPicture(at) };
        m_dragged = m_selected = 1;
        m_drawingLine = true;
    } else {
        m_points.append(toPicture(at));
        m_selected = int(m_points.size()) - 1;
        emit pointsChanged();
    }
    update();
}

void DetectorCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragged < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    m_points[m_dragged] = toPicture(event->position());
    update();
    emit pointsChanged();
}

void DetectorCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drawingLine && m_points.size() == 2
        && QLineF(toWidget(m_points[0]), toWidget(m_points[1])).length() < 4) {
        m_points.clear(); // a click, not a line
        m_selected = -1;
    }
    if (m_dragged >= 0 || m_drawingLine)
        emit pointsChanged();
    m_dragged = -1;
    m_drawingLine = false;
    update();
    QWidget::mouseReleaseEvent(event);
}

void DetectorCanvas::moveSelected(const QPointF &delta)
{
    if (m_selected < 0 || m_selected >= m_points.size())
        return;
    m_points[m_selected] = clamped(m_points[m_selected] + delta);
    update();
    emit pointsChanged();
}

bool DetectorCanvas::focusNextPrevChild(bool next)
{
    // Tab walks the points while there are some to walk; past the last, focus moves on.
    if (m_points.isEmpty())
        return QWidget::focusNextPrevChild(next);
    const int to = m_selected + (next ? 1 : -1);
    if (to < 0 || to >= m_points.size()) {
        m_selected = -1;
        update();
        return QWidget::focusNextPrevChild(next);
    }
    m_selected = to;
    update();
    return true;
}

void DetectorCanvas::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? kBigStep : kStep;
    switch (event->key()) {
    case Qt::Key_Left:
        moveSelected({ -step, 0 });
        return;
    case Qt::Key_Right:
        moveSelected({ step, 0 });
        return;
    case Qt::Key_Up:
        moveSelected({ 0, -step });
        return;
    case Qt::Key_Down:
        moveSelected({ 0, step });
        return;
    case Qt::Key_Insert:
    case Qt::Key_Plus: {
        if (m_shape == Shape::Line && m_points.size() >= 2)
            return;
        // Halfway to the next point (a new point appears where the operator can see it).
        QPointF p(0.5, 0.5);
        if (!m_points.isEmpty()) {
            const int from = std::max(0, m_selected);
            const QPointF a = m_points[from];
            const QPointF b = m_points[(from + 1) % m_points.size()];
            p = m_points.size() == 1 ? clamped(a + QPointF(0.1, 0)) : (a + b) / 2;
        }
        const int at = m_points.isEmpty() ? 0 : std::max(0, m_selected) + 1;
        m_points.insert(at, p);
        m_selected = at;
        update();
        emit pointsChanged();
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_Minus:
        if (m_selected >= 0 && m_selected < m_points.size()) {
            m_points.removeAt(m_selected);
            m_selected = std::min<int>(m_selected, int(m_points.size()) - 1);
            update();
            emit pointsChanged();
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace vigie::widgets
