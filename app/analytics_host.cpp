#include "app/analytics_host.h"

#include "core/analytics/analytics_runner.h"
#include "core/analytics/detector_settings.h"
#include "core/analytics/live_analytics.h"
#include "core/cameras/camera_status_board.h"
#include "core/common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSettings>
#include <QTimer>

namespace vigie::app {

AnalyticsHost::AnalyticsHost(store::Database &db, journal::Journal &journal,
                             video::StreamRegistry &streams,
                             const cameras::CameraStatusBoard &board, int workers, QObject *parent)
    : QObject(parent), m_db(db), m_journal(journal), m_board(board),
      m_runner(std::make_unique<analytics::AnalyticsRunner>(streams, workers)),
      m_live(std::make_unique<analytics::LiveAnalytics>(db, journal, *m_runner))
{
    connect(m_live.get(), &analytics::LiveAnalytics::alarmRecorded, this,
            [this](const QString &id, int camera) { emit alarmRecorded(id, camera); });
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &AnalyticsHost::reconcile);
    // A camera's stream moved, retired, disabled or given to a landlord: followed at once.
    connect(&board, &cameras::CameraStatusBoard::camerasChanged, this, &AnalyticsHost::reconcile);
}

AnalyticsHost::~AnalyticsHost()
{
    // The runner's pool finishes before LiveAnalytics, which hears its events, goes.
    m_runner.reset();
}

bool AnalyticsHost::runsHere(const QSettings &settings, bool joinedToCentral)
{
    return settings.value(QStringLiteral("analytics/run"), !joinedToCentral).toBool();
}

void AnalyticsHost::start(int interval_ms)
{
    reconcile();
    m_timer->start(interval_ms);
}

void AnalyticsHost::setRate(double picturesPerSecond)
{
    m_runner->setRate(picturesPerSecond);
}

QList<int> AnalyticsHost::watchedCameras() const
{
    QList<int> cameras = m_watched.keys();
    std::sort(cameras.begin(), cameras.end());
    return cameras;
}

void AnalyticsHost::reconcile()
{
    QMap<int, QJsonArray> configured;
    for (const analytics::DetectorConfig &config :
         analytics::DetectorSettings(m_db, m_journal).list()) {
        if (config.enabled)
            configured[config.camera].append(config.toJson());
    }
    for (auto it = configured.cbegin(); it != configured.cend(); ++it) {
        const int number = it.key();
        const cameras::Camera *camera = m_board.camera(number);
        if (!camera || !camera->enabled)
            continue; // retired, disabled, or not in this desk's directory yet: forgotten below
        if (camera->owner == cameras::CameraOwner::Bailleur) {
            // CSI L272-2: no standing view of a landlord's camera and nothing kept of it on
            // the CSU side; a detector would be both.
            if (!m_refusedLandlord.contains(number))
                qCWarning(lcApp) << "camera" << number
                                 << "is a landlord's: its detectors are not run";
            m_refusedLandlord.insert(number);
            continue;
        }
        // The sub-stream, as the tiles of a wall show it: one RTSP session for both.
        const QUrl url = camera->subUrl.isEmpty() ? camera->mainUrl : camera->subUrl;
        const QByteArray signature
            = url.toEncoded() + '\n' + QJsonDocument(it.value()).toJson(QJsonDocument::Compact);
        if (m_watched.value(number) == signature)
            continue;
        if (m_live->watch(number, url)) {
            qCInfo(lcApp) << "analytics on camera" << number << it.value().size() << "detector(s)";
            m_watched.insert(number, signature);
        }
    }
    for (const int number : m_watched.keys()) {
        const cameras::Camera *camera = m_board.camera(number);
        if (configured.contains(number) && camera && camera->enabled
            && camera->owner != cameras::CameraOwner::Bailleur)
            continue;
        m_runner->unwatch(number);
        m_watched.remove(number);
        qCInfo(lcApp) << "analytics stopped on camera" << number;
    }
}

} // namespace vigie::app
