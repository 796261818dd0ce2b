#pragma once

#include "records/record.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>

namespace evimap {

// The fields of one source record as (tag, value) pairs, in file order, with a note of which
// were mapped onto typed Record fields; the rest become the record's raw fields, so nothing a
// file holds is lost. Used by the readers of tagged formats (MEDLINE, Web of Science) and of
// XML formats that are first flattened to tags (PubMed XML, EndNote XML).
class TagFields final
{
public:
    explicit TagFields(const QList<RawField> &fields);

    // The first non-empty value of the first tag present, in order of preference.
    QString first(std::initializer_list<const char *> tags);
    // Every non-empty value of these tags, in file order (empty values are marked used too).
    QStringList all(std::initializer_list<const char *> tags, bool markUsed = true);
    // Every value of these tags, without marking them used.
    QStringList peek(std::initializer_list<const char *> tags) const;
    bool has(const char *tag) const;
    // The first non-empty value of these tags that `accept` returns true for (file order).
    QString firstMatching(std::initializer_list<const char *> tags,
                          const std::function<bool(const QString &)> &accept);
    // Marks every field with one of these tags as used.
    void use(std::initializer_list<const char *> tags);

    QList<RawField> unused() const;

private:
    static bool matches(const QString &tag, std::initializer_list<const char *> tags);

    const QList<RawField> &m_fields;
    QList<bool> m_used;
};

// A keyword list written as one text: "a; b, c" is two keywords, the second with a comma in it
// ("Mice, Inbred C57BL", as MeSH writes them); semicolons separate when there are any, commas
// otherwise. Empty items are dropped, each keyword trimmed.
QStringList splitKeywordText(const QString &text);

} // namespace evimap
