// Journal entries in the reader's words: an event's action code and payload become a label and a
// sentence in the UI language at the time they are read (shift log, its CSV and PDF, vigiectl).
// The journal keeps neutral codes ("session.lock", "wrong_password"); only this file words them.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace vigie::records {

// Names a login for the reader ("Karim Benali (CS-0007)"); the login itself when unknown.
using PersonNamer = std::function<QString(const QString &login)>;

class JournalWords
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::JournalWords)
public:
    // "session.lock" -> "Poste verrouillé"; an unknown code reads "Other event (code)".
    static QString action(const QString &code);
    // What the entry says beyond its label: the reason, the file, the note... `person` names
    // the logins it mentions (a PTZ control taken from another operator).
    static QString details(const QString &code, const QJsonObject &payload,
                           const PersonNamer &person = {});
    // A reason code of a payload ("wrong_password", "logout", "idle"...).
    static QString reason(const QString &code);
    // The author of an entry: a login, or vigiectl run by a local account ("local:root").
    static QString user(const QString &login);
    // A technical entry in one line, for a shift log's annex: its action's words and what its
    // payload adds ("Snapshot saved, camera 12", "Account created: Léa Roux (CS-0011), roles:
    // ..."). `person` names the logins it mentions.
    static QString line(const QString &action, const QString &objectId, const QJsonObject &payload,
                        const PersonNamer &person = {});
    // Whether the entry is about the workstation rather than the main courante (sessions,
    // snapshots, accounts, exports, purges, refusals, settings): a shift log puts those in its
    // annex.
    static bool isTechnical(const QString &action);
};

} // namespace vigie::records
