// The desk's live video: hands the shared stream registry to every tile, runs the one stream
// governor for all of them (sub or main stream, load shedding under CPU pressure, nothing decoded
// for a tile nobody can see), and reports the engines' states to the camera status board.
#pragma once

#include "core/video/cpu_meter.h"
#include "core/video/stream_governor.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace vigie::cameras {
class CameraStatusBoard;
}
namespace vigie::video {
class StreamRegistry;
}

namespace vigie::widgets {

class TileWidget;
class WindowOcclusion;

class LiveVideo : public QObject
{
    Q_OBJECT
public:
    LiveVideo(video::StreamRegistry *registry, cameras::CameraStatusBoard *board,
              video::GovernorParams params = {}, video::StreamGovernor::SteadyClock clock = {},
              QObject *parent = nullptr);
    ~LiveVideo() override;

    video::StreamRegistry *registry() const { return m_registry; }
    const video::StreamGovernor &governor() const { return m_governor; }
    // The CPU pressure, 0..1 (negative: unknown); by default the machine's load when this process
    // makes most of it (video::pressureFor).
    void setLoadProbe(std::function<double()> probe) { m_loadProbe = std::move(probe); }

    // The desk's detectors: while active, the governor lowers their rate before it sheds any
    // tile, and `sink` hears every new rate (pictures a second and camera).
    void setAnalytics(bool active, std::function<void(double)> sink);

    // Called by the tiles themselves.
    void addTile(TileWidget *tile);
    void removeTile(TileWidget *tile);
    void watch(int cameraNumber, bool watched);
    video::TileDecision firstDecision(const TileWidget *tile) const;
    void scheduleEvaluation(); // soon, once however many ask
    // A tile has a new picture: it is repainted with every other tile that has one, at most
    // once per display frame (60 Hz), so that a wall of many streams is drawn and sent to the
    // X server in one go instead of once per picture.
    void repaintForNewPicture(TileWidget *tile);

    // Runs the governor over every tile now and applies its decisions; with sampleLoad, on a
    // fresh measure of the CPU (the timer does so four times a second).
    void evaluate(bool sampleLoad = false);
    QList<TileWidget *> tiles() const;
    // Whether any part of the widget can be seen: shown, its window neither minimised, nor
    // unexposed (on a switched-off virtual desktop), nor entirely covered by another window (as
    // the X server reports it), and the widget not hidden under a sibling.
    bool isSeen(const QWidget *widget) const;

signals:
    void evaluated();

private:
    void everySecond();
    void repaintNewPictures();

    video::StreamRegistry *m_registry = nullptr;
    cameras::CameraStatusBoard *m_board = nullptr;
    video::StreamGovernor m_governor;
    video::CpuMeter m_meter;
    std::function<double()> m_loadProbe;
    double m_load = -1;
    std::function<void(double)> m_analyticsSink;
    double m_analyticsRate = -1; // the last rate given to the sink
    QList<QPointer<TileWidget>> m_tiles;
    QTimer *m_timer = nullptr;
    QTimer *m_clockTimer = nullptr;
    QTimer *m_repaintTimer = nullptr;
    QElapsedTimer m_lastRepaint;
    QList<QPointer<TileWidget>> m_toRepaint;
    WindowOcclusion *m_occlusion = nullptr;
    bool m_scheduled = false;
};

} // namespace vigie::widgets
