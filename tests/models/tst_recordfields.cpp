// The record's typed fields, listed once (RecordFields): each names a column of the record
// table, reads and writes as text, and survives the stores, an edit and the CSV export that are
// built from the list.
#include "dedup/dedupstore.h"
#include "export/recordwriter.h"
#include "project/project.h"
#include "recordfields.h"
#include "records/recordedit.h"
#include "records/recordfields.h"
#include "records/recordstore.h"

#include <QBuffer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class RecordFieldsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // One project for the whole test: each test stores records of its own.
    std::unique_ptr<Project> m_project;

private slots:
    void initTestCase()
    {
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("fields.evimap")));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
    }

    void list_namesAreUniqueAndColumnsOfTheRecordTable()
    {
        QSet<QString> columns;
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(record)")));
        while (q.next())
            columns.insert(q.value(1).toString());
        const QStringList names = RecordFields::names();
        QCOMPARE(names.size(), qsizetype(RecordFields::all.size()));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        for (const QString &name : names)
            QVERIFY2(columns.contains(name), qPrintable(name));
        QCOMPARE(RecordFields::columns(), names.join(QStringLiteral(", ")));
        QCOMPARE(DedupStore::mergeableFields(), names);
    }

    void value_asText()
    {
        Record r;
        r.title = QStringLiteral("A title");
        r.authors = QStringList{QStringLiteral("Ng, A"), QStringLiteral("Li, B")};
        QCOMPARE(RecordFields::value(r, u"title"), QStringLiteral("A title"));
        QCOMPARE(RecordFields::value(r, u"authors"), QStringLiteral("Ng, A\nLi, B"));
        QCOMPARE(RecordFields::find(u"authors")->value(r, u"; "), QStringLiteral("Ng, A; Li, B"));
        // An unknown year is empty as text and NULL as a column.
        QCOMPARE(RecordFields::value(r, u"year"), QString());
        QVERIFY(RecordFields::find(u"year")->columnValue(r).isNull());
        r.year = 2020;
        QCOMPARE(RecordFields::value(r, u"year"), QStringLiteral("2020"));
        QCOMPARE(RecordFields::find(u"year")->columnValue(r).toInt(), 2020);
        // A null text is stored as empty, never NULL.
        QVERIFY(!RecordFields::find(u"doi")->columnValue(r).isNull());
        QVERIFY(RecordFields::find(u"raw_fields") == nullptr);
        QVERIFY(RecordFields::find(u"id") == nullptr);
        QCOMPARE(RecordFields::value(r, u"no such field"), QString());
    }

    void setValue_fromText()
    {
        Record r;
        RecordFields::setValue(r, u"keywords", QStringLiteral("loneliness\n\nolder adults\n"));
        QCOMPARE(r.keywords,
                 (QStringList{QStringLiteral("loneliness"), QStringLiteral("older adults")}));
        RecordFields::setValue(r, u"year", QStringLiteral("1998"));
        QCOMPARE(r.year, 1998);
        RecordFields::setValue(r, u"year", QStringLiteral("n.d."));
        QCOMPARE(r.year, 0);
        RecordFields::setValue(r, u"container", QStringLiteral("BMJ"));
        QCOMPARE(r.container, QStringLiteral("BMJ"));
        const Record before = r;
        RecordFields::setValue(r, u"no such field", QStringLiteral("x"));
        QVERIFY(RecordEdit::differences(before, r).isEmpty());
    }

    void everyField_roundTripsThroughTheStore()
    {
        Record r = test::everyField();
        QVERIFY(m_project
                    ->writeTransaction(
                        [&]() -> Status { return RecordStore(m_project->database()).insert(r, 0); })
                    .ok());
        std::optional<Record> stored = RecordStore(m_project->database()).record(r.id);
        QVERIFY(stored);
        QCOMPARE(RecordEdit::differences(r, *stored).size(), 0);
        for (const RecordField &field : RecordFields::all)
            QCOMPARE(field.value(*stored), field.value(r));

        // Every field changed: the edit names each once, and the store keeps each.
        Record edited = *stored;
        for (const RecordField &field : RecordFields::all) {
            const QString now = field.kind == RecordField::Kind::Year
                                    ? QStringLiteral("2021")
                                    : field.value(edited) + QStringLiteral(" (corrected)");
            field.setValue(edited, now);
        }
        const QList<RecordEdit::Change> changes = RecordEdit::differences(*stored, edited);
        QStringList changed;
        for (const RecordEdit::Change &c : changes)
            changed << c.field;
        QCOMPARE(changed, RecordFields::names());
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        return RecordStore(m_project->database()).update(edited);
                    })
                    .ok());
        stored = RecordStore(m_project->database()).record(r.id);
        QVERIFY(stored);
        QCOMPARE(RecordEdit::differences(edited, *stored).size(), 0);
        QCOMPARE(stored->year, 2021);

        // The year unknown again: stored as NULL, read back as 0.
        edited.year = 0;
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        return RecordStore(m_project->database()).update(edited);
                    })
                    .ok());
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT year IS NULL FROM record WHERE id = %1").arg(r.id)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QCOMPARE(RecordStore(m_project->database()).record(r.id)->year, 0);
    }

    void csvExport_headingsAndCellsOfEachColumn()
    {
        Record r = test::everyField();
        r.uuid = QStringLiteral("u-1");
        std::unique_ptr<RecordWriter> writer = ExportFormats::create(QStringLiteral("csv"));
        QVERIFY(writer);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writer->begin(buffer).ok());
        QVERIFY(writer->write(buffer, r).ok());
        QVERIFY(writer->end(buffer).ok());
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 QStringLiteral("Type,Title,Authors,Year,Journal,Volume,Issue,Pages,DOI,PMID,"
                                "Accession,ISBN,URL,Keywords,Language,Country,Publisher,Abstract,"
                                "Notes,Tags,EviMap ID"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("the type,the title,\"first authors; second\",2019,the container,"
                                "the volume,the issue,the pages,the doi,the pmid,the accession,"
                                "the isbn,the url,\"first keywords; second\",the language,"
                                "the country,the publisher,the abstract,the notes,,u-1"));
    }
};

QTEST_GUILESS_MAIN(RecordFieldsTest)
#include "tst_recordfields.moc"
