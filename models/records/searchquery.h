#pragma once

#include <QString>

namespace evimap::SearchQuery {

// Turns what a reviewer types into a safe FTS5 MATCH expression, in the way bibliographic
// databases read a search: every word must occur (as a prefix), "quoted phrases" stay phrases,
// the upper-case operators AND, OR and NOT and (parentheses) combine them, and anything else
// that FTS5 would read as syntax loses its meaning. Operators or parentheses with nothing to
// combine are dropped, so no input can make the query fail. Empty input gives an empty string.
QString toFts5(const QString &userText);

} // namespace evimap::SearchQuery
