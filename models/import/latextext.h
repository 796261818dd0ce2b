#pragma once

#include <QString>

namespace evimap {

// Turns the LaTeX markup found in BibTeX fields into plain Unicode text: accents in all their
// spellings (\"{o}, {\"o}, \"o, \c{c}, {\'\i}), letter commands (\ss, \o, \aa, \ae, \l),
// escaped specials (\& \% \$ \# \_ \{ \}), dashes (-- and ---), quotes (`` ''), ~ as a space,
// text commands reduced to their argument (\emph{x} -> x), simple math ($\alpha$ -> α), and
// protective braces removed. Whitespace runs, line breaks included, become one space.
class LatexText final
{
public:
    static QString toUnicode(const QString &latex);

    // For verbatim fields (url, doi, file): only the escapes \_ \% \# \& \$ \~ \{ \} are
    // undone and outer protective braces removed; nothing else is touched.
    static QString verbatim(const QString &latex);
};

} // namespace evimap
