// PdfReader and PdfText on PDFs the test writes itself (testpdf.h): document information,
// first-page titles and authors, DOIs, years, image-only pages, encryption, broken and hostile
// files, and the page and text limits.
#include "import/formatregistry.h"
#include "import/pdfreader.h"
#include "import/recordfile.h"
#include "testpdf.h"
#include "testsupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;
using test::PdfBuilder;

namespace {

struct ReadResult
{
    Status status;
    QList<Record> records;
    IssueList issues;
};

ReadResult readPdf(const QString &path, const QString &password = {},
                   const PdfLimits &limits = PdfLimits())
{
    ReadResult result;
    PdfReader reader;
    reader.limits = limits;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = failure(QStringLiteral("cannot open ") + path);
        return result;
    }
    ReadContext context;
    context.fileName = QFileInfo(path).fileName();
    context.filePath = path;
    context.password = password;
    context.emitRecord = [&](Record &&r) {
        result.records.append(std::move(r));
        return true;
    };
    context.reportIssue = [&](Issue &&issue) { result.issues.append(std::move(issue)); };
    result.status = reader.read(file, context);
    return result;
}

bool hasIssue(const IssueList &issues, Issue::Severity severity, const QString &part)
{
    for (const Issue &issue : issues) {
        if (issue.severity == severity && issue.message.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class PdfReaderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void detect_pdfByContentNotExtension()
    {
        PdfBuilder pdf;
        pdf.addTextPage({"Hello"});
        QCOMPARE(FormatRegistry::detect(pdf.build().left(4096), QStringLiteral("report.bin")),
                 QStringLiteral("pdf"));
        QCOMPARE(FormatRegistry::detect("junk before the header\n%PDF-1.4\n", QStringLiteral("x")),
                 QStringLiteral("pdf"));
        QVERIFY(FormatRegistry::detect("TY  - JOUR\nTI  - x\nER  - \n", QStringLiteral("a.pdf")) !=
                QStringLiteral("pdf"));
    }

    void read_infoGivesTitleAuthorsYear()
    {
        PdfBuilder pdf;
        pdf.setInfo("Title", "Tackling loneliness in later life");
        pdf.setInfo("Author", "Jane Doe, John Smith");
        pdf.setInfo("CreationDate", "D:20190314120000Z");
        pdf.setInfo("Keywords", "loneliness; older people");
        pdf.setInfo("Subject", "Evaluation of a befriending service");
        pdf.addTextPage({"Page one text about befriending", "More text"});
        pdf.addTextPage({"Page two mentions zyxwvutsrq"});
        const QString path = write(QStringLiteral("info.pdf"), pdf.build());
        const ReadResult r = readPdf(path);
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QCOMPARE(r.records.size(), 1);
        const Record &rec = r.records.first();
        QCOMPARE(rec.type, RecordType::Report);
        QCOMPARE(rec.rawFormat, QStringLiteral("pdf"));
        QCOMPARE(rec.title, QStringLiteral("Tackling loneliness in later life"));
        QCOMPARE(rec.authors,
                 QStringList({QStringLiteral("Doe, Jane"), QStringLiteral("Smith, John")}));
        QCOMPARE(rec.year, 2019);
        QCOMPARE(rec.date, QStringLiteral("2019-03-14"));
        QCOMPARE(rec.keywords,
                 QStringList({QStringLiteral("loneliness"), QStringLiteral("older people")}));
        QVERIFY(rec.rawFields.contains(RawField(
            QStringLiteral("Subject"), QStringLiteral("Evaluation of a befriending service"))));
        QCOMPARE(rec.attachmentFile, QFileInfo(path).absoluteFilePath());
        QCOMPARE(rec.attachmentPages, 2);
        QVERIFY(rec.attachmentText.contains(QLatin1String("befriending")));
        QVERIFY(rec.attachmentText.contains(QLatin1String("zyxwvutsrq")));
        QVERIFY(rec.attachmentText.contains(QLatin1Char('\f'))); // pages stay apart
        QVERIFY(r.issues.isEmpty());
    }

    void read_titleFromLargestLineAndAuthorsBelow()
    {
        PdfBuilder pdf;
        pdf.setInfo("Title", "Microsoft Word - report_final_v3.docx"); // not a title
        pdf.addPage(
            {{9, 72, 760, "Annual report series 4"},
             {24, 72, 700, "Peer support groups for"},
             {24, 72, 672, "lonely adults"},
             {12, 72, 640, "Mary Jones1, Peter van Dijk2*"},
             {10, 72, 620, "1 University of Somewhere, UK"},
             {11, 72, 580, "Summary"},
             {11, 72, 566, "This report describes peer support groups run by volunteers in"},
             {11, 72, 552, "community centres for adults who feel lonely, and what they did."},
             {11, 72, 520, "Introduction"}});
        const ReadResult r = readPdf(write(QStringLiteral("lines.pdf"), pdf.build()));
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QCOMPARE(r.records.size(), 1);
        const Record &rec = r.records.first();
        QCOMPARE(rec.title, QStringLiteral("Peer support groups for lonely adults"));
        QCOMPARE(rec.authors,
                 QStringList({QStringLiteral("Jones, Mary"), QStringLiteral("van Dijk, Peter")}));
        QVERIFY2(rec.abstract.startsWith(QLatin1String("This report describes peer support")),
                 qPrintable(rec.abstract));
        QVERIFY(rec.abstract.endsWith(QLatin1String("what they did.")));
        // The junk title is kept as written, not lost.
        QVERIFY(rec.rawFields.contains(RawField(
            QStringLiteral("Title"), QStringLiteral("Microsoft Word - report_final_v3.docx"))));
    }

    void doi_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("doi");
        QTest::newRow("labelled") << QByteArray("doi:10.1234/abc.5.") << 0
                                  << QStringLiteral("10.1234/abc.5");
        QTest::newRow("url") << QByteArray("See https://doi.org/10.1016/j.x.2020.01.002, then") << 0
                             << QStringLiteral("10.1016/j.x.2020.01.002");
        QTest::newRow("bracket") << QByteArray("(DOI 10.1002/(SICI)1097-0258 here)") << 1
                                 << QStringLiteral("10.1002/(SICI)1097-0258");
        QTest::newRow("unbalanced paren")
            << QByteArray("(see 10.5555/xyz)") << 2 << QStringLiteral("10.5555/xyz");
        QTest::newRow("past the first pages") << QByteArray("doi:10.9999/late") << 3 << QString();
        QTest::newRow("none") << QByteArray("no identifier here 10.12/x") << 0 << QString();
    }

    void doi()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, page);
        QFETCH(QString, doi);
        PdfBuilder pdf;
        for (int i = 0; i < 4; ++i)
            pdf.addTextPage({i == page ? line : QByteArray("Plain text page")});
        const ReadResult r = readPdf(write(QStringLiteral("doi.pdf"), pdf.build()));
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QCOMPARE(r.records.first().doi, doi);
    }

    void doi_fromXmpBeforeText()
    {
        PdfBuilder pdf;
        pdf.setXmp(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description "
            "xmlns:prism=\"http://prismstandard.org/namespaces/basic/2.0/\">"
            "<prism:doi>10.4321/from.xmp</prism:doi></rdf:Description></rdf:RDF></x:xmpmeta>");
        pdf.addTextPage({"doi:10.1111/in.text"});
        const ReadResult r = readPdf(write(QStringLiteral("xmp.pdf"), pdf.build()));
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QCOMPARE(r.records.first().doi, QStringLiteral("10.4321/from.xmp"));
    }

    void year_fromTextWithoutCreationDate()
    {
        PdfBuilder pdf;
        pdf.addTextPage(
            {"Community connections", "Founded in 1997 as a pilot", "(c) 2019 Mind Charity"});
        const ReadResult r = readPdf(write(QStringLiteral("year.pdf"), pdf.build()));
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QCOMPARE(r.records.first().year, 2019); // the copyright year wins over other years
    }

    void imageOnly_importedWithWarningAndFileNameTitle()
    {
        PdfBuilder pdf;
        pdf.addGraphicsPage();
        const ReadResult r = readPdf(write(QStringLiteral("scanned-leaflet.pdf"), pdf.build()));
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().title, QStringLiteral("scanned-leaflet"));
        QCOMPARE(r.records.first().attachmentPages, 1);
        QVERIFY(hasIssue(r.issues, Issue::Severity::Warning,
                         QStringLiteral("no text could be extracted")));
        QVERIFY(hasIssue(r.issues, Issue::Severity::Info, QStringLiteral("file name")));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        PdfBuilder good;
        good.addTextPage({"Some text"});
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("header only")
            << QByteArray("%PDF-1.4\n") << QStringLiteral("could not be opened");
        QTest::newRow("garbage") << QByteArray("%PDF-1.7\n") + QByteArray(5000, '\x9c')
                                 << QStringLiteral("could not be opened");
        QTest::newRow("truncated")
            << good.build().left(40) << QStringLiteral("could not be opened");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("broken.pdf"), bytes);
        const ReadResult r = readPdf(path);
        QVERIFY(!r.status.ok());
        QCOMPARE(r.status.error().kind, Error::Kind::InputRefused);
        QVERIFY2(r.status.errorString().contains(message), qPrintable(r.status.errorString()));
        QVERIFY(r.status.errorString().contains(QLatin1String("broken.pdf")));
        QVERIFY(r.records.isEmpty());
    }

    void truncatedBeforeTrailer_isRefused()
    {
        // A download cut short loses the cross-reference table and the trailer that names the
        // document's root: nothing can be trusted, so the file is refused, clearly.
        PdfBuilder pdf;
        pdf.setInfo("Title", "Half a report");
        pdf.addTextPage({"First page"});
        const QByteArray full = pdf.build();
        const ReadResult r =
            readPdf(write(QStringLiteral("half.pdf"), full.left(full.indexOf("xref"))));
        QVERIFY(!r.status.ok());
        QCOMPARE(r.status.error().kind, Error::Kind::InputRefused);
        QVERIFY2(r.status.errorString().contains(QLatin1String("half.pdf could not be opened")),
                 qPrintable(r.status.errorString()));
    }

    void wrongOffsets_areRepaired()
    {
        // Bytes added in front of every object (a transfer in text mode, an editor) leave
        // the cross-reference offsets wrong; Poppler rebuilds them from the objects.
        PdfBuilder pdf;
        pdf.setInfo("Title", "Shifted report");
        pdf.addTextPage({"Text still found"});
        QByteArray bytes = pdf.build();
        bytes.replace(" 0 obj\n", " 0 obj\n\n\n\n");
        const ReadResult r = readPdf(write(QStringLiteral("shifted.pdf"), bytes));
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QCOMPARE(r.records.first().title, QStringLiteral("Shifted report"));
        QVERIFY(r.records.first().attachmentText.contains(QLatin1String("Text still found")));
    }

    void encrypted_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("message");
        QTest::newRow("no password") << QString() << false << QStringLiteral("--password");
        QTest::newRow("wrong password")
            << QStringLiteral("guess") << false << QStringLiteral("does not open");
        QTest::newRow("right password") << QStringLiteral("s3cret") << true << QString();
    }

    void encrypted()
    {
        QFETCH(QString, password);
        QFETCH(bool, opens);
        QFETCH(QString, message);
        PdfBuilder pdf;
        pdf.setUserPassword("s3cret");
        pdf.setInfo("Title", "Locked report");
        pdf.addTextPage({"Confidential evaluation text"});
        const ReadResult r = readPdf(write(QStringLiteral("locked.pdf"), pdf.build()), password);
        QCOMPARE(r.status.ok(), opens);
        if (!opens) {
            QCOMPARE(r.status.error().kind, Error::Kind::InputRefused);
            QVERIFY2(r.status.errorString().contains(message), qPrintable(r.status.errorString()));
            return;
        }
        QCOMPARE(r.records.first().title, QStringLiteral("Locked report"));
        QVERIFY(
            r.records.first().attachmentText.contains(QLatin1String("Confidential evaluation")));
    }

    void limits_pagesAreCapped()
    {
        PdfBuilder pdf;
        for (int i = 1; i <= 5; ++i)
            pdf.addTextPage({"Page number " + QByteArray::number(i)});
        PdfLimits limits;
        limits.maxPages = 3;
        const ReadResult r = readPdf(write(QStringLiteral("long.pdf"), pdf.build()), {}, limits);
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        const Record &rec = r.records.first();
        QCOMPARE(rec.attachmentPages, 5);
        QVERIFY(rec.attachmentText.contains(QLatin1String("Page number 3")));
        QVERIFY(!rec.attachmentText.contains(QLatin1String("Page number 4")));
        QVERIFY(hasIssue(r.issues, Issue::Severity::Warning, QStringLiteral("first 3 page")));
    }

    void limits_textIsCapped()
    {
        PdfBuilder pdf;
        pdf.addTextPage({QByteArray(200, 'a'), QByteArray(200, 'b')});
        pdf.addTextPage({"never read"});
        PdfLimits limits;
        limits.maxTextChars = 100;
        const ReadResult r = readPdf(write(QStringLiteral("wordy.pdf"), pdf.build()), {}, limits);
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QCOMPARE(r.records.first().attachmentText.size(), 100);
        QVERIFY(hasIssue(r.issues, Issue::Severity::Warning, QStringLiteral("cut after page 1")));
    }

    void hostile_loopingPageTreeEnds()
    {
        PdfBuilder pdf;
        pdf.addTextPage({"Only real page"});
        pdf.setLoopingPageTree(true);
        const ReadResult r = readPdf(write(QStringLiteral("loop.pdf"), pdf.build()));
        // Either answer is fine as long as there is one and it is clear.
        if (r.status.ok()) {
            QCOMPARE(r.records.size(), 1);
            QVERIFY(r.records.first().attachmentText.contains(QLatin1String("Only real page")));
        } else {
            QCOMPARE(r.status.error().kind, Error::Kind::InputRefused);
            QVERIFY(r.status.errorString().contains(QLatin1String("loop.pdf")));
        }
    }

    void hostile_jbig2BombStaysWithinMemory()
    {
        // The page declares a 1.2 GB bitmap; the reader's memory limit makes Poppler give up on
        // it and keep the text of the page's other content stream.
        PdfBuilder pdf;
        pdf.setInfo("Title", "Bomb");
        pdf.addJbig2BombPage("Text next to the bomb");
        PdfLimits limits;
        limits.memoryBytes = 256LL << 20;
        const ReadResult r = readPdf(write(QStringLiteral("bomb.pdf"), pdf.build()), {}, limits);
        QVERIFY2(r.status.ok(), qPrintable(r.status.errorString()));
        QVERIFY(r.records.first().attachmentText.contains(QLatin1String("Text next to the bomb")));
        // And the user learns that part of the page was skipped.
        QVERIFY(hasIssue(r.issues, Issue::Severity::Warning, QStringLiteral("problem")));
    }

    void hostile_slowReaderIsStopped()
    {
        // A hard limit of 0 s leaves the reader no time at all: the refusal must say so
        // rather than wait.
        PdfBuilder pdf;
        pdf.addTextPage({"text"});
        PdfLimits limits;
        limits.hardSeconds = 0;
        const ReadResult r = readPdf(write(QStringLiteral("slow.pdf"), pdf.build()), {}, limits);
        QVERIFY(!r.status.ok());
        QCOMPARE(r.status.error().kind, Error::Kind::InputRefused);
        QVERIFY2(r.status.errorString().contains(QLatin1String("took longer than")),
                 qPrintable(r.status.errorString()));
        QVERIFY(r.status.errorString().contains(QLatin1String("slow.pdf")));
    }

    void fromDevice_withoutPathKeepsNoAttachmentFile()
    {
        PdfBuilder pdf;
        pdf.setInfo("Title", "In memory");
        pdf.addTextPage({"Buffered text"});
        QByteArray bytes = pdf.build();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Result<RecordFile> file = RecordFile::read(buffer, QStringLiteral("memory.pdf"));
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->format, QStringLiteral("pdf"));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("In memory"));
        QVERIFY(file->records.first().attachmentFile.isEmpty());
        QVERIFY(file->records.first().attachmentText.contains(QLatin1String("Buffered text")));
    }

    void authorsFromLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("authors");
        QTest::newRow("two with marks")
            << QStringLiteral("Ann Lee1, Bo Chan2,*")
            << QStringList{QStringLiteral("Lee, Ann"), QStringLiteral("Chan, Bo")};
        QTest::newRow("and") << QStringLiteral("Ann Lee and Carl de Vries")
                             << QStringList{QStringLiteral("Lee, Ann"),
                                            QStringLiteral("de Vries, Carl")};
        QTest::newRow("subtitle") << QStringLiteral("A Study Of Lonely People") << QStringList();
        QTest::newRow("affiliation")
            << QStringLiteral("Department of Psychology, University of X") << QStringList();
        QTest::newRow("email") << QStringLiteral("ann@example.org") << QStringList();
        QTest::newRow("sentence") << QStringLiteral("we describe how groups work") << QStringList();
    }

    void authorsFromLine()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, authors);
        QCOMPARE(PdfReader::authorsFromLine(line), authors);
    }

    void usableInfoTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("usable");
        QTest::newRow("real") << QStringLiteral("Loneliness in later life") << true;
        QTest::newRow("word file") << QStringLiteral("Microsoft Word - draft.docx") << false;
        QTest::newRow("file name") << QStringLiteral("report2019.pdf") << false;
        QTest::newRow("untitled") << QStringLiteral("Untitled") << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("path") << QStringLiteral("C:\\Users\\me\\report") << false;
    }

    void usableInfoTitle()
    {
        QFETCH(QString, title);
        QFETCH(bool, usable);
        QCOMPARE(PdfReader::isUsableInfoTitle(title), usable);
    }
};

QTEST_GUILESS_MAIN(PdfReaderTest)
#include "tst_pdfreader.moc"
