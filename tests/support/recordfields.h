#pragma once

// Reading Records from inline text in reader tests, and naming their fields in _data() tables.

#include "import/formatregistry.h"
#include "import/recordfile.h"
#include "records/record.h"

#include <QBuffer>
#include <QString>
#include <QStringList>

namespace evimap::test {

// Reads `bytes` as `format` (empty: detected from the content and `fileName`).
inline Result<RecordFile> readBytes(QByteArray bytes, const QString &format,
                                    const QString &fileName = QStringLiteral("test.txt"))
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return RecordFile::read(buffer, fileName, format);
}

inline QString detectFormat(const QByteArray &bytes, const QString &fileName)
{
    return FormatRegistry::detect(bytes, fileName);
}

// A field of a record as text; list fields joined with " | ", raw fields as "TAG=value" each.
inline QString recordField(const Record &r, const QString &field)
{
    const QLatin1String sep(" | ");
    if (field == QLatin1String("type"))
        return r.type;
    if (field == QLatin1String("title"))
        return r.title;
    if (field == QLatin1String("abstract"))
        return r.abstract;
    if (field == QLatin1String("authors"))
        return r.authors.join(sep);
    if (field == QLatin1String("year"))
        return QString::number(r.year);
    if (field == QLatin1String("date"))
        return r.date;
    if (field == QLatin1String("container"))
        return r.container;
    if (field == QLatin1String("volume"))
        return r.volume;
    if (field == QLatin1String("issue"))
        return r.issue;
    if (field == QLatin1String("pages"))
        return r.pages;
    if (field == QLatin1String("doi"))
        return r.doi;
    if (field == QLatin1String("pmid"))
        return r.pmid;
    if (field == QLatin1String("accession"))
        return r.accession;
    if (field == QLatin1String("isbn"))
        return r.isbn;
    if (field == QLatin1String("url"))
        return r.url;
    if (field == QLatin1String("keywords"))
        return r.keywords.join(sep);
    if (field == QLatin1String("language"))
        return r.language;
    if (field == QLatin1String("country"))
        return r.country;
    if (field == QLatin1String("publisher"))
        return r.publisher;
    if (field == QLatin1String("notes"))
        return r.notes;
    if (field == QLatin1String("raw")) {
        QStringList raw;
        for (const RawField &f : r.rawFields)
            raw << f.first + QLatin1Char('=') + f.second;
        return raw.join(sep);
    }
    return QStringLiteral("<unknown field %1>").arg(field);
}

} // namespace evimap::test
