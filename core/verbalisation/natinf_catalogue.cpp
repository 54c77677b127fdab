#include "core/verbalisation/natinf_catalogue.h"

#include "core/access/access_policy.h"
#include "core/access/reference_gate.h"
#include "core/common/csv.h"
#include "core/journal/journal.h"
#include "core/store/database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace vigie::verbalisation {
namespace {

const QString kSet = QStringLiteral("natinf.set");

// The canonical key of a column name, French or English; empty for an unknown one.
QString columnKey(const QString &header)
{
    static const QHash<QString, QString> aliases = csv::columnAliases({
        { "code", { "natinf", "code_natinf", "numero_natinf" } },
        { "label", { "libelle", "intitule", "qualification" } },
        { "legal_reference",
          { "reference", "reference_legale", "references", "article", "texte", "fondement" } },
        { "class", { "classe", "offence_class" } },
        { "reduced", { "minoree", "amende_minoree", "montant_minore" } },
        { "standard", { "forfaitaire", "amende_forfaitaire", "montant", "montant_forfaitaire" } },
        { "increased", { "majoree", "amende_majoree", "montant_majore" } },
        { "valid_from", { "from", "debut", "valide_du", "depuis", "date_debut", "en_vigueur_du" } },
        { "valid_to", { "to", "fin", "valide_au", "jusqu_au", "date_fin", "en_vigueur_au" } },
        { "asvp", { "asvp_autorise", "asvp_allowed", "asvp_peut_relever" } },
        { "to_be_checked", { "a_verifier", "verifier", "a_confirmer" } },
    });
    return aliases.value(csv::normalisedName(header));
}

// Euros as a spreadsheet writes them ("35", "35,00", "35 €"): cents.
std::optional<int> parseCents(QString text)
{
    text.remove(QChar(0x20AC)).remove(QLatin1String("EUR"), Qt::CaseInsensitive);
    text = text.trimmed();
    if (text.isEmpty())
        return 0;
    const auto value = csv::parseReal(text);
    if (!value || *value < 0 || *value > 100000)
        return std::nullopt;
    return int(*value * 100 + 0.5);
}

std::optional<QDate> parseDay(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    for (const QString &format : { QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy") }) {
        const QDate day = QDate::fromString(t, format);
        if (day.isValid())
            return day;
    }
    return std::nullopt;
}

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("");
}

QJsonObject toPayload(const NatinfOffence &o)
{
    return { { QStringLiteral("label"), o.label },
             { QStringLiteral("legal_reference"), o.legalReference },
             { QStringLiteral("class"), o.offenceClass },
             { QStringLiteral("reduced_cents"), o.reducedCents },
             { QStringLiteral("standard_cents"), o.standardCents },
             { QStringLiteral("increased_cents"), o.increasedCents },
             { QStringLiteral("valid_from"), dayText(o.validFrom) },
             { QStringLiteral("valid_to"), dayText(o.validTo) },
             { QStringLiteral("asvp_allowed"), o.asvpAllowed },
             { QStringLiteral("to_be_checked"), o.toBeChecked } };
}

NatinfOffence fromPayload(const QString &code, const QJsonObject &p)
{
    NatinfOffence o;
    o.code = code;
    o.label = p.value(QStringLiteral("label")).toString();
    o.legalReference = p.value(QStringLiteral("legal_reference")).toString();
    o.offenceClass = p.value(QStringLiteral("class")).toInt();
    o.reducedCents = p.value(QStringLiteral("reduced_cents")).toInt();
    o.standardCents = p.value(QStringLiteral("standard_cents")).toInt();
    o.increasedCents = p.value(QStringLiteral("increased_cents")).toInt();
    o.validFrom = QDate::fromString(p.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    o.validTo = QDate::fromString(p.value(QStringLiteral("valid_to")).toString(), Qt::ISODate);
    o.asvpAllowed = p.value(QStringLiteral("asvp_allowed")).toBool();
    o.toBeChecked = p.value(QStringLiteral("to_be_checked")).toBool();
    return o;
}

const QString kColumns
    = QStringLiteral("code, label, legal_reference, offence_class, reduced_cents, standard_cents,"
                     " increased_cents, valid_from, valid_to, asvp_allowed, to_be_checked");

NatinfOffence readOffence(const QSqlQuery &q)
{
    NatinfOffence o;
    o.code = q.value(0).toString();
    o.label = q.value(1).toString();
    o.legalReference = q.value(2).toString();
    o.offenceClass = q.value(3).toInt();
    o.reducedCents = q.value(4).toInt();
    o.standardCents = q.value(5).toInt();
    o.increasedCents = q.value(6).toInt();
    o.validFrom = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    o.validTo = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    o.asvpAllowed = q.value(9).toBool();
    o.toBeChecked = q.value(10).toBool();
    return o;
}

// The offence of one CSV line, or why it cannot be one.
Result<NatinfOffence> readLine(const QStringList &keys, const QStringList &fields)
{
    NatinfOffence o;
    QHash<QString, QString> cells;
    for (qsizetype i = 0; i < keys.size(); ++i)
        cells.insert(keys.at(i), fields.at(i).trimmed());
    o.code = cells.value(QStringLiteral("code"));
    o.label = cells.value(QStringLiteral("label"));
    o.legalReference = cells.value(QStringLiteral("legal_reference"));
    bool classOk = false;
    o.offenceClass = cells.value(QStringLiteral("class"))
                         .remove(QRegularExpression(QStringLiteral("[^0-9]")))
                         .toInt(&classOk);
    if (!classOk)
        return Result<NatinfOffence>::failure(
            NatinfCatalogue::tr("the class \"%1\" is not a number from 1 to 5.")
                .arg(cells.value(QStringLiteral("class"))));
    const struct
    {
        const char *key;
        int *cents;
    } amounts[] = { { "reduced", &o.reducedCents },
                    { "standard", &o.standardCents },
                    { "increased", &o.increasedCents } };
    for (const auto &amount : amounts) {
        const auto cents = parseCents(cells.value(QLatin1String(amount.key)));
        if (!cents)
            return Result<NatinfOffence>::failure(
                NatinfCatalogue::tr("the amount \"%1\" is not an amount in euros.")
                    .arg(cells.value(QLatin1String(amount.key))));
        *amount.cents = *cents;
    }
    for (const auto &[key, day] :
         { std::pair { "valid_from", &o.validFrom }, std::pair { "valid_to", &o.validTo } }) {
        const auto parsed = parseDay(cells.value(QLatin1String(key)));
        if (!parsed)
            return Result<NatinfOffence>::failure(
                NatinfCatalogue::tr("the date \"%1\" is not a date (YYYY-MM-DD or DD/MM/YYYY).")
                    .arg(cells.value(QLatin1String(key))));
        *day = *parsed;
    }
    for (const auto &[key, flag] :
         { std::pair { "asvp", &o.asvpAllowed }, std::pair { "to_be_checked", &o.toBeChecked } }) {
        const QString text = cells.value(QLatin1String(key));
        if (text.isEmpty())
            continue;
        const auto parsed = csv::parseBool(text);
        if (!parsed)
            return Result<NatinfOffence>::failure(
                NatinfCatalogue::tr("\"%1\" is neither oui nor non.").arg(text));
        *flag = *parsed;
    }
    const Status checked = NatinfCatalogue::checkOffence(o);
    if (!checked.ok())
        return Result<NatinfOffence>(checked);
    return o;
}

} // namespace

bool NatinfOffence::validOn(const QDate &day) const
{
    return (!validFrom.isValid() || day >= validFrom) && (!validTo.isValid() || day <= validTo);
}

NatinfCatalogue::NatinfCatalogue(store::Database &db, journal::Journal &journal)
    : m_db(db), m_journal(journal)
{
}

QList<NatinfOffence> NatinfCatalogue::offences() const
{
    QList<NatinfOffence> list;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM natinf_offences ORDER BY CAST(code AS INTEGER)")
                    .arg(kColumns)))
        return list;
    while (q.next())
        list.append(readOffence(q));
    return list;
}

std::optional<NatinfOffence> NatinfCatalogue::find(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM natinf_offences WHERE code = ?").arg(kColumns));
    q.addBindValue(code.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readOffence(q);
}

Result<NatinfOffence> NatinfCatalogue::usable(const QString &code, const QDate &day) const
{
    const auto offence = find(code);
    if (!offence) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM natinf_offences")) && q.next()
            && q.value(0).toInt() == 0)
            return Result<NatinfOffence>::failure(
                tr("The NATINF catalogue is empty: an administrator imports it with vigiectl "
                   "natinf import."));
        return Result<NatinfOffence>::failure(
            tr("NATINF %1 is not in the catalogue.").arg(code.trimmed()));
    }
    if (offence->validTo.isValid() && day > offence->validTo)
        return Result<NatinfOffence>::failure(
            tr("NATINF %1 expired on %2: it can no longer be used.")
                .arg(offence->code, QLocale().toString(offence->validTo, QLocale::ShortFormat)));
    if (offence->validFrom.isValid() && day < offence->validFrom)
        return Result<NatinfOffence>::failure(
            tr("NATINF %1 is valid only from %2.")
                .arg(offence->code, QLocale().toString(offence->validFrom, QLocale::ShortFormat)));
    return *offence;
}

Status NatinfCatalogue::checkOffence(const NatinfOffence &o)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
    if (o.code.isEmpty())
        return Status::failure(tr("the NATINF code is missing."));
    if (!digits.match(o.code).hasMatch())
        return Status::failure(
            tr("the NATINF code \"%1\" is not a number of 1 to 6 digits.").arg(o.code));
    if (o.label.trimmed().isEmpty())
        return Status::failure(tr("the label of NATINF %1 is missing.").arg(o.code));
    if (o.legalReference.trimmed().isEmpty())
        return Status::failure(tr("the legal reference of NATINF %1 is missing.").arg(o.code));
    if (o.offenceClass < 1 || o.offenceClass > 5)
        return Status::failure(
            tr("the class of NATINF %1 must be 1 to 5, not %2.").arg(o.code).arg(o.offenceClass));
    if (o.standardCents <= 0)
        return Status::failure(tr("the standard amount of NATINF %1 is missing.").arg(o.code));
    if ((o.reducedCents > 0 && o.reducedCents > o.standardCents)
        || (o.increasedCents > 0 && o.increasedCents < o.standardCents))
        return Status::failure(tr("the amounts of NATINF %1 must go reduced <= standard <= "
                                  "increased.")
                                   .arg(o.code));
    if (o.validFrom.isValid() && o.validTo.isValid() && o.validTo < o.validFrom)
        return Status::failure(
            tr("NATINF %1 would end before it starts (%2 before %3).")
                .arg(o.code, o.validTo.toString(Qt::ISODate), o.validFrom.toString(Qt::ISODate)));
    return Status::success();
}

QList<NatinfOffence> NatinfCatalogue::parseCsv(const QByteArray &data,
                                               QList<NatinfLineError> *refused)
{
    QList<NatinfOffence> offences;
    const auto refuse = [&](int line, const QString &reason) {
        if (refused)
            refused->append({ line, reason });
    };
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(data);
    if (decoder.hasError()) {
        refuse(1, tr("the file is not UTF-8 text: save it as CSV UTF-8."));
        return offences;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = csv::guessSeparator(text.section(QLatin1Char('\n'), 0, 0));
    auto records = csv::split(text, separator);
    if (!records.ok()) {
        refuse(1, records.error());
        return offences;
    }
    if (records.value().isEmpty()) {
        refuse(1, tr("the file is empty."));
        return offences;
    }
    QStringList keys;
    for (const QString &name : records.value().first().fields) {
        const QString key = columnKey(name);
        if (key.isEmpty() || keys.contains(key)) {
            refuse(1,
                   tr("the column \"%1\" is not one of the catalogue's (code, libelle, reference, "
                      "classe, minoree, forfaitaire, majoree, debut, fin, asvp, a_verifier), or "
                      "appears twice.")
                       .arg(name.trimmed().left(40)));
            return offences;
        }
        keys.append(key);
    }
    for (const char *required : { "code", "label", "legal_reference", "class", "standard" }) {
        if (!keys.contains(QLatin1String(required))) {
            refuse(1, tr("the header line lacks the column \"%1\".").arg(QLatin1String(required)));
            return offences;
        }
    }
    QSet<QString> seen;
    for (qsizetype r = 1; r < records.value().size(); ++r) {
        const csv::Record &record = records.value().at(r);
        if (record.fields.size() != keys.size()) {
            refuse(record.line,
                   tr("%1 fields where the header has %2 (a separator too many or "
                      "missing?).")
                       .arg(record.fields.size())
                       .arg(keys.size()));
            continue;
        }
        auto offence = readLine(keys, record.fields);
        if (!offence.ok()) {
            refuse(record.line, offence.error());
            continue;
        }
        if (seen.contains(offence.value().code)) {
            refuse(record.line,
                   tr("NATINF %1 already appears on an earlier line.").arg(offence.value().code));
            continue;
        }
        seen.insert(offence.value().code);
        offences.append(offence.take());
    }
    if (offences.isEmpty() && (!refused || refused->isEmpty()))
        refuse(1, tr("the file holds no offence."));
    return offences;
}

Result<NatinfImport> NatinfCatalogue::importCsv(const access::User &actor, const QByteArray &data,
                                                bool validOnly)
{
    access::AccessPolicy policy(m_db, m_journal);
    const Status allowed = policy.check(actor, access::Permission::ManageNatinf,
                                        QStringLiteral("permission"), QLatin1String(kNatinfObject));
    if (!allowed.ok())
        return Result<NatinfImport>(allowed);
    NatinfImport report;
    const QList<NatinfOffence> offences = parseCsv(data, &report.refused);
    // A file refused as a whole (its header, its encoding) has its reason on line 1 and no
    // offence: nothing to import even with --valid-only.
    if (offences.isEmpty() || (!report.refused.isEmpty() && !validOnly))
        return report;
    QList<journal::NewEvent> events;
    for (const NatinfOffence &o : offences)
        events.append(
            { actor.login, kSet, QLatin1String(kNatinfObject), o.code, QString(), toPayload(o) });
    auto saved = m_journal.recordAllProjected(
        events, [&](const journal::Event &e) { return apply(m_db, e); });
    if (!saved.ok())
        return Result<NatinfImport>(saved.status());
    report.imported = saved.value();
    return report;
}

Status NatinfCatalogue::save(const access::User &actor, const NatinfOffence &offence)
{
    access::AccessPolicy policy(m_db, m_journal);
    const Status allowed = policy.check(actor, access::Permission::ManageNatinf,
                                        QStringLiteral("permission"), offence.code);
    if (!allowed.ok())
        return allowed;
    const Status checked = checkOffence(offence);
    if (!checked.ok())
        return checked;
    return m_journal
        .recordProjected({ actor.login, kSet, QLatin1String(kNatinfObject), offence.code, QString(),
                           toPayload(offence) },
                         [&](const journal::Event &e) { return apply(m_db, e); })
        .status();
}

Status NatinfCatalogue::apply(store::Database &db, const journal::Event &event)
{
    const NatinfOffence o = fromPayload(event.objectId, event.payload);
    const Status checked = checkOffence(o);
    if (!checked.ok())
        return Status::failure(tr("The catalogue change is not valid: %1").arg(checked.error()));
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral(
            "INSERT INTO natinf_offences (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET label = excluded.label,"
            " legal_reference = excluded.legal_reference, offence_class = excluded.offence_class,"
            " reduced_cents = excluded.reduced_cents, standard_cents = excluded.standard_cents,"
            " increased_cents = excluded.increased_cents, valid_from = excluded.valid_from,"
            " valid_to = excluded.valid_to, asvp_allowed = excluded.asvp_allowed,"
            " to_be_checked = excluded.to_be_checked")
            .arg(kColumns));
    q.addBindValue(o.code);
    q.addBindValue(o.label);
    q.addBindValue(o.legalReference);
    q.addBindValue(o.offenceClass);
    q.addBindValue(o.reducedCents);
    q.addBindValue(o.standardCents);
    q.addBindValue(o.increasedCents);
    q.addBindValue(dayText(o.validFrom));
    q.addBindValue(dayText(o.validTo));
    q.addBindValue(o.asvpAllowed ? 1 : 0);
    q.addBindValue(o.toBeChecked ? 1 : 0);
    if (!q.exec())
        return Status::failure(
            store::Database::describeError(tr("Cannot save the NATINF catalogue"), q.lastError()));
    return Status::success();
}

Status NatinfCatalogue::project(store::Database &db, const journal::Event &event)
{
    if (event.action != kSet)
        return Status::success();
    return access::ReferenceGate::project(db, event, access::Permission::ManageNatinf,
                                          [&]() { return apply(db, event); });
}

} // namespace vigie::verbalisation
