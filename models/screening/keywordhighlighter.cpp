#include "screening/keywordhighlighter.h"

#include <algorithm>

namespace evimap {

namespace {

// Letters, marks and digits count as word characters, so "ångest" and "self-esteem" behave.
const QString wordChar = QStringLiteral("[\\p{L}\\p{M}\\p{N}]");

} // namespace

QString KeywordHighlighter::patternFor(const QString &term)
{
    const QString trimmed = term.simplified();
    QString pattern;
    QString literal;
    bool hasLiteral = false;
    auto flush = [&] {
        if (!literal.isEmpty()) {
            pattern += QRegularExpression::escape(literal);
            literal.clear();
            hasLiteral = true;
        }
    };
    for (const QChar c : trimmed) {
        if (c == QLatin1Char('*')) {
            flush();
            if (!pattern.endsWith(wordChar + QLatin1Char('*')))
                pattern += wordChar + QLatin1Char('*');
        } else if (c == QLatin1Char(' ')) {
            flush();
            pattern += QStringLiteral("\\s+");
        } else {
            literal += c;
        }
    }
    flush();
    return hasLiteral ? pattern : QString();
}

KeywordHighlighter::KeywordHighlighter(const QList<HighlightRule> &rules)
{
    // One alternation per kind, longest terms first so "social anxiety" beats "social".
    for (HighlightKind kind : {HighlightKind::Exclude, HighlightKind::Include}) {
        QStringList terms;
        for (const HighlightRule &rule : rules) {
            if (rule.kind == kind && !patternFor(rule.term).isEmpty())
                terms << rule.term.simplified();
        }
        if (terms.isEmpty())
            continue;
        std::sort(terms.begin(), terms.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        terms.removeDuplicates();
        QStringList alternatives;
        for (const QString &t : std::as_const(terms))
            alternatives << patternFor(t);
        const QString pattern = QStringLiteral("(?<!%1)(?:%2)(?!%1)")
                                    .arg(wordChar, alternatives.join(QLatin1Char('|')));
        QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid())
            continue;
        expression.optimize();
        m_patterns.append({expression, kind});
    }
}

QList<HighlightRange> KeywordHighlighter::ranges(const QString &text) const
{
    QList<HighlightRange> found;
    if (text.isEmpty())
        return found;
    for (const Pattern &p : m_patterns) {
        QRegularExpressionMatchIterator it = p.expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                found.append({m.capturedStart(), m.capturedLength(), p.kind});
        }
    }
    // Earliest first, then longest, then exclude before include; keep those that do not overlap
    // one already kept.
    std::sort(found.begin(), found.end(), [](const HighlightRange &a, const HighlightRange &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.kind == HighlightKind::Exclude && b.kind == HighlightKind::Include;
    });
    QList<HighlightRange> kept;
    qsizetype end = 0;
    for (const HighlightRange &r : std::as_const(found)) {
        if (r.start < end)
            continue;
        kept.append(r);
        end = r.start + r.length;
    }
    return kept;
}

QList<HighlightRange> KeywordHighlighter::ranges(const QString &text,
                                                 const QList<HighlightRule> &rules)
{
    return KeywordHighlighter(rules).ranges(text);
}

} // namespace evimap
