// Where a workstation keeps its database, settings, logs and snapshots. One --data-dir keeps
// the demo, the tests and two workstations on one machine apart.
#pragma once

#include "core/common/result.h"

#include <QString>

namespace vigie {

// Takes away every right of the group and of others on a file or folder of the register,
// keeping the owner's; nothing changes when none is set. Logs when the change is refused.
void restrictToOwner(const QString &path);

class AppPaths
{
public:
    // dataDirOption empty: the standard per-user locations (~/.local/share/vigie and
    // ~/.config/vigie/vigie.conf).
    static AppPaths resolve(const QString &dataDirOption);

    const QString &dataDir() const { return m_dataDir; }
    QString databaseFile() const;
    QString settingsFile() const { return m_settingsFile; }
    QString logDir() const;
    QString snapshotDir() const;

    // Creates the folders; a clear message if that is impossible (read-only disk, rights).
    Status ensureExists() const;

private:
    QString m_dataDir;
    QString m_settingsFile;
};

} // namespace vigie
