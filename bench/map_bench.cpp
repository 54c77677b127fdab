#include "bench/map_bench.h"

#include "bench/bench_report.h"
#include "core/cameras/camera_status_board.h"
#include "widgets/camera_map.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>

#include <algorithm>
#include <array>
#include <vector>

namespace vigie::bench {
namespace {

// The demo's plan and bounds (vigiectl demo seed).
constexpr double kNorth = 48.7700, kSouth = 48.7320, kWest = 2.2700, kEast = 2.3150;
constexpr double kFrameTarget_ms = 16.0; // one frame at 60 Hz: no visible stutter

struct Options
{
    int cameras = 1000;
    int frames = 150; // per gesture
    bool markdown = false;
};

QList<cameras::Camera> makeCameras(int count)
{
    QRandomGenerator random(16); // the same cameras every run
    QList<cameras::Camera> list;
    for (int n = 1; n <= count; ++n) {
        cameras::Camera c;
        c.number = n;
        c.name = QStringLiteral("Caméra %1").arg(n);
        c.address = QStringLiteral("%1 rue du Banc d'essai, Antony").arg(n);
        if (n % 20 != 0) { // one in twenty without coordinates, as in a directory being filled
            c.latitude = kSouth + random.generateDouble() * (kNorth - kSouth);
            c.longitude = kWest + random.generateDouble() * (kEast - kWest);
            c.bearingDeg = random.bounded(360);
        }
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/cam%1").arg(n));
        list.append(c);
    }
    return list;
}

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> values)
{
    Percentiles p;
    if (values.empty())
        return p;
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(q * values.size()))];
    };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.p99 = at(0.99);
    p.max = values.back();
    return p;
}

// Each frame's wall time and the GUI thread's CPU time: on a machine shared with other work the
// CPU time is the steadier figure.
struct Frames
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

// One synchronous paint of the whole view, as a frame of a gesture costs.
void paintFrame(QGraphicsView *view, Frames &frames)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpu_ms();
    view->viewport()->repaint();
    frames.cpu.push_back(threadCpu_ms() - cpu);
    frames.wall.push_back(timer.nsecsElapsed() / 1e6);
}

void addFrames(Report &report, const QString &name, const Frames &frames)
{
    for (bool cpu : { false, true }) {
        const Percentiles p = percentiles(cpu ? frames.cpu : frames.wall);
        report.add({ cpu ? name + QStringLiteral(", CPU of the GUI thread") : name,
                     QStringLiteral("p50 %1 / p95 %2 / p99 %3 ms")
                         .arg(p.p50, 0, 'f', 2)
                         .arg(p.p95, 0, 'f', 2)
                         .arg(p.p99, 0, 'f', 2),
                     {},
                     {},
                     QStringLiteral("p99 < %1 ms").arg(kFrameTarget_ms),
                     p.p99 < kFrameTarget_ms ? Measure::Verdict::Met : Measure::Verdict::NotMet });
    }
}

} // namespace

int runMapBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--cameras") && i + 1 < args.size())
            options.cameras = args[++i].toInt();
        else if (args[i] == QLatin1String("--frames") && i + 1 < args.size())
            options.frames = args[++i].toInt();
        else if (args[i] == QLatin1String("--markdown"))
            options.markdown = true;
        else {
            err << "Usage: vigie-bench map [--cameras N] [--frames N] [--markdown]\n"
                << "  the camera map with N cameras (1,000) on the demo's plan: build, paint per\n"
                << "  frame zooming and panning, a state change of every camera at once\n";
            return 2;
        }
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("vigie.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("map/image"),
                      QStringLiteral(VIGIE_BENCH_SOURCE_DIR "/resources/demo/antony-plan.svg"));
    settings.setValue(QStringLiteral("map/north"), kNorth);
    settings.setValue(QStringLiteral("map/south"), kSouth);
    settings.setValue(QStringLiteral("map/west"), kWest);
    settings.setValue(QStringLiteral("map/east"), kEast);

    cameras::CameraStatusBoard board;
    board.setCameras(makeCameras(options.cameras));
    const MachineInfo machine = MachineInfo::probe(dir.path());
    Report report(QStringLiteral("Camera map: %1 cameras on the demo's plan (%2)")
                      .arg(options.cameras)
                      .arg(QGuiApplication::platformName()));

    QElapsedTimer timer;
    timer.start();
    widgets::CameraMap map(&board, widgets::MapPlan::fromSettings(settings));
    const double build_ms = timer.nsecsElapsed() / 1e6;
    if (!map.problem().isEmpty()) {
        err << map.problem() << '\n';
        return 1;
    }
    map.resize(1600, 1000);
    map.show();
    // A window not yet exposed is not painted at all: wait for it, as the operator's screen is.
    QDeadlineTimer exposed(5000);
    while (!(map.windowHandle() && map.windowHandle()->isExposed()) && !exposed.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!map.windowHandle() || !map.windowHandle()->isExposed()) {
        err << "vigie-bench map: the window was never shown\n";
        return 1;
    }
    QGraphicsView *view = map.view();
    Frames first;
    paintFrame(view, first);
    const double first_ms = first.wall.front();
    report.add({ QStringLiteral("build the map (plan, %1 markers)").arg(map.placedCount()),
                 QStringLiteral("%1 ms").arg(build_ms, 0, 'f', 1),
                 {},
                 {},
                 QStringLiteral("-") });
    report.add({ QStringLiteral("first paint, whole commune"),
                 QStringLiteral("%1 ms").arg(first_ms, 0, 'f', 1),
                 {},
                 {},
                 QStringLiteral("-") });

    // Zooming in from the whole commune to the street and out again, towards varying points.
    QRandomGenerator random(9);
    Frames zoom;
    for (int i = 0; i < options.frames; ++i) {
        if (i % 30 == 0) {
            map.fitAll();
            view->centerOn(random.bounded(view->sceneRect().width()),
                           random.bounded(view->sceneRect().height()));
        }
        map.zoomBy(i % 30 < 20 ? 1.15 : 1 / 1.15);
        paintFrame(view, zoom);
    }
    addFrames(report, QStringLiteral("paint per frame, zooming"), zoom);

    // Panning by 40 px per frame (a quick drag), at the commune and at the district's zoom.
    Frames panWide;
    Frames panClose;
    for (int level = 0; level < 2; ++level) {
        map.fitAll();
        map.zoomBy(level == 0 ? 1.5 : 6.0);
        Frames &frames = level == 0 ? panWide : panClose;
        for (int i = 0; i < options.frames; ++i) {
            QScrollBar *bar = i % 40 < 20 ? view->horizontalScrollBar() : view->verticalScrollBar();
            bar->setValue(bar->value() + ((i / 40) % 2 == 0 ? 40 : -40));
            paintFrame(view, frames);
        }
    }
    addFrames(report, QStringLiteral("paint per frame, panning the commune (x1.5)"), panWide);
    addFrames(report, QStringLiteral("paint per frame, panning a district (x6)"), panClose);

    // Every camera changes state at once (the network switch of a district going down, then
    // back; cameras reconnecting), then the frame that shows it. The first rounds are the first
    // time the map shows these states.
    map.fitAll();
    std::vector<double> updates;
    Frames repaints;
    constexpr std::array kStates { cameras::StreamState::Lost, cameras::StreamState::Live,
                                   cameras::StreamState::Reconnecting };
    for (int round = 0; round < 24; ++round) {
        const auto state = kStates[size_t(round) % kStates.size()];
        timer.restart();
        for (const cameras::Camera &camera : board.cameras())
            board.report(camera.number, state, {});
        updates.push_back(timer.nsecsElapsed() / 1e6);
        paintFrame(view, repaints);
    }
    const Percentiles u = percentiles(updates);
    report.add(
        { QStringLiteral("%1 state changes at once, handled").arg(options.cameras),
          QStringLiteral("median %1 ms, max %2 ms").arg(u.p50, 0, 'f', 1).arg(u.max, 0, 'f', 1),
          {},
          {},
          QStringLiteral("-") });
    addFrames(report, QStringLiteral("the frame after them (24 rounds)"), repaints);
    report.note(
        QStringLiteral("Paint time: QWidget::repaint() of the view's viewport (1,600 x 1,000 "
                       "window), synchronous, in the GUI thread; the %1 platform.")
            .arg(QGuiApplication::platformName()));
    report.print(out, machine, options.markdown);
    return 0;
}

} // namespace vigie::bench
