#include "core/common/paths.h"

#include "tests/support/test_support.h"
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
