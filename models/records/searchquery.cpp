#include "records/searchquery.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace evimap::SearchQuery {

namespace {

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Keeps letters and digits; the tokenizer splits on the rest anyway.
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

struct Token
{
    enum Kind
    {
        Term,
        Operator,
        Open,
        Close
    } kind;
    QString text; // the FTS5 text of a term, or the operator
};

QList<Token> tokenize(const QString &userText)
{
    QList<Token> tokens;
    QString current;
    bool inPhrase = false;
    auto flushWord = [&]() {
        if (current == QLatin1String("AND") || current == QLatin1String("OR") ||
            current == QLatin1String("NOT")) {
            tokens.append({Token::Operator, current});
        } else {
            const QStringList words =
                cleanWord(current).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &w : words)
                tokens.append({Token::Term, quoted(w) + QLatin1Char('*')});
        }
        current.clear();
    };
    for (const QChar c : userText) {
        if (c == QLatin1Char('"')) {
            if (inPhrase) {
                if (const QString phrase = cleanWord(current); !phrase.isEmpty())
                    tokens.append({Token::Term, quoted(phrase)});
                current.clear();
            } else {
                flushWord();
            }
            inPhrase = !inPhrase;
        } else if (!inPhrase && (c == QLatin1Char('(') || c == QLatin1Char(')'))) {
            flushWord();
            tokens.append({c == QLatin1Char('(') ? Token::Open : Token::Close, QString()});
        } else if (c.isSpace() && !inPhrase) {
            flushWord();
        } else {
            current += c;
        }
    }
    if (inPhrase) {
        if (const QString phrase = cleanWord(current); !phrase.isEmpty())
            tokens.append({Token::Term, quoted(phrase)});
    } else {
        flushWord();
    }
    return tokens;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)
};

Error refused(const QString &why)
{
    return Error{Error::Kind::Usage, Tr::tr("the search cannot be run: %1").arg(why)};
}

bool isOperator(const QString &text)
{
    return text == QLatin1String("AND") || text == QLatin1String("OR") ||
           text == QLatin1String("NOT");
}

} // namespace

Result<QString> toFts5(const QString &userText)
{
    if (userText.trimmed().isEmpty())
        return QString();
    // An operator is written only together with the operand after it, so the output never
    // ends in one; an open parenthesis left without content is taken back with its operator.
    QStringList out;
    int depth = 0;
    int terms = 0;
    bool needOperand = true;
    QString pendingOperator;
    QString previousOperator; // the token before was this operator
    auto joinWithOperator = [&]() {
        if (!needOperand)
            out << (pendingOperator.isEmpty() ? QStringLiteral("AND") : pendingOperator);
        pendingOperator.clear();
    };
    auto dropEmptyGroup = [&]() {
        out.removeLast(); // "("
        --depth;
        if (!out.isEmpty() && isOperator(out.last()))
            out.removeLast();
        needOperand = out.isEmpty() || out.last() == QLatin1String("(");
    };
    for (const Token &token : tokenize(userText)) {
        const QString previous = std::exchange(previousOperator, QString());
        switch (token.kind) {
        case Token::Term:
            if (++terms > maxTerms)
                return refused(Tr::tr("it has more than %1 words and phrases").arg(maxTerms));
            joinWithOperator();
            out << token.text;
            needOperand = false;
            break;
        case Token::Operator:
            // FTS5's NOT is binary ("a NOT b"): a NOT with nothing before it would silently
            // find the very records it should exclude.
            if (token.text == QLatin1String("NOT") && needOperand)
                return refused(Tr::tr("NOT must come after what it excludes from, as in "
                                      "\"loneliness NOT mice\"; here nothing comes before it"));
            if (!previous.isEmpty() &&
                !(previous == QLatin1String("AND") && token.text == QLatin1String("NOT")))
                return refused(Tr::tr("\"%1 %2\" is two operators in a row (of those only "
                                      "\"AND NOT\" can be read)")
                                   .arg(previous, token.text));
            // A leading AND or OR combines nothing and is dropped.
            if (!needOperand)
                pendingOperator = token.text;
            previousOperator = token.text;
            break;
        case Token::Open:
            if (depth == maxDepth)
                return refused(
                    Tr::tr("its parentheses are nested more than %1 deep").arg(maxDepth));
            joinWithOperator();
            out << QStringLiteral("(");
            ++depth;
            needOperand = true;
            break;
        case Token::Close:
            if (depth == 0)
                return refused(Tr::tr("a closing parenthesis has no opening one"));
            if (needOperand) {
                dropEmptyGroup();
                break;
            }
            out << QStringLiteral(")");
            --depth;
            pendingOperator.clear();
            break;
        }
    }
    if (terms == 0)
        return refused(Tr::tr("\"%1\" has no word or number to search for")
                           .arg(userText.simplified().left(40)));
    while (!out.isEmpty() && out.last() == QLatin1String("("))
        dropEmptyGroup();
    for (; depth > 0; --depth)
        out << QStringLiteral(")");
    return out.join(QLatin1Char(' '));
}

QStringList highlightTerms(const QString &userText)
{
    QStringList terms;
    bool skipNext = false; // the word, phrase or group after NOT
    int skipDepth = 0;     // inside a group after NOT
    qsizetype i = 0;
    const qsizetype n = userText.size();
    const auto take = [&](const QString &term) {
        if (skipNext || skipDepth > 0) {
            skipNext = false;
            return;
        }
        if (!term.isEmpty() && !terms.contains(term))
            terms << term;
    };
    while (i < n) {
        const QChar c = userText.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            const qsizetype end = userText.indexOf(QLatin1Char('"'), i + 1);
            const QString phrase = cleanWord(userText.mid(i + 1, end < 0 ? -1 : end - i - 1));
            i = end < 0 ? n : end + 1;
            take(phrase);
        } else if (c == QLatin1Char('(')) {
            if (skipNext || skipDepth > 0) {
                skipNext = false;
                ++skipDepth;
            }
            ++i;
        } else if (c == QLatin1Char(')')) {
            if (skipDepth > 0)
                --skipDepth;
            ++i;
        } else {
            qsizetype end = i;
            while (end < n && !userText.at(end).isSpace() && userText.at(end) != QLatin1Char('"') &&
                   userText.at(end) != QLatin1Char('(') && userText.at(end) != QLatin1Char(')'))
                ++end;
            const QString word = userText.mid(i, end - i);
            i = end;
            if (word == QLatin1String("AND") || word == QLatin1String("OR"))
                continue;
            if (word == QLatin1String("NOT")) {
                skipNext = true;
                continue;
            }
            const QString clean = cleanWord(word);
            if (clean.isEmpty())
                continue;
            // Each part a prefix, as the search reads them ("self-esteem": self* esteem*).
            take(clean.split(QLatin1Char(' ')).join(QLatin1String("* ")) + QLatin1Char('*'));
        }
    }
    return terms;
}

} // namespace evimap::SearchQuery
