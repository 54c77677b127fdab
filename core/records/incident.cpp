#include "core/records/incident.h"

#include "core/records/record_time.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vigie::records {

QStringList partnerCodes()
{
    return { QStringLiteral("police_nationale"),  QStringLiteral("pompiers"),
             QStringLiteral("police_municipale"), QStringLiteral("samu"),
             QStringLiteral("bailleur"),          QStringLiteral("autre") };
}

QString partnerLabel(const QString &code)
{
    if (code == QLatin1String("police_nationale"))
        return QCoreApplication::translate("vigie::records", "Police nationale");
    if (code == QLatin1String("pompiers"))
        return QCoreApplication::translate("vigie::records", "Firefighters");
    if (code == QLatin1String("police_municipale"))
        return QCoreApplication::translate("vigie::records", "Field municipal police");
    if (code == QLatin1String("samu"))
        return QCoreApplication::translate("vigie::records", "SAMU");
    if (code == QLatin1String("bailleur"))
        return QCoreApplication::translate("vigie::records", "Social landlord");
    return QCoreApplication::translate("vigie::records", "Other");
}

QJsonObject draftToJson(const IncidentDraft &d)
{
    QJsonArray partners;
    for (const PartnerAlert &p : d.partners)
        partners.append(
            QJsonObject { { QStringLiteral("partner"), p.partner },
                          { QStringLiteral("alerted_at"), isoWithOffset(p.alertedAt) } });
    QJsonArray links;
    for (const QString &link : d.links)
        links.append(link);
    return { { QStringLiteral("camera_number"), d.cameraNumber },
             { QStringLiteral("occurred_at"), isoWithOffset(d.occurredAt) },
             { QStringLiteral("place"), d.place },
             { QStringLiteral("insee_code"), d.inseeCode },
             { QStringLiteral("category"), d.category },
             { QStringLiteral("subcategory"), d.subcategory },
             { QStringLiteral("description"), d.description },
             { QStringLiteral("persons"), d.persons },
             { QStringLiteral("partners"), partners },
             { QStringLiteral("outcome"), d.outcome },
             { QStringLiteral("closed"), d.closed },
             { QStringLiteral("links"), links },
             { QStringLiteral("snapshot"), d.snapshotPath },
             { QStringLiteral("snapshot_sha256"), d.snapshotSha256 } };
}

IncidentDraft draftFromJson(const QJsonObject &o)
{
    IncidentDraft d;
    d.cameraNumber = o.value(QStringLiteral("camera_number")).toInt();
    d.occurredAt = fromIso(o.value(QStringLiteral("occurred_at")).toString());
    d.place = o.value(QStringLiteral("place")).toString();
    d.inseeCode = o.value(QStringLiteral("insee_code")).toString();
    d.category = o.value(QStringLiteral("category")).toString();
    d.subcategory = o.value(QStringLiteral("subcategory")).toString();
    d.description = o.value(QStringLiteral("description")).toString();
    d.persons = o.value(QStringLiteral("persons")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("partners")).toArray()) {
        const QJsonObject p = v.toObject();
        d.partners.append({ p.value(QStringLiteral("partner")).toString(),
                            fromIso(p.value(QStringLiteral("alerted_at")).toString()) });
    }
    d.outcome = o.value(QStringLiteral("outcome")).toString();
    d.closed = o.value(QStringLiteral("closed")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("links")).toArray())
        d.links.append(v.toString());
    d.snapshotPath = o.value(QStringLiteral("snapshot")).toString();
    d.snapshotSha256 = o.value(QStringLiteral("snapshot_sha256")).toString();
    return d;
}

} // namespace vigie::records
