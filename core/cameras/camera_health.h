// Camera health for the maintenance plan: each camera's outages (start, end, the state and
// reason the engine or the probe gave), and the time this desk was watching, so that an
// availability over 7 or 30 days counts only what was seen. Fed by the status board (probes,
// and the live engines' word on the cameras on screen); local technical data, kept for the
// retention of technical logs (camera_health, a year by default), never synced.
#pragma once

#include "core/cameras/stream_state.h"
#include "core/common/clock.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class QTimer;

namespace vigie::store {
class Database;
}
namespace vigie::journal {
class Journal;
}

namespace vigie::cameras {

struct Camera;
class CameraStatusBoard;

struct CameraOutage
{
    int cameraNumber = 0;
    QDateTime start;
    QDateTime end; // invalid: still down
    StreamState state = StreamState::Unknown; // what it was when it went down
    QString reason; // as the engine or the probe said it
    // How it ended: "back" (the camera answered again) or "unwatched" (the desk stopped
    // watching: what came after is not known).
    QString endedBy;
    bool ongoing() const { return !end.isValid(); }
};

struct CameraAvailability
{
    int cameraNumber = 0;
    QString title; // "012 Parvis de la gare"
    QString zone;
    qint64 watched_ms = 0; // the part of the period this desk was watching
    qint64 down_ms = 0; // of which the camera was down
    int outages = 0; // outages that touched the period
    std::optional<CameraOutage> current; // down now
    // Share of the watched time the camera was up, 0..1; 1 with nothing watched.
    double ratio() const { return watched_ms > 0 ? 1.0 - double(down_ms) / watched_ms : 1.0; }
};

// Down means no picture for the operator: lost, reconnecting, refused, not found, codec,
// unreachable. Up: live, or answering. Connecting and unknown say nothing.
bool isDownState(StreamState state);
bool isUpState(StreamState state);

class CameraHealthLog
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cameras::CameraHealthLog)
public:
    CameraHealthLog(store::Database &db, Clock clock = systemClock());

    // A new watch (the desk starts): the last watch, if it stopped without saying (a crash),
    // ends at its last heartbeat, and so do the outages it left open.
    Status beginWatch();
    Status heartbeat(); // every minute or so: the watch is still on
    Status endWatch(); // the desk stops: open outages end "unwatched"

    // A camera's state as the board last heard it. Opens an outage when a camera goes down,
    // closes it when it is back; a camera still down when the desk restarts keeps its outage
    // (the maintenance view says since when), the unwatched gap left out of its down time.
    Status record(int cameraNumber, StreamState state, const QString &reason);

    // Cameras down now, longest first.
    Result<QList<CameraOutage>> downNow() const;
    Result<QList<CameraOutage>> outages(int cameraNumber, const QDateTime &from,
                                        const QDateTime &to) const;
    // The cameras given (in service: neither disabled nor retired), worst availability first,
    // then the longest current outage.
    Result<QList<CameraAvailability>>
    availability(const QList<Camera> &cameras, const QDateTime &from, const QDateTime &to) const;

    // The retention run's purge: outages and watches that ended before `before`, journaled.
    Result<int> purgeBefore(journal::Journal &journal, const QDateTime &before,
                            const QString &user);

    const Clock &clock() const { return m_clock; }

private:
    store::Database &m_db;
    Clock m_clock;
    qint64 m_watch = 0; // this run's row
    QSet<int> m_seenUp; // cameras seen up during this watch
};

// The desk's side: follows the status board, keeps the watch alive, and says once per outage
// when a camera has been down longer than the threshold (the maintenance alarm).
class CameraHealthMonitor : public QObject
{
    Q_OBJECT
public:
    CameraHealthMonitor(CameraHealthLog &log, CameraStatusBoard &board, int alarmAfter_min,
                        QObject *parent = nullptr);
    ~CameraHealthMonitor() override;

    void start(int heartbeat_ms = 60000);
    // Checks the thresholds now (the timer does it at every heartbeat).
    void checkAlarms();
    int alarmAfterMinutes() const { return m_alarmAfter_min; }

signals:
    void longOutage(int cameraNumber, const QDateTime &since, const QString &reason);
    void problem(const QString &message);

private:
    CameraHealthLog &m_log;
    CameraStatusBoard &m_board;
    int m_alarmAfter_min = 30;
    QTimer *m_timer = nullptr;
    QSet<QString> m_alarmed; // "camera@start" of the outages already announced
};

// In the reader's language: "97,5 %" (or "not watched"), "3 h 05 min".
QString availabilityText(const CameraAvailability &row);
QString downTimeText(qint64 ms);

// The maintenance contractor's report of `availability` over a period: CSV (spreadsheets) or PDF.
Result<QByteArray> exportHealthCsv(const QList<CameraAvailability> &rows, const QDateTime &from,
                                   const QDateTime &to, const QString &path);
Result<QByteArray> exportHealthPdf(const QList<CameraAvailability> &rows, const QDateTime &from,
                                   const QDateTime &to, const QString &commune,
                                   const QString &path);

} // namespace vigie::cameras
