#include "app/map_window.h"

#include "widgets/camera_map.h"

#include <QCloseEvent>
#include <QSettings>
#include <QVBoxLayout>

namespace vigie::app {
namespace {

const QString kGeometryKey = QStringLiteral("ui/map_geometry");
const QString kOpenKey = QStringLiteral("ui/map_open");

} // namespace

MapWindow::MapWindow(widgets::CameraMap *map, QSettings *settings, QWidget *parent)
    : QWidget(parent, Qt::Window), m_map(map), m_settings(settings)
{
    setObjectName(QStringLiteral("mapWindow"));
    setWindowTitle(tr("Vigie — camera map"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    map->setParent(this);
    layout->addWidget(map);
}

bool MapWindow::wasOpen(const QSettings &settings)
{
    return settings.value(kOpenKey, false).toBool();
}

void MapWindow::open(bool activate)
{
    if (!m_placed) {
        m_placed = true;
        if (!restoreGeometry(m_settings->value(kGeometryKey).toByteArray()))
            resize(1200, 800);
    }
    // Restored at login, it must not take the keyboard from the wall's tile.
    setAttribute(Qt::WA_ShowWithoutActivating, !activate);
    show();
    raise();
    if (activate) {
        activateWindow();
        m_map->focusSearch();
    }
    m_settings->setValue(kOpenKey, true);
}

void MapWindow::saveState()
{
    if (m_placed)
        m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kOpenKey, isVisible());
}

void MapWindow::closeEvent(QCloseEvent *event)
{
    // Closed by the operator: hidden, ready for the next F9, and not reopened at the next login.
    if (m_placed)
        m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kOpenKey, false);
    event->accept();
}

} // namespace vigie::app
