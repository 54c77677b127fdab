// The configurable typology of incidents (categories and sub-categories), read from the
// register. Seeded with the categories of a CSU's main courante; administrators (ManageTypology)
// change it, each change a journal event with the category's full new row, which the same
// apply() writes here and, once its author is checked, on every other desk.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigie::store {
class Database;
}

namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal

namespace vigie::access {
struct User;
}

namespace vigie::records {

// The journal's object type of typology events: never purged by retention.
inline constexpr const char *kTypologyObject = "typology";

struct Category
{
    QString code;
    QString label;
    QString parentCode; // empty for a top-level category
};

class IncidentTypology
{
    Q_DECLARE_TR_FUNCTIONS(vigie::records::IncidentTypology)
public:
    static IncidentTypology load(store::Database &db);

    // Adds the category (code "parent.child" for a sub-category), renames it or retires it
    // (`active` false: no longer offered; incidents keep its code). `actor` needs
    // ManageTypology.
    static Status setCategory(store::Database &db, journal::Journal &journal,
                              const access::User &actor, const Category &category,
                              bool active = true);
    static Status apply(store::Database &db, const journal::Event &event);
    // Another desk's typology event, applied once its author is checked (ManageTypology here).
    static Status project(store::Database &db, const journal::Event &event);

    QList<Category> topLevel() const;
    QList<Category> children(const QString &parentCode) const;
    const Category *find(const QString &code) const;
    QString label(const QString &code) const;

private:
    QList<Category> m_categories;
};

} // namespace vigie::records
