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

class QSqlQuery;

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

namespace vigie::cameras {
class CameraDirectory;
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
    // The picture (PNG): read from its file under the data folder while retention keeps it and
    // its SHA-256 matches; inline in the row for alarms recorded before pictures were files.
    QByteArray snapshotPng;
    QString snapshotFile; // relative to the data folder; empty when none or inline
    QString snapshotSha256;
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

    // Retention (journaled, as `user`): the pictures of alarms older than their camera's
    // retention of images (30 days at most, L252-5; 30 for a camera no longer in the
    // directory), then the alarms older than `before` (the "analytics_alarm" rule). Each
    // returns how many went.
    Result<int> purgePictures(const cameras::CameraDirectory &directory, const QDateTime &now,
                              const QString &user);
    Result<int> purgeBefore(const QDateTime &before, const QString &user);

private:
    QString dataDir() const;
    Alarm read(const QSqlQuery &q) const;

    store::Database &m_db;
    journal::Journal &m_journal;
    Clock m_clock;
};

} // namespace vigie::analytics
