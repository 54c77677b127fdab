// Reading the CSV files that administrators bring (camera directory, NATINF catalogue):
// RFC 4180 records, the separator a French spreadsheet or another one uses, column names and
// booleans written in French or English.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace vigie::csv {

// The context of this file's messages.
class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(vigie::csv::CsvText)
};

struct Record
{
    int line = 0; // the file line the record starts on, from 1
    QStringList fields;
};

// RFC 4180 records: quoted fields may hold the separator, quotes ("") and line breaks. Blank
// lines are skipped. A quote never closed (a truncated file) is a failure with its line.
Result<QList<Record>> split(const QString &text, QChar separator);
// ';' (a French spreadsheet's) unless the header line holds more ','.
QChar guessSeparator(const QString &headerLine);
// Lower case, no accent, words joined by '_': "Numéro", "numero", "NUMERO" read alike.
QString normalisedName(const QString &text);
// Column names a file may use for each canonical key: the key itself and its aliases, all as
// normalisedName() gives them ("numero" for "Numéro").
using ColumnNames = std::pair<const char *, std::initializer_list<const char *>>;
QHash<QString, QString> columnAliases(std::initializer_list<ColumnNames> columns);
// oui/non, yes/no, true/false, vrai/faux, 1/0, x.
std::optional<bool> parseBool(const QString &text);
// A decimal number, with a point or (a French spreadsheet's) comma.
std::optional<double> parseReal(QString text);

} // namespace vigie::csv
