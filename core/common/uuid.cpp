#include "core/common/uuid.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

namespace vigie {

QUuid timeOrderedUuid(qint64 unix_ms)
{
    std::array<quint32, 4> random {};
    QRandomGenerator::system()->generate(random.begin(), random.end());
    QByteArray bytes(16, Qt::Uninitialized);
    std::memcpy(bytes.data(), random.data(), 16);
    const auto ms = quint64(std::max<qint64>(0, unix_ms)) & 0xffffffffffffULL;
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(quint8(ms >> (8 * (5 - i))));
    bytes[6] = char(0x70 | (quint8(bytes[6]) & 0x0f)); // version 7
    bytes[8] = char(0x80 | (quint8(bytes[8]) & 0x3f)); // variant 10 (RFC 9562)
    return QUuid::fromRfc4122(bytes);
}

QUuid timeOrderedUuid()
{
    return timeOrderedUuid(QDateTime::currentMSecsSinceEpoch());
}

} // namespace vigie
