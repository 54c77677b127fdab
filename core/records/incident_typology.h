// The configurable typology of incidents (categories and sub-categories), read from the
// register. Seeded with the categories of a CSU's main courante; administrators change it.
#pragma once

#include <QList>
#include <QString>

namespace vigie::store {
class Database;
}

namespace vigie::records {

struct Category
{
    QString code;
    QString label;
    QString parentCode; // empty for a top-level category
};

class IncidentTypology
{
public:
    static IncidentTypology load(store::Database &db);

    QList<Category> topLevel() const;
    QList<Category> children(const QString &parentCode) const;
    const Category *find(const QString &code) const;
    QString label(const QString &code) const;

private:
    QList<Category> m_categories;
};

} // namespace vigie::records
