// Which cameras may play only under a viewing session (a social landlord's, CSI L272-2), and
// the sessions that grant them now. AccessPolicy::checkView reads both for every stream, every
// snapshot and every vigiectl grab: outside a grant, a restricted camera is refused, whoever
// asks. The rows are projections: the camera directory marks its landlords' cameras, the
// bailleur register opens and closes the grants; neither writes these tables itself.
#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vigie::store {
class Database;
}

namespace vigie::access {

class ViewGrants
{
public:
    // Marks the camera as a landlord's under `convention` (restricted), or, with an empty
    // convention and `restricted` false, as freely viewable. In the caller's transaction.
    static Status setRestricted(store::Database &db, int cameraNumber, bool restricted,
                                const QString &convention = QString());
    // Whether the camera may play only under a session; `convention` receives its reference.
    static bool isRestricted(store::Database &db, int cameraNumber, QString *convention = nullptr);
    static QList<int> restrictedCameras(store::Database &db);

    // The session `sessionId` covers these cameras until `until` (a later call moves the limit:
    // an extension). In the caller's transaction.
    static Status grant(store::Database &db, const QString &sessionId, const QList<int> &cameras,
                        const QDateTime &until);
    // The session ended at `at`: its cameras are no longer covered.
    static Status revoke(store::Database &db, const QString &sessionId, const QDateTime &at);
    // Until when a session covers the camera at `now` (invalid: none does).
    static QDateTime grantedUntil(store::Database &db, int cameraNumber, const QDateTime &now);
};

} // namespace vigie::access
