// The lead's conflicts list follows decisions made in other EviMaps without reopening.
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/conflictsview.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class ConflictsRefreshTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decisionsElsewhere_bringConflictsIntoTheLeadsList()
    {
        const QString path = m_dir.filePath("conflicts.evimap");
        qint64 record = 0, lead = 0, ann = 0, ben = 0;
        {
            Result<std::unique_ptr<Project>> created = Project::create(path);
            QVERIFY(created.ok());
            Project &p = *created.value();
            Reviewers people(p);
            lead = people.add("Lena Lead", "LL")->id;
            ann = people.add("Ann Able", "AA")->id;
            ben = people.add("Ben Best", "BB")->id;
            ScreeningSettings s = ScreeningSettings::read(p);
            s.reviewersRequired = 2;
            QVERIFY(s.write(p).ok());
            RecordStore records(p.database());
            QVERIFY(p.writeTransaction([&]() -> Status {
                         Record r;
                         r.title = "Disputed study";
                         if (Status st = records.insert(r, 0); !st)
                             return st;
                         record = r.id;
                         return {};
                     }).ok());
        }
        Result<std::unique_ptr<Project>> leads = Project::open(path);
        QVERIFY(leads.ok());
        ui::ConflictsView view(*leads.value(), lead);
        QCOMPARE(view.conflictCount(), 0);

        // Ann and Ben disagree, each in their own EviMap.
        Result<std::unique_ptr<Project>> theirs = Project::open(path);
        QVERIFY(theirs.ok());
        ScreeningStore store(*theirs.value());
        QVERIFY(store
                    .setDecision(record, ScreeningStage::TitleAbstract, ann,
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());
        QVERIFY(store
                    .setDecision(record, ScreeningStage::TitleAbstract, ben,
                                 DecisionInput{Decision::Exclude, 0, {}})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(view.conflictCount(), 1, 15000);

        // Ben changes his mind over there: the conflict leaves the list.
        QVERIFY(store
                    .setDecision(record, ScreeningStage::TitleAbstract, ben,
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(view.conflictCount(), 0, 15000);
    }
};

QTEST_MAIN(ConflictsRefreshTest)
#include "tst_conflictsrefresh.moc"
