#include "core/common/logging.h"

#include "tests/support/test_support.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("a crash leaves a log line that says where it happened", "[logging]")
{
    QTemporaryDir dir;
    QProcess helper;
    helper.start(QStringLiteral(VIGIE_CRASH_HELPER), { dir.path() });
    REQUIRE(helper.waitForFinished(30000));
    CHECK(helper.exitStatus() == QProcess::CrashExit);

    QFile log(dir.filePath(QStringLiteral("crash.log")));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    CHECK(text.contains(QStringLiteral("about to crash")));
    CHECK(text.contains(QStringLiteral("fatal signal SIGSEGV")));
    // The backtrace names the function that crashed.
    CHECK(text.contains(QStringLiteral("vigie_crash_helper_fault")));

    // And says where in a way a stripped build can still answer: the program's frames as
    // module+offset, with the program's build id, that addr2line turns into the function.
    const QString program = QFileInfo(QStringLiteral(VIGIE_CRASH_HELPER)).canonicalFilePath();
    const QRegularExpression frame(QStringLiteral("#\\d+ ") + QRegularExpression::escape(program)
                                   + QStringLiteral("\\+(0x[0-9a-f]+)"));
    QStringList offsets;
    for (auto it = frame.globalMatch(text); it.hasNext();)
        offsets.append(it.next().captured(1));
    REQUIRE_FALSE(offsets.isEmpty());
    CHECK(text.contains(QStringLiteral("build-id of ") + program + QStringLiteral(": ")));
    QProcess addr2line;
    addr2line.start(QStringLiteral("addr2line"),
                    QStringList { QStringLiteral("-f"), QStringLiteral("-e"), program } + offsets);
    REQUIRE(addr2line.waitForFinished(30000));
    CHECK(QString::fromUtf8(addr2line.readAllStandardOutput())
              .contains(QStringLiteral("vigie_crash_helper_fault")));
}

TEST_CASE("the log file rotates and keeps a bounded number of files", "[logging]")
{
    QTemporaryDir dir;
    vigie::logging::Options options;
    options.logDir = dir.path();
    options.maxFileBytes = 2000;
    options.keptFiles = 3;
    options.toStderr = false;
    REQUIRE(vigie::logging::install(options));
    for (int i = 0; i < 200; ++i)
        qCInfo(lcStore) << "line" << i << QString(40, QLatin1Char('x'));
    vigie::logging::uninstall();

    const QStringList files = QDir(dir.path()).entryList({ QStringLiteral("vigie*.log") });
    CHECK(files.size() == 3);
    QFile newest(dir.filePath(QStringLiteral("vigie.log")));
    REQUIRE(newest.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(newest.readAll());
    CHECK(text.contains(QStringLiteral("vigie.store: line 199")));
    CHECK(newest.size() <= 2000 + 200);
}

TEST_CASE("a camera address with its credentials never reaches the log", "[logging][credentials]")
{
    QTemporaryDir dir;
    vigie::logging::Options options;
    options.logDir = dir.path();
    options.toStderr = false;
    REQUIRE(vigie::logging::install(options));
    // As FFmpeg's own messages and a careless line would write it.
    qCWarning(lcCameras).noquote()
        << "ffmpeg: [rtsp @ 0x55] method DESCRIBE failed: 401 Unauthorized"
           " rtsp://agent:S3cret-cam@10.1.2.3:554/Streaming/Channels/101";
    qCInfo(lcCameras) << QStringLiteral("http://admin:Other-s3cret@camera-12.local/mjpeg");
    vigie::logging::uninstall();

    QFile log(dir.filePath(QStringLiteral("vigie.log")));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    CHECK_FALSE(text.contains(QStringLiteral("S3cret-cam")));
    CHECK_FALSE(text.contains(QStringLiteral("Other-s3cret")));
    CHECK_FALSE(text.contains(QStringLiteral("agent")));
    // What the line is about stays readable.
    CHECK(text.contains(QStringLiteral("rtsp://***@10.1.2.3:554/Streaming/Channels/101")));
    CHECK(text.contains(QStringLiteral("http://***@camera-12.local/mjpeg")));
}
