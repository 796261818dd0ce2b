#pragma once

#include <QString>

namespace evimap::SearchQuery {

// Turns what a reviewer types into a safe FTS5 MATCH expression: every word must occur (as a
// prefix), "quoted phrases" stay phrases, and FTS5 syntax characters in the input lose their
// meaning, so no input can make the query fail. Empty input gives an empty string.
QString toFts5(const QString &userText);

} // namespace evimap::SearchQuery
