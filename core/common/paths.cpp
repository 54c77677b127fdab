#include "core/common/paths.h"

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

Status AppPaths::ensureExists() const
{
    const QStringList dirs { m_dataDir, logDir(), snapshotDir(),
                             QFileInfo(m_settingsFile).absolutePath() };
    for (const QString &dir : dirs) {
        if (!QDir().mkpath(dir)) {
            return Status::failure(
                QCoreApplication::translate(
                    "vigie::AppPaths",
                    "Cannot create the folder %1: check the disk and the access rights.")
                    .arg(QDir::toNativeSeparators(dir)));
        }
    }
    return Status::success();
}

} // namespace vigie
