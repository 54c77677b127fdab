// The workstation's own Ed25519 key, which signs every entry of its journal chain, so that a
// chain edited and re-hashed by someone without the key is caught. The private key lives in a
// PEM file in the user's configuration folder, never in the data folder: a stolen copy of the
// data folder or of vigie.db cannot sign.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vigie::journal {

class WorkstationKey
{
    Q_DECLARE_TR_FUNCTIONS(vigie::journal::WorkstationKey)
public:
    // ~/.config/vigie/keys (XDG_CONFIG_HOME), whatever --data-dir says: the key is not kept
    // with the register it signs.
    static QString directory();
    static QString fileFor(const QString &workstation, const QString &dir = directory());

    // Loads the key of `workstation`; when its file does not exist and `mayCreate`, creates it
    // (0600, in a 0700 folder). A file that cannot be read or parsed is never replaced.
    static Result<WorkstationKey> load(const QString &workstation, bool mayCreate,
                                       const QString &dir = directory());

    // 32 bytes, hex: what `vigiectl journal key` prints and central enrols.
    QByteArray publicKeyHex() const { return m_publicHex; }
    // Ed25519 signature of `message`, hex (128 characters).
    QByteArray sign(QByteArrayView message) const;

    struct Pkey;

private:
    std::shared_ptr<Pkey> m_key;
    QByteArray m_publicHex;
};

// Checks signatures against one workstation's public key, parsed once (a chain has many
// entries). Safe to share between threads once built.
class SignatureCheck
{
public:
    explicit SignatureCheck(QByteArrayView publicKeyHex);
    // Whether the public key read as an Ed25519 key.
    bool valid() const { return bool(m_key); }
    bool holds(QByteArrayView message, QByteArrayView signatureHex) const;

private:
    std::shared_ptr<WorkstationKey::Pkey> m_key;
};

} // namespace vigie::journal
