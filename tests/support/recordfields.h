#pragma once

// Reading Records from inline text in reader tests, and naming their fields in _data() tables
// (the names of RecordFields).

#include "import/formatregistry.h"
#include "import/recordfile.h"
#include "records/record.h"
#include "records/recordfields.h"

#include <QBuffer>
#include <QString>
#include <QStringList>

#include <optional>

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

// A typed field of a record (RecordFields) as text: list fields joined with `listSeparator`, the
// year as a number ("0" when unknown). nullopt for a name that is no typed field.
inline std::optional<QString> typedField(const Record &r, QStringView name,
                                         QStringView listSeparator)
{
    const RecordField *field = RecordFields::find(name);
    if (!field)
        return std::nullopt;
    if (field->kind == RecordField::Kind::Year)
        return QString::number(r.year);
    return field->value(r, listSeparator);
}

// A record with every typed field set to something of its own ("the title", {"first authors",
// "second"}, 2019).
inline Record everyField()
{
    Record r;
    for (const RecordField &field : RecordFields::all) {
        const QString name = QLatin1String(field.name);
        switch (field.kind) {
        case RecordField::Kind::Text:
            r.*(field.text) = QStringLiteral("the ") + name;
            break;
        case RecordField::Kind::List:
            r.*(field.list) =
                QStringList{QStringLiteral("first ") + name, QStringLiteral("second")};
            break;
        case RecordField::Kind::Year:
            r.year = 2019;
            break;
        }
    }
    return r;
}

// A field of a record as text; list fields joined with " | ", raw fields as "TAG=value" each.
inline QString recordField(const Record &r, const QString &field)
{
    const QStringView sep = u" | ";
    if (const std::optional<QString> typed = typedField(r, field, sep))
        return *typed;
    if (field == QLatin1String("raw")) {
        QStringList raw;
        for (const RawField &f : r.rawFields)
            raw << f.first + QLatin1Char('=') + f.second;
        return raw.join(sep);
    }
    return QStringLiteral("<unknown field %1>").arg(field);
}

} // namespace evimap::test
