// What one user at one desk may view, and who watched what. Every stream a wall opens asks
// mayView() first (core's AccessPolicy::checkView: right, habilitation, commune); the cameras on
// the walls are reported with setShown(), and become "view.start" / "view.end" journal entries
// per camera, coalesced so that a tour or a repaint writes no entry per frame or per step.
#pragma once

#include "core/access/auth_service.h"
#include "core/common/clock.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace vigie::journal {
class Journal;
}

namespace vigie::access {

class AccessPolicy;

class ViewingSession
{
    Q_DECLARE_TR_FUNCTIONS(vigie::access::ViewingSession)
public:
    // How long a camera stays "viewed" after it left every wall, by default: a swap, a layout
    // change or a camera called back within a minute is one viewing, not two.
    static constexpr qint64 kDefaultLinger_ms = 60 * 1000;

    // Views left open by a session that never ended (a crash, a power cut) are closed first.
    ViewingSession(store::Database &db, journal::Journal &journal, AccessPolicy &policy, User user);

    enum class Attempt {
        Operator, // the operator asked for this camera (placed, called, dropped, restored)
        Repeat, // the same camera asked for again without the operator (tour step, recheck)
    };
    // Core's answer for this camera now. A refusal is journaled once per operator attempt; a
    // repeat journals it only if it differs from the last refusal journaled for that camera
    // (a tour cycling past a refused camera every minute would otherwise fill the journal with
    // copies of one fact, and hide the refusals that matter).
    Status mayView(int cameraNumber, const QString &inseeCode, Attempt attempt);

    // The cameras on the desk's walls now. A camera that appears opens a view ("view.start");
    // one off every wall for longer than the linger closes it ("view.end", ended when it left).
    Status setShown(const QSet<int> &cameras);
    void setLinger(qint64 linger_ms);
    qint64 linger_ms() const { return m_linger_ms; }
    // Closes the views whose linger has run out; when the next one will (invalid: none).
    Status sweep();
    QDateTime nextSweepAt() const;
    // Closes every open view now (logout, lock, quit, refusal): `reason` is journaled.
    Status endAll(const QString &reason);
    Status end(int cameraNumber, const QString &reason);
    QList<int> openViews() const { return m_open.keys(); }

    // When the habilitation stops covering the views (invalid: it does not expire).
    QDateTime viewingEndsAt() const;

    // Views of this register left open (no view.end), closed with the reason "unclosed".
    static Result<int> closeUnfinished(store::Database &db, journal::Journal &journal,
                                       const QDateTime &now);

private:
    struct OpenView
    {
        QDateTime started;
        QDateTime offSince; // invalid while on a wall
    };
    Status close(int cameraNumber, const QDateTime &endedAt, const QString &reason);

    store::Database &m_db;
    journal::Journal &m_journal;
    AccessPolicy &m_policy;
    User m_user;
    qint64 m_linger_ms = kDefaultLinger_ms;
    QHash<int, OpenView> m_open;
    QHash<int, QString> m_refused; // camera -> last refusal journaled
};

} // namespace vigie::access
