// The camera directory of the local register: groups and cameras, read and edited through
// parameterised SQL only. Every change is made by an acting user who holds ManageCameras, and
// is a journal event carrying the camera's full new state (its group by its path of names,
// since local ids differ between desks): the same project() applies it here and, once its
// author is checked, on every other desk. A camera's commune (INSEE code) decides who may view
// it, so changing it is an event of its own.
#pragma once

#include "core/cameras/camera.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
struct Event;
struct NewEvent;
} // namespace vigie::journal

namespace vigie::access {
struct User;
}

namespace vigie::cameras {

// The journal's object type of directory events: never purged by retention, since a desk that
// joins later builds its directory from them.
inline constexpr const char *kDirectoryObject = "camera_directory";

// "commune", "bailleur", "other": the owner as files and events spell it.
QString ownerName(CameraOwner owner);
std::optional<CameraOwner> ownerFromName(const QString &name);
// A French commune's INSEE code: department (01-95, 2A, 2B) and three digits, or 971-978 and two.
bool isCommuneCode(const QString &code);

class CameraDirectory
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cameras::CameraDirectory)
public:
    CameraDirectory(store::Database &db, journal::Journal &journal);

    QList<CameraGroup> groups() const;
    QList<Camera> cameras() const; // ordered by number, retired ones included
    QList<Camera> inService() const; // the cameras not retired: those the walls may show
    std::optional<Camera> byNumber(int number) const;

    // Each change needs ManageCameras (checked on the account as it stands, refusal journaled).
    Result<qint64> addGroup(const access::User &actor, const QString &name, qint64 parentId = 0);
    Result<qint64> addCamera(const access::User &actor, const Camera &camera);
    // Replaces the camera of that number: name, group, place, commune, streams, retention.
    Status updateCamera(const access::User &actor, const Camera &camera);
    Status setStreamUrls(const access::User &actor, int number, const QUrl &mainUrl,
                         const QUrl &subUrl);
    // Takes the camera out of service for good: a change like the others ("camera.retire"),
    // never a deletion, so that its recordings and records keep naming it.
    Status retireCamera(const access::User &actor, int number);
    // Adds or replaces every camera (by number) in one transaction, each its own journaled
    // change: all are saved, or none. Returns how many.
    Result<int> saveAll(const access::User &actor, const QList<Camera> &cameras);

    // Takes the user and password out of a camera's addresses, in the caller's transaction:
    // only for CameraCredentials moving an older register's credentials to the keyring. Not a
    // directory change (the camera, its streams and its commune stay the same), so no
    // reference event: every desk moves its own copy when it starts.
    Status removeCredentials(int number);

    // What a camera of the directory must be; a stream address never carries a user name or a
    // password (the journal keeps them forever and syncs them everywhere).
    static Status checkCamera(const Camera &camera);
    // The first thing checkCamera() refuses, with the field it names (a canonical column name
    // of CameraFile: "number", "main_url", "retention_days"...), so that a form shows the
    // reason beside that field; an empty message when the camera is acceptable.
    struct Problem
    {
        QString field;
        QString message;
    };
    static Problem findProblem(const Camera &camera);
    // Applies this desk's own directory events.
    static Status apply(store::Database &db, const journal::Event &event);
    // Applies another desk's directory event once its author is checked (ManageCameras here),
    // flagged and not applied otherwise (sync's projector for "camera_directory").
    static Status project(store::Database &db, const journal::Event &event);

    // Success when `actor` holds ManageCameras; a refusal is journaled, like a refused view.
    Status checkAllowed(const access::User &actor, const QString &objectId);

private:
    Status record(const access::User &actor, const QString &action, const QString &objectId,
                  const QJsonObject &payload);
    QJsonObject state(const Camera &camera) const;
    // The failure for a change to a camera that does not exist (a refusal first, if it is one).
    Status noSuchCamera(const access::User &actor, int number);
    // The event that turns `current` (none: a new camera) into `camera`.
    journal::NewEvent changeEvent(const access::User &actor, const std::optional<Camera> &current,
                                  const Camera &camera) const;

    store::Database &m_db;
    journal::Journal &m_journal;
};

} // namespace vigie::cameras
