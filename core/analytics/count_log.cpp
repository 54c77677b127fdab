#include "core/analytics/count_log.h"

#include "core/access/access_policy.h"
#include "core/common/pdf_document.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace vigie::analytics {
namespace {

qint64 intervalStart(qint64 t_ms)
{
    return t_ms - ((t_ms % kCountInterval_ms) + kCountInterval_ms) % kCountInterval_ms;
}

QDateTime stepStart(const QDateTime &t, ReportStep step)
{
    const QDate day = t.date();
    const QTime time = step == ReportStep::Hour ? QTime(t.time().hour(), 0) : QTime(0, 0);
    return QDateTime(day, time, t.timeZone());
}

QDateTime nextStep(const QDateTime &t, ReportStep step)
{
    // By the calendar, not by 3,600 s: a day of the clock change still starts at midnight.
    return step == ReportStep::Hour ? stepStart(t.addSecs(3600), step)
                                    : QDateTime(t.date().addDays(1), QTime(0, 0), t.timeZone());
}

QString percent(double share)
{
    return share < 0 ? QString() : QString::number(share * 100, 'f', 1);
}

} // namespace

QString CountReport::directionLabel(const QString &direction)
{
    if (direction == QLatin1String("left_to_right"))
        return CountLog::tr("left to right");
    if (direction == QLatin1String("right_to_left"))
        return CountLog::tr("right to left");
    if (direction == QLatin1String("top_to_bottom"))
        return CountLog::tr("top to bottom");
    if (direction == QLatin1String("bottom_to_top"))
        return CountLog::tr("bottom to top");
    return direction;
}

bool CountReport::Row::partlyWatched() const
{
    // A minute's slack: the watch is told every few seconds and a picture may be late.
    return watched_ms > 0 && watched_ms + 60 * 1000 < from.msecsTo(to);
}

qint64 CountReport::totalWatched_ms() const
{
    qint64 total = 0;
    for (const Row &row : rows)
        total += std::max<qint64>(0, row.watched_ms);
    return total;
}

namespace {

// The minutes watched as a report writes them: 0 for a step not watched, at least 1 for one
// watched, nothing when the counts were recorded without the time watched.
QString watchedMinutes(const CountReport::Row &row)
{
    if (row.watched_ms == 0)
        return QString();
    if (row.watched_ms < 0)
        return QStringLiteral("0");
    return QString::number(std::max<qint64>(1, (row.watched_ms + 30 * 1000) / (60 * 1000)));
}

} // namespace

QString CountReport::toCsv() const
{
    QStringList header { CountLog::tr("From"), CountLog::tr("To") };
    for (const QString &d : directions)
        header.append(directionLabel(d));
    if (hasOccupancy)
        header.append(CountLog::tr("Occupancy (%)"));
    // Last, so that a spreadsheet's formulas on the columns before keep their letters.
    if (hasCounts())
        header.append(CountLog::tr("Observed (min)"));
    QString text;
    const auto line = [&text](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(csvCell(c));
        text += quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    line(header);
    for (const Row &row : rows) {
        QStringList cells { row.from.toString(Qt::ISODate), row.to.toString(Qt::ISODate) };
        for (const QString &d : directions)
            cells.append(row.watched() ? QString::number(row.counts.value(d)) : QString());
        if (hasOccupancy)
            cells.append(percent(row.occupancy));
        if (hasCounts())
            cells.append(watchedMinutes(row));
        line(cells);
    }
    return text;
}

QString CountReport::toText() const
{
    QString text;
    QTextStream out(&text);
    out << CountLog::tr("From") << "\t\t";
    for (const QString &d : directions)
        out << '\t' << directionLabel(d);
    if (hasOccupancy)
        out << '\t' << CountLog::tr("Occupancy (%)");
    if (hasCounts())
        out << '\t' << CountLog::tr("Observed (min)");
    out << '\n';
    for (const Row &row : rows) {
        out << row.from.toString(QStringLiteral("dd/MM/yyyy HH:mm")) << '\t';
        for (const QString &d : directions) {
            out << '\t';
            if (row.watched())
                out << row.counts.value(d);
            else
                out << '-';
        }
        if (hasOccupancy)
            out << '\t' << (row.occupancy < 0 ? QStringLiteral("-") : percent(row.occupancy));
        if (hasCounts())
            out << '\t' << watchedMinutes(row);
        out << '\n';
    }
    out << CountLog::tr("Total") << "\t\t";
    for (const QString &d : directions)
        out << '\t' << totals.value(d);
    if (hasCounts()) {
        if (hasOccupancy)
            out << '\t';
        out << '\t' << (totalWatched_ms() + 30 * 1000) / (60 * 1000);
    }
    out << '\n';
    if (hasCounts() || hasOccupancy)
        out << CountLog::tr(
            "-: not observed (no picture analysed: camera lost, analytics stopped). "
            "Fewer minutes observed than the hour or day has: the counts cover "
            "only those minutes.")
            << '\n';
    return text;
}

CountLog::CountLog(store::Database &db, journal::Journal &journal)
    : m_db(db), m_journal(journal) { }

template <typename Part>
void CountLog::spread(int camera, const QString &detector, qint64 from_ms, qint64 to_ms, Part part)
{
    for (qint64 start = intervalStart(from_ms); start < to_ms; start += kCountInterval_ms) {
        const qint64 piece = std::min(to_ms, start + kCountInterval_ms) - std::max(from_ms, start);
        if (piece > 0)
            part(m_pending[{ camera, detector, start }], piece);
    }
}

void CountLog::add(int camera, const QString &detector, const QList<AnalyticsEvent> &events)
{
    for (const AnalyticsEvent &e : events) {
        const qint64 from_ms = qint64(e.details.value(QStringLiteral("from_ms")).toDouble());
        if (e.type == QLatin1String("crossing") && !e.direction.isEmpty()) {
            m_pending[{ camera, detector, intervalStart(e.t_ms) }].counts[e.direction] += 1;
        } else if (e.type == QLatin1String("watched")) {
            // A stretch a line watched: each quarter it covers is recorded, with both its
            // directions, crossed or not.
            const QJsonArray directions = e.details.value(QStringLiteral("directions")).toArray();
            spread(camera, detector, from_ms, e.t_ms, [&directions](Pending &p, qint64 piece) {
                p.observed_ms += piece;
                for (const QJsonValue &d : directions) {
                    if (!p.counts.contains(d.toString()))
                        p.counts.insert(d.toString(), 0);
                }
            });
        } else if (e.type == QLatin1String("occupancy")) {
            // The detector's own interval (a minute by default), shared between the quarters it
            // spans.
            const double share = e.value;
            spread(camera, detector, from_ms, std::max(e.t_ms, from_ms + 1),
                   [share](Pending &p, qint64 piece) {
                       p.occupancy = true;
                       p.shareTime += share * double(piece);
                       p.observed_ms += piece;
                   });
        }
    }
}

Status CountLog::flush(qint64 now_ms, bool all)
{
    QList<journal::NewEvent> events;
    QList<Key> done;
    for (const auto &[key, pending] : m_pending) {
        const auto &[camera, detector, from_ms] = key;
        if (!all && from_ms + kCountInterval_ms + kCountFlushDelay_ms > now_ms)
            continue;
        QJsonObject counts;
        for (auto it = pending.counts.cbegin(); it != pending.counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonObject payload { { QStringLiteral("camera"), camera },
                              { QStringLiteral("detector"), detector },
                              { QStringLiteral("from_ms"), from_ms },
                              { QStringLiteral("to_ms"), from_ms + kCountInterval_ms },
                              { QStringLiteral("counts"), counts } };
        // A line's quarter carries the time it watched it too: its counts are then 0, not
        // unknown, where nobody crossed.
        if (pending.observed_ms > 0)
            payload.insert(QStringLiteral("observed_ms"), pending.observed_ms);
        if (pending.occupancy && pending.observed_ms > 0)
            payload.insert(QStringLiteral("share"),
                           pending.shareTime / double(pending.observed_ms));
        events.append({ QStringLiteral("system"), QStringLiteral("analytics.counts"),
                        QLatin1String(kCountObject),
                        QStringLiteral("%1/%2").arg(camera).arg(detector), QString(), payload });
        done.append(key);
    }
    if (events.isEmpty())
        return Status::success();
    const auto recorded = m_journal.recordAllProjected(
        events, [this](const journal::Event &ev) { return apply(m_db, ev); });
    if (!recorded.ok())
        return recorded.status(); // kept, tried again at the next flush
    for (const Key &key : std::as_const(done))
        m_pending.erase(key);
    return Status::success();
}

Result<CountReport> CountLog::report(const access::User &reader, int camera,
                                     const QString &detector, const QDateTime &from,
                                     const QDateTime &to, ReportStep step)
{
    access::AccessPolicy policy(m_db, m_journal);
    if (const Status allowed = policy.check(reader, access::Permission::ViewLive,
                                            QLatin1String(kCountObject), QString::number(camera));
        !allowed.ok())
        return Result<CountReport>(allowed);
    if (!from.isValid() || !to.isValid() || to <= from)
        return Result<CountReport>::failure(
            tr("The period of the report must end after it starts."));

    CountReport report;
    report.camera = camera;
    report.detector = detector;
    for (QDateTime t = stepStart(from, step); t < to; t = nextStep(t, step))
        report.rows.append({ t, nextStep(t, step), {}, -1, -1 }); // nothing observed yet
    if (report.rows.size() > 50000)
        return Result<CountReport>::failure(
            tr("This period is too long to report by hour: report it by day."));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT from_ms, direction, count, share, observed_ms, detector"
                             " FROM analytics_counts WHERE camera = ? AND (? OR detector = ?)"
                             " AND from_ms >= ? AND from_ms < ? ORDER BY from_ms"));
    q.addBindValue(camera);
    q.addBindValue(detector.isEmpty() ? 1 : 0); // all the camera's detectors
    q.addBindValue(detector.isNull() ? QStringLiteral("") : detector);
    q.addBindValue(report.rows.constFirst().from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return Result<CountReport>::failure(
            store::Database::describeError(tr("Cannot read the counts"), q.lastError()));
    QList<double> shareTime(report.rows.size(), 0);
    QList<qint64> observed(report.rows.size(), 0);
    // Per step, how long each line watched it: the camera's lines see the same pictures, so
    // the step reads as watched as long as the longest of them, not their sum.
    QList<QHash<QString, qint64>> watched(report.rows.size());
    QSet<QString> directions;
    qsizetype r = 0;
    while (q.next()) {
        const QDateTime at
            = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), from.timeZone());
        while (r + 1 < report.rows.size() && at >= report.rows[r].to)
            ++r;
        CountReport::Row &row = report.rows[r];
        const QString direction = q.value(1).toString();
        if (direction.isEmpty() && !q.value(3).isNull()) {
            report.hasOccupancy = true;
            shareTime[r] += q.value(3).toDouble() * q.value(4).toDouble();
            observed[r] += q.value(4).toLongLong();
        } else if (direction.isEmpty()) {
            watched[r][q.value(5).toString()] += q.value(4).toLongLong();
        } else {
            directions.insert(direction);
            row.counts[direction] += q.value(2).toInt();
            report.totals[direction] += q.value(2).toInt();
            row.watched_ms = std::max<qint64>(row.watched_ms, 0);
        }
    }
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        if (observed[i] > 0)
            report.rows[i].occupancy = shareTime[i] / double(observed[i]);
        for (const qint64 ms : std::as_const(watched[i]))
            report.rows[i].watched_ms = std::max(report.rows[i].watched_ms, ms);
    }
    report.directions = QStringList(directions.cbegin(), directions.cend());
    std::sort(report.directions.begin(), report.directions.end());
    return report;
}

Result<int> CountLog::purgeBefore(const QDateTime &before, const QString &user)
{
    const qint64 before_ms = before.toMSecsSinceEpoch();
    int count = 0;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT COUNT(DISTINCT event_id) FROM analytics_counts WHERE to_ms <= ?"));
        q.addBindValue(before_ms);
        if (!q.exec() || !q.next())
            return Result<int>::failure(
                store::Database::describeError(tr("Cannot read the counts"), q.lastError()));
        count = q.value(0).toInt();
    }
    if (count == 0)
        return Result<int>(0);
    const auto purged = m_journal.record(
        { user,
          QStringLiteral("analytics.counts_purge"),
          QLatin1String(kCountObject),
          QString(),
          tr("retention of the video analytics' counts"),
          { { QStringLiteral("count"), count }, { QStringLiteral("before_ms"), before_ms } } },
        [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM analytics_counts WHERE to_ms <= ?"));
            q.addBindValue(before_ms);
            if (!q.exec())
                return Status::failure(
                    store::Database::describeError(tr("Cannot purge the counts"), q.lastError()));
            return Status::success();
        });
    if (!purged.ok())
        return Result<int>(purged.status());
    return Result<int>(count);
}

Status CountLog::apply(store::Database &db, const journal::Event &event)
{
    if (event.action != QLatin1String("analytics.counts"))
        return Status::success();
    const QJsonObject &d = event.payload;
    const QString id = event.uuid.toString(QUuid::WithoutBraces);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO analytics_counts (event_id, camera, detector,"
                             " from_ms, to_ms, direction, count, share, observed_ms)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto insert = [&](const QString &direction, int count, const QVariant &share,
                            qint64 observed_ms) -> Status {
        q.bindValue(0, id);
        q.bindValue(1, d.value(QStringLiteral("camera")).toInt());
        q.bindValue(2, d.value(QStringLiteral("detector")).toString());
        q.bindValue(3, qint64(d.value(QStringLiteral("from_ms")).toDouble()));
        q.bindValue(4, qint64(d.value(QStringLiteral("to_ms")).toDouble()));
        q.bindValue(5, direction);
        q.bindValue(6, count);
        q.bindValue(7, share);
        q.bindValue(8, observed_ms);
        if (!q.exec())
            return Status::failure(store::Database::describeError(
                tr("Cannot record the counts of %1").arg(event.objectId), q.lastError()));
        return Status::success();
    };
    const QJsonObject counts = d.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.key().isEmpty())
            continue;
        if (const Status s = insert(it.key(), it.value().toInt(), QVariant(), 0); !s.ok())
            return s;
    }
    // One row with an empty direction per event: the lane's share and the time it was watched,
    // or (no share) the time the line watched the quarter.
    const qint64 observed_ms = qint64(d.value(QStringLiteral("observed_ms")).toDouble());
    if (d.contains(QStringLiteral("share")))
        return insert(QStringLiteral(""), 0, d.value(QStringLiteral("share")).toDouble(),
                      observed_ms);
    if (observed_ms > 0)
        return insert(QStringLiteral(""), 0, QVariant(), observed_ms);
    return Status::success();
}

Status CountLog::project(store::Database &db, const journal::Event &event)
{
    return apply(db, event);
}

} // namespace vigie::analytics
