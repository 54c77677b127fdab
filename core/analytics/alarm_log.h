// The detectors' alarms as records of the register: each raised alarm and each acknowledgement
// (who, when, with which comment) is a journal event, projected here and on every desk that
// pulls it, so that an alarm raised on a camera nobody watches is still there to be handled.
#pragma once

#include "core/analytics/analytics_event.h"
#include "core/common/clock.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::access {
struct User;
}

namespace vigie::analytics {

inline constexpr const char *kAlarmObject = "analytics_alarm";

struct Alarm
{
    QString id; // the UUID of its event
    int camera = 0;
    QString detector;
    QString type; // the event's type: intrusion, wrongway, stationary...
    QDateTime at;
    QJsonObject details;
    QByteArray snapshotPng;
    QString acknowledgedBy; // empty while open
    QDateTime acknowledgedAt;
    QString comment;
};

class AlarmLog
{
    Q_DECLARE_TR_FUNCTIONS(vigie::analytics::AlarmLog)
public:
    AlarmLog(store::Database &db, journal::Journal &journal, Clock clock = systemClock());

    // Records an alarm raised by this desk's detector (the journal's author is "system").
    Result<QString> raise(int camera, const QString &detector, const AnalyticsEvent &event);
    // Acknowledges an open alarm: anyone in the room who records incidents (TagIncident), with
    // a comment (refused without one).
    Status acknowledge(const access::User &actor, const QString &id, const QString &comment);

    QList<Alarm> list(bool openOnly = false) const; // newest first
    std::optional<Alarm> find(const QString &id) const;

    static Status apply(store::Database &db, const journal::Event &event);
    static Status project(store::Database &db, const journal::Event &event);

private:
    store::Database &m_db;
    journal::Journal &m_journal;
    Clock m_clock;
};

} // namespace vigie::analytics
