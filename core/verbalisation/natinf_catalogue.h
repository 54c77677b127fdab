// The NATINF catalogue: the offences an agent may video-verbalise (R121-6), with their legal
// reference, class and amounts. Reference data, never code: imported from a CSV by a user
// holding ManageNatinf, each offence a journal event ("natinf.set") with its full row, which
// the same apply() writes here and, once its author is checked (ReferenceGate), on every other
// desk. An offence outside its validity dates cannot be put on a ticket.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

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

namespace vigie::verbalisation {

// The journal's object type of catalogue events: never purged by retention, since a desk that
// joins later builds its catalogue from them.
inline constexpr const char *kNatinfObject = "natinf";

struct NatinfOffence
{
    QString code; // the NATINF number, digits only: "6215"
    QString label; // "Arrêt ou stationnement sur une voie réservée aux bus"
    QString legalReference; // the article defining and the one punishing: "R417-11 C.route"
    int offenceClass = 0; // contravention class, 1 to 5
    // Amounts of the amende forfaitaire in euro cents: minorée (reduced), forfaitaire
    // (standard), majorée (increased). 0 where the class has none (no reduced amount for
    // parking offences).
    int reducedCents = 0;
    int standardCents = 0;
    int increasedCents = 0;
    QDate validFrom; // invalid: since always
    QDate validTo; // invalid: no end; last day the code may be used
    bool asvpAllowed = false; // an ASVP may record it (parking offences, L130-4)
    bool toBeChecked = false; // entered from an unconfirmed source: to be checked by a jurist

    bool validOn(const QDate &day) const;
};

// One line of a CSV that could not be read, with why.
struct NatinfLineError
{
    int line = 0; // 1-based, the header being line 1
    QString reason;
};

struct NatinfImport
{
    int imported = 0;
    QList<NatinfLineError> refused; // lines left out (with --valid-only) or that stopped it
};

class NatinfCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(vigie::verbalisation::NatinfCatalogue)
public:
    NatinfCatalogue(store::Database &db, journal::Journal &journal);

    QList<NatinfOffence> offences() const; // by code, expired ones included
    std::optional<NatinfOffence> find(const QString &code) const;
    // The offence as it may be put on a ticket captured on `day`: refused with the reason when
    // the code is unknown, not yet valid or expired (or the catalogue empty).
    Result<NatinfOffence> usable(const QString &code, const QDate &day) const;

    // Reads a catalogue CSV: a header line (French or English names, ";" or ","), UTF-8:
    // code;libellé;référence;classe;minorée;forfaitaire;majorée;début;fin;asvp;à vérifier.
    // Amounts in euros ("35" or "35,00"), dates as YYYY-MM-DD or DD/MM/YYYY, booleans
    // oui/non/yes/no/1/0. Lines that cannot be read go to `refused`.
    static QList<NatinfOffence> parseCsv(const QByteArray &data, QList<NatinfLineError> *refused);
    // What an offence of the catalogue must be (code digits, label, class 1-5, amounts, dates).
    static Status checkOffence(const NatinfOffence &offence);

    // Adds or replaces the offences of the CSV, in one transaction with one event each: with a
    // refused line nothing is imported (the result lists every refused line) unless
    // `validOnly`, which imports the others and still lists the refused ones. Needs
    // ManageNatinf (refusal journaled).
    Result<NatinfImport> importCsv(const access::User &actor, const QByteArray &data,
                                   bool validOnly);
    // Adds or replaces one offence (ManageNatinf).
    Status save(const access::User &actor, const NatinfOffence &offence);

    static Status apply(store::Database &db, const journal::Event &event);
    // Another desk's catalogue event, applied once its author holds ManageNatinf here.
    static Status project(store::Database &db, const journal::Event &event);

private:
    store::Database &m_db;
    journal::Journal &m_journal;
};

} // namespace vigie::verbalisation
