// Export: every format writes what import reads back (import → export → import gives equal
// records), CSV is safe to open in a spreadsheet, and selections pick the right records.
#include "export/exportjob.h"
#include "export/recordwriter.h"
#include "import/formatregistry.h"
#include "import/importjob.h"
#include "import/recordfile.h"
#include "project/project.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

// The typed fields a format carries, one "name: value" entry each, so a difference names its field.
QStringList fingerprint(const Record &r, bool withRaw)
{
    QStringList parts{"type: " + r.type,
                      "title: " + r.title,
                      "abstract: " + r.abstract,
                      "authors: " + r.authors.join("|"),
                      "year: " + QString::number(r.year),
                      "container: " + r.container,
                      "volume: " + r.volume,
                      "issue: " + r.issue,
                      "pages: " + r.pages,
                      "doi: " + r.doi,
                      "url: " + r.url,
                      "keywords: " + r.keywords.join("|"),
                      "language: " + r.language,
                      "publisher: " + r.publisher,
                      "notes: " + r.notes,
                      "isbn: " + r.isbn};
    if (withRaw)
        for (const RawField &f : r.rawFields)
            parts << f.first + "=" + f.second;
    return parts;
}

} // namespace

class ExportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<Record> m_original;

private slots:
    void initTestCase()
    {
        Result<std::unique_ptr<Project>> created = Project::create(m_dir.filePath("e.evimap"));
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        const QString demo = test::sourcePath("resources/demo/loneliness-demo.ris");
        QVERIFY(ImportJob::run(*m_project, demo, {}).ok());
        Result<RecordFile> original = RecordFile::read(demo);
        QVERIFY(original.ok());
        m_original = original->records;
        QCOMPARE(m_original.size(), 66);
    }

    void roundTrip_importExportImportGivesEqualRecords_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("withRaw");
        QTest::newRow("ris") << "ris" << true;
        for (const char *format : {"csv", "bibtex", "csljson"}) {
            // A round trip needs the format's reader; each is checked once it exists.
            if (FormatRegistry::find(QLatin1String(format)))
                QTest::newRow(format) << QString::fromLatin1(format) << false;
        }
    }

    void roundTrip_importExportImportGivesEqualRecords()
    {
        QFETCH(QString, format);
        QFETCH(bool, withRaw);
        const QString path = m_dir.filePath("out." + ExportFormats::extension(format));
        Result<int> written = ExportJob::run(*m_project, {}, format, path);
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        QCOMPARE(written.value(), 66);
        Result<RecordFile> back = RecordFile::read(path, format);
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->records.size(), m_original.size());
        for (qsizetype i = 0; i < m_original.size(); ++i)
            QCOMPARE(fingerprint(back->records.at(i), withRaw),
                     fingerprint(m_original.at(i), withRaw));
    }

    void csv_neutralisesFormulasAndStartsWithBom()
    {
        QSqlQuery q(m_project->database());
        QVERIFY(
            q.exec("UPDATE record SET title = '=HYPERLINK(\"http://x\")', abstract = '+1 evil', "
                   "notes = '@SUM(A1)' WHERE id = 1"));
        const QString path = m_dir.filePath("injection.csv");
        Result<int> written =
            ExportJob::run(*m_project, ExportSelection{{}, {}, {1}, false}, "csv", path);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 1);
        const QByteArray bytes = test::readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QVERIFY(bytes.contains("'+1 evil"));
        QVERIFY(bytes.contains("'@SUM(A1)"));
        QVERIFY(!bytes.contains(",=HYPERLINK"));
    }

    void run_reportsProgress_andACancelWritesNothing()
    {
        const QString path = m_dir.filePath("progress.ris");
        QList<QPair<int, int>> seen;
        ExportControl control;
        control.progress = [&seen](int written, int total) { seen.append({written, total}); };
        Result<int> written = ExportJob::run(*m_project, {}, "ris", path, control);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 66);
        QVERIFY(seen.size() >= 2);
        QCOMPARE(seen.first(), qMakePair(0, 66));
        QCOMPARE(seen.last(), qMakePair(66, 66));

        const QString cancelledPath = m_dir.filePath("cancelled.ris");
        std::atomic_bool cancelled{true};
        control.cancelled = &cancelled;
        Result<int> refused = ExportJob::run(*m_project, {}, "ris", cancelledPath, control);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(cancelledPath));
    }

    void cslJson_isValidJsonWithAllRecords()
    {
        const QString path = m_dir.filePath("all.json");
        QVERIFY(ExportJob::run(*m_project, {}, "csljson", path).ok());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), 66);
        QVERIFY(doc.array().first().toObject().contains("author"));
    }

    void bibtex_escapesSpecialCharacters()
    {
        Record r;
        r.id = 7;
        r.title = "Costs & benefits: 50% of {groups} #1_a";
        r.authors = {"Doe, Jane", "Loneliness Action Group"};
        r.year = 2020;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        auto writer = ExportFormats::create("bibtex");
        QVERIFY(writer->begin(buffer).ok() && writer->write(buffer, r).ok() &&
                writer->end(buffer).ok());
        QVERIFY2(bytes.contains("title = {Costs \\& benefits: 50\\% of \\{groups\\} \\#1\\_a}"),
                 bytes.constData());
        QVERIFY2(bytes.contains("author = {Doe, Jane and {Loneliness Action Group}}"),
                 bytes.constData());
        QVERIFY(bytes.startsWith("@article{doe2020-7"));
    }

    void selection_searchAndIncludedStage()
    {
        Result<QList<qint64>> all = ExportJob::selectIds(*m_project, {});
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 66);
        Result<QList<qint64>> mindful =
            ExportJob::selectIds(*m_project, ExportSelection{"mindfulness", {}, {}, false});
        QVERIFY(mindful.ok());
        QVERIFY(!mindful->isEmpty() && mindful->size() < 66);
        QSqlQuery q(m_project->database());
        QVERIFY(
            q.exec("INSERT INTO screening_result(uuid, record_id, stage, result, settled_at) "
                   "VALUES ('r1', 3, 'ta', 'include', 'now'), ('r2', 4, 'ta', 'exclude', 'now')"));
        Result<QList<qint64>> included =
            ExportJob::selectIds(*m_project, ExportSelection{{}, "ta", {}, false});
        QVERIFY(included.ok());
        QCOMPARE(included.value(), QList<qint64>{3});
        QVERIFY(!ExportJob::selectIds(*m_project, ExportSelection{{}, "xx", {}, false}).ok());
    }
};

QTEST_GUILESS_MAIN(ExportTest)
#include "tst_export.moc"
