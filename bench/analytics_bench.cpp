#include "bench/analytics_bench.h"

#include "bench/bench_report.h"
#include "core/analytics/clip_reader.h"
#include "core/analytics/detector.h"
#include "core/analytics/synthetic_scene.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cmath>
#include <ctime>
#include <functional>

#include <sys/resource.h>

namespace vigie::bench {
namespace {

using analytics::AnalyticsEvent;
using analytics::DetectorConfig;
using analytics::DetectorKind;

const QString kVtest = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
// A crossing counted within this many pictures of the hand-noted one matches it (the notes
// come from every 5th picture).
constexpr qint64 kFrameSlack = 8;
constexpr double kRate = 5; // pictures analysed per second of video, as live

double threadCpu_s()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpu_s()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Options
{
    bool markdown = false;
    QString truthDir = QStringLiteral(VIGIE_BENCH_SOURCE_DIR "/bench/analytics");
};

// "frame,direction" or "frame,occupied" lines after the comments and the header.
QList<QPair<qint64, QString>> readTruth(const QString &path)
{
    QList<QPair<qint64, QString>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QStringList fields = line.split(QLatin1Char(','));
        bool ok = false;
        const qint64 frame = fields.value(0).toLongLong(&ok);
        if (ok && fields.size() == 2)
            rows.append({ frame, fields[1] });
    }
    return rows;
}

struct Run
{
    QList<QPair<qint64, AnalyticsEvent>> events; // with the file's picture number
    QMap<QString, int> counts;
    qint64 pictures = 0;
    double detector_s = 0; // CPU in the detector alone
    double total_s = 0; // CPU decoding, sampling and detecting
    double video_s = 0; // the file's duration
};

Run analyseFile(const QString &path, const DetectorConfig &config, double fps, int width)
{
    Run run;
    analytics::ClipReader reader;
    const double start = threadCpu_s();
    if (!reader.open(path, fps, width).ok())
        return run;
    auto detector = analytics::Detector::create(config);
    detector->setScheduleApplies(false);
    analytics::Picture picture;
    while (reader.next(picture)) {
        ++run.pictures;
        const double before = threadCpu_s();
        const auto events = detector->feed(picture.grey, picture.t_ms);
        run.detector_s += threadCpu_s() - before;
        for (const AnalyticsEvent &e : events)
            run.events.append({ picture.frame, e });
    }
    run.total_s = threadCpu_s() - start;
    run.counts = detector->counts();
    run.video_s = double(reader.decodedPictures()) / reader.fileFps();
    return run;
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(share * 100, 0, 'f', 0);
}

void lineAgainstTruth(Report &report, const Options &options)
{
    const auto truth = readTruth(options.truthDir + QStringLiteral("/vtest-line-truth.csv"));
    DetectorConfig c;
    c.camera = 1;
    c.name = QStringLiteral("bench");
    c.kind = DetectorKind::Line;
    c.line = QLineF(0.30, 0.32, 0.30, 0.565);
    const Run run = analyseFile(kVtest, c, kRate, 320);
    QList<bool> used(truth.size(), false);
    int matched = 0;
    int counted = 0;
    for (const auto &[frame, e] : run.events) {
        if (e.type != QLatin1String("crossing"))
            continue;
        ++counted;
        for (qsizetype i = 0; i < truth.size(); ++i) {
            if (!used[i] && truth[i].second == e.direction
                && std::abs(truth[i].first - frame) <= kFrameSlack) {
                used[i] = true;
                ++matched;
                break;
            }
        }
    }
    for (const QString &direction :
         { QStringLiteral("left_to_right"), QStringLiteral("right_to_left") }) {
        const auto expected = std::count_if(truth.cbegin(), truth.cend(),
                                            [&](const auto &t) { return t.second == direction; });
        const int got = run.counts.value(direction);
        const double error = expected ? double(got - expected) / double(expected) : 0;
        Measure m { QStringLiteral("vtest.avi line, %1: counted / truth").arg(direction),
                    QStringLiteral("%1 / %2 (%3%4)")
                        .arg(got)
                        .arg(expected)
                        .arg(error >= 0 ? QStringLiteral("+") : QString())
                        .arg(percent(error)),
                    QString(),
                    QString(),
                    QStringLiteral("within 10 %"),
                    std::abs(error) <= 0.10 ? Measure::Verdict::Met : Measure::Verdict::NotMet };
        report.add(m);
    }
    const double total = double(truth.size());
    const double error = total > 0 ? (counted - total) / total : 0;
    report.add({ QStringLiteral("vtest.avi line, both directions: counted / truth"),
                 QStringLiteral("%1 / %2 (%3%4)")
                     .arg(counted)
                     .arg(truth.size())
                     .arg(error >= 0 ? QStringLiteral("+") : QString())
                     .arg(percent(error)),
                 QString(), QString(), QStringLiteral("within 10 %"),
                 std::abs(error) <= 0.10 ? Measure::Verdict::Met : Measure::Verdict::NotMet });
    report.add({ QStringLiteral("vtest.avi line: precision, recall (same direction, +-%1 "
                                "pictures)")
                     .arg(kFrameSlack),
                 QStringLiteral("%1, %2").arg(percent(counted ? double(matched) / counted : 0),
                                              percent(total > 0 ? matched / total : 0)),
                 QString(), QString(), QString(), Measure::Verdict::NoTarget });
}

void zoneAgainstTruth(Report &report, const Options &options)
{
    const auto truth = readTruth(options.truthDir + QStringLiteral("/vtest-zone-truth.csv"));
    QHash<qint64, bool> occupied;
    for (const auto &[frame, value] : truth)
        occupied.insert(frame, value == QLatin1String("1"));
    DetectorConfig c;
    c.camera = 1;
    c.name = QStringLiteral("bench");
    c.kind = DetectorKind::Occupancy;
    c.zone = { { 0.14, 0.30 }, { 0.30, 0.30 }, { 0.30, 0.565 }, { 0.14, 0.565 } };
    // Every picture, one share per picture: compared with the hand notes at their pictures.
    c.interval_s = 0.05;
    const Run run = analyseFile(kVtest, c, 0, 320);
    // A person covers about a tenth of this zone; under 2 % is noise.
    constexpr double kPresent = 0.02;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (const auto &[frame, e] : run.events) {
        if (e.type != QLatin1String("occupancy") || !occupied.contains(frame))
            continue;
        const bool said = e.value >= kPresent;
        const bool truly = occupied.value(frame);
        tp += said && truly ? 1 : 0;
        fp += said && !truly ? 1 : 0;
        fn += !said && truly ? 1 : 0;
    }
    report.add({ QStringLiteral("vtest.avi zone occupied (share >= 2 %): precision, recall"),
                 QStringLiteral("%1, %2 (%3 pictures noted)")
                     .arg(percent(tp + fp ? double(tp) / (tp + fp) : 0),
                          percent(tp + fn ? double(tp) / (tp + fn) : 0))
                     .arg(occupied.size()),
                 QString(), QString(), QString(), Measure::Verdict::NoTarget });
}

// A generated scene: `pictures` pictures at 5 a second, `draw` adding its objects.
int alarmsOn(const DetectorConfig &config, int pictures, qint64 step_ms,
             const std::function<void(cv::Mat &, int)> &draw,
             const std::function<double(int)> &light, double noise)
{
    auto detector = analytics::Detector::create(config);
    cv::RNG rng(11);
    int alarms = 0;
    for (int i = 0; i < pictures; ++i) {
        const double l = light ? light(i) : 1.0;
        cv::Mat m = analytics::synthetic::street(l, rng, noise);
        draw(m, i);
        for (const AnalyticsEvent &e : detector->feed(m, i * step_ms))
            alarms += e.alarm ? 1 : 0;
    }
    return alarms;
}

void generatedScenes(Report &report)
{
    using analytics::synthetic::drawObject;
    using analytics::synthetic::flickering;
    const auto add = [&](const QString &scene, int alarms, int expected) {
        report.add({ scene, QStringLiteral("%1 alarm(s)").arg(alarms), QString(), QString(),
                     QStringLiteral("%1").arg(expected),
                     alarms == expected ? Measure::Verdict::Met : Measure::Verdict::NotMet });
    };
    DetectorConfig intrusion;
    intrusion.camera = 1;
    intrusion.name = QStringLiteral("bench");
    intrusion.kind = DetectorKind::Intrusion;
    intrusion.zone = { { 0.5, 0.2 }, { 0.95, 0.2 }, { 0.95, 0.95 }, { 0.5, 0.95 } };
    add(QStringLiteral("generated: someone walks into the zone (light changing, noise)"),
        alarmsOn(
            intrusion, 150, 200,
            [](cv::Mat &m, int i) {
                if (i >= 40)
                    drawObject(m, cv::Rect(std::min(110, 10 + (i - 40) * 3), 60, 14, 26),
                               flickering(i));
            },
            &flickering, 6),
        1);
    add(QStringLiteral("generated negative: empty zone, light changing, strong noise"),
        alarmsOn(
            intrusion, 300, 200, [](cv::Mat &, int) {}, &flickering, 10),
        0);

    DetectorConfig wrongway = intrusion;
    wrongway.kind = DetectorKind::WrongWay;
    wrongway.zone = { { 0.0, 0.3 }, { 1.0, 0.3 }, { 1.0, 0.8 }, { 0.0, 0.8 } };
    wrongway.direction_deg = 0;
    const auto traffic = [](int sign) {
        return [sign](cv::Mat &m, int i) {
            for (int k = 0; k < 2; ++k) {
                const int offset = ((i * 4 + k * 80) % 200) - 30;
                drawObject(
                    m,
                    cv::Rect(sign > 0 ? offset : analytics::synthetic::kWidth - offset, 50, 26, 16),
                    flickering(i));
            }
        };
    };
    add(QStringLiteral("generated: a vehicle against the lane"),
        alarmsOn(wrongway, 60, 200, traffic(-1), {}, 4), 1);
    add(QStringLiteral("generated negative: lawful traffic, light changing, noise"),
        alarmsOn(wrongway, 600, 200, traffic(1), &flickering, 8), 0);

    DetectorConfig stationary = intrusion;
    stationary.kind = DetectorKind::Stationary;
    stationary.zone = { { 0.3, 0.3 }, { 0.7, 0.3 }, { 0.7, 0.7 }, { 0.3, 0.7 } };
    const qint64 hour = 3600 * 1000;
    const auto dayNight = [](int h) {
        return h % 24 < 7 ? 0.6 : 1.0 + 0.1 * (h % 3);
    };
    add(QStringLiteral("generated: a car parked 8 days (hourly, day and night)"),
        alarmsOn(
            stationary, 24 * 9, hour,
            [&](cv::Mat &m, int h) {
                if (h >= 24)
                    drawObject(m, cv::Rect(55, 42, 50, 36), dayNight(h));
            },
            dayNight, 4),
        1);
    add(QStringLiteral("generated negative: empty place, 9 days of day and night"),
        alarmsOn(
            stationary, 24 * 9, hour, [](cv::Mat &, int) {}, dayNight, 6),
        0);
    add(QStringLiteral("generated negative: a different car every 2 days"),
        alarmsOn(
            stationary, 24 * 9, hour,
            [](cv::Mat &m, int h) {
                const int other = (h / 48) % 2;
                drawObject(m, cv::Rect(55 + other * 8, 42, 50 - other * 8, 36), 1);
                if (other)
                    cv::circle(m, cv::Point(80, 60), 8, cv::Scalar(230), cv::FILLED);
            },
            {}, 4),
        0);
}

void cost(Report &report, const QTemporaryDir &dir, QTextStream &err)
{
    // A camera's sub-stream: H.264, 640x360, 25 pictures a second (vtest.avi re-encoded).
    const QString sub = dir.filePath(QStringLiteral("sub.mp4"));
    QProcess encode;
    encode.start(QStringLiteral("ffmpeg"),
                 { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                   QStringLiteral("-i"), kVtest, QStringLiteral("-vf"),
                   QStringLiteral("scale=640:360,fps=25"), QStringLiteral("-c:v"),
                   QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"),
                   QStringLiteral("-g"), QStringLiteral("50"), QStringLiteral("-bf"),
                   QStringLiteral("0"), sub });
    if (!encode.waitForFinished(600000) || encode.exitCode() != 0) {
        err << "vigie-bench analytics: cannot encode the sub-stream clip with ffmpeg\n";
        report.note(QStringLiteral("CPU not measured: ffmpeg could not encode the clip."));
        return;
    }
    // The baseline: ffmpeg decoding every picture of the same stream, one thread, nothing kept.
    const double childrenBefore = childrenCpu_s();
    QProcess decode;
    decode.start(QStringLiteral("ffmpeg"),
                 { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-threads"),
                   QStringLiteral("1"), QStringLiteral("-i"), sub, QStringLiteral("-f"),
                   QStringLiteral("null"), QStringLiteral("-") });
    decode.waitForFinished(600000);
    const double ffmpeg_s = childrenCpu_s() - childrenBefore;

    const int cores = std::max(1, QThread::idealThreadCount());
    DetectorConfig c;
    c.camera = 1;
    c.name = QStringLiteral("bench");
    c.zone = { { 0.05, 0.3 }, { 0.95, 0.3 }, { 0.95, 0.95 }, { 0.05, 0.95 } };
    c.line = QLineF(0.30, 0.32, 0.30, 0.565);
    for (DetectorKind kind :
         { DetectorKind::Line, DetectorKind::Intrusion, DetectorKind::Occupancy,
           DetectorKind::WrongWay, DetectorKind::Loitering, DetectorKind::Stationary }) {
        c.kind = kind;
        const Run run = analyseFile(sub, c, kRate, 320);
        if (run.pictures == 0 || run.video_s <= 0)
            continue;
        const double perPicture_ms = run.detector_s / double(run.pictures) * 1000;
        // Per second of a live camera: every picture decoded (what ffmpeg alone costs), 5 of
        // them scaled to 320 px grey and fed to the detector.
        const double decodePerSecond = ffmpeg_s / run.video_s;
        const double vigiePerSecond = run.total_s / run.video_s;
        const double streams = double(cores) / vigiePerSecond;
        report.add({ QStringLiteral("%1: CPU per analysed picture (320 px grey)")
                         .arg(analytics::kindName(kind)),
                     QStringLiteral("%1 ms").arg(perPicture_ms, 0, 'f', 2), QString(), QString(),
                     QString(), Measure::Verdict::NoTarget });
        report.add({ QStringLiteral("%1: sub-streams decoded and analysed at 5 fps on %2 cores")
                         .arg(analytics::kindName(kind))
                         .arg(cores),
                     QStringLiteral("%1").arg(std::floor(streams)),
                     QStringLiteral("%1 decoded alone").arg(std::floor(cores / decodePerSecond)),
                     costRatioOfDurations(vigiePerSecond, decodePerSecond), QStringLiteral(">= 40"),
                     streams >= 40 ? Measure::Verdict::Met : Measure::Verdict::NotMet });
    }
    report.note(QStringLiteral(
        "Sub-stream: vtest.avi as H.264 640x360, 25 pictures/s. Vigie's figure decodes every "
        "picture (our demuxer and decoder, one thread), samples 5 a second scaled to 320 px "
        "grey and runs the detector; the baseline is `ffmpeg -threads 1 -f null` decoding the "
        "same stream. Streams = cores / CPU seconds per second of stream."));
}

} // namespace

int runAnalyticsBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options options;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--markdown")) {
            options.markdown = true;
        } else {
            out << "vigie-bench analytics [--markdown]\n"
                   "  the detectors against bench/analytics' ground truth and generated scenes,\n"
                   "  and their CPU cost beside ffmpeg decoding the same sub-streams\n";
            return arg == QLatin1String("--help") ? 0 : 2;
        }
    }
    if (!QFile::exists(kVtest)) {
        err << "vigie-bench analytics: " << kVtest << " is missing (scripts/setup installs "
            << "opencv-doc)\n";
        return 1;
    }
    QTemporaryDir dir;
    const MachineInfo machine = MachineInfo::probe(dir.path());
    Report report(QStringLiteral("Video analytics: ground truth and CPU"));
    lineAgainstTruth(report, options);
    zoneAgainstTruth(report, options);
    generatedScenes(report);
    cost(report, dir, err);
    report.print(out, machine, options.markdown);
    return 0;
}

} // namespace vigie::bench
