// One tile of a wall: the camera's live picture under an overlay (number and name, local time,
// state and reason, stream in use, degraded badge), drawn in the control-room colours. The
// picture comes from the shared video engine through LiveVideo; the tile repaints only when a
// new picture arrived or something it shows has changed, and never waits on the decoder.
#pragma once

#include "core/cameras/stream_state.h"
#include "core/video/stream_governor.h"
#include "core/video/stream_options.h"
#include "core/video/stream_registry.h"

#include <QPixmap>
#include <QPointF>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

namespace vigie::widgets {

class LiveVideo;

// Where a tile's camera streams from; an empty main URL: nothing to show.
struct TileSource
{
    QUrl mainUrl;
    QUrl subUrl; // empty: a camera with a single stream
    video::StreamOptions::Transport transport = video::StreamOptions::Transport::Tcp;
    bool operator==(const TileSource &other) const = default;
};

class TileWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TileWidget(int index, QWidget *parent = nullptr);
    ~TileWidget() override;

    int index() const { return m_index; }
    int cameraNumber() const { return m_cameraNumber; }
    void setCamera(int number, const QString &name);
    void setState(cameras::StreamState state, const QString &detail);
    cameras::StreamState state() const { return m_state; }
    void setTypedNumber(const QString &digits); // number being typed to call a camera
    const QString &typedNumber() const { return m_typed; }
    // The focused tile's frame, in pixels from its edge: black, focus colour, black.
    static int focusFrameWidth() { return 10; }
    // Viewing refused by core (habilitation missing, expired, or out of its territory): the
    // tile says why and shows nothing of the camera.
    // `headline`: what the tile says above the reason, "Viewing not allowed" by default (a
    // camera disabled or retired in the directory says so instead).
    void setBlockedReason(const QString &reason, const QString &headline = QString());
    const QString &blockedReason() const { return m_blocked; }
    QString caption() const; // what the tile says, for tests and accessibility

    // Live video. Without LiveVideo the tile shows the camera's state only.
    void setLiveVideo(LiveVideo *video);
    void setSource(const TileSource &source); // the same source again changes nothing
    void clearSource();
    const TileSource &source() const { return m_source; }
    void setMaximised(bool maximised);
    // "Tour 3/12" on a tile that a tour cycles; empty otherwise.
    void setTourLabel(const QString &label);
    const QString &tourLabel() const { return m_tourLabel; }
    // A bailleur's camera viewed under a session: the band under the title says so with the
    // time left ("Bailleur … — 12:30"), in the warning colour when `ending`. Empty: none.
    void setBailleurLabel(const QString &label, bool ending);
    const QString &bailleurLabel() const { return m_bailleurLabel; }
    bool bailleurEnding() const { return m_bailleurEnding; }
    bool isMaximised() const { return m_maximised; }
    // The camera has an open alarm: a red frame and "ALARM: Intrusion" under the title, until
    // it is acknowledged. Empty: none.
    void setAlarmLabel(const QString &label);
    const QString &alarmLabel() const { return m_alarmLabel; }
    // Who steers this PTZ camera when it is not this desk's operator ("PTZ : Karim Benali"),
    // shown in a strip under the title; empty: nobody else.
    void setPtzLabel(const QString &label);
    const QString &ptzLabel() const { return m_ptzLabel; }

    // For the governor: what it needs to know, and what it decided.
    int priority() const;
    video::TileDemand demand(bool visible) const;
    QSize subStreamSize() const;
    void applyDecision(const video::TileDecision &decision, bool visible);
    // The engine of the stream on screen (null without one), and the one being switched to.
    video::StreamEngine *engine() const { return m_current.handle.engine(); }
    video::StreamEngine *pendingEngine() const { return m_pending.handle.engine(); }
    video::StreamChoice streamInUse() const { return m_current.stream; }
    video::DecodeMode decodeMode() const { return m_mode; }
    bool isDegraded() const { return m_mode != video::DecodeMode::AllFrames; }
    // The picture on screen (null before the first), and how many were painted.
    std::shared_ptr<const video::VideoFrame> frame() const { return m_frame; }
    // The picture at the stream's own resolution for the register; as displayed (the tile
    // grabbed) when the stream has no live picture. *fromStream says which.
    QImage snapshot(bool *fromStream) const;
    quint64 framesShown() const { return m_framesShown; }

signals:
    void camerasDropped(int tileIndex, const QList<int> &cameraNumbers);
    void swapRequested(int fromTile, int toTile);
    void activated(int tileIndex);
    // The engine's word on the camera on screen, for the status board and the tree.
    void streamStateChanged(int cameraNumber, vigie::cameras::StreamState state,
                            const QString &detail);
    // A picture was drawn, at the end of paintEvent (every paint that shows one, not only new
    // pictures): what vigie-bench times latency and frame rate by.
    void framePainted(const std::shared_ptr<const vigie::video::VideoFrame> &frame);
    // Ctrl+drag on the picture: a velocity from the drag's direction and length (pan right and
    // tilt up positive, in [-1, 1]), then a stop on release.
    void ptzDragged(int tileIndex, double pan, double tilt);
    void ptzDragReleased(int tileIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Feed
    {
        video::StreamHandle handle;
        video::StreamChoice stream = video::StreamChoice::Sub;
        QMetaObject::Connection frames;
        QMetaObject::Connection states;
    };

    QSize pixelSize() const;
    QUrl urlOf(video::StreamChoice stream) const;
    void openFeed(Feed &feed, video::StreamChoice stream);
    void closeFeed(Feed &feed);
    void connectFeed(Feed &feed);
    void promotePending();
    void onFrame();
    void onPendingFrame();
    void repaintForNewPicture();
    void onEngineState(cameras::StreamState state, const QString &detail);
    void paintOverlay(QPainter &painter, bool picture);
    void paintCached(QPainter &painter, QPixmap &cache, QString &cacheKey, const QString &key,
                     const QRect &area, const std::function<void(QPainter &)> &draw);

    int m_index = 0;
    int m_cameraNumber = 0;
    QString m_name;
    cameras::StreamState m_state = cameras::StreamState::Unknown;
    QString m_detail;
    QString m_typed;
    QString m_blocked;
    QString m_blockedHeadline;
    QPoint m_pressPos;
    bool m_ptzDragging = false;
    QPointF m_ptzVelocity; // the last one the drag asked for
    QString m_ptzLabel;
    bool m_dropHover = false;

    LiveVideo *m_video = nullptr;
    TileSource m_source;
    Feed m_current;
    Feed m_pending; // the other stream, shown once it has its first picture
    bool m_maximised = false;
    bool m_visible = true;
    QString m_tourLabel;
    QString m_bailleurLabel;
    bool m_bailleurEnding = false;
    QString m_alarmLabel;
    QPixmap m_bandCache; // the title band as last drawn, and what it said
    QString m_bandKey;
    QPixmap m_badgeCache; // the bottom row of badges
    QString m_badgeKey;
    video::DecodeMode m_mode = video::DecodeMode::AllFrames;
    std::shared_ptr<const video::VideoFrame> m_frame;
    quint64 m_framesShown = 0;
};

} // namespace vigie::widgets
