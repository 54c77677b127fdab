// A camera's credentials (the user and password of its streams) live in the desktop keyring,
// keyed per camera and stream (service "vigie-cameras", key "camera-012-main"), like the
// central password: never in the register, the journal, central or a log line. The directory's
// URLs carry none; withCredentials() puts them back, in memory, into the URLs handed to the
// stream opener (FFmpeg).
#pragma once

#include "core/cameras/camera.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>

namespace vigie::store {
class Database;
}
namespace vigie::journal {
class Journal;
}
namespace vigie::access {
class AccessPolicy;
struct User;
} // namespace vigie::access

namespace vigie::cameras {

// Onvif: the device service's account (PTZ, Media), often not the streams' own.
enum class CameraStream { Main, Sub, Onvif };

struct StreamCredentials
{
    QString user;
    QString password;
};

class CameraCredentials
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cameras::CameraCredentials)
public:
    static QString keyringKey(int cameraNumber, CameraStream stream);

    // Stores them in the keyring as `actor`, who needs the right to manage cameras (checked
    // now); journaled "camera.credentials" with the camera and the stream, never the secret.
    static Status store(access::AccessPolicy &policy, journal::Journal &journal,
                        const access::User &actor, int cameraNumber, CameraStream stream,
                        const StreamCredentials &credentials);

    // The credentials kept for that camera and stream; empty ones when none are kept, a failure
    // when there is no keyring.
    static Result<StreamCredentials> read(int cameraNumber, CameraStream stream);

    // The cameras with their stream URLs completed from the keyring, in memory only. Without a
    // keyring it stops asking at the first camera, and *problem says so (the streams then open
    // without credentials).
    static QList<Camera> withCredentials(QList<Camera> cameras, QString *problem = nullptr);

    // At start: the URLs of the directory that still hold credentials (an older register, an
    // import) give them to the keyring, then the row is rewritten without them, journaled
    // "camera.credentials_moved" by "system". Without a keyring nothing changes, and the
    // message says why (one per camera left as it was). Returns how many cameras moved.
    static Result<int> moveFromUrls(store::Database &db, journal::Journal &journal,
                                    QStringList *problems);
};

} // namespace vigie::cameras
