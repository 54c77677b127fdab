#include "core/records/journal_words.h"

#include "core/access/access_policy.h"
#include "core/access/auth_service.h"
#include "core/access/role.h"
#include "core/records/shift_service.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace vigie::records {
namespace {

QString when(const QString &isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                          : isoUtc;
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

QString JournalWords::details(const QString &code, const QJsonObject &p)
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
    if (action.startsWith(QLatin1String("camera.")) || action == QLatin1String("typology.set"))
        return JournalWords::tr("%1: %2").arg(words, objectId);
    if (action == QLatin1String("journal.purge"))
        return JournalWords::tr("Retention purge: %n entries before %1", nullptr,
                                payload.value(QStringLiteral("purged")).toInt())
            .arg(when(value("before")));
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
    // Any other entry: its words, and what details() says of it ("Logout: Vigie closed").
    const QString more = details(action, payload);
    return more.isEmpty() ? words : JournalWords::tr("%1: %2").arg(words, more);
}

} // namespace vigie::records
