// Project settings, typed: one encoding ("1"/"0" for true and false), the spellings older
// versions and people editing the file wrote still read, anything unreadable or missing gives the
// setting's default, and writing a setting keeps every other row, also keys this version does not
// know.
#include "coding/codingstore.h"
#include "dedup/dedupthresholds.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "screening/screeningsettings.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

// Settings of each type on keys no real setting uses.
const ProjectSetting<bool> flagOn("test.flag", true);
const ProjectSetting<bool> flagOff("test.flag", false);
const ProjectSetting<int> count("test.number", 5);
const ProjectSetting<qint64> bigCount("test.number", -1);
const ProjectSetting<double> score("test.number", 0.25);
// What is stored, as it is stored.
const ProjectSetting<QString> flagText("test.flag", QString());
const ProjectSetting<QString> numberText("test.number", QString());

} // namespace

class ProjectSettingsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_counter = 0;

    // The stored text of `key`, or "(none)" when there is no row.
    QString stored(const QString &key) const
    {
        QSqlQuery q(m_project->database());
        q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return QStringLiteral("(none)");
        return q.value(0).toString();
    }

    int rowCount() const
    {
        QSqlQuery q(m_project->database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM setting")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
    }

    void cleanup() { m_project.reset(); }

    void readBool_data()
    {
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<bool>("value");

        QTest::newRow("missing") << false << QString() << false << false;
        // The one encoding.
        QTest::newRow("1") << true << "1" << true << true;
        QTest::newRow("0") << true << "0" << true << false;
        // What older versions wrote (screening.blind) and what people write by hand.
        QTest::newRow("true") << true << "true" << true << true;
        QTest::newRow("false") << true << "false" << true << false;
        QTest::newRow("yes") << true << "yes" << true << true;
        QTest::newRow("no") << true << "no" << true << false;
        QTest::newRow("on") << true << "on" << true << true;
        QTest::newRow("off") << true << "off" << true << false;
        QTest::newRow("TRUE") << true << "TRUE" << true << true;
        QTest::newRow("False") << true << "False" << true << false;
        QTest::newRow("spaces around") << true << "  off\n" << true << false;
        // Unreadable: the default.
        QTest::newRow("empty") << true << "" << false << false;
        QTest::newRow("2") << true << "2" << false << false;
        QTest::newRow("-1") << true << "-1" << false << false;
        QTest::newRow("1.0") << true << "1.0" << false << false;
        QTest::newRow("maybe") << true << "maybe" << false << false;
        QTest::newRow("truth") << true << "truth" << false << false;
        QTest::newRow("o n") << true << "o n" << false << false;
    }

    void readBool()
    {
        QFETCH(bool, present);
        QFETCH(QString, text);
        QFETCH(bool, readable);
        QFETCH(bool, value);

        if (present)
            QVERIFY(flagText.write(*m_project, text).ok());
        QCOMPARE(ProjectSetting<bool>::decode(text).has_value(), readable);
        if (readable) {
            QCOMPARE(flagOn.read(*m_project), value);
            QCOMPARE(flagOff.read(*m_project), value);
        } else {
            QCOMPARE(flagOn.read(*m_project), true);
            QCOMPARE(flagOff.read(*m_project), false);
        }
    }

    void writeBool_isOneOrZero()
    {
        QVERIFY(flagOff.write(*m_project, true).ok());
        QCOMPARE(stored(QStringLiteral("test.flag")), QStringLiteral("1"));
        QVERIFY(flagOn.read(*m_project));
        QVERIFY(flagOn.write(*m_project, false).ok());
        QCOMPARE(stored(QStringLiteral("test.flag")), QStringLiteral("0"));
        QVERIFY(!flagOn.read(*m_project));
    }

    void readNumber_data()
    {
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("asInt");
        QTest::addColumn<qint64>("asInt64");
        QTest::addColumn<double>("asDouble");

        // Defaults: 5, -1, 0.25.
        QTest::newRow("missing") << false << QString() << 5 << qint64(-1) << 0.25;
        QTest::newRow("whole") << true << "3" << 3 << qint64(3) << 3.0;
        QTest::newRow("spaces around") << true << " 7\n" << 7 << qint64(7) << 7.0;
        QTest::newRow("negative") << true << "-2" << -2 << qint64(-2) << -2.0;
        QTest::newRow("fraction") << true << "0.97" << 5 << qint64(-1) << 0.97;
        QTest::newRow("beyond int") << true << "5000000000" << 5 << qint64(5000000000) << 5e9;
        QTest::newRow("empty") << true << "" << 5 << qint64(-1) << 0.25;
        QTest::newRow("text") << true << "not a number" << 5 << qint64(-1) << 0.25;
        QTest::newRow("number and text") << true << "3 records" << 5 << qint64(-1) << 0.25;
        QTest::newRow("comma decimal") << true << "0,5" << 5 << qint64(-1) << 0.25;
    }

    void readNumber()
    {
        QFETCH(bool, present);
        QFETCH(QString, text);
        QFETCH(int, asInt);
        QFETCH(qint64, asInt64);
        QFETCH(double, asDouble);

        if (present)
            QVERIFY(numberText.write(*m_project, text).ok());
        QCOMPARE(count.read(*m_project), asInt);
        QCOMPARE(bigCount.read(*m_project), asInt64);
        QCOMPARE(score.read(*m_project), asDouble);
    }

    void writeNumber_roundTrips()
    {
        QVERIFY(count.write(*m_project, -12).ok());
        QCOMPARE(stored(QStringLiteral("test.number")), QStringLiteral("-12"));
        QCOMPARE(count.read(*m_project), -12);
        QVERIFY(bigCount.write(*m_project, 9000000000).ok());
        QCOMPARE(stored(QStringLiteral("test.number")), QStringLiteral("9000000000"));
        QCOMPARE(bigCount.read(*m_project), qint64(9000000000));
        QVERIFY(score.write(*m_project, 0.85).ok());
        QCOMPARE(stored(QStringLiteral("test.number")), QStringLiteral("0.85"));
        QCOMPARE(score.read(*m_project), 0.85);
    }

    void writeText_keepsItAsItIs()
    {
        const QString criteria = QStringLiteral("Include: adults.\n  Exclude: \"reviews\"; 0");
        QVERIFY(ProjectSettings::screeningCriteria.write(*m_project, criteria).ok());
        QCOMPARE(ProjectSettings::screeningCriteria.read(*m_project), criteria);
        // A null text is stored as empty (the column is NOT NULL).
        QVERIFY(ProjectSettings::screeningCriteria.write(*m_project, QString()).ok());
        QCOMPARE(stored(QStringLiteral("screening.criteria")), QString(""));
    }

    void write_keepsUnknownKeys()
    {
        // A key a newer EviMap wrote.
        const ProjectSetting<QString> future("future.setting", QString());
        QVERIFY(future.write(*m_project, QStringLiteral("kept")).ok());
        ScreeningSettings screening = ScreeningSettings::read(*m_project);
        screening.blind = false;
        screening.reviewersRequired = 2;
        QVERIFY(screening.write(*m_project).ok());
        DedupThresholds thresholds;
        thresholds.autoMerge = 0.9;
        QVERIFY(thresholds.save(*m_project).ok());
        QVERIFY(ProjectSettings::codingBlind.write(*m_project, false).ok());
        QCOMPARE(stored(QStringLiteral("future.setting")), QStringLiteral("kept"));
        // Five screening settings, two thresholds, coding.blind, and the unknown key.
        QCOMPARE(rowCount(), 9);
    }

    void screeningSettings_writeTheOneEncodingAndReadTheOld()
    {
        ScreeningSettings settings;
        settings.blind = false;
        QVERIFY(settings.write(*m_project).ok());
        QCOMPARE(stored(QStringLiteral("screening.blind")), QStringLiteral("0"));
        QCOMPARE(stored(QStringLiteral("screening.stoppedEarly")), QStringLiteral("0"));
        QVERIFY(!ScreeningSettings::read(*m_project).blind);

        // What an older version wrote.
        const ProjectSetting<QString> blindText(ProjectSettings::screeningBlind.key().data(), {});
        QVERIFY(blindText.write(*m_project, QStringLiteral("true")).ok());
        QVERIFY(ScreeningSettings::read(*m_project).blind);
        QVERIFY(blindText.write(*m_project, QStringLiteral("false")).ok());
        QVERIFY(!ScreeningSettings::read(*m_project).blind);
        // Unreadable: blind, the default.
        QVERIFY(blindText.write(*m_project, QStringLiteral("sometimes")).ok());
        QVERIFY(ScreeningSettings::read(*m_project).blind);

        // At least one reviewer, whatever the file says.
        QVERIFY(ProjectSettings::screeningReviewersRequired.write(*m_project, 0).ok());
        QCOMPARE(ScreeningSettings::read(*m_project).reviewersRequired, 1);
    }

    void codingBlind_readsEverySpelling()
    {
        const ProjectSetting<QString> blindText(ProjectSettings::codingBlind.key().data(), {});
        QVERIFY(CodingStore::isBlind(*m_project));
        for (const char *off : {"0", "false", "no", "off"}) {
            QVERIFY(blindText.write(*m_project, QLatin1String(off)).ok());
            QVERIFY2(!CodingStore::isBlind(*m_project), off);
        }
        for (const char *on : {"1", "true", "yes", "on", "unreadable"}) {
            QVERIFY(blindText.write(*m_project, QLatin1String(on)).ok());
            QVERIFY2(CodingStore::isBlind(*m_project), on);
        }
    }
};

QTEST_GUILESS_MAIN(ProjectSettingsTest)
#include "tst_projectsettings.moc"
