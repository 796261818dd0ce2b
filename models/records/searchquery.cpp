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
    enum Kind { Term, Operator, Open, Close } kind;
    QString text; // the FTS5 text of a term, or the operator
};

QList<Token> tokenize(const QString &userText)
{
    QList<Token> tokens;
    QString current;
    bool inPhrase = false;
    auto flushWord = [&]() {
        if (current == QLatin1String("AND") || current == QLatin1String("OR")
            || current == QLatin1String("NOT")) {
            tokens.append({Token::Operator, current});
        } else {
            const QStringList words = cleanWord(current).split(QLatin1Char(' '), Qt::SkipEmptyParts);
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

bool isOperator(const QString &text)
{
    return text == QLatin1String("AND") || text == QLatin1String("OR") || text == QLatin1String("NOT");
}

} // namespace

QString toFts5(const QString &userText)
{
    // An operator is written only together with the operand after it, so the output never
    // ends in one; an open parenthesis left without content is taken back with its operator.
    QStringList out;
    int depth = 0;
    bool needOperand = true;
    QString pendingOperator;
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
        switch (token.kind) {
        case Token::Term:
            joinWithOperator();
            out << token.text;
            needOperand = false;
            break;
        case Token::Operator:
            // Only meaningful after an operand; FTS5's NOT is binary ("a NOT b"), so a leading
            // NOT, or NOT after another operator, keeps the last one given.
            if (!needOperand)
                pendingOperator = token.text;
            break;
        case Token::Open:
            joinWithOperator();
            out << QStringLiteral("(");
            ++depth;
            needOperand = true;
            break;
        case Token::Close:
            if (depth == 0)
                break;
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
    while (!out.isEmpty() && out.last() == QLatin1String("("))
        dropEmptyGroup();
    for (; depth > 0; --depth)
        out << QStringLiteral(")");
    return out.join(QLatin1Char(' '));
}

} // namespace evimap::SearchQuery
