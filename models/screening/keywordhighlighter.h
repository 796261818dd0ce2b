#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace evimap {

// Include terms are shown green, exclude terms red.
enum class HighlightKind
{
    Include,
    Exclude
};

// One term of the lead's highlighting lists (table highlight_term).
struct HighlightRule
{
    QString term;
    HighlightKind kind = HighlightKind::Include;
};

// A stretch of text to highlight: [start, start + length) in UTF-16 code units.
struct HighlightRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    HighlightKind kind = HighlightKind::Include;

    friend bool operator==(const HighlightRange &a, const HighlightRange &b)
    {
        return a.start == b.start && a.length == b.length && a.kind == b.kind;
    }
};

// Finds the lead's keywords in a text. Matching is case-insensitive and by whole words: a term
// matches where it is not preceded or followed by a letter or digit. `*` stands for any run of
// letters or digits (`lonel*` finds lonely and loneliness; `behavio*r` both spellings); spaces in
// a term match any run of white space, so phrases survive line breaks. Everything else in a
// term is literal. Ranges never overlap: where matches do, the one starting first wins, then
// the longer, then an exclude term over an include term.
class KeywordHighlighter final
{
public:
    KeywordHighlighter() = default;
    explicit KeywordHighlighter(const QList<HighlightRule> &rules);

    bool isEmpty() const { return m_patterns.isEmpty(); }
    // Sorted by start.
    QList<HighlightRange> ranges(const QString &text) const;

    static QList<HighlightRange> ranges(const QString &text, const QList<HighlightRule> &rules);
    // The regular expression pattern of one term (without case or word-boundary options), or
    // an empty string when the term has nothing to match.
    static QString patternFor(const QString &term);

private:
    struct Pattern
    {
        QRegularExpression expression;
        HighlightKind kind;
    };
    QList<Pattern> m_patterns;
};

} // namespace evimap
