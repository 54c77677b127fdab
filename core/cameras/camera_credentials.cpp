#include "core/cameras/camera_credentials.h"

#include "core/access/access_policy.h"
#include "core/cameras/camera_directory.h"
#include "core/common/keyring.h"
#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace vigie::cameras {
namespace {

const QString kService = QStringLiteral("vigie-cameras");

QString streamName(CameraStream stream)
{
    switch (stream) {
    case CameraStream::Main:
        return QStringLiteral("main");
    case CameraStream::Sub:
        return QStringLiteral("sub");
    case CameraStream::Onvif:
        break;
    }
    return QStringLiteral("onvif");
}

QString noKeyringMessage()
{
    return CameraCredentials::tr("No keyring is available on this machine (Secret Service or "
                                 "KWallet): camera credentials cannot be kept out of the "
                                 "register. Open a desktop session with gnome-keyring.");
}

Status write(int cameraNumber, CameraStream stream, const StreamCredentials &credentials)
{
    const QByteArray secret
        = QJsonDocument(QJsonObject { { QStringLiteral("user"), credentials.user },
                                      { QStringLiteral("password"), credentials.password } })
              .toJson(QJsonDocument::Compact);
    const keyring::Answer answer = keyring::write(
        kService, CameraCredentials::keyringKey(cameraNumber, stream), QString::fromUtf8(secret));
    if (answer.kind == keyring::Answer::Kind::NoKeyring)
        return Status::failure(noKeyringMessage());
    if (answer.kind != keyring::Answer::Kind::Ok)
        return Status::failure(CameraCredentials::tr("The keyring refused: %1").arg(answer.error));
    return Status::success();
}

} // namespace

QString CameraCredentials::keyringKey(int cameraNumber, CameraStream stream)
{
    return QStringLiteral("camera-%1-%2")
        .arg(cameraNumber, 3, 10, QLatin1Char('0'))
        .arg(streamName(stream));
}

Status CameraCredentials::store(access::AccessPolicy &policy, journal::Journal &journal,
                                const access::User &actor, int cameraNumber, CameraStream stream,
                                const StreamCredentials &credentials)
{
    const Status allowed = policy.check(actor, access::Permission::ManageCameras,
                                        QStringLiteral("camera"), QString::number(cameraNumber));
    if (!allowed.ok())
        return allowed;
    if (credentials.user.isEmpty())
        return Status::failure(tr("The camera's user name is missing."));
    const Status stored = write(cameraNumber, stream, credentials);
    if (!stored.ok())
        return stored;
    return journal
        .record({ actor.login,
                  QStringLiteral("camera.credentials"),
                  QStringLiteral("camera"),
                  QString::number(cameraNumber),
                  QString(),
                  { { QStringLiteral("stream"), streamName(stream) },
                    { QStringLiteral("where"), QStringLiteral("keyring") } } })
        .status();
}

Result<StreamCredentials> CameraCredentials::read(int cameraNumber, CameraStream stream)
{
    const keyring::Answer answer = keyring::read(kService, keyringKey(cameraNumber, stream));
    if (answer.kind == keyring::Answer::Kind::NoKeyring)
        return Result<StreamCredentials>::failure(noKeyringMessage());
    if (answer.kind != keyring::Answer::Kind::Ok)
        return StreamCredentials {};
    const QJsonObject secret = QJsonDocument::fromJson(answer.text.toUtf8()).object();
    return StreamCredentials { secret.value(QStringLiteral("user")).toString(),
                               secret.value(QStringLiteral("password")).toString() };
}

QList<Camera> CameraCredentials::withCredentials(QList<Camera> cameras, QString *problem)
{
    for (Camera &camera : cameras) {
        for (const CameraStream stream : { CameraStream::Main, CameraStream::Sub }) {
            QUrl &url = stream == CameraStream::Main ? camera.mainUrl : camera.subUrl;
            if (url.isEmpty())
                continue;
            const keyring::Answer answer
                = keyring::read(kService, keyringKey(camera.number, stream));
            if (answer.kind == keyring::Answer::Kind::NoKeyring) {
                if (problem)
                    *problem = noKeyringMessage();
                return cameras;
            }
            if (answer.kind != keyring::Answer::Kind::Ok)
                continue;
            const QJsonObject secret = QJsonDocument::fromJson(answer.text.toUtf8()).object();
            url.setUserName(secret.value(QStringLiteral("user")).toString());
            url.setPassword(secret.value(QStringLiteral("password")).toString());
        }
    }
    return cameras;
}

Result<int> CameraCredentials::moveFromUrls(store::Database &db, journal::Journal &journal,
                                            QStringList *problems)
{
    CameraDirectory directory(db, journal);
    int moved = 0;
    // The old row's bytes must not stay behind in a free page or the write-ahead log: SQLite
    // zeroes what it frees, and the log is emptied once the addresses are rewritten.
    QSqlQuery pragma(db.connection());
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    for (const Camera &camera : directory.cameras()) {
        const bool mainHas = !camera.mainUrl.userInfo().isEmpty();
        const bool subHas = !camera.subUrl.userInfo().isEmpty();
        if (!mainHas && !subHas)
            continue;
        Status stored = Status::success();
        if (mainHas)
            stored = write(camera.number, CameraStream::Main,
                           { camera.mainUrl.userName(), camera.mainUrl.password() });
        if (stored.ok() && subHas)
            stored = write(camera.number, CameraStream::Sub,
                           { camera.subUrl.userName(), camera.subUrl.password() });
        if (!stored.ok()) {
            // The row stays as it was: the camera keeps working, and nothing is lost.
            if (problems)
                problems->append(tr("The credentials of camera %1 stay in its address: %2")
                                     .arg(camera.number, 3, 10, QLatin1Char('0'))
                                     .arg(stored.error()));
            continue;
        }
        QJsonArray streams;
        if (mainHas)
            streams.append(QStringLiteral("main"));
        if (subHas)
            streams.append(QStringLiteral("sub"));
        const auto rewritten
            = journal.record({ QStringLiteral("system"),
                               QStringLiteral("camera.credentials_moved"),
                               QStringLiteral("camera"),
                               QString::number(camera.number),
                               QString(),
                               { { QStringLiteral("streams"), streams },
                                 { QStringLiteral("where"), QStringLiteral("keyring") } } },
                             [&] { return directory.removeCredentials(camera.number); });
        if (!rewritten.ok())
            return Result<int>(rewritten.status());
        qCInfo(lcCameras) << "credentials of camera" << camera.number << "moved to the keyring";
        ++moved;
    }
    if (moved > 0 && !pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcCameras) << "cannot empty the write-ahead log after moving credentials";
    return Result<int>(moved);
}

} // namespace vigie::cameras
