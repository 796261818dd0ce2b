#include "import/personnames.h"

#include <QRegularExpression>

namespace evimap::PersonNames {

namespace {

bool isInitials(const QString &token)
{
    // "J", "J.", "JA", "J.A.", "J.-P.", "A.B.C"
    static const QRegularExpression initials(QStringLiteral("^(?:\\p{Lu}(?:\\.|-)?){1,4}\\.?$"));
    return initials.match(token).hasMatch();
}

bool isParticle(const QString &token)
{
    static const QStringList particles = {
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("de"),  QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("di"),  QStringLiteral("da"),  QStringLiteral("du"),
        QStringLiteral("del"), QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("ter"),
        QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("bin"), QStringLiteral("al")};
    return particles.contains(token);
}

} // namespace

QString surnameFirst(const QString &name)
{
    QString n = name.simplified();
    static const QRegularExpression scopusId(QStringLiteral("\\s*\\(\\d{5,}\\)$"));
    n.remove(scopusId);
    if (n.contains(QLatin1Char(',')))
        return n;
    const QStringList tokens = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.size() < 2)
        return n;
    qsizetype firstInitial = tokens.size();
    while (firstInitial > 1 && isInitials(tokens.at(firstInitial - 1)))
        --firstInitial;
    if (firstInitial == tokens.size()) {
        // "D. E. Potter": initials first, then the surname.
        qsizetype surname = 0;
        while (surname < tokens.size() - 1 && isInitials(tokens.at(surname)))
            ++surname;
        if (surname > 0)
            return tokens.mid(surname).join(QLatin1Char(' ')) + QStringLiteral(", ") +
                   tokens.mid(0, surname).join(QLatin1Char(' '));
        return n; // "John Smith": given names first; left as written
    }
    return tokens.mid(0, firstInitial).join(QLatin1Char(' ')) + QStringLiteral(", ") +
           tokens.mid(firstInitial).join(QLatin1Char(' '));
}

QString fromDisplayOrder(const QString &name)
{
    const QString n = surnameFirst(name);
    if (n.contains(QLatin1Char(',')))
        return n;
    const QStringList tokens = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.size() < 2)
        return n;
    qsizetype surname = tokens.size() - 1;
    while (surname > 1 && isParticle(tokens.at(surname - 1)))
        --surname;
    return tokens.mid(surname).join(QLatin1Char(' ')) + QStringLiteral(", ") +
           tokens.mid(0, surname).join(QLatin1Char(' '));
}

QStringList split(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    QStringList parts;
    if (text.contains(QLatin1Char(';'))) {
        parts = text.split(QLatin1Char(';'));
    } else if (text.contains(QLatin1String("//"))) {
        parts = text.split(QLatin1String("//"));
    } else if (text.contains(QLatin1Char('\n'))) {
        parts = text.split(QLatin1Char('\n'));
    } else if (text.contains(QLatin1String(" and ")) || text.contains(QLatin1String(" & "))) {
        // "Smith, J. and Jones, A." / "Smith J, Jones A and Brown C"
        static const QRegularExpression andSplit(QStringLiteral(",?\\s+(?:and|&)\\s+"));
        parts = text.split(andSplit);
        const QString head = parts.first();
        const QStringList pieces = head.split(QLatin1Char(','));
        bool allHaveSpace = pieces.size() > 1;
        for (const QString &piece : pieces)
            allHaveSpace = allHaveSpace && piece.trimmed().contains(QLatin1Char(' '));
        if (allHaveSpace) {
            // The commas before the last "and" separate authors too.
            parts.removeFirst();
            parts = pieces + parts;
        }
    } else {
        static const QRegularExpression glued(QStringLiteral("(?<=\\.)(?=\\p{Lu}\\p{Ll})"));
        if (glued.match(text).hasMatch()) {
            parts = text.split(glued);
        } else if (text.contains(QLatin1Char(','))) {
            const QStringList pieces = text.split(QLatin1Char(','));
            bool allHaveSpace = true;
            for (const QString &piece : pieces)
                allHaveSpace = allHaveSpace && piece.trimmed().contains(QLatin1Char(' '));
            if (allHaveSpace) {
                parts = pieces; // "Smith J., Jones A.B."
            } else if (pieces.size() % 2 == 0 && pieces.size() > 2) {
                // "Smith, J., Jones, A.": surnames and given names alternate.
                for (qsizetype i = 0; i + 1 < pieces.size(); i += 2)
                    parts.append(pieces.at(i).trimmed() + QStringLiteral(", ") +
                                 pieces.at(i + 1).trimmed());
            } else {
                parts = {text};
            }
        } else {
            parts = {text};
        }
    }
    QStringList authors;
    for (const QString &part : std::as_const(parts)) {
        const QString name = surnameFirst(part);
        if (!name.isEmpty())
            authors.append(name);
    }
    return authors;
}

} // namespace evimap::PersonNames
