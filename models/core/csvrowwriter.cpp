#include "core/csvrowwriter.h"

namespace evimap {

QString CsvRowWriter::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char(';')) ||
        value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' ')) ||
        value.endsWith(QLatin1Char(' '))) {
        value.replace(QLatin1Char('"'), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString CsvRowWriter::row(const QStringList &cells)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += cell(cells.at(i));
    }
    out += QLatin1String("\r\n");
    return out;
}

} // namespace evimap
