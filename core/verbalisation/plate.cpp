#include "core/verbalisation/plate.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace vigie::verbalisation {
namespace {

// ISO 3166-1 alpha-2: the 249 officially assigned codes (Debian's iso-codes, 2024), sorted.
constexpr const char *kCountryCodes[] = {
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
};

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.');
}

// The plate's letters and digits only, upper case.
QString compact(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (!isSeparator(c))
            out.append(c.toUpper());
    }
    return out;
}

bool isFniDepartment(const QString &department)
{
    if (department == QLatin1String("2A") || department == QLatin1String("2B"))
        return true;
    bool ok = false;
    const int n = department.toInt(&ok);
    if (!ok)
        return false;
    if (department.size() == 2)
        return n >= 1 && n <= 95;
    return department.size() == 3 && n >= 971 && n <= 976;
}

Result<Plate> siv(const QString &compacted, const QString &typed)
{
    const QString left = compacted.left(2);
    const QString number = compacted.mid(2, 3);
    const QString right = compacted.mid(5, 2);
    static const QRegularExpression forbidden(QStringLiteral("[IOU]"));
    if (QString(left + right).contains(forbidden))
        return Result<Plate>::failure(
            PlateRules::tr("%1: SIV plates do not use the letters I, O and U.").arg(typed));
    if (left == QLatin1String("SS") || right == QLatin1String("SS"))
        return Result<Plate>::failure(
            PlateRules::tr("%1: the block SS is not issued on SIV plates.").arg(typed));
    if (number == QLatin1String("000"))
        return Result<Plate>::failure(
            PlateRules::tr("%1: the number 000 is not issued on SIV plates.").arg(typed));
    return Plate { left + QLatin1Char('-') + number + QLatin1Char('-') + right, PlateFormat::Siv,
                   QStringLiteral("FR") };
}

Result<Plate> french(const QString &typed)
{
    const QString compacted = compact(typed);
    static const QRegularExpression sivShape(QStringLiteral("^[A-Z]{2}[0-9]{3}[A-Z]{2}$"));
    if (sivShape.match(compacted).hasMatch())
        return siv(compacted, typed.trimmed());
    static const QRegularExpression fniShape(
        QStringLiteral("^([0-9]{1,5})([A-Z]{1,3})([0-9]{1,4}|2A|2B)$"));
    const QRegularExpressionMatch fni = fniShape.match(compacted);
    if (fni.hasMatch()) {
        const QString number = fni.captured(1);
        const QString letters = fni.captured(2);
        const QString department = fni.captured(3);
        if (number.size() > 4)
            return Result<Plate>::failure(
                PlateRules::tr("%1: an FNI plate's number has 1 to 4 digits.")
                    .arg(typed.trimmed()));
        if (number.startsWith(QLatin1Char('0')))
            return Result<Plate>::failure(
                PlateRules::tr("%1: an FNI plate's number does not start with 0.")
                    .arg(typed.trimmed()));
        if (!isFniDepartment(department))
            return Result<Plate>::failure(
                PlateRules::tr("%1: department %2 does not exist on FNI plates (01 to 95, 2A, 2B, "
                               "971 to 976).")
                    .arg(typed.trimmed(), department));
        return Plate { number + QLatin1Char(' ') + letters + QLatin1Char(' ') + department,
                       PlateFormat::Fni, QStringLiteral("FR") };
    }
    for (const QChar c : compacted) {
        if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            return Result<Plate>::failure(
                PlateRules::tr("%1: a French plate holds only letters and digits (\"%2\" is "
                               "neither).")
                    .arg(typed.trimmed(), QString(c)));
    }
    return Result<Plate>::failure(
        PlateRules::tr("%1 is neither an SIV plate (AA-123-AA) nor an FNI plate (1234 AB 75); "
                       "for a foreign plate, give its country.")
            .arg(typed.trimmed()));
}

Result<Plate> foreign(const QString &typed, const QString &country)
{
    // Kept as typed: one space between blocks, dashes kept, upper case. Other countries' rules
    // are theirs; only what cannot be on any plate is refused.
    QString text;
    bool pendingSpace = false;
    int characters = 0;
    for (const QChar c : typed.trimmed()) {
        if (c.isSpace()) {
            pendingSpace = !text.isEmpty();
            continue;
        }
        if (c != QLatin1Char('-') && !c.isLetterOrNumber())
            return Result<Plate>::failure(
                PlateRules::tr("%1: a plate holds only letters, digits, spaces and dashes (\"%2\" "
                               "is not one).")
                    .arg(typed.trimmed(), QString(c)));
        if (pendingSpace)
            text.append(QLatin1Char(' '));
        pendingSpace = false;
        text.append(c.toUpper());
        if (c.isLetterOrNumber())
            ++characters;
    }
    if (characters == 0)
        return Result<Plate>::failure(PlateRules::tr("The plate is missing."));
    if (characters > 12)
        return Result<Plate>::failure(
            PlateRules::tr("%1: a plate has at most 12 letters and digits.").arg(typed.trimmed()));
    return Plate { text, PlateFormat::Foreign, country };
}

} // namespace

QString plateFormatCode(PlateFormat format)
{
    switch (format) {
    case PlateFormat::Siv:
        return QStringLiteral("siv");
    case PlateFormat::Fni:
        return QStringLiteral("fni");
    case PlateFormat::Foreign:
        return QStringLiteral("foreign");
    }
    return QString();
}

std::optional<PlateFormat> plateFormatFromCode(const QString &code)
{
    for (PlateFormat f : { PlateFormat::Siv, PlateFormat::Fni, PlateFormat::Foreign }) {
        if (plateFormatCode(f) == code)
            return f;
    }
    return std::nullopt;
}

QString Plate::formatLabel() const
{
    switch (format) {
    case PlateFormat::Siv:
        return QStringLiteral("SIV");
    case PlateFormat::Fni:
        return QStringLiteral("FNI");
    case PlateFormat::Foreign:
        return country;
    }
    return QString();
}

bool isCountryCode(const QString &code)
{
    const QByteArray upper = code.trimmed().toUpper().toLatin1();
    if (upper.size() != 2)
        return false;
    return std::binary_search(std::begin(kCountryCodes), std::end(kCountryCodes), upper.constData(),
                              [](const char *a, const char *b) { return qstrcmp(a, b) < 0; });
}

Result<Plate> PlateRules::normalise(const QString &typed, const QString &country)
{
    const QString code = country.trimmed().toUpper();
    if (!code.isEmpty() && !isCountryCode(code))
        return Result<Plate>::failure(
            tr("%1 is not an ISO 3166 country code (two letters: DE, BE, ES...).")
                .arg(country.trimmed()));
    if (compact(typed).isEmpty())
        return Result<Plate>::failure(tr("The plate is missing."));
    if (code.isEmpty() || code == QLatin1String("FR"))
        return french(typed);
    return foreign(typed, code);
}

} // namespace vigie::verbalisation
