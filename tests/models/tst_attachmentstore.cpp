// AttachmentStore: PDFs attached to records already in a project (matched by id, DOI or title,
// given or found in the PDF), copied by sha256, indexed for full-text search, audit logged;
// and the same copying for grey literature imported as records (ImportJob).
#include "import/attachmentstore.h"
#include "import/importjob.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "testpdf.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;
using test::PdfBuilder;

class AttachmentStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;
    qint64 m_withDoi = 0, m_plain = 0, m_twinA = 0, m_twinB = 0, m_duplicate = 0;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    qint64 insert(const QString &title, const QString &doi, qint64 duplicateOf = 0)
    {
        Record r;
        r.title = title;
        r.doi = doi;
        qint64 id = 0;
        const Status s = m_project->writeTransaction([&]() -> Status {
            RecordStore store(m_project->database());
            if (Status st = store.insert(r, 0); !st)
                return st;
            id = r.id;
            if (duplicateOf > 0) {
                QSqlQuery q(m_project->database());
                q.prepare(QStringLiteral("UPDATE record SET duplicate_of = ? WHERE id = ?"));
                q.addBindValue(duplicateOf);
                q.addBindValue(id);
                if (!q.exec())
                    return failure(QStringLiteral("update failed"));
            }
            return {};
        });
        if (!s)
            qFatal("%s", qPrintable(s.errorString()));
        return id;
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_project->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static QByteArray pdfWith(const QByteArray &title, const QList<QByteArray> &lines)
    {
        PdfBuilder pdf;
        if (!title.isEmpty())
            pdf.setInfo("Title", title);
        pdf.addTextPage(lines);
        return pdf.build();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Project>> p =
            Project::create(m_dir.filePath(QStringLiteral("a%1.evimap").arg(++m_counter)));
        QVERIFY2(p.ok(), qPrintable(p.errorString()));
        m_project = std::move(p.value());
        m_withDoi = insert(QStringLiteral("Loneliness and CBT: a trial"),
                           QStringLiteral("10.1000/Trial.7"));
        m_plain = insert(QStringLiteral("Peer support for carers"), QString());
        m_twinA = insert(QStringLiteral("Same title twice"), QString());
        m_twinB = insert(QStringLiteral("Same Title, Twice!"), QString());
        m_duplicate =
            insert(QStringLiteral("Merged copy"), QStringLiteral("10.1000/merged"), m_plain);
    }

    void cleanup() { m_project.reset(); }

    void attach_byDoiFoundInPdf()
    {
        const QByteArray bytes =
            pdfWith("", {"Full text of the trial", "doi:10.1000/trial.7", "uniquewordkappa"});
        const QString path = write(QStringLiteral("trial.pdf"), bytes);
        Result<Reviewer> lead = Reviewers(*m_project).ensure(QStringLiteral("Lead"));
        QVERIFY(lead.ok());
        AttachmentStore store(*m_project);
        Result<AttachmentStore::Attached> a = store.attachPdf(path, {}, lead->id);
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        QCOMPARE(a->recordId, m_withDoi);
        QVERIFY(a->matchedBy.contains(QLatin1String("10.1000/trial.7")));
        QCOMPARE(a->pageCount, 1);

        // The file is in the project's folder, named by its sha256.
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(a->file.sha256, sha);
        QCOMPARE(a->file.relativePath, QFileInfo(m_project->filePath()).fileName() +
                                           QStringLiteral("-files/") + sha.left(12) +
                                           QStringLiteral("-trial.pdf"));
        const QString copied =
            QFileInfo(m_project->filePath()).absoluteDir().filePath(a->file.relativePath);
        QCOMPARE(test::readFile(copied), bytes);

        const QList<Attachment> list = store.attachmentsOf(m_withDoi);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().sha256, sha);
        QCOMPARE(list.first().pageCount, 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT rowid FROM record_fts WHERE record_fts MATCH 'uniquewordkappa'")),
                 int(m_withDoi));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'attachment.add' "
                                 "AND record_id = %1 AND reviewer_id = %2")
                      .arg(m_withDoi)
                      .arg(lead->id)),
            1);
    }

    void attach_byTitleFoundInPdf()
    {
        const QString path = write(QStringLiteral("carers.pdf"),
                                   pdfWith("Peer Support for Carers", {"Text about carers"}));
        Result<AttachmentStore::Attached> a = AttachmentStore(*m_project).attachPdf(path, {}, 0);
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        QCOMPARE(a->recordId, m_plain);
    }

    void attach_givenTargetsWin_data()
    {
        QTest::addColumn<qint64>("recordId");
        QTest::addColumn<QString>("doi");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected"); // which record
        QTest::newRow("record id") << qint64(2) << QString() << QString() << "plain";
        QTest::newRow("doi url") << qint64(0) << "https://doi.org/10.1000/TRIAL.7" << QString()
                                 << "doi";
        QTest::newRow("title") << qint64(0) << QString() << "peer support for carers."
                               << "plain";
        QTest::newRow("duplicate's doi goes to its record")
            << qint64(0) << "10.1000/merged" << QString() << "plain";
    }

    void attach_givenTargetsWin()
    {
        QFETCH(qint64, recordId);
        QFETCH(QString, doi);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        // The PDF itself points elsewhere; what the user gives wins.
        const QString path = write(QStringLiteral("given.pdf"),
                                   pdfWith("Same title twice", {"doi:10.1000/trial.7"}));
        Result<AttachmentStore::Attached> a =
            AttachmentStore(*m_project).attachPdf(path, {recordId, doi, title}, 0);
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        QCOMPARE(a->recordId, expected == QLatin1String("plain") ? m_plain : m_withDoi);
    }

    void attach_refusals_data()
    {
        QTest::addColumn<QByteArray>("pdfTitle");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("recordId");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("nothing matches")
            << QByteArray("Unknown report") << QByteArray("no doi") << qint64(0) << QString()
            << QStringList{"no record", "Unknown report", "--record"};
        QTest::newRow("several match")
            << QByteArray("Same title twice") << QByteArray("x") << qint64(0) << QString()
            << QStringList{"2 records", "--record", "3", "4"};
        QTest::newRow("no such record") << QByteArray("Whatever") << QByteArray("x") << qint64(999)
                                        << QString() << QStringList{"no record 999"};
        QTest::newRow("given title matches nothing")
            << QByteArray("Same title twice") << QByteArray("x") << qint64(0) << "Nowhere"
            << QStringList{"Nowhere"};
    }

    void attach_refusals()
    {
        QFETCH(QByteArray, pdfTitle);
        QFETCH(QByteArray, text);
        QFETCH(qint64, recordId);
        QFETCH(QString, title);
        QFETCH(QStringList, mentions);
        const QString path = write(QStringLiteral("refused.pdf"), pdfWith(pdfTitle, {text}));
        Result<AttachmentStore::Attached> a =
            AttachmentStore(*m_project).attachPdf(path, {recordId, {}, title}, 0);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, Error::Kind::InputRefused);
        QVERIFY(a.errorString().contains(QLatin1String("refused.pdf")));
        for (const QString &part : std::as_const(mentions))
            QVERIFY2(a.errorString().contains(part), qPrintable(a.errorString()));
        // Nothing stored, nothing copied.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM attachment")), 0);
        QVERIFY(QDir(m_project->attachmentDirectory()).isEmpty());
    }

    void attach_sameFileTwiceIsRefused_otherFileAppendsText()
    {
        const QString first =
            write(QStringLiteral("one.pdf"), pdfWith("", {"alphaword", "doi:10.1000/trial.7"}));
        const QString second =
            write(QStringLiteral("two.pdf"), pdfWith("", {"betaword", "doi:10.1000/trial.7"}));
        AttachmentStore store(*m_project);
        QVERIFY(store.attachPdf(first, {}, 0).ok());
        Result<AttachmentStore::Attached> again = store.attachPdf(first, {}, 0);
        QVERIFY(!again.ok());
        QVERIFY2(again.errorString().contains(QLatin1String("already attached")),
                 qPrintable(again.errorString()));
        QVERIFY(store.attachPdf(second, {}, 0).ok());
        QCOMPARE(store.attachmentsOf(m_withDoi).size(), 2);
        const QString text = store.fullText(m_withDoi);
        QVERIFY(text.contains(QLatin1String("alphaword")));
        QVERIFY(text.contains(QLatin1String("betaword")));
        // The refused second attempt left the first copy alone.
        QCOMPARE(QDir(m_project->attachmentDirectory()).entryList(QDir::Files).size(), 2);
    }

    void attach_unreadablePdfIsRefused()
    {
        const QString path = write(QStringLiteral("bad.pdf"), "%PDF-1.4\nnot really");
        Result<AttachmentStore::Attached> a =
            AttachmentStore(*m_project).attachPdf(path, {m_plain, {}, {}}, 0);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, Error::Kind::InputRefused);
        QVERIFY(a.errorString().contains(QLatin1String("bad.pdf")));
    }

    void importJob_pdfIsCopiedAndIndexed()
    {
        const QString path =
            write(QStringLiteral("grey.pdf"), pdfWith("Grey report", {"greyuniqueword"}));
        ImportOptions options;
        options.route = QStringLiteral("organisation");
        Result<ImportSummary> s = ImportJob::run(*m_project, path, options);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s->format, QStringLiteral("pdf"));
        QCOMPARE(s->imported, 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM attachment")), 1);
        QCOMPARE(QDir(m_project->attachmentDirectory()).entryList(QDir::Files).size(), 1);
        QVERIFY(count(QStringLiteral(
                    "SELECT rowid FROM record_fts WHERE record_fts MATCH 'greyuniqueword'")) > 0);

        // Importing it again is refused and leaves the stored copy in place.
        Result<ImportSummary> again = ImportJob::run(*m_project, path, options);
        QVERIFY(!again.ok());
        QCOMPARE(QDir(m_project->attachmentDirectory()).entryList(QDir::Files).size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM attachment")), 1);
    }

    // The stored name adds 13 bytes to the file's own; a name near the file system's 255-byte
    // limit used to fail to copy, so such a PDF could not be imported at all.
    void importJob_pdfWithLongNameIsStoredUnderAShorterName()
    {
        const QString base = QString(120, QChar(0x00e9)) + QStringLiteral("-report"); // 247 bytes
        const QString name = base + QStringLiteral(".pdf");
        QCOMPARE(name.toUtf8().size(), 251);
        const QString path = write(name, pdfWith("Long name", {"longnameword"}));
        Result<ImportSummary> s = ImportJob::run(*m_project, path, ImportOptions());
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s->imported, 1);
        const QStringList stored = QDir(m_project->attachmentDirectory()).entryList(QDir::Files);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().toUtf8().size() <= 160);
        QVERIFY(stored.first().endsWith(QLatin1String(".pdf")));
        QVERIFY(stored.first().contains(QString(20, QChar(0x00e9))));
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT file_path FROM attachment")) && q.next());
        QVERIFY(q.value(0).toString().endsWith(stored.first()));
        QVERIFY(QFile::exists(
            QFileInfo(m_project->filePath()).absoluteDir().filePath(q.value(0).toString())));
    }

    void importJob_refusedPdfLeavesNoCopy()
    {
        PdfBuilder locked;
        locked.setUserPassword("pw");
        locked.addTextPage({"secret"});
        const QString path = write(QStringLiteral("locked.pdf"), locked.build());
        Result<ImportSummary> s = ImportJob::run(*m_project, path, ImportOptions());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::InputRefused);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM import_batch")), 0);
        QVERIFY(!QDir(m_project->attachmentDirectory()).exists() ||
                QDir(m_project->attachmentDirectory()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(AttachmentStoreTest)
#include "tst_attachmentstore.moc"
