// Publication dates as bibliographic files write them.
#include "import/pubdate.h"

#include <QtTest>

using namespace evimap;

class PubDateTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("date");

        QTest::newRow("year") << "2009" << 2009 << "2009";
        QTest::newRow("year and month name") << "2009 Feb" << 2009 << "2009-02";
        QTest::newRow("year, month name, day") << "2016 Apr 19" << 2016 << "2016-04-19";
        QTest::newRow("numeric month and day") << "2013 06 10" << 2013 << "2013-06-10";
        QTest::newRow("extra spaces") << "2010   06" << 2010 << "2010-06";
        QTest::newRow("upper-case month (WoS PY + PD)") << "2004 JUN 8" << 2004 << "2004-06-08";
        QTest::newRow("full month name") << "2001 September" << 2001 << "2001-09";
        QTest::newRow("season") << "2005 Spring" << 2005 << "2005";
        QTest::newRow("month range (MedlineDate)") << "1998 Dec-1999 Jan" << 1998 << "1998-12";
        QTest::newRow("year range") << "2009-2010" << 2009 << "2009";
        QTest::newRow("ISO") << "2001-09-01" << 2001 << "2001-09-01";
        QTest::newRow("slashes (RIS)") << "2001/09/01/" << 2001 << "2001-09-01";
        QTest::newRow("year and empty parts") << "2001///" << 2001 << "2001";
        QTest::newRow("compact (MEDLINE DA)") << "20100520" << 2010 << "2010-05-20";
        QTest::newRow("US numeric (EndNote)") << "06/15/2015" << 2015 << "2015-06-15";
        QTest::newRow("month day, year") << "Jun 15, 2015" << 2015 << "2015-06-15";
        QTest::newRow("month year") << "May 2022" << 2022 << "2022-05";
        QTest::newRow("text before the year (ERIC)") << "Article 10 2019" << 2019 << "2019";
        QTest::newRow("year glued to a letter") << "c2009" << 2009 << "2009";
        QTest::newRow("invalid day is dropped") << "2016 Apr 45" << 2016 << "2016-04";
        QTest::newRow("not a month") << "2016 Marchand" << 2016 << "2016";
        QTest::newRow("no year") << "Spring" << 0 << "";
        QTest::newRow("two digits are not a year") << "99" << 0 << "";
        QTest::newRow("placeholder") << "YEAR/MONTH/DAY/" << 0 << "";
        QTest::newRow("empty") << "" << 0 << "";
        QTest::newRow("year out of range") << "1066 Oct 14" << 0 << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(QString, date);
        const PubDate parsed = PubDate::parse(text);
        QCOMPARE(parsed.year, year);
        QCOMPARE(parsed.date, date);
        QCOMPARE(parsed.isValid(), year > 0);
    }
};

QTEST_GUILESS_MAIN(PubDateTest)
#include "tst_pubdate.moc"
