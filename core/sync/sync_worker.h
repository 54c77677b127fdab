// The sync link in its own thread: a SyncService, owned by the GUI (or vigiectl sync --watch),
// starts a QThread in which a SyncWorker opens its own SQLite and PostgreSQL connections and
// syncs when this workstation writes, when central announces another workstation's events
// (LISTEN/NOTIFY), and on a timer. The caller never waits on it: it hears statusChanged().
#pragma once

#include "core/sync/central_link.h"
#include "core/sync/sync_status.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>

#include <memory>

class QTimer;

namespace vigie::store {
class Database;
}

namespace vigie::sync {

class SyncEngine;

struct SyncSettings
{
    QString databasePath;
    QString workstation;
    CentralUri uri;
    int poll_ms = 250; // how often the worker looks for new local events (one cheap query)
    int full_ms = 5000; // a full sync at least this often (missed notices)
    int retry_ms = 3000; // a dead link is tried again after this long
    int batchSize = 1000;
};

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(SyncSettings settings);
    ~SyncWorker() override;

    // Thread-safe: the sync in progress ends after its current batch.
    void requestStop() { m_stopping = true; }

public slots:
    void start();
    void syncNow();
    void stop();

signals:
    void statusChanged(const vigie::sync::SyncStatus &status);
    // After each batch: what has gone up and come down in this sync so far.
    void progress(const vigie::sync::SyncReport &report);
    void synced(const vigie::sync::SyncReport &report);
    // After each sync that could not complete (link down, central refusing): why.
    void failed(const QString &error);

private:
    void tick();
    void runSync();
    bool ensureLink();
    void dropLink(const QString &error);
    void publish();

    SyncSettings m_settings;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<CentralLink> m_link;
    SyncStatus m_status;
    QTimer *m_timer = nullptr;
    qint64 m_lastLocalSeq = -1;
    qint64 m_lastFull_ms = 0;
    qint64 m_lastAttempt_ms = 0;
    bool m_notified = false;
    bool m_forced = false;
    std::atomic<bool> m_stopping = false;
};

class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(SyncSettings settings, QObject *parent = nullptr);
    ~SyncService() override;

    void start();
    // Asks for a sync as soon as the worker is free (queued; returns at once).
    void syncNow();
    SyncStatus status() const { return m_status; }

signals:
    void statusChanged(const vigie::sync::SyncStatus &status);
    void progress(const vigie::sync::SyncReport &report);
    void synced(const vigie::sync::SyncReport &report);
    void failed(const QString &error);

private:
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    SyncStatus m_status;
};

} // namespace vigie::sync
