// A full-screen wall on one monitor of the desk, bound to that monitor: the Desk closes it
// when the monitor goes away and opens a new one when a monitor is plugged in.
#pragma once

#include <QRect>
#include <QWidget>

namespace vigie::cameras {
class CameraStatusBoard;
}

namespace vigie::widgets {
class WallView;
}

namespace vigie::app {

class WallWindow : public QWidget
{
    Q_OBJECT
public:
    WallWindow(int wallNumber, const QString &screenName, cameras::CameraStatusBoard *board,
               QWidget *parent = nullptr);

    const QString &screenName() const { return m_screenName; }
    widgets::WallView *wall() const { return m_wall; }
    void placeOn(const QRect &geometry, class QScreen *screen);

private:
    QString m_screenName;
    widgets::WallView *m_wall = nullptr;
};

} // namespace vigie::app
