#include "app/analytics_desk.h"

#include "app/services.h"
#include "app/session.h"
#include "core/analytics/count_log.h"
#include "core/analytics/detector_settings.h"
#include "core/cameras/camera_status_board.h"
#include "core/video/stream_registry.h"
#include "widgets/analytics_config_dialog.h"
#include "widgets/analytics_report_view.h"
#include "widgets/live_video.h"
#include "widgets/tile_widget.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace vigie::app {
namespace {

// How long the dialog waits for a camera on no wall to send its first picture.
constexpr int kPictureTimeout_ms = 8000;

} // namespace

AnalyticsDesk::AnalyticsDesk(const Session &session, Services &services, widgets::LiveVideo *video,
                             cameras::CameraStatusBoard *board, QWidget *window,
                             std::function<widgets::TileWidget *(int camera)> tileShowing,
                             QObject *parent)
    : QObject(parent), m_session(session), m_services(services), m_video(video), m_board(board),
      m_window(window), m_tileShowing(std::move(tileShowing))
{
}

void AnalyticsDesk::openConfig()
{
    analytics::DetectorSettings settings(m_services.db, m_services.journal);
    widgets::AnalyticsConfigDialog dialog(settings, m_session.user,
                                          m_board ? m_board->cameras() : QList<cameras::Camera>(),
                                          m_window);
    // The handle that brings a camera on no wall its picture; one at a time, released once
    // the picture came, another camera is picked, or the dialog closes.
    auto pending = std::make_shared<video::StreamHandle>();
    QPointer<widgets::AnalyticsConfigDialog> alive(&dialog);
    dialog.setPictureRequest([this, pending, alive](int camera) {
        pending->release();
        if (widgets::TileWidget *tile = m_tileShowing ? m_tileShowing(camera) : nullptr) {
            bool fromStream = false;
            const QImage shown = tile->snapshot(&fromStream);
            if (!shown.isNull()) {
                alive->setPicture(camera, shown);
                return;
            }
        }
        const cameras::Camera *c = m_board ? m_board->camera(camera) : nullptr;
        if (!c || !m_video || !m_video->registry())
            return;
        const QUrl url = c->subUrl.isEmpty() ? c->mainUrl : c->subUrl;
        *pending = m_video->registry()->acquire(url, QStringLiteral("analytics-config"),
                                                QSize(960, 540));
        if (!pending->isValid() || !pending->engine())
            return;
        const auto take = [pending, alive, camera] {
            const auto frame = pending->takeFrame();
            if (!frame || frame->image.isNull() || !alive)
                return;
            alive->setPicture(camera, frame->image.copy());
            pending->release();
        };
        connect(pending->engine(), &video::StreamEngine::frameReady, alive.data(), take);
        QTimer::singleShot(kPictureTimeout_ms, alive.data(), [pending] { pending->release(); });
    });
    dialog.exec();
    pending->release();
}

void AnalyticsDesk::openReport()
{
    analytics::DetectorSettings settings(m_services.db, m_services.journal);
    analytics::CountLog counts(m_services.db, m_services.journal);
    widgets::AnalyticsReportView view(counts, settings, m_session.user,
                                      m_board ? m_board->cameras() : QList<cameras::Camera>(),
                                      m_window);
    view.exec();
}

} // namespace vigie::app
