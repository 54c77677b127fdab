#include "core/common/sha256.h"

#include <openssl/evp.h>

#include <memory>

namespace vigie {

QByteArray sha256Hex(std::initializer_list<QByteArrayView> parts)
{
    // One context per thread, reused: EVP_MD_CTX_new costs more than hashing a journal entry.
    thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                                 &EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    bool ok = context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1;
    for (const QByteArrayView &part : parts)
        ok = ok && EVP_DigestUpdate(context.get(), part.data(), size_t(part.size())) == 1;
    ok = ok && EVP_DigestFinal_ex(context.get(), digest, &length) == 1;
    if (!ok)
        qFatal("OpenSSL cannot compute SHA-256"); // libcrypto broken: nothing can be journaled
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace vigie
