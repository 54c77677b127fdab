#include "core/access/role.h"

#include <QCoreApplication>

namespace vigie::access {

QList<Role> allRoles()
{
    return { Role::Operator, Role::PoliceAgent, Role::Asvp, Role::Supervisor, Role::Admin };
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::PoliceAgent:
        return QStringLiteral("police_agent");
    case Role::Asvp:
        return QStringLiteral("asvp");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role role : allRoles()) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Operator:
        return QCoreApplication::translate("vigie::access", "Operator");
    case Role::PoliceAgent:
        return QCoreApplication::translate("vigie::access", "Municipal police agent");
    case Role::Asvp:
        return QCoreApplication::translate("vigie::access", "ASVP");
    case Role::Supervisor:
        return QCoreApplication::translate("vigie::access", "Room supervisor");
    case Role::Admin:
        return QCoreApplication::translate("vigie::access", "Administrator");
    }
    return QString();
}

} // namespace vigie::access
