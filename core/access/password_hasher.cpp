#include "core/access/password_hasher.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace vigie::access {
namespace {

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kKeyBytes);
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
    if (!parsed.ok)
        return false;
    return constantTimeEquals(derive(password, parsed.salt, parsed.iterations), parsed.key);
}

bool needsRehash(const QString &encoded)
{
    const Parsed parsed = parse(encoded);
    return !parsed.ok || parsed.iterations < kPasswordIterations;
}

} // namespace vigie::access
