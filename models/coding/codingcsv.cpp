#include "coding/codingcsv.h"

#include <QFile>
#include <QStringDecoder>

namespace evimap {

namespace {

Error refused(const QString &message)
{
    return Error{Error::Kind::InputRefused, message};
}

QChar detectSeparator(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

Result<QList<QStringList>> CodingCsv::split(const QString &text, QList<int> *lines)
{
    QList<QStringList> rows;
    const QChar separator = detectSeparator(text);
    QStringList current;
    QString cellText;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    int rowLine = 1;
    auto endCell = [&]() -> bool {
        if (cellText.size() > maxCellChars)
            return false;
        current.append(cellText);
        cellText.clear();
        cellStarted = false;
        return true;
    };
    auto endRow = [&]() {
        // A blank line is not a row.
        if (!(current.size() == 1 && current.first().isEmpty())) {
            rows.append(current);
            if (lines)
                lines->append(rowLine);
        }
        current.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cellText += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cellText += c;
                if (cellText.size() > maxCellChars)
                    return refused(tr("line %1: a cell is longer than %2 characters (a quote may "
                                      "be missing its end)")
                                       .arg(rowLine)
                                       .arg(maxCellChars));
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted && cellText.isEmpty()) {
            quoted = true;
            cellStarted = true;
        } else if (c == separator) {
            if (!endCell())
                return refused(tr("line %1: a cell is longer than %2 characters")
                                   .arg(rowLine)
                                   .arg(maxCellChars));
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endCell())
                return refused(tr("line %1: a cell is longer than %2 characters")
                                   .arg(rowLine)
                                   .arg(maxCellChars));
            endRow();
            ++line;
            rowLine = line;
        } else {
            cellText += c;
            cellStarted = true;
            if (cellText.size() > maxCellChars)
                return refused(tr("line %1: a cell is longer than %2 characters")
                                   .arg(rowLine)
                                   .arg(maxCellChars));
        }
    }
    if (quoted)
        return refused(tr("line %1: a quoted cell is not closed").arg(rowLine));
    if (!cellText.isEmpty() || !current.isEmpty()) {
        if (!endCell())
            return refused(
                tr("line %1: a cell is longer than %2 characters").arg(rowLine).arg(maxCellChars));
        endRow();
    }
    return rows;
}

Result<QList<CodingCsv::Row>> CodingCsv::read(const QByteArray &bytes, const QString &fileName,
                                              IssueList *issues)
{
    if (bytes.size() > maxFileBytes)
        return refused(tr("%1: a codings file is at most %2 MiB")
                           .arg(fileName)
                           .arg(maxFileBytes / 1024 / 1024));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return refused(tr("%1: the file is not UTF-8 text").arg(fileName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<int> lines;
    Result<QList<QStringList>> table = split(text, &lines);
    if (!table)
        return refused(fileName + QLatin1String(": ") + table.errorString());
    if (table->isEmpty())
        return refused(
            tr("%1: the file is empty; it needs a header row (record,code,quote,page,note)")
                .arg(fileName));

    const QStringList header = table->first();
    int record = -1, code = -1, quote = -1, page = -1, note = -1, value = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        auto is = [&](std::initializer_list<const char *> names) {
            for (const char *candidate : names) {
                if (name == QLatin1String(candidate))
                    return true;
            }
            return false;
        };
        if (record < 0 && is({"record", "record_id", "record id", "id", "uuid", "doi"}))
            record = int(i);
        else if (code < 0 && is({"code", "code_path", "code path", "path", "field"}))
            code = int(i);
        else if (quote < 0 && is({"quote"}))
            quote = int(i);
        else if (page < 0 && is({"page"}))
            page = int(i);
        else if (note < 0 && is({"note", "comment"}))
            note = int(i);
        else if (value < 0 && is({"value", "field_value"}))
            value = int(i);
    }
    if (record < 0 || code < 0)
        return refused(tr("%1: line %2: the header needs a \"record\" and a \"code\" column "
                          "(found: %3)")
                           .arg(fileName)
                           .arg(lines.first())
                           .arg(header.join(QLatin1String(", "))));

    QList<Row> rows;
    auto cellAt = [](const QStringList &cells, int column) {
        return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
    };
    for (qsizetype r = 1; r < table->size(); ++r) {
        const QStringList &cells = table->at(r);
        Row row;
        row.line = lines.at(r);
        row.record = cellAt(cells, record);
        row.code = cellAt(cells, code);
        row.quote = cellAt(cells, quote);
        row.note = cellAt(cells, note);
        row.value = cellAt(cells, value);
        row.hasValue = value >= 0 && value < cells.size() && !row.value.isEmpty();
        auto issue = [&](const QString &message) {
            if (issues)
                issues->append(
                    Issue{Issue::Severity::Warning, fileName, row.line, int(r), message});
        };
        if (row.record.isEmpty() && row.code.isEmpty())
            continue;
        if (row.record.isEmpty()) {
            issue(tr("no record given; row skipped"));
            continue;
        }
        if (row.code.isEmpty()) {
            issue(tr("no code given; row skipped"));
            continue;
        }
        const QString pageText = cellAt(cells, page);
        if (!pageText.isEmpty()) {
            bool ok = false;
            row.page = pageText.toInt(&ok);
            if (!ok || row.page < 1) {
                issue(tr("the page \"%1\" is not a whole number of 1 or more; row skipped")
                          .arg(pageText));
                continue;
            }
        }
        rows.append(row);
    }
    return rows;
}

Result<QList<CodingCsv::Row>> CodingCsv::readFile(const QString &path, IssueList *issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return refused(
            tr("%1: a codings file is at most %2 MiB").arg(path).arg(maxFileBytes / 1024 / 1024));
    return read(file.readAll(), path, issues);
}

QString CodingCsv::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
        value.contains(QLatin1Char(';'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString CodingCsv::row(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out.append(cell(c));
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace evimap
