// Catch2's listener interface (LanguageReset below); must precede any include of catch.hpp.
#define CATCH_CONFIG_EXTERNAL_INTERFACES

#include "tests/support/test_support.h"

#include "core/access/auth_service.h"
#include "core/journal/journal.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

// A test case that chooses a UI language (French for what an operator reads) must not leave it
// to the next one: every case starts in the sources' language, whatever ran before it in the
// same process.
struct LanguageReset : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats &) override
    {
        if (QCoreApplication *app = QCoreApplication::instance())
            vigie::i18n::uninstall(*app);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(LanguageReset)

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

Status receiveForgedAdmin(store::Database &db, const QString &author)
{
    journal::Event forged;
    forged.workstation = QStringLiteral("CSU-B");
    forged.seq = 42;
    forged.user = author;
    forged.action = QStringLiteral("user.create");
    forged.objectType = QLatin1String(access::kAccountObject);
    forged.objectId = QStringLiteral("intrus");
    forged.payload = { { QStringLiteral("roles"), QStringLiteral("admin") },
                       { QStringLiteral("password_hash"), QStringLiteral("pbkdf2$x") },
                       { QStringLiteral("display_name"), QStringLiteral("Intrus") } };
    return access::AuthService::projectAccount(db, forged);
}

} // namespace vigie::test
