// One tile of a wall: the camera's number and name, its state and reason, drawn in the
// control-room colours. Repaints only when something it shows has changed.
#pragma once

#include "core/cameras/stream_state.h"

#include <QWidget>

namespace vigie::widgets {

class TileWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TileWidget(int index, QWidget *parent = nullptr);

    int index() const { return m_index; }
    int cameraNumber() const { return m_cameraNumber; }
    void setCamera(int number, const QString &name);
    void setState(cameras::StreamState state, const QString &detail);
    cameras::StreamState state() const { return m_state; }
    void setTypedNumber(const QString &digits); // number being typed to call a camera
    // Viewing refused by core (habilitation missing, expired, or out of its territory): the
    // tile says why and shows nothing of the camera.
    void setBlockedReason(const QString &reason);
    const QString &blockedReason() const { return m_blocked; }
    QString caption() const; // what the tile says, for tests and accessibility

signals:
    void camerasDropped(int tileIndex, const QList<int> &cameraNumbers);
    void swapRequested(int fromTile, int toTile);
    void activated(int tileIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int m_index = 0;
    int m_cameraNumber = 0;
    QString m_name;
    cameras::StreamState m_state = cameras::StreamState::Unknown;
    QString m_detail;
    QString m_typed;
    QString m_blocked;
    QPoint m_pressPos;
    bool m_dropHover = false;
};

} // namespace vigie::widgets
