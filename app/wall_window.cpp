#include "app/wall_window.h"

#include "widgets/wall_view.h"

#include <QScreen>
#include <QVBoxLayout>
#include <QWindow>

namespace vigie::app {

WallWindow::WallWindow(int wallNumber, const QString &screenName, cameras::CameraStatusBoard *board,
                       QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_screenName(screenName)
{
    setWindowTitle(tr("Vigie — Wall %1 (%2)").arg(wallNumber).arg(screenName));
    setObjectName(QStringLiteral("wall%1").arg(wallNumber));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_wall = new widgets::WallView(board, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_wall);
}

void WallWindow::placeOn(const QRect &geometry, QScreen *screen)
{
    if (screen) {
        winId(); // creates the native window so that it can be bound to the screen
        windowHandle()->setScreen(screen);
    }
    setGeometry(geometry);
    showFullScreen();
    // Without a window manager full-screen is only a hint: the geometry is what holds.
    setGeometry(geometry);
}

} // namespace vigie::app
