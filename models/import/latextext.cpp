#include "import/latextext.h"

#include <QHash>
#include <QSet>

namespace evimap {

namespace {

// Accents written with a symbol: \'e, \"{o}, \^o ...
char16_t symbolAccent(QChar c)
{
    switch (c.unicode()) {
    case u'`':
        return 0x0300;
    case u'\'':
        return 0x0301;
    case u'^':
        return 0x0302;
    case u'~':
        return 0x0303;
    case u'=':
        return 0x0304;
    case u'.':
        return 0x0307;
    case u'"':
        return 0x0308;
    default:
        return 0;
    }
}

// Accents written with a letter: \c{c}, \v{s}, \H{o} ...
char16_t letterAccent(const QString &name)
{
    if (name.size() != 1)
        return 0;
    switch (name.at(0).unicode()) {
    case u'c':
        return 0x0327; // cedilla
    case u'u':
        return 0x0306; // breve
    case u'v':
        return 0x030C; // caron
    case u'H':
        return 0x030B; // double acute
    case u'd':
        return 0x0323; // dot below
    case u'b':
        return 0x0331; // macron below
    case u'k':
        return 0x0328; // ogonek
    case u'r':
        return 0x030A; // ring above
    case u't':
        return 0x0361; // tie
    case u'G':
        return 0x030F; // double grave
    default:
        return 0;
    }
}

struct Symbol
{
    QString text;
    bool letter = false; // \ss, \o, \i: spaces after it only end the command name
};

const QHash<QString, Symbol> &symbols()
{
    static const QHash<QString, Symbol> table = [] {
        QHash<QString, Symbol> t;
        bool letters = true; // the first group of entries
        auto add = [&t, &letters](const char *name, const char16_t *text) {
            t.insert(QLatin1String(name), Symbol{QString::fromUtf16(text), letters});
        };
        // Letters.
        add("ss", u"ß");
        add("SS", u"SS");
        add("o", u"ø");
        add("O", u"Ø");
        add("aa", u"å");
        add("AA", u"Å");
        add("ae", u"æ");
        add("AE", u"Æ");
        add("oe", u"œ");
        add("OE", u"Œ");
        add("l", u"ł");
        add("L", u"Ł");
        add("i", u"ı");
        add("j", u"ȷ");
        add("dh", u"ð");
        add("DH", u"Ð");
        add("th", u"þ");
        add("TH", u"Þ");
        add("ng", u"ŋ");
        add("NG", u"Ŋ");
        add("dj", u"đ");
        add("DJ", u"Đ");
        letters = false;
        // Punctuation and symbols.
        add("textendash", u"–");
        add("textemdash", u"—");
        add("textquoteleft", u"‘");
        add("textquoteright", u"’");
        add("textquotedblleft", u"“");
        add("textquotedblright", u"”");
        add("textquotedbl", u"\"");
        add("textquotesingle", u"'");
        add("guillemotleft", u"«");
        add("guillemotright", u"»");
        add("guillemetleft", u"«");
        add("guillemetright", u"»");
        add("ldots", u"…");
        add("dots", u"…");
        add("textellipsis", u"…");
        add("S", u"§");
        add("P", u"¶");
        add("copyright", u"©");
        add("textcopyright", u"©");
        add("pounds", u"£");
        add("textsterling", u"£");
        add("euro", u"€");
        add("texteuro", u"€");
        add("textyen", u"¥");
        add("textregistered", u"®");
        add("texttrademark", u"™");
        add("dag", u"†");
        add("ddag", u"‡");
        add("textdagger", u"†");
        add("textdaggerdbl", u"‡");
        add("textbackslash", u"\\");
        add("textasciitilde", u"~");
        add("textasciicircum", u"^");
        add("textunderscore", u"_");
        add("textbar", u"|");
        add("textless", u"<");
        add("textgreater", u">");
        add("textbullet", u"•");
        add("textperiodcentered", u"·");
        add("textdegree", u"°");
        add("degree", u"°");
        add("textperthousand", u"‰");
        add("textexclamdown", u"¡");
        add("textquestiondown", u"¿");
        add("textordfeminine", u"ª");
        add("textordmasculine", u"º");
        add("textmu", u"µ");
        add("textonehalf", u"½");
        add("textpm", u"±");
        add("texttimes", u"×");
        add("textdiv", u"÷");
        add("textminus", u"−");
        add("textnumero", u"№");
        add("textsection", u"§");
        add("textparagraph", u"¶");
        add("textbraceleft", u"{");
        add("textbraceright", u"}");
        add("textdollar", u"$");
        add("textasteriskcentered", u"*");
        // Words.
        add("LaTeX", u"LaTeX");
        add("LaTeXe", u"LaTeX2e");
        add("TeX", u"TeX");
        add("BibTeX", u"BibTeX");
        add("XeTeX", u"XeTeX");
        add("LuaTeX", u"LuaTeX");
        // Math.
        add("alpha", u"α");
        add("beta", u"β");
        add("gamma", u"γ");
        add("delta", u"δ");
        add("epsilon", u"ε");
        add("varepsilon", u"ε");
        add("zeta", u"ζ");
        add("eta", u"η");
        add("theta", u"θ");
        add("vartheta", u"ϑ");
        add("iota", u"ι");
        add("kappa", u"κ");
        add("lambda", u"λ");
        add("mu", u"μ");
        add("nu", u"ν");
        add("xi", u"ξ");
        add("pi", u"π");
        add("varpi", u"ϖ");
        add("rho", u"ρ");
        add("varrho", u"ϱ");
        add("sigma", u"σ");
        add("varsigma", u"ς");
        add("tau", u"τ");
        add("upsilon", u"υ");
        add("phi", u"φ");
        add("varphi", u"φ");
        add("chi", u"χ");
        add("psi", u"ψ");
        add("omega", u"ω");
        add("Gamma", u"Γ");
        add("Delta", u"Δ");
        add("Theta", u"Θ");
        add("Lambda", u"Λ");
        add("Xi", u"Ξ");
        add("Pi", u"Π");
        add("Sigma", u"Σ");
        add("Upsilon", u"Υ");
        add("Phi", u"Φ");
        add("Psi", u"Ψ");
        add("Omega", u"Ω");
        add("pm", u"±");
        add("mp", u"∓");
        add("times", u"×");
        add("div", u"÷");
        add("cdot", u"·");
        add("leq", u"≤");
        add("le", u"≤");
        add("geq", u"≥");
        add("ge", u"≥");
        add("neq", u"≠");
        add("ne", u"≠");
        add("approx", u"≈");
        add("sim", u"∼");
        add("simeq", u"≃");
        add("equiv", u"≡");
        add("propto", u"∝");
        add("infty", u"∞");
        add("partial", u"∂");
        add("nabla", u"∇");
        add("sum", u"∑");
        add("prod", u"∏");
        add("int", u"∫");
        add("sqrt", u"√");
        add("in", u"∈");
        add("notin", u"∉");
        add("subset", u"⊂");
        add("cup", u"∪");
        add("cap", u"∩");
        add("emptyset", u"∅");
        add("forall", u"∀");
        add("exists", u"∃");
        add("neg", u"¬");
        add("wedge", u"∧");
        add("vee", u"∨");
        add("to", u"→");
        add("rightarrow", u"→");
        add("leftarrow", u"←");
        add("leftrightarrow", u"↔");
        add("Rightarrow", u"⇒");
        add("Leftarrow", u"⇐");
        add("Leftrightarrow", u"⇔");
        add("uparrow", u"↑");
        add("downarrow", u"↓");
        add("circ", u"∘");
        add("bullet", u"•");
        add("star", u"⋆");
        add("ast", u"∗");
        add("prime", u"′");
        add("ell", u"ℓ");
        add("hbar", u"ℏ");
        add("langle", u"⟨");
        add("rangle", u"⟩");
        add("lbrace", u"{");
        add("rbrace", u"}");
        add("backslash", u"\\");
        add("mid", u"|");
        add("vert", u"|");
        add("colon", u":");
        add("log", u"log");
        add("ln", u"ln");
        add("exp", u"exp");
        add("sin", u"sin");
        add("cos", u"cos");
        add("min", u"min");
        add("max", u"max");
        // Spacing.
        add("quad", u" ");
        add("qquad", u" ");
        add("enspace", u" ");
        add("thinspace", u" ");
        add("space", u" ");
        add("newline", u" ");
        add("par", u" ");
        add("linebreak", u" ");
        add("break", u" ");
        add("textvisiblespace", u"␣");
        return t;
    }();
    return table;
}

// Commands whose (first) braced argument is not text.
bool dropsArgument(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("hspace"), QStringLiteral("vspace"),      QStringLiteral("label"),
        QStringLiteral("index"),  QStringLiteral("href"),        QStringLiteral("rule"),
        QStringLiteral("cite"),   QStringLiteral("ref"),         QStringLiteral("pageref"),
        QStringLiteral("color"),  QStringLiteral("hyphenation"), QStringLiteral("nocite")};
    return names.contains(name);
}

// Commands whose argument is verbatim (a URL or a path).
bool verbatimArgument(const QString &name)
{
    return name == QLatin1String("url") || name == QLatin1String("path") ||
           name == QLatin1String("nolinkurl") || name == QLatin1String("detokenize");
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// Index just after the brace group that opens at `open` (s[open] == '{'), or s.size() when it
// is not closed.
qsizetype groupEnd(const QString &s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\')) {
            ++i; // an escaped brace does not count
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}')) {
            if (--depth == 0)
                return i + 1;
        }
    }
    return s.size();
}

class Decoder
{
public:
    explicit Decoder(const QString &s)
        : m_s(s)
    {
        m_out.reserve(s.size());
    }

    QString run()
    {
        decodeRange(0, m_s.size());
        while (!m_out.isEmpty() && m_out.back() == QLatin1Char(' '))
            m_out.chop(1);
        if (m_combined)
            return m_out.normalized(QString::NormalizationForm_C);
        return m_out;
    }

private:
    void append(QChar c)
    {
        if (c.isSpace()) {
            if (!m_out.isEmpty() && m_out.back() != QLatin1Char(' '))
                m_out.append(QLatin1Char(' '));
            return;
        }
        m_out.append(c);
    }
    void append(const QString &text)
    {
        for (const QChar c : text)
            append(c);
    }

    void skipSpaces(qsizetype end)
    {
        while (m_i < end && m_s.at(m_i).isSpace())
            ++m_i;
    }

    // The text an accent applies to: {x}, {\i}, \i, or one character.
    QString accentArgument(qsizetype end)
    {
        if (m_i >= end)
            return {};
        const QChar c = m_s.at(m_i);
        if (c == QLatin1Char('{')) {
            const qsizetype close = qMin(groupEnd(m_s, m_i), end);
            const QString inner = m_s.mid(m_i + 1, qMax<qsizetype>(0, close - m_i - 2));
            m_i = close;
            return Decoder(inner).run();
        }
        if (c == QLatin1Char('\\') && m_i + 1 < end && isAsciiLetter(m_s.at(m_i + 1))) {
            qsizetype j = m_i + 1;
            while (j < end && isAsciiLetter(m_s.at(j)))
                ++j;
            const QString name = m_s.mid(m_i + 1, j - m_i - 1);
            m_i = j;
            skipSpaces(end);
            const auto it = symbols().constFind(name);
            return it != symbols().constEnd() ? it->text : QString();
        }
        ++m_i;
        return QString(c);
    }

    void applyAccent(char16_t mark, QChar spacing, const QString &argument)
    {
        if (argument.isEmpty()) {
            append(spacing);
            return;
        }
        QChar base = argument.at(0);
        if (base == QChar(0x0131))
            base = QLatin1Char('i');
        else if (base == QChar(0x0237))
            base = QLatin1Char('j');
        append(base);
        m_out.append(QChar(mark));
        m_combined = true;
        append(argument.mid(1));
    }

    void command(qsizetype end)
    {
        ++m_i; // the backslash
        if (m_i >= end)
            return;
        const QChar c = m_s.at(m_i);
        if (!isAsciiLetter(c)) {
            ++m_i;
            if (const char16_t mark = symbolAccent(c)) {
                applyAccent(mark, c, accentArgument(end));
                return;
            }
            switch (c.unicode()) {
            case u'&':
            case u'%':
            case u'$':
            case u'#':
            case u'_':
            case u'{':
            case u'}':
            case u'|':
                m_out.append(c);
                return;
            case u'\\':
            case u' ':
            case u'\n':
            case u'\t':
            case u',':
            case u';':
            case u':':
            case u'>':
                append(QLatin1Char(' '));
                return;
            default: // \- \/ \@ \! and anything else print nothing
                return;
            }
        }
        qsizetype j = m_i;
        while (j < end && isAsciiLetter(m_s.at(j)))
            ++j;
        const QString name = m_s.mid(m_i, j - m_i);
        m_i = j;
        if (const char16_t mark = letterAccent(name)) {
            skipSpaces(end);
            applyAccent(mark, QLatin1Char(' '), accentArgument(end));
            return;
        }
        const auto it = symbols().constFind(name);
        if (it != symbols().constEnd()) {
            if (it->letter)
                skipSpaces(end);
            // "\ss{}" and "\o{}": the empty group only ends the command name.
            if (m_i + 1 < end && m_s.at(m_i) == QLatin1Char('{') &&
                m_s.at(m_i + 1) == QLatin1Char('}'))
                m_i += 2;
            append(it->text);
            return;
        }
        if (verbatimArgument(name) || dropsArgument(name)) {
            skipSpaces(end);
            if (m_i < end && m_s.at(m_i) == QLatin1Char('{')) {
                const qsizetype close = qMin(groupEnd(m_s, m_i), end);
                if (verbatimArgument(name))
                    append(
                        LatexText::verbatim(m_s.mid(m_i + 1, qMax<qsizetype>(0, close - m_i - 2))));
                m_i = close;
            }
            return;
        }
        // Any other command (\emph, \textbf, \mathrm, \relax ...): the command goes, its
        // argument, if any, is read as ordinary text.
        skipSpaces(end);
    }

    void decodeRange(qsizetype from, qsizetype end)
    {
        m_i = from;
        while (m_i < end) {
            const QChar c = m_s.at(m_i);
            switch (c.unicode()) {
            case u'\\':
                command(end);
                break;
            case u'{':
            case u'}':
                ++m_i;
                break;
            case u'$':
                m_math = !m_math;
                ++m_i;
                break;
            case u'~':
                append(QLatin1Char(' '));
                ++m_i;
                break;
            case u'^':
            case u'_':
                if (!m_math)
                    m_out.append(c);
                ++m_i;
                break;
            case u'-':
                if (!m_math && m_i + 1 < end && m_s.at(m_i + 1) == QLatin1Char('-')) {
                    if (m_i + 2 < end && m_s.at(m_i + 2) == QLatin1Char('-')) {
                        m_out.append(QChar(0x2014));
                        m_i += 3;
                    } else {
                        m_out.append(QChar(0x2013));
                        m_i += 2;
                    }
                } else {
                    m_out.append(c);
                    ++m_i;
                }
                break;
            case u'`':
                if (m_i + 1 < end && m_s.at(m_i + 1) == QLatin1Char('`')) {
                    m_out.append(QChar(0x201C));
                    m_i += 2;
                } else {
                    m_out.append(QChar(0x2018));
                    ++m_i;
                }
                break;
            case u'\'':
                if (m_i + 1 < end && m_s.at(m_i + 1) == QLatin1Char('\'')) {
                    m_out.append(QChar(0x201D));
                    m_i += 2;
                } else {
                    m_out.append(c);
                    ++m_i;
                }
                break;
            default:
                if (c.isSpace()) {
                    append(c);
                    ++m_i;
                    break;
                }
                // A run of ordinary characters goes over in one piece.
                // Single spaces between words belong to the run.
                qsizetype j = m_i + 1;
                while (j < end) {
                    const QChar d = m_s.at(j);
                    if (isPlain(d)) {
                        ++j;
                    } else if (d == QLatin1Char(' ') && j + 1 < end && isPlain(m_s.at(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                m_out.append(QStringView(m_s).sliced(m_i, j - m_i));
                m_i = j;
                break;
            }
        }
    }

    static bool isPlain(QChar c)
    {
        switch (c.unicode()) {
        case u'\\':
        case u'{':
        case u'}':
        case u'$':
        case u'~':
        case u'^':
        case u'_':
        case u'-':
        case u'`':
        case u'\'':
            return false;
        default:
            return !c.isSpace();
        }
    }

    const QString &m_s;
    QString m_out;
    qsizetype m_i = 0;
    bool m_math = false;
    bool m_combined = false;
};

bool needsDecoding(const QString &s)
{
    QChar previous = QLatin1Char(' ');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'\\':
        case u'{':
        case u'}':
        case u'$':
        case u'~':
        case u'`':
        case u'\n':
        case u'\r':
        case u'\t':
            return true;
        case u'-':
        case u'\'':
        case u' ':
            if (previous == c)
                return true;
            break;
        default:
            break;
        }
        previous = c;
    }
    return s.endsWith(QLatin1Char(' ')) || s.startsWith(QLatin1Char(' '));
}

} // namespace

QString LatexText::toUnicode(const QString &latex)
{
    if (!needsDecoding(latex))
        return latex;
    return Decoder(latex).run();
}

QString LatexText::verbatim(const QString &latex)
{
    QString s = latex.simplified();
    if (s.size() >= 2 && s.front() == QLatin1Char('{') && groupEnd(s, 0) == s.size())
        s = s.mid(1, s.size() - 2).trimmed();
    if (!s.contains(QLatin1Char('\\')))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\') && i + 1 < s.size() &&
            QStringLiteral("_%#&$~{}").contains(s.at(i + 1))) {
            out.append(s.at(++i));
            if (s.at(i) == QLatin1Char('~') && i + 2 < s.size() &&
                s.at(i + 1) == QLatin1Char('{') && s.at(i + 2) == QLatin1Char('}'))
                i += 2; // \~{}
            continue;
        }
        out.append(c);
    }
    return out;
}

} // namespace evimap
