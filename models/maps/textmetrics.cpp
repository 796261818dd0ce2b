#include "maps/textmetrics.h"

namespace evimap {

namespace {

// Advance widths of ASCII 32..126 in DejaVu Sans, in thousandths of an em.
constexpr short regularWidths[95] = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};
constexpr short boldWidths[95] = {
    348,  456, 521, 838, 696, 1002, 872, 306,  457, 457, 523, 838, 380, 415,  380, 365,
    696,  696, 696, 696, 696, 696,  696, 696,  696, 696, 400, 400, 838, 838,  838, 580,
    1000, 774, 762, 734, 830, 683,  683, 821,  837, 372, 372, 775, 637, 995,  837, 850,
    733,  850, 770, 720, 682, 812,  774, 1103, 771, 724, 725, 457, 365, 457,  838, 500,
    500,  675, 716, 593, 716, 678,  435, 716,  712, 343, 343, 665, 343, 1042, 712, 687,
    716,  716, 493, 595, 478, 712,  652, 924,  645, 652, 582, 712, 365, 712,  838};

int charWidth(char16_t c, bool bold)
{
    if (c >= 32 && c < 127)
        return bold ? boldWidths[c - 32] : regularWidths[c - 32];
    if (c < 32)
        return 0;
    if (c == 0xA0) // no-break space
        return bold ? boldWidths[0] : regularWidths[0];
    // Wide scripts (CJK, Hangul, full-width forms) take a whole em.
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFF00 && c <= 0xFF60))
        return 1000;
    if (c >= 0xD800 && c <= 0xDFFF) // half of a surrogate pair: count the pair as one em
        return 500;
    // Accented Latin, Greek, Cyrillic and punctuation: a generous average.
    return bold ? 720 : 660;
}

} // namespace

double TextMetrics::width(QStringView text, double pixelSize, bool bold)
{
    qint64 total = 0;
    for (QChar c : text)
        total += charWidth(c.unicode(), bold);
    return double(total) * pixelSize / 1000.0;
}

QString TextMetrics::elide(const QString &text, double maxWidth, double pixelSize, bool bold)
{
    if (width(text, pixelSize, bold) <= maxWidth)
        return text;
    const QString ellipsis = QStringLiteral("…");
    const double budget = maxWidth - width(ellipsis, pixelSize, bold);
    double used = 0;
    qsizetype n = 0;
    for (; n < text.size(); ++n) {
        const double w = charWidth(text.at(n).unicode(), bold) * pixelSize / 1000.0;
        if (used + w > budget)
            break;
        used += w;
    }
    // Do not split a surrogate pair.
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n).trimmed() + ellipsis;
}

QStringList TextMetrics::wrap(const QString &text, double maxWidth, double pixelSize, bool bold,
                              int maxLines)
{
    // Pieces of text a line may end after: words, and the parts of hyphenated words
    // ("self-" "compassion"), which join without a space.
    struct Piece
    {
        QString text;
        bool glued; // follows the previous piece without a space
    };
    QList<Piece> pieces;
    // Break at ordinary white space only: no-break spaces hold "(n = 12)" together.
    QString plain = text;
    for (QChar &c : plain) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    const QStringList words = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        qsizetype start = 0;
        for (qsizetype i = 1; i + 1 < word.size(); ++i) {
            if (word.at(i) == QLatin1Char('-') && word.at(i - 1).isLetter() &&
                word.at(i + 1).isLetter()) {
                pieces.append({word.mid(start, i + 1 - start), start > 0});
                start = i + 1;
            }
        }
        pieces.append({word.mid(start), start > 0});
    }

    QStringList lines;
    QString line;
    for (Piece piece : pieces) {
        const QString candidate =
            line.isEmpty() ? piece.text
                           : line + (piece.glued ? QString() : QStringLiteral(" ")) + piece.text;
        if (width(candidate, pixelSize, bold) <= maxWidth) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line.clear();
        // A piece longer than a line is cut where it no longer fits.
        QString rest = piece.text;
        while (width(rest, pixelSize, bold) > maxWidth && rest.size() > 1) {
            qsizetype n = 1;
            while (n < rest.size() &&
                   width(QStringView(rest).first(n + 1), pixelSize, bold) <= maxWidth)
                ++n;
            if (rest.at(n - 1).isHighSurrogate() && n > 1)
                --n;
            lines << rest.left(n);
            rest = rest.mid(n);
        }
        line = rest;
    }
    if (!line.isEmpty())
        lines << line;
    if (maxLines > 0 && lines.size() > maxLines) {
        // The joined text is wider than a line (that is why it wrapped), so eliding marks it.
        const QString joined = lines.at(maxLines - 1) + QLatin1Char(' ') + lines.at(maxLines);
        lines = lines.mid(0, maxLines);
        lines.last() = elide(joined, maxWidth, pixelSize, bold);
    }
    return lines;
}

} // namespace evimap
