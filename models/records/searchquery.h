#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace evimap::SearchQuery {

// Parentheses may nest this deep, and a search may hold this many words and phrases (FTS5
// itself fails on deeper expressions, with an error that would mean nothing to a reviewer).
inline constexpr int maxDepth = 32;
inline constexpr int maxTerms = 64;

// Turns what a reviewer types into a safe FTS5 MATCH expression, in the way bibliographic
// databases read a search: every word must occur (as a prefix), "quoted phrases" stay phrases,
// the upper-case operators AND, OR and NOT and (parentheses) combine them, and anything else
// that FTS5 would read as syntax loses its meaning. What is still being typed is completed:
// an operator with nothing after it is dropped and open parentheses are closed. A search that
// cannot be read so is refused (an error of kind Usage that says why): one with no word at all
// (only "'" or "*"), a NOT with nothing before it to exclude from ("NOT mice", "a OR NOT b"),
// a closing parenthesis without an opening one, parentheses nested deeper than maxDepth, more
// than maxTerms words. Blank input gives an empty expression: no filter.
Result<QString> toFts5(const QString &userText);

// The words and "phrases" of a search that a record matches by, as KeywordHighlighter terms
// (a word as a prefix: `lonel*`), to mark where a listed record matches. Operators, and what a
// NOT excludes, are left out.
QStringList highlightTerms(const QString &userText);

} // namespace evimap::SearchQuery
