// Plates as an agent types them: each format's rules, from a table of valid and invalid plates.
#include "core/verbalisation/plate.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace vigie;
using namespace vigie::verbalisation;

TEST_CASE("valid plates of each format are normalised to what is stored", "[verbalisation][plate]")
{
    const struct
    {
        const char *typed;
        const char *country;
        const char *stored;
        const char *format;
    } valid[] = {
        // SIV: any case, spaces, dashes or no separator.
        { "AB-123-CD", "", "AB-123-CD", "SIV" },
        { "ab123cd", "", "AB-123-CD", "SIV" },
        { " ab 123 cd ", "", "AB-123-CD", "SIV" },
        { "ZZ-999-ZZ", "fr", "ZZ-999-ZZ", "SIV" },
        { "GA-001-AA", "FR", "GA-001-AA", "SIV" },
        { "WW-100-AB", "", "WW-100-AB", "SIV" },
        // FNI: 1 to 4 digits, 1 to 3 letters, department 01-95, 2A, 2B, 971-976.
        { "1234 AB 75", "", "1234 AB 75", "FNI" },
        { "1234ab75", "", "1234 AB 75", "FNI" },
        { "1 A 01", "", "1 A 01", "FNI" },
        { "56-XYZ-92", "", "56 XYZ 92", "FNI" },
        { "123 AB 2A", "", "123 AB 2A", "FNI" },
        { "123 ab 2b", "", "123 AB 2B", "FNI" },
        { "9999 ZZZ 971", "", "9999 ZZZ 971", "FNI" },
        { "45 BC 976", "", "45 BC 976", "FNI" },
        { "45 BC 95", "", "45 BC 95", "FNI" },
        // Foreign: free text, upper case, one space between blocks, with the country.
        { "b-ab 1234", "de", "B-AB 1234", "DE" },
        { "1-abc-123", "BE", "1-ABC-123", "BE" },
        { "1234   bcd", "es", "1234 BCD", "ES" },
        { "mü ab 12", "DE", "MÜ AB 12", "DE" },
        { "ge 123456", "ch", "GE 123456", "CH" },
    };
    for (const auto &row : valid) {
        INFO(row.typed << " / " << row.country);
        const auto plate
            = PlateRules::normalise(QString::fromUtf8(row.typed), QLatin1String(row.country));
        REQUIRE(plate.ok());
        CHECK(plate.value().text == QString::fromUtf8(row.stored));
        CHECK(plate.value().formatLabel() == QLatin1String(row.format));
        // What is stored reads back the same: normalising is idempotent.
        const auto again = PlateRules::normalise(plate.value().text, plate.value().country);
        REQUIRE(again.ok());
        CHECK(again.value().text == plate.value().text);
    }
}

TEST_CASE("invalid plates are refused with the rule they break", "[verbalisation][plate]")
{
    const struct
    {
        const char *typed;
        const char *country;
        const char *reason; // a word of the French-source reason
    } invalid[] = {
        { "", "", "missing" },
        { "   ", "", "missing" },
        { "AI-123-CD", "", "I, O and U" },
        { "AB-123-CO", "", "I, O and U" },
        { "UB-123-CD", "", "I, O and U" },
        { "SS-123-AB", "", "SS" },
        { "AB-123-SS", "", "SS" },
        { "AB-000-CD", "", "000" },
        { "1234 AB 96", "", "department 96" },
        { "1234 AB 00", "", "department 00" },
        { "1234 AB 977", "", "department 977" },
        { "1234 AB 2C", "", "neither" },
        { "12345 AB 75", "", "1 to 4 digits" },
        { "0123 AB 75", "", "start with 0" },
        { "1234 ABCD 75", "", "neither" },
        { "AB-12-CD", "", "neither" },
        { "AB_123_CD", "", "only letters and digits" },
        { "B-AB 1234", "", "neither" }, // a German plate without its country
        { "B-AB 1234", "XX", "ISO 3166" },
        { "B-AB 1234", "DEU", "ISO 3166" },
        { "B-AB 1234", "UK", "ISO 3166" }, // the United Kingdom is GB
        { "B/AB 1234", "DE", "only letters" },
        { "ABCDEFGHIJKLM", "DE", "at most 12" },
    };
    for (const auto &row : invalid) {
        INFO(row.typed << " / " << row.country);
        const auto plate
            = PlateRules::normalise(QString::fromUtf8(row.typed), QLatin1String(row.country));
        REQUIRE_FALSE(plate.ok());
        INFO(plate.error().toStdString());
        CHECK(plate.error().contains(QLatin1String(row.reason)));
    }
}

TEST_CASE("the country codes are ISO 3166-1's", "[verbalisation][plate]")
{
    for (const char *code : { "FR", "de", "GB", "CH", "MC", "AD", "LU", "SS", "XK" }) {
        INFO(code);
        // XK (Kosovo) is user-assigned, not an official ISO code.
        CHECK(isCountryCode(QLatin1String(code)) == (QLatin1String(code) != QLatin1String("XK")));
    }
    CHECK_FALSE(isCountryCode(QStringLiteral("UK")));
    CHECK_FALSE(isCountryCode(QStringLiteral("EU")));
    CHECK_FALSE(isCountryCode(QStringLiteral("F")));
}
