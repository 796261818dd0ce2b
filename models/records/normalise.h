#pragma once

#include <QString>
#include <QStringList>

namespace evimap::Normalise {

// Keys used to match records across searches. They are stored with each record at import so
// duplicate detection and lookups by DOI do not recompute them.

// "https://doi.org/10.1000/abc", "doi:10.1000/abc [doi]" -> "10.1000/abc" (case kept, for
// storing and showing); empty if there is no DOI.
QString cleanDoi(const QString &text);

// The matching key: cleanDoi() upper-cased (DOIs are case-insensitive).
QString doi(const QString &text);

// Lower case, accents and markup removed, punctuation and dashes to spaces, spaces collapsed.
QString title(const QString &text);

// "García-López, María J." -> "garcialopez m": surname plus first initial, for each author,
// joined by ';'.
QString authors(const QStringList &authors);

// Folds case, strips diacritics and keeps letters and digits separated by single spaces.
QString text(const QString &text);

} // namespace evimap::Normalise
