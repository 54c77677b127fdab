#include "widgets/plate_frame_view.h"

#include "widgets/theme.h"

#include <QMouseEvent>
#include <QPainter>

namespace vigie::widgets {

namespace {
constexpr int kMinimumDrag_px = 6; // smaller is a click, not a rectangle
}

PlateFrameView::PlateFrameView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(480, 270);
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize PlateFrameView::sizeHint() const
{
    return { 800, 450 };
}

void PlateFrameView::setPicture(const QImage &picture)
{
    m_picture = picture;
    m_chosen = QRect();
    m_dragging = false;
    update();
}

QRect PlateFrameView::pictureArea() const
{
    if (m_picture.isNull())
        return {};
    const QSize fitted = m_picture.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

QRect PlateFrameView::toWidget(const QRect &pictureRect) const
{
    const QRect area = pictureArea();
    if (area.isEmpty())
        return {};
    const double scale = double(area.width()) / m_picture.width();
    return QRect(area.left() + int(pictureRect.left() * scale),
                 area.top() + int(pictureRect.top() * scale), int(pictureRect.width() * scale),
                 int(pictureRect.height() * scale));
}

QPoint PlateFrameView::toPicture(const QPoint &widgetPoint) const
{
    const QRect area = pictureArea();
    if (area.isEmpty())
        return {};
    const double scale = double(m_picture.width()) / area.width();
    const QPoint inside = widgetPoint - area.topLeft();
    return QPoint(qBound(0, int(inside.x() * scale), m_picture.width() - 1),
                  qBound(0, int(inside.y() * scale), m_picture.height() - 1));
}

void PlateFrameView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), colors::tile);
    if (m_picture.isNull()) {
        painter.setPen(colors::dimText);
        painter.drawText(rect(), Qt::AlignCenter, tr("No frame was grabbed."));
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(pictureArea(), m_picture);
    if (!m_chosen.isNull()) {
        painter.setPen(QPen(colors::focus, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(toWidget(m_chosen));
    }
}

void PlateFrameView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_picture.isNull())
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_pressed = toPicture(event->position().toPoint());
    m_chosen = QRect();
    update();
}

void PlateFrameView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    m_chosen = QRect(m_pressed, toPicture(event->position().toPoint())).normalized();
    update();
}

void PlateFrameView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    m_chosen = QRect(m_pressed, toPicture(event->position().toPoint())).normalized();
    update();
    if (toWidget(m_chosen).width() >= kMinimumDrag_px
        && toWidget(m_chosen).height() >= kMinimumDrag_px)
        emit areaChosen(m_chosen);
    else
        m_chosen = QRect();
}

} // namespace vigie::widgets
