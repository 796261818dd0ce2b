#pragma once

#include "records/record.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <array>
#include <cstddef>
#include <string_view>

namespace evimap {

// One typed field of a record.
struct RecordField
{
    enum class Kind
    {
        Text,
        List, // authors, keywords: one item a line as text
        Year  // an int, 0 when unknown: empty as text
    };

    const char *name; // the record table's column; the name `evimap import --map` and the audit
                      // log use
    Kind kind;
    QString Record::*text = nullptr;     // Kind::Text
    QStringList Record::*list = nullptr; // Kind::List

    // The value as text: a list one item a line (or joined with `listSeparator`), an unknown
    // year empty.
    QString value(const Record &record, QStringView listSeparator = u"\n") const;
    // The value as the record table stores it (the field's name is its column): text never
    // NULL, a list one item a line, an unknown year NULL.
    QVariant columnValue(const Record &record) const;
    // The other way: a list split at line ends (empty lines dropped), a year that is not a
    // number 0.
    void setValue(Record &record, const QString &text) const;
};

// A record's typed fields, listed once, in the order people see them (the record's editor, a
// merge's choices). What stores, merges, edits and audits do field by field derives from this
// list. Not the id, uuid or raw fields, which are not typed fields of the reference.
namespace RecordFields {

using Kind = RecordField::Kind;

inline constexpr std::array<RecordField, 20> all{{
    {"type", Kind::Text, &Record::type},
    {"title", Kind::Text, &Record::title},
    {"authors", Kind::List, nullptr, &Record::authors},
    {"year", Kind::Year},
    {"date", Kind::Text, &Record::date},
    {"container", Kind::Text, &Record::container},
    {"volume", Kind::Text, &Record::volume},
    {"issue", Kind::Text, &Record::issue},
    {"pages", Kind::Text, &Record::pages},
    {"doi", Kind::Text, &Record::doi},
    {"pmid", Kind::Text, &Record::pmid},
    {"accession", Kind::Text, &Record::accession},
    {"isbn", Kind::Text, &Record::isbn},
    {"url", Kind::Text, &Record::url},
    {"abstract", Kind::Text, &Record::abstract},
    {"keywords", Kind::List, nullptr, &Record::keywords},
    {"language", Kind::Text, &Record::language},
    {"country", Kind::Text, &Record::country},
    {"publisher", Kind::Text, &Record::publisher},
    {"notes", Kind::Text, &Record::notes},
}};

// The position of a field in `all` (compile time: an unknown name does not compile).
consteval std::size_t indexOf(std::string_view name)
{
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (name == all[i].name)
            return i;
    }
    throw "no such record field";
}

// The field at `index` in `all`, named at compile time: field(indexOf("title")).
constexpr const RecordField &field(std::size_t index)
{
    return all[index];
}

// The field named `name`; nullptr when there is none.
const RecordField *find(QStringView name);
QStringList names();
// The record table's columns of every field, in this order: "type, title, authors, ...".
QString columns();
// The named field's value as text (empty for an unknown name), or sets it (ignored for one).
QString value(const Record &record, QStringView name);
void setValue(Record &record, QStringView name, const QString &text);

} // namespace RecordFields

} // namespace evimap
