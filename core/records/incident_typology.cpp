#include "core/records/incident_typology.h"

#include "core/access/access_policy.h"
#include "core/access/reference_gate.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::records {
namespace {

// The typology seeded by the first migration, in French as stored, with its words for the
// catalogue: a seeded category reads in the reader's language; one an administrator renamed
// reads as they wrote it. Incidents store codes, so no record changes meaning.
struct SeededCategory
{
    const char *code;
    const char *stored;
    const char *source;
};

constexpr SeededCategory kSeeded[] = {
    { "persons", "Atteintes aux personnes",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Attacks on persons") },
    { "persons.assault", "Agression, rixe",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Assault, brawl") },
    { "persons.threat", "Menaces, harcèlement",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Threats, harassment") },
    { "persons.robbery", "Vol avec violence",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Robbery with violence") },
    { "property", "Atteintes aux biens",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Attacks on property") },
    { "property.theft", "Vol", QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Theft") },
    { "property.damage", "Dégradation",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Damage") },
    { "property.tag", "Tag, graffiti",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Tag, graffiti") },
    { "property.vehicle_fire", "Incendie de véhicule",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Vehicle fire") },
    { "tranquillity", "Tranquillité publique",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Public tranquillity") },
    { "tranquillity.gathering", "Regroupement",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Gathering") },
    { "tranquillity.noise", "Nuisances sonores",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Noise nuisance") },
    { "tranquillity.rodeo", "Rodéo motorisé",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Motorised rodeo") },
    { "tranquillity.drunkenness", "Ivresse sur la voie publique",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Public drunkenness") },
    { "traffic", "Circulation et stationnement",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Traffic and parking") },
    { "traffic.accident", "Accident de la circulation",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Road accident") },
    { "traffic.nuisance_parking", "Stationnement gênant",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Obstructive parking") },
    { "traffic.abandoned_car", "Véhicule ventouse",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Abandoned car") },
    { "traffic.wreck", "Épave", QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Wreck") },
    { "dumping", "Dépôt sauvage",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Fly-tipping") },
    { "rescue", "Secours à personne",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Rescue of persons") },
    { "building_alarm", "Alarme de bâtiment communal",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Municipal building alarm") },
    { "building_alarm.intrusion", "Intrusion",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Intrusion") },
    { "building_alarm.fire", "Incendie",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Fire") },
    { "building_alarm.attack", "Agression",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Attack") },
    { "requisition", "Réquisition, visionnage",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Requisition, viewing") },
    { "bailleur", "Bailleur social",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Social landlord") },
    { "technical", "Panne technique",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Technical fault") },
    { "technical.camera", "Caméra",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Camera") },
    { "technical.network", "Réseau",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Network") },
    { "technical.workstation", "Poste de travail",
      QT_TRANSLATE_NOOP("vigie::records::IncidentTypology", "Workstation") },
};

QString readerLabel(const QString &code, const QString &stored)
{
    for (const SeededCategory &seeded : kSeeded) {
        if (code == QLatin1String(seeded.code))
            return stored == QString::fromUtf8(seeded.stored)
                ? QCoreApplication::translate("vigie::records::IncidentTypology", seeded.source)
                : stored;
    }
    return stored;
}

} // namespace

IncidentTypology IncidentTypology::load(store::Database &db)
{
    IncidentTypology typology;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT code, label, COALESCE(parent_code, '') FROM"
                               " incident_categories WHERE active = 1 ORDER BY position")))
        return typology;
    while (q.next())
        typology.m_categories.append({ q.value(0).toString(),
                                       readerLabel(q.value(0).toString(), q.value(1).toString()),
                                       q.value(2).toString() });
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

Status IncidentTypology::setCategory(store::Database &db, journal::Journal &journal,
                                     const access::User &actor, const Category &category,
                                     bool active)
{
    access::AccessPolicy policy(db, journal);
    // A refusal is an access log: it follows the retention of refused permissions.
    const Status allowed = policy.check(actor, access::Permission::ManageTypology,
                                        QStringLiteral("permission"), category.code);
    if (!allowed.ok())
        return allowed;
    static const QRegularExpression codePattern(
        QStringLiteral("^[a-z0-9_]{1,40}(\\.[a-z0-9_]{1,40})?$"));
    if (!codePattern.match(category.code).hasMatch())
        return Status::failure(tr("The code \"%1\" is not valid: lower-case letters, digits and "
                                  "underscores, \"category.sub_category\" for a sub-category.")
                                   .arg(category.code));
    const int dot = category.code.indexOf(QLatin1Char('.'));
    const QString parent = dot < 0 ? QString() : category.code.left(dot);
    if (category.label.trimmed().isEmpty())
        return Status::failure(tr("The label of %1 is missing.").arg(category.code));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT position FROM incident_categories WHERE code = ?),"
                             " (SELECT COUNT(*) FROM incident_categories WHERE code = ?),"
                             " (SELECT COALESCE(MAX(position), 0) + 1 FROM incident_categories)"));
    q.addBindValue(category.code);
    q.addBindValue(parent);
    if (!q.exec() || !q.next())
        return Status::failure(
            store::Database::describeError(tr("Cannot read the typology"), q.lastError()));
    if (!parent.isEmpty() && q.value(1).toInt() == 0)
        return Status::failure(
            tr("There is no category \"%1\" for this sub-category.").arg(parent));
    const int position = q.value(0).isNull() ? q.value(2).toInt() : q.value(0).toInt();
    q.finish();
    const QJsonObject row { { QStringLiteral("label"), category.label.trimmed() },
                            { QStringLiteral("parent_code"),
                              parent.isEmpty() ? QJsonValue() : QJsonValue(parent) },
                            { QStringLiteral("position"), position },
                            { QStringLiteral("active"), active } };
    return journal
        .recordProjected({ actor.login, QStringLiteral("typology.set"),
                           QLatin1String(kTypologyObject), category.code, QString(), row },
                         [&](const journal::Event &e) { return apply(db, e); })
        .status();
}

Status IncidentTypology::apply(store::Database &db, const journal::Event &event)
{
    const QJsonObject &d = event.payload;
    if (event.objectId.isEmpty() || d.value(QStringLiteral("label")).toString().isEmpty())
        return Status::failure(tr("The typology change names no category or no label."));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO incident_categories (code, label, parent_code, position, active) VALUES"
        " (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET label = excluded.label,"
        " parent_code = excluded.parent_code, position = excluded.position,"
        " active = excluded.active"));
    const QJsonValue parent = d.value(QStringLiteral("parent_code"));
    q.addBindValue(event.objectId);
    q.addBindValue(d.value(QStringLiteral("label")).toString());
    q.addBindValue(parent.isString() ? QVariant(parent.toString()) : QVariant());
    q.addBindValue(d.value(QStringLiteral("position")).toInt());
    q.addBindValue(d.value(QStringLiteral("active")).toBool() ? 1 : 0);
    if (!q.exec())
        return Status::failure(
            store::Database::describeError(tr("Cannot save the typology"), q.lastError()));
    return Status::success();
}

Status IncidentTypology::project(store::Database &db, const journal::Event &event)
{
    if (event.action != QLatin1String("typology.set"))
        return Status::success();
    return access::ReferenceGate::project(db, event, access::Permission::ManageTypology,
                                          [&]() { return apply(db, event); });
}

QString IncidentTypology::label(const QString &code) const
{
    const Category *c = find(code);
    return c ? c->label : code;
}

} // namespace vigie::records
