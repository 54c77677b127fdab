#include "core/access/password_hasher.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

#include <openssl/evp.h>

#include <algorithm>

namespace vigie::access {
namespace {

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

// libcrypto's PBKDF2 rather than QPasswordDigestor, which runs every iteration through a
// QMessageAuthenticationCode: OpenSSL's loop is the optimised one, and being outside the
// sanitizers' instrumentation it keeps 600,000 iterations bearable in the test build too.
QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), kKeyBytes,
                                     reinterpret_cast<unsigned char *>(key.data()));
    return ok == 1 ? key : QByteArray();
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
    bool ok = false;
};

Parsed parse(const QString &encoded)
{
    Parsed parsed;
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return parsed;
    bool numberOk = false;
    parsed.iterations = parts[1].toInt(&numberOk);
    if (!numberOk || parsed.iterations < 1)
        return parsed;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts[3].toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != kKeyBytes)
        return parsed;
    parsed.salt = salt.decoded;
    parsed.key = key.decoded;
    parsed.ok = true;
    return parsed;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QString hashPassword(const QString &password, int iterations)
{
    iterations = std::clamp(iterations, 1, kMaxPasswordIterations);
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray key = derive(password, salt, iterations);
    return kScheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$')
        + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$')
        + QString::fromLatin1(key.toBase64());
}

bool verifyPassword(const QString &password, const QString &encoded)
{
    const Parsed parsed = parse(encoded);
    if (!parsed.ok || parsed.iterations > kMaxPasswordIterations)
        return false;
    const QByteArray derived = derive(password, parsed.salt, parsed.iterations);
    return !derived.isEmpty() && constantTimeEquals(derived, parsed.key);
}

int hashIterations(const QString &encoded)
{
    const Parsed parsed = parse(encoded);
    return parsed.ok ? parsed.iterations : 0;
}

bool needsRehash(const QString &encoded, int target)
{
    const Parsed parsed = parse(encoded);
    return !parsed.ok || parsed.iterations < target;
}

} // namespace vigie::access
