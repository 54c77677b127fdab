#include "core/cameras/camera_health.h"

#include "core/cameras/camera.h"
#include "core/cameras/camera_status_board.h"
#include "core/common/logging.h"
#include "core/common/pdf_document.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QFont>
#include <QLocale>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace vigie::cameras {
namespace {

using Interval = std::pair<qint64, qint64>; // [start, end) in ms since the epoch

// Sorted, overlaps merged.
QList<Interval> merged(QList<Interval> spans)
{
    std::sort(spans.begin(), spans.end());
    QList<Interval> out;
    for (const Interval &span : std::as_const(spans)) {
        if (span.second <= span.first)
            continue;
        if (!out.isEmpty() && span.first <= out.last().second)
            out.last().second = qMax(out.last().second, span.second);
        else
            out.append(span);
    }
    return out;
}

qint64 overlap(const Interval &span, const QList<Interval> &watched)
{
    qint64 total = 0;
    for (const Interval &w : watched)
        total += qMax<qint64>(0, qMin(span.second, w.second) - qMax(span.first, w.first));
    return total;
}

QDateTime fromMs(qint64 ms, const QDateTime &like)
{
    return QDateTime::fromMSecsSinceEpoch(ms, like.timeZone());
}

} // namespace

QString downTimeText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return CameraHealthLog::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return CameraHealthLog::tr("%1 h %2 min")
            .arg(minutes / 60)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return CameraHealthLog::tr("%1 d %2 h").arg(minutes / 1440).arg((minutes % 1440) / 60);
}

QString availabilityText(const CameraAvailability &row)
{
    if (row.watched_ms <= 0)
        return CameraHealthLog::tr("not watched");
    return QLocale().toString(100.0 * row.ratio(), 'f', 1) + QStringLiteral(" %");
}

namespace {

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace

bool isDownState(StreamState state)
{
    return state == StreamState::Reconnecting || stateSeverity(state) == StateSeverity::Bad;
}

bool isUpState(StreamState state)
{
    return stateSeverity(state) == StateSeverity::Good;
}

CameraHealthLog::CameraHealthLog(store::Database &db, Clock clock)
    : m_db(db), m_clock(std::move(clock))
{
}

Status CameraHealthLog::beginWatch()
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    return store::inTransaction(m_db.connection(), [&]() -> Status {
        QSqlQuery q(m_db.connection());
        // Outages a stopped watch left open end where that watch was last seen alive.
        if (!q.exec(QStringLiteral(
                "UPDATE camera_outages SET ended_by = 'unwatched', ended_ms = MAX(started_ms,"
                " COALESCE((SELECT MAX(seen_ms) FROM camera_watches WHERE ended_ms IS NULL),"
                " started_ms)) WHERE ended_ms IS NULL"))
            || !q.exec(QStringLiteral(
                "UPDATE camera_watches SET ended_ms = seen_ms WHERE ended_ms IS NULL")))
            return Status::failure(store::Database::describeError(
                tr("Cannot close the last watch of the cameras"), q.lastError()));
        q.prepare(QStringLiteral("INSERT INTO camera_watches (started_ms, seen_ms) VALUES (?, ?)"));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return Status::failure(store::Database::describeError(
                tr("Cannot start watching the cameras' health"), q.lastError()));
        m_watch = q.lastInsertId().toLongLong();
        m_seenUp.clear();
        return Status::success();
    });
}

Status CameraHealthLog::heartbeat()
{
    if (m_watch == 0)
        return Status::success();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE camera_watches SET seen_ms = ? WHERE id = ?"));
    q.addBindValue(m_clock().toMSecsSinceEpoch());
    q.addBindValue(m_watch);
    if (!q.exec())
        return Status::failure(
            store::Database::describeError(tr("Cannot record the cameras' health"), q.lastError()));
    return Status::success();
}

Status CameraHealthLog::endWatch()
{
    if (m_watch == 0)
        return Status::success();
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const Status ended = store::inTransaction(m_db.connection(), [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE camera_outages SET ended_ms = MAX(started_ms, ?),"
                                 " ended_by = 'unwatched' WHERE ended_ms IS NULL"));
        q.addBindValue(now);
        if (!q.exec())
            return Status::failure(store::Database::describeError(
                tr("Cannot record the cameras' health"), q.lastError()));
        q.prepare(QStringLiteral("UPDATE camera_watches SET seen_ms = ?, ended_ms = ?"
                                 " WHERE id = ?"));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(m_watch);
        if (!q.exec())
            return Status::failure(store::Database::describeError(
                tr("Cannot record the cameras' health"), q.lastError()));
        return Status::success();
    });
    if (ended.ok())
        m_watch = 0;
    return ended;
}

Status CameraHealthLog::record(int cameraNumber, StreamState state, const QString &reason)
{
    const bool down = isDownState(state);
    if (!down && !isUpState(state))
        return Status::success();
    if (!down)
        m_seenUp.insert(cameraNumber);
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const auto failed = [&](const QSqlQuery &q) {
        return Status::failure(store::Database::describeError(
            tr("Cannot record the health of camera %1").arg(cameraNumber), q.lastError()));
    };
    QSqlQuery q(m_db.connection());
    if (!down) {
        q.prepare(
            QStringLiteral("UPDATE camera_outages SET ended_ms = MAX(started_ms, ?),"
                           " ended_by = 'back' WHERE camera_number = ? AND ended_ms IS NULL"));
        q.addBindValue(now);
        q.addBindValue(cameraNumber);
        return q.exec() ? Status::success() : failed(q);
    }
    q.prepare(QStringLiteral("SELECT id, ended_ms, ended_by FROM camera_outages"
                             " WHERE camera_number = ? ORDER BY started_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(cameraNumber);
    if (!q.exec())
        return failed(q);
    if (q.next()) {
        if (q.value(1).isNull())
            return Status::success(); // already down: the outage keeps its first reason
        // Down when the desk stopped watching, down again before it was seen up: the same
        // outage goes on (the gap was not watched, so it is not counted as down time).
        if (q.value(2).toString() == QLatin1String("unwatched")
            && !m_seenUp.contains(cameraNumber)) {
            const qint64 id = q.value(0).toLongLong();
            q.prepare(QStringLiteral("UPDATE camera_outages SET ended_ms = NULL, ended_by = ''"
                                     " WHERE id = ?"));
            q.addBindValue(id);
            return q.exec() ? Status::success() : failed(q);
        }
    }
    q.prepare(QStringLiteral("INSERT INTO camera_outages (camera_number, started_ms, state,"
                             " reason) VALUES (?, ?, ?, ?)"));
    q.addBindValue(cameraNumber);
    q.addBindValue(now);
    q.addBindValue(stateCode(state));
    q.addBindValue(reason);
    return q.exec() ? Status::success() : failed(q);
}

Result<QList<CameraOutage>> CameraHealthLog::outages(int cameraNumber, const QDateTime &from,
                                                     const QDateTime &to) const
{
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral(
        "SELECT camera_number, started_ms, ended_ms, state, reason, ended_by FROM camera_outages"
        " WHERE started_ms < ? AND (ended_ms IS NULL OR ended_ms > ?)");
    if (cameraNumber > 0)
        sql += QStringLiteral(" AND camera_number = ?");
    sql += QStringLiteral(" ORDER BY started_ms, id");
    q.prepare(sql);
    q.addBindValue(to.toMSecsSinceEpoch());
    q.addBindValue(from.toMSecsSinceEpoch());
    if (cameraNumber > 0)
        q.addBindValue(cameraNumber);
    if (!q.exec())
        return Result<QList<CameraOutage>>::failure(
            store::Database::describeError(tr("Cannot read the cameras' outages"), q.lastError()));
    QList<CameraOutage> list;
    while (q.next()) {
        CameraOutage outage;
        outage.cameraNumber = q.value(0).toInt();
        outage.start = fromMs(q.value(1).toLongLong(), from);
        if (!q.value(2).isNull())
            outage.end = fromMs(q.value(2).toLongLong(), from);
        outage.state = stateFromCode(q.value(3).toString());
        outage.reason = q.value(4).toString();
        outage.endedBy = q.value(5).toString();
        list.append(outage);
    }
    return Result<QList<CameraOutage>>(list);
}

Result<QList<CameraOutage>> CameraHealthLog::downNow() const
{
    const QDateTime now = m_clock();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT camera_number, started_ms, state, reason FROM"
                               " camera_outages WHERE ended_ms IS NULL ORDER BY started_ms, id")))
        return Result<QList<CameraOutage>>::failure(
            store::Database::describeError(tr("Cannot read the cameras' outages"), q.lastError()));
    QList<CameraOutage> list;
    while (q.next()) {
        CameraOutage outage;
        outage.cameraNumber = q.value(0).toInt();
        outage.start = fromMs(q.value(1).toLongLong(), now);
        outage.state = stateFromCode(q.value(2).toString());
        outage.reason = q.value(3).toString();
        list.append(outage);
    }
    return Result<QList<CameraOutage>>(list);
}

Result<QList<CameraAvailability>> CameraHealthLog::availability(const QList<Camera> &cameras,
                                                                const QDateTime &from,
                                                                const QDateTime &to) const
{
    using Rows = Result<QList<CameraAvailability>>;
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const qint64 begin = from.toMSecsSinceEpoch();
    const qint64 end = qMin(to.toMSecsSinceEpoch(), now);
    QList<Interval> watchedSpans;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, started_ms, COALESCE(ended_ms, seen_ms)"
                                 " FROM camera_watches WHERE started_ms < ?"
                                 " AND COALESCE(ended_ms, seen_ms) > ? OR id = ?"));
        q.addBindValue(end);
        q.addBindValue(begin);
        q.addBindValue(m_watch);
        if (!q.exec())
            return Rows::failure(store::Database::describeError(
                tr("Cannot read the cameras' health"), q.lastError()));
        while (q.next()) {
            // The watch running now lasts until now, whatever its last heartbeat said.
            const qint64 stop = q.value(0).toLongLong() == m_watch ? now : q.value(2).toLongLong();
            watchedSpans.append({ qMax(begin, q.value(1).toLongLong()), qMin(end, stop) });
        }
    }
    const QList<Interval> watched = merged(watchedSpans);
    qint64 watched_ms = 0;
    for (const Interval &span : watched)
        watched_ms += span.second - span.first;

    const auto found = outages(0, from, to);
    if (!found.ok())
        return Rows::failure(found.error());
    QHash<int, CameraAvailability> rows;
    for (const Camera &camera : cameras) {
        if (!camera.enabled || camera.retired)
            continue;
        CameraAvailability row;
        row.cameraNumber = camera.number;
        row.title = camera.title();
        row.zone = camera.zone;
        // A landlord's camera is never probed (no standing access): the desk sees it only in a
        // viewing session, so its availability is not known and is not claimed.
        row.watched_ms = camera.owner == CameraOwner::Bailleur ? 0 : watched_ms;
        rows.insert(camera.number, row);
    }
    for (const CameraOutage &outage : found.value()) {
        auto it = rows.find(outage.cameraNumber);
        if (it == rows.end())
            continue;
        const qint64 stop = outage.ongoing() ? now : outage.end.toMSecsSinceEpoch();
        it->down_ms += overlap({ outage.start.toMSecsSinceEpoch(), stop }, watched);
        ++it->outages;
        if (outage.ongoing())
            it->current = outage;
    }
    QList<CameraAvailability> list = rows.values();
    std::sort(list.begin(), list.end(),
              [](const CameraAvailability &a, const CameraAvailability &b) {
                  if (a.ratio() != b.ratio())
                      return a.ratio() < b.ratio();
                  const qint64 aSince = a.current ? a.current->start.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::max();
                  const qint64 bSince = b.current ? b.current->start.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::max();
                  if (aSince != bSince)
                      return aSince < bSince;
                  return a.cameraNumber < b.cameraNumber;
              });
    return Rows(list);
}

Result<int> CameraHealthLog::purgeBefore(journal::Journal &journal, const QDateTime &before,
                                         const QString &user)
{
    const qint64 cutoff = before.toMSecsSinceEpoch();
    int removed = 0;
    const journal::NewEvent event { user,
                                    QStringLiteral("camera_health.purge"),
                                    QStringLiteral("camera_health"),
                                    QString(),
                                    QString(),
                                    { { QStringLiteral("before"),
                                        before.toString(Qt::ISODateWithMs) } } };
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM camera_outages WHERE ended_ms < ?"));
    count.addBindValue(cutoff);
    if (!count.exec() || !count.next())
        return Result<int>::failure(store::Database::describeError(
            tr("Cannot purge the cameras' health"), count.lastError()));
    if (count.value(0).toInt() == 0)
        return Result<int>(0);
    journal::NewEvent withCount = event;
    withCount.payload.insert(QStringLiteral("outages"), count.value(0).toInt());
    const auto logged = journal.record(withCount, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM camera_outages WHERE ended_ms < ?"));
        q.addBindValue(cutoff);
        if (!q.exec())
            return Status::failure(store::Database::describeError(
                tr("Cannot purge the cameras' health"), q.lastError()));
        removed = q.numRowsAffected();
        q.prepare(QStringLiteral("DELETE FROM camera_watches WHERE ended_ms < ?"));
        q.addBindValue(cutoff);
        if (!q.exec())
            return Status::failure(store::Database::describeError(
                tr("Cannot purge the cameras' health"), q.lastError()));
        return Status::success();
    });
    if (!logged.ok())
        return Result<int>(logged.status());
    return Result<int>(removed);
}

CameraHealthMonitor::CameraHealthMonitor(CameraHealthLog &log, CameraStatusBoard &board,
                                         int alarmAfter_min, QObject *parent)
    : QObject(parent), m_log(log), m_board(board), m_alarmAfter_min(qMax(1, alarmAfter_min)),
      m_timer(new QTimer(this))
{
    connect(&board, &CameraStatusBoard::stateChanged, this,
            [this](int number, StreamState state, const QString &detail) {
                const Status recorded = m_log.record(number, state, detail);
                if (!recorded.ok())
                    emit problem(recorded.error());
            });
    connect(m_timer, &QTimer::timeout, this, [this] {
        const Status beat = m_log.heartbeat();
        if (!beat.ok())
            emit problem(beat.error());
        checkAlarms();
    });
}

CameraHealthMonitor::~CameraHealthMonitor()
{
    const Status ended = m_log.endWatch();
    if (!ended.ok())
        qCWarning(lcCameras).noquote() << ended.error();
}

void CameraHealthMonitor::start(int heartbeat_ms)
{
    const Status begun = m_log.beginWatch();
    if (!begun.ok())
        emit problem(begun.error());
    m_timer->start(heartbeat_ms);
}

void CameraHealthMonitor::checkAlarms()
{
    const auto down = m_log.downNow();
    if (!down.ok()) {
        emit problem(down.error());
        return;
    }
    const QDateTime now = m_log.clock()();
    for (const CameraOutage &outage : down.value()) {
        const Camera *camera = m_board.camera(outage.cameraNumber);
        if (!camera || !camera->enabled || camera->retired)
            continue;
        if (outage.start.secsTo(now) < qint64(m_alarmAfter_min) * 60)
            continue;
        const QString key = QStringLiteral("%1@%2")
                                .arg(outage.cameraNumber)
                                .arg(outage.start.toMSecsSinceEpoch());
        if (m_alarmed.contains(key))
            continue;
        m_alarmed.insert(key);
        emit longOutage(outage.cameraNumber, outage.start, outage.reason);
    }
}

namespace {

QStringList reportColumns()
{
    return { CameraHealthLog::tr("Camera"),       CameraHealthLog::tr("Zone"),
             CameraHealthLog::tr("Availability"), CameraHealthLog::tr("Down time"),
             CameraHealthLog::tr("Outages"),      CameraHealthLog::tr("Down since"),
             CameraHealthLog::tr("Last reason") };
}

QStringList reportRow(const CameraAvailability &row)
{
    return { row.title,
             row.zone,
             availabilityText(row),
             downTimeText(row.down_ms),
             QString::number(row.outages),
             row.current ? formatTime(row.current->start) : QString(),
             row.current ? row.current->reason : QString() };
}

QString reportTitle(const QDateTime &from, const QDateTime &to)
{
    return CameraHealthLog::tr("Camera availability from %1 to %2")
        .arg(formatTime(from), formatTime(to));
}

} // namespace

Result<QByteArray> exportHealthCsv(const QList<CameraAvailability> &rows, const QDateTime &from,
                                   const QDateTime &to, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<QByteArray>::failure(
            CameraHealthLog::tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto line = [](const QStringList &cells) -> QString {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(csvCell(cell));
        return quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    QString out;
    out += QChar(0xfeff); // BOM: spreadsheets then read the accents right
    out += line({ reportTitle(from, to) });
    out += line(reportColumns());
    for (const CameraAvailability &row : rows)
        out += line(reportRow(row));
    file.write(out.toUtf8());
    if (!file.commit())
        return Result<QByteArray>::failure(
            CameraHealthLog::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Result<QByteArray>(fileSha256(path));
}

Result<QByteArray> exportHealthPdf(const QList<CameraAvailability> &rows, const QDateTime &from,
                                   const QDateTime &to, const QString &commune, const QString &path)
{
    PdfSetup setup;
    setup.title = reportTitle(from, to);
    setup.runningHead = QStringLiteral("%1 — %2").arg(commune, setup.title);
    setup.footer = CameraHealthLog::tr("Maintenance report printed on %1")
                       .arg(formatTime(QDateTime::currentDateTime()));
    return writePdf(path, setup, [&](PdfComposer &pdf) {
        QFont big = pdf.bold();
        big.setPointSizeF(12);
        pdf.paragraph(commune, big);
        QFont title = pdf.bold();
        title.setPointSizeF(14);
        pdf.paragraph(setup.title, title);
        int down = 0;
        for (const CameraAvailability &row : rows)
            down += row.current ? 1 : 0;
        pdf.paragraph(CameraHealthLog::tr("%n camera(s) in service, ", nullptr, int(rows.size()))
                      + CameraHealthLog::tr("%n down at the time of printing.", nullptr, down));
        pdf.space(pdf.mm(2));
        QList<QStringList> cells;
        for (const CameraAvailability &row : rows)
            cells.append(reportRow(row));
        const QStringList columns = reportColumns();
        const qreal weights[] = { 60, 35, 25, 25, 18, 32, 78 };
        QList<PdfComposer::Column> layout;
        for (int i = 0; i < columns.size(); ++i)
            layout.append({ columns[i], weights[i] });
        pdf.table(layout, cells);
    });
}

} // namespace vigie::cameras
