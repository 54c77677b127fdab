// The camera map in a window of its own, that the operator puts on any monitor; where it stood
// and whether it was open are kept in vigie.conf for the next session.
#pragma once

#include <QWidget>

class QSettings;

namespace vigie::widgets {
class CameraMap;
}

namespace vigie::app {

class MapWindow : public QWidget
{
    Q_OBJECT
public:
    MapWindow(widgets::CameraMap *map, QSettings *settings, QWidget *parent = nullptr);

    widgets::CameraMap *map() const { return m_map; }
    // Shows it where it was last time, raised; `activate`: with the keyboard focus on its search.
    void open(bool activate);
    void saveState(); // where it stands and whether it is open

    static bool wasOpen(const QSettings &settings);

protected:
    void closeEvent(class QCloseEvent *event) override;

private:
    widgets::CameraMap *m_map = nullptr;
    QSettings *m_settings = nullptr;
    bool m_placed = false;
};

} // namespace vigie::app
