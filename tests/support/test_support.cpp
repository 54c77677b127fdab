#include "tests/support/test_support.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

namespace vigie::test {

bool waitUntil(const std::function<bool()> &pred, int timeout_ms)
{
    QDeadlineTimer deadline(timeout_ms);
    while (!pred()) {
        if (deadline.hasExpired())
            return pred();
        // Wakes on any event; the short timer only bounds the wait for a condition that
        // changes without posting one to this thread.
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

std::unique_ptr<store::Database> openDatabase(const QString &path)
{
    auto opened = store::Database::open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return opened.take();
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(VIGIE_SOURCE_DIR "/") + relative;
}

} // namespace vigie::test
