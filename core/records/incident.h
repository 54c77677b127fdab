// An incident of the main courante, and the draft an operator fills in: what happened, where,
// seen on which camera and when, who was alerted, and how it ended. Only what the intervention
// needs (domain.md): no sensitive data in free text.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie::records {

struct PartnerAlert
{
    QString partner; // code of the partner typology: "police_nationale", "pompiers", ...
    QDateTime alertedAt;

    bool operator==(const PartnerAlert &) const = default;
};

QStringList partnerCodes();
QString partnerLabel(const QString &code);

struct IncidentDraft
{
    int cameraNumber = 0;
    QDateTime occurredAt; // stamped by the workstation clock when the operator tagged it
    QString place;
    QString inseeCode;
    QString category; // code of the typology, top level
    QString subcategory; // code, or empty
    QString description;
    QString persons; // only where needed
    QList<PartnerAlert> partners;
    QString outcome;
    bool closed = false;
    QStringList links; // other records: "ticket:…", "export:…", "bailleur:…"
    QString snapshotPath; // relative to the data folder
    QString snapshotSha256;

    bool operator==(const IncidentDraft &) const = default;
};

struct Incident
{
    enum class Status { Open, Closed };
    QString id;
    QString number; // "2026-CSU-A-00042": year, workstation, sequence
    QString workstation;
    QString shiftId;
    QString operatorLogin;
    QString operatorMatricule;
    IncidentDraft draft;
    Status status = Status::Open;
    QString signedBy;
    QDateTime signedAt;
    bool concurrentEdits = false;
};

QJsonObject draftToJson(const IncidentDraft &draft);
IncidentDraft draftFromJson(const QJsonObject &object);

} // namespace vigie::records
