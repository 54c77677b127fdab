#include "app/screen_source.h"

#include <QGuiApplication>
#include <QScreen>

namespace vigie::app {

QtScreenSource::QtScreenSource(QObject *parent) : ScreenSource(parent)
{
    for (QScreen *screen : QGuiApplication::screens())
        watch(screen);
    connect(qGuiApp, &QGuiApplication::screenAdded, this, [this](QScreen *screen) {
        watch(screen);
        emit screensChanged();
    });
    // Queued: when screenRemoved fires the screen is still listed.
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &ScreenSource::screensChanged,
            Qt::QueuedConnection);
    connect(qGuiApp, &QGuiApplication::primaryScreenChanged, this, &ScreenSource::screensChanged);
}

void QtScreenSource::watch(QScreen *screen)
{
    connect(screen, &QScreen::geometryChanged, this, &ScreenSource::screensChanged);
}

QList<walls::ScreenInfo> QtScreenSource::screens() const
{
    QList<walls::ScreenInfo> list;
    const QScreen *primary = QGuiApplication::primaryScreen();
    for (QScreen *screen : QGuiApplication::screens())
        list.append({ screen->name(), screen->geometry(), screen == primary });
    return list;
}

QScreen *QtScreenSource::qscreen(const QString &name) const
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

} // namespace vigie::app
