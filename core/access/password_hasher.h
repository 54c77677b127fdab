// Password storage: PBKDF2-HMAC-SHA256 with a random 16-byte salt, encoded as
// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>". Plain passwords are never stored.
#pragma once

#include <QString>

namespace vigie::access {

inline constexpr int kPasswordIterations = 60000;
inline constexpr int kMinPasswordLength = 8;

QString hashPassword(const QString &password, int iterations = kPasswordIterations);

// Constant-time comparison of the derived key; false for any malformed encoding.
bool verifyPassword(const QString &password, const QString &encoded);

// True when the stored hash was made with weaker parameters than today's and should be renewed
// at the next successful login.
bool needsRehash(const QString &encoded);

} // namespace vigie::access
