// The monitors of the desk as the wall planner sees them. The Qt one follows QGuiApplication;
// tests plug monitors in and out through a fake.
#pragma once

#include "core/walls/wall_planner.h"

#include <QObject>

class QScreen;

namespace vigie::app {

class ScreenSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QList<walls::ScreenInfo> screens() const = 0;
    virtual QScreen *qscreen(const QString &name) const = 0; // null when not a real screen

signals:
    void screensChanged();
};

class QtScreenSource : public ScreenSource
{
    Q_OBJECT
public:
    explicit QtScreenSource(QObject *parent = nullptr);
    QList<walls::ScreenInfo> screens() const override;
    QScreen *qscreen(const QString &name) const override;

private:
    void watch(QScreen *screen);
};

} // namespace vigie::app
