#include "core/access/shift_schedule.h"

#include "tests/support/test_support.h"
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace vigie::access;

namespace {
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone("Europe/Paris"));
}
} // namespace

TEST_CASE("the default 3x8 pattern gives the right shift at any hour", "[shift]")
{
    const ShiftSchedule schedule = ShiftSchedule::defaultSchedule();
    REQUIRE(schedule.kinds().size() == 3);
    CHECK(schedule.slotAt(at(25, 6)).kind.code == QStringLiteral("morning"));
    CHECK(schedule.slotAt(at(25, 13, 59)).kind.code == QStringLiteral("morning"));
    CHECK(schedule.slotAt(at(25, 14)).kind.code == QStringLiteral("afternoon"));
    CHECK(schedule.slotAt(at(25, 22)).kind.code == QStringLiteral("night"));
}

TEST_CASE("the night shift after midnight belongs to the night that started the day before",
          "[shift]")
{
    const ShiftSlot slot = ShiftSchedule::defaultSchedule().slotAt(at(26, 3, 30));
    CHECK(slot.kind.code == QStringLiteral("night"));
    CHECK(slot.start == at(25, 22));
    CHECK(slot.end == at(26, 6));
}

TEST_CASE("a centre's own pattern is taken, a broken one falls back to 3x8", "[shift]")
{
    const ShiftSchedule twoShifts
        = ShiftSchedule::fromSpec(QStringLiteral("07:00-19:00,19:00-07:00"));
    REQUIRE(twoShifts.kinds().size() == 2);
    CHECK(twoShifts.slotAt(at(25, 20)).kind.start == QTime(19, 0));
    // A gap between 14:00 and 15:00 would leave an hour without a shift.
    const ShiftSchedule gap
        = ShiftSchedule::fromSpec(QStringLiteral("06:00-14:00,15:00-22:00,22:00-06:00"));
    CHECK(gap.kinds().size() == 3);
    CHECK(gap.slotAt(at(25, 14, 30)).kind.code == QStringLiteral("afternoon"));
    CHECK(ShiftSchedule::fromSpec(QStringLiteral("n'importe quoi")).kinds().size() == 3);
    CHECK(ShiftSchedule::fromSpec(QString()).kinds().size() == 3); // nothing configured
}
