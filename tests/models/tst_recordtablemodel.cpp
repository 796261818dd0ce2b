// The record table model: lazy pages, SQL sorting and full-text filtering, checked by
// QAbstractItemModelTester on every change.
#include "import/importjob.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordtablemodel.h"
#include "records/searchquery.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class RecordTableModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

private slots:
    void initTestCase()
    {
        Result<std::unique_ptr<Project>> created = Project::create(m_dir.filePath("m.evimap"));
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        // 1,000 records: enough for several pages of 256.
        QByteArray ris;
        for (int i = 0; i < 1000; ++i) {
            ris += "TY  - JOUR\nTI  - Record " + QByteArray::number(i).rightJustified(4, '0');
            ris += (i % 10 == 0) ? " about rejection sensitivity\n" : " about something else\n";
            ris += "AU  - Author" + QByteArray::number(i % 7) + ", A.\nPY  - " +
                   QByteArray::number(2000 + i % 20) + "\n";
            ris += "AB  - " +
                   QByteArray(i % 3 == 0 ? "Mindfulness for loneliness." : "Other abstract.") +
                   "\nER  - \n\n";
        }
        const QString path = m_dir.filePath("many.ris");
        QVERIFY(test::writeFile(path, ris));
        Result<ImportSummary> imported = ImportJob::run(*m_project, path, {});
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        QCOMPARE(imported->imported, 1000);
    }

    void model_passesModelTesterThroughResetsAndSorts()
    {
        RecordTableModel model(m_project->database());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(RecordTableModel::ColumnCount));
        model.sort(RecordTableModel::Title, Qt::DescendingOrder);
        QCOMPARE(model.index(0, RecordTableModel::Title).data().toString(),
                 QStringLiteral("Record 0999 about something else"));
        model.sort(RecordTableModel::Year, Qt::AscendingOrder);
        QCOMPARE(model.index(0, RecordTableModel::Year).data().toString(), QStringLiteral("2000"));
        QCOMPARE(model.index(999, RecordTableModel::Year).data().toString(),
                 QStringLiteral("2019"));
        model.setSearchText("rejection");
        QCOMPARE(model.rowCount(), 100);
        model.setSearchText("");
        QCOMPARE(model.rowCount(), 1000);
    }

    void data_readsRowsFromLaterPages()
    {
        RecordTableModel model(m_project->database());
        // Rows far apart live in different pages; each must come back right.
        QCOMPARE(model.index(0, RecordTableModel::Title).data().toString(),
                 QStringLiteral("Record 0000 about rejection sensitivity"));
        QCOMPARE(model.index(777, RecordTableModel::Title).data().toString(),
                 QStringLiteral("Record 0777 about something else"));
        QCOMPARE(model.index(999, RecordTableModel::Authors).data().toString(),
                 QStringLiteral("Author5, A."));
        QCOMPARE(model.index(300, 0).data(RecordTableModel::RecordIdRole).toLongLong(),
                 model.recordId(300));
        QCOMPARE(model.rowOfRecord(model.recordId(500)), 500);
    }

    void search_combinesWordsAndSearchesAbstracts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("one word") << "mindfulness" << 334;
        QTest::newRow("prefix") << "mindful" << 334;
        QTest::newRow("two words AND") << "rejection mindfulness" << 34;
        QTest::newRow("phrase") << "\"rejection sensitivity\"" << 100;
        QTest::newRow("case and accents") << "MÍNDFULNESS" << 334;
        QTest::newRow("fts syntax is literal") << "NEAR( * ) : ^" << 0;
        QTest::newRow("quote only: refused, lists nothing") << "\"" << 0;
        QTest::newRow("no match") << "zebra" << 0;
    }

    void search_combinesWordsAndSearchesAbstracts()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        RecordTableModel model(m_project->database());
        model.setSearchText(text);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), rows);
    }

    void duplicates_hiddenUnlessAsked()
    {
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec("UPDATE record SET duplicate_of = 1 WHERE id IN (2, 3)"));
        RecordTableModel model(m_project->database());
        QCOMPARE(model.rowCount(), 998);
        model.setShowDuplicates(true);
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(q.exec("UPDATE record SET duplicate_of = NULL"));
    }

    void searchQuery_isAlwaysValidFts5_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("words") << "social anxiety"
                               << "\"social\"* AND \"anxiety\"*";
        QTest::newRow("phrase") << "\"low self esteem\" cbt"
                                << "\"low self esteem\" AND \"cbt\"*";
        QTest::newRow("unclosed phrase") << "\"low self"
                                         << "\"low self\"";
        QTest::newRow("punctuation splits") << "self-compassion"
                                            << "\"self\"* AND \"compassion\"*";
        QTest::newRow("or") << "a OR b"
                            << "\"a\"* OR \"b\"*";
        QTest::newRow("lower-case or is a word") << "a or b"
                                                 << "\"a\"* AND \"or\"* AND \"b\"*";
        QTest::newRow("not") << "loneliness NOT mice"
                             << "\"loneliness\"* NOT \"mice\"*";
        QTest::newRow("and not keeps the last") << "a AND NOT b"
                                                << "\"a\"* NOT \"b\"*";
        QTest::newRow("groups") << "(cbt OR act) older"
                                << "( \"cbt\"* OR \"act\"* ) AND \"older\"*";
        QTest::newRow("leading and trailing operators") << "OR a AND"
                                                        << "\"a\"*";
        QTest::newRow("unbalanced open") << "(a OR (b"
                                         << "( \"a\"* OR ( \"b\"* ) )";
        QTest::newRow("empty groups") << "a AND () OR (()) b"
                                      << "\"a\"* AND \"b\"*";
        QTest::newRow("syntax characters")
            << "a:b ^c {d} *e + -f"
            << "\"a\"* AND \"b\"* AND \"c\"* AND \"d\"* AND \"e\"* AND \"f\"*";
    }

    void searchQuery_isAlwaysValidFts5()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QString> parsed = SearchQuery::toFts5(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        const QString match = *parsed;
        QCOMPARE(match, expected);
        if (match.isEmpty())
            return;
        QSqlQuery q(m_project->database());
        q.prepare("SELECT count(*) FROM record_fts WHERE record_fts MATCH ?");
        q.addBindValue(match);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    void searchQuery_refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason"); // a part of the message
        QTest::newRow("NOT alone") << "NOT tumor"
                                   << "NOT must come after";
        QTest::newRow("NOT first in a group") << "a AND (NOT b)"
                                              << "NOT must come after";
        QTest::newRow("OR NOT") << "a OR NOT b"
                                << "\"OR NOT\"";
        QTest::newRow("two operators") << "a AND OR b"
                                       << "two operators";
        QTest::newRow("apostrophe alone") << "'"
                                          << "no word";
        QTest::newRow("star alone") << "*"
                                    << "no word";
        QTest::newRow("only an operator") << "AND"
                                          << "no word";
        QTest::newRow("empty phrase") << "\"  \""
                                      << "no word";
        QTest::newRow("stray closing parenthesis") << "a) OR b"
                                                   << "closing parenthesis";
        QTest::newRow("5,000 nested parentheses")
            << QString(5000, u'(') + "a" + QString(5000, u')') << "nested more than 32";
        QStringList many;
        for (int i = 0; i <= SearchQuery::maxTerms; ++i)
            many << QStringLiteral("w%1").arg(i);
        QTest::newRow("too many words") << many.join(u' ') << "more than 64";
    }

    void searchQuery_refusesWhatItCannotRead()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Result<QString> parsed = SearchQuery::toFts5(input);
        QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? *parsed : QString()));
        QCOMPARE(parsed.error().kind, Error::Kind::Usage);
        QVERIFY2(parsed.errorString().contains(reason), qPrintable(parsed.errorString()));

        // The table lists nothing for it, and says why.
        RecordTableModel model(m_project->database());
        QCOMPARE(model.rowCount(), 1000);
        model.setSearchText(input);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.searchRefusal(), parsed.errorString());
        QVERIFY(model.lastError().isEmpty());
        model.setSearchText("mindfulness");
        QVERIFY(model.searchRefusal().isEmpty());
        QCOMPARE(model.rowCount(), 334);
    }

    void searchQuery_limitsAreWithinWhatFts5Reads()
    {
        // The deepest and the longest search that is accepted runs in FTS5.
        const QString deep = QString(SearchQuery::maxDepth, u'(') + "rejection" +
                             QString(SearchQuery::maxDepth, u')');
        QStringList words;
        for (int i = 0; i < SearchQuery::maxTerms; ++i)
            words << (i % 2 ? QStringLiteral("OR mindfulness") : QStringLiteral("AND rejection"));
        for (const QString &input : {deep, QStringLiteral("(") + words.join(u' ') + ")"}) {
            const Result<QString> parsed = SearchQuery::toFts5(input);
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
            RecordTableModel model(m_project->database());
            model.setSearchText(input);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            QVERIFY(model.rowCount() > 0);
        }
    }

    void search_operatorsCombineLikeADatabaseSearch()
    {
        RecordTableModel model(m_project->database());
        const auto rows = [&](const QString &text) {
            model.setSearchText(text);
            return model.rowCount();
        };
        // 1,000 records: every 10th is about rejection sensitivity, every 3rd has the
        // mindfulness abstract; both at once every 30th.
        QCOMPARE(rows("rejection"), 100);
        QCOMPARE(rows("mindfulness"), 334);
        QCOMPARE(rows("rejection mindfulness"), 34);
        QCOMPARE(rows("rejection OR mindfulness"), 400);
        QCOMPARE(rows("mindfulness NOT rejection"), 300);
        QCOMPARE(rows("(rejection OR mindfulness) NOT \"something else\""), 100);
    }

    void status_showsHowFarEachRecordGotAndSortsByIt()
    {
        const qint64 reviewer =
            Reviewers(*m_project).add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        ScreeningStore store(*m_project);
        const Result<ExclusionReason> reason =
            ExclusionReasonStore(store.project())
                .addReason(QStringLiteral("Wrong population"), reviewer);
        QVERIFY(reason.ok());
        // Record 3 goes on to full text, record 4 is excluded there, record 5 at title/abstract.
        const auto decide = [&](qint64 id, ScreeningStage stage, Decision d, qint64 why) {
            return store.setDecision(id, stage, reviewer, DecisionInput{d, why, QString()}).ok();
        };
        QVERIFY(decide(3, ScreeningStage::TitleAbstract, Decision::Include, 0));
        QVERIFY(decide(4, ScreeningStage::TitleAbstract, Decision::Include, 0));
        QVERIFY(decide(4, ScreeningStage::FullText, Decision::Exclude, reason->id));
        QVERIFY(decide(5, ScreeningStage::TitleAbstract, Decision::Exclude, reason->id));

        RecordTableModel model(m_project->database());
        const auto statusOf = [&](qint64 id) {
            return model.index(model.rowOfRecord(id), RecordTableModel::Status).data().toString();
        };
        QCOMPARE(statusOf(3), QStringLiteral("To full text"));
        QCOMPARE(statusOf(4), QStringLiteral("Excluded (full text)"));
        QCOMPARE(statusOf(5), QStringLiteral("Excluded (title/abstract)"));
        QCOMPARE(statusOf(6), QString());
        model.sort(RecordTableModel::Status, Qt::DescendingOrder);
        QCOMPARE(model.recordId(0), 3);
        QCOMPARE(model.recordId(1), 4);
        QCOMPARE(model.recordId(2), 5);
    }
};

QTEST_GUILESS_MAIN(RecordTableModelTest)
#include "tst_recordtablemodel.moc"
