#include "widgets/tile_widget.h"

#include "widgets/camera_mime.h"
#include "widgets/live_video.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDateTime>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QWindow>

#include <cmath>
#include <functional>

namespace vigie::widgets {
namespace {

// The local time on the tiles, HH:mm:ss. Converting the clock to local time is the costly
// part (a few microseconds, on every paint of every tile): done once a second for all of them.
// GUI thread only.
const QString &localClock()
{
    static qint64 second = -1;
    static QString text;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000;
    if (now != second) {
        second = now;
        text = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    }
    return text;
}

} // namespace

TileWidget::TileWidget(int index, QWidget *parent) : QWidget(parent), m_index(index)
{
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(40, 30);
}

TileWidget::~TileWidget()
{
    clearSource();
    if (m_video)
        m_video->removeTile(this);
}

void TileWidget::setCamera(int number, const QString &name)
{
    if (number == m_cameraNumber && name == m_name)
        return;
    if (number != m_cameraNumber)
        clearSource(); // the wall sets the new camera's source once viewing is allowed
    m_cameraNumber = number;
    m_name = name;
    m_state = cameras::StreamState::Unknown;
    m_detail.clear();
    setAccessibleName(caption());
    update();
}

void TileWidget::setState(cameras::StreamState state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    setAccessibleName(caption());
    update();
}

void TileWidget::setBlockedReason(const QString &reason, const QString &headline)
{
    if (reason == m_blocked && headline == m_blockedHeadline)
        return;
    m_blocked = reason;
    m_blockedHeadline = headline;
    setAccessibleName(caption());
    update();
}

void TileWidget::setTypedNumber(const QString &digits)
{
    if (digits == m_typed)
        return;
    m_typed = digits;
    update();
}

QString TileWidget::caption() const
{
    if (m_cameraNumber == 0)
        return tr("Empty tile");
    if (!m_blocked.isEmpty())
        return QStringLiteral("%1 %2 — %3")
            .arg(m_cameraNumber, 3, 10, QLatin1Char('0'))
            .arg(m_name, m_blocked);
    QString text = QStringLiteral("%1 %2 — %3")
                       .arg(m_cameraNumber, 3, 10, QLatin1Char('0'))
                       .arg(m_name, cameras::stateLabel(m_state));
    if (!m_bailleurLabel.isEmpty())
        text += QStringLiteral(" — ") + m_bailleurLabel;
    if (!m_ptzLabel.isEmpty())
        text += QStringLiteral(" — ") + m_ptzLabel;
    return text;
}

void TileWidget::setLiveVideo(LiveVideo *video)
{
    if (video == m_video)
        return;
    clearSource();
    if (m_video)
        m_video->removeTile(this);
    m_video = video;
    if (m_video)
        m_video->addTile(this);
}

void TileWidget::setSource(const TileSource &source)
{
    if (!m_video || source == m_source)
        return;
    clearSource();
    if (source.mainUrl.isEmpty())
        return;
    m_source = source;
    m_video->watch(m_cameraNumber, true);
    // The first stream is the governor's first answer for a tile of this size, so that a 1x1
    // wall does not open the sub-stream only to leave it.
    const video::TileDecision first = m_video->firstDecision(this);
    openFeed(m_current, first.stream);
    m_mode = first.mode;
}

void TileWidget::clearSource()
{
    if (m_source.mainUrl.isEmpty())
        return;
    closeFeed(m_pending);
    closeFeed(m_current);
    if (m_video)
        m_video->watch(m_cameraNumber, false);
    m_source = TileSource();
    m_frame.reset();
    m_mode = video::DecodeMode::AllFrames;
    update();
}

QUrl TileWidget::urlOf(video::StreamChoice stream) const
{
    if (stream == video::StreamChoice::Sub && !m_source.subUrl.isEmpty())
        return m_source.subUrl;
    return m_source.mainUrl;
}

QSize TileWidget::pixelSize() const
{
    const qreal ratio = window()->windowHandle() ? window()->windowHandle()->devicePixelRatio()
                                                 : devicePixelRatioF();
    return QSize(qRound(width() * ratio), qRound(height() * ratio));
}

void TileWidget::openFeed(Feed &feed, video::StreamChoice stream)
{
    closeFeed(feed);
    video::StreamOptions options = m_video->registry()->defaultOptions();
    options.transport = m_source.transport;
    const QString consumer = QStringLiteral("%1/tile%2").arg(window()->objectName()).arg(m_index);
    feed.handle = m_video->registry()->acquire(urlOf(stream), consumer, pixelSize(), options);
    feed.stream = stream;
    feed.handle.setVisible(m_visible);
    connectFeed(feed);
}

void TileWidget::connectFeed(Feed &feed)
{
    // The pending stream only says when its first picture is there; the current one paints
    // and gives the tile its state.
    disconnect(feed.frames);
    disconnect(feed.states);
    video::StreamEngine *engine = feed.handle.engine();
    if (!engine)
        return;
    const bool pending = &feed == &m_pending;
    feed.frames = connect(engine, &video::StreamEngine::frameReady, this,
                          pending ? &TileWidget::onPendingFrame : &TileWidget::onFrame);
    if (!pending) {
        feed.states
            = connect(engine, &video::StreamEngine::stateChanged, this, &TileWidget::onEngineState);
        const video::StreamStatus status = engine->status();
        onEngineState(status.state, status.detail);
    }
}

void TileWidget::closeFeed(Feed &feed)
{
    disconnect(feed.frames);
    disconnect(feed.states);
    feed.handle.release();
}

void TileWidget::promotePending()
{
    // The new stream has its first picture: only now does the old one go, so the switch shows
    // no black frame.
    closeFeed(m_current);
    m_current.handle = std::move(m_pending.handle);
    m_current.stream = m_pending.stream;
    disconnect(m_pending.frames);
    connectFeed(m_current);
}

void TileWidget::onFrame()
{
    auto frame = m_current.handle.takeFrame();
    if (!frame || frame == m_frame)
        return;
    m_frame = std::move(frame);
    ++m_framesShown;
    repaintForNewPicture();
}

void TileWidget::onPendingFrame()
{
    auto frame = m_pending.handle.takeFrame();
    if (!frame)
        return;
    promotePending();
    m_frame = std::move(frame);
    ++m_framesShown;
    repaintForNewPicture();
}

void TileWidget::repaintForNewPicture()
{
    if (m_video)
        m_video->repaintForNewPicture(this);
    else
        update();
}

void TileWidget::onEngineState(cameras::StreamState state, const QString &detail)
{
    setState(state, detail);
    emit streamStateChanged(m_cameraNumber, state, detail);
}

QImage TileWidget::snapshot(bool *fromStream) const
{
    QImage picture;
    if (engine() && m_blocked.isEmpty())
        picture = engine()->fullResolutionPicture();
    if (fromStream)
        *fromStream = !picture.isNull();
    if (picture.isNull())
        picture = const_cast<TileWidget *>(this)->grab().toImage();
    return picture;
}

void TileWidget::setTourLabel(const QString &label)
{
    if (label == m_tourLabel)
        return;
    m_tourLabel = label;
    update();
}

void TileWidget::setBailleurLabel(const QString &label, bool ending)
{
    if (label == m_bailleurLabel && ending == m_bailleurEnding)
        return;
    m_bailleurLabel = label;
    m_bailleurEnding = ending;
    setAccessibleName(caption());
    update();
}

void TileWidget::setAlarmLabel(const QString &label)
{
    if (label == m_alarmLabel)
        return;
    m_alarmLabel = label;
    update();
}

void TileWidget::setMaximised(bool maximised)
{
    m_maximised = maximised;
}

int TileWidget::priority() const
{
    if (m_maximised)
        return 3;
    return hasFocus() ? 1 : 0;
}

video::TileDemand TileWidget::demand(bool visible) const
{
    video::TileDemand d;
    d.id = quintptr(this);
    d.size = pixelSize();
    d.visible = visible;
    d.priority = priority();
    d.hasSubStream = !m_source.subUrl.isEmpty();
    d.subStreamSize = subStreamSize();
    if (m_current.handle.engine())
        d.nonReferenceShare = m_current.handle.engine()->stats().nonReferenceShare;
    return d;
}

QSize TileWidget::subStreamSize() const
{
    // What the sub-stream really sends, once a tile of this camera has seen it.
    if (m_current.stream == video::StreamChoice::Sub && m_current.handle.engine())
        return m_current.handle.engine()->stats().sourceSize;
    if (m_pending.stream == video::StreamChoice::Sub && m_pending.handle.engine())
        return m_pending.handle.engine()->stats().sourceSize;
    return QSize();
}

void TileWidget::applyDecision(const video::TileDecision &decision, bool visible)
{
    if (m_source.mainUrl.isEmpty())
        return;
    const QSize size = pixelSize();
    if (visible != m_visible) {
        m_visible = visible;
        m_current.handle.setVisible(visible);
        m_pending.handle.setVisible(visible);
    }
    m_current.handle.setRequestedSize(size);
    m_pending.handle.setRequestedSize(size);
    const bool switchWanted = urlOf(decision.stream) != urlOf(m_current.stream);
    if (!switchWanted) {
        m_current.stream = decision.stream;
        closeFeed(m_pending); // a switch given up before its first picture
    } else if (!m_pending.handle.isValid() || m_pending.stream != decision.stream) {
        openFeed(m_pending, decision.stream);
    }
    if (decision.mode != m_mode) {
        m_mode = decision.mode;
        update();
    }
}

void TileWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_video && !m_source.mainUrl.isEmpty())
        m_video->scheduleEvaluation();
}

void TileWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect r = rect();
    const bool picture = m_frame && m_blocked.isEmpty() && !m_source.mainUrl.isEmpty();
    if (picture) {
        // The engine scaled the picture to fit the tile: centre it, black bars around.
        const QImage &image = m_frame->image;
        const QSize shown = image.size().scaled(r.size(), Qt::KeepAspectRatio);
        const QRect target(
            QPoint((r.width() - shown.width()) / 2, (r.height() - shown.height()) / 2), shown);
        // Only the bars, not the whole tile under the picture: filling the tile first took
        // longer than copying the picture over it.
        if (target.left() > 0) {
            painter.fillRect(QRect(0, 0, target.left(), r.height()), Qt::black);
            painter.fillRect(
                QRect(target.right() + 1, 0, r.width() - target.right() - 1, r.height()),
                Qt::black);
        }
        if (target.top() > 0) {
            painter.fillRect(QRect(0, 0, r.width(), target.top()), Qt::black);
            painter.fillRect(
                QRect(0, target.bottom() + 1, r.width(), r.height() - target.bottom() - 1),
                Qt::black);
        }
        painter.drawImage(target, image);
        if (m_state != cameras::StreamState::Live)
            painter.fillRect(target, QColor(0, 0, 0, 150)); // the last picture, not live
    } else {
        painter.fillRect(r, colors::tile);
    }
    paintOverlay(painter, picture);
    if (picture)
        emit framePainted(m_frame);
}

void TileWidget::paintCached(QPainter &painter, QPixmap &cache, QString &cacheKey,
                             const QString &key, const QRect &area,
                             const std::function<void(QPainter &)> &draw)
{
    // Text is the costly part of a tile's paint: drawn once into a strip, the strip is then
    // only blended over each new picture, until what it says changes.
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(area.size()) * ratio).toSize();
    if (key != cacheKey || cache.size() != pixels) {
        cache = QPixmap(pixels);
        cache.setDevicePixelRatio(ratio);
        cache.fill(Qt::transparent);
        QPainter strip(&cache);
        strip.setFont(font());
        strip.translate(-area.topLeft());
        draw(strip);
        cacheKey = key;
    }
    painter.drawPixmap(area.topLeft(), cache);
}

void TileWidget::paintOverlay(QPainter &painter, bool picture)
{
    const QRect r = rect();
    QFont font = painter.font();
    const int base = qBound(8, height() / 18, 16);
    if (m_cameraNumber == 0) {
        font.setPixelSize(base);
        painter.setFont(font);
        painter.setPen(colors::dimText);
        painter.drawText(r, Qt::AlignCenter, tr("Drop a camera here"));
    } else {
        const bool blocked = !m_blocked.isEmpty();
        const QColor stateColor
            = blocked ? colors::lost : severityColor(cameras::stateSeverity(m_state));
        const QRect band(0, 0, width(), base * 2);
        const int dot = qMax(6, base / 2 + 2);
        const QString clock = width() >= 260 ? localClock() : QString();
        const QString title
            = QStringLiteral("%1  %2").arg(m_cameraNumber, 3, 10, QLatin1Char('0')).arg(m_name);
        // Title band, top left: the number operators call the camera by, then its name; the
        // local time at the right, beside the state dot.
        paintCached(
            painter, m_bandCache, m_bandKey,
            QStringLiteral("%1x%2|%3|%4|%5")
                .arg(width())
                .arg(height())
                .arg(title, clock, QString::number(stateColor.rgba())),
            band, [&](QPainter &p) {
                QFont f = p.font();
                f.setPixelSize(base);
                f.setBold(true);
                p.setFont(f);
                p.fillRect(band, QColor(0, 0, 0, 170));
                const int clockWidth
                    = clock.isEmpty() ? 0 : p.fontMetrics().horizontalAdvance(clock);
                p.setPen(Qt::white);
                // Clear of the focus frame, so that the focused tile's number reads whole
                // ("001", not "D01" half under the frame), and in the same place on every tile.
                const int left = focusFrameWidth() + 4;
                p.drawText(band.adjusted(left, 0, -(dot + 20 + clockWidth), 0),
                           Qt::AlignVCenter | Qt::AlignLeft,
                           p.fontMetrics().elidedText(title, Qt::ElideRight,
                                                      band.width() - dot - 20 - left - clockWidth));
                if (clockWidth > 0) {
                    f.setBold(false);
                    p.setFont(f);
                    p.setPen(colors::text);
                    p.drawText(band.adjusted(0, 0, -(dot + 14), 0),
                               Qt::AlignVCenter | Qt::AlignRight, clock);
                }
                p.setRenderHint(QPainter::Antialiasing);
                p.setBrush(stateColor);
                p.setPen(Qt::NoPen);
                p.drawEllipse(QRect(width() - dot - 8, (band.height() - dot) / 2, dot, dot));
            });

        // A bailleur's camera under a session: marked at a glance, with the time it has left,
        // so that nobody takes it for one of the commune's; a strip of its own colour under
        // the title, and a thin frame of that colour around the picture.
        if (!m_bailleurLabel.isEmpty() && !blocked) {
            const QColor colour = m_bailleurEnding ? colors::warning : colors::bailleur;
            QFont f = font;
            f.setPixelSize(qMax(8, base - 1));
            f.setBold(true);
            painter.setFont(f);
            const QFontMetrics metrics = painter.fontMetrics();
            const QString text = metrics.elidedText(m_bailleurLabel, Qt::ElideRight, width() - 20);
            const QRect strip(focusFrameWidth() + 4, band.height() + 4,
                              metrics.horizontalAdvance(text) + 12, metrics.height() + 4);
            painter.fillRect(strip, colour);
            painter.setPen(Qt::black);
            painter.drawText(strip, Qt::AlignCenter, text);
            painter.setPen(QPen(colour, 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(1, 1, -2, -2));
        }

        // Another operator steers this PTZ camera: said under the title, on the right, so that
        // nobody wonders why the picture moves.
        if (!m_ptzLabel.isEmpty() && !blocked) {
            QFont f = font;
            f.setPixelSize(qMax(8, base - 1));
            f.setBold(true);
            painter.setFont(f);
            const QFontMetrics metrics = painter.fontMetrics();
            const QString text = metrics.elidedText(m_ptzLabel, Qt::ElideRight, width() / 2);
            const int w = metrics.horizontalAdvance(text) + 12;
            const QRect strip(width() - w - focusFrameWidth(), band.height() + 4, w,
                              metrics.height() + 4);
            painter.fillRect(strip, colors::warning);
            painter.setPen(Qt::black);
            painter.drawText(strip, Qt::AlignCenter, text);
        }

        // State in the middle, coloured by severity, with the reason under it; a refusal to
        // view replaces the state. A live picture needs no words.
        const bool live = picture && m_state == cameras::StreamState::Live;
        if (!live) {
            QString label = blocked
                ? (m_blockedHeadline.isEmpty() ? tr("Viewing not allowed") : m_blockedHeadline)
                : cameras::stateLabel(m_state);
            if (!blocked && m_state == cameras::StreamState::Reconnecting && engine()) {
                const video::StreamStatus status = engine()->status();
                if (status.waitingToRetry()) {
                    const qint64 left_ms = status.nextAttempt.remainingTime();
                    label = tr("Reconnecting in %n s", nullptr,
                               int(std::ceil(double(qMax<qint64>(0, left_ms)) / 1000.0)));
                }
            }
            font.setBold(true);
            font.setPixelSize(qBound(10, height() / 12, 28));
            painter.setFont(font);
            painter.setPen(stateColor);
            const QRect middle = r.adjusted(8, band.height(), -8, -base);
            painter.drawText(middle, Qt::AlignCenter, label);
            const QString detail = blocked ? m_blocked : m_detail;
            if (!detail.isEmpty()) {
                font.setBold(false);
                font.setPixelSize(base);
                painter.setFont(font);
                painter.setPen(colors::text);
                const QRect below = middle.adjusted(0, middle.height() / 2 + base, 0, 0);
                painter.drawText(below, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detail);
            }
        }

        // Bottom row: which stream is on screen and whether decoding is degraded (left), the
        // tour (right).
        const bool streamBadges = !blocked && !m_source.mainUrl.isEmpty() && height() >= 90;
        const bool tourBadge = !m_tourLabel.isEmpty() && height() >= 60;
        if (streamBadges || tourBadge) {
            const bool main
                = m_current.stream == video::StreamChoice::Main || m_source.subUrl.isEmpty();
            const int rowHeight = 2 * base + 4;
            const QRect row(0, height() - rowHeight, width(), rowHeight);
            paintCached(painter, m_badgeCache, m_badgeKey,
                        QStringLiteral("%1x%2|%3|%4|%5")
                            .arg(width())
                            .arg(height())
                            .arg(streamBadges ? (main ? 1 : 2) : 0)
                            .arg(isDegraded() ? 1 : 0)
                            .arg(tourBadge ? m_tourLabel : QString()),
                        row, [&](QPainter &p) {
                            QFont f = p.font();
                            f.setBold(true);
                            f.setPixelSize(qMax(8, base - 2));
                            p.setFont(f);
                            const QFontMetrics metrics = p.fontMetrics();
                            int x = 6;
                            auto badge = [&](const QString &text, const QColor &fg,
                                             const QColor &bg, bool right) {
                                const int w = metrics.horizontalAdvance(text) + 10;
                                const QRect box(right ? width() - w - 6 : x,
                                                height() - metrics.height() - 8, w,
                                                metrics.height() + 2);
                                p.fillRect(box, bg);
                                p.setPen(fg);
                                p.drawText(box, Qt::AlignCenter, text);
                                if (!right)
                                    x += w + 4;
                            };
                            if (streamBadges) {
                                badge(main ? tr("Main") : tr("Sub"), colors::text,
                                      QColor(0, 0, 0, 170), false);
                                if (isDegraded())
                                    badge(tr("Degraded"), Qt::black, colors::warning, false);
                            }
                            if (tourBadge)
                                badge(m_tourLabel, colors::accent, QColor(0, 0, 0, 170), true);
                        });
        }
    }

    if (!m_alarmLabel.isEmpty() && m_cameraNumber != 0) {
        // An open alarm on this camera: seen from across the room, whatever the picture; the
        // red of alarms and nothing else, under the title band, and a thick frame.
        QFont f = font;
        f.setPixelSize(qMax(8, base));
        f.setBold(true);
        painter.setFont(f);
        const QFontMetrics metrics = painter.fontMetrics();
        const QString text = metrics.elidedText(m_alarmLabel, Qt::ElideRight, width() - 24);
        const QRect badge(width() - metrics.horizontalAdvance(text) - 18, base * 2 + 4,
                          metrics.horizontalAdvance(text) + 12, metrics.height() + 4);
        painter.fillRect(badge, colors::alarm);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.setPen(QPen(colors::alarm, 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(2, 2, -2, -2));
    }
    if (!m_typed.isEmpty()) {
        font.setPixelSize(qBound(14, height() / 6, 64));
        font.setBold(true);
        painter.setFont(font);
        painter.fillRect(r, QColor(0, 0, 0, 150));
        painter.setPen(colors::accent);
        painter.drawText(r, Qt::AlignCenter, QStringLiteral("→ %1").arg(m_typed));
    }
    if (hasFocus() || m_dropHover) {
        // Seen at a glance in a dark room, on a bright picture as on black: a wide band of a
        // colour no scene and no state badge uses, held between two black lines.
        const int band = focusFrameWidth();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Qt::NoPen);
        const QRegion frame = QRegion(r) - QRegion(r.adjusted(band, band, -band, -band));
        const QRegion inner = QRegion(r.adjusted(2, 2, -2, -2))
            - QRegion(r.adjusted(band - 2, band - 2, -(band - 2), -(band - 2)));
        painter.setClipRegion(frame);
        painter.fillRect(r, Qt::black);
        painter.setClipRegion(inner);
        painter.fillRect(r, m_dropHover ? colors::warning : colors::focus);
        painter.setClipping(false);
    }
}

void TileWidget::setPtzLabel(const QString &label)
{
    if (label == m_ptzLabel)
        return;
    m_ptzLabel = label;
    setAccessibleName(caption());
    update();
}

void TileWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    // Ctrl+drag steers a PTZ camera instead of moving the tile (the wall ignores it on a fixed
    // camera).
    m_ptzDragging = event->button() == Qt::LeftButton && m_cameraNumber != 0
        && (event->modifiers() & Qt::ControlModifier);
    m_ptzVelocity = QPointF();
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

void TileWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_cameraNumber == 0)
        return;
    if (m_ptzDragging) {
        // Half the tile's size from where the press was is full speed; in tenths, so that a
        // trembling hand does not send a command per pixel.
        const QPoint delta = event->position().toPoint() - m_pressPos;
        const auto speed = [](int distance, int half) {
            return std::round(qBound(-1.0, double(distance) / qMax(1, half), 1.0) * 10) / 10;
        };
        const QPointF velocity(speed(delta.x(), width() / 2), -speed(delta.y(), height() / 2));
        if (velocity != m_ptzVelocity) {
            m_ptzVelocity = velocity;
            emit ptzDragged(m_index, velocity.x(), velocity.y());
        }
        return;
    }
    if ((event->position().toPoint() - m_pressPos).manhattanLength()
        < QApplication::startDragDistance())
        return;
    auto *drag = new QDrag(this);
    QMimeData *mime = cameraMimeData({ m_cameraNumber });
    mime->setData(QLatin1String(kTileMimeType), QByteArray::number(m_index));
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction | Qt::CopyAction);
}

void TileWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_ptzDragging && event->button() == Qt::LeftButton) {
        m_ptzDragging = false;
        emit ptzDragReleased(m_index);
    }
    QWidget::mouseReleaseEvent(event);
}

void TileWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit activated(m_index);
}

void TileWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kCameraMimeType))) {
        m_dropHover = true;
        update();
        event->acceptProposedAction();
    }
}

void TileWidget::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropHover = false;
    update();
}

void TileWidget::dropEvent(QDropEvent *event)
{
    m_dropHover = false;
    update();
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(QLatin1String(kTileMimeType)) && event->source()
        && event->source()->parent() == parent()) {
        const int from = mime->data(QLatin1String(kTileMimeType)).toInt();
        if (from != m_index)
            emit swapRequested(from, m_index);
        event->acceptProposedAction();
        return;
    }
    const QList<int> numbers = camerasFromMime(mime);
    if (!numbers.isEmpty()) {
        emit camerasDropped(m_index, numbers);
        event->acceptProposedAction();
    }
}

void TileWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void TileWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace vigie::widgets
