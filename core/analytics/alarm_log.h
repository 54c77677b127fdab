// The detectors' alarms as records of the register: each raised alarm and each acknowledgement
// (who, when, with which comment) is a journal event, projected here and on every desk that
// pulls it, so that an alarm raised on a camera nobody watches is still there to be handled.
// An alarm's picture is an event of its own ("analytics.picture"), so that it reaches every
// desk and central with the alarm, yet goes with its camera's images (30 days at most, L252-5)
// while the alarm is kept a year: the alarm's event holds the picture's SHA-256, and a desk
// shows only a picture that matches it.
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
inline constexpr const char *kPictureObject = "analytics_picture";

struct Alarm
{
    QString id; // the UUID of its event
    int camera = 0;
    QString detector;
    QString type; // the event's type: intrusion, wrongway, stationary...
    QDateTime at;
    QJsonObject details;
    // The picture (JPEG or PNG) while retention keeps it; empty before it reached this desk,
    // and once purged. Alarms recorded when pictures were files beside the register read
    // theirs from there (`snapshotFile`, relative to the data folder) while its SHA-256 matches.
    QByteArray picture;
    QString snapshotFile;
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

    // Projects this desk's own events (its raises, and acknowledgements the policy allowed).
    static Status apply(store::Database &db, const journal::Event &event);
    // Another desk's: an acknowledgement counts only from an account of this register that may
    // record incidents (TagIncident); a forged one is flagged and changes nothing.
    static Status project(store::Database &db, const journal::Event &event);
    // A picture is shown only when its SHA-256 is the one its alarm recorded; another is flagged.
    static Status projectPicture(store::Database &db, const journal::Event &event);

    // Retention (journaled, as `user`): the pictures of alarms older than their camera's
    // retention of images (30 days at most, L252-5; 30 for a camera no longer in the
    // directory), from the rows and from the journal's "analytics.picture" events, on this
    // desk and (for the pictures it raised) at central; then the alarms older than `before`
    // (the "analytics_alarm" rule). Each returns how many went.
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
