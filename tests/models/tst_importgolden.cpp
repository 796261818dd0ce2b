// Golden import cases: every folder tests/data/import/<case>/ holds one `input.*` file and an
// `expected.json`:
//   {"format": "ris", "skipped": 0, "records": [{"title": "...", "authors": ["A, B"], ...}]}
// Each expected record lists only the fields it checks; the record count must match exactly.
// Fields: type title abstract authors year date container volume issue pages doi pmid accession
// isbn url keywords language country publisher notes; "raw" checks raw fields as [[tag, value]].
#include "import/recordfile.h"
#include "records/recordstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace evimap;

namespace {

QJsonValue fieldValue(const Record &r, const QString &field)
{
    if (field == QLatin1String("type")) return r.type;
    if (field == QLatin1String("title")) return r.title;
    if (field == QLatin1String("abstract")) return r.abstract;
    if (field == QLatin1String("authors")) return QJsonArray::fromStringList(r.authors);
    if (field == QLatin1String("year")) return r.year;
    if (field == QLatin1String("date")) return r.date;
    if (field == QLatin1String("container")) return r.container;
    if (field == QLatin1String("volume")) return r.volume;
    if (field == QLatin1String("issue")) return r.issue;
    if (field == QLatin1String("pages")) return r.pages;
    if (field == QLatin1String("doi")) return r.doi;
    if (field == QLatin1String("pmid")) return r.pmid;
    if (field == QLatin1String("accession")) return r.accession;
    if (field == QLatin1String("isbn")) return r.isbn;
    if (field == QLatin1String("url")) return r.url;
    if (field == QLatin1String("keywords")) return QJsonArray::fromStringList(r.keywords);
    if (field == QLatin1String("language")) return r.language;
    if (field == QLatin1String("country")) return r.country;
    if (field == QLatin1String("publisher")) return r.publisher;
    if (field == QLatin1String("notes")) return r.notes;
    if (field == QLatin1String("raw"))
        return QJsonDocument::fromJson(RecordStore::rawFieldsToJson(r.rawFields).toUtf8()).array();
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

class ImportGoldenTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenCase_data()
    {
        QTest::addColumn<QString>("folder");
        QDirIterator it(test::dataPath(QStringLiteral("import")), QDir::Dirs | QDir::NoDotAndDotDot);
        QStringList folders;
        while (it.hasNext())
            folders << it.next();
        folders.sort();
        QVERIFY2(!folders.isEmpty(), "no golden import cases found");
        for (const QString &folder : std::as_const(folders))
            QTest::newRow(qPrintable(QFileInfo(folder).fileName())) << folder;
    }

    void goldenCase()
    {
        QFETCH(QString, folder);
        const QDir dir(folder);
        const QStringList inputs = dir.entryList({QStringLiteral("input.*")}, QDir::Files);
        QCOMPARE(inputs.size(), 1);
        const QJsonObject expected =
            QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("expected.json")))).object();
        QVERIFY2(!expected.isEmpty(), "expected.json is missing or not JSON");

        QHash<QString, QString> options;
        const QJsonObject opts = expected.value(QStringLiteral("options")).toObject();
        for (auto it = opts.begin(); it != opts.end(); ++it)
            options.insert(it.key(), it.value().toString());
        Result<RecordFile> file = RecordFile::read(dir.filePath(inputs.first()),
                                                   expected.value(QStringLiteral("forceFormat")).toString(),
                                                   options);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        if (expected.contains(QStringLiteral("format")))
            QCOMPARE(file->format, expected.value(QStringLiteral("format")).toString());
        if (expected.contains(QStringLiteral("skipped")))
            QCOMPARE(file->skipped, expected.value(QStringLiteral("skipped")).toInt());
        const QJsonArray records = expected.value(QStringLiteral("records")).toArray();
        QCOMPARE(file->records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject want = records.at(i).toObject();
            for (auto it = want.begin(); it != want.end(); ++it) {
                const QJsonValue got = fieldValue(file->records.at(i), it.key());
                QVERIFY2(!got.isUndefined(), qPrintable(QStringLiteral("unknown field ") + it.key()));
                QVERIFY2(got == it.value(),
                         qPrintable(QStringLiteral("record %1 field %2: got %3, expected %4")
                                        .arg(i + 1)
                                        .arg(it.key(),
                                             QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)),
                                             QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(ImportGoldenTest)
#include "tst_importgolden.moc"
