#include "core/analytics/live_analytics.h"

#include "core/analytics/alarm_log.h"
#include "core/analytics/analytics_logging.h"
#include "core/analytics/analytics_runner.h"
#include "core/analytics/count_log.h"
#include "core/analytics/detector_settings.h"
#include "core/analytics/detector_state_store.h"

namespace vigie::analytics {

LiveAnalytics::LiveAnalytics(store::Database &db, journal::Journal &journal,
                             AnalyticsRunner &runner, QObject *parent)
    : QObject(parent), m_db(db), m_journal(journal), m_runner(runner),
      m_alarms(std::make_unique<AlarmLog>(db, journal)),
      m_counts(std::make_unique<CountLog>(db, journal)),
      m_states(std::make_unique<DetectorStateStore>(db))
{
    connect(&m_runner, &AnalyticsRunner::eventsRaised, this,
            [this](int camera, const QString &detector, const QList<AnalyticsEvent> &events) {
                m_counts->add(camera, detector, events);
                for (const AnalyticsEvent &e : events) {
                    if (!e.alarm)
                        continue;
                    const auto recorded = m_alarms->raise(camera, detector, e);
                    if (!recorded.ok()) {
                        qCWarning(lcAnalytics) << "cannot record an alarm of camera" << camera
                                               << detector << recorded.error();
                        continue;
                    }
                    emit alarmRecorded(recorded.value(), camera, detector, e.type);
                }
            });
    m_countTimer.setInterval(60 * 1000);
    connect(&m_countTimer, &QTimer::timeout, this,
            [this] { flushCounts(QDateTime::currentMSecsSinceEpoch()); });
    m_countTimer.start();
    connect(&m_runner, &AnalyticsRunner::stateChanged, this,
            [this](int camera, const QString &detector, const QJsonObject &state, qint64 t_ms) {
                const Status saved = m_states->save(camera, detector, state, t_ms);
                if (!saved.ok())
                    qCWarning(lcAnalytics)
                        << "cannot save the state of" << camera << detector << saved.error();
            });
}

LiveAnalytics::~LiveAnalytics()
{
    flushCounts(QDateTime::currentMSecsSinceEpoch(), true);
}

void LiveAnalytics::flushCounts(qint64 now_ms, bool all)
{
    if (const Status recorded = m_counts->flush(now_ms, all); !recorded.ok())
        qCWarning(lcAnalytics) << "cannot record the counts" << recorded.error();
}

bool LiveAnalytics::watch(int camera, const QUrl &url)
{
    const QList<DetectorConfig> detectors = DetectorSettings(m_db, m_journal).list(camera);
    if (detectors.isEmpty())
        return false;
    QHash<QString, QJsonObject> states;
    for (const DetectorConfig &c : detectors) {
        const QJsonObject state = m_states->load(camera, c.name);
        if (!state.isEmpty())
            states.insert(c.name, state);
    }
    m_runner.watch(camera, url, detectors, states);
    return true;
}

} // namespace vigie::analytics
