// CSV, read and written in one place: CsvRowReader splits every CSV file EviMap reads into rows,
// CsvRowWriter writes every CSV file it writes, safe to open in a spreadsheet.
#include "core/csvrowreader.h"
#include "core/csvrowwriter.h"

#include <QBuffer>
#include <QtTest>

using namespace evimap;

namespace {

// The rows as one string: fields joined by "|", rows by " / ", a row's flags after a "#".
QString rowsOf(QByteArray bytes, qsizetype maxFieldBytes = CsvRowReader::unbounded,
               qsizetype maxRowBytes = CsvRowReader::unbounded, char *separator = nullptr)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvRowReader reader(buffer, maxFieldBytes, maxRowBytes);
    if (!reader.detectSeparator())
        return QStringLiteral("(empty)");
    if (separator)
        *separator = reader.separator();
    QStringList rows;
    CsvRow row;
    while (reader.next(row)) {
        QStringList fields;
        for (const QByteArray &field : std::as_const(row.fields))
            fields << QString::fromUtf8(field);
        QString text = QString::number(row.line) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        if (row.fieldCut)
            text += QLatin1String("#cut");
        if (row.tooLong)
            text += QLatin1String("#too-long");
        if (row.openQuote)
            text += QLatin1String("#open-quote");
        if (row.blank())
            text += QLatin1String("#blank");
        rows << text;
    }
    return rows.join(QLatin1String(" / "));
}

} // namespace

class CsvTest : public QObject
{
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("rows");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << ","
                               << "1:a|b / 2:1|2";
        QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << ","
                                           << "1:a|b / 2:1|2";
        QTest::newRow("semicolons, more than commas") << QByteArray("a;b;c,d\n1;2;3,4\n") << ";"
                                                      << "1:a|b|c,d / 2:1|2|3,4";
        QTest::newRow("tabs") << QByteArray("a\tb\n1\t2\n") << "\t"
                              << "1:a|b / 2:1|2";
        QTest::newRow("a tab and a comma: tab") << QByteArray("a\tb,c\n") << "\t"
                                                << "1:a|b,c";
        QTest::newRow("separators inside quotes do not count") << QByteArray("\"a;b;c\",d\n") << ","
                                                               << "1:a;b;c|d";
        QTest::newRow("excel sep line") << QByteArray("sep=;\na;b\n") << ";"
                                        << "2:a|b";
        QTest::newRow("quoted separator and doubled quote")
            << QByteArray("\"Leeds, UK\",\"say \"\"hi\"\"\"\n") << ","
            << "1:Leeds, UK|say \"hi\"";
        QTest::newRow("line break inside quotes, CRLF read as LF")
            << QByteArray("\"one\r\ntwo\",x\r\nnext,y\r\n") << ","
            << "1:one\ntwo|x / 3:next|y";
        QTest::newRow("CR line ends") << QByteArray("a,b\r1,2\r") << ","
                                      << "1:a|b / 2:1|2";
        QTest::newRow("spaces before a quote are dropped") << QByteArray("a, \"b,c\"\n") << ","
                                                           << "1:a|b,c";
        QTest::newRow("a quote inside a field is text") << QByteArray("5\" disk,x\n") << ","
                                                        << "1:5\" disk|x";
        QTest::newRow("text after a closing quote is kept") << QByteArray("\"ab\"cd,x\n") << ","
                                                            << "1:abcd|x";
        QTest::newRow("blank line") << QByteArray("a\n\nb\n") << ","
                                    << "1:a / 2:#blank / 3:b";
        QTest::newRow("empty fields") << QByteArray(",,\n") << ","
                                      << "1:||";
        QTest::newRow("utf-8 byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                             "a,b\n")
                                               << ","
                                               << "1:a|b";
        QTest::newRow("utf-16 LE with byte order mark") << QByteArray("\xFF\xFE"
                                                                      "a\0,\0\xE9\0\n\0",
                                                                      10)
                                                        << ","
                                                        << "1:a|é";
        QTest::newRow("quote never closed") << QByteArray("a,\"open\nb,c\n") << ","
                                            << "1:a|open\nb,c\n#open-quote";
        QTest::newRow("empty input") << QByteArray() << ""
                                     << "(empty)";
    }

    void read()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, separator);
        QFETCH(QString, rows);
        char found = 0;
        QCOMPARE(rowsOf(bytes, CsvRowReader::unbounded, CsvRowReader::unbounded, &found), rows);
        QCOMPARE(found ? QString(QLatin1Char(found)) : QString(), separator);
    }

    void read_boundsFieldsAndRows()
    {
        // A field over the limit is cut and flagged; a row over its limit is dropped, and
        // reading goes on with the next row.
        QCOMPARE(rowsOf("abcdefgh,x\nnext\n", 4, 100), QString("1:abcd|x#cut / 2:next"));
        QCOMPARE(rowsOf("\"abcdefgh\nijkl\",x\nnext\n", 100, 8), QString("1:#too-long / 3:next"));
    }

    void readText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("rows");
        QTest::newRow("cells trimmed, quoted or not")
            << QByteArray("record , \" note \"\n1,x\n") << "1:record|note / 2:1|x";
        QTest::newRow("rows without text left out")
            << QByteArray("a,b\n\n , \n,,\n1,2\n") << "1:a|b / 5:1|2";
        QTest::newRow("byte order mark and CRLF") << QByteArray("\xEF\xBB\xBF"
                                                                "a;b\r\n1;2\r\n")
                                                  << "1:a|b / 2:1|2";
        QTest::newRow("multi-line quote keeps the line of its row")
            << QByteArray("a,\"x\ny\"\nb,z\n") << "1:a|x\ny / 3:b|z";
        QTest::newRow("empty") << QByteArray() << "";
    }

    void readText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, rows);
        Result<QList<CsvRowReader::TextRow>> read =
            CsvRowReader::readText(bytes, QStringLiteral("f.csv"), 100);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QStringList got;
        for (const CsvRowReader::TextRow &row : *read)
            got << QString::number(row.line) + QLatin1Char(':') + row.cells.join(QLatin1Char('|'));
        QCOMPARE(got.join(QLatin1String(" / ")), rows);
    }

    void readText_refusesTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("quote never closed")
            << QByteArray("a,b\n1,\"never closed\n") << "f.csv:2: a quoted field is never closed";
        QTest::newRow("not utf-8")
            << QByteArray("a,b\n1,caf\xe9\n") << "f.csv:2: the text is not UTF-8";
        QTest::newRow("cell too long") << QByteArray("a,b\n1,") + QByteArray(11, 'x') + "\n"
                                       << "f.csv:2: a field is longer than 10 characters";
        // Ten characters of three UTF-8 bytes each are within the limit: it counts characters.
        QTest::newRow("cell too long, multibyte")
            << QByteArray("a\n") + QString(11, QChar(0x20AC)).toUtf8()
            << "f.csv:2: a field is longer than 10";
    }

    void readText_refusesTheFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        Result<QList<CsvRowReader::TextRow>> read =
            CsvRowReader::readText(bytes, QStringLiteral("f.csv"), 10);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::InputRefused);
        QVERIFY2(read.errorString().startsWith(error), qPrintable(read.errorString()));
    }

    void readText_countsCharactersNotBytes()
    {
        const QByteArray euros = QString(10, QChar(0x20AC)).toUtf8(); // 30 bytes
        Result<QList<CsvRowReader::TextRow>> read =
            CsvRowReader::readText("a\n" + euros + "\n", QStringLiteral("f.csv"), 10);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->last().cells, QStringList{QString(10, QChar(0x20AC))});
    }

    void cell_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("plain") << "Group CBT"
                               << "Group CBT";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("equals, quoted for its quotes") << "=HYPERLINK(\"http://x\")"
                                                       << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("equals") << "=1+1"
                                << "'=1+1";
        QTest::newRow("plus") << "+cmd|' /C calc'!A0"
                              << "'+cmd|' /C calc'!A0";
        QTest::newRow("plus, phone number") << "+44 20"
                                            << "'+44 20";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::newRow("comma") << "Leeds, UK"
                               << "\"Leeds, UK\"";
        QTest::newRow("semicolon") << "a; b"
                                   << "\"a; b\"";
        QTest::newRow("quote") << "5\" disk"
                               << "\"5\"\" disk\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("leading space") << " x"
                                       << "\" x\"";
        QTest::newRow("trailing space") << "x "
                                        << "\"x \"";
    }

    void cell()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(CsvRowWriter::cell(input), output);
    }

    void row_joinsCellsWithCommasAndEndsWithCrlf()
    {
        QCOMPARE(CsvRowWriter::row({"a", "b, c", "=d"}), QString("a,\"b, c\",'=d\r\n"));
        QCOMPARE(CsvRowWriter::row({}), QString("\r\n"));
        QCOMPARE(CsvRowWriter::bom(), QByteArray("\xEF\xBB\xBF"));
    }

    void writtenRowsReadBack()
    {
        const QStringList cells{"plain", "Leeds, UK", "say \"hi\"", "two\nlines", "a; b", " x "};
        const QByteArray bytes = CsvRowWriter::bom() + CsvRowWriter::row(cells).toUtf8();
        Result<QList<CsvRowReader::TextRow>> read =
            CsvRowReader::readText(bytes, QStringLiteral("f.csv"), 100);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->size(), 1);
        QStringList expected = cells;
        expected.last() = "x"; // readText trims
        QCOMPARE(read->first().cells, expected);
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "tst_csv.moc"
