#include "import/importhygiene.h"

#include <QLatin1StringView>

namespace evimap::ImportHygiene {

namespace {

// Placeholders are short; anything longer is an abstract, whatever it says.
constexpr qsizetype longestPlaceholder = 48;

bool isBracket(QChar c)
{
    return c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('(') ||
           c == QLatin1Char(')') || c == QLatin1Char('{') || c == QLatin1Char('}') ||
           c == QLatin1Char('<') || c == QLatin1Char('>');
}

// Lower case, without surrounding brackets, spaces and trailing periods, spaces collapsed.
QString bare(const QString &text)
{
    QString s = text.simplified().toLower();
    for (;;) {
        const qsizetype before = s.size();
        while (!s.isEmpty() && (isBracket(s.front()) || s.front().isSpace()))
            s.remove(0, 1);
        while (!s.isEmpty() &&
               (isBracket(s.back()) || s.back().isSpace() || s.back() == QLatin1Char('.')))
            s.chop(1);
        if (s.size() == before)
            break;
    }
    return s;
}

} // namespace

bool isPlaceholderAbstract(const QString &abstract)
{
    if (abstract.size() > longestPlaceholder)
        return false;
    const QString s = bare(abstract);
    static const QLatin1StringView placeholders[] = {
        QLatin1StringView("na"),
        QLatin1StringView("n/a"),
        QLatin1StringView("n.a"),
        QLatin1StringView("n. a"),
        QLatin1StringView("nan"),
        QLatin1StringView("none"),
        QLatin1StringView("null"),
        QLatin1StringView("no abstract"),
        QLatin1StringView("no abstract available"),
        QLatin1StringView("no abstract provided"),
        QLatin1StringView("abstract not available"),
        QLatin1StringView("abstract unavailable"),
        QLatin1StringView("abstract: na"),
        QLatin1StringView("abstract: n/a"),
        QLatin1StringView("not available"),
    };
    for (const QLatin1StringView placeholder : placeholders) {
        if (s == placeholder)
            return true;
    }
    return false;
}

Tidied tidy(Record &record)
{
    Tidied tidied;
    if (!record.abstract.isEmpty() && isPlaceholderAbstract(record.abstract)) {
        record.abstract.clear();
        tidied.abstractCleared = true;
    }
    tidied.untitled = record.title.trimmed().isEmpty();
    return tidied;
}

} // namespace evimap::ImportHygiene
