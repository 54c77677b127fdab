#include "core/journal/workstation_key.h"

#include "core/common/logging.h"
#include "core/common/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace vigie::journal {

struct WorkstationKey::Pkey
{
    explicit Pkey(EVP_PKEY *owned) : key(owned) { }
    ~Pkey() { EVP_PKEY_free(key); }
    Pkey(const Pkey &) = delete;
    Pkey &operator=(const Pkey &) = delete;
    EVP_PKEY *key = nullptr;
};

namespace {

constexpr size_t kPublicKeyBytes = 32;
constexpr size_t kSignatureBytes = 64;

QByteArray rawPublicKey(EVP_PKEY *key)
{
    QByteArray raw(int(kPublicKeyBytes), '\0');
    size_t length = kPublicKeyBytes;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length)
            != 1
        || length != kPublicKeyBytes)
        return QByteArray();
    return raw;
}

bool verifyRaw(EVP_PKEY *key, QByteArrayView message, QByteArrayView signatureHex)
{
    if (signatureHex.size() != qsizetype(2 * kSignatureBytes))
        return false;
    const QByteArray signature = QByteArray::fromHex(signatureHex.toByteArray());
    if (signature.size() != qsizetype(kSignatureBytes))
        return false;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    if (!context)
        return false;
    const bool holds = EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.data()),
                            size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return holds;
}

} // namespace

QString WorkstationKey::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/vigie/keys");
}

QString WorkstationKey::fileFor(const QString &workstation, const QString &dir)
{
    // Workstation ids are generated ("WS-" and hex) or typed by an administrator: anything that
    // could leave the folder is replaced.
    QString name = workstation;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return dir + QLatin1Char('/') + name + QStringLiteral(".pem");
}

Result<WorkstationKey> WorkstationKey::load(const QString &workstation, bool mayCreate,
                                            const QString &dir)
{
    const QString path = fileFor(workstation, dir);
    WorkstationKey key;
    if (QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<WorkstationKey>::failure(
                tr("Cannot read the signing key of workstation %1 (%2): %3. Nothing is written to "
                   "the journal until it is readable again.")
                    .arg(workstation, path, file.errorString()));
        const QByteArray pem = file.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        EVP_PKEY *pkey = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(bio);
        if (!pkey || EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519) {
            EVP_PKEY_free(pkey);
            return Result<WorkstationKey>::failure(
                tr("The signing key of workstation %1 (%2) is damaged. Nothing is written to the "
                   "journal: restore the key file from its backup, or have an administrator "
                   "examine this workstation.")
                    .arg(workstation, path));
        }
        restrictToOwner(path);
        key.m_key = std::make_shared<Pkey>(pkey);
        key.m_publicHex = rawPublicKey(pkey).toHex();
        return Result<WorkstationKey>(key);
    }
    if (!mayCreate)
        return Result<WorkstationKey>::failure(
            tr("The signing key of workstation %1 is missing (%2). Its journal already holds "
               "signed entries: no new key is made over them. Nothing is written to the journal "
               "until the key file is restored, or an administrator examines this workstation.")
                .arg(workstation, path));

    const bool created = !QFileInfo::exists(dir);
    if (!QDir().mkpath(dir))
        return Result<WorkstationKey>::failure(
            tr("Cannot create the folder of the signing keys (%1).").arg(dir));
    if (created)
        restrictToOwner(dir);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    const bool generated
        = context && EVP_PKEY_keygen_init(context) == 1 && EVP_PKEY_keygen(context, &pkey) == 1;
    EVP_PKEY_CTX_free(context);
    if (!generated)
        return Result<WorkstationKey>::failure(
            tr("Cannot create the signing key of workstation %1.").arg(workstation));
    auto owned = std::make_shared<Pkey>(pkey);
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(length));
    }
    BIO_free(bio);
    // Written whole or not at all, and the owner's alone before any byte of the key is in it.
    QSaveFile file(path);
    const bool written = !pem.isEmpty() && file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(pem) == pem.size() && file.commit();
    if (!written)
        return Result<WorkstationKey>::failure(
            tr("Cannot save the signing key of workstation %1 (%2): %3.")
                .arg(workstation, path, file.errorString()));
    qCInfo(lcStore) << "signing key created for" << workstation << "in" << path;
    key.m_key = owned;
    key.m_publicHex = rawPublicKey(pkey).toHex();
    return Result<WorkstationKey>(key);
}

QByteArray WorkstationKey::sign(QByteArrayView message) const
{
    if (!m_key)
        return QByteArray();
    QByteArray signature(int(kSignatureBytes), '\0');
    size_t length = kSignatureBytes;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool signedOk = context
        && EVP_DigestSignInit(context, nullptr, nullptr, nullptr, m_key->key) == 1
        && EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                          reinterpret_cast<const unsigned char *>(message.data()),
                          size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return signedOk ? signature.toHex() : QByteArray();
}

SignatureCheck::SignatureCheck(QByteArrayView publicKeyHex)
{
    const QByteArray raw = QByteArray::fromHex(publicKeyHex.toByteArray());
    if (publicKeyHex.size() != qsizetype(2 * kPublicKeyBytes)
        || raw.size() != qsizetype(kPublicKeyBytes))
        return;
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()),
        size_t(raw.size()));
    if (key)
        m_key = std::make_shared<WorkstationKey::Pkey>(key);
}

bool SignatureCheck::holds(QByteArrayView message, QByteArrayView signatureHex) const
{
    return m_key && verifyRaw(m_key->key, message, signatureHex);
}

} // namespace vigie::journal
