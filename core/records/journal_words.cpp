#include "core/records/journal_words.h"

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/access/role.h"
#include "core/records/bailleur_types.h"
#include "core/records/shift_service.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace vigie::records {
namespace {

QString when(const QString &isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                          : isoUtc;
}

QString whenMs(const QJsonValue &ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms.toDouble()))
        .toLocalTime()
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// "camera 5", "cameras 5, 6".
QString camerasOf(const QJsonValue &cameras)
{
    QStringList numbers;
    for (const QJsonValue &n : cameras.toArray())
        numbers.append(QString::number(n.toInt()));
    return JournalWords::tr("cameras %1", nullptr, int(numbers.size()))
        .arg(numbers.join(QStringLiteral(", ")));
}

// "1 h 05 min", "12 min 30 s": how long a camera was watched or a session lasted.
QString duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds >= 3600)
        return JournalWords::tr("%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return JournalWords::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return JournalWords::tr("%1 s").arg(seconds);
}

// The detectors' alarm and count codes (core/analytics sits above records: its codes are
// worded here as the journal stores them).
QString analyticsWord(const QString &code)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("intrusion"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Intrusion") },
        { QStringLiteral("crossing"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Line crossed") },
        { QStringLiteral("occupancy"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Occupancy") },
        { QStringLiteral("saturation"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Saturated road") },
        { QStringLiteral("saturation_end"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "End of saturation") },
        { QStringLiteral("stationary_seen"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Parked vehicle first seen") },
        { QStringLiteral("stationary_check"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Parked vehicle still there") },
        { QStringLiteral("stationary"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Vehicle parked too long") },
        { QStringLiteral("wrongway"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Wrong way") },
        { QStringLiteral("loitering"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Loitering") },
        { QStringLiteral("gathering"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Gathering") },
        { QStringLiteral("line"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "Line crossing") },
        { QStringLiteral("left_to_right"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "left to right") },
        { QStringLiteral("right_to_left"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "right to left") },
        { QStringLiteral("top_to_bottom"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "top to bottom") },
        { QStringLiteral("bottom_to_top"),
          QT_TRANSLATE_NOOP("vigie::records::JournalWords", "bottom to top") },
    };
    const char *word = words.value(code);
    return word ? JournalWords::tr(word) : code;
}

// A ticket's state as the verbalisation module words it (same context, same translations).
QString ticketState(const QString &code)
{
    static const QHash<QString, const char *> states {
        { QStringLiteral("draft"),
          QT_TRANSLATE_NOOP("vigie::verbalisation::TicketService", "draft") },
        { QStringLiteral("validated"),
          QT_TRANSLATE_NOOP("vigie::verbalisation::TicketService", "validated") },
        { QStringLiteral("exported"),
          QT_TRANSLATE_NOOP("vigie::verbalisation::TicketService", "exported") },
        { QStringLiteral("sent"),
          QT_TRANSLATE_NOOP("vigie::verbalisation::TicketService", "sent") },
        { QStringLiteral("cancelled"),
          QT_TRANSLATE_NOOP("vigie::verbalisation::TicketService", "cancelled") },
    };
    const char *state = states.value(code);
    return state ? QCoreApplication::translate("vigie::verbalisation::TicketService", state) : code;
}

// A ticket as its reader needs it: number, offence, camera, state. The plate stays in the
// register, behind the verbalisation right, not in every shift log's annex.
QString ticketWords(const QJsonObject &ticket)
{
    const QJsonObject offence = ticket.value(QStringLiteral("offence")).toObject();
    const QJsonObject capture = ticket.value(QStringLiteral("capture")).toObject();
    QStringList parts {
        JournalWords::tr("ticket %1").arg(ticket.value(QStringLiteral("number")).toString())
    };
    const QString natinf = offence.value(QStringLiteral("natinf")).toString();
    if (!natinf.isEmpty())
        parts.append(JournalWords::tr("NATINF %1 (%2)")
                         .arg(natinf, offence.value(QStringLiteral("label")).toString()));
    const int camera = capture.value(QStringLiteral("camera")).toInt();
    if (camera > 0)
        parts.append(JournalWords::tr("camera %1").arg(camera));
    parts.append(JournalWords::tr("state: %1")
                     .arg(ticketState(ticket.value(QStringLiteral("state")).toString())));
    return parts.join(QStringLiteral(", "));
}

// What the entries of the later modules say (tickets, landlord register, viewings, analytics,
// PTZ, selections, purges); an empty optional for the others.
std::optional<QString> moduleDetails(const QString &code, const QJsonObject &p,
                                     const PersonNamer &person)
{
    // A payload past its retention is gone from the journal: nothing to say beyond the label.
    if (p.isEmpty())
        return QString();
    const auto text = [&p](const char *key) {
        return p.value(QLatin1String(key)).toString();
    };
    const auto number = [&p](const char *key) {
        return p.value(QLatin1String(key)).toInt();
    };
    const auto name = [&person](const QString &login) {
        return person ? person(login) : login;
    };
    const auto withText = [](const QString &head, const QString &more) {
        return more.isEmpty() ? head : JournalWords::tr("%1 — %2").arg(head, more);
    };
    if (code == QLatin1String("view.start"))
        return JournalWords::tr("Camera %1").arg(number("camera"));
    if (code == QLatin1String("view.end")) {
        const QDateTime started = QDateTime::fromString(text("started_at"), Qt::ISODate);
        const QDateTime ended = QDateTime::fromString(text("ended_at"), Qt::ISODate);
        if (p.contains(QStringLiteral("end_known"))
            && !p.value(QStringLiteral("end_known")).toBool())
            return JournalWords::tr("Camera %1, watched since %2: end not known (%3)")
                .arg(number("camera"))
                .arg(when(text("started_at")), JournalWords::reason(text("reason")));
        return JournalWords::tr("Camera %1, watched %2 (%3)")
            .arg(number("camera"))
            .arg(duration(started.secsTo(ended)), JournalWords::reason(text("reason")));
    }
    // Which account, never the account itself: the payload holds no secret, the keyring does.
    const auto stream = [](const QString &which) {
        if (which == QLatin1String("main"))
            return JournalWords::tr("main stream");
        if (which == QLatin1String("sub"))
            return JournalWords::tr("sub-stream");
        return which == QLatin1String("onvif") ? JournalWords::tr("ONVIF (PTZ)") : which;
    };
    if (code == QLatin1String("camera.credentials"))
        return JournalWords::tr("%1, kept in the keyring").arg(stream(text("stream")));
    if (code == QLatin1String("camera.credentials_moved")) {
        QStringList streams;
        for (const QJsonValue &s : p.value(QStringLiteral("streams")).toArray())
            streams.append(stream(s.toString()));
        return JournalWords::tr("%1, out of the camera directory into the keyring")
            .arg(streams.join(QStringLiteral(", ")));
    }
    if (code == QLatin1String("camera_health.purge"))
        return JournalWords::tr("Outages ended before %1 removed").arg(when(text("before")));
    if (code == QLatin1String("snapshot.purge"))
        return JournalWords::tr("%n image(s) removed", nullptr, number("count"));
    if (code == QLatin1String("ticket.draft") || code == QLatin1String("ticket.update")
        || code == QLatin1String("ticket.validate"))
        return ticketWords(p.value(QStringLiteral("ticket")).toObject());
    if (code == QLatin1String("ticket.export"))
        return JournalWords::tr("%1 file, SHA-256 %2")
            .arg(text("format").toUpper(), text("sha256"));
    if (code == QLatin1String("ticket.sent"))
        return JournalWords::tr("ANTAI message %1").arg(text("message_id"));
    if (code == QLatin1String("ticket.cancel"))
        return JournalWords::tr("%1 (was %2)").arg(text("reason"), ticketState(text("from")));
    if (code == QLatin1String("ticket.refused"))
        return JournalWords::tr("Camera %1: %2").arg(number("camera")).arg(text("reason"));
    if (code == QLatin1String("natinf.set"))
        return JournalWords::tr("%1 (class %2)").arg(text("label")).arg(number("class"));
    if (code == QLatin1String("bailleur.call")) {
        const auto direction = directionFromName(text("direction"));
        const auto channel = channelFromName(text("channel"));
        const auto outcome = outcomeFromName(text("outcome"));
        QString words = JournalWords::tr("%1 (%2), %3")
                            .arg(direction ? directionLabel(*direction) : text("direction"),
                                 channel ? channelLabel(*channel) : text("channel"),
                                 outcome ? outcomeLabel(*outcome) : text("outcome"));
        QString party = text("name");
        if (!text("service").isEmpty())
            party = party.isEmpty() ? text("service")
                                    : JournalWords::tr("%1 (%2)").arg(party, text("service"));
        if (!party.isEmpty())
            words += JournalWords::tr(", with %1").arg(party);
        if (!text("convention").isEmpty())
            words += JournalWords::tr(", convention %1").arg(text("convention"));
        if (!text("corrects").isEmpty())
            words += JournalWords::tr(", corrects an earlier entry: %1")
                         .arg(text("correction_reason"));
        return withText(words, text("note"));
    }
    if (code == QLatin1String("bailleur.request")) {
        QString words = JournalWords::tr("Convention %1, %2, %3")
                            .arg(text("convention"), situationLabel(text("situation")),
                                 camerasOf(p.value(QStringLiteral("cameras"))));
        if (number("asked_min") > 0)
            words += JournalWords::tr(", %1 min asked").arg(number("asked_min"));
        if (!text("intervention").isEmpty())
            words += JournalWords::tr(", intervention: %1").arg(text("intervention"));
        if (text("state") == QLatin1String("refused"))
            words += JournalWords::tr(", refused: %1").arg(text("refusal"));
        return words;
    }
    if (code == QLatin1String("bailleur.request.refuse"))
        return text("reason");
    if (code == QLatin1String("bailleur.refusal")) {
        QString kind = text("kind");
        for (RefusalKind k : { RefusalKind::ConventionExpired, RefusalKind::OutsideScope,
                               RefusalKind::SituationNotAllowed, RefusalKind::NoSession,
                               RefusalKind::ByOperator }) {
            if (refusalKindName(k) == kind)
                kind = refusalKindLabel(k);
        }
        return withText(
            JournalWords::tr("%1, convention %2, %3")
                .arg(kind, text("convention"), camerasOf(p.value(QStringLiteral("cameras")))),
            text("reason"));
    }
    if (code == QLatin1String("bailleur.session.open"))
        return JournalWords::tr("%1, convention %2, %3 min, until %4")
            .arg(camerasOf(p.value(QStringLiteral("cameras"))), text("convention"))
            .arg(number("minutes"))
            .arg(whenMs(p.value(QStringLiteral("ends_ms"))));
    if (code == QLatin1String("bailleur.session.extend"))
        return withText(JournalWords::tr("%1 min added, until %2")
                            .arg(number("added_min"))
                            .arg(whenMs(p.value(QStringLiteral("ends_ms")))),
                        text("reason"));
    if (code == QLatin1String("bailleur.session.close"))
        return text("end") == QLatin1String("limit")
            ? JournalWords::tr("its limit reached")
            : withText(JournalWords::tr("by hand"), text("reason"));
    if (code == QLatin1String("bailleur.visa"))
        return withText(JournalWords::tr("Period from %1 to %2")
                            .arg(QDate::fromString(text("from"), Qt::ISODate)
                                     .toString(QStringLiteral("dd/MM/yyyy")),
                                 QDate::fromString(text("to"), Qt::ISODate)
                                     .toString(QStringLiteral("dd/MM/yyyy"))),
                        text("remark"));
    if (code == QLatin1String("bailleur.convention.set"))
        return JournalWords::tr("%1, expires on %2")
            .arg(text("landlord"),
                 QDate::fromString(text("expires_on"), Qt::ISODate)
                     .toString(QStringLiteral("dd/MM/yyyy")));
    if (code == QLatin1String("bailleur.register.export"))
        return JournalWords::tr("%n entries in %1, SHA-256 %2", nullptr, number("entries"))
            .arg(text("file"), text("sha256"));
    if (code == QLatin1String("analytics.set"))
        return JournalWords::tr("Camera %1, detector \"%2\" (%3)%4")
            .arg(number("camera"))
            .arg(text("name"), analyticsWord(text("kind")),
                 p.value(QStringLiteral("enabled")).toBool(true)
                     ? QString()
                     : JournalWords::tr(", switched off"));
    if (code == QLatin1String("analytics.remove"))
        return JournalWords::tr("Camera %1, detector \"%2\"")
            .arg(number("camera"))
            .arg(text("name"));
    if (code == QLatin1String("analytics.alarm"))
        return JournalWords::tr("%1 on camera %2 (detector \"%3\")")
            .arg(analyticsWord(text("type")))
            .arg(number("camera"))
            .arg(text("detector"));
    if (code == QLatin1String("analytics.ack"))
        return JournalWords::tr("Comment: %1").arg(text("comment"));
    if (code == QLatin1String("analytics.counts")) {
        QStringList counts;
        const QJsonObject c = p.value(QStringLiteral("counts")).toObject();
        for (auto it = c.begin(); it != c.end(); ++it)
            counts.append(
                JournalWords::tr("%1: %2").arg(analyticsWord(it.key())).arg(it.value().toInt()));
        if (p.contains(QStringLiteral("share")))
            counts.append(JournalWords::tr("occupied %1 %")
                              .arg(qRound(p.value(QStringLiteral("share")).toDouble() * 100)));
        return withText(JournalWords::tr("Camera %1, detector \"%2\", from %3 to %4")
                            .arg(number("camera"))
                            .arg(text("detector"), whenMs(p.value(QStringLiteral("from_ms"))),
                                 whenMs(p.value(QStringLiteral("to_ms")))),
                        counts.isEmpty() ? JournalWords::tr("nothing counted")
                                         : counts.join(QStringLiteral(", ")));
    }
    // The picture itself (base64) is never printed: its hash proves what it was.
    if (code == QLatin1String("analytics.picture"))
        return JournalWords::tr("Camera %1, %2, SHA-256 %3")
            .arg(number("camera"))
            .arg(whenMs(p.value(QStringLiteral("at_ms"))), text("sha256"));
    if (code == QLatin1String("analytics.picture_purge"))
        return JournalWords::tr("%n picture(s) removed", nullptr, number("count"));
    if (code == QLatin1String("analytics.alarm_purge"))
        return JournalWords::tr("%n alarm(s) before %1 removed", nullptr, number("count"))
            .arg(whenMs(p.value(QStringLiteral("before_ms"))));
    if (code == QLatin1String("analytics.counts_purge"))
        return JournalWords::tr("%n quarter-hour count(s) before %1 removed", nullptr,
                                number("count"))
            .arg(whenMs(p.value(QStringLiteral("before_ms"))));
    if (code == QLatin1String("ptz.takeover") && !text("taken_from").isEmpty())
        return JournalWords::tr("Camera %1, taken from %2")
            .arg(number("camera"))
            .arg(name(text("taken_from")));
    if (code.startsWith(QLatin1String("ptz."))) {
        const QString camera = JournalWords::tr("Camera %1").arg(number("camera"));
        if (!p.contains(QStringLiteral("preset")))
            return camera;
        // Named from the presets dialog (Shift+F12): the name the operators will look for.
        return text("name").isEmpty()
            ? JournalWords::tr("%1, preset %2").arg(camera).arg(number("preset"))
            : JournalWords::tr("%1, preset %2 \"%3\"")
                  .arg(camera)
                  .arg(number("preset"))
                  .arg(text("name"));
    }
    if (code == QLatin1String("selection.favourites"))
        return p.value(QStringLiteral("cameras")).toArray().isEmpty()
            ? JournalWords::tr("no camera left")
            : camerasOf(p.value(QStringLiteral("cameras")));
    if (code == QLatin1String("selection.group"))
        return JournalWords::tr("\"%1\", %2")
            .arg(text("name"), camerasOf(p.value(QStringLiteral("cameras"))));
    if (code == QLatin1String("selection.group_delete"))
        return JournalWords::tr("\"%1\"").arg(text("name"));
    return std::nullopt;
}

} // namespace

QString JournalWords::action(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("incident.create"), QT_TR_NOOP("Incident recorded") },
        { QStringLiteral("incident.update"), QT_TR_NOOP("Incident updated") },
        { QStringLiteral("incident.sign"), QT_TR_NOOP("Incident signed off") },
        { QStringLiteral("incident.addendum"), QT_TR_NOOP("Incident addendum") },
        { QStringLiteral("incident.purge"), QT_TR_NOOP("Main courante purged (retention)") },
        { QStringLiteral("shift.open"), QT_TR_NOOP("Shift opened") },
        { QStringLiteral("shift.handover"), QT_TR_NOOP("Shift handed over") },
        { QStringLiteral("shift.ack"), QT_TR_NOOP("Hand-over acknowledged") },
        { QStringLiteral("shift.visa"), QT_TR_NOOP("Shift log signed") },
        { QStringLiteral("shift.addendum"), QT_TR_NOOP("Shift addendum") },
        { QStringLiteral("session.login"), QT_TR_NOOP("Login") },
        // vigiectl's authentication for one command: nobody sat down at the desk.
        { QStringLiteral("session.command"), QT_TR_NOOP("vigiectl command") },
        { QStringLiteral("session.logout"), QT_TR_NOOP("Logout") },
        { QStringLiteral("session.login_failed"), QT_TR_NOOP("Failed login") },
        { QStringLiteral("session.locked"), QT_TR_NOOP("Account locked") },
        { QStringLiteral("session.login_refused"), QT_TR_NOOP("Login refused") },
        { QStringLiteral("session.lock"), QT_TR_NOOP("Desk locked") },
        { QStringLiteral("session.unlock"), QT_TR_NOOP("Desk unlocked") },
        { QStringLiteral("session.unlock_refused"), QT_TR_NOOP("Desk unlock refused") },
        { QStringLiteral("access.refused"), QT_TR_NOOP("Action refused") },
        { QStringLiteral("export.shift_log"), QT_TR_NOOP("Shift log exported") },
        { QStringLiteral("snapshot.taken"), QT_TR_NOOP("Snapshot taken") },
        { QStringLiteral("journal.purge"), QT_TR_NOOP("Retention purge") },
        { QStringLiteral("user.create"), QT_TR_NOOP("Account created") },
        { QStringLiteral("user.first_admin"), QT_TR_NOOP("First administrator created") },
        { QStringLiteral("central.init"), QT_TR_NOOP("Central database created") },
        { QStringLiteral("central.upgrade"), QT_TR_NOOP("Central database upgraded") },
        { QStringLiteral("central.enroll"), QT_TR_NOOP("Workstation enrolled at central") },
        { QStringLiteral("central.revoke"), QT_TR_NOOP("Workstation revoked at central") },
        { QStringLiteral("central.enroll-key"), QT_TR_NOOP("Workstation key enrolled at central") },
        { QStringLiteral("user.password"), QT_TR_NOOP("Password changed") },
        { QStringLiteral("user.unlock"), QT_TR_NOOP("Account unlocked") },
        { QStringLiteral("user.habilitation"), QT_TR_NOOP("Habilitation recorded") },
        { QStringLiteral("user.roles"), QT_TR_NOOP("Roles changed") },
        { QStringLiteral("user.active"), QT_TR_NOOP("Account enabled or disabled") },
        { QStringLiteral("camera.group"), QT_TR_NOOP("Camera group created") },
        { QStringLiteral("camera.add"), QT_TR_NOOP("Camera added") },
        { QStringLiteral("camera.change"), QT_TR_NOOP("Camera changed") },
        { QStringLiteral("camera.urls"), QT_TR_NOOP("Camera stream addresses changed") },
        { QStringLiteral("camera.insee"), QT_TR_NOOP("Camera moved to another commune") },
        { QStringLiteral("typology.set"), QT_TR_NOOP("Incident category changed") },
        { QStringLiteral("settings.idle_lock"), QT_TR_NOOP("Idle-lock delay changed") },
        // Viewings (L252-2: who watched which camera, and how long).
        { QStringLiteral("view.start"), QT_TR_NOOP("Live viewing started") },
        { QStringLiteral("view.end"), QT_TR_NOOP("Live viewing ended") },
        { QStringLiteral("camera.retire"), QT_TR_NOOP("Camera taken out of service") },
        { QStringLiteral("camera.credentials"), QT_TR_NOOP("Camera account stored") },
        { QStringLiteral("camera.credentials_moved"),
          QT_TR_NOOP("Camera account moved to the keyring") },
        { QStringLiteral("camera_health.purge"),
          QT_TR_NOOP("Camera outage history purged (retention)") },
        { QStringLiteral("snapshot.purge"), QT_TR_NOOP("Snapshots purged (retention)") },
        // Video-verbalisation (Code de la route L121-3, R121-6).
        { QStringLiteral("ticket.draft"), QT_TR_NOOP("Verbalisation drafted") },
        { QStringLiteral("ticket.update"), QT_TR_NOOP("Verbalisation draft edited") },
        { QStringLiteral("ticket.validate"), QT_TR_NOOP("Verbalisation validated") },
        { QStringLiteral("ticket.export"), QT_TR_NOOP("Verbalisation exported for ANTAI") },
        { QStringLiteral("ticket.sent"), QT_TR_NOOP("Verbalisation sent to ANTAI") },
        { QStringLiteral("ticket.cancel"), QT_TR_NOOP("Verbalisation cancelled") },
        { QStringLiteral("ticket.refused"), QT_TR_NOOP("Verbalisation refused") },
        { QStringLiteral("natinf.set"), QT_TR_NOOP("NATINF offence recorded") },
        // The bailleur register (CSI L272-2): every call, request, session and refusal.
        { QStringLiteral("bailleur.call"), QT_TR_NOOP("Landlord call") },
        { QStringLiteral("bailleur.request"), QT_TR_NOOP("Landlord camera request") },
        { QStringLiteral("bailleur.request.refuse"), QT_TR_NOOP("Landlord request refused") },
        { QStringLiteral("bailleur.refusal"), QT_TR_NOOP("Landlord camera access refused") },
        { QStringLiteral("bailleur.session.open"), QT_TR_NOOP("Landlord viewing session opened") },
        { QStringLiteral("bailleur.session.extend"),
          QT_TR_NOOP("Landlord viewing session extended") },
        { QStringLiteral("bailleur.session.close"), QT_TR_NOOP("Landlord viewing session closed") },
        { QStringLiteral("bailleur.visa"), QT_TR_NOOP("Landlord register reviewed") },
        { QStringLiteral("bailleur.convention.set"), QT_TR_NOOP("Landlord convention recorded") },
        { QStringLiteral("bailleur.register.export"), QT_TR_NOOP("Landlord register exported") },
        // Video analytics.
        { QStringLiteral("analytics.set"), QT_TR_NOOP("Detector set up") },
        { QStringLiteral("analytics.remove"), QT_TR_NOOP("Detector removed") },
        { QStringLiteral("analytics.alarm"), QT_TR_NOOP("Analytics alarm") },
        { QStringLiteral("analytics.ack"), QT_TR_NOOP("Alarm acknowledged") },
        { QStringLiteral("analytics.counts"), QT_TR_NOOP("Counts recorded") },
        { QStringLiteral("analytics.picture"), QT_TR_NOOP("Alarm picture") },
        { QStringLiteral("analytics.picture_purge"),
          QT_TR_NOOP("Alarm pictures purged (retention)") },
        { QStringLiteral("analytics.alarm_purge"), QT_TR_NOOP("Alarms purged (retention)") },
        { QStringLiteral("analytics.counts_purge"), QT_TR_NOOP("Counts purged (retention)") },
        // PTZ domes: who steered which camera, and who took it from whom.
        { QStringLiteral("ptz.steer"), QT_TR_NOOP("PTZ camera steered") },
        { QStringLiteral("ptz.release"), QT_TR_NOOP("PTZ camera released") },
        { QStringLiteral("ptz.takeover"), QT_TR_NOOP("PTZ camera taken over") },
        { QStringLiteral("ptz.preset"), QT_TR_NOOP("PTZ preset recalled") },
        { QStringLiteral("ptz.preset_saved"), QT_TR_NOOP("PTZ preset saved") },
        { QStringLiteral("ptz.preset_removed"), QT_TR_NOOP("PTZ preset removed") },
        { QStringLiteral("selection.favourites"), QT_TR_NOOP("Favourite cameras changed") },
        { QStringLiteral("selection.group"), QT_TR_NOOP("Camera group saved") },
        { QStringLiteral("selection.group_delete"), QT_TR_NOOP("Camera group deleted") },
    };
    const char *label = labels.value(code);
    // A newer version's code stays readable, and its code is still there for an auditor.
    return label ? tr(label) : tr("Other event (%1)").arg(code);
}

QString JournalWords::reason(const QString &code)
{
    static const QHash<QString, const char *> reasons {
        { QStringLiteral("logout"), QT_TR_NOOP("logged out") },
        { QStringLiteral("quit"), QT_TR_NOOP("Vigie closed") },
        { QStringLiteral("wrong_password"), QT_TR_NOOP("wrong password") },
        { QStringLiteral("unknown_user"), QT_TR_NOOP("unknown login") },
        { QStringLiteral("locked"), QT_TR_NOOP("account locked") },
        { QStringLiteral("disabled"), QT_TR_NOOP("account disabled") },
        { QStringLiteral("idle"), QT_TR_NOOP("no input for a while") },
        { QStringLiteral("operator"), QT_TR_NOOP("locked by the operator") },
        { QStringLiteral("not_same_user_nor_supervisor"),
          QT_TR_NOOP("neither the operator of the desk nor a supervisor") },
        // Why a viewing ended (ViewingSession).
        { QStringLiteral("off_walls"), QT_TR_NOOP("camera taken off the walls") },
        { QStringLiteral("lock"), QT_TR_NOOP("desk locked") },
        { QStringLiteral("unclosed"), QT_TR_NOOP("Vigie stopped without closing it") },
    };
    const char *label = reasons.value(code);
    return label ? tr(label) : code;
}

QString JournalWords::user(const QString &login)
{
    if (login == QLatin1String(access::kUnknownLogin))
        return tr("(unknown account)");
    static const QString local = QStringLiteral("local:");
    if (!login.startsWith(local))
        return login;
    const QString account = login.mid(local.size());
    if (account.isEmpty() || account == QLatin1String("unknown"))
        return tr("vigiectl (unknown local account)");
    return tr("vigiectl (local account %1)").arg(account);
}

QString JournalWords::details(const QString &code, const QJsonObject &p, const PersonNamer &person)
{
    if (code == QLatin1String("incident.create") || code == QLatin1String("incident.update")) {
        const QJsonObject d = p.value(QStringLiteral("draft")).toObject();
        QString text = d.value(QStringLiteral("description")).toString();
        const QString outcome = d.value(QStringLiteral("outcome")).toString();
        if (!outcome.isEmpty())
            text += QStringLiteral(" — ") + tr("Outcome: %1").arg(outcome);
        return text;
    }
    if (code == QLatin1String("shift.handover")) {
        const HandoverNote note
            = HandoverNote::fromJson(p.value(QStringLiteral("note")).toObject());
        QStringList parts;
        if (!note.pendingActions.isEmpty())
            parts.append(tr("Pending: %1").arg(note.pendingActions));
        if (!note.instructions.isEmpty())
            parts.append(tr("Instructions: %1").arg(note.instructions));
        if (!note.cameraFaults.isEmpty())
            parts.append(tr("Camera faults: %1").arg(note.cameraFaults));
        if (!note.systemFaults.isEmpty())
            parts.append(tr("System faults: %1").arg(note.systemFaults));
        return parts.join(QStringLiteral(" | "));
    }
    if (code == QLatin1String("access.refused")) {
        // The permission is worded now, in the reader's language; the reason was worded when
        // it was refused.
        const QString why = p.value(QStringLiteral("why")).toString();
        if (!p.contains(QStringLiteral("permission")))
            return why;
        const QString what = access::permissionLabel(
            access::Permission(p.value(QStringLiteral("permission")).toInt()));
        return why.isEmpty() ? tr("Refused: %1").arg(what) : tr("Refused: %1 — %2").arg(what, why);
    }
    if (code == QLatin1String("session.login_failed")) {
        const QString why = reason(p.value(QStringLiteral("reason")).toString());
        const int attempt = p.value(QStringLiteral("attempt")).toInt();
        return attempt > 0 ? tr("%1, attempt %2").arg(why).arg(attempt) : why;
    }
    if (code == QLatin1String("session.locked"))
        return tr("After %1 failed attempts, until %2")
            .arg(p.value(QStringLiteral("attempts")).toInt())
            .arg(QDateTime::fromString(p.value(QStringLiteral("until")).toString(), Qt::ISODate)
                     .toLocalTime()
                     .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    if (code == QLatin1String("session.unlock"))
        return p.value(QStringLiteral("by_supervisor")).toBool() ? tr("by a supervisor")
                                                                 : QString();
    if (code == QLatin1String("snapshot.taken"))
        return tr("File %1, SHA-256 %2")
            .arg(p.value(QStringLiteral("file")).toString(),
                 p.value(QStringLiteral("sha256")).toString());
    if (code == QLatin1String("export.shift_log"))
        return tr("%n event(s) in %1, SHA-256 %2", nullptr,
                  p.value(QStringLiteral("entries")).toInt())
            .arg(p.value(QStringLiteral("file")).toString(),
                 p.value(QStringLiteral("sha256")).toString());
    if (code == QLatin1String("incident.purge")) {
        const QDateTime before
            = QDateTime::fromString(p.value(QStringLiteral("before")).toString(), Qt::ISODate);
        return tr("Incidents before %1 removed")
            .arg(before.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    }
    if (const auto words = moduleDetails(code, p, person))
        return *words;
    const QString reasonCode = p.value(QStringLiteral("reason")).toString();
    if (!reasonCode.isEmpty())
        return reason(reasonCode);
    for (const char *key : { "text", "comment", "command" }) {
        const QString value = p.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

bool JournalWords::isTechnical(const QString &action)
{
    if (action == QLatin1String("incident.purge"))
        return true;
    return !action.startsWith(QLatin1String("incident."))
        && !action.startsWith(QLatin1String("shift."));
}

QString JournalWords::line(const QString &action, const QString &objectId,
                           const QJsonObject &payload, const PersonNamer &person)
{
    auto name = [&](const QString &login) {
        return person ? person(login) : login;
    };
    auto value = [&](const char *key) {
        return payload.value(QLatin1String(key)).toString();
    };
    const QString words = JournalWords::action(action);
    if (action == QLatin1String("snapshot.taken"))
        return JournalWords::tr("Snapshot saved, camera %1").arg(objectId);
    if (action == QLatin1String("user.create")) {
        QStringList roles;
        for (const QString &code : value("roles").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto role = access::roleFromCode(code);
            roles.append(role ? access::roleLabel(*role) : code);
        }
        QString who = value("display_name");
        if (!value("matricule").isEmpty())
            who += QStringLiteral(" (%1)").arg(value("matricule"));
        return JournalWords::tr("Account created: %1, roles: %2")
            .arg(who.isEmpty() ? objectId : who, roles.join(QStringLiteral(", ")));
    }
    if (action == QLatin1String("user.password") || action == QLatin1String("user.unlock")
        || action == QLatin1String("user.habilitation") || action == QLatin1String("user.roles")
        || action == QLatin1String("user.active"))
        return JournalWords::tr("%1: %2").arg(words, name(objectId));
    if (action == QLatin1String("camera.credentials")
        || action == QLatin1String("camera.credentials_moved"))
        return JournalWords::tr("%1: %2, %3")
            .arg(words, objectId, details(action, payload, person));
    if (action.startsWith(QLatin1String("camera.")) || action == QLatin1String("typology.set"))
        return JournalWords::tr("%1: %2").arg(words, objectId);
    if (action == QLatin1String("journal.purge")) {
        // A purge lists the entries it removed, or names the day before which they went.
        if (payload.contains(QStringLiteral("objects")))
            return JournalWords::tr(
                "Retention purge: %n entries (listed)", nullptr,
                payload.contains(QStringLiteral("purged"))
                    ? payload.value(QStringLiteral("purged")).toInt()
                    : int(payload.value(QStringLiteral("objects")).toArray().size()));
        return JournalWords::tr("Retention purge: %n entries before %1", nullptr,
                                payload.value(QStringLiteral("purged")).toInt())
            .arg(when(value("before")));
    }
    // Their code is the entry's object, not in the payload.
    if (action == QLatin1String("natinf.set") || action == QLatin1String("bailleur.convention.set"))
        return JournalWords::tr("%1: %2, %3").arg(words, objectId, details(action, payload));
    if (action == QLatin1String("incident.purge"))
        return JournalWords::tr("Incidents purged (retention) before %1")
            .arg(when(value("before")));
    if (action == QLatin1String("session.login_failed")) {
        const QString reason = value("reason");
        if (reason == QLatin1String("wrong_password"))
            return JournalWords::tr("Failed login for %1: wrong password").arg(name(objectId));
        // What was typed is not journaled (it may be a password typed in the wrong field).
        return JournalWords::tr("Failed login: unknown account");
    }
    if (action == QLatin1String("session.login_refused"))
        return value("reason") == QLatin1String("disabled")
            ? JournalWords::tr("Login refused for %1: account disabled").arg(name(objectId))
            : JournalWords::tr("Login refused for %1: account locked").arg(name(objectId));
    if (action == QLatin1String("session.locked"))
        return JournalWords::tr("Account of %1 locked after %2 failed logins")
            .arg(name(objectId))
            .arg(payload.value(QStringLiteral("attempts")).toInt());
    if (action == QLatin1String("session.lock"))
        return value("reason") == QLatin1String("idle")
            ? JournalWords::tr("Desk locked after a time without input")
            : words;
    if (action == QLatin1String("session.unlock"))
        return payload.value(QStringLiteral("by_supervisor")).toBool()
            ? JournalWords::tr("Desk of %1 unlocked by a supervisor").arg(name(objectId))
            : words;
    if (action == QLatin1String("access.refused"))
        return JournalWords::tr("Refused: %1 (%2)").arg(value("what"), value("why"));
    if (action == QLatin1String("export.shift_log"))
        return JournalWords::tr("Shift log exported as %1, %n entries", nullptr,
                                payload.value(QStringLiteral("entries")).toInt())
            .arg(value("format").toUpper());
    if (action == QLatin1String("settings.idle_lock"))
        return JournalWords::tr("Idle-lock delay set to %1 min (was %2 min)")
            .arg(payload.value(QStringLiteral("to_minutes")).toInt())
            .arg(payload.value(QStringLiteral("from_minutes")).toInt());
    // A viewing's or a dome's payload past its retention is gone; its object still names the
    // camera.
    if (payload.isEmpty()
        && (action.startsWith(QLatin1String("view.")) || action.startsWith(QLatin1String("ptz."))))
        return JournalWords::tr("%1: %2").arg(words, JournalWords::tr("Camera %1").arg(objectId));
    // Any other entry: its words, and what details() says of it ("Logout: Vigie closed").
    const QString more = details(action, payload, person);
    return more.isEmpty() ? words : JournalWords::tr("%1: %2").arg(words, more);
}

} // namespace vigie::records
