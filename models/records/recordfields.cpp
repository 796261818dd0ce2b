#include "records/recordfields.h"

#include "core/sqltext.h"

namespace evimap {

namespace {
const QLatin1Char newline('\n');
} // namespace

QString RecordField::value(const Record &record, QStringView listSeparator) const
{
    switch (kind) {
    case Kind::Text:
        return record.*text;
    case Kind::List:
        return (record.*list).join(listSeparator);
    case Kind::Year:
        return record.year > 0 ? QString::number(record.year) : QString();
    }
    return {};
}

QVariant RecordField::columnValue(const Record &record) const
{
    if (kind == Kind::Year)
        return record.year > 0 ? QVariant(record.year) : QVariant(QMetaType::fromType<int>());
    return sqlText(value(record));
}

void RecordField::setValue(Record &record, const QString &value) const
{
    switch (kind) {
    case Kind::Text:
        record.*text = value;
        break;
    case Kind::List:
        record.*list = value.split(newline, Qt::SkipEmptyParts);
        break;
    case Kind::Year:
        record.year = value.toInt();
        break;
    }
}

namespace RecordFields {

const RecordField *find(QStringView name)
{
    for (const RecordField &field : all) {
        if (name == QLatin1String(field.name))
            return &field;
    }
    return nullptr;
}

QStringList names()
{
    QStringList list;
    list.reserve(qsizetype(all.size()));
    for (const RecordField &field : all)
        list.append(QLatin1String(field.name));
    return list;
}

QString columns()
{
    return names().join(QLatin1String(", "));
}

QString value(const Record &record, QStringView name)
{
    const RecordField *field = find(name);
    return field ? field->value(record) : QString();
}

void setValue(Record &record, QStringView name, const QString &text)
{
    if (const RecordField *field = find(name))
        field->setValue(record, text);
}

} // namespace RecordFields

} // namespace evimap
