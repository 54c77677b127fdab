// SHA-256 in hexadecimal, through OpenSSL's libcrypto: it uses the processor's SHA extensions
// where present (about 8x Qt 6.4's portable code here), which is most of the journal's cost.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

namespace vigie {

// The hash of the parts one after the other, as 64 lowercase hex digits. Any thread.
QByteArray sha256Hex(std::initializer_list<QByteArrayView> parts);

} // namespace vigie
