// A captured frame, fitted into the widget, on which the operator drags a rectangle over the
// plate: the rectangle is given back in the picture's own pixels, for the OCR.
#pragma once

#include <QImage>
#include <QWidget>

namespace vigie::widgets {

class PlateFrameView : public QWidget
{
    Q_OBJECT
public:
    explicit PlateFrameView(QWidget *parent = nullptr);

    void setPicture(const QImage &picture);
    const QImage &picture() const { return m_picture; }
    // Where the picture is drawn, and a rectangle of the picture in widget coordinates.
    QRect pictureArea() const;
    QRect toWidget(const QRect &pictureRect) const;
    QRect chosenArea() const { return m_chosen; } // in the picture's pixels

signals:
    void areaChosen(const QRect &pictureRect);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    QSize sizeHint() const override;

private:
    QPoint toPicture(const QPoint &widgetPoint) const;

    QImage m_picture;
    QPoint m_pressed; // in the picture's pixels
    QRect m_chosen;
    bool m_dragging = false;
};

} // namespace vigie::widgets
