#include "core/records/incident_typology.h"

#include "core/store/database.h"

#include <QSqlQuery>

namespace vigie::records {

IncidentTypology IncidentTypology::load(store::Database &db)
{
    IncidentTypology typology;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT code, label, COALESCE(parent_code, '') FROM"
                               " incident_categories WHERE active = 1 ORDER BY position")))
        return typology;
    while (q.next())
        typology.m_categories.append(
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return typology;
}

QList<Category> IncidentTypology::topLevel() const
{
    QList<Category> list;
    for (const Category &c : m_categories) {
        if (c.parentCode.isEmpty())
            list.append(c);
    }
    return list;
}

QList<Category> IncidentTypology::children(const QString &parentCode) const
{
    // No category chosen yet: no sub-category to offer (the top level is not one).
    QList<Category> list;
    if (parentCode.isEmpty())
        return list;
    for (const Category &c : m_categories) {
        if (c.parentCode == parentCode)
            list.append(c);
    }
    return list;
}

const Category *IncidentTypology::find(const QString &code) const
{
    for (const Category &c : m_categories) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

QString IncidentTypology::label(const QString &code) const
{
    const Category *c = find(code);
    return c ? c->label : code;
}

} // namespace vigie::records
