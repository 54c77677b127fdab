// The roles a CSU user can hold (several at once): what the law and the centre let them do.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vigie::access {

enum class Role {
    Operator, // opérateur de vidéoprotection
    PoliceAgent, // agent de police municipale: may verbalise every R121-6 offence
    Asvp, // agent de surveillance de la voie publique: parking offences only
    Supervisor, // chef de salle
    Admin,
};

QList<Role> allRoles();
QString roleCode(Role role); // stable code stored in databases: "operator", "police_agent", ...
std::optional<Role> roleFromCode(const QString &code);
QString roleLabel(Role role); // in the operator's language

} // namespace vigie::access
