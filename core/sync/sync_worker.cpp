#include "core/sync/sync_worker.h"

#include "core/journal/journal_reader.h"
#include "core/store/database.h"
#include "core/sync/sync_engine.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace vigie::sync {
namespace {

Q_LOGGING_CATEGORY(lcSyncWorker, "vigie.sync")

const QString kChannel = QStringLiteral("vigie_events");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SyncWorker::SyncWorker(SyncSettings settings) : m_settings(std::move(settings))
{
    qRegisterMetaType<vigie::sync::SyncStatus>();
    qRegisterMetaType<vigie::sync::SyncReport>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    auto opened = store::Database::open(m_settings.databasePath);
    if (!opened.ok()) {
        m_status.state = SyncStatus::State::Offline;
        m_status.lastError = opened.error();
        publish();
        return;
    }
    m_db = opened.take();
    m_status.state = SyncStatus::State::Connecting;
    m_status.waiting = SyncEngine::waiting(*m_db, m_settings.workstation);
    publish();
    m_timer = new QTimer(this);
    m_timer->setInterval(m_settings.poll_ms);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::tick);
    m_timer->start();
    m_forced = true;
    tick();
}

void SyncWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_link.reset();
    m_db.reset();
}

void SyncWorker::syncNow()
{
    m_forced = true;
    if (m_timer)
        QTimer::singleShot(0, this, &SyncWorker::tick);
}

void SyncWorker::publish()
{
    emit statusChanged(m_status);
}

bool SyncWorker::ensureLink()
{
    if (m_link && m_link->connection().isOpen())
        return true;
    m_lastAttempt_ms = nowMs();
    auto opened = CentralLink::open(m_settings.uri);
    if (!opened.ok()) {
        dropLink(opened.error());
        return false;
    }
    m_link = opened.take();
    // Central tells every listener when a workstation has pushed: the others pull at once.
    QSqlDriver *driver = m_link->connection().driver();
    if (driver->subscribeToNotification(kChannel)) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source == QSqlDriver::OtherSource)
                        m_notified = true;
                    QTimer::singleShot(0, this, &SyncWorker::tick);
                });
    }
    return true;
}

void SyncWorker::dropLink(const QString &error)
{
    m_link.reset();
    emit failed(error);
    const bool changed
        = m_status.state != SyncStatus::State::Offline || m_status.lastError != error;
    m_status.state = SyncStatus::State::Offline;
    m_status.lastError = error;
    if (changed) {
        qCWarning(lcSyncWorker) << "central link down:" << error;
        publish();
    }
}

void SyncWorker::tick()
{
    if (!m_db || m_stopping)
        return;
    const qint64 now = nowMs();
    if (!m_link && !m_forced && now - m_lastAttempt_ms < m_settings.retry_ms)
        return;
    // A cheap look at the local journal: a new event of this workstation is pushed at once.
    qint64 localSeq = 0;
    if (const auto head = journal::JournalReader(*m_db).head(m_settings.workstation); head.ok())
        localSeq = head.value().seq;
    const bool due = m_forced || m_notified || localSeq != m_lastLocalSeq
        || now - m_lastFull_ms >= m_settings.full_ms;
    if (!due)
        return;
    m_forced = false;
    m_notified = false;
    m_lastLocalSeq = localSeq;
    runSync();
}

void SyncWorker::runSync()
{
    if (!ensureLink())
        return;
    SyncEngine engine(*m_db, m_link->connection(), m_settings.workstation,
                      ProjectorRegistry::standard(),
                      SyncEngine::Options { m_settings.batchSize, [this] {
                                               return m_stopping.load();
                                           } });
    auto result = engine.syncOnce([this](const SyncReport &report) {
        m_status.waiting = report.waiting;
        emit progress(report);
    });
    m_lastFull_ms = nowMs();
    if (!result.ok()) {
        // The link may be half dead (server stopped mid-sync): open a fresh one next time.
        const bool alive = m_link && m_link->alive();
        m_status.waiting = SyncEngine::waiting(*m_db, m_settings.workstation);
        if (!alive) {
            dropLink(result.error());
            return;
        }
        m_status.lastError = result.error();
        publish();
        emit failed(result.error());
        return;
    }
    const SyncReport &report = result.value();
    if (report.pushed > 0) {
        // Tells the other workstations to pull now rather than at their next full sync.
        QSqlQuery notify(m_link->connection());
        notify.exec(QStringLiteral("NOTIFY ") + kChannel);
    }
    m_status.state = report.refused ? SyncStatus::State::Refused : SyncStatus::State::Connected;
    m_status.lastSuccess = QDateTime::currentDateTimeUtc();
    m_status.lastReport = report;
    m_status.waiting = report.waiting;
    m_status.lastError = report.refused ? report.refusal : QString();
    publish();
    emit synced(report);
}

SyncService::SyncService(SyncSettings settings, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("vigie-sync"));
    auto *worker = new SyncWorker(std::move(settings));
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        emit statusChanged(status);
    });
    connect(worker, &SyncWorker::progress, this, &SyncService::progress);
    connect(worker, &SyncWorker::synced, this, &SyncService::synced);
    connect(worker, &SyncWorker::failed, this, &SyncService::failed);
}

SyncService::~SyncService()
{
    if (m_thread.isRunning()) {
        // A long catch-up ends after its current batch rather than holding the quit.
        if (m_worker)
            m_worker->requestStop();
        if (m_worker)
            QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void SyncService::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

void SyncService::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace vigie::sync
