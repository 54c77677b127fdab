// The desktop keyring (the session's Secret Service, or KWallet, through QtKeychain): where
// Vigie keeps the secrets it never writes in a file, the central password and the cameras'
// credentials. Each call waits at most a few seconds for the keyring to answer.
#pragma once

#include <QString>

namespace vigie::keyring {

struct Answer
{
    enum class Kind {
        Ok,
        NotFound, // the keyring holds no such entry
        NoKeyring, // no keyring on this machine or session (a server, a root shell)
        Refused, // the keyring answered with an error (locked, denied...)
    };
    Kind kind = Kind::NoKeyring;
    QString text; // Ok after read(): the secret
    QString error; // Refused: the keyring's own words
};

Answer read(const QString &service, const QString &key);
Answer write(const QString &service, const QString &key, const QString &secret);

} // namespace vigie::keyring
