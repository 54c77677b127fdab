// Password storage: PBKDF2-HMAC-SHA256 with a random 16-byte salt, encoded as
// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>". Plain passwords are never stored.
#pragma once

#include <QString>

namespace vigie::access {

// OWASP's figure for PBKDF2-HMAC-SHA256 (2023). Hashes made with fewer are renewed at the next
// successful login.
inline constexpr int kPasswordIterations = 600000;
// What a stored hash may ask for: a hash synced from elsewhere or edited on disk asking for
// billions of iterations would hold the login (and the desk) for hours. Such a hash is refused
// before any hashing.
inline constexpr int kMaxPasswordIterations = 5000000;
inline constexpr int kMinPasswordLength = 8;

QString hashPassword(const QString &password, int iterations = kPasswordIterations);

// Constant-time comparison of the derived key; false for any malformed encoding, and for a
// hash asking for more than kMaxPasswordIterations (without deriving anything).
bool verifyPassword(const QString &password, const QString &encoded);

// The iterations a well-formed stored hash asks for; 0 when the encoding is malformed.
int hashIterations(const QString &encoded);

// True when the stored hash was made with fewer iterations than `target` and should be renewed
// at the next successful login.
bool needsRehash(const QString &encoded, int target = kPasswordIterations);

} // namespace vigie::access
