// LineReader: every encoding and line ending reviewers' files come in, and hostile lines.
#include "import/linereader.h"

#include <QBuffer>
#include <QtTest>

using namespace evimap;

namespace {

QStringList readAll(QByteArray bytes, QString *encoding = nullptr, int *fallback = nullptr,
                    qsizetype maxLine = LineReader::defaultMaxLineBytes, QList<bool> *cut = nullptr)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LineReader reader(buffer, maxLine);
    QStringList lines;
    QString line;
    while (reader.readLine(line)) {
        lines << line;
        if (cut)
            cut->append(reader.lastLineWasCut());
    }
    if (encoding)
        *encoding = reader.encodingName();
    if (fallback)
        *fallback = reader.fallbackLines();
    return lines;
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out += bigEndian ? QByteArray{&hi, 1} + QByteArray{&lo, 1}
                         : QByteArray{&lo, 1} + QByteArray{&hi, 1};
    }
    return out;
}

} // namespace

class LineReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void readLine_decodesEncodingsAndLineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("Müller, Łukasz\nSørensen\n");
        const QStringList lines{QStringLiteral("Müller, Łukasz"), QStringLiteral("Sørensen")};
        QTest::newRow("utf-8 LF") << text.toUtf8() << lines << "UTF-8";
        QTest::newRow("utf-8 CRLF")
            << QString(text).replace(QStringLiteral("\n"), QStringLiteral("\r\n")).toUtf8() << lines
            << "UTF-8";
        QTest::newRow("utf-8 CR only")
            << QString(text).replace(QStringLiteral("\n"), QStringLiteral("\r")).toUtf8() << lines
            << "UTF-8";
        QTest::newRow("utf-8 BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << lines << "UTF-8";
        QTest::newRow("utf-16LE BOM") << utf16(text, false, true) << lines << "UTF-16LE";
        QTest::newRow("utf-16BE BOM") << utf16(text, true, true) << lines << "UTF-16BE";
        QTest::newRow("utf-16LE no BOM") << utf16(text, false, false) << lines << "UTF-16LE";
        QTest::newRow("utf-16BE no BOM, CR")
            << utf16(QString(text).replace(QStringLiteral("\n"), QStringLiteral("\r")), true, false)
            << lines << "UTF-16BE";
        QTest::newRow("windows-1252")
            << QByteArray("caf\xE9 \x93quoted\x94\n\x80 5\n")
            << QStringList{QStringLiteral("café “quoted”"), QStringLiteral("€ 5")}
            << "UTF-8/Windows-1252";
        QTest::newRow("no final newline")
            << QByteArray("a\nb") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
            << "UTF-8";
        QTest::newRow("empty lines kept")
            << QByteArray("a\n\n\nb\n")
            << QStringList{QStringLiteral("a"), QString(), QString(), QStringLiteral("b")}
            << "UTF-8";
        QTest::newRow("empty input") << QByteArray() << QStringList{} << "UTF-8";
    }

    void readLine_decodesEncodingsAndLineEnds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        QFETCH(QString, encoding);
        QString detected;
        QCOMPARE(readAll(bytes, &detected), expected);
        QCOMPARE(detected, encoding);
    }

    void readLine_mixedFileFallsBackPerLine()
    {
        int fallback = 0;
        const QStringList lines = readAll(QByteArray("ok é\n\xA9 2020\nstill ok\n")
                                              .replace("ok é", QStringLiteral("ok é").toUtf8()),
                                          nullptr, &fallback);
        QCOMPARE(lines, (QStringList{QStringLiteral("ok é"), QStringLiteral("© 2020"),
                                     QStringLiteral("still ok")}));
        QCOMPARE(fallback, 1);
    }

    void readLine_crlfSplitAcrossChunks()
    {
        // A CR as the last byte of one 1 MiB chunk and its LF as the first of the next.
        QByteArray bytes(1024 * 1024 - 1, 'x');
        bytes += "\r\nnext\r\n";
        const QStringList lines = readAll(bytes);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1), QStringLiteral("next"));
    }

    void readLine_overlongLineIsCutAndFlagged()
    {
        QByteArray bytes = "first\n";
        bytes += QByteArray(10 * 1024 * 1024, 'a');
        bytes += "\nlast\n";
        QList<bool> cut;
        const QStringList lines = readAll(bytes, nullptr, nullptr, 1024 * 1024, &cut);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).size(), 1024 * 1024);
        QCOMPARE(cut, (QList<bool>{false, true, false}));
        QCOMPARE(lines.at(2), QStringLiteral("last"));
    }

    void decodeBytes_rejectsOverlongAndSurrogateUtf8()
    {
        bool fallback = false;
        LineReader::decodeBytes(QByteArray("\xC0\xAF"), &fallback); // overlong '/'
        QVERIFY(fallback);
        LineReader::decodeBytes(QByteArray("\xED\xA0\x80"), &fallback); // UTF-16 surrogate
        QVERIFY(fallback);
        QCOMPARE(LineReader::decodeBytes(QByteArray("\xE2\x82\xAC"), &fallback),
                 QStringLiteral("€"));
        QVERIFY(!fallback);
    }
};

QTEST_GUILESS_MAIN(LineReaderTest)
#include "tst_linereader.moc"
