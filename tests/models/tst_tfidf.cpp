// The tokenizer and the TF-IDF vectoriser of prioritised screening, on hand-checked examples
// (the expected weights are scikit-learn's TfidfVectorizer on the same text).
#include "ranking/tfidfvectorizer.h"
#include "ranking/tokenizer.h"

#include <QtTest>

#include <cmath>

using namespace evimap;

class TfidfTest : public QObject
{
    Q_OBJECT

private slots:
    void tokenizer_terms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bigrams");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("lower case, stop words and one-letter words dropped")
            << QStringLiteral("The Effect of a CBT group on Loneliness") << false
            << QStringList{QStringLiteral("effect"), QStringLiteral("cbt"), QStringLiteral("group"),
                           QStringLiteral("loneliness")};
        QTest::newRow("punctuation splits, digits kept")
            << QStringLiteral("self-esteem (n=120), 2019; x") << false
            << QStringList{QStringLiteral("self"), QStringLiteral("esteem"), QStringLiteral("120"),
                           QStringLiteral("2019")};
        QTest::newRow("unicode letters")
            << QStringLiteral("Ångström études ÉLAN naïve") << false
            << QStringList{QStringLiteral("ångström"), QStringLiteral("études"),
                           QStringLiteral("élan"), QStringLiteral("naïve")};
        QTest::newRow("content words that scikit-learn would drop")
            << QStringLiteral("system interest fire") << false
            << QStringList{QStringLiteral("system"), QStringLiteral("interest"),
                           QStringLiteral("fire")};
        QTest::newRow("bigrams of neighbouring kept words")
            << QStringLiteral("quality of life in older adults") << true
            << QStringList{QStringLiteral("quality"),      QStringLiteral("life"),
                           QStringLiteral("quality life"), QStringLiteral("older"),
                           QStringLiteral("life older"),   QStringLiteral("adults"),
                           QStringLiteral("older adults")};
        QTest::newRow("empty") << QString() << true << QStringList();
        QTest::newRow("only stop words")
            << QStringLiteral("of the and which") << true << QStringList();
    }

    void tokenizer_terms()
    {
        QFETCH(QString, text);
        QFETCH(bool, bigrams);
        QFETCH(QStringList, expected);
        Tokenizer::Options options;
        options.bigrams = bigrams;
        const Tokenizer tokenizer(options);
        QCOMPARE(tokenizer.terms(text), expected);
        // The hashes are those of the terms' text.
        std::vector<quint64> hashes;
        tokenizer.hashTerms(text, hashes);
        QCOMPARE(int(hashes.size()), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(hashes[i], Tokenizer::hashTerm(expected.at(i)));
    }

    void tokenizer_stopWords()
    {
        QVERIFY(Tokenizer::isStopWord(QStringLiteral("the")));
        QVERIFY(Tokenizer::isStopWord(QStringLiteral("whereas")));
        QVERIFY(!Tokenizer::isStopWord(QStringLiteral("loneliness")));
        Tokenizer::Options keep;
        keep.stopWords = false;
        QCOMPARE(Tokenizer(keep).terms(QStringLiteral("of the cat")),
                 (QStringList{QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("cat")}));
    }

    void tfidf_weights_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<bool>("sublinear");
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("row");
        QTest::addColumn<double>("expected");
        const QStringList plain = {QStringLiteral("cat dog"), QStringLiteral("cat"),
                                   QStringLiteral("fish")};
        // idf(cat) = ln(4/3) + 1, idf(dog) = ln(4/2) + 1; row 0 scaled to unit length.
        QTest::newRow("cat in row 0") << plain << false << QStringLiteral("cat") << 0 << 0.60534851;
        QTest::newRow("dog in row 0") << plain << false << QStringLiteral("dog") << 0 << 0.79596054;
        QTest::newRow("cat alone") << plain << false << QStringLiteral("cat") << 1 << 1.0;
        QTest::newRow("fish absent from row 0")
            << plain << false << QStringLiteral("fish") << 0 << 0.0;
        const QStringList repeated = {QStringLiteral("cat cat dog"), QStringLiteral("cat"),
                                      QStringLiteral("fish")};
        // tf 2 becomes 1 + ln 2.
        QTest::newRow("sublinear tf")
            << repeated << true << QStringLiteral("cat") << 0 << 0.78980693;
        QTest::newRow("sublinear tf, other term")
            << repeated << true << QStringLiteral("dog") << 0 << 0.61335554;
    }

    void tfidf_weights()
    {
        QFETCH(QStringList, texts);
        QFETCH(bool, sublinear);
        QFETCH(QString, term);
        QFETCH(int, row);
        QFETCH(double, expected);
        TfidfVectorizer::Options options;
        options.sublinearTf = sublinear;
        TfidfVectorizer vectorizer(options);
        Result<SparseMatrix> m = vectorizer.fitTransform(texts);
        QVERIFY(m.ok());
        QCOMPARE(m->rows(), int(texts.size()));
        QCOMPARE(m->columns, 3);
        const int column = vectorizer.column(term);
        QVERIFY(column >= 0);
        QVERIFY2(std::abs(m->at(row, column) - expected) < 1e-6,
                 qPrintable(QString::number(m->at(row, column), 'g', 9)));
    }

    void tfidf_idf()
    {
        TfidfVectorizer vectorizer;
        QVERIFY(vectorizer
                    .fitTransform(
                        {QStringLiteral("cat dog"), QStringLiteral("cat"), QStringLiteral("fish")})
                    .ok());
        QCOMPARE(vectorizer.documents(), 3);
        QVERIFY(std::abs(vectorizer.idf(vectorizer.column(QStringLiteral("cat"))) -
                         (std::log(4.0 / 3.0) + 1)) < 1e-12);
        QVERIFY(std::abs(vectorizer.idf(vectorizer.column(QStringLiteral("dog"))) -
                         (std::log(2.0) + 1)) < 1e-12);
        QCOMPARE(vectorizer.column(QStringLiteral("unicorn")), -1);
    }

    void tfidf_minDfDropsRareTerms()
    {
        TfidfVectorizer::Options options;
        options.minDf = 2;
        TfidfVectorizer vectorizer(options);
        Result<SparseMatrix> m = vectorizer.fitTransform(
            {QStringLiteral("cat dog"), QStringLiteral("cat"), QStringLiteral("fish")});
        QVERIFY(m.ok());
        QCOMPARE(m->columns, 1);
        QCOMPARE(vectorizer.column(QStringLiteral("dog")), -1);
        QCOMPARE(m->at(0, vectorizer.column(QStringLiteral("cat"))), 1.0);
        QCOMPARE(m->rowStart[3] - m->rowStart[2], qint64(0)); // "fish" has nothing left
    }

    // Many documents are vectorised in several chunks at once; the rows must not depend on
    // which chunk a document fell into.
    void tfidf_chunksGiveTheSameRows()
    {
        QStringList texts;
        for (int i = 0; i < 3000; ++i)
            texts.append(QStringLiteral("word%1 common term%2 term%3 rare%4")
                             .arg(i % 17)
                             .arg(i % 5)
                             .arg(i % 11)
                             .arg(i));
        texts[0] = QStringLiteral("loneliness intervention common");
        texts[2999] = texts[0];
        TfidfVectorizer::Options options;
        options.minDf = 2;
        options.tokens.bigrams = true;
        TfidfVectorizer vectorizer(options);
        Result<SparseMatrix> m = vectorizer.fitTransform(texts);
        QVERIFY(m.ok());
        QCOMPARE(m->rows(), 3000);
        auto row = [&](int r) {
            QList<QPair<int, float>> list;
            for (qint64 k = m->rowStart[r]; k < m->rowStart[r + 1]; ++k)
                list.append({m->index[k], m->value[k]});
            return list;
        };
        QCOMPARE(row(0), row(2999));
        // loneliness, intervention, common and the two bigrams (in two documents, so kept)
        QCOMPARE(row(0).size(), 5);
        for (int r = 0; r < 3000; ++r) {
            double norm = 0;
            int previous = -1;
            for (qint64 k = m->rowStart[r]; k < m->rowStart[r + 1]; ++k) {
                QVERIFY(m->index[k] > previous);
                previous = m->index[k];
                norm += double(m->value[k]) * m->value[k];
            }
            QVERIFY2(std::abs(norm - 1.0) < 1e-5, qPrintable(QString::number(r)));
        }
    }

    void tfidf_cancelled()
    {
        std::atomic_bool cancelled(true);
        TfidfVectorizer vectorizer;
        Result<SparseMatrix> m = vectorizer.fitTransform({QStringLiteral("cat")}, &cancelled);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TfidfTest)
#include "tst_tfidf.moc"
