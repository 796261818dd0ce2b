#include "records/searchquery.h"

#include <QStringList>

namespace evimap::SearchQuery {

namespace {

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Keeps letters, digits and inner apostrophes/hyphens; the tokenizer splits on the rest anyway.
QString cleanWord(const QString &word)
{
    QString out;
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            out += c;
        else
            out += QLatin1Char(' ');
    }
    return out.simplified();
}

} // namespace

QString toFts5(const QString &userText)
{
    QStringList parts;
    QString current;
    bool inPhrase = false;
    auto flushWord = [&]() {
        const QStringList words = cleanWord(current).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            parts.append(quoted(w) + QLatin1Char('*'));
        current.clear();
    };
    for (const QChar c : userText) {
        if (c == QLatin1Char('"')) {
            if (inPhrase) {
                const QString phrase = cleanWord(current);
                if (!phrase.isEmpty())
                    parts.append(quoted(phrase));
                current.clear();
            } else {
                flushWord();
            }
            inPhrase = !inPhrase;
        } else if (c.isSpace() && !inPhrase) {
            flushWord();
        } else {
            current += c;
        }
    }
    flushWord();
    return parts.join(QLatin1Char(' '));
}

} // namespace evimap::SearchQuery
