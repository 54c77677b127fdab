#include "core/common/paths.h"

#include "tests/support/test_support.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using vigie::AppPaths;

TEST_CASE("one data folder keeps database, settings, logs and snapshots together", "[paths]")
{
    QTemporaryDir dir;
    const AppPaths paths = AppPaths::resolve(dir.filePath(QStringLiteral("station-a")));
    REQUIRE(paths.ensureExists().ok());
    CHECK(paths.databaseFile().startsWith(paths.dataDir()));
    CHECK(paths.settingsFile().startsWith(paths.dataDir()));
    CHECK(QFileInfo(paths.logDir()).isDir());
    CHECK(QFileInfo(paths.snapshotDir()).isDir());
    const AppPaths other = AppPaths::resolve(dir.filePath(QStringLiteral("station-b")));
    CHECK(other.databaseFile() != paths.databaseFile());
    CHECK(other.settingsFile() != paths.settingsFile());
}

TEST_CASE("a data folder that cannot be created gives a clear message", "[paths]")
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const AppPaths paths = AppPaths::resolve(blocker + QStringLiteral("/data"));
    const vigie::Status status = paths.ensureExists();
    CHECK_FALSE(status.ok());
    CHECK(status.error().contains(blocker));
}

TEST_CASE("the data folders are their owner's only, and a shared folder is left alone",
          "[paths][security]")
{
    QTemporaryDir dir;
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    // What `ls -l` shows (Qt adds the calling user's own bits beside them).
    auto mode = [](const QString &path) {
        return QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    };
    const AppPaths paths = AppPaths::resolve(dir.filePath(QStringLiteral("station")));
    REQUIRE(paths.ensureExists().ok());
    for (const QString &folder : { paths.dataDir(), paths.logDir(), paths.snapshotDir() }) {
        INFO(folder.toStdString());
        CHECK(mode(folder) == ownerOnly);
    }
    // A folder given by mistake that holds other things keeps its rights.
    const QString shared = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(shared));
    QFile other(shared + QStringLiteral("/someone-elses.txt"));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();
    const auto sharedRights = QFile::permissions(shared) | QFile::ReadOther | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(shared, sharedRights));
    REQUIRE(AppPaths::resolve(shared).ensureExists().ok());
    CHECK(QFile::permissions(shared) == sharedRights);
    CHECK(mode(AppPaths::resolve(shared).logDir()) == ownerOnly);
}
