#include "core/common/csv.h"

namespace vigie::csv {

QString normalisedName(const QString &text)
{
    QString out;
    for (const QChar c : text.trimmed().normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('_')))
            out.append(QLatin1Char('_'));
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = normalisedName(text);
    if (t == QLatin1String("1") || t == QLatin1String("oui") || t == QLatin1String("yes")
        || t == QLatin1String("true") || t == QLatin1String("vrai") || t == QLatin1String("x"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("non") || t == QLatin1String("no")
        || t == QLatin1String("false") || t == QLatin1String("faux"))
        return false;
    return std::nullopt;
}

std::optional<double> parseReal(QString text)
{
    text = text.trimmed();
    if (!text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// RFC 4180 records: quoted fields may hold the separator, quotes ("") and line breaks. Each
// record comes with the file line it starts on.
Result<QList<Record>> split(const QString &text, QChar separator)
{
    QList<Record> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool any = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const auto endRecord = [&] {
        fields.append(field);
        if (any || fields.size() > 1 || !fields.first().trimmed().isEmpty())
            records.append(Record { recordLine, fields });
        fields.clear();
        field.clear();
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            any = true;
            quoteLine = line;
            field.clear();
        } else if (c == separator) {
            fields.append(field);
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            recordLine = ++line;
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
        }
    }
    if (quoted)
        return Result<QList<Record>>::failure(
            CsvText::tr("The file is broken: the quotes opened on line %1 never close (a "
                        "truncated file?). Nothing was changed.")
                .arg(quoteLine));
    endRecord();
    return records;
}

QHash<QString, QString> columnAliases(std::initializer_list<ColumnNames> columns)
{
    QHash<QString, QString> map;
    for (const auto &[key, names] : columns) {
        map.insert(QLatin1String(key), QLatin1String(key));
        for (const char *name : names)
            map.insert(QLatin1String(name), QLatin1String(key));
    }
    return map;
}

QChar guessSeparator(const QString &headerLine)
{
    return headerLine.count(QLatin1Char(';')) >= headerLine.count(QLatin1Char(','))
        ? QLatin1Char(';')
        : QLatin1Char(',');
}

} // namespace vigie::csv
