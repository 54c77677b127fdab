// The desk's PTZ: the walls' PTZ keys and drags become ONVIF commands to the focused tile's
// camera (one OnvifPtz per camera, asynchronous: a slow camera never freezes the desk), after
// core's say on who steers (PtzSteering); preset moves and saves are journaled there. Every
// second the tiles of PTZ cameras say who else steers them, and an operator whose camera a
// chef de salle took over, or another desk granted first, is told. Shift+F12 opens the focused
// camera's presets (read from the device, named, renamed and removed by the chef de salle).
#pragma once

#include "core/cameras/camera_credentials.h"
#include "core/common/clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace vigie::store {
class Database;
}
namespace vigie::journal {
class Journal;
}
namespace vigie::access {
class AccessPolicy;
}
namespace vigie::cameras {
class CameraDirectory;
class OnvifPtz;
class PtzSteering;
} // namespace vigie::cameras
namespace vigie::widgets {
class WallView;
}

namespace vigie::app {

class PtzControl : public QObject
{
    Q_OBJECT
public:
    PtzControl(store::Database &db, journal::Journal &journal, access::AccessPolicy &policy,
               cameras::CameraDirectory &directory, const access::User &user, Clock clock,
               QObject *parent = nullptr);
    ~PtzControl() override;

    void attach(widgets::WallView *wall);
    // Where the ONVIF account comes from: the keyring by default.
    using CredentialsSource = std::function<Result<cameras::StreamCredentials>(int camera)>;
    void setCredentialsSource(CredentialsSource source) { m_credentials = std::move(source); }
    // Brings the tiles' "who steers" up to date (every second by itself).
    void refresh();

signals:
    void message(const QString &text); // for the desk's event list

private:
    cameras::OnvifPtz *device(int camera);
    void openPresets(widgets::WallView *wall, int tile);
    int cameraOn(widgets::WallView *wall, int tile) const;
    bool mayCommand(int camera);

    cameras::CameraDirectory &m_directory;
    const access::User &m_user;
    std::unique_ptr<cameras::PtzSteering> m_steering;
    CredentialsSource m_credentials;
    QList<QPointer<widgets::WallView>> m_walls;
    QHash<int, cameras::OnvifPtz *> m_devices;
    QString m_lastRefusal;
    QSet<int> m_toldTakenOver; // cameras whose takeover this operator was told of
};

} // namespace vigie::app
