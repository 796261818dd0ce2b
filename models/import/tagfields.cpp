#include "import/tagfields.h"

#include <QRegularExpression>

namespace evimap {

TagFields::TagFields(const QList<RawField> &fields)
    : m_fields(fields)
    , m_used(fields.size(), false)
{}

bool TagFields::matches(const QString &tag, std::initializer_list<const char *> tags)
{
    for (const char *t : tags) {
        if (tag == QLatin1String(t))
            return true;
    }
    return false;
}

QString TagFields::first(std::initializer_list<const char *> tags)
{
    for (const char *tag : tags) {
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (m_fields[i].first == QLatin1String(tag) && !m_fields[i].second.isEmpty()) {
                m_used[i] = true;
                return m_fields[i].second;
            }
        }
    }
    return {};
}

QStringList TagFields::all(std::initializer_list<const char *> tags, bool markUsed)
{
    QStringList list;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (!matches(m_fields[i].first, tags))
            continue;
        if (markUsed)
            m_used[i] = true;
        if (!m_fields[i].second.isEmpty())
            list.append(m_fields[i].second);
    }
    return list;
}

QStringList TagFields::peek(std::initializer_list<const char *> tags) const
{
    QStringList list;
    for (const RawField &field : m_fields) {
        if (matches(field.first, tags) && !field.second.isEmpty())
            list.append(field.second);
    }
    return list;
}

bool TagFields::has(const char *tag) const
{
    for (const RawField &field : m_fields) {
        if (field.first == QLatin1String(tag))
            return true;
    }
    return false;
}

QString TagFields::firstMatching(std::initializer_list<const char *> tags,
                                 const std::function<bool(const QString &)> &accept)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (matches(m_fields[i].first, tags) && !m_fields[i].second.isEmpty() &&
            accept(m_fields[i].second)) {
            m_used[i] = true;
            return m_fields[i].second;
        }
    }
    return {};
}

void TagFields::use(std::initializer_list<const char *> tags)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (matches(m_fields[i].first, tags))
            m_used[i] = true;
    }
}

QList<RawField> TagFields::unused() const
{
    QList<RawField> rest;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (!m_used[i])
            rest.append(m_fields[i]);
    }
    return rest;
}

QStringList splitKeywordText(const QString &text)
{
    static const QRegularExpression semicolons(QStringLiteral("\\s*;\\s*"));
    static const QRegularExpression commas(QStringLiteral("\\s*,\\s*"));
    QStringList keywords;
    const QStringList parts =
        text.split(text.contains(QLatin1Char(';')) ? semicolons : commas, Qt::SkipEmptyParts);
    for (const QString &k : parts) {
        if (!k.trimmed().isEmpty())
            keywords.append(k.trimmed());
    }
    return keywords;
}

} // namespace evimap
