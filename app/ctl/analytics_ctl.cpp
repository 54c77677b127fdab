#include "app/ctl/analytics_ctl.h"

#include "core/access/auth_service.h"
#include "core/analytics/alarm_log.h"
#include "core/analytics/clip_reader.h"
#include "core/analytics/count_log.h"
#include "core/analytics/detector.h"
#include "core/analytics/detector_settings.h"
#include "core/journal/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace vigie::ctl {
namespace {

struct AnalyticsCtl
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ctl::AnalyticsCtl)
};

const QCommandLineOption kDetector(QStringLiteral("detector"), QString(), QStringLiteral("KIND"));
const QCommandLineOption kLine(QStringLiteral("line"), QString(), QStringLiteral("X1,Y1,X2,Y2"));
const QCommandLineOption kZone(QStringLiteral("zone"), QString(), QStringLiteral("X,Y;..."));
const QCommandLineOption kDirection(QStringLiteral("direction"), QString(),
                                    QStringLiteral("DIRECTION"));
const QCommandLineOption kFps(QStringLiteral("fps"), QString(), QStringLiteral("N"));
const QCommandLineOption kWidth(QStringLiteral("width"), QString(), QStringLiteral("PIXELS"));
const QCommandLineOption kSensitivity(QStringLiteral("sensitivity"), QString(),
                                      QStringLiteral("0..1"));
const QCommandLineOption kMinArea(QStringLiteral("min-area"), QString(), QStringLiteral("SHARE"));
const QCommandLineOption kMinDuration(QStringLiteral("min-duration"), QString(),
                                      QStringLiteral("S"));
const QCommandLineOption kThreshold(QStringLiteral("threshold"), QString(),
                                    QStringLiteral("SHARE"));
const QCommandLineOption kHold(QStringLiteral("hold"), QString(), QStringLiteral("S"));
const QCommandLineOption kStationary(QStringLiteral("stationary"), QString(), QStringLiteral("S"));
const QCommandLineOption kRecheck(QStringLiteral("recheck"), QString(), QStringLiteral("S"));
const QCommandLineOption kLoiter(QStringLiteral("loiter"), QString(), QStringLiteral("S"));
const QCommandLineOption kMinObjects(QStringLiteral("min-objects"), QString(), QStringLiteral("N"));
const QCommandLineOption kSchedule(QStringLiteral("schedule"), QString(),
                                   QStringLiteral("HH:MM-HH:MM@DAYS;..."));
const QCommandLineOption kComment(QStringLiteral("comment"), QString(), QStringLiteral("TEXT"));
const QCommandLineOption kOpen(QStringLiteral("open"));
const QCommandLineOption kBy(QStringLiteral("by"), QString(), QStringLiteral("hour|day"));

// A --from or --to: a date and time, or a date (--to a date: through that whole day).
std::optional<QDateTime> reportTime(const QCommandLineParser &p, const QString &name,
                                    QTextStream &err)
{
    const QString text = p.value(name);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    QDateTime time = day.isValid()
        ? QDateTime(name == QLatin1String("to") ? day.addDays(1) : day, QTime(0, 0))
        : QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        err << AnalyticsCtl::tr("\"%1\" is not a date or time: write 2026-11-25 or "
                                "2026-11-25T22:00.")
                   .arg(text)
            << '\n';
        return std::nullopt;
    }
    return time;
}

// `option`'s value through `parse` into `*target`, when the option is given; prints why not and
// returns false.
template <typename T, typename Parse>
bool parsed(const QCommandLineParser &p, const QCommandLineOption &option, QTextStream &err,
            Parse parse, T *target)
{
    if (!p.isSet(option))
        return true;
    const auto result = parse(p.value(option));
    if (!result.ok()) {
        err << result.error() << '\n';
        return false;
    }
    *target = result.value();
    return true;
}

// The configuration the options describe, over `config`. Prints why not and returns false.
bool configFromOptions(const QCommandLineParser &p, QTextStream &err, analytics::DetectorConfig *c)
{
    if (p.isSet(kDetector)) {
        const auto kind = analytics::kindFromName(p.value(kDetector));
        if (!kind) {
            err << AnalyticsCtl::tr(
                       "Unknown detector \"%1\": line, intrusion, occupancy, stationary, wrongway "
                       "or loitering.")
                       .arg(p.value(kDetector))
                << '\n';
            return false;
        }
        c->kind = *kind;
    }
    if (!parsed(p, kZone, err, &analytics::DetectorConfig::parseZone, &c->zone)
        || !parsed(p, kLine, err, &analytics::DetectorConfig::parseLine, &c->line)
        || !parsed(p, kDirection, err, &analytics::DetectorConfig::parseDirection,
                   &c->direction_deg)
        || !parsed(p, kSchedule, err, &analytics::Schedule::parse, &c->schedule))
        return false;
    const QList<QPair<const QCommandLineOption *, double *>> reals {
        { &kSensitivity, &c->sensitivity },
        { &kMinArea, &c->minArea },
        { &kMinDuration, &c->minDuration_s },
        { &kThreshold, &c->threshold },
        { &kHold, &c->hold_s },
        { &kStationary, &c->stationary_s },
        { &kRecheck, &c->recheck_s },
        { &kLoiter, &c->loiter_s },
    };
    for (const auto &[option, target] : reals) {
        if (!p.isSet(*option))
            continue;
        bool ok = false;
        const double value = p.value(*option).toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            err << AnalyticsCtl::tr("--%1 takes a number, not \"%2\".")
                       .arg(option->names().constFirst(), p.value(*option))
                << '\n';
            return false;
        }
        *target = value;
    }
    if (p.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        c->interval_s = p.value(QStringLiteral("interval")).toDouble(&ok);
        if (!ok) {
            err << AnalyticsCtl::tr("--interval takes a number of seconds.") << '\n';
            return false;
        }
    }
    if (p.isSet(kMinObjects)) {
        bool ok = false;
        c->minObjects = p.value(kMinObjects).toInt(&ok);
        if (!ok) {
            err << AnalyticsCtl::tr("--min-objects takes a number.") << '\n';
            return false;
        }
    }
    const Status checked = c->check();
    if (!checked.ok()) {
        err << checked.error() << '\n';
        return false;
    }
    return true;
}

// The events and directions in the reader's language, for the text output (JSON keeps codes).
QString word(const QString &code)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("intrusion"), QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "intrusion") },
        { QStringLiteral("crossing"), QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "crossing") },
        { QStringLiteral("occupancy"), QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "occupancy") },
        { QStringLiteral("saturation"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "saturation") },
        { QStringLiteral("saturation_end"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "end of saturation") },
        { QStringLiteral("stationary_seen"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "parked vehicle first seen") },
        { QStringLiteral("stationary_check"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "parked vehicle still there") },
        { QStringLiteral("stationary"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "abandoned vehicle") },
        { QStringLiteral("wrongway"), QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "wrong way") },
        { QStringLiteral("loitering"), QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "loitering") },
        { QStringLiteral("gathering"), QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "gathering") },
        { QStringLiteral("left_to_right"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "left to right") },
        { QStringLiteral("right_to_left"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "right to left") },
        { QStringLiteral("top_to_bottom"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "top to bottom") },
        { QStringLiteral("bottom_to_top"),
          QT_TRANSLATE_NOOP("vigie::ctl::AnalyticsCtl", "bottom to top") },
    };
    const char *text = words.value(code);
    return text ? AnalyticsCtl::tr(text) : code;
}

QString describe(const analytics::DetectorConfig &c)
{
    QStringList parts {
        QStringLiteral("%1\t%2\t%3").arg(c.camera).arg(c.name, analytics::kindName(c.kind))
    };
    if (!c.zone.isEmpty()) {
        QStringList points;
        for (const QPointF &p : c.zone)
            points.append(QStringLiteral("%1,%2").arg(p.x()).arg(p.y()));
        parts.append(QStringLiteral("zone=") + points.join(QLatin1Char(';')));
    }
    if (c.kind == analytics::DetectorKind::Line)
        parts.append(QStringLiteral("line=%1,%2,%3,%4")
                         .arg(c.line.x1())
                         .arg(c.line.y1())
                         .arg(c.line.x2())
                         .arg(c.line.y2()));
    if (c.kind == analytics::DetectorKind::WrongWay)
        parts.append(QStringLiteral("direction=%1").arg(c.direction_deg));
    parts.append(QStringLiteral("sensitivity=%1").arg(c.sensitivity));
    if (!c.schedule.windows.isEmpty())
        parts.append(QStringLiteral("schedule=") + c.schedule.toString());
    return parts.join(QLatin1Char('\t'));
}

} // namespace

QList<QCommandLineOption> analyticsOptions()
{
    return { kDetector,   kLine,        kZone,      kDirection, kFps,        kWidth,   kSensitivity,
             kMinArea,    kMinDuration, kThreshold, kHold,      kStationary, kRecheck, kLoiter,
             kMinObjects, kSchedule,    kComment,   kOpen,      kBy };
}

QString analyticsHelp()
{
    // Syntax as typed, then what it does in the reader's language: one line each.
    const QList<QPair<QString, QString>> commands {
        { QStringLiteral("  analyze FILE --detector "
                         "line|intrusion|occupancy|stationary|wrongway|loitering\n"
                         "      [--line X1,Y1,X2,Y2] [--zone X,Y;X,Y;...] "
                         "[--direction DEG|right|down|left|up]\n"
                         "      [--fps N] [--width PIXELS] [--interval S] [--format json|text]"),
          AnalyticsCtl::tr("run a detector on a video file: its events, counts per direction") },
        { QStringLiteral("* analytics set CAMERA NAME --detector KIND [--zone ...] [--line ...]\n"
                         "      [--direction ...] [--sensitivity 0..1] [--min-area SHARE] "
                         "[--min-duration S]\n"
                         "      [--threshold SHARE] [--hold S] [--stationary S] [--recheck S] "
                         "[--loiter S]\n"
                         "      [--min-objects N] [--interval S] "
                         "[--schedule HH:MM-HH:MM@DAYS;...]"),
          AnalyticsCtl::tr("add or change a camera's detector (chefs de salle)") },
        { QStringLiteral("* analytics remove CAMERA NAME"),
          AnalyticsCtl::tr("remove a camera's detector (chefs de salle)") },
        { QStringLiteral("  analytics list [--camera N] [--format json]"),
          AnalyticsCtl::tr("list the detectors of every camera, or of one") },
        { QStringLiteral("  analytics alarms [--open] [--format json]"),
          AnalyticsCtl::tr("list the alarms raised, newest first (--open: not acknowledged)") },
        { QStringLiteral("* analytics ack ALARM [--comment TEXT]"),
          AnalyticsCtl::tr("acknowledge an alarm (journaled)") },
        { QStringLiteral("* analytics report --camera N [--detector NAME] --from DATE --to DATE\n"
                         "      [--by hour|day] [--format text|csv] [--output FILE]"),
          AnalyticsCtl::tr("counts per direction and occupancy, per hour or day (those who "
                           "may watch live)") },
    };
    QString text = QLatin1Char('\n')
        + AnalyticsCtl::tr("Video analytics (zones and lines in picture coordinates, 0..1 from the "
                           "top left):")
        + QLatin1Char('\n');
    for (const auto &[syntax, what] : commands)
        text += syntax + QStringLiteral("\n                               ") + what
            + QLatin1Char('\n');
    return text;
}

int analyzeCommand(const QCommandLineParser &p, Io io)
{
    const QStringList words = p.positionalArguments();
    if (words.size() != 2 || !p.isSet(kDetector)) {
        io.err << AnalyticsCtl::tr(
            "analyze takes one FILE and --detector KIND (see vigiectl --help).")
               << '\n';
        return 2;
    }
    analytics::DetectorConfig config;
    config.camera = 1;
    config.name = QStringLiteral("analyze");
    // A file is seconds long: durations in seconds unless given.
    config.hold_s = 10;
    config.loiter_s = 30;
    config.recheck_s = 10;
    config.stationary_s = 60;
    config.interval_s = 10;
    if (!configFromOptions(p, io.err, &config))
        return 1;
    const bool json = p.value(QStringLiteral("format")) == QLatin1String("json");
    double fps = 5;
    if (p.isSet(kFps)) {
        bool ok = false;
        fps = p.value(kFps).toDouble(&ok);
        if (!ok || fps < 0 || fps > 120) {
            io.err << AnalyticsCtl::tr(
                "--fps takes a number of pictures per second (0: every picture).")
                   << '\n';
            return 2;
        }
    }
    const int width = p.isSet(kWidth) ? p.value(kWidth).toInt() : 320;

    analytics::ClipReader reader;
    if (const Status opened = reader.open(words.value(1), fps, width); !opened.ok()) {
        io.err << opened.error() << '\n';
        return 1;
    }
    auto detector = analytics::Detector::create(config);
    detector->setScheduleApplies(false);
    QJsonArray events;
    QMap<qint64, QMap<QString, int>> perInterval; // interval start (s) -> direction -> count
    const qint64 interval_ms = qint64(config.interval_s * 1000);
    analytics::Picture picture;
    qint64 pictures = 0;
    while (reader.next(picture)) {
        ++pictures;
        for (const analytics::AnalyticsEvent &e : detector->feed(picture.grey, picture.t_ms)) {
            QJsonObject o = e.toJson();
            o.insert(QStringLiteral("frame"), picture.frame);
            events.append(o);
            if (e.type == QLatin1String("crossing"))
                perInterval[e.t_ms / interval_ms * interval_ms / 1000][e.direction] += 1;
            if (!json)
                io.out << AnalyticsCtl::tr("frame %1\t%2 s\t%3%4")
                              .arg(picture.frame)
                              .arg(double(e.t_ms) / 1000.0, 0, 'f', 1)
                              .arg(word(e.type),
                                   e.direction.isEmpty() ? (
                                       e.value != 0 ? QStringLiteral(" %1").arg(e.value, 0, 'f', 2)
                                                    : QString())
                                                         : QStringLiteral(" ") + word(e.direction))
                       << '\n';
        }
    }
    if (pictures == 0) {
        io.err
            << (reader.error().isEmpty()
                    ? AnalyticsCtl::tr("No picture could be decoded from %1.").arg(words.value(1))
                    : reader.error())
            << '\n';
        return 1;
    }
    const QMap<QString, int> counts = detector->counts();
    if (json) {
        QJsonObject countsJson;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            countsJson.insert(it.key(), it.value());
        QJsonArray intervals;
        for (auto it = perInterval.constBegin(); it != perInterval.constEnd(); ++it) {
            QJsonObject c;
            for (auto d = it->constBegin(); d != it->constEnd(); ++d)
                c.insert(d.key(), d.value());
            intervals.append(QJsonObject { { QStringLiteral("from_s"), it.key() },
                                           { QStringLiteral("counts"), c } });
        }
        QJsonObject result { { QStringLiteral("file"), words.value(1) },
                             { QStringLiteral("detector"), config.toJson() },
                             { QStringLiteral("fps"), fps },
                             { QStringLiteral("pictures_analysed"), pictures },
                             { QStringLiteral("pictures_decoded"), reader.decodedPictures() },
                             { QStringLiteral("events"), events },
                             { QStringLiteral("counts"), countsJson },
                             { QStringLiteral("intervals"), intervals } };
        if (!reader.error().isEmpty())
            result.insert(QStringLiteral("error"), reader.error());
        io.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            io.out << AnalyticsCtl::tr("%1: %2").arg(word(it.key())).arg(it.value()) << '\n';
        io.out
            << AnalyticsCtl::tr("%1 pictures analysed, %2 events.").arg(pictures).arg(events.size())
            << '\n';
    }
    if (!reader.error().isEmpty()) {
        io.err << reader.error() << '\n';
        return 1;
    }
    return 0;
}

namespace {

int reportCommand(const QCommandLineParser &p, Io io, store::Database &db,
                  journal::Journal &journal, const Authenticate &authenticate)
{
    bool ok = false;
    const int camera = p.value(QStringLiteral("camera")).toInt(&ok);
    const QString by = p.isSet(kBy) ? p.value(kBy) : QStringLiteral("hour");
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format"))
                                                             : QStringLiteral("text");
    if (!ok || !p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to"))
        || (by != QLatin1String("hour") && by != QLatin1String("day"))
        || (format != QLatin1String("text") && format != QLatin1String("csv"))) {
        io.err << AnalyticsCtl::tr("analytics report takes --camera N --from DATE --to DATE, "
                                   "and may take --detector NAME, --by hour|day, "
                                   "--format text|csv, --output FILE.")
               << '\n';
        return 2;
    }
    const auto from = reportTime(p, QStringLiteral("from"), io.err);
    const auto to = reportTime(p, QStringLiteral("to"), io.err);
    if (!from || !to)
        return 2;
    const auto reader = authenticate();
    if (!reader)
        return 1;
    analytics::CountLog counts(db, journal);
    const auto report = counts.report(*reader, camera, p.value(kDetector), *from, *to,
                                      by == QLatin1String("day") ? analytics::ReportStep::Day
                                                                 : analytics::ReportStep::Hour);
    if (!report.ok()) {
        io.err << report.error() << '\n';
        return 1;
    }
    const QString text
        = format == QLatin1String("csv") ? report.value().toCsv() : report.value().toText();
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        io.out << text;
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        io.err << AnalyticsCtl::tr("Cannot write %1: %2").arg(output, file.errorString()) << '\n';
        return 1;
    }
    io.out << AnalyticsCtl::tr("Report written to %1.").arg(output) << '\n';
    return 0;
}

} // namespace

int analyticsCommand(const QCommandLineParser &p, Io io, store::Database &db,
                     journal::Journal &journal, const Authenticate &authenticate)
{
    const QStringList words = p.positionalArguments();
    const QString sub = words.value(1);
    const bool json = p.value(QStringLiteral("format")) == QLatin1String("json");
    analytics::DetectorSettings settings(db, journal);
    analytics::AlarmLog alarms(db, journal);
    if (sub == QLatin1String("list")) {
        const int camera = p.value(QStringLiteral("camera")).toInt();
        QJsonArray array;
        for (const analytics::DetectorConfig &c : settings.list(camera)) {
            if (json)
                array.append(c.toJson());
            else
                io.out << describe(c) << '\n';
        }
        if (json)
            io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (sub == QLatin1String("alarms")) {
        QJsonArray array;
        for (const analytics::Alarm &a : alarms.list(p.isSet(kOpen))) {
            if (json) {
                array.append(QJsonObject { { QStringLiteral("id"), a.id },
                                           { QStringLiteral("camera"), a.camera },
                                           { QStringLiteral("detector"), a.detector },
                                           { QStringLiteral("type"), a.type },
                                           { QStringLiteral("at"), a.at.toString(Qt::ISODate) },
                                           { QStringLiteral("acknowledged_by"), a.acknowledgedBy },
                                           { QStringLiteral("comment"), a.comment } });
            } else {
                io.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                              .arg(a.id, a.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")))
                              .arg(a.camera)
                              .arg(a.detector, a.type,
                                   a.acknowledgedBy.isEmpty() ? AnalyticsCtl::tr("open")
                                                              : a.acknowledgedBy)
                       << '\n';
            }
        }
        if (json)
            io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (sub == QLatin1String("set") || sub == QLatin1String("remove")) {
        bool ok = false;
        const int camera = words.value(2).toInt(&ok);
        // A new detector needs its kind; a change keeps what it does not name.
        const auto existing = ok ? settings.find(camera, words.value(3)) : std::nullopt;
        if (words.size() != 4 || !ok
            || (sub == QLatin1String("set") && !existing && !p.isSet(kDetector))) {
            io.err << AnalyticsCtl::tr(
                "analytics set takes CAMERA NAME --detector KIND, analytics remove "
                "CAMERA NAME (see vigiectl --help).")
                   << '\n';
            return 2;
        }
        analytics::DetectorConfig config = existing.value_or(analytics::DetectorConfig());
        config.camera = camera;
        config.name = words.value(3);
        if (sub == QLatin1String("set") && !configFromOptions(p, io.err, &config))
            return 1;
        const auto actor = authenticate();
        if (!actor)
            return 1;
        const Status done = sub == QLatin1String("set")
            ? settings.set(*actor, config)
            : settings.remove(*actor, camera, words.value(3));
        if (!done.ok()) {
            io.err << done.error() << '\n';
            return 1;
        }
        io.out << (sub == QLatin1String("set")
                       ? AnalyticsCtl::tr("Detector %1 of camera %2 recorded.")
                       : AnalyticsCtl::tr("Detector %1 of camera %2 removed."))
                      .arg(words.value(3))
                      .arg(camera)
               << '\n';
        return 0;
    }
    if (sub == QLatin1String("report"))
        return reportCommand(p, io, db, journal, authenticate);
    if (sub == QLatin1String("ack")) {
        if (words.size() != 3) {
            io.err << AnalyticsCtl::tr("analytics ack takes one ALARM id.") << '\n';
            return 2;
        }
        const auto actor = authenticate();
        if (!actor)
            return 1;
        const Status done = alarms.acknowledge(*actor, words.value(2), p.value(kComment));
        if (!done.ok()) {
            io.err << done.error() << '\n';
            return 1;
        }
        io.out << AnalyticsCtl::tr("Alarm %1 acknowledged.").arg(words.value(2)) << '\n';
        return 0;
    }
    io.err << AnalyticsCtl::tr("Unknown analytics command \"%1\".").arg(sub) << '\n';
    return 2;
}

} // namespace vigie::ctl
