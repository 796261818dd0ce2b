#pragma once

#include "import/formatregistry.h"
#include "import/recordreader.h"

#include <QStringList>

namespace evimap {

// BibTeX and BibLaTeX as written by JabRef, Zotero, Better BibTeX, Mendeley and by hand:
// @type{key, field = value, ...} or @type(key, ...) (types may hold "_", as Mendeley's
// @web_page); values in braces (nested), in quotes, bare numbers or @string macros (jan..dec
// predefined) joined with #; @comment and @preamble are read and dropped; % starts a comment
// between fields; a field name followed by a number ("funding_text 1", Scopus) is read as
// "funding_text_1". LaTeX in values becomes Unicode.
//
// crossref (and BibLaTeX xdata) fill the fields a child lacks from its parent, wherever the
// parent is in the file: a child whose parent has not been resolved yet is held back and
// handed on when the parent is (or at the end of the file), so such children can come out
// after entries that follow them. Each entry is resolved once, from its resolved parents, so
// chains cost time in proportion to their length; a cycle is resolved at the end of the file,
// followed once and reported. Memory stays bounded: at most a few tens of MB of entries are
// kept for this, beyond which the oldest ones are let go (with a warning when one was needed).
//
// Bounds: an entry over 1 MB or with braces nested deeper than 64 is skipped with an Error, and
// so is one whose values grow past the bounds below when its macros are expanded;
// so is a malformed entry (an unbalanced brace, a field without "=", text where a comma
// belongs). Reading resumes at the next line starting with "@". A missing comma between two
// fields is repaired with a warning, as no field can be lost by it.
class BibtexReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(BibtexReader)

public:
    static constexpr qsizetype maxEntryChars = 1024 * 1024;
    static constexpr int maxBraceDepth = 64;
    // @string macros are expanded as they are used: a field's value, an entry's values and
    // all macros together have a bounded size (characters), and what grows past it is refused.
    static constexpr qsizetype maxValueChars = 1024 * 1024;
    static constexpr qsizetype maxEntryExpandedChars = 8 * 1024 * 1024;
    static constexpr qsizetype maxMacroChars = 16 * 1024 * 1024;

    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("bibtex"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // "Smith, John and {World Health Organization} and Ludwig van Beethoven" -> the raw LaTeX
    // of each name; splits on "and" (any case) outside braces, drops "others".
    static QStringList splitNames(const QString &latex);
    // One raw name ("First von Last", "von Last, First" or "von Last, Jr, First") as
    // "von Last, First" ("von Last, First, Jr" with a suffix), in Unicode. A name in braces is
    // kept whole.
    static QString normaliseName(const QString &latex);
    // The RecordType for an entry type (lower case); misc and online with a URL are web pages.
    static QString typeFromBibtex(const QString &entryType, bool hasUrl);
};

} // namespace evimap
