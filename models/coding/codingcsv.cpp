#include "coding/codingcsv.h"

#include "core/csvrowreader.h"

#include <QFile>

namespace evimap {

namespace {

Error refused(const QString &message)
{
    return Error{Error::Kind::InputRefused, message};
}

} // namespace

Result<QList<CodingCsv::Row>> CodingCsv::read(const QByteArray &bytes, const QString &fileName,
                                              IssueList *issues)
{
    if (bytes.size() > maxFileBytes)
        return refused(tr("%1: a codings file is at most %2 MiB")
                           .arg(fileName)
                           .arg(maxFileBytes / 1024 / 1024));
    Result<QList<CsvRowReader::TextRow>> table =
        CsvRowReader::readText(bytes, fileName, maxCellChars);
    if (!table)
        return table.error();
    if (table->isEmpty())
        return refused(
            tr("%1: the file is empty; it needs a header row (record,code,quote,page,note)")
                .arg(fileName));

    const QStringList header = table->first().cells;
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
                           .arg(table->first().line)
                           .arg(header.join(QLatin1String(", "))));

    QList<Row> rows;
    auto cellAt = [](const QStringList &cells, int column) {
        return column >= 0 && column < cells.size() ? cells.at(column) : QString();
    };
    for (qsizetype r = 1; r < table->size(); ++r) {
        const QStringList &cells = table->at(r).cells;
        Row row;
        row.line = table->at(r).line;
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

} // namespace evimap
