#include "widgets/live_video.h"

#include "core/cameras/camera_status_board.h"
#include "core/video/stream_registry.h"
#include "widgets/tile_widget.h"
#include "widgets/window_occlusion.h"

#include <QHash>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <utility>

namespace vigie::widgets {
namespace {

constexpr int kGovernorInterval_ms = 250;
// One frame of a 60 Hz monitor: pictures that arrive within it are painted together.
constexpr qint64 kRepaintInterval_ms = 16;

} // namespace

LiveVideo::LiveVideo(video::StreamRegistry *registry, cameras::CameraStatusBoard *board,
                     video::GovernorParams params, video::StreamGovernor::SteadyClock clock,
                     QObject *parent)
    : QObject(parent), m_registry(registry), m_board(board), m_governor(params, std::move(clock))
{
    m_loadProbe = [this] {
        return video::pressureFor(m_meter.sample(), m_governor.params().pressureLow);
    };
    m_timer = new QTimer(this);
    m_timer->setInterval(kGovernorInterval_ms);
    connect(m_timer, &QTimer::timeout, this, [this] { evaluate(true); });
    m_timer->start();
    // The tiles' clocks and reconnection countdowns: one timer for the desk, not one per tile.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &LiveVideo::everySecond);
    m_clockTimer->start();
    m_repaintTimer = new QTimer(this);
    m_repaintTimer->setSingleShot(true);
    m_repaintTimer->setTimerType(Qt::PreciseTimer);
    connect(m_repaintTimer, &QTimer::timeout, this, &LiveVideo::repaintNewPictures);
    // A wall covered or uncovered by another window is shed or fed again at once.
    m_occlusion = new WindowOcclusion(this);
    connect(m_occlusion, &WindowOcclusion::changed, this, &LiveVideo::scheduleEvaluation);
}

LiveVideo::~LiveVideo()
{
    for (const QPointer<TileWidget> &tile : std::as_const(m_tiles)) {
        if (tile)
            tile->setLiveVideo(nullptr);
    }
}

void LiveVideo::setAnalytics(bool active, std::function<void(double)> sink)
{
    m_governor.setAnalyticsActive(active);
    m_analyticsSink = active ? std::move(sink) : std::function<void(double)>();
    m_analyticsRate = -1;
    scheduleEvaluation();
}

void LiveVideo::addTile(TileWidget *tile)
{
    if (m_tiles.contains(tile))
        return;
    m_tiles.append(tile);
    connect(tile, &TileWidget::streamStateChanged, this,
            [this](int number, cameras::StreamState state, const QString &detail) {
                if (m_board && number > 0)
                    m_board->report(number, state, detail);
            });
}

void LiveVideo::removeTile(TileWidget *tile)
{
    m_tiles.removeAll(tile);
    m_tiles.removeAll(nullptr);
}

QList<TileWidget *> LiveVideo::tiles() const
{
    QList<TileWidget *> list;
    for (const QPointer<TileWidget> &tile : m_tiles) {
        if (tile)
            list.append(tile);
    }
    return list;
}

void LiveVideo::watch(int cameraNumber, bool watched)
{
    if (m_board && cameraNumber > 0)
        m_board->setWatched(cameraNumber, watched);
    scheduleEvaluation();
}

video::TileDecision LiveVideo::firstDecision(const TileWidget *tile) const
{
    const video::TileDemand demand = tile->demand(true);
    return { demand.id, m_governor.initialStream(demand), video::DecodeMode::AllFrames };
}

void LiveVideo::scheduleEvaluation()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        evaluate();
    });
}

void LiveVideo::repaintForNewPicture(TileWidget *tile)
{
    if (!m_toRepaint.contains(tile))
        m_toRepaint.append(tile);
    if (m_repaintTimer->isActive())
        return;
    // The first picture after a quiet display frame is painted at once; the ones after it
    // wait for the end of that frame, 16 ms at most.
    const qint64 since = m_lastRepaint.isValid() ? m_lastRepaint.elapsed() : kRepaintInterval_ms;
    m_repaintTimer->start(int(std::max<qint64>(0, kRepaintInterval_ms - since)));
}

void LiveVideo::repaintNewPictures()
{
    m_lastRepaint.start();
    const QList<QPointer<TileWidget>> tiles = std::exchange(m_toRepaint, {});
    for (const QPointer<TileWidget> &tile : tiles) {
        if (tile)
            tile->update();
    }
}

bool LiveVideo::isSeen(const QWidget *widget) const
{
    if (!widget || !widget->isVisible())
        return false;
    const QWidget *top = widget->window();
    if (top->isMinimized())
        return false;
    const QWindow *handle = top->windowHandle();
    if (!handle || !handle->isExposed() || m_occlusion->isCovered(handle))
        return false;
    return !widget->visibleRegion().isEmpty();
}

void LiveVideo::evaluate(bool sampleLoad)
{
    if (sampleLoad)
        m_load = m_loadProbe ? m_loadProbe() : -1;
    QList<TileWidget *> shown;
    QList<video::TileDemand> demands;
    for (TileWidget *tile : tiles()) {
        if (tile->source().mainUrl.isEmpty())
            continue;
        shown.append(tile);
        demands.append(tile->demand(isSeen(tile)));
    }
    const QList<video::TileDecision> decisions = m_governor.decide(demands, m_load);
    // Two tiles on one engine: it decodes for the one that is shed least.
    QHash<video::StreamEngine *, video::DecodeMode> modes;
    for (int i = 0; i < shown.size(); ++i) {
        TileWidget *tile = shown.at(i);
        tile->applyDecision(decisions.at(i), demands.at(i).visible);
        if (!demands.at(i).visible)
            continue;
        for (video::StreamEngine *engine : { tile->engine(), tile->pendingEngine() }) {
            if (!engine)
                continue;
            const auto known = modes.constFind(engine);
            const video::DecodeMode mode = decisions.at(i).mode;
            modes.insert(engine, known == modes.cend() ? mode : std::min(*known, mode));
        }
    }
    for (auto it = modes.cbegin(); it != modes.cend(); ++it)
        it.key()->setDecodeMode(it.value());
    if (m_analyticsSink && m_governor.analyticsRate() != m_analyticsRate) {
        m_analyticsRate = m_governor.analyticsRate();
        m_analyticsSink(m_analyticsRate);
    }
    emit evaluated();
}

void LiveVideo::everySecond()
{
    for (TileWidget *tile : tiles()) {
        if (tile->cameraNumber() == 0 || !isSeen(tile))
            continue;
        if (tile->state() == cameras::StreamState::Live && tile->frame())
            tile->update(QRect(0, 0, tile->width(), qBound(8, tile->height() / 18, 16) * 2));
        else
            tile->update();
    }
}

} // namespace vigie::widgets
