// Keyword highlighting for screening: whole words, `*` wildcards, case-insensitive, phrases.
#include "screening/keywordhighlighter.h"

#include <QtTest>

using namespace evimap;

Q_DECLARE_METATYPE(QList<HighlightRule>)

namespace {

HighlightRule inc(const char *term)
{
    return {QString::fromUtf8(term), HighlightKind::Include};
}
HighlightRule exc(const char *term)
{
    return {QString::fromUtf8(term), HighlightKind::Exclude};
}

} // namespace

class KeywordHighlighterTest : public QObject
{
    Q_OBJECT

private slots:
    void ranges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<HighlightRule>>("rules");
        // The expected highlights as "+text" (include) or "-text" (exclude), in order.
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("whole word only")
            << QStringLiteral("Loneliness and lonely people; not alone.")
            << QList<HighlightRule>{inc("lonely"), inc("one")}
            << QStringList{QStringLiteral("+lonely")};
        QTest::newRow("case-insensitive")
            << QStringLiteral("CBT, cbt and Cbt") << QList<HighlightRule>{inc("cbt")}
            << QStringList{QStringLiteral("+CBT"), QStringLiteral("+cbt"), QStringLiteral("+Cbt")};
        QTest::newRow("trailing wildcard")
            << QStringLiteral("Lonely, loneliness, lonelier; alone")
            << QList<HighlightRule>{inc("lonel*")}
            << QStringList{QStringLiteral("+Lonely"), QStringLiteral("+loneliness"),
                           QStringLiteral("+lonelier")};
        QTest::newRow("inner wildcard")
            << QStringLiteral("behaviour and behavior, not behave")
            << QList<HighlightRule>{inc("behavio*r")}
            << QStringList{QStringLiteral("+behaviour"), QStringLiteral("+behavior")};
        QTest::newRow("leading wildcard")
            << QStringLiteral("self-esteem, esteem, disesteem")
            << QList<HighlightRule>{inc("*esteem")}
            << QStringList{QStringLiteral("+esteem"), QStringLiteral("+esteem"),
                           QStringLiteral("+disesteem")};
        QTest::newRow("exclude red, include green")
            << QStringLiteral("Mice were isolated; loneliness in humans")
            << QList<HighlightRule>{exc("mice"), inc("loneliness")}
            << QStringList{QStringLiteral("-Mice"), QStringLiteral("+loneliness")};
        QTest::newRow("phrase across a line break")
            << QStringLiteral("high social\nanxiety scores")
            << QList<HighlightRule>{inc("social anxiety")}
            << QStringList{QStringLiteral("+social\nanxiety")};
        QTest::newRow("longer term wins")
            << QStringLiteral("social anxiety")
            << QList<HighlightRule>{inc("social"), exc("social anxiety")}
            << QStringList{QStringLiteral("-social anxiety")};
        QTest::newRow("exclude wins a tie")
            << QStringLiteral("rats and mice") << QList<HighlightRule>{inc("rat*"), exc("rats")}
            << QStringList{QStringLiteral("-rats")};
        QTest::newRow("regex characters are literal")
            << QStringLiteral("C++ and (CBT) and a.b")
            << QList<HighlightRule>{inc("(cbt)"), inc("a.b")}
            << QStringList{QStringLiteral("+(CBT)"), QStringLiteral("+a.b")};
        QTest::newRow("dot does not match any character")
            << QStringLiteral("axb") << QList<HighlightRule>{inc("a.b")} << QStringList{};
        QTest::newRow("diacritics are letters")
            << QStringLiteral("ensomhet og ensomhetsfølelse, ängslan")
            << QList<HighlightRule>{inc("ensomhet"), inc("ängslan")}
            << QStringList{QStringLiteral("+ensomhet"), QStringLiteral("+ängslan")};
        QTest::newRow("empty and wildcard-only terms are ignored")
            << QStringLiteral("anything") << QList<HighlightRule>{inc(""), inc("*"), inc("  ")}
            << QStringList{};
        QTest::newRow("digits are part of words")
            << QStringLiteral("COVID-19 and COVID19") << QList<HighlightRule>{exc("covid")}
            << QStringList{QStringLiteral("-COVID")};
    }

    void ranges()
    {
        QFETCH(QString, text);
        QFETCH(QList<HighlightRule>, rules);
        QFETCH(QStringList, expected);
        const QList<HighlightRange> found = KeywordHighlighter::ranges(text, rules);
        QStringList got;
        qsizetype end = 0;
        for (const HighlightRange &r : found) {
            QVERIFY(r.start >= end); // sorted, no overlaps
            end = r.start + r.length;
            got << (r.kind == HighlightKind::Include ? QStringLiteral("+") : QStringLiteral("-")) +
                       text.mid(r.start, r.length);
        }
        QCOMPARE(got, expected);
    }

    void noRules_noRanges()
    {
        KeywordHighlighter h;
        QVERIFY(h.isEmpty());
        QVERIFY(h.ranges(QStringLiteral("loneliness")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(KeywordHighlighterTest)
#include "tst_keywordhighlighter.moc"
