// Times in records carry their UTC offset ("2026-11-25T23:41:07.123+01:00"), as the law's
// registers need: a reader in another time zone, or after a DST change, reads the same instant.
#pragma once

#include <QDateTime>
#include <QString>

namespace vigie::records {

inline QString isoWithOffset(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    // The offset of the time as given (the workstation's zone for clock times).
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

inline QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace vigie::records
