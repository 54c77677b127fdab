// Vehicle plates as an agent types them, normalised and checked before a ticket may carry one:
// the French SIV ("AA-123-AA"), the older FNI ("1234 AB 75") and foreign plates (free text with
// the country's ISO 3166-1 alpha-2 code). Lower case, spaces, dashes or no separator at all are
// accepted; only the normalised form is ever stored. A refusal says precisely why, in the
// operator's language.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vigie::verbalisation {

enum class PlateFormat {
    Siv, // système d'immatriculation des véhicules, since 2009: AA-123-AA
    Fni, // fichier national des immatriculations, before 2009: 1234 AB 75
    Foreign, // another country's plate, kept as typed (upper case, single spaces)
};

// "siv", "fni", "foreign": as stored in the register and the export.
QString plateFormatCode(PlateFormat format);
std::optional<PlateFormat> plateFormatFromCode(const QString &code);

struct Plate
{
    QString text; // the normalised plate: "AB-123-CD", "1234 AB 75", "B-AB 1234"
    PlateFormat format = PlateFormat::Siv;
    QString country = QStringLiteral("FR"); // ISO 3166-1 alpha-2, upper case

    // "SIV", "FNI" or the foreign plate's country code: what `vigiectl plate check` prints.
    QString formatLabel() const;
};

// Whether `code` (any case) is an officially assigned ISO 3166-1 alpha-2 country code.
bool isCountryCode(const QString &code);

class PlateRules
{
    Q_DECLARE_TR_FUNCTIONS(vigie::verbalisation::PlateRules)
public:
    // `country` empty or "FR": a French plate, SIV or FNI (whichever the text is); any other
    // code: a foreign plate of that country. The reason of a refusal names the rule broken
    // ("the letters I, O and U are not used on SIV plates", "department 96 does not exist"...).
    static Result<Plate> normalise(const QString &typed, const QString &country = QString());
};

} // namespace vigie::verbalisation
