// The records of the bailleur camera register (CSI L272-2, domain.md "Bailleur cameras"): a
// landlord's convention, each call, request, viewing session and refusal. Plain values, shared
// by core's services, the exports and the GUI; the rules live in BailleurRegister and
// ConventionBook.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::records {

// The journal's object types of the register: never purged by retention (the register answers
// to the CNIL and the commission départementale for as long as the convention's archives).
inline constexpr const char *kConventionObject = "bailleur_convention"; // reference data
inline constexpr const char *kBailleurObject = "bailleur"; // calls, requests, sessions, visas

// A situation a convention may allow (codes as stored; labels in the operator's language).
struct Situation
{
    QString code; // "access_blocked", "safety_systems", "tranquillity", "imminent_harm",
                  // "landlord_alert"
    QString label;
};
// The situations of L272-2 a convention can list, in the reader's language.
QList<Situation> bailleurSituations();
QString situationLabel(const QString &code); // the code itself when unknown

struct ConventionContact
{
    QString name;
    QString service; // "gardien", "astreinte technique", ...
    QString number; // as given; matched after normalisation (normalisePhoneNumber)
};

struct ConventionBuilding
{
    QString name; // "Résidence des Baconnets, bât. B"
    QString address;
    QList<int> cameras; // the cameras of its common areas in the convention's scope
};

struct Convention
{
    QString reference; // what a bailleur camera's `convention` names: "HSH-2026-ANT-01"
    QString landlord; // "Hauts-de-Seine Habitat"
    QString inseeCode; // the commune that signed it
    QList<ConventionBuilding> buildings;
    QDate approvedOn; // the préfet's approval
    QDate expiresOn; // the last day it covers; a renewal is a new decision (ConventionBook::save)
    int maxSession_min = 60; // the longest a viewing session may last, extensions included
    QStringList situations; // codes of bailleurSituations() it allows
    QList<ConventionContact> contacts;
    bool active = true; // false: withdrawn by the administrator (kept, never deleted)

    bool inForceOn(const QDate &day) const
    {
        return active && approvedOn.isValid() && approvedOn <= day && expiresOn.isValid()
            && day <= expiresOn;
    }
    QList<int> cameras() const; // every building's, in order, without repeats
};

enum class CallDirection { In, Out };
enum class CallChannel { Phone, Radio, LandlordAlert };
enum class CallOutcome { Answered, Unanswered, Refused };
// Logged at the desk, or added by `vigiectl bailleur calls import` from the exchange's records.
enum class CallSource { Desk, Exchange };

// "in", "out"; "phone", "radio", "landlord_alert"; "answered", "unanswered", "refused"; "desk",
// "exchange": as stored, in events and on the command line. nullopt for an unknown word.
QString directionName(CallDirection direction);
std::optional<CallDirection> directionFromName(const QString &name);
QString channelName(CallChannel channel);
std::optional<CallChannel> channelFromName(const QString &name);
QString outcomeName(CallOutcome outcome);
std::optional<CallOutcome> outcomeFromName(const QString &name);
// In the reader's language, for the register and the GUI.
QString directionLabel(CallDirection direction);
QString channelLabel(CallChannel channel);
QString outcomeLabel(CallOutcome outcome);

// The caller (a call in) or the callee (a call out).
struct CallParty
{
    QString name;
    QString service;
    QString matricule;
    QString number; // call-back number, as given
};

struct BailleurCall
{
    QString id; // UUID, given by the register
    QDateTime at;
    CallDirection direction = CallDirection::In;
    CallChannel channel = CallChannel::Phone;
    CallParty party;
    CallOutcome outcome = CallOutcome::Answered;
    QString convention; // the landlord's convention it concerns ("" not known)
    QString operatorLogin; // who took or made the call
    CallSource source = CallSource::Desk;
    QString exchangeId; // the CDR's uniqueid (or its line's fingerprint); "" at the desk
    QString note;
    // An addendum: the entry this one corrects ("" for an original entry). Nothing is ever
    // removed or overwritten; the register shows the original with its corrections.
    QString corrects;
    QString correctionReason;
};

// A name or number to offer while the operator types: a recent caller, or a contact of a
// convention.
struct CallSuggestion
{
    CallParty party;
    QString convention;
    QString landlord;
    bool fromConvention = false; // a convention's contact, not a past call
};

enum class RequestState { Pending, Accepted, Refused };

struct BailleurRequest
{
    QString id; // UUID, given by the register
    QDateTime at;
    QString callId; // the call it came with ("" for a landlord's alert without a call)
    CallChannel channel = CallChannel::Phone;
    QString convention;
    QString situation; // a code of bailleurSituations()
    QString incidentId; // the linked incident of the main courante, if any
    QString intervention; // the intervention it serves (free text: "BAC 92 rue Pasteur")
    QString building; // a building of the convention ("" any)
    QList<int> cameras;
    int asked_min = 0; // duration asked; 0: the convention's maximum
    QString operatorLogin;
    RequestState state = RequestState::Pending;
    QString refusal; // why it was refused, in the words of whoever refused
    QString sessionId; // the session its acceptance opened
};

enum class SessionEnd {
    Open, // still open
    ByHand, // closed by an operator
    Limit, // reached its limit and closed by itself
};

struct SessionExtension
{
    QDateTime at;
    QString by;
    int added_min = 0;
    QString reason;
};

// A viewing session: the only time a landlord's cameras may play (AccessPolicy::checkView).
struct BailleurSession
{
    QString id; // UUID
    QString requestId;
    QString convention;
    QList<int> cameras;
    QDateTime openedAt;
    QString openedBy;
    QDateTime endsAt; // its limit, extensions included
    QDateTime closedAt; // invalid while open
    QString closedBy; // "system" when it reached its limit
    SessionEnd end = SessionEnd::Open;
    QString closeReason;
    QList<SessionExtension> extensions;

    bool isOpenAt(const QDateTime &now) const { return end == SessionEnd::Open && now < endsAt; }
    // How long it lasted (or has lasted at `now`), in seconds.
    qint64 duration_s(const QDateTime &now) const
    {
        return openedAt.secsTo(closedAt.isValid() ? closedAt : qMin(now, endsAt));
    }
};

enum class RefusalKind {
    ConventionExpired, // no convention in force (expired, withdrawn, not yet approved)
    OutsideScope, // a camera outside the convention's buildings
    SituationNotAllowed, // the situation invoked is not one the convention allows
    NoSession, // a stream, snapshot or export asked without a session covering it
    ByOperator, // refused by the operator or the supervisor (with their reason)
};
QString refusalKindName(RefusalKind kind); // "convention_expired", ... as stored
QString refusalKindLabel(RefusalKind kind); // in the reader's language

struct BailleurRefusal
{
    QString id; // the journal event's UUID
    QDateTime at;
    RefusalKind kind = RefusalKind::NoSession;
    QString convention;
    QList<int> cameras;
    QString requestId; // "" for a refused stream
    QString user;
    QString reason; // as told to the operator
};

// The supervisor's review of a period of the register.
struct RegisterVisa
{
    QDateTime at;
    QString supervisor; // login
    QString supervisorName;
    QDate from;
    QDate to; // inclusive
    QString remark;
};

struct RegisterTotal
{
    QString month; // "2026-12"
    QString landlord;
    int calls = 0;
    int unansweredCalls = 0;
    int requests = 0;
    int sessions = 0;
    qint64 sessionSeconds = 0;
    int refusals = 0;
};

// The register for a period, as the authorities read it.
struct BailleurReport
{
    QDate from;
    QDate to; // inclusive
    QList<BailleurCall> calls; // by time; corrections follow the entry they correct
    QList<BailleurRequest> requests;
    QList<BailleurSession> sessions; // opened in the period
    QList<BailleurRefusal> refusals;
    QList<RegisterTotal> totals; // per month, then landlord
    QList<RegisterVisa> visas; // visas covering a part of the period
};

// A French number as digits with its national prefix: "+33 1 46 11 22 33", "0033146112233" and
// "01 46 11 22 33" all give "0146112233"; other numbers keep their digits (and a leading +).
QString normalisePhoneNumber(const QString &number);

} // namespace vigie::records
