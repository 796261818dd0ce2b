// The interactive HTML evidence map in a real headless browser (Debian's chromium): it loads
// without errors, the bubbles are there, and a filter from the URL fragment changes them.
// Labelled "browser"; skipped when chromium is not installed.
#include "mapfixture.h"
#include "maps/evidencemaphtml.h"
#include "maps/evidencemapquery.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace evimap;
using namespace evimap::test;

class TestHtmlBrowser : public QObject
{
    Q_OBJECT

private:
    QString m_chromium;
    std::unique_ptr<MapFixture> m_fixture;
    QString m_html;
    int m_filledCells = 0;
    int m_onlineCells = 0;
    int m_recentCells = 0;

    // The page as the browser leaves it after running its script.
    QString dumpDom(const QString &fragment)
    {
        QTemporaryDir profile;
        QProcess chromium;
        QUrl url = QUrl::fromLocalFile(m_html);
        url.setFragment(fragment, QUrl::DecodedMode);
        chromium.start(m_chromium,
                       {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                        QStringLiteral("--disable-gpu"),
                        QStringLiteral("--disable-background-networking"),
                        QStringLiteral("--user-data-dir=") + profile.path(),
                        QStringLiteral("--dump-dom"), url.toString(QUrl::FullyEncoded)});
        if (!chromium.waitForFinished(90000)) {
            chromium.kill();
            chromium.waitForFinished();
            return {};
        }
        return QString::fromUtf8(chromium.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (m_chromium.isEmpty())
            m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
        if (m_chromium.isEmpty())
            QSKIP("chromium is not installed (packaging/install-deps.sh installs it)");

        m_fixture = std::make_unique<MapFixture>(QStringLiteral("Browser test"));
        MapFixture &f = *m_fixture;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const qint64 approach =
            f.addCode(0, QStringLiteral("approach"), QStringLiteral("Intervention approach"), 0);
        const qint64 factor =
            f.addCode(0, QStringLiteral("factor"), QStringLiteral("Psychological factor"), 1);
        const qint64 design =
            f.addCode(0, QStringLiteral("design"), QStringLiteral("Study design"), 2);
        const qint64 setting =
            f.addCode(0, QStringLiteral("setting"), QStringLiteral("Setting"), 3);
        QList<qint64> approaches, factors;
        for (int i = 0; i < 4; ++i)
            approaches << f.addCode(approach, QStringLiteral("a%1").arg(i),
                                    QStringLiteral("Approach %1").arg(i), i);
        for (int i = 0; i < 5; ++i)
            factors << f.addCode(factor, QStringLiteral("f%1").arg(i),
                                 QStringLiteral("Factor %1").arg(i), i);
        const qint64 rct = f.addCode(design, QStringLiteral("rct"), QStringLiteral("RCT"), 0);
        const qint64 prepost =
            f.addCode(design, QStringLiteral("prepost"), QStringLiteral("Pre-post"), 1);
        const qint64 online =
            f.addCode(setting, QStringLiteral("online"), QStringLiteral("Online"), 0);
        const qint64 community =
            f.addCode(setting, QStringLiteral("community"), QStringLiteral("Community"), 1);
        // Item i sits in cell (i % 4, i % 5); even items are online, odd ones in the community.
        QSet<QPair<int, int>> all, onlineCells, recent;
        for (int i = 0; i < 14; ++i) {
            const int year = 2010 + i;
            const qint64 r =
                f.addRecord(i == 0 ? QStringLiteral("<script>document.title='pwned'</script>")
                                   : QStringLiteral("Study %1").arg(i),
                            year);
            f.code(r, approaches.at(i % 4));
            f.code(r, factors.at(i % 5));
            f.code(r, i % 3 == 0 ? rct : prepost);
            f.code(r, i % 2 == 0 ? online : community);
            all.insert({i % 4, i % 5});
            if (i % 2 == 0)
                onlineCells.insert({i % 4, i % 5});
            if (year >= 2020)
                recent.insert({i % 4, i % 5});
        }
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        m_filledCells = int(all.size());
        m_onlineCells = int(onlineCells.size());
        m_recentCells = int(recent.size());
        QVERIFY(m_onlineCells < m_filledCells);

        Result<MapCodebook> codebook = MapCodebook::read(f.project());
        QVERIFY(codebook.ok());
        EvidenceMapQuery q;
        q.rows = QStringLiteral("approach");
        q.columns = QStringLiteral("factor");
        q.colour = QStringLiteral("design");
        Result<EvidenceMap> map = q.run(f.project());
        QVERIFY2(map.ok(), qPrintable(map.errorString()));
        QCOMPARE(map->cells.size() - map->emptyCells(), m_filledCells);
        m_html = f.dir() + QStringLiteral("/map.html");
        QVERIFY(writeFile(m_html, EvidenceMapHtml::write(map.value(), codebook.value())));
    }

    void loadsWithAllBubbles()
    {
        const QString dom = dumpDom(QString());
        QVERIFY2(dom.contains(QStringLiteral("data-ready=\"true\"")), qPrintable(dom.left(2000)));
        // The error box stays hidden (the page shows it when its script fails).
        QVERIFY2(
            !dom.contains(QRegularExpression(QStringLiteral("id=\"error\"[^>]*display: block"))),
            qPrintable(dom));
        QCOMPARE(int(dom.count(QStringLiteral("class=\"bubble\""))), m_filledCells);
        QCOMPARE(int(dom.count(QStringLiteral("class=\"cell gap\""))), 20 - m_filledCells);
        // The hostile title stayed text: no script of its own ran, and it is in the data as text.
        QVERIFY(!dom.contains(QStringLiteral("<title>pwned</title>")));
        QVERIFY(!dom.contains(QStringLiteral("<script>document.title")));
    }

    void filterFromTheUrlChangesTheBubbles_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("expected"); // which count
        QTest::newRow("setting") << "filter=setting:online"
                                 << "online";
        QTest::newRow("setting by label") << "filter=Setting:Online"
                                          << "online";
        QTest::newRow("years") << "years=2020-"
                               << "recent";
    }

    void filterFromTheUrlChangesTheBubbles()
    {
        QFETCH(QString, fragment);
        QFETCH(QString, expected);
        const QString dom = dumpDom(fragment);
        QVERIFY2(dom.contains(QStringLiteral("data-ready=\"true\"")), qPrintable(dom.left(2000)));
        const int want = expected == QLatin1String("online") ? m_onlineCells : m_recentCells;
        QCOMPARE(int(dom.count(QStringLiteral("class=\"bubble\""))), want);
        QVERIFY(want < m_filledCells);
        const QRegularExpression status(QStringLiteral("data-bubbles=\"(\\d+)\""));
        QCOMPARE(status.match(dom).captured(1).toInt(), want);
    }
};

QTEST_GUILESS_MAIN(TestHtmlBrowser)
#include "tst_html_browser.moc"
