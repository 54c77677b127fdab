// Journal entries in words, for whoever reads a register (a supervisor, a prosecutor, the CNIL):
// "Incident recorded", "Snapshot saved, camera 12", "Account created: Léa Roux (CS-0011)".
// One place for every action code, shared by the shift log, its exports and the UI.
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace vigie::records {

// Names a login for the reader ("Karim Benali (CS-0007)"); the login itself when unknown.
using PersonNamer = std::function<QString(const QString &login)>;

// What happened, in a few words of the operator's language; an unknown code as it stands.
QString actionWords(const QString &action);
// The entry in one line: its action's words and what its payload adds (the camera, the account,
// how many entries a purge removed...). `person` names the logins it mentions.
QString eventWords(const QString &action, const QString &objectId, const QJsonObject &payload,
                   const PersonNamer &person = {});
// Whether the entry is about the workstation rather than the main courante (sessions, snapshots,
// accounts, exports, purges, refusals, settings): a shift log puts those in its annex.
bool isTechnicalAction(const QString &action);

} // namespace vigie::records
