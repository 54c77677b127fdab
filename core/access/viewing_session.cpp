#include "core/access/viewing_session.h"

#include "core/access/access_policy.h"
#include "core/common/logging.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace vigie::access {

namespace {

const QString kViewing = QStringLiteral("viewing");

QString iso(const QDateTime &t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

} // namespace

ViewingSession::ViewingSession(store::Database &db, journal::Journal &journal, AccessPolicy &policy,
                               User user)
    : m_db(db), m_journal(journal), m_policy(policy), m_user(std::move(user))
{
    const auto closed = closeUnfinished(m_db, m_journal, m_policy.clock()());
    if (!closed.ok())
        qCWarning(lcAccess).noquote() << closed.error();
}

Status ViewingSession::mayView(int cameraNumber, const QString &inseeCode, Attempt attempt)
{
    const Status allowed
        = m_policy.checkView(m_user, cameraNumber, inseeCode, AccessPolicy::Journaling::Never);
    if (allowed.ok()) {
        m_refused.remove(cameraNumber);
        return allowed;
    }
    if (attempt == Attempt::Repeat && m_refused.value(cameraNumber) == allowed.error())
        return allowed;
    m_refused.insert(cameraNumber, allowed.error());
    return m_policy.refuseView(m_user, cameraNumber, allowed.error());
}

void ViewingSession::setLinger(qint64 linger_ms)
{
    m_linger_ms = qMax<qint64>(0, linger_ms);
}

Status ViewingSession::setShown(const QSet<int> &cameras)
{
    const QDateTime now = m_policy.clock()();
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (!cameras.contains(it.key()) && !it->offSince.isValid())
            it->offSince = now;
    }
    for (int number : cameras) {
        if (number <= 0)
            continue;
        if (auto it = m_open.find(number); it != m_open.end()) {
            it->offSince = QDateTime();
            continue;
        }
        const journal::NewEvent event {
            m_user.login,
            QStringLiteral("view.start"),
            kViewing,
            QString::number(number),
            QString(),
            { { QStringLiteral("camera"), number }, { QStringLiteral("started_at"), iso(now) } }
        };
        const auto logged = m_journal.record(event, [&]() -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO open_views (camera_number,"
                                     " user_login, started_ms) VALUES (?, ?, ?)"));
            q.addBindValue(number);
            q.addBindValue(m_user.login);
            q.addBindValue(now.toMSecsSinceEpoch());
            if (!q.exec())
                return Status::failure(store::Database::describeError(
                    tr("Cannot record the viewing of camera %1").arg(number), q.lastError()));
            return Status::success();
        });
        if (!logged.ok())
            return logged.status();
        m_open.insert(number, { now, QDateTime() });
    }
    return sweep();
}

Status ViewingSession::sweep()
{
    const QDateTime now = m_policy.clock()();
    const QList<int> numbers = m_open.keys();
    for (int number : numbers) {
        const OpenView view = m_open.value(number);
        if (!view.offSince.isValid() || view.offSince.msecsTo(now) < m_linger_ms)
            continue;
        const Status closed = close(number, view.offSince, QStringLiteral("off_walls"));
        if (!closed.ok())
            return closed;
    }
    return Status::success();
}

QDateTime ViewingSession::nextSweepAt() const
{
    QDateTime next;
    for (const OpenView &view : m_open) {
        if (!view.offSince.isValid())
            continue;
        const QDateTime due = view.offSince.addMSecs(m_linger_ms);
        if (!next.isValid() || due < next)
            next = due;
    }
    return next;
}

Status ViewingSession::endAll(const QString &reason)
{
    const QList<int> numbers = m_open.keys();
    for (int number : numbers) {
        const Status closed = end(number, reason);
        if (!closed.ok())
            return closed;
    }
    return Status::success();
}

Status ViewingSession::end(int cameraNumber, const QString &reason)
{
    const auto it = m_open.constFind(cameraNumber);
    if (it == m_open.constEnd())
        return Status::success();
    // A camera already off the walls stopped being viewed when it left them.
    return close(cameraNumber, it->offSince.isValid() ? it->offSince : m_policy.clock()(), reason);
}

Status ViewingSession::close(int cameraNumber, const QDateTime &endedAt, const QString &reason)
{
    const OpenView view = m_open.value(cameraNumber);
    const journal::NewEvent event { m_user.login,
                                    QStringLiteral("view.end"),
                                    kViewing,
                                    QString::number(cameraNumber),
                                    QString(),
                                    { { QStringLiteral("camera"), cameraNumber },
                                      { QStringLiteral("started_at"), iso(view.started) },
                                      { QStringLiteral("ended_at"), iso(endedAt) },
                                      { QStringLiteral("reason"), reason } } };
    const auto logged = m_journal.record(event, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("DELETE FROM open_views WHERE camera_number = ? AND user_login = ?"));
        q.addBindValue(cameraNumber);
        q.addBindValue(m_user.login);
        if (!q.exec())
            return Status::failure(store::Database::describeError(
                tr("Cannot record the end of the viewing of camera %1").arg(cameraNumber),
                q.lastError()));
        return Status::success();
    });
    if (!logged.ok())
        return logged.status();
    m_open.remove(cameraNumber);
    return Status::success();
}

QDateTime ViewingSession::viewingEndsAt() const
{
    return m_policy.viewingEndsAt(m_user);
}

Result<int> ViewingSession::closeUnfinished(store::Database &db, journal::Journal &journal,
                                            const QDateTime &now)
{
    struct Left
    {
        int camera = 0;
        QString login;
        qint64 started_ms = 0;
    };
    QList<Left> left;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT camera_number, user_login, started_ms FROM open_views"
                                   " ORDER BY started_ms")))
            return Result<int>::failure(store::Database::describeError(
                tr("Cannot read the viewings left open"), q.lastError()));
        while (q.next())
            left.append({ q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong() });
    }
    for (const Left &view : left) {
        // When the workstation stopped is not known: the entry says so rather than guess.
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(view.started_ms, now.timeZone());
        const journal::NewEvent event { view.login,
                                        QStringLiteral("view.end"),
                                        kViewing,
                                        QString::number(view.camera),
                                        QString(),
                                        { { QStringLiteral("camera"), view.camera },
                                          { QStringLiteral("started_at"), iso(started) },
                                          { QStringLiteral("ended_at"), iso(now) },
                                          { QStringLiteral("end_known"), false },
                                          { QStringLiteral("reason"),
                                            QStringLiteral("unclosed") } } };
        const auto logged = journal.record(event, [&]() -> Status {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral(
                "DELETE FROM open_views WHERE camera_number = ? AND user_login = ?"));
            q.addBindValue(view.camera);
            q.addBindValue(view.login);
            if (!q.exec())
                return Status::failure(store::Database::describeError(
                    tr("Cannot close a viewing left open"), q.lastError()));
            return Status::success();
        });
        if (!logged.ok())
            return Result<int>(logged.status());
    }
    if (!left.isEmpty())
        qCInfo(lcAccess) << "closed" << left.size() << "viewing(s) left open by the last run";
    return Result<int>(int(left.size()));
}

} // namespace vigie::access
