#include "core/analytics/count_log.h"

#include "core/access/access_policy.h"
#include "core/common/pdf_document.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

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

QString CountReport::toCsv() const
{
    QStringList header { CountLog::tr("From"), CountLog::tr("To") };
    for (const QString &d : directions)
        header.append(directionLabel(d));
    if (hasOccupancy)
        header.append(CountLog::tr("Occupancy (%)"));
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
            cells.append(QString::number(row.counts.value(d)));
        if (hasOccupancy)
            cells.append(percent(row.occupancy));
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
    out << '\n';
    for (const Row &row : rows) {
        out << row.from.toString(QStringLiteral("dd/MM/yyyy HH:mm")) << '\t';
        for (const QString &d : directions)
            out << '\t' << row.counts.value(d);
        if (hasOccupancy)
            out << '\t' << (row.occupancy < 0 ? QStringLiteral("-") : percent(row.occupancy));
        out << '\n';
    }
    out << CountLog::tr("Total") << "\t\t";
    for (const QString &d : directions)
        out << '\t' << totals.value(d);
    out << '\n';
    return text;
}

CountLog::CountLog(store::Database &db, journal::Journal &journal)
    : m_db(db), m_journal(journal) { }

void CountLog::add(int camera, const QString &detector, const QList<AnalyticsEvent> &events)
{
    for (const AnalyticsEvent &e : events) {
        if (e.type == QLatin1String("crossing") && !e.direction.isEmpty()) {
            m_pending[{ camera, detector, intervalStart(e.t_ms) }].counts[e.direction] += 1;
        } else if (e.type == QLatin1String("occupancy")) {
            // The detector's own interval (a minute by default) goes to the quarter it started
            // in: at most one minute of a quarter's occupancy is told in the next one.
            const qint64 from_ms = qint64(e.details.value(QStringLiteral("from_ms")).toDouble());
            const qint64 watched_ms = std::max<qint64>(1, e.t_ms - from_ms);
            Pending &p = m_pending[{ camera, detector, intervalStart(from_ms) }];
            p.shareTime += e.value * double(watched_ms);
            p.observed_ms += watched_ms;
        }
    }
}

Status CountLog::flush(qint64 now_ms, bool all)
{
    QList<journal::NewEvent> events;
    QList<Key> done;
    for (const auto &[key, pending] : m_pending) {
        const auto &[camera, detector, from_ms] = key;
        if (!all && from_ms + kCountInterval_ms > now_ms)
            continue;
        QJsonObject counts;
        for (auto it = pending.counts.cbegin(); it != pending.counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonObject payload { { QStringLiteral("camera"), camera },
                              { QStringLiteral("detector"), detector },
                              { QStringLiteral("from_ms"), from_ms },
                              { QStringLiteral("to_ms"), from_ms + kCountInterval_ms },
                              { QStringLiteral("counts"), counts } };
        if (pending.observed_ms > 0) {
            payload.insert(QStringLiteral("share"),
                           pending.shareTime / double(pending.observed_ms));
            payload.insert(QStringLiteral("observed_ms"), pending.observed_ms);
        }
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
        report.rows.append({ t, nextStep(t, step), {}, -1 });
    if (report.rows.size() > 50000)
        return Result<CountReport>::failure(
            tr("This period is too long to report by hour: report it by day."));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT from_ms, direction, count, share, observed_ms"
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
    QSet<QString> directions;
    qsizetype r = 0;
    while (q.next()) {
        const QDateTime at
            = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), from.timeZone());
        while (r + 1 < report.rows.size() && at >= report.rows[r].to)
            ++r;
        CountReport::Row &row = report.rows[r];
        const QString direction = q.value(1).toString();
        if (direction.isEmpty()) {
            report.hasOccupancy = true;
            shareTime[r] += q.value(3).toDouble() * q.value(4).toDouble();
            observed[r] += q.value(4).toLongLong();
        } else {
            directions.insert(direction);
            row.counts[direction] += q.value(2).toInt();
            report.totals[direction] += q.value(2).toInt();
        }
    }
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        if (observed[i] > 0)
            report.rows[i].occupancy = shareTime[i] / double(observed[i]);
    }
    report.directions = QStringList(directions.cbegin(), directions.cend());
    std::sort(report.directions.begin(), report.directions.end());
    return report;
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
    if (d.contains(QStringLiteral("share")))
        return insert(QStringLiteral(""), 0, d.value(QStringLiteral("share")).toDouble(),
                      qint64(d.value(QStringLiteral("observed_ms")).toDouble()));
    return Status::success();
}

Status CountLog::project(store::Database &db, const journal::Event &event)
{
    return apply(db, event);
}

} // namespace vigie::analytics
