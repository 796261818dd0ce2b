#include "records/normalise.h"

#include <QRegularExpression>

namespace evimap::Normalise {

QString cleanDoi(const QString &input)
{
    QString s = input.trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression prefix(
        QStringLiteral("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*|doi\\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    s.remove(prefix);
    static const QRegularExpression suffix(QStringLiteral("\\s*\\[doi\\]\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    s.remove(suffix);
    const int start = s.indexOf(QLatin1String("10."));
    if (start < 0)
        return {};
    s = s.mid(start);
    // A DOI ends at the first space; trailing punctuation is sentence punctuation.
    const int space = s.indexOf(QRegularExpression(QStringLiteral("\\s")));
    if (space >= 0)
        s.truncate(space);
    while (!s.isEmpty() && QStringLiteral(".,;").contains(s.back()))
        s.chop(1);
    return s;
}

QString doi(const QString &input)
{
    return cleanDoi(input).toUpper();
}

QString text(const QString &input)
{
    // Decompose so accents become separate marks, then keep letters and digits only.
    const QString decomposed = input.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
            space = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString title(const QString &input)
{
    QString s = input;
    if (s.contains(QLatin1Char('<'))) {
        static const QRegularExpression tags(QStringLiteral("<[^>]{0,200}>"));
        s.remove(tags);
    }
    if (s.contains(QLatin1Char('\\')) || s.contains(QLatin1Char('{'))) {
        static const QRegularExpression latex(QStringLiteral("\\\\[a-zA-Z]+\\s*|[{}]"));
        s.remove(latex);
    }
    // Trailing copyright notes ("© 2020 Elsevier", "(c) The Authors") belong to abstracts, but
    // some exports glue them to titles.
    static const QRegularExpression copyright(
        QStringLiteral("\\s*(?:©|\\(c\\)|copyright)\\s.*$"), QRegularExpression::CaseInsensitiveOption);
    s.remove(copyright);
    return text(s);
}

QString authors(const QStringList &list)
{
    QStringList keys;
    keys.reserve(list.size());
    for (const QString &author : list) {
        QString surname = author;
        QString given;
        const int comma = author.indexOf(QLatin1Char(','));
        if (comma >= 0) {
            surname = author.left(comma);
            given = author.mid(comma + 1).trimmed();
        } else {
            const int lastSpace = author.trimmed().lastIndexOf(QLatin1Char(' '));
            if (lastSpace > 0) {
                surname = author.trimmed().mid(lastSpace + 1);
                given = author.trimmed().left(lastSpace);
            }
        }
        QString key = text(surname).remove(QLatin1Char(' '));
        const QString initial = text(given).left(1);
        if (!initial.isEmpty())
            key += QLatin1Char(' ') + initial;
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys.join(QLatin1Char(';'));
}

} // namespace evimap::Normalise
