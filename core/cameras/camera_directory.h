// The camera directory of the local register: groups and cameras, read and edited through
// parameterised SQL only.
#pragma once

#include "core/cameras/camera.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::cameras {

class CameraDirectory
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cameras::CameraDirectory)
public:
    explicit CameraDirectory(store::Database &db);

    QList<CameraGroup> groups() const;
    QList<Camera> cameras() const; // ordered by number
    std::optional<Camera> byNumber(int number) const;

    Result<qint64> addGroup(const QString &name, qint64 parentId = 0);
    Result<qint64> addCamera(const Camera &camera);
    Status setStreamUrls(int number, const QUrl &mainUrl, const QUrl &subUrl);

private:
    store::Database &m_db;
};

} // namespace vigie::cameras
