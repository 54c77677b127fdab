#include "core/records/convention_book.h"

#include "core/access/access_policy.h"
#include "core/access/reference_gate.h"
#include "core/cameras/camera_directory.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie::records {
namespace {

constexpr const char *kSetAction = "bailleur.convention.set";

QJsonObject state(const Convention &c)
{
    QJsonArray buildings;
    for (const ConventionBuilding &b : c.buildings) {
        QJsonArray cameras;
        for (int n : b.cameras)
            cameras.append(n);
        buildings.append(QJsonObject { { QStringLiteral("name"), b.name.trimmed() },
                                       { QStringLiteral("address"), nonNull(b.address) },
                                       { QStringLiteral("cameras"), cameras } });
    }
    QJsonArray contacts;
    for (const ConventionContact &k : c.contacts)
        contacts.append(QJsonObject { { QStringLiteral("name"), nonNull(k.name.trimmed()) },
                                      { QStringLiteral("service"), nonNull(k.service.trimmed()) },
                                      { QStringLiteral("number"), nonNull(k.number.trimmed()) } });
    return { { QStringLiteral("landlord"), c.landlord.trimmed() },
             { QStringLiteral("insee_code"), c.inseeCode.trimmed() },
             { QStringLiteral("approved_on"), c.approvedOn.toString(Qt::ISODate) },
             { QStringLiteral("expires_on"), c.expiresOn.toString(Qt::ISODate) },
             { QStringLiteral("max_session_min"), c.maxSession_min },
             { QStringLiteral("situations"), QJsonArray::fromStringList(c.situations) },
             { QStringLiteral("buildings"), buildings },
             { QStringLiteral("contacts"), contacts },
             { QStringLiteral("active"), c.active } };
}

Convention fromState(const QString &reference, const QJsonObject &d)
{
    Convention c;
    c.reference = reference;
    c.landlord = d.value(QStringLiteral("landlord")).toString();
    c.inseeCode = d.value(QStringLiteral("insee_code")).toString();
    c.approvedOn
        = QDate::fromString(d.value(QStringLiteral("approved_on")).toString(), Qt::ISODate);
    c.expiresOn = QDate::fromString(d.value(QStringLiteral("expires_on")).toString(), Qt::ISODate);
    c.maxSession_min = d.value(QStringLiteral("max_session_min")).toInt();
    for (const QJsonValue &v : d.value(QStringLiteral("situations")).toArray())
        c.situations.append(v.toString());
    for (const QJsonValue &v : d.value(QStringLiteral("buildings")).toArray()) {
        const QJsonObject o = v.toObject();
        ConventionBuilding b;
        b.name = o.value(QStringLiteral("name")).toString();
        b.address = o.value(QStringLiteral("address")).toString();
        for (const QJsonValue &n : o.value(QStringLiteral("cameras")).toArray())
            b.cameras.append(n.toInt());
        c.buildings.append(b);
    }
    for (const QJsonValue &v : d.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject o = v.toObject();
        c.contacts.append({ o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("service")).toString(),
                            o.value(QStringLiteral("number")).toString() });
    }
    c.active = d.value(QStringLiteral("active")).toBool(true);
    return c;
}

QString text(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QList<Convention> load(store::Database &db, const QString &reference)
{
    QList<Convention> list;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT reference, landlord, insee_code, approved_on, expires_on, max_session_min,"
        " situations, buildings, contacts, active FROM bailleur_conventions"
        " WHERE ? = '' OR reference = ? ORDER BY reference"));
    q.addBindValue(nonNull(reference));
    q.addBindValue(nonNull(reference));
    if (!q.exec())
        return list;
    while (q.next()) {
        const QJsonObject d {
            { QStringLiteral("landlord"), q.value(1).toString() },
            { QStringLiteral("insee_code"), q.value(2).toString() },
            { QStringLiteral("approved_on"), q.value(3).toString() },
            { QStringLiteral("expires_on"), q.value(4).toString() },
            { QStringLiteral("max_session_min"), q.value(5).toInt() },
            { QStringLiteral("situations"),
              QJsonDocument::fromJson(q.value(6).toByteArray()).array() },
            { QStringLiteral("buildings"),
              QJsonDocument::fromJson(q.value(7).toByteArray()).array() },
            { QStringLiteral("contacts"),
              QJsonDocument::fromJson(q.value(8).toByteArray()).array() },
            { QStringLiteral("active"), q.value(9).toInt() == 1 },
        };
        list.append(fromState(q.value(0).toString(), d));
    }
    return list;
}

} // namespace

ConventionBook::ConventionBook(store::Database &db, journal::Journal &journal, Clock clock)
    : m_db(db), m_journal(journal), m_clock(std::move(clock))
{
}

QList<Convention> ConventionBook::conventions() const
{
    return load(m_db, QString());
}

std::optional<Convention> ConventionBook::byReference(const QString &reference) const
{
    if (reference.trimmed().isEmpty())
        return std::nullopt;
    const QList<Convention> found = load(m_db, reference.trimmed());
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Convention> ConventionBook::forCamera(int cameraNumber) const
{
    for (const Convention &c : conventions()) {
        if (c.active && c.cameras().contains(cameraNumber))
            return c;
    }
    return std::nullopt;
}

QList<Convention> ConventionBook::expiringWithin(int days) const
{
    const QDate today = m_clock().date();
    QList<Convention> list;
    for (const Convention &c : conventions()) {
        if (c.inForceOn(today) && c.expiresOn < today.addDays(days))
            list.append(c);
    }
    return list;
}

Status ConventionBook::inForce(const Convention &c) const
{
    const QDate today = m_clock().date();
    const QLocale locale;
    if (!c.active)
        return Status::failure(
            tr("The convention %1 of %2 has been withdrawn: no viewing session may be opened "
               "under it.")
                .arg(c.reference, c.landlord));
    if (c.expiresOn < today)
        return Status::failure(
            tr("The convention %1 of %2 expired on %3: no viewing session may be opened until "
               "the préfet approves its renewal.")
                .arg(c.reference, c.landlord, locale.toString(c.expiresOn, QLocale::LongFormat)));
    if (c.approvedOn > today)
        return Status::failure(
            tr("The convention %1 of %2 is approved from %3 only.")
                .arg(c.reference, c.landlord, locale.toString(c.approvedOn, QLocale::LongFormat)));
    return Status::success();
}

Status ConventionBook::checkConvention(const Convention &c)
{
    static const QRegularExpression referencePattern(QStringLiteral("^[A-Za-z0-9._/-]{1,40}$"));
    if (!referencePattern.match(c.reference.trimmed()).hasMatch())
        return Status::failure(
            tr("The convention's reference \"%1\" is not valid: letters, digits, \".\", \"-\", "
               "\"_\" or \"/\", 40 at most.")
                .arg(c.reference));
    if (c.landlord.trimmed().isEmpty())
        return Status::failure(tr("The convention %1 names no landlord.").arg(c.reference));
    if (!cameras::isCommuneCode(c.inseeCode.trimmed()))
        return Status::failure(tr("The commune of the convention %1 is not an INSEE code: \"%2\".")
                                   .arg(c.reference, c.inseeCode));
    if (!c.approvedOn.isValid() || !c.expiresOn.isValid() || c.expiresOn < c.approvedOn)
        return Status::failure(tr("The convention %1 needs the date of the préfet's approval and "
                                  "an expiry date after it.")
                                   .arg(c.reference));
    if (c.maxSession_min <= 0 || c.maxSession_min > 24 * 60)
        return Status::failure(tr("The maximum duration of a session under the convention %1 must "
                                  "be between 1 minute and 24 hours.")
                                   .arg(c.reference));
    if (c.situations.isEmpty())
        return Status::failure(
            tr("The convention %1 allows no situation: list at least one.").arg(c.reference));
    for (const QString &code : c.situations) {
        if (situationLabel(code) == code)
            return Status::failure(
                tr("Unknown situation \"%1\" in the convention %2.").arg(code, c.reference));
    }
    if (c.cameras().isEmpty())
        return Status::failure(
            tr("The convention %1 lists no building with cameras in its scope.").arg(c.reference));
    for (const ConventionBuilding &b : c.buildings) {
        if (b.name.trimmed().isEmpty())
            return Status::failure(
                tr("A building of the convention %1 has no name.").arg(c.reference));
    }
    return Status::success();
}

Status ConventionBook::save(const access::User &actor, const Convention &convention)
{
    access::AccessPolicy policy(m_db, m_journal, m_clock);
    const Status allowed = policy.check(actor, access::Permission::ManageConventions,
                                        QLatin1String(kConventionObject), convention.reference);
    if (!allowed.ok())
        return allowed;
    if (const Status checked = checkConvention(convention); !checked.ok())
        return checked;
    return m_journal
        .recordProjected({ actor.login, QLatin1String(kSetAction), QLatin1String(kConventionObject),
                           convention.reference.trimmed(), QString(), state(convention) },
                         [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

Status ConventionBook::apply(store::Database &db, const journal::Event &event)
{
    if (event.action != QLatin1String(kSetAction))
        return Status::success();
    const Convention c = fromState(event.objectId, event.payload);
    if (const Status checked = checkConvention(c); !checked.ok())
        return checked;
    const QJsonObject d = state(c);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO bailleur_conventions (reference, landlord, insee_code, approved_on,"
        " expires_on, max_session_min, situations, buildings, contacts, active)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO UPDATE SET"
        " landlord = excluded.landlord, insee_code = excluded.insee_code,"
        " approved_on = excluded.approved_on, expires_on = excluded.expires_on,"
        " max_session_min = excluded.max_session_min, situations = excluded.situations,"
        " buildings = excluded.buildings, contacts = excluded.contacts,"
        " active = excluded.active"));
    q.addBindValue(c.reference);
    q.addBindValue(c.landlord.trimmed());
    q.addBindValue(c.inseeCode.trimmed());
    q.addBindValue(c.approvedOn.toString(Qt::ISODate));
    q.addBindValue(c.expiresOn.toString(Qt::ISODate));
    q.addBindValue(c.maxSession_min);
    q.addBindValue(text(d.value(QStringLiteral("situations"))));
    q.addBindValue(text(d.value(QStringLiteral("buildings"))));
    q.addBindValue(text(d.value(QStringLiteral("contacts"))));
    q.addBindValue(c.active ? 1 : 0);
    if (!q.exec())
        return Status::failure(store::Database::describeError(
            tr("Cannot save the convention %1").arg(c.reference), q.lastError()));
    return Status::success();
}

Status ConventionBook::project(store::Database &db, const journal::Event &event)
{
    if (event.action != QLatin1String(kSetAction))
        return Status::success();
    return access::ReferenceGate::project(db, event, access::Permission::ManageConventions,
                                          [&]() { return apply(db, event); });
}

} // namespace vigie::records
