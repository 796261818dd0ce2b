// The rules every import applies to its records: placeholder abstracts are emptied, records
// without a title are noticed.
#include "import/importhygiene.h"

#include <QtTest>

using namespace evimap;

class ImportHygieneTest : public QObject
{
    Q_OBJECT

private slots:
    void isPlaceholderAbstract_data()
    {
        QTest::addColumn<QString>("abstract");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("NA") << "NA" << true;
        QTest::newRow("na lower") << "na" << true;
        QTest::newRow("NA with spaces") << "  NA \n" << true;
        QTest::newRow("N/A") << "N/A" << true;
        QTest::newRow("n.a.") << "n.a." << true;
        QTest::newRow("[NA]") << "[NA]" << true;
        QTest::newRow("nan (pandas)") << "nan" << true;
        QTest::newRow("None") << "None" << true;
        QTest::newRow("[No abstract available]") << "[No abstract available]" << true;
        QTest::newRow("no abstract available.") << "no abstract available." << true;
        QTest::newRow("No abstract") << "No abstract" << true;
        QTest::newRow("NO ABSTRACT.") << "NO ABSTRACT." << true;
        QTest::newRow("(No abstract)") << "(No abstract)" << true;
        QTest::newRow("[Abstract not available]") << "[Abstract not available]" << true;
        QTest::newRow("No  abstract  provided") << "No  abstract  provided" << true;
        QTest::newRow("Abstract: N/A") << "Abstract: N/A" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("real abstract") << "Loneliness was associated with shame." << false;
        QTest::newRow("starts like a placeholder")
            << "No abstract thinking was found in the group with social anxiety." << false;
        QTest::newRow("NAD+ (a molecule)") << "NAD+" << false;
        QTest::newRow("Nan (a name)") << "Nan Shepherd" << false;
        QTest::newRow("long text ending in NA")
            << "Background: we studied loneliness in older adults. Results: NA" << false;
    }

    void isPlaceholderAbstract()
    {
        QFETCH(QString, abstract);
        QFETCH(bool, placeholder);
        QCOMPARE(ImportHygiene::isPlaceholderAbstract(abstract), placeholder);
    }

    void tidy_clearsPlaceholderAndNoticesMissingTitle()
    {
        Record r;
        r.title = QStringLiteral("   ");
        r.abstract = QStringLiteral("[No abstract available]");
        r.rawFields = {{QStringLiteral("AB"), QStringLiteral("[No abstract available]")}};
        const ImportHygiene::Tidied t = ImportHygiene::tidy(r);
        QVERIFY(t.abstractCleared);
        QVERIFY(t.untitled);
        QVERIFY(r.abstract.isEmpty());
        // The file's own fields stay as they were, for lossless export.
        QCOMPARE(r.rawFields.first().second, QStringLiteral("[No abstract available]"));

        Record kept;
        kept.title = QStringLiteral("Shame and loneliness");
        kept.abstract = QStringLiteral("We asked 200 people.");
        const ImportHygiene::Tidied u = ImportHygiene::tidy(kept);
        QVERIFY(!u.abstractCleared);
        QVERIFY(!u.untitled);
        QCOMPARE(kept.abstract, QStringLiteral("We asked 200 people."));
    }
};

QTEST_GUILESS_MAIN(ImportHygieneTest)
#include "tst_importhygiene.moc"
