#include "import/pubdate.h"

#include <QRegularExpression>
#include <QStringList>

namespace evimap {

namespace {

bool isYear(QStringView token, int *year)
{
    if (token.size() != 4)
        return false;
    bool ok = false;
    const int value = token.toInt(&ok);
    if (!ok || value < 1500 || value > 2099)
        return false;
    *year = value;
    return true;
}

// A month as a name ("Apr") or a number ("06").
int monthOf(QStringView token)
{
    bool ok = false;
    const int number = token.toInt(&ok);
    if (ok)
        return number >= 1 && number <= 12 && token.size() <= 2 ? number : 0;
    return PubDate::monthFromName(token);
}

int dayOf(QStringView token)
{
    bool ok = false;
    const int number = token.toInt(&ok);
    return ok && token.size() <= 2 && number >= 1 && number <= 31 ? number : 0;
}

PubDate make(int year, int month, int day)
{
    PubDate d;
    d.year = year;
    d.date = QString::number(year);
    if (month >= 1 && month <= 12) {
        d.date += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (day >= 1 && day <= 31)
            d.date += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    }
    return d;
}

} // namespace

int PubDate::monthFromName(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    QStringView n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.size() < 3)
        return 0;
    const QString lower = n.toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower.startsWith(QLatin1String(months[i]))) {
            // "june", "sept", "september" are fine; "marchand" is not a month.
            static const char *const full[] = {"january",   "february", "march",    "april",
                                               "may",       "june",     "july",     "august",
                                               "september", "october",  "november", "december"};
            const QLatin1String whole(full[i]);
            if (lower.size() <= whole.size() && whole.startsWith(lower))
                return i + 1;
        }
    }
    return 0;
}

PubDate PubDate::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    // The common cases first, without regular expressions: "2009", "2009 Feb", "2016 Apr 19".
    {
        int year = 0;
        if (isYear(QStringView(text).first(qMin<qsizetype>(4, text.size())), &year) &&
            (text.size() == 4 || text.at(4) == QLatin1Char(' '))) {
            const QList<QStringView> rest =
                QStringView(text).sliced(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (rest.isEmpty())
                return make(year, 0, 0);
            const int month = monthOf(rest.at(0));
            if (month > 0 && rest.size() <= 2) {
                const int day = rest.size() == 2 ? dayOf(rest.at(1)) : 0;
                if (rest.size() == 1 || day > 0)
                    return make(year, month, day);
            }
        }
    }
    // ISO-like: 2001/09/01, 2001-09, 2001/09/01/ (RIS style)
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})(?:[/-](\\d{1,2})(?:[/-](\\d{1,2}))?)?(?:[/\\sT]|$)"));
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        int year = 0;
        if (isYear(m.capturedView(1), &year)) {
            if (!m.capturedView(2).isEmpty())
                return make(year, m.captured(2).toInt(), m.captured(3).toInt());
        }
    }
    // Compact: 20100520
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const QRegularExpressionMatch m = compact.match(text); m.hasMatch()) {
        int year = 0;
        if (isYear(m.capturedView(1), &year))
            return make(year, m.captured(2).toInt(), m.captured(3).toInt());
    }
    // US numeric: 06/15/2015
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));
    if (const QRegularExpressionMatch m = us.match(text); m.hasMatch()) {
        int year = 0;
        if (isYear(m.capturedView(3), &year)) {
            const int month = m.captured(1).toInt();
            const int day = m.captured(2).toInt();
            if (month >= 1 && month <= 12)
                return make(year, month, day);
            return make(year, 0, 0);
        }
    }
    // Tokens: a year with a month and day after it ("2016 Apr 19") or before it ("Jun 15, 2015").
    QList<QStringView> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool separator =
            i == text.size() || text.at(i).isSpace() || QStringView(u",;/-").contains(text.at(i));
        if (separator && start >= 0) {
            tokens.append(QStringView(text).sliced(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        int year = 0;
        if (!isYear(tokens.at(i), &year))
            continue;
        int month = 0, day = 0;
        if (i + 1 < tokens.size() && (month = monthOf(tokens.at(i + 1))) > 0) {
            if (i + 2 < tokens.size())
                day = dayOf(tokens.at(i + 2));
        } else if (i >= 1 && PubDate::monthFromName(tokens.at(i - 1)) > 0) {
            month = PubDate::monthFromName(tokens.at(i - 1));
        } else if (i >= 2 && PubDate::monthFromName(tokens.at(i - 2)) > 0 &&
                   dayOf(tokens.at(i - 1)) > 0) {
            month = PubDate::monthFromName(tokens.at(i - 2));
            day = dayOf(tokens.at(i - 1));
        }
        return make(year, month, day);
    }
    // A year glued to other text ("c2009", "2009a").
    static const QRegularExpression anyYear(
        QStringLiteral("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)"));
    if (const QRegularExpressionMatch m = anyYear.match(text); m.hasMatch())
        return make(m.captured(1).toInt(), 0, 0);
    return {};
}

} // namespace evimap
