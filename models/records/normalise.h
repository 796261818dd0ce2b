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

// Lower case, accents and markup removed, punctuation and dashes to spaces, spaces collapsed,
// a trailing copyright note dropped.
QString title(const QString &text);

// "García-López, María J." -> "garcialopez m": surname plus first initial, for each author,
// joined by ';'. Also reads "Smith JA" and "Smith J. A." (surname first, initials after).
QString authors(const QStringList &authors);

// Folds case, strips diacritics (and folds letters that do not decompose: ø, ł, ß, æ, ı),
// drops apostrophes and invisible format characters (soft hyphens), and keeps letters and
// digits separated by single spaces.
QString text(const QString &text);

// Removes HTML tags and entities ("K<sub>Ca</sub>", "&amp;", "&eacute;") and LaTeX markup
// ("{\"u}", "\textit{x}", "\&"), leaving the text they mark up.
QString stripMarkup(const QString &text);

// Removes a trailing copyright note: "… © 2020 Elsevier Ltd. All rights reserved.",
// "… (c) 2019 The Authors", "… Copyright 2018 Wiley". Text that is only a note is kept.
QString stripCopyright(const QString &text);

// A page range in one form: dash variants unified, letter prefixes dropped ("S123" -> "123",
// "e214" -> "214"), abbreviated ends expanded ("123-9" -> "123-129"), ranges a spreadsheet
// turned into dates repaired ("21-Aug" -> "21-28"), and a one-page range collapsed ("5-5" ->
// "5"). Empty when there is no page number ("NA", "").
QString pages(const QString &text);

// The first page of pages(): "123-9" -> "123".
QString firstPage(const QString &text);

// The leading number of a volume: "38 (Supplement 1)" -> "38"; otherwise text().
QString volume(const QString &text);

// A journal title as words to compare: text() without parenthesised qualifiers
// ("Cardiology (Switzerland)"), "&", a leading "The" and short function words (of, and, the...).
QStringList journalWords(const QString &journal);

// How two journal titles relate.
enum class JournalMatch
{
    Missing,      // one or both are empty
    Different,    // they do not match
    Partial,      // one is the start of the other ("Circulation" / "Circulation. Conference: …")
    Abbreviation, // ISO-style abbreviation: "J Soc Clin Psychol" / "Journal of Social and
                  // Clinical Psychology", or an acronym ("JAMA")
    Same,         // equal after normalisation
};

// Compares journal titles word by word: each word of the abbreviation starts with the first
// letter of the full word and its letters appear in the full word in order ("Natl" for
// "National", "Psychol" for "Psychology").
JournalMatch matchJournals(const QString &a, const QString &b);
// The same for titles already split by journalWords() (duplicate detection keeps those).
JournalMatch matchJournalWords(const QStringList &a, const QStringList &b);

// The word-level test behind matchJournals(): is `abbreviated` an abbreviation of `full`?
bool isWordAbbreviation(const QString &abbreviated, const QString &full);

} // namespace evimap::Normalise
