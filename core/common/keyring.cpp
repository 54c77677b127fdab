#include "core/common/keyring.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace vigie::keyring {
namespace {

constexpr int kTimeout_ms = 3000;

// Runs a keychain job with a time limit; a job that outlives it deletes itself when it ends.
Answer run(QKeychain::Job *job)
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    Answer answer;
    job->setAutoDelete(true);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        error = done->error();
        answer.error = done->errorString();
        if (auto *reading = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            answer.text = reading->textData();
        loop.quit();
    });
    QTimer::singleShot(kTimeout_ms, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    // QtKeychain reaches the keyring through the session's D-Bus, and without one it answers
    // only "Unknown error".
    if (!finished || error == QKeychain::NoBackendAvailable
        || (error != QKeychain::NoError && error != QKeychain::EntryNotFound
            && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")))
        answer.kind = Answer::Kind::NoKeyring;
    else if (error == QKeychain::EntryNotFound)
        answer.kind = Answer::Kind::NotFound;
    else if (error != QKeychain::NoError)
        answer.kind = Answer::Kind::Refused;
    else
        answer.kind = Answer::Kind::Ok;
    return answer;
}

} // namespace

Answer read(const QString &service, const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    return run(job);
}

Answer write(const QString &service, const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(secret);
    return run(job);
}

} // namespace vigie::keyring
