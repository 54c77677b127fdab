#include "core/common/paths.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace vigie {

AppPaths AppPaths::resolve(const QString &dataDirOption)
{
    AppPaths paths;
    if (!dataDirOption.isEmpty()) {
        paths.m_dataDir = QDir::cleanPath(QFileInfo(dataDirOption).absoluteFilePath());
        paths.m_settingsFile = paths.m_dataDir + QStringLiteral("/vigie.conf");
        return paths;
    }
    QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    paths.m_dataDir = data + QStringLiteral("/vigie");
    paths.m_settingsFile = config + QStringLiteral("/vigie/vigie.conf");
    return paths;
}

QString AppPaths::databaseFile() const
{
    return m_dataDir + QStringLiteral("/vigie.db");
}

QString AppPaths::logDir() const
{
    return m_dataDir + QStringLiteral("/logs");
}

QString AppPaths::snapshotDir() const
{
    return m_dataDir + QStringLiteral("/snapshots");
}

namespace {

// A folder of the register is the desk's OS account's alone: the database, the logs and the
// snapshots are personal data. An existing folder is tightened only where it is plainly Vigie's
// (empty, or holding its database or settings), so that `--data-dir /tmp` by mistake does not
// lock everybody else out of /tmp.
bool isOurs(const QString &dir, bool created)
{
    if (created)
        return true;
    const QDir folder(dir);
    return folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
        || folder.exists(QStringLiteral("vigie.db")) || folder.exists(QStringLiteral("vigie.conf"));
}

} // namespace

void restrictToOwner(const QString &path)
{
    constexpr QFileDevice::Permissions owner
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    const QFileDevice::Permissions rights = QFile::permissions(path);
    if ((rights & others) && !QFile::setPermissions(path, rights & owner))
        qCWarning(lcStore) << "cannot restrict" << path << "to its owner";
}

Status AppPaths::ensureExists() const
{
    const QString settingsDir = QFileInfo(m_settingsFile).absolutePath();
    const QStringList dirs { m_dataDir, logDir(), snapshotDir(), settingsDir };
    for (const QString &dir : dirs) {
        const bool created = !QFileInfo::exists(dir);
        if (!QDir().mkpath(dir)) {
            return Status::failure(
                QCoreApplication::translate(
                    "vigie::AppPaths",
                    "Cannot create the folder %1: check the disk and the access rights.")
                    .arg(QDir::toNativeSeparators(dir)));
        }
        const bool inside = dir != m_dataDir && dir.startsWith(m_dataDir + QLatin1Char('/'));
        if (inside || isOurs(dir, created))
            restrictToOwner(dir);
    }
    return Status::success();
}

} // namespace vigie
