// Helpers shared by the tests: temporary data folders, a fresh database, and waiting on a
// condition while the event loop runs (never a blind sleep).
#pragma once

#include "core/store/database.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace vigie::test {

// The PBKDF2 cost of the accounts that tests only need to exist: the shipped 600,000 iterations
// would make every fixture's logins the bulk of the suite's time under the sanitizers
// (test_password_hasher and test_auth_service check the shipped cost itself).
inline constexpr int kTestHashIterations = 1000;

// Runs the event loop until pred() is true or timeout_ms passes; returns pred().
bool waitUntil(const std::function<bool()> &pred, int timeout_ms = 10000);

std::unique_ptr<store::Database> openDatabase(const QString &path);

QString sourcePath(const QString &relative);

// Projects, as the sync would on receiving it, an event of workstation CSU-B (seq 42) in which
// `author` creates the administrator "intrus": refused unless `author` may manage users here.
Status receiveForgedAdmin(store::Database &db, const QString &author);

} // namespace vigie::test
