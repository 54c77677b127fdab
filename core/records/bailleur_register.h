// The bailleur camera register (CSI L272-2, the Bois-Colombes practice): every call in or out,
// answered or not; every request; every viewing session, opened only by accepting a request
// under a convention in force, closed by hand or by itself at its limit; every refusal. Each is
// a journal event (object kBailleurObject) projected onto the register's rows by the same
// apply() here and on every other desk, so that desks and central keep one register. Nothing
// is removed: a correction is an addendum linked to the entry it corrects.
//
// An open session is what lets AccessPolicy::checkView pass a landlord's camera: opening one
// grants its cameras until its limit (access::ViewGrants), closing it withdraws them, and
// sessionEnded() tells the desk to close the streams.
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/records/bailleur_types.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <optional>

class QJsonObject;
class QTimer;

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::access {
class AccessPolicy;
struct User;
} // namespace vigie::access

namespace vigie::records {

class BailleurRegister : public QObject
{
    Q_OBJECT
public:
    // How long before its limit a session warns (sessionEndingSoon).
    static constexpr qint64 kEndWarning_s = 60;
    // An exchange's record and a call logged by hand are the same call when they give the same
    // number within this long of each other.
    static constexpr qint64 kSameCallWindow_s = 60;

    // `clock` decides when sessions reach their limit: tests inject theirs. Sessions whose
    // limit passed while no desk ran are closed by the first sweep().
    BailleurRegister(store::Database &db, journal::Journal &journal, access::AccessPolicy &policy,
                     Clock clock = systemClock(), QObject *parent = nullptr);
    ~BailleurRegister() override;

    const Clock &clock() const { return m_clock; }
    // The services it works with: for the register's exports.
    store::Database &database() const { return m_db; }
    journal::Journal &journal() const { return m_journal; }
    access::AccessPolicy &policy() const { return m_policy; }

    // --- Call log (HandleBailleurRequests) ------------------------------------------------
    // Records the call as `actor` (its operator); `call.at` invalid: now. The landlord's
    // convention is found from the number when not given. An unanswered call is an entry like
    // any other. Returns the entry as recorded (id, time, convention).
    Result<BailleurCall> logCall(const access::User &actor, BailleurCall call);
    // An addendum to the entry `callId`: the corrected call, with why. The original stays.
    Result<BailleurCall> correctCall(const access::User &actor, const QString &callId,
                                     BailleurCall corrected, const QString &reason);
    // Calls from `from` to `to` (either invalid: unbounded), by time, corrections included.
    QList<BailleurCall> calls(const QDateTime &from = QDateTime(),
                              const QDateTime &to = QDateTime()) const;
    std::optional<BailleurCall> call(const QString &id) const;
    // The last callers and the conventions' contacts whose name, service, matricule or number
    // (normalised) starts with `prefix`, most recent first, contacts after callers, at most
    // `limit`, each party once.
    QList<CallSuggestion> suggestParties(const QString &prefix, int limit = 8) const;
    // The convention whose contacts or past calls give this number (nullopt: none).
    std::optional<QString> conventionForNumber(const QString &number) const;
    // Adds the exchange's calls in one transaction (CdrImport): each one whose exchangeId is
    // already in the register, or whose number a call logged by hand gives within
    // kSameCallWindow_s, is left out. Returns how many were added.
    Result<int> addExchangeCalls(const access::User &actor, const QList<BailleurCall> &calls,
                                 int *alreadyLogged = nullptr);

    // --- Requests and sessions (HandleBailleurRequests) -----------------------------------
    // Records the request. One the rules refuse (no convention in force, a camera outside its
    // scope, a situation it does not allow) is recorded as refused, with a refusal entry, and
    // returned as a failure saying why; otherwise it is pending.
    Result<BailleurRequest> request(const access::User &actor, BailleurRequest request);
    // Accepts a pending request: opens its session for min(asked, the convention's maximum),
    // checked again against the convention as it stands now.
    Result<BailleurSession> accept(const access::User &actor, const QString &requestId);
    // Refuses a pending request, with why (a refusal entry of kind ByOperator).
    Status refuse(const access::User &actor, const QString &requestId, const QString &reason);
    // A new decision that moves the limit by `minutes`, with its reason; the session's whole
    // duration never exceeds the convention's maximum (refused past it, saying how much is left).
    Result<BailleurSession> extend(const access::User &actor, const QString &sessionId, int minutes,
                                   const QString &reason);
    // Closes the session now, by hand.
    Status close(const access::User &actor, const QString &sessionId,
                 const QString &reason = QString());
    // Closes every session whose limit has passed (as "system", end Limit), emits
    // sessionEndingSoon for those within kEndWarning_s of it; re-arms the timer. Returns how
    // many closed. Called by the register's own timer; tests call it after moving their clock.
    Result<int> sweep();
    // When sweep() next has something to do (invalid: no open session).
    QDateTime nextSweepAt() const;

    QList<BailleurRequest> requests(const QDateTime &from = QDateTime(),
                                    const QDateTime &to = QDateTime()) const;
    std::optional<BailleurRequest> request(const QString &id) const;
    QList<BailleurSession> sessions(const QDateTime &from = QDateTime(),
                                    const QDateTime &to = QDateTime()) const;
    QList<BailleurSession> openSessions() const; // open now, by limit
    std::optional<BailleurSession> session(const QString &id) const;
    // The open session covering this camera now (nullopt: none): for the tile's remaining time.
    std::optional<BailleurSession> sessionFor(int cameraNumber) const;
    // An id given on the command line: the whole UUID, or its first or last 8+ characters
    // (nullopt: none, or more than one, has them).
    std::optional<QString> resolveId(const QString &idOrPrefix) const;

    // --- Refusals -------------------------------------------------------------------------
    // Refusals from `from` to `to`: the register's own and every stream of a landlord's camera
    // refused by the access policy for want of a session (journaled "access.refused").
    QList<BailleurRefusal> refusals(const QDateTime &from = QDateTime(),
                                    const QDateTime &to = QDateTime()) const;

    // --- The register -------------------------------------------------------------------
    // The period [from, to] (whole days): SearchRegister (refusal journaled).
    Result<BailleurReport> report(const access::User &reader, const QDate &from,
                                  const QDate &to) const;
    // The supervisor's review and visa of the period (ReviewBailleurRegister), journaled.
    Status visa(const access::User &supervisor, const QDate &from, const QDate &to,
                const QString &remark = QString());

    // Applies a register event of this desk, or of another once project() let it through.
    // Opening, extending and closing a session also set its cameras'
    // grants (access::ViewGrants), so that the gate is the same on every desk.
    static Status apply(store::Database &db, const journal::Event &event);
    // Sync's projector for kBailleurObject: apply(), but a session opened or extended on another
    // desk grants its cameras only once its author is checked (HandleBailleurRequests here).
    static Status project(store::Database &db, const journal::Event &event);

signals:
    void callLogged(const QString &callId);
    void requestRecorded(const QString &requestId);
    void sessionOpened(const QString &sessionId);
    void sessionExtended(const QString &sessionId);
    // The session's limit is less than kEndWarning_s away (once per limit).
    void sessionEndingSoon(const QString &sessionId, qint64 remaining_s);
    // The session closed (by hand or at its limit): the desk closes these cameras' streams now.
    void sessionEnded(const QString &sessionId, const QList<int> &cameras, SessionEnd end);
    void registerChanged();

private:
    Status recordEvent(const access::User &actor, const QString &action, const QString &objectId,
                       const QJsonObject &payload);
    void armTimer();
    // `pastLimitToo`: also those whose limit passed and that no sweep has closed yet.
    QList<BailleurSession> openSessions(bool pastLimitToo) const;

    store::Database &m_db;
    journal::Journal &m_journal;
    access::AccessPolicy &m_policy;
    Clock m_clock;
    QTimer *m_timer = nullptr;
    QStringList m_warned; // sessions already warned of their limit
};

} // namespace vigie::records
