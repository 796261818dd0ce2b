// What a new project starts with (reviewers per stage, the standard exclusion reasons), how a
// project made before per-stage counts keeps its meaning, and why an empty map is empty.
#include "maps/evidencemap.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "screening/exclusionreasonstore.h"
#include "screening/newprojectsetup.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class NewProjectSetupTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Project> newProject()
    {
        Result<std::unique_ptr<Project>> p = Project::create(
            m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter)), QStringLiteral("T"));
        return p ? std::move(p.value()) : nullptr;
    }

private slots:
    void defaults_twoReviewersAndTheStandardReasons()
    {
        std::unique_ptr<Project> project = newProject();
        QVERIFY(project);
        QVERIFY(NewProjectSetup().apply(*project));
        const ScreeningSettings s = ScreeningSettings::read(*project);
        QCOMPARE(s.reviewersRequiredAt(ScreeningStage::TitleAbstract), 2);
        QCOMPARE(s.reviewersRequiredAt(ScreeningStage::FullText), 2);
        QStringList labels;
        for (const ExclusionReason &r : ExclusionReasonStore(*project).reasons())
            labels << r.label;
        QCOMPARE(labels, (QStringList{"Wrong population", "Wrong intervention", "Wrong comparator",
                                      "Wrong outcome", "Wrong study design",
                                      "Wrong publication type", "Not retrievable", "Duplicate"}));
    }

    void perStage_storedApart_blankAndRepeatedReasonsDropped()
    {
        std::unique_ptr<Project> project = newProject();
        NewProjectSetup setup;
        setup.reviewersTitleAbstract = 2;
        setup.reviewersFullText = 1;
        setup.exclusionReasons = {"Wrong population", "  ", "wrong population", "Not in English"};
        QVERIFY(setup.apply(*project));
        ScreeningStore store(*project);
        QCOMPARE(store.reviewersRequired(ScreeningStage::TitleAbstract), 2);
        QCOMPARE(store.reviewersRequired(ScreeningStage::FullText), 1);
        QCOMPARE(ExclusionReasonStore(store.project()).reasons().size(), 2);

        setup.reviewersFullText = 0;
        QVERIFY(!setup.apply(*project)); // nobody screening is no choice
    }

    // A project made before the per-stage setting has one number for both stages, and keeps it
    // when that number changes.
    void oldProject_oneNumberForBothStages()
    {
        std::unique_ptr<Project> project = newProject();
        QVERIFY(ProjectSettings::screeningReviewersRequired.write(*project, 3));
        ScreeningSettings s = ScreeningSettings::read(*project);
        QCOMPARE(s.reviewersRequiredAt(ScreeningStage::TitleAbstract), 3);
        QCOMPARE(s.reviewersRequiredAt(ScreeningStage::FullText), 3);
        s.reviewersRequired = 1;
        QVERIFY(s.write(*project));
        s = ScreeningSettings::read(*project);
        QCOMPARE(s.reviewersRequiredAt(ScreeningStage::FullText), 1);
        QCOMPARE(s.reviewersRequiredFullText, 0);
        QCOMPARE(ProjectSettings::screeningReviewersRequiredFullText.read(*project), 0);
    }

    void emptyMap_saysWhy_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("coded");
        QTest::addColumn<bool>("filtered");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing included") << 0 << 0 << false << "no included records coded yet";
        QTest::newRow("included, none coded")
            << 3 << 0 << false << "no included records coded yet (3 ";
        QTest::newRow("coded elsewhere") << 3 << 2 << false << "none of the 2 coded records";
        QTest::newRow("filters leave nothing") << 0 << 0 << true << "match the filters";
    }

    void emptyMap_saysWhy()
    {
        QFETCH(int, items);
        QFETCH(int, coded);
        QFETCH(bool, filtered);
        QFETCH(QString, expected);
        EvidenceMap map;
        map.scope = ScreeningScope::IncludedFullText;
        map.rows.dimension.label = QStringLiteral("Intervention approach");
        map.columns.dimension.label = QStringLiteral("Psychological factor");
        for (int i = 0; i < items; ++i) {
            EvidenceMapItem item;
            item.recordId = i + 1;
            if (i < coded)
                item.codes = {42};
            map.items.append(item);
        }
        if (filtered)
            map.filters = {QStringLiteral("Setting: Online")};
        QVERIFY2(map.whyEmpty().contains(expected), qPrintable(map.whyEmpty()));
        map.itemsOnMap = 1;
        QVERIFY(map.whyEmpty().isEmpty());
    }
};

QTEST_GUILESS_MAIN(NewProjectSetupTest)
#include "tst_newprojectsetup.moc"
