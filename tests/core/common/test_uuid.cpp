#include "core/common/uuid.h"

#include <QDateTime>
#include <QSet>

#include <catch2/catch.hpp>

using vigie::timeOrderedUuid;

TEST_CASE("time-ordered uuids are version 7, sort by time and never repeat", "[uuid]")
{
    const qint64 t = QDateTime(QDate(2026, 12, 2), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
    const QUuid first = timeOrderedUuid(t);
    CHECK(first.variant() == QUuid::DCE);
    const QString text = first.toString(QUuid::WithoutBraces);
    CHECK(text.at(14) == QLatin1Char('7')); // version nibble
    CHECK(QStringLiteral("89ab").contains(text.at(19))); // RFC 9562 variant
    // The first 48 bits are the milliseconds, readable as hex.
    CHECK(text.left(8) + text.mid(9, 4) == QStringLiteral("%1").arg(t, 12, 16, QLatin1Char('0')));

    // Later milliseconds sort after, as text too (the index order of the uuid column).
    QStringList made;
    for (int i = 0; i < 50; ++i)
        made.append(timeOrderedUuid(t + i * 7).toString(QUuid::WithoutBraces));
    QStringList sorted = made;
    sorted.sort();
    CHECK(sorted == made);

    // Within one millisecond, the random bits keep them apart.
    QSet<QUuid> same;
    for (int i = 0; i < 10000; ++i)
        same.insert(timeOrderedUuid(t));
    CHECK(same.size() == 10000);
}
