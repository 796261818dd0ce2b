// Golden import cases: every folder tests/data/import/<case>/ holds one `input.*` file and an
// `expected.json`:
//   {"format": "ris", "skipped": 0, "records": [{"title": "...", "authors": ["A, B"], ...}]}
// Each expected record lists only the fields it checks; the record count must match exactly.
// Fields: the record's (RecordFields; lists as arrays, the year a number); "raw" checks raw
// fields as [[tag, value]].
#include "import/recordfile.h"
#include "records/recordfields.h"
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
    if (const RecordField *typed = RecordFields::find(field)) {
        switch (typed->kind) {
        case RecordField::Kind::Text:
            return r.*(typed->text);
        case RecordField::Kind::List:
            return QJsonArray::fromStringList(r.*(typed->list));
        case RecordField::Kind::Year:
            return r.year;
        }
    }
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
        QDirIterator it(test::dataPath(QStringLiteral("import")),
                        QDir::Dirs | QDir::NoDotAndDotDot);
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
            QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("expected.json"))))
                .object();
        QVERIFY2(!expected.isEmpty(), "expected.json is missing or not JSON");

        QHash<QString, QString> options;
        const QJsonObject opts = expected.value(QStringLiteral("options")).toObject();
        for (auto it = opts.begin(); it != opts.end(); ++it)
            options.insert(it.key(), it.value().toString());
        Result<RecordFile> file =
            RecordFile::read(dir.filePath(inputs.first()),
                             expected.value(QStringLiteral("forceFormat")).toString(), options);
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
                QVERIFY2(!got.isUndefined(),
                         qPrintable(QStringLiteral("unknown field ") + it.key()));
                QVERIFY2(
                    got == it.value(),
                    qPrintable(
                        QStringLiteral("record %1 field %2: got %3, expected %4")
                            .arg(i + 1)
                            .arg(it.key(),
                                 QString::fromUtf8(
                                     QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                       .toJson(QJsonDocument::Compact)))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(ImportGoldenTest)
#include "tst_importgolden.moc"
