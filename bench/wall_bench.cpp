#include "bench/wall_bench.h"

#include "bench/bench_report.h"
#include "core/cameras/camera_status_board.h"
#include "core/video/stream_governor_params.h"
#include "core/video/stream_registry.h"
#include "core/walls/desk_arrangement.h"
#include "widgets/live_video.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

namespace vigie::bench {
namespace {

// Targets of issue 3, for this 2-core desk.
constexpr double kCpuRatioTarget = 1.3; // Vigie's CPU over ffmpeg's decode of the same streams
constexpr double kLatencyP99Target_ms = 250;
constexpr double kFullRateShare = 0.98; // "full frame rate": this share of the frames sent
constexpr double kRssTarget_MB = 600; // with 16 tiles
const QSize kWallSize(1920, 1080);

// One load: which streams, on which wall, and how the server makes them.
struct Load
{
    QString key;
    QString title;
    int streams = 0;
    QString layout;
    bool sub = true; // sub-streams (the governor's choice for small tiles), or main streams only
    int fps = 15;
    QStringList serverArgs;

    // Camera numbers. The main loads skip camera 6: its main stream is the real CCTV clip at
    // 768x576@10, not the load's format (its sub-stream is 640x360@15 like the others).
    QList<int> cameras() const
    {
        QList<int> numbers;
        for (int n = 1; numbers.size() < streams; ++n) {
            if (!sub && n == 6)
                continue;
            numbers.append(n);
        }
        return numbers;
    }
    int serverCameras() const { return cameras().constLast(); }
};

const QList<Load> &allLoads()
{
    static const QList<Load> loads {
        { QStringLiteral("sub16"),
          QStringLiteral("16 sub-streams 640x360@15 H.264, 4x4"),
          16,
          QStringLiteral("4x4"),
          true,
          15,
          {} },
        { QStringLiteral("sub36"),
          QStringLiteral("36 sub-streams 640x360@15 H.264, 6x6"),
          36,
          QStringLiteral("6x6"),
          true,
          15,
          {} },
        { QStringLiteral("hd9"),
          QStringLiteral("9 x 1280x720@25 H.264, 3x3"),
          9,
          QStringLiteral("3x3"),
          false,
          25,
          {} },
        { QStringLiteral("fhd4"),
          QStringLiteral("4 x 1920x1080@25 H.264, 2x2"),
          4,
          QStringLiteral("2x2"),
          false,
          25,
          { QStringLiteral("--main-size"), QStringLiteral("1920x1080"),
            QStringLiteral("--main-kbps"), QStringLiteral("4000") } },
        { QStringLiteral("hevc4"),
          QStringLiteral("4 x 1920x1080@25 H.265, 2x2"),
          4,
          QStringLiteral("2x2"),
          false,
          25,
          { QStringLiteral("--main-size"), QStringLiteral("1920x1080"),
            QStringLiteral("--main-kbps"), QStringLiteral("4000"), QStringLiteral("--main-codec"),
            QStringLiteral("h265") } },
    };
    return loads;
}

const Load *findLoad(const QString &key)
{
    for (const Load &load : allLoads()) {
        if (load.key == key)
            return &load;
    }
    return nullptr;
}

QString streamUrl(int port, int camera, bool sub)
{
    return QStringLiteral("rtsp://127.0.0.1:%1/cam%2/%3")
        .arg(port)
        .arg(camera, 2, 10, QLatin1Char('0'))
        .arg(sub ? QStringLiteral("sub") : QStringLiteral("main"));
}

// ---------------------------------------------------------------- measuring

double processCpu_s()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    // /proc files report a size of 0: read them whole.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct TaskTimes
{
    QByteArray name; // comm
    double cpu_s = -1; // user + system; -1 when the task is gone
};

// /proc reports CPU times in clock ticks.
double ticksToSeconds(qint64 ticks)
{
    static const double tick_s = 1.0 / double(sysconf(_SC_CLK_TCK));
    return double(ticks) * tick_s;
}

// utime + stime of /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat, and the task's name.
TaskTimes taskTimes(const QString &statPath)
{
    TaskTimes times;
    const QByteArray stat = readProcFile(statPath);
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')');
    if (open < 0 || close < open)
        return times;
    times.name = stat.mid(open + 1, close - open - 1);
    // After "pid (comm) ": state is field 3, utime 14 and stime 15.
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return times;
    times.cpu_s = ticksToSeconds(fields[11].toLongLong() + fields[12].toLongLong());
    return times;
}

double pidCpu_s(qint64 pid)
{
    return pid > 0 ? taskTimes(QStringLiteral("/proc/%1/stat").arg(pid)).cpu_s : -1;
}

// CPU time the hypervisor gave to other guests while this one wanted it (steal, in /proc/stat),
// summed over the machine's cores: on a shared VM, a run with much of it reads slow.
double stolenCpu_s()
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/stat"));
    const QList<QByteArray> fields = stat.left(stat.indexOf('\n')).simplified().split(' ');
    // "cpu user nice system idle iowait irq softirq steal ..."
    if (fields.size() < 9 || fields[0] != "cpu")
        return -1;
    return ticksToSeconds(fields[8].toLongLong());
}

// VmHWM (peak resident set) of a process, in kB; -1 when unknown.
qint64 peakRss_kB(const QString &statusPath)
{
    for (const QByteArray &line : readProcFile(statusPath).split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// CPU of this process's threads by kind: the GUI thread (tiles, painting, the event loop), the
// engines' threads (demux, decode, scale) and the rest (Qt's xcb reader, FFmpeg's helpers).
struct ThreadCpu
{
    double gui_s = 0;
    double video_s = 0;
    double other_s = 0;
};

std::map<qint64, TaskTimes> threadTimes()
{
    std::map<qint64, TaskTimes> tasks;
    const QDir dir(QStringLiteral("/proc/self/task"));
    for (const QString &tid : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        TaskTimes times = taskTimes(dir.filePath(tid) + QStringLiteral("/stat"));
        if (times.cpu_s >= 0)
            tasks[tid.toLongLong()] = times;
    }
    return tasks;
}

ThreadCpu threadCpuBetween(const std::map<qint64, TaskTimes> &before,
                           const std::map<qint64, TaskTimes> &after)
{
    ThreadCpu cpu;
    const qint64 gui = qint64(getpid());
    for (const auto &[tid, times] : after) {
        const auto was = before.find(tid);
        const double used = times.cpu_s - (was == before.end() ? 0 : was->second.cpu_s);
        if (tid == gui)
            cpu.gui_s += used;
        else if (times.name == "vigie-video")
            cpu.video_s += used;
        else
            cpu.other_s += used;
    }
    return cpu;
}

// Runs the event loop for a while: the measure window, during which everything else happens.
void runEventsFor(int duration_ms)
{
    QEventLoop loop;
    QTimer::singleShot(duration_ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until done() or the timeout; polls ten times a second.
bool runEventsUntil(const std::function<bool()> &done, int timeout_ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeout_ms)
            return false;
        runEventsFor(100);
    }
    return true;
}

double percentile(std::vector<double> sorted, double share)
{
    if (sorted.empty())
        return -1;
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = size_t(std::ceil(share * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank > 0 ? rank - 1 : 0)];
}

qint64 realtime_us()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// What one side measured in its window, passed from the child as "key=value" words.
using Figures = QHash<QString, double>;

QString formatFigures(const Figures &figures)
{
    QStringList words;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        words.append(it.key() + QLatin1Char('=') + QString::number(it.value(), 'g', 12));
    words.sort();
    return words.join(QLatin1Char(' '));
}

Figures parseFigures(const QString &line)
{
    Figures figures;
    for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq > 0)
            figures.insert(word.left(eq), word.mid(eq + 1).toDouble());
    }
    return figures;
}

// ---------------------------------------------------------------- the wall (child process)

struct ChildOptions
{
    const Load *load = nullptr;
    int port = 0;
    int seconds = 20;
    int warmup = 5;
    qint64 xServerPid = 0;
    qint64 streamServerPid = 0;
    bool shedding = false;
};

std::optional<ChildOptions> parseChild(const QStringList &arguments, QTextStream &err)
{
    ChildOptions options;
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        const QString &name = arguments[i];
        const QString &value = arguments[i + 1];
        if (name == QLatin1String("--load"))
            options.load = findLoad(value);
        else if (name == QLatin1String("--port"))
            options.port = value.toInt();
        else if (name == QLatin1String("--seconds"))
            options.seconds = value.toInt();
        else if (name == QLatin1String("--warmup"))
            options.warmup = value.toInt();
        else if (name == QLatin1String("--x-pid"))
            options.xServerPid = value.toLongLong();
        else if (name == QLatin1String("--server-pid"))
            options.streamServerPid = value.toLongLong();
        else if (name == QLatin1String("--shedding"))
            options.shedding = value == QLatin1String("on");
    }
    if (!options.load || options.port <= 0 || options.seconds < 1 || options.warmup < 0) {
        err << "vigie-bench wall-child: bad arguments " << arguments.join(QLatin1Char(' ')) << '\n';
        return std::nullopt;
    }
    return options;
}

int measureWall(const ChildOptions &options, QTextStream &out, QTextStream &err)
{
    const Load &load = *options.load;
    const QList<int> numbers = load.cameras();
    cameras::CameraStatusBoard board;
    QList<cameras::Camera> directory;
    for (const int number : numbers) {
        cameras::Camera camera;
        camera.id = number;
        camera.number = number;
        camera.name = QStringLiteral("Caméra %1").arg(number);
        camera.mainUrl = QUrl(streamUrl(options.port, number, false));
        // A camera with a sub-stream: the governor gives it to tiles that small. A main load's
        // cameras have a single stream, so that every tile shows the main one.
        if (load.sub)
            camera.subUrl = QUrl(streamUrl(options.port, number, true));
        directory.append(camera);
    }
    board.setCameras(directory);

    video::StreamRegistry registry;
    // By default no load shedding: the measure is of every frame decoded and shown. An unknown
    // load (-1) makes the governor decide none, whatever the thresholds; they are out of reach
    // as well. With --shedding, the governor as shipped, on the machine's CPU load.
    video::GovernorParams params;
    if (!options.shedding) {
        params.pressureHigh = 2.0;
        params.pressureLow = 1.9;
    }
    widgets::LiveVideo live(&registry, &board, params);
    if (!options.shedding)
        live.setLoadProbe([] { return -1.0; });

    widgets::WallView wall(&board);
    wall.setWindowTitle(QStringLiteral("vigie-bench wall: ") + load.title);
    wall.setLiveVideo(&live);
    wall.resize(kWallSize);
    walls::WallState state;
    state.layout = load.layout;
    state.cameras = numbers;
    wall.setWallState(state);
    wall.show();
    if (!runEventsUntil([&] { return wall.windowHandle() && wall.windowHandle()->isExposed(); },
                        20000)) {
        err << "vigie-bench wall-child: the wall window was never exposed\n";
        return 1;
    }

    // Each picture counts once, at its first paint (a tile repaints its clock every second).
    bool measuring = false;
    std::vector<const video::VideoFrame *> lastPainted(size_t(wall.tileCount()), nullptr);
    std::vector<double> latencies_ms;
    latencies_ms.reserve(size_t(load.streams * load.fps * (options.seconds + 5)));
    qint64 shown = 0;
    qint64 unstamped = 0;
    for (int i = 0; i < wall.tileCount(); ++i) {
        QObject::connect(wall.tile(i), &widgets::TileWidget::framePainted, &wall,
                         [&, i](const std::shared_ptr<const video::VideoFrame> &frame) {
                             if (frame.get() == lastPainted[size_t(i)])
                                 return;
                             lastPainted[size_t(i)] = frame.get();
                             if (!measuring)
                                 return;
                             ++shown;
                             if (frame->sourceClock_us > 0)
                                 latencies_ms.push_back(
                                     double(realtime_us() - frame->sourceClock_us) / 1000.0);
                             else
                                 ++unstamped;
                         });
    }

    auto tilesPlaying = [&] {
        int playing = 0;
        for (int i = 0; i < wall.tileCount(); ++i) {
            const widgets::TileWidget *tile = wall.tile(i);
            if (tile->cameraNumber() > 0 && tile->state() == cameras::StreamState::Live
                && tile->framesShown() > 0)
                ++playing;
        }
        return playing;
    };
    if (!runEventsUntil([&] { return tilesPlaying() == load.streams; }, 60000)) {
        err << "vigie-bench wall-child: only " << tilesPlaying() << " of " << load.streams
            << " tiles live after 60 s\n";
        return 1;
    }
    runEventsFor(options.warmup * 1000);

    struct EngineCounts
    {
        quint64 decoded = 0;
        quint64 published = 0;
        quint64 delivered = 0;
        quint64 dropped = 0;
    };
    auto counts = [&] {
        EngineCounts sum;
        for (const video::StreamEngine *engine : registry.engines()) {
            const video::StreamStats stats = engine->stats();
            sum.decoded += stats.decoded;
            sum.published += stats.published;
            sum.delivered += stats.delivered;
            sum.dropped += stats.dropped;
        }
        return sum;
    };
    int wrongStream = 0; // engines on another stream than the load's (the governor's choice)
    for (const video::StreamEngine *engine : registry.engines()) {
        if (engine->url().path().endsWith(load.sub ? QLatin1String("/sub") : QLatin1String("/main"))
            == false)
            ++wrongStream;
    }

    // Shedding: how long tiles spent degraded, sampled every 100 ms, and the deepest step.
    qint64 degradedSamples = 0;
    qint64 samples = 0;
    int deepestLevel = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &wall, [&] {
        ++samples;
        for (int i = 0; i < wall.tileCount(); ++i)
            degradedSamples += wall.tile(i)->isDegraded() ? 1 : 0;
        deepestLevel = std::max(deepestLevel, live.governor().sheddingLevel());
    });
    sampler.start(100);

    const EngineCounts before = counts();
    const auto threadsBefore = threadTimes();
    const double xBefore = pidCpu_s(options.xServerPid);
    const double serverBefore = pidCpu_s(options.streamServerPid);
    const double stolenBefore = stolenCpu_s();
    QElapsedTimer window;
    window.start();
    const double cpuBefore = processCpu_s();
    measuring = true;
    runEventsFor(options.seconds * 1000);
    measuring = false;
    sampler.stop();
    const double cpu_s = processCpu_s() - cpuBefore;
    const double window_s = double(window.nsecsElapsed()) / 1e9;
    const double x_s = pidCpu_s(options.xServerPid) - xBefore;
    const double server_s = pidCpu_s(options.streamServerPid) - serverBefore;
    const double stolen_s = stolenCpu_s() - stolenBefore;
    const ThreadCpu threads = threadCpuBetween(threadsBefore, threadTimes());
    const EngineCounts after = counts();

    Figures figures;
    figures[QStringLiteral("window_s")] = window_s;
    figures[QStringLiteral("cpu_s")] = cpu_s;
    figures[QStringLiteral("gui_cpu_s")] = threads.gui_s;
    figures[QStringLiteral("video_cpu_s")] = threads.video_s;
    figures[QStringLiteral("other_cpu_s")] = threads.other_s;
    figures[QStringLiteral("x_cpu_s")] = options.xServerPid > 0 ? x_s : -1;
    figures[QStringLiteral("server_cpu_s")] = options.streamServerPid > 0 ? server_s : -1;
    figures[QStringLiteral("stolen_cpu_s")] = stolenBefore >= 0 ? stolen_s : -1;
    figures[QStringLiteral("shown")] = double(shown);
    figures[QStringLiteral("unstamped")] = double(unstamped);
    figures[QStringLiteral("decoded")] = double(after.decoded - before.decoded);
    figures[QStringLiteral("published")] = double(after.published - before.published);
    figures[QStringLiteral("delivered")] = double(after.delivered - before.delivered);
    figures[QStringLiteral("slot_dropped")] = double(after.dropped - before.dropped);
    figures[QStringLiteral("latency_samples")] = double(latencies_ms.size());
    figures[QStringLiteral("p50_ms")] = percentile(latencies_ms, 0.50);
    figures[QStringLiteral("p99_ms")] = percentile(latencies_ms, 0.99);
    figures[QStringLiteral("max_ms")] = percentile(latencies_ms, 1.0);
    figures[QStringLiteral("rss_peak_kB")]
        = double(peakRss_kB(QStringLiteral("/proc/self/status")));
    figures[QStringLiteral("engines")] = double(registry.engineCount());
    figures[QStringLiteral("wrong_stream")] = double(wrongStream);
    figures[QStringLiteral("degraded_share")]
        = samples > 0 ? double(degradedSamples) / double(samples * load.streams) : 0;
    figures[QStringLiteral("deepest_level")] = double(deepestLevel);
    out << "RESULT " << formatFigures(figures) << Qt::endl;
    return 0;
}

// ---------------------------------------------------------------- the parent

struct Options
{
    int seconds = 20;
    int warmup = 5;
    QList<const Load *> loads;
    QString display; // empty: start Xvfb
    QString sourceDir;
    QString cache;
    bool markdown = false;
    bool shedding = false; // the governor as shipped, instead of every frame decoded
};

// A process the bench started, stopped (SIGTERM, then SIGKILL) when it goes out of scope.
class Child
{
public:
    Child() : m_process(std::make_unique<QProcess>()) { }
    ~Child() { stop(); }
    Child(Child &&) = default;
    Child &operator=(Child &&) = default;

    QProcess &process() { return *m_process; }
    qint64 pid() const { return m_process->processId(); }
    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

private:
    std::unique_ptr<QProcess> m_process;
};

// Xvfb on a display number it picks itself: one 1920x1080 screen is all a wall needs (Xorg's
// dummy driver, scripts/xdummy, is for several monitors side by side).
bool startXvfb(Child &x, QString *display, QTextStream &err)
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        err << "vigie-bench wall: Xvfb not found (install xvfb) and no --display given\n";
        return false;
    }
    x.process().start(xvfb,
                      { QStringLiteral("-displayfd"), QStringLiteral("1"),
                        QStringLiteral("-screen"), QStringLiteral("0"),
                        QStringLiteral("%1x%2x24").arg(kWallSize.width()).arg(kWallSize.height()),
                        QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                        QStringLiteral("-noreset") });
    QByteArray said;
    const bool ready = runEventsUntil(
        [&] {
            said += x.process().readAllStandardOutput();
            return said.contains('\n') || x.process().state() == QProcess::NotRunning;
        },
        20000);
    if (!ready || !said.contains('\n')) {
        err << "vigie-bench wall: Xvfb did not start: "
            << QString::fromLocal8Bit(x.process().readAllStandardError()) << '\n';
        return false;
    }
    *display = QLatin1Char(':') + QString::fromLatin1(said.trimmed());
    return true;
}

bool startStreamServer(Child &server, const Options &options, const Load &load, int *port,
                       QTextStream &err)
{
    QStringList args { QDir(options.sourceDir).filePath(QStringLiteral("scripts/vigie_streams.py")),
                       QStringLiteral("--port"),
                       QStringLiteral("0"),
                       QStringLiteral("--cache"),
                       options.cache,
                       QStringLiteral("--stamp"),
                       QStringLiteral("--cameras"),
                       QString::number(load.serverCameras()) };
    args += load.serverArgs;
    QProcess &process = server.process();
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QDir(options.cache).filePath(QStringLiteral("bench-server.log")));
    process.start(QStringLiteral("/usr/bin/python3"), args);
    static const QRegularExpression ready(QStringLiteral("READY port=(\\d+)"));
    QString said;
    // The first run encodes the clips (x265 at 1080p takes minutes on two cores).
    runEventsUntil(
        [&] {
            said += QString::fromUtf8(process.readAllStandardOutput());
            return ready.match(said).hasMatch() || process.state() == QProcess::NotRunning;
        },
        3600 * 1000);
    const auto match = ready.match(said);
    if (!match.hasMatch()) {
        err << "vigie-bench wall: the stream server did not start (see "
            << QDir(options.cache).filePath(QStringLiteral("bench-server.log")) << ")\n";
        return false;
    }
    *port = match.captured(1).toInt();
    return true;
}

// The baseline: one `ffmpeg -f null` per stream, in parallel, for the same window after the
// same warm-up. Frames are counted from ffmpeg's -progress reports (every 0.1 s).
Figures measureBaseline(const Options &options, const Load &load, int port, qint64 serverPid,
                        QTextStream &err)
{
    Figures figures;
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    QTemporaryDir progressDir;
    if (ffmpeg.isEmpty() || !progressDir.isValid()) {
        err << "vigie-bench wall: ffmpeg not found\n";
        return figures;
    }
    std::vector<Child> decoders;
    QStringList progressFiles;
    for (const int number : load.cameras()) {
        const QString progress = progressDir.filePath(QStringLiteral("cam%1.progress").arg(number));
        progressFiles.append(progress);
        decoders.emplace_back();
        QProcess &process = decoders.back().process();
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(ffmpeg,
                      { QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                        QStringLiteral("error"), QStringLiteral("-nostats"),
                        QStringLiteral("-progress"), progress, QStringLiteral("-stats_period"),
                        QStringLiteral("0.1"), QStringLiteral("-rtsp_transport"),
                        QStringLiteral("tcp"), QStringLiteral("-i"),
                        streamUrl(port, number, load.sub), QStringLiteral("-f"),
                        QStringLiteral("null"), QStringLiteral("-") });
    }
    static const QRegularExpression frameLine(QStringLiteral("(?:^|\\n)frame=(\\d+)"));
    auto framesOf = [&](const QString &path) -> qint64 {
        const QString text = QString::fromLatin1(readProcFile(path));
        qint64 frames = -1;
        for (auto it = frameLine.globalMatch(text); it.hasNext();)
            frames = it.next().captured(1).toLongLong();
        return frames;
    };
    auto allDecoding = [&] {
        for (const QString &path : progressFiles) {
            if (framesOf(path) <= 0)
                return false;
        }
        return true;
    };
    if (!runEventsUntil(allDecoding, 60000)) {
        err << "vigie-bench wall: not every ffmpeg decodes after 60 s\n";
        return figures;
    }
    runEventsFor(options.warmup * 1000);

    auto cpuOfAll = [&] {
        double sum = 0;
        for (const Child &decoder : decoders)
            sum += std::max(0.0, pidCpu_s(decoder.pid()));
        return sum;
    };
    auto framesOfAll = [&] {
        qint64 sum = 0;
        for (const QString &path : progressFiles)
            sum += std::max<qint64>(0, framesOf(path));
        return sum;
    };
    const double serverBefore = pidCpu_s(serverPid);
    const double stolenBefore = stolenCpu_s();
    const qint64 framesBefore = framesOfAll();
    QElapsedTimer window;
    window.start();
    const double cpuBefore = cpuOfAll();
    runEventsFor(options.seconds * 1000);
    const double cpu_s = cpuOfAll() - cpuBefore;
    const double window_s = double(window.nsecsElapsed()) / 1e9;
    const qint64 frames = framesOfAll() - framesBefore;
    qint64 rss_kB = 0;
    for (const Child &decoder : decoders)
        rss_kB += std::max<qint64>(
            0, peakRss_kB(QStringLiteral("/proc/%1/status").arg(decoder.pid())));
    int running = 0;
    for (Child &decoder : decoders)
        running += decoder.process().state() == QProcess::Running ? 1 : 0;
    figures[QStringLiteral("window_s")] = window_s;
    figures[QStringLiteral("cpu_s")] = cpu_s;
    figures[QStringLiteral("server_cpu_s")] = pidCpu_s(serverPid) - serverBefore;
    figures[QStringLiteral("stolen_cpu_s")] = stolenBefore >= 0 ? stolenCpu_s() - stolenBefore : -1;
    figures[QStringLiteral("decoded")] = double(frames);
    figures[QStringLiteral("rss_peak_kB")] = double(rss_kB);
    figures[QStringLiteral("running")] = double(running);
    return figures;
}

// CPU seconds per second of video: a second of video is streams x fps decoded frames, so a side
// that falls behind (the CPU shared with other work) decodes less video in its window, and is
// charged for what it did. 0 when nothing was decoded.
double cpuPerSecondOfVideo(const Load &load, const Figures &run)
{
    const double video_s = run.value(QStringLiteral("decoded")) / double(load.streams * load.fps);
    return video_s > 0 ? run.value(QStringLiteral("cpu_s")) / video_s : 0;
}

// The baseline measured before and after the wall, as one: CPU, time and frames added up, so
// that a machine whose speed drifts over the minutes of a load (a shared VM) is charged alike to
// both sides. Each run's CPU per second of video is kept for the note.
Figures pooledBaseline(const Load &load, const Figures &before, const Figures &after)
{
    Figures pooled;
    for (const char *key : { "window_s", "cpu_s", "server_cpu_s", "decoded" })
        pooled[QLatin1String(key)]
            = before.value(QLatin1String(key)) + after.value(QLatin1String(key));
    const double stolenBefore = before.value(QStringLiteral("stolen_cpu_s"), -1);
    const double stolenAfter = after.value(QStringLiteral("stolen_cpu_s"), -1);
    pooled[QStringLiteral("stolen_cpu_s")]
        = stolenBefore >= 0 && stolenAfter >= 0 ? stolenBefore + stolenAfter : -1;
    pooled[QStringLiteral("rss_peak_kB")] = std::max(before.value(QStringLiteral("rss_peak_kB")),
                                                     after.value(QStringLiteral("rss_peak_kB")));
    pooled[QStringLiteral("running")]
        = std::min(before.value(QStringLiteral("running")), after.value(QStringLiteral("running")));
    pooled[QStringLiteral("rate_before")] = cpuPerSecondOfVideo(load, before);
    pooled[QStringLiteral("rate_after")] = cpuPerSecondOfVideo(load, after);
    return pooled;
}

Figures measureVigie(const Options &options, const Load &load, int port, qint64 serverPid,
                     qint64 xPid, const QString &display, QTextStream &err)
{
    Child child;
    QProcess &process = child.process();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  { QString::fromLatin1(kWallChildCommand), QStringLiteral("--load"), load.key,
                    QStringLiteral("--port"), QString::number(port), QStringLiteral("--seconds"),
                    QString::number(options.seconds), QStringLiteral("--warmup"),
                    QString::number(options.warmup), QStringLiteral("--x-pid"),
                    QString::number(xPid), QStringLiteral("--server-pid"),
                    QString::number(serverPid), QStringLiteral("--shedding"),
                    options.shedding ? QStringLiteral("on") : QStringLiteral("off") });
    const int timeout_ms = (options.seconds + options.warmup + 180) * 1000;
    runEventsUntil([&] { return process.state() == QProcess::NotRunning; }, timeout_ms);
    const QString said = QString::fromUtf8(process.readAllStandardOutput());
    const qsizetype at = said.lastIndexOf(QStringLiteral("RESULT "));
    if (at < 0) {
        err << "vigie-bench wall: the wall of " << load.key << " reported nothing\n";
        return {};
    }
    return parseFigures(said.mid(at + 7).section(QLatin1Char('\n'), 0, 0));
}

QString seconds(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

QString megabytes(double kB)
{
    return grouped(kB / 1024.0) + QStringLiteral(" MB");
}

Measure::Verdict verdict(bool met)
{
    return met ? Measure::Verdict::Met : Measure::Verdict::NotMet;
}

void report(Report &report, const Load &load, bool shedding, const Figures &vigie,
            const Figures &ffmpeg)
{
    const QString prefix
        = load.key + (shedding ? QStringLiteral(" shedding: ") : QStringLiteral(": "));
    const double window_s = vigie.value(QStringLiteral("window_s"));
    const double ffWindow_s = ffmpeg.value(QStringLiteral("window_s"));
    const double cpuRate = cpuPerSecondOfVideo(load, vigie);
    const double ffCpuRate = cpuPerSecondOfVideo(load, ffmpeg);
    const double ratio = ffCpuRate > 0 ? cpuRate / ffCpuRate : 0;
    report.add(
        { prefix + QStringLiteral("CPU s per s of video decoded (%1 streams)").arg(load.streams),
          seconds(cpuRate), seconds(ffCpuRate), QString::number(ratio, 'f', 2) + QLatin1Char('x'),
          QStringLiteral("<= 1.3x ffmpeg"), verdict(ffCpuRate > 0 && ratio <= kCpuRatioTarget) });

    const double sent = double(load.streams * load.fps) * window_s;
    const double ffSent = double(load.streams * load.fps) * ffWindow_s;
    const double shown = vigie.value(QStringLiteral("shown"));
    const double ffDecoded = ffmpeg.value(QStringLiteral("decoded"));
    auto share = [](double part, double whole) {
        return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) + QStringLiteral(" %")
                         : QStringLiteral("-");
    };
    // Full rate is asked of every frame decoded; shedding drops frames by design.
    const bool fullRateTarget = load.key == QLatin1String("sub36") && !shedding;
    report.add(
        { prefix + QStringLiteral("frames shown of sent (ffmpeg: decoded)"),
          grouped(shown) + QStringLiteral(" / ") + grouped(sent) + QStringLiteral(" (")
              + share(shown, sent) + QLatin1Char(')'),
          grouped(ffDecoded) + QStringLiteral(" (") + share(ffDecoded, ffSent) + QLatin1Char(')'),
          QString(), fullRateTarget ? QStringLiteral(">= 98 % (full rate)") : QString(),
          fullRateTarget ? verdict(shown >= kFullRateShare * sent) : Measure::Verdict::NoTarget });

    if (shedding) {
        report.add(
            { prefix + QStringLiteral("tile time degraded by the governor (deepest step)"),
              share(vigie.value(QStringLiteral("degraded_share")), 1.0)
                  + QStringLiteral(" (%1)").arg(int(vigie.value(QStringLiteral("deepest_level")))),
              QString(), QString(), QString(), Measure::Verdict::NoTarget });
    }

    const double decoded = vigie.value(QStringLiteral("decoded"));
    const double slotDropped = vigie.value(QStringLiteral("slot_dropped"));
    const double unpainted = std::max(0.0, vigie.value(QStringLiteral("delivered")) - shown);
    const double neverDecoded = std::max(0.0, sent - decoded);
    report.add({ prefix + QStringLiteral("frames dropped: slot / taken, not painted / not decoded"),
                 grouped(slotDropped) + QStringLiteral(" / ") + grouped(unpainted)
                     + QStringLiteral(" / ") + grouped(neverDecoded),
                 grouped(std::max(0.0, ffSent - ffDecoded)) + QStringLiteral(" not decoded"),
                 QString(), QString(), Measure::Verdict::NoTarget });

    const double p50 = vigie.value(QStringLiteral("p50_ms"), -1);
    const double p99 = vigie.value(QStringLiteral("p99_ms"), -1);
    report.add({ prefix + QStringLiteral("latency server -> painted, p50 / p99 (max)"),
                 QStringLiteral("%1 / %2 ms (%3)")
                     .arg(seconds(p50, 1), seconds(p99, 1),
                          seconds(vigie.value(QStringLiteral("max_ms"), -1), 0)),
                 QString(), QString(), QStringLiteral("p99 < 250 ms"),
                 verdict(p99 >= 0 && p99 < kLatencyP99Target_ms) });

    const double rss_kB = vigie.value(QStringLiteral("rss_peak_kB"));
    const double ffRss_kB = ffmpeg.value(QStringLiteral("rss_peak_kB"));
    const bool rssTarget = load.key == QLatin1String("sub16");
    report.add(
        { prefix + QStringLiteral("peak RSS (ffmpeg: sum of %1 processes)").arg(load.streams),
          megabytes(rss_kB), megabytes(ffRss_kB),
          ffRss_kB > 0 ? QString::number(rss_kB / ffRss_kB, 'f', 2) + QLatin1Char('x') : QString(),
          rssTarget ? QStringLiteral("< 600 MB") : QString(),
          rssTarget ? verdict(rss_kB > 0 && rss_kB / 1024.0 < kRssTarget_MB)
                    : Measure::Verdict::NoTarget });
}

QString cpuNote(const Load &load, const Figures &vigie, const Figures &ffmpeg)
{
    // A CPU time of one run over that run's window; "?" when either is unknown.
    auto perSecondOf = [](const Figures &run, const QString &key) {
        const double value = run.value(key, -1);
        const double window_s = run.value(QStringLiteral("window_s"));
        return value < 0 || window_s <= 0 ? QStringLiteral("?") : seconds(value / window_s);
    };
    auto perSecond = [&](const QString &key) {
        return perSecondOf(vigie, key);
    };
    return QStringLiteral(
               "%1 (%2): Vigie's CPU by thread, s per s of the window: GUI thread %3, engines "
               "(demux, decode, scale) %4, other threads %5; X server %6; stream "
               "server %7 (%8 during the ffmpeg run); %9 engines, %10 on another "
               "stream than the load's; %11 painted frames without a stamp; CPU stolen by the "
               "hypervisor %12 (%13 during the ffmpeg runs); ffmpeg's CPU per s of video before / "
               "after the wall %14 / %15.")
        .arg(load.key, load.title, perSecond(QStringLiteral("gui_cpu_s")),
             perSecond(QStringLiteral("video_cpu_s")), perSecond(QStringLiteral("other_cpu_s")),
             perSecond(QStringLiteral("x_cpu_s")), perSecond(QStringLiteral("server_cpu_s")),
             perSecondOf(ffmpeg, QStringLiteral("server_cpu_s")))
        .arg(int(vigie.value(QStringLiteral("engines"))))
        .arg(int(vigie.value(QStringLiteral("wrong_stream"))))
        .arg(int(vigie.value(QStringLiteral("unstamped"))))
        .arg(perSecond(QStringLiteral("stolen_cpu_s")),
             perSecondOf(ffmpeg, QStringLiteral("stolen_cpu_s")),
             seconds(ffmpeg.value(QStringLiteral("rate_before"), -1)),
             seconds(ffmpeg.value(QStringLiteral("rate_after"), -1)));
}

std::optional<Options> parseOptions(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows live streams of the local RTSP server (scripts/vigie_streams.py --stamp) on a real "
        "wall in an X window, load by load, beside ffmpeg -f null decoding the same streams."));
    const QCommandLineOption help(QStringList { QStringLiteral("help"), QStringLiteral("h") },
                                  QStringLiteral("Show this help."));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Measure window per side and load "
                                                          "(default 20)."),
                                           QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Seconds of warm-up once every stream "
                                                         "plays (default 5)."),
                                          QStringLiteral("S"), QStringLiteral("5"));
    QStringList keys;
    for (const Load &load : allLoads())
        keys.append(load.key);
    const QCommandLineOption loadsOption(
        QStringLiteral("loads"),
        QStringLiteral("Comma-separated loads (default all: %1).").arg(keys.join(QLatin1Char(','))),
        QStringLiteral("LIST"), keys.join(QLatin1Char(',')));
    const QCommandLineOption displayOption(QStringLiteral("display"),
                                           QStringLiteral("X display to use (default: start "
                                                          "Xvfb)."),
                                           QStringLiteral("DISPLAY"));
    const QCommandLineOption sourceOption(QStringLiteral("source-dir"),
                                          QStringLiteral("Vigie's source tree, for "
                                                         "scripts/vigie_streams.py."),
                                          QStringLiteral("DIR"),
                                          QStringLiteral(VIGIE_BENCH_SOURCE_DIR));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"),
                                            QStringLiteral("Also print the section for "
                                                           "bench/RESULTS.md."));
    const QCommandLineOption sheddingOption(
        QStringLiteral("shedding"),
        QStringLiteral("Run the wall with the governor as shipped (load shedding on the "
                       "machine's CPU load) instead of decoding every frame."));
    parser.addOptions({ help, secondsOption, warmupOption, loadsOption, displayOption, sourceOption,
                        markdownOption, sheddingOption });
    if (!parser.parse(QStringList { QStringLiteral("vigie-bench wall") } + args)) {
        err << "vigie-bench wall: " << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Options {};
    }
    Options options;
    bool ok = false;
    options.seconds = parser.value(secondsOption).toInt(&ok);
    if (!ok || options.seconds < 1) {
        err << "vigie-bench wall: --seconds takes a positive number\n";
        return std::nullopt;
    }
    options.warmup = parser.value(warmupOption).toInt(&ok);
    if (!ok || options.warmup < 0) {
        err << "vigie-bench wall: --warmup takes a number of seconds\n";
        return std::nullopt;
    }
    for (const QString &key :
         parser.value(loadsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Load *load = findLoad(key.trimmed());
        if (!load) {
            err << "vigie-bench wall: unknown load " << key
                << " (loads: " << keys.join(QLatin1Char(',')) << ")\n";
            return std::nullopt;
        }
        options.loads.append(load);
    }
    options.display = parser.value(displayOption);
    options.sourceDir = parser.value(sourceOption);
    options.markdown = parser.isSet(markdownOption);
    options.shedding = parser.isSet(sheddingOption);
    // The clips the tests and the demo cached: nothing is encoded twice.
    options.cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/vigie-streams");
    return options;
}

} // namespace

int runWallChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigie-bench"));
    // The engines' lines (first picture, released) would bury the parent's progress.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.debug=false\nvigie.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = app.arguments().mid(2); // the program, then kWallChildCommand
    const auto options = parseChild(arguments, err);
    if (!options)
        return 2;
    const int code = measureWall(*options, out, err);
    out.flush();
    err.flush();
    return code;
}

int runWallBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto parsed = parseOptions(args, out, err);
    if (!parsed)
        return 2;
    if (parsed->loads.isEmpty())
        return 0; // --help
    const Options &options = *parsed;

    QTemporaryDir dir(QDir(QDir::tempPath()).filePath(QStringLiteral("vigie-bench-XXXXXX")));
    if (!dir.isValid()) {
        err << "vigie-bench wall: cannot create a temporary folder\n";
        return 1;
    }
    const MachineInfo machine = MachineInfo::probe(dir.path());
    Child x;
    QString display = options.display;
    if (display.isEmpty() && !startXvfb(x, &display, err))
        return 1;
    err << "vigie-bench wall: X display " << display << ", clips in " << options.cache << Qt::endl;

    Report result(QStringLiteral("Video wall"));
    for (const Load *load : options.loads) {
        err << "  " << load->key << ": " << load->title << Qt::endl;
        Child server;
        int port = 0;
        if (!startStreamServer(server, options, *load, &port, err))
            return 1;
        auto baseline = [&](const char *when) {
            err << "    ffmpeg -f null, " << load->streams << " processes, " << when << "..."
                << Qt::endl;
            const Figures figures = measureBaseline(options, *load, port, server.pid(), err);
            if (!figures.isEmpty())
                err << "      CPU " << seconds(figures.value(QStringLiteral("cpu_s"))) << " s in "
                    << seconds(figures.value(QStringLiteral("window_s"))) << " s, "
                    << grouped(figures.value(QStringLiteral("decoded"))) << " frames" << Qt::endl;
            return figures;
        };
        const Figures ffmpegBefore = baseline("before the wall");
        if (ffmpegBefore.isEmpty())
            return 1;
        err << "    the wall..." << Qt::endl;
        const Figures vigie = measureVigie(options, *load, port, server.pid(),
                                           x.pid() > 0 ? x.pid() : 0, display, err);
        if (vigie.isEmpty())
            return 1;
        err << "      CPU " << seconds(vigie.value(QStringLiteral("cpu_s"))) << " s in "
            << seconds(vigie.value(QStringLiteral("window_s"))) << " s, "
            << grouped(vigie.value(QStringLiteral("shown"))) << " frames shown, p99 "
            << seconds(vigie.value(QStringLiteral("p99_ms")), 1) << " ms" << Qt::endl;
        const Figures ffmpegAfter = baseline("after the wall");
        if (ffmpegAfter.isEmpty())
            return 1;
        const Figures ffmpeg = pooledBaseline(*load, ffmpegBefore, ffmpegAfter);
        server.stop();
        report(result, *load, options.shedding, vigie, ffmpeg);
        result.note(cpuNote(*load, vigie, ffmpeg));
    }
    result.note(
        QStringLiteral(
            "Each load: the stream server (scripts/vigie_streams.py --stamp, clips looped from "
            "memory, "
            "the send time in an SEI message of every access unit) serves the streams over "
            "RTSP/TCP "
            "on loopback. Baseline: one `ffmpeg -hide_banner -loglevel error -rtsp_transport tcp "
            "-i "
            "URL -f null -` per stream in parallel (ffmpeg's default threads), CPU from "
            "/proc/<pid>/stat, frames from its -progress reports; run once before the wall and "
            "once after it, the two windows added up, so that a machine whose speed drifts "
            "during the load weighs on both sides alike. CPU per second of video: the "
            "CPU time over the frames decoded in the window, divided by streams x fps. Vigie: a "
            "WallView with LiveVideo, %1x%2, in a fresh child process "
            "on "
            "an X server, CPU of the whole process (getrusage), %5. Both sides: %3 s window after "
            "every stream plays plus %4 s warm-up.")
            .arg(kWallSize.width())
            .arg(kWallSize.height())
            .arg(options.seconds)
            .arg(options.warmup)
            .arg(options.shedding
                     ? QStringLiteral("load shedding as shipped (--shedding: the governor's "
                                      "default thresholds on the machine's CPU load; tile time "
                                      "degraded sampled every 100 ms)")
                     : QStringLiteral("load shedding off (no load probe, thresholds above "
                                      "100 %)")));
    result.note(QStringLiteral(
        "Latency: the server's wall-clock send time (CLOCK_REALTIME, written as the access unit "
        "enters its pipeline) to the end of the tile's first paintEvent of that picture, same "
        "clock; the X server's copy to its framebuffer is after it. Frames: sent = streams x fps "
        "x window; shown = pictures painted at least once; dropped: replaced in the engine's "
        "slot before a tile took it / taken but replaced before a paint / never out of the "
        "decoder. Peak RSS: VmHWM of the wall's process (and the sum of the ffmpeg processes')."));
    result.print(out, machine, options.markdown);
    return 0;
}

} // namespace vigie::bench
