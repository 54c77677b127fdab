// The 3x8 shift pattern of the centre (default 06-14, 14-22, 22-06): which shift a moment
// belongs to. Shift kinds are configuration, not code.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace vigie::access {

struct ShiftKind
{
    QString code; // "morning", "afternoon", "night" or a centre's own
    QString label; // in the reader's language, when the schedule was read
    QTime start;
    QTime end; // may be before start: the shift crosses midnight
};

struct ShiftSlot
{
    ShiftKind kind;
    QDateTime start;
    QDateTime end;
};

class ShiftSchedule
{
public:
    static ShiftSchedule defaultSchedule();
    // "06:00-14:00,14:00-22:00,22:00-06:00" with codes taken in order; invalid text gives the
    // default schedule.
    static ShiftSchedule fromSpec(const QString &spec);

    const QList<ShiftKind> &kinds() const { return m_kinds; }
    ShiftSlot slotAt(const QDateTime &localTime) const;
    // "Matin 06:00–14:00"
    static QString describe(const ShiftSlot &slot);
    // A shift kind's code in the reader's language: "afternoon" -> "Après-midi". Records keep
    // the code, so that a register reads in the language of whoever reads it.
    static QString kindLabel(const QString &code);
    // A shift of the register: "Après-midi 14:00–22:00 2026-11-25".
    static QString describe(const QString &code, const QDateTime &start, const QDateTime &end);

private:
    QList<ShiftKind> m_kinds;
};

} // namespace vigie::access
