#include "widgets/wall_view.h"

#include "core/cameras/camera_status_board.h"
#include "core/cameras/stream_url.h"
#include "widgets/live_video.h"
#include "widgets/theme.h"
#include "widgets/tile_widget.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace vigie::widgets {

WallView::WallView(cameras::CameraStatusBoard *board, QWidget *parent)
    : QWidget(parent), m_board(board)
{
    QPalette p = palette();
    p.setColor(QPalette::Window, colors::background);
    setPalette(p);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    m_layout = *walls::layoutByName(QStringLiteral("2x2"));
    m_tourTimer = new QTimer(this);
    m_tourTimer->setInterval(1000);
    connect(m_tourTimer, &QTimer::timeout, this, &WallView::stepTours);
    m_typedTimer = new QTimer(this);
    m_typedTimer->setSingleShot(true);
    m_typedTimer->setInterval(4000);
    connect(m_typedTimer, &QTimer::timeout, this, [this] { setTyped(QString()); });
    if (m_board)
        connect(m_board, &cameras::CameraStatusBoard::stateChanged, this,
                [this](int number) { onStateChanged(number); });
    rebuildTiles({}, Ask::Operator);
}

void WallView::setWallState(const walls::WallState &state)
{
    m_layout
        = walls::layoutByName(state.layout).value_or(*walls::layoutByName(QStringLiteral("2x2")));
    m_tours.clear();
    rebuildTiles(state.cameras, Ask::Operator);
    for (const walls::Tour &tour : state.tours) {
        if (tour.isValid() && tour.tile < tileCount())
            m_tours.append({ tour, tourNow() + qint64(tour.period_s) * 1000 });
    }
    updateTourTimer();
    refreshTourBadges();
}

walls::WallState WallView::wallState() const
{
    walls::WallState state;
    state.layout = m_layout.name;
    for (const TileWidget *tile : m_tiles)
        state.cameras.append(tile->cameraNumber());
    state.cameras += m_hidden;
    while (!state.cameras.isEmpty() && state.cameras.constLast() == 0)
        state.cameras.removeLast();
    state.tours = tours();
    return state;
}

bool WallView::setLayoutName(const QString &name)
{
    const auto layout = walls::layoutByName(name);
    if (!layout)
        return false;
    // A smaller layout hides the cameras of the tiles it drops; a larger one brings them back.
    walls::WallState state = wallState();
    state.setLayout(layout->name);
    m_layout = *layout;
    rebuildTiles(state.cameras, Ask::Repeat);
    // Tile tours beyond the new layout end; a wall tour pages by the new number of tiles.
    m_tours.removeIf([this](const RunningTour &t) { return t.tour.tile >= tileCount(); });
    for (const RunningTour &t : std::as_const(m_tours)) {
        if (t.tour.isWallTour())
            showTourPage(t.tour, Ask::Repeat);
    }
    updateTourTimer();
    refreshTourBadges();
    emit wallChanged();
    return true;
}

void WallView::rebuildTiles(const QList<int> &cameras, Ask ask)
{
    const int focused = focusedTile();
    // The old tiles go once the new ones hold their streams: a camera kept through a change of
    // layout keeps its session and its picture.
    const QList<TileWidget *> old = std::exchange(m_tiles, {});
    for (TileWidget *tile : old)
        tile->hide();
    m_maximised = -1;
    for (int i = 0; i < m_layout.tileCount(); ++i) {
        auto *tile = new TileWidget(i, this);
        tile->setLiveVideo(m_video);
        tile->installEventFilter(this);
        connect(tile, &TileWidget::camerasDropped, this, &WallView::placeCameras);
        connect(tile, &TileWidget::swapRequested, this, &WallView::swapTiles);
        connect(tile, &TileWidget::activated, this, &WallView::toggleMaximised);
        connect(tile, &TileWidget::ptzDragged, this, [this](int index, double pan, double tilt) {
            const int camera = m_tiles.value(index) ? m_tiles[index]->cameraNumber() : 0;
            if (m_isPtz && camera != 0 && m_isPtz(camera))
                emit ptzMove(index, pan, tilt, 0);
        });
        connect(tile, &TileWidget::ptzDragReleased, this, [this](int index) {
            const int camera = m_tiles.value(index) ? m_tiles[index]->cameraNumber() : 0;
            if (m_isPtz && camera != 0 && m_isPtz(camera))
                emit ptzStop(index);
        });
        const int number = cameras.value(i);
        if (number > 0) {
            const cameras::Camera *camera = m_board ? m_board->camera(number) : nullptr;
            tile->setCamera(number, camera ? camera->name : tr("Unknown camera"));
        }
        m_tiles.append(tile);
    }
    m_hidden = cameras.mid(m_layout.tileCount());
    layoutTiles();
    for (TileWidget *tile : std::as_const(m_tiles)) {
        refreshTile(tile, ask);
        tile->show();
    }
    for (TileWidget *tile : old)
        m_verdicts.remove(tile);
    qDeleteAll(old);
    if (focused >= 0 && focused < m_tiles.size())
        m_tiles[focused]->setFocus();
    emit viewsChanged();
}

void WallView::setViewGate(ViewGate gate)
{
    m_viewGate = std::move(gate);
    m_verdicts.clear();
    for (TileWidget *tile : std::as_const(m_tiles))
        refreshTile(tile, Ask::Operator);
    emit viewsChanged();
}

void WallView::recheckViews()
{
    for (TileWidget *tile : std::as_const(m_tiles))
        refreshTile(tile, Ask::Repeat);
    emit viewsChanged();
}

void WallView::updateCameras(const QList<int> &numbers)
{
    bool any = false;
    for (TileWidget *tile : std::as_const(m_tiles)) {
        const int number = tile->cameraNumber();
        if (number == 0 || !numbers.contains(number))
            continue;
        // A retired camera keeps its name on the tile, which says it is retired.
        if (const cameras::Camera *camera = m_board ? m_board->camera(number) : nullptr)
            tile->setCamera(number, camera->name);
        refreshTile(tile, Ask::Repeat);
        any = true;
    }
    if (any)
        emit viewsChanged();
}

QList<int> WallView::viewedCameras() const
{
    QList<int> list;
    for (const TileWidget *tile : m_tiles) {
        const auto verdict = m_verdicts.constFind(tile);
        const bool allowed = !m_viewGate
            || (verdict != m_verdicts.constEnd() && verdict->camera == tile->cameraNumber()
                && verdict->refusal.isEmpty());
        if (tile->cameraNumber() > 0 && allowed && tile->blockedReason().isEmpty()
            && (!m_board || m_board->camera(tile->cameraNumber())))
            list.append(tile->cameraNumber());
    }
    return list;
}

void WallView::setLiveVideo(LiveVideo *video)
{
    m_video = video;
    for (TileWidget *tile : std::as_const(m_tiles)) {
        tile->setLiveVideo(video);
        refreshTile(tile);
    }
}

void WallView::refreshTile(TileWidget *tile, Ask ask)
{
    const int number = tile->cameraNumber();
    const cameras::Camera *camera = m_board && number > 0 ? m_board->camera(number) : nullptr;
    // Core is asked before anything of the camera is fetched; its answer holds for this camera
    // on this tile until the wall asks again (a repaint or a reconnection is not a new view).
    QString refusal;
    if (m_viewGate && camera) {
        Verdict &verdict = m_verdicts[tile];
        if (ask != Ask::Cached || verdict.camera != number) {
            verdict.camera = number;
            verdict.refusal = m_viewGate(
                number, ask == Ask::Repeat ? ViewAttempt::Repeat : ViewAttempt::Operator);
        }
        refusal = verdict.refusal;
    }
    tile->setBlockedReason(refusal);
    tile->setAlarmLabel(m_alarms.value(number));
    if (!m_board || number == 0) {
        tile->clearSource();
        return;
    }
    if (!camera) {
        tile->clearSource();
        if (m_board->isRetired(number))
            tile->setBlockedReason(tr("Camera retired from the directory: it is no longer shown."),
                                   tr("Camera retired"));
        else
            tile->setState(cameras::StreamState::NotFound,
                           tr("This camera is not in the directory."));
        return;
    }
    if (!camera->enabled) {
        // Nothing is decoded for it, and the tile says why rather than its last state.
        tile->clearSource();
        tile->setBlockedReason(
            tr("Camera disabled in the directory: nothing is shown until it is enabled again."),
            tr("Camera disabled"));
        return;
    }
    // An address that is not a camera's (a local file, another FFmpeg protocol) is never opened.
    if (const Status url
        = cameras::checkStreamUrls(camera->number, camera->mainUrl, camera->subUrl);
        !url.ok()) {
        tile->clearSource();
        tile->setBlockedReason(url.error());
        return;
    }
    // Nothing of a camera the operator may not view is even fetched.
    if (refusal.isEmpty())
        tile->setSource({ camera->mainUrl, camera->subUrl,
                          video::StreamOptions::transportFromString(camera->transport) });
    else
        tile->clearSource();
    if (const video::StreamEngine *engine = tile->engine()) {
        const video::StreamStatus status = engine->status();
        tile->setState(status.state, status.detail);
        return;
    }
    const auto entry = m_board->entry(tile->cameraNumber());
    tile->setState(entry.state, entry.detail);
}

void WallView::onStateChanged(int cameraNumber)
{
    for (TileWidget *tile : std::as_const(m_tiles)) {
        if (tile->cameraNumber() == cameraNumber)
            refreshTile(tile);
    }
}

void WallView::layoutTiles()
{
    const QList<QRect> rects = m_layout.tileRects(size());
    for (int i = 0; i < m_tiles.size(); ++i) {
        TileWidget *tile = m_tiles[i];
        tile->setMaximised(i == m_maximised);
        if (m_maximised >= 0) {
            tile->setVisible(i == m_maximised);
            if (i == m_maximised)
                tile->setGeometry(rect());
        } else {
            tile->setVisible(true);
            tile->setGeometry(rects.value(i));
        }
    }
    if (m_video)
        m_video->scheduleEvaluation();
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
}

int WallView::focusedTile() const
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles[i]->hasFocus())
            return i;
    }
    return -1;
}

void WallView::toggleMaximised(int index)
{
    if (index < 0 || index >= m_tiles.size())
        return;
    m_maximised = (m_maximised == index) ? -1 : index;
    // Maximised, the tile opens the camera's main stream: core is asked again first.
    if (m_maximised == index)
        refreshTile(m_tiles[index], Ask::Repeat);
    layoutTiles();
    m_tiles[index]->setFocus();
}

void WallView::placeCameras(int index, const QList<int> &cameraNumbers)
{
    if (!m_touring) {
        for (int i = index; i < qMin(int(m_tiles.size()), index + int(cameraNumbers.size())); ++i)
            endToursOn(i);
    }
    int tileIndex = index;
    for (int number : cameraNumbers) {
        if (tileIndex >= m_tiles.size())
            break;
        const cameras::Camera *camera = m_board ? m_board->camera(number) : nullptr;
        m_tiles[tileIndex]->setCamera(number, camera ? camera->name : tr("Unknown camera"));
        refreshTile(m_tiles[tileIndex], m_touring ? m_tourAsk : Ask::Operator);
        ++tileIndex;
    }
    emit viewsChanged();
    if (cameraNumbers.size() > m_tiles.size() - index)
        emit message(tr("%n camera(s) did not fit on this wall.", nullptr,
                        int(cameraNumbers.size()) - (int(m_tiles.size()) - index)));
    emit wallChanged();
}

void WallView::swapTiles(int a, int b)
{
    if (a < 0 || b < 0 || a >= m_tiles.size() || b >= m_tiles.size() || a == b)
        return;
    const walls::WallState before = wallState();
    const int numberA = before.cameras.value(a);
    const int numberB = before.cameras.value(b);
    placeCameras(a, { numberB });
    placeCameras(b, { numberA });
    if (numberB == 0)
        m_tiles[a]->setCamera(0, QString());
    if (numberA == 0)
        m_tiles[b]->setCamera(0, QString());
    m_tiles[b]->setFocus();
}

bool WallView::callCamera(int number)
{
    int index = focusedTile();
    if (index < 0)
        index = m_maximised >= 0 ? m_maximised : 0;
    if (!m_board || !m_board->camera(number)) {
        emit message(tr("There is no camera number %1.").arg(number));
        return false;
    }
    placeCameras(index, { number });
    m_tiles[index]->setFocus();
    return true;
}

qint64 WallView::tourNow() const
{
    if (m_tourClock)
        return m_tourClock();
    static QElapsedTimer steady;
    if (!steady.isValid())
        steady.start();
    return steady.elapsed();
}

void WallView::updateTourTimer()
{
    if (m_tours.isEmpty())
        m_tourTimer->stop();
    else if (!m_tourTimer->isActive())
        m_tourTimer->start();
}

void WallView::setTourClock(TourClock clock)
{
    m_tourClock = std::move(clock);
}

bool WallView::startTour(const walls::Tour &tour)
{
    if (!tour.isValid() || tour.tile >= tileCount())
        return false;
    // A wall tour takes the whole wall; a tile tour takes its tile from any other tour.
    m_tours.removeIf([&](const RunningTour &t) {
        return tour.isWallTour() || t.tour.isWallTour() || t.tour.tile == tour.tile;
    });
    m_tours.append({ tour, tourNow() + qint64(tour.period_s) * 1000 });
    showTourPage(tour, Ask::Operator);
    m_tourTimer->start();
    refreshTourBadges();
    emit wallChanged();
    return true;
}

bool WallView::stopTour(int tileIndex)
{
    const walls::Tour *tour = tourAt(tileIndex);
    if (!tour)
        return false;
    const int tile = tour->tile;
    m_tours.removeIf([tile](const RunningTour &t) { return t.tour.tile == tile; });
    updateTourTimer();
    refreshTourBadges();
    emit viewsChanged(); // the viewing log's linger follows the tours running
    emit wallChanged();
    return true;
}

bool WallView::toggleTourPause(int tileIndex)
{
    const walls::Tour *found = tourAt(tileIndex);
    if (!found)
        return false;
    for (RunningTour &t : m_tours) {
        if (t.tour.tile != found->tile)
            continue;
        t.tour.paused = !t.tour.paused;
        // Resumed: the camera on screen gets a whole period before the next one.
        t.due_ms = tourNow() + qint64(t.tour.period_s) * 1000;
        emit message(t.tour.paused ? tr("Tour paused.") : tr("Tour resumed."));
    }
    refreshTourBadges();
    emit viewsChanged();
    emit wallChanged();
    return true;
}

const walls::Tour *WallView::tourAt(int tileIndex) const
{
    if (tileIndex < 0 || tileIndex >= tileCount())
        return nullptr;
    for (const RunningTour &t : m_tours) {
        if (t.tour.tile == tileIndex)
            return &t.tour;
    }
    for (const RunningTour &t : m_tours) {
        if (t.tour.isWallTour() && tileIndex < t.tour.page(tileCount()).size())
            return &t.tour;
    }
    return nullptr;
}

QList<walls::Tour> WallView::tours() const
{
    QList<walls::Tour> list;
    for (const RunningTour &t : m_tours)
        list.append(t.tour);
    return list;
}

void WallView::stepTours()
{
    const qint64 now = tourNow();
    for (RunningTour &t : m_tours) {
        if (t.tour.paused || now < t.due_ms || !t.tour.moves(tileCount()))
            continue;
        // An alarmed camera stays on screen until someone has acknowledged its alarm.
        if (tourHeldByAlarm(t.tour))
            continue;
        t.tour.advance(tileCount());
        t.due_ms = now + qint64(t.tour.period_s) * 1000;
        showTourPage(t.tour, Ask::Repeat);
    }
    refreshTourBadges();
}

void WallView::showTourPage(const walls::Tour &tour, Ask ask)
{
    const QList<int> page = tour.page(tileCount());
    m_touring = true;
    m_tourAsk = ask;
    placeCameras(tour.isWallTour() ? 0 : tour.tile, page);
    m_touring = false;
}

void WallView::endToursOn(int tileIndex)
{
    if (tourAt(tileIndex) && stopTour(tileIndex))
        emit message(tr("Tour stopped: a camera was placed by hand."));
}

void WallView::setAlarms(const QHash<int, QString> &badges)
{
    if (badges == m_alarms)
        return;
    m_alarms = badges;
    for (TileWidget *tile : std::as_const(m_tiles))
        tile->setAlarmLabel(m_alarms.value(tile->cameraNumber()));
    refreshTourBadges();
}

bool WallView::tourHeldByAlarm(const walls::Tour &tour) const
{
    if (m_alarms.isEmpty())
        return false;
    const QList<int> page = tour.page(tileCount());
    return std::any_of(page.cbegin(), page.cend(),
                       [this](int camera) { return m_alarms.contains(camera); });
}

void WallView::refreshTourBadges()
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        const walls::Tour *tour = tourAt(i);
        QString label;
        if (tour) {
            // The rank in the tour of the camera this tile shows.
            const int n = int(tour->cameras.size());
            const int rank = (tour->position + (tour->isWallTour() ? i : 0)) % n + 1;
            label = tour->paused         ? tr("Tour paused %1/%2").arg(rank).arg(n)
                : tourHeldByAlarm(*tour) ? tr("Tour held by an alarm %1/%2").arg(rank).arg(n)
                                         : tr("Tour %1/%2").arg(rank).arg(n);
        }
        m_tiles[i]->setTourLabel(label);
    }
}

void WallView::moveFocus(int dx, int dy)
{
    if (m_tiles.isEmpty())
        return;
    int current = focusedTile();
    if (current < 0) {
        m_tiles.first()->setFocus();
        return;
    }
    if (m_maximised >= 0)
        return;
    // Pick the nearest tile whose centre lies in the pressed direction.
    const QPoint from = m_tiles[current]->geometry().center();
    int best = -1;
    qint64 bestScore = 0;
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (i == current)
            continue;
        const QPoint d = m_tiles[i]->geometry().center() - from;
        const int along = dx != 0 ? d.x() * dx : d.y() * dy;
        const int across = dx != 0 ? qAbs(d.y()) : qAbs(d.x());
        if (along <= 0)
            continue;
        const qint64 score = qint64(along) + 3 * qint64(across);
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0)
        m_tiles[best]->setFocus(Qt::TabFocusReason);
}

void WallView::setTypedNumberTimeout(int timeout_ms)
{
    m_typedTimer->setInterval(timeout_ms);
}

void WallView::setTyped(const QString &digits)
{
    m_typed = digits;
    if (m_typed.isEmpty())
        m_typedTimer->stop();
    else
        m_typedTimer->start();
    for (TileWidget *tile : std::as_const(m_tiles))
        tile->setTypedNumber(tile->hasFocus() ? m_typed : QString());
}

int WallView::lastFocusedTile() const
{
    return qBound(0, m_lastFocused, qMax(0, tileCount() - 1));
}

void WallView::focusLastTile()
{
    if (m_tiles.isEmpty())
        return;
    const int index = m_maximised >= 0 ? m_maximised : lastFocusedTile();
    window()->activateWindow();
    m_tiles[index]->setFocus(Qt::OtherFocusReason);
}

bool WallView::eventFilter(QObject *watched, QEvent *event)
{
    auto *tile = qobject_cast<TileWidget *>(watched);
    if (!tile || !m_tiles.contains(tile))
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return event->isAccepted();
    case QEvent::KeyRelease:
        keyReleaseEvent(static_cast<QKeyEvent *>(event));
        return event->isAccepted();
    case QEvent::FocusIn:
        m_lastFocused = int(m_tiles.indexOf(tile));
        break;
    case QEvent::FocusOut:
        // A key released in another window never reaches us: the head must not turn on.
        if (m_ptzKey != 0) {
            m_ptzKey = 0;
            emit ptzStop(m_ptzKeyTile);
        }
        // A number belongs to the tile it was typed on: it never follows the focus.
        if (!m_typed.isEmpty())
            setTyped(QString());
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void WallView::setPtzCameras(std::function<bool(int)> isPtz)
{
    m_isPtz = std::move(isPtz);
}

int WallView::ptzTile() const
{
    const int index = focusedTile() >= 0 ? focusedTile() : m_maximised;
    if (index < 0 || !m_isPtz)
        return -1;
    const int camera = m_tiles[index]->cameraNumber();
    return camera != 0 && m_isPtz(camera) && m_tiles[index]->blockedReason().isEmpty() ? index : -1;
}

// PTZ keys on a PTZ camera's tile: Ctrl+arrows pan and tilt, + and - zoom (held: moves,
// released: stops; the key's repeats send nothing), N then * goes to preset N, N then Ctrl+*
// saves it, Ctrl+Home goes home, F12 takes the camera over, Shift+F12 lists its presets.
bool WallView::ptzKey(QKeyEvent *event, bool pressed)
{
    const int key = event->key();
    // The held key, or Ctrl under it, released: whatever the modifiers say now, the head stops.
    if (!pressed && m_ptzKey != 0 && (key == m_ptzKey || key == Qt::Key_Control)) {
        if (!event->isAutoRepeat()) {
            m_ptzKey = 0;
            emit ptzStop(m_ptzKeyTile);
        }
        return true;
    }
    const int index = ptzTile();
    if (index < 0)
        return false;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool arrow = ctrl
        && (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up
            || key == Qt::Key_Down);
    const bool zoom = key == Qt::Key_Plus || key == Qt::Key_Minus;
    if (arrow || zoom) {
        if (event->isAutoRepeat())
            return true;
        if (!pressed)
            return true;
        m_ptzKey = key;
        m_ptzKeyTile = index;
        const double speed = 0.5;
        emit ptzMove(index,
                     key == Qt::Key_Left        ? -speed
                         : key == Qt::Key_Right ? speed
                                                : 0.0,
                     key == Qt::Key_Up         ? speed
                         : key == Qt::Key_Down ? -speed
                                               : 0.0,
                     key == Qt::Key_Plus        ? speed
                         : key == Qt::Key_Minus ? -speed
                                                : 0.0);
        return true;
    }
    if (!pressed)
        return false;
    if (key == Qt::Key_Asterisk && !m_typed.isEmpty()) {
        const int preset = m_typed.toInt();
        setTyped(QString());
        if (preset > 0)
            emit ptzPreset(index, preset, ctrl);
        return true;
    }
    if (key == Qt::Key_Home && ctrl) {
        emit ptzHome(index);
        return true;
    }
    if (key == Qt::Key_F12 && (event->modifiers() & Qt::ShiftModifier)) {
        emit ptzPresets(index);
        return true;
    }
    if (key == Qt::Key_F12) {
        emit ptzTakeOver(index);
        return true;
    }
    return false;
}

void WallView::keyReleaseEvent(QKeyEvent *event)
{
    if (ptzKey(event, false)) {
        event->accept();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void WallView::keyPressEvent(QKeyEvent *event)
{
    if (ptzKey(event, true)) {
        event->accept();
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(event->modifiers() & ~Qt::KeypadModifier)) {
        setTyped(m_typed.size() < 5 ? m_typed + QChar(u'0' + (key - Qt::Key_0)) : m_typed);
        event->accept();
        return;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_typed.isEmpty()) {
            const int number = m_typed.toInt();
            setTyped(QString());
            callCamera(number);
        } else {
            toggleMaximised(focusedTile());
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        if (!m_typed.isEmpty()) {
            setTyped(QString());
        } else if (m_maximised >= 0) {
            toggleMaximised(m_maximised);
        }
        event->accept();
        return;
    case Qt::Key_Space: {
        const int index = focusedTile() >= 0 ? focusedTile() : m_maximised;
        if (tourAt(index)) {
            toggleTourPause(index);
        } else {
            event->ignore();
            return;
        }
        event->accept();
        return;
    }
    case Qt::Key_Backspace:
        setTyped(m_typed.chopped(qMin(1, int(m_typed.size()))));
        event->accept();
        return;
    case Qt::Key_Delete: {
        const int index = focusedTile();
        if (index >= 0) {
            endToursOn(index);
            m_tiles[index]->setCamera(0, QString());
            refreshTile(m_tiles[index]);
            emit viewsChanged();
            emit wallChanged();
        }
        event->accept();
        return;
    }
    case Qt::Key_Left:
        moveFocus(-1, 0);
        break;
    case Qt::Key_Right:
        moveFocus(1, 0);
        break;
    case Qt::Key_Up:
        moveFocus(0, -1);
        break;
    case Qt::Key_Down:
        moveFocus(0, 1);
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace vigie::widgets
