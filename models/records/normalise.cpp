#include "records/normalise.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace evimap::Normalise {

namespace {

// Letters that Unicode does not decompose into a base letter and a mark.
const char *foldedLetter(char16_t c)
{
    switch (c) {
    case u'ø':
    case u'Ø':
        return "o";
    case u'ł':
    case u'Ł':
        return "l";
    case u'đ':
    case u'Đ':
    case u'ð':
    case u'Ð':
        return "d";
    case u'ß':
        return "ss";
    case u'æ':
    case u'Æ':
        return "ae";
    case u'œ':
    case u'Œ':
        return "oe";
    case u'ı':
        return "i";
    case u'þ':
    case u'Þ':
        return "th";
    default:
        break;
    }
    // Greek letters as their names, so "TNF-α" and "TNF-alpha" compare equal.
    static const char *const greek[] = {
        "alpha", "beta",   "gamma",   "delta", "epsilon", "zeta",    "eta",  "theta", "iota",
        "kappa", "lambda", "mu",      "nu",    "xi",      "omicron", "pi",   "rho",   "sigma",
        "sigma", "tau",    "upsilon", "phi",   "chi",     "psi",     "omega"};
    if (c >= 0x03B1 && c <= 0x03C9)
        return greek[c - 0x03B1];
    if (c >= 0x0391 && c <= 0x03A9 && c != 0x03A2)
        return greek[c - 0x0391];
    return nullptr;
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02BC' || c == u'`';
}

bool isDash(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash
    case u'\u2015': // horizontal bar
    case u'\u2212': // minus sign
    case u'\uFE63': // small hyphen-minus
    case u'\uFF0D': // fullwidth hyphen-minus
        return true;
    default:
        return false;
    }
}

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isPlaceholder(const QString &s)
{
    const QString lower = s.trimmed().toLower();
    return lower.isEmpty() || lower == QLatin1String("na") || lower == QLatin1String("n/a") ||
           lower == QLatin1String("nan") || lower == QLatin1String("null") ||
           lower == QLatin1String("none") || lower == QLatin1String("-");
}

QString decodeEntities(const QString &input)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});"));
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("szlig"), QStringLiteral("ß")},
        {QStringLiteral("aelig"), QStringLiteral("æ")},
        {QStringLiteral("oelig"), QStringLiteral("œ")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("minus"), QStringLiteral("−")},
        {QStringLiteral("micro"), QStringLiteral("µ")},
    };
    static const QRegularExpression accented(
        QStringLiteral("^([A-Za-z])(acute|grave|uml|circ|tilde|cedil|ring|slash|caron)$"));
    static const char *const greekNames[] = {
        "alpha", "beta",   "gamma",   "delta", "epsilon", "zeta",    "eta",  "theta", "iota",
        "kappa", "lambda", "mu",      "nu",    "xi",      "omicron", "pi",   "rho",   "sigmaf",
        "sigma", "tau",    "upsilon", "phi",   "chi",     "psi",     "omega"};

    QString out;
    out.reserve(input.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(input);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code < 0x110000 && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = char32_t(code);
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (named.contains(name)) {
            replacement = named.value(name);
        } else if (const QRegularExpressionMatch a = accented.match(name); a.hasMatch()) {
            replacement = a.captured(1);
        } else {
            const QString lower = name.toLower();
            for (int i = 0; i < int(std::size(greekNames)); ++i) {
                if (lower == QLatin1String(greekNames[i])) {
                    replacement = QChar(char16_t(0x03B1 + i));
                    break;
                }
            }
        }
        if (replacement.isNull())
            continue; // unknown: leave it as written
        out += QStringView(input).sliced(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    if (last == 0)
        return input;
    out += QStringView(input).sliced(last);
    return out;
}

QString stripTags(const QString &input)
{
    static const QRegularExpression tag(
        QStringLiteral("</?([A-Za-z][A-Za-z0-9]*)(?::[A-Za-z0-9]+)?(?:\\s[^<>]{0,300})?/?>"));
    // Inline markup joins its text to the neighbours ("K<sub>Ca</sub>3.1"); block tags separate.
    static const QStringList inlineTags = {
        QStringLiteral("i"),      QStringLiteral("b"),    QStringLiteral("em"),
        QStringLiteral("strong"), QStringLiteral("sup"),  QStringLiteral("sub"),
        QStringLiteral("inf"),    QStringLiteral("u"),    QStringLiteral("span"),
        QStringLiteral("sc"),     QStringLiteral("scp"),  QStringLiteral("smallcaps"),
        QStringLiteral("mml"),    QStringLiteral("math"), QStringLiteral("mi"),
        QStringLiteral("mo"),     QStringLiteral("mn"),   QStringLiteral("msub"),
        QStringLiteral("msup"),   QStringLiteral("mrow"), QStringLiteral("tt"),
        QStringLiteral("a"),      QStringLiteral("font")};
    QString out;
    out.reserve(input.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = tag.globalMatch(input);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(input).sliced(last, m.capturedStart() - last);
        if (!inlineTags.contains(m.captured(1).toLower()))
            out += QLatin1Char(' ');
        last = m.capturedEnd();
    }
    if (last == 0)
        return input;
    out += QStringView(input).sliced(last);
    return out;
}

QString stripLatex(const QString &input)
{
    QString s = input;
    // Letters written as commands: \ss, \o, \l, \ae, \aa, \i ...
    static const QRegularExpression letters(
        QStringLiteral("\\\\(ss|o|O|l|L|ae|AE|oe|OE|aa|AA|i|j)(?![A-Za-z])\\s*"));
    static const QHash<QString, QString> letterMap = {
        {QStringLiteral("ss"), QStringLiteral("ss")}, {QStringLiteral("o"), QStringLiteral("o")},
        {QStringLiteral("O"), QStringLiteral("O")},   {QStringLiteral("l"), QStringLiteral("l")},
        {QStringLiteral("L"), QStringLiteral("L")},   {QStringLiteral("ae"), QStringLiteral("ae")},
        {QStringLiteral("AE"), QStringLiteral("AE")}, {QStringLiteral("oe"), QStringLiteral("oe")},
        {QStringLiteral("OE"), QStringLiteral("OE")}, {QStringLiteral("aa"), QStringLiteral("a")},
        {QStringLiteral("AA"), QStringLiteral("A")},  {QStringLiteral("i"), QStringLiteral("i")},
        {QStringLiteral("j"), QStringLiteral("j")}};
    if (s.contains(QLatin1Char('\\'))) {
        QString out;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = letters.globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(s).sliced(last, m.capturedStart() - last);
            out += letterMap.value(m.captured(1));
            last = m.capturedEnd();
        }
        if (last > 0) {
            out += QStringView(s).sliced(last);
            s = out;
        }
        // Greek letters in math mode keep their names.
        static const QRegularExpression greek(QStringLiteral(
            "\\\\(alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|"
            "nu|xi|pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega)(?![A-Za-z])"));
        s.replace(greek, QStringLiteral(" \\1 "));
        // Escaped specials stand for themselves; accents and other commands go.
        static const QRegularExpression escaped(QStringLiteral("\\\\([&%$#_])"));
        s.replace(escaped, QStringLiteral("\\1"));
        static const QRegularExpression accents(QStringLiteral("\\\\[\"'`^~=.]"));
        s.remove(accents);
        static const QRegularExpression commands(QStringLiteral("\\\\[A-Za-z]+\\s*"));
        s.remove(commands);
    }
    s.remove(QLatin1Char('{'));
    s.remove(QLatin1Char('}'));
    s.remove(QLatin1Char('$'));
    return s;
}

const QStringList &journalStopWords()
{
    static const QStringList words = {
        QStringLiteral("of"),  QStringLiteral("the"), QStringLiteral("and"),
        QStringLiteral("for"), QStringLiteral("in"),  QStringLiteral("on"),
        QStringLiteral("at"),  QStringLiteral("to"),  QStringLiteral("an"),
        QStringLiteral("de"),  QStringLiteral("la"),  QStringLiteral("le"),
        QStringLiteral("les"), QStringLiteral("des"), QStringLiteral("du"),
        QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("das"),
        QStringLiteral("und"), QStringLiteral("fur"), QStringLiteral("y"),
        QStringLiteral("et"),  QStringLiteral("del"), QStringLiteral("della"),
        QStringLiteral("di")};
    return words;
}

bool wordsAbbreviate(const QStringList &a, const QStringList &b, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (!isWordAbbreviation(a.at(i), b.at(i)) && !isWordAbbreviation(b.at(i), a.at(i)))
            return false;
    }
    return true;
}

bool isAcronymOf(const QStringList &acronym, const QStringList &words)
{
    if (acronym.size() != 1 || words.size() < 2)
        return false;
    const QString &a = acronym.first();
    if (a.size() != words.size())
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i).front() != a.at(i))
            return false;
    }
    return true;
}

// "JA", "J.A.", "J.", "G.-H.": initials written after a surname.
bool looksLikeInitials(const QString &token)
{
    int letters = 0;
    for (const QChar c : token) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (c != QLatin1Char('.') && c != QLatin1Char('-')) {
            return false;
        }
    }
    return letters >= 1 && letters <= 3;
}

} // namespace

QString cleanDoi(const QString &input)
{
    QString s = input.trimmed();
    if (s.isEmpty())
        return {};
    // Most DOIs arrive bare; the expressions run only for the others (this runs per record).
    if (!s.startsWith(QLatin1String("10."))) {
        static const QRegularExpression prefix(
            QStringLiteral("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*|doi\\s+)"),
            QRegularExpression::CaseInsensitiveOption);
        s.remove(prefix);
    }
    if (s.contains(QLatin1Char('['))) {
        static const QRegularExpression suffix(QStringLiteral("\\s*\\[doi\\]\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
        s.remove(suffix);
    }
    const qsizetype start = s.indexOf(QLatin1String("10."));
    if (start < 0)
        return {};
    s = s.mid(start);
    // A DOI ends at the first space; trailing punctuation is sentence punctuation.
    const auto space = std::find_if(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
    s.truncate(space - s.cbegin());
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
    const QString decomposed =
        isAscii(input) ? input : input.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (c.unicode() >= 0x80) {
                if (const char *folded = foldedLetter(c.unicode())) {
                    out.append(QLatin1String(folded));
                    space = false;
                    continue;
                }
            }
            out.append(c.toLower());
            space = false;
        } else if (isApostrophe(c.unicode())) {
            continue; // "children's" = "childrens", "O'Brien" = "OBrien"
        } else if (c.category() == QChar::Mark_NonSpacing ||
                   c.category() == QChar::Mark_SpacingCombining ||
                   c.category() == QChar::Other_Format) {
            continue; // accents; soft hyphens and zero-width characters
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString stripMarkup(const QString &input)
{
    QString s = input;
    if (s.contains(QLatin1Char('&')))
        s = decodeEntities(s);
    if (s.contains(QLatin1Char('<')))
        s = stripTags(s);
    if (s.contains(QLatin1Char('\\')) || s.contains(QLatin1Char('{')) ||
        s.contains(QLatin1Char('$')))
        s = stripLatex(s);
    return s;
}

QString stripCopyright(const QString &input)
{
    const bool maybe = input.contains(QChar(0x00A9)) ||
                       input.contains(QLatin1String("(c)"), Qt::CaseInsensitive) ||
                       input.contains(QLatin1String("copyright"), Qt::CaseInsensitive) ||
                       input.contains(QLatin1String("rights reserved"), Qt::CaseInsensitive);
    if (!maybe)
        return input;
    static const QRegularExpression notes[] = {
        // "© 2020 Elsevier", "Crown Copyright © 2019", "Copyright © The Authors"
        QRegularExpression(QStringLiteral("\\s*(?:(?:crown\\s+)?copyright\\s*)?\u00A9.*$"),
                           QRegularExpression::CaseInsensitiveOption |
                               QRegularExpression::DotMatchesEverythingOption),
        // "(c) 2020 ...", "Copyright (c) The Author(s)"; not "(c) Treatment" in a list
        QRegularExpression(
            QStringLiteral("\\s*(?:copyright\\s*)?\\(c\\)\\s*(?:\\d{4}|the\\s+authors?|crown|by\\b)"
                           ".*$"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption),
        // "Copyright 2018 Wiley", "Copyright by the authors"; not "Copyright law and ..."
        QRegularExpression(
            QStringLiteral("\\s*(?:crown\\s+)?copyright\\s+(?:\\d{4}|by\\b|the\\s+authors?).*$"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption),
        QRegularExpression(QStringLiteral("[.\\s]*all rights reserved\\.?\\s*$"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    QString s = input;
    for (const QRegularExpression &note : notes) {
        const QRegularExpressionMatch m = note.match(s);
        // A note at the very start is the whole text (or the text is about copyright).
        if (m.hasMatch() && m.capturedStart() > 0)
            s.truncate(m.capturedStart());
    }
    return s.trimmed().isEmpty() ? input : s;
}

QString title(const QString &input)
{
    return text(stripCopyright(stripMarkup(input)));
}

QString authors(const QStringList &list)
{
    QStringList keys;
    keys.reserve(list.size());
    for (const QString &author : list) {
        const QString trimmed = author.trimmed();
        QString surname = trimmed;
        QString given;
        const int comma = trimmed.indexOf(QLatin1Char(','));
        if (comma >= 0) {
            surname = trimmed.left(comma);
            given = trimmed.mid(comma + 1).trimmed();
        } else {
            QStringList tokens = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (tokens.size() >= 2 && looksLikeInitials(tokens.last())) {
                // "Smith JA", "Smith J. A.": surname first, initials after.
                QStringList initials;
                while (tokens.size() > 1 && looksLikeInitials(tokens.last()))
                    initials.prepend(tokens.takeLast());
                surname = tokens.join(QLatin1Char(' '));
                given = initials.join(QLatin1Char(' '));
            } else if (tokens.size() >= 2) {
                surname = tokens.takeLast();
                given = tokens.join(QLatin1Char(' '));
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

namespace {

// "123", "123-129", "123-9": the common shapes, read without regular expressions.
bool simplePages(const QString &s, qint64 *start, qint64 *end)
{
    qint64 numbers[2] = {0, 0};
    int count = 0, digits = 0;
    for (const QChar c : s) {
        if (c >= u'0' && c <= u'9') {
            if (digits == 0)
                ++count;
            if (++digits > 9 || count > 2)
                return false;
            numbers[count - 1] = numbers[count - 1] * 10 + (c.unicode() - u'0');
        } else if (c == u'-' && digits > 0 && count == 1) {
            digits = 0;
        } else {
            return false;
        }
    }
    if (count == 0 || digits == 0)
        return false;
    *start = numbers[0];
    *end = count == 2 ? numbers[1] : 0;
    return true;
}

QString pageRange(qint64 start, const QString &endDigits)
{
    qint64 last = 0;
    if (!endDigits.isEmpty()) {
        // "123-9" -> 123-129: the end repeats the start's leading digits.
        const QString startText = QString::number(start);
        const QString endText = QString::number(endDigits.toLongLong());
        if (endText.size() < startText.size())
            last = (startText.left(startText.size() - endText.size()) + endText).toLongLong();
        else
            last = endText.toLongLong();
    }
    if (last <= start)
        return QString::number(start);
    return QString::number(start) + QLatin1Char('-') + QString::number(last);
}

} // namespace

QString pages(const QString &input)
{
    qint64 first = 0, second = 0;
    if (simplePages(input, &first, &second))
        return pageRange(first, second > 0 ? QString::number(second) : QString());
    QString s = input.trimmed();
    if (isPlaceholder(s))
        return {};
    for (QChar &c : s) {
        if (isDash(c))
            c = QLatin1Char('-');
    }
    static const QString months = QStringLiteral("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec");
    auto monthNumber = [&](const QString &name) {
        return int(months.split(QLatin1Char('|')).indexOf(name.left(3).toLower())) + 1;
    };
    // A spreadsheet read "21-8" as 21 August and "1-10" as 1 October.
    static const QRegularExpression dayMonth(QStringLiteral("^(\\d{1,2})-(%1)[a-z]*$").arg(months),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthYear(QStringLiteral("^(%1)[a-z]*-(\\d{1,2})$").arg(months),
                                              QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = dayMonth.match(s); m.hasMatch())
        s = m.captured(1) + QLatin1Char('-') + QString::number(monthNumber(m.captured(2)));
    else if (const QRegularExpressionMatch m2 = monthYear.match(s); m2.hasMatch())
        s = QString::number(monthNumber(m2.captured(1))) + QLatin1Char('-') + m2.captured(2);

    static const QRegularExpression range(
        QStringLiteral("^(?:pp?\\.?\\s*|pages?\\s+)?[A-Za-z]{0,3}\\s*(\\d{1,9})"
                       "(?:\\s*-+\\s*[A-Za-z]{0,3}\\s*(\\d{1,9}))?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = range.match(s);
    if (!m.hasMatch())
        return text(s); // roman numerals, "n.pag."
    return pageRange(m.captured(1).toLongLong(), m.captured(2));
}

QString firstPage(const QString &input)
{
    const QString p = pages(input);
    const qsizetype dash = p.indexOf(QLatin1Char('-'));
    return dash < 0 ? p : p.left(dash);
}

QString volume(const QString &input)
{
    if (!input.isEmpty() && input.size() < 10 &&
        std::all_of(input.begin(), input.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return QString::number(input.toLongLong());
    if (isPlaceholder(input))
        return {};
    static const QRegularExpression leading(QStringLiteral("^\\s*0*(\\d{1,9})"));
    if (const QRegularExpressionMatch m = leading.match(input); m.hasMatch())
        return m.captured(1).isEmpty() ? QStringLiteral("0") : m.captured(1);
    return text(input);
}

QStringList journalWords(const QString &journal)
{
    if (isPlaceholder(journal))
        return {};
    QString s = stripMarkup(journal);
    static const QRegularExpression qualifier(QStringLiteral("\\([^()]*\\)"));
    s.remove(qualifier);
    QStringList words = text(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList &stop = journalStopWords();
    QStringList kept;
    kept.reserve(words.size());
    for (const QString &w : std::as_const(words)) {
        if (!stop.contains(w))
            kept.append(w);
    }
    return kept.isEmpty() ? words : kept;
}

bool isWordAbbreviation(const QString &abbreviated, const QString &full)
{
    if (abbreviated.isEmpty() || full.isEmpty() || abbreviated.size() > full.size() ||
        abbreviated.front() != full.front())
        return false;
    // Numbers ("Part 2", "Series 20") must be equal.
    auto hasDigit = [](const QString &w) {
        return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
    };
    if (hasDigit(abbreviated) || hasDigit(full))
        return abbreviated == full;
    if (full.startsWith(abbreviated))
        return true;
    // Contractions ("Natl", "Jpn", "Hlth"): the letters appear in order.
    qsizetype j = 0;
    for (const QChar c : abbreviated) {
        while (j < full.size() && full.at(j) != c)
            ++j;
        if (j == full.size())
            return false;
        ++j;
    }
    return true;
}

JournalMatch matchJournals(const QString &a, const QString &b)
{
    return matchJournalWords(journalWords(a), journalWords(b));
}

JournalMatch matchJournalWords(const QStringList &wa, const QStringList &wb)
{
    if (wa.isEmpty() || wb.isEmpty())
        return JournalMatch::Missing;
    if (wa == wb)
        return JournalMatch::Same;
    if (wa.size() == wb.size() && wordsAbbreviate(wa, wb, wa.size()))
        return JournalMatch::Abbreviation;
    if (isAcronymOf(wa, wb) || isAcronymOf(wb, wa))
        return JournalMatch::Abbreviation;
    const QStringList &shorter = wa.size() < wb.size() ? wa : wb;
    const QStringList &longer = wa.size() < wb.size() ? wb : wa;
    if (wordsAbbreviate(shorter, longer, shorter.size()))
        return JournalMatch::Partial;
    return JournalMatch::Different;
}

} // namespace evimap::Normalise
