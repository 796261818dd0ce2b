// Team work from the window: the Team menu, merging an offline copy back through MergeDialog
// (the dry run first, then the lead lets the copy win a conflict) and the history of a record
// and of the project in HistoryDialog, with its filter and CSV export.
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/screeningstore.h"
#include "team/historydialog.h"
#include "team/mergedialog.h"
#include "team/projectcopy.h"
#include "team/teammenu.h"
#include "testsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class TeamWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_lead = 0;
    qint64 m_ann = 0;
    QList<qint64> m_records;

    std::unique_ptr<Project> open(const QString &path)
    {
        Result<std::unique_ptr<Project>> p = Project::open(path);
        return p.ok() ? std::move(p.value()) : nullptr;
    }

    // A main file with a lead, Ann and three records.
    QString buildMain(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Result<std::unique_ptr<Project>> created = Project::create(path, QStringLiteral("Team"));
        if (!created.ok())
            return {};
        Project &p = *created.value();
        m_lead = Reviewers(p).add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = Reviewers(p).add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        RecordStore store(p.database());
        m_records.clear();
        const Status s = p.writeTransaction([&]() -> Status {
            for (int i = 1; i <= 3; ++i) {
                Record r;
                r.title = QStringLiteral("Shared record %1").arg(i);
                if (Status st = store.insert(r, 0); !st)
                    return st;
                m_records << r.id;
            }
            return {};
        });
        return s.ok() ? path : QString();
    }

    QString annsDecision(const QString &path, qint64 record)
    {
        std::unique_ptr<Project> p = open(path);
        QSqlQuery q(p->database());
        q.prepare(QStringLiteral("SELECT decision FROM screening_decision WHERE record_id = ? AND "
                                 "reviewer_id = ?"));
        q.addBindValue(record);
        q.addBindValue(m_ann);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void menu_hasTheTeamActions()
    {
        const QString path = buildMain(QStringLiteral("menu.evimap"));
        ui::MainWindow window;
        QVERIFY(window.openProject(path).ok());
        auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("teamMenu"));
        QVERIFY(menu);
        for (const char *name :
             {"takeCopyAction", "mergeCopyAction", "recordHistoryAction", "projectHistoryAction"})
            QVERIFY2(menu->findChild<QAction *>(QLatin1String(name)), name);
        QCOMPARE(menu->findChild<QAction *>(QStringLiteral("recordHistoryAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_H));
        // The selected record is what Record History shows.
        QTRY_VERIFY(window.currentRecordId() > 0);
        auto *team = window.findChild<ui::TeamMenu *>();
        QVERIFY(team);
        Result<TakenCopy> taken =
            team->takeCopy(m_dir.filePath(QStringLiteral("menu-AA.evimap")), m_ann);
        QVERIFY2(taken.ok(), qPrintable(taken.errorString()));
        QCOMPARE(taken->origin.reviewerName, QStringLiteral("Ann Able"));
    }

    void mergeDialog_previewsThenTheLeadLetsTheCopyWin()
    {
        const QString mainPath = buildMain(QStringLiteral("main.evimap"));
        const QString copyPath = m_dir.filePath(QStringLiteral("main-AA.evimap"));
        {
            std::unique_ptr<Project> main = open(mainPath);
            QVERIFY(ProjectCopy::take(*main, copyPath, m_ann).ok());
        }
        const qint64 shared = m_records.at(2), onlyOffline = m_records.at(0);
        {
            std::unique_ptr<Project> copy = open(copyPath);
            ScreeningStore store(*copy);
            QVERIFY(store
                        .setDecision(shared, ScreeningStage::TitleAbstract, m_ann,
                                     DecisionInput{Decision::Exclude, 0, QStringLiteral("offline")})
                        .ok());
            QVERIFY(store
                        .setDecision(onlyOffline, ScreeningStage::TitleAbstract, m_ann,
                                     DecisionInput{Decision::Include, 0, {}})
                        .ok());
        }
        {
            std::unique_ptr<Project> main = open(mainPath);
            QVERIFY(ScreeningStore(*main)
                        .setDecision(shared, ScreeningStage::TitleAbstract, m_ann,
                                     DecisionInput{Decision::Include, 0, QStringLiteral("office")})
                        .ok());
        }

        std::unique_ptr<Project> main = open(mainPath);
        {
            // A reviewer sees the conflict but cannot decide it; cancelling writes nothing.
            ui::MergeDialog dialog(*main, copyPath, m_ann);
            QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
            QCOMPARE(dialog.conflictTable()->rowCount(), 1);
            QVERIFY(!(dialog.conflictTable()->item(0, 0)->flags() & Qt::ItemIsUserCheckable));
            dialog.reject();
        }
        QCOMPARE(annsDecision(mainPath, onlyOffline), QString());

        ui::MergeDialog dialog(*main, copyPath, m_lead);
        QVERIFY(dialog.isValid());
        QVERIFY(dialog.preview()->dryRun);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("mergeSummary"))
                    ->toPlainText()
                    .contains(QStringLiteral("screening_decision")));
        QTableWidget *conflicts = dialog.conflictTable();
        QCOMPARE(conflicts->rowCount(), 1);
        QVERIFY(conflicts->item(0, 2)->text().contains(QStringLiteral("include")));
        QVERIFY(conflicts->item(0, 3)->text().contains(QStringLiteral("exclude")));
        conflicts->item(0, 0)->setCheckState(Qt::Checked);
        dialog.mergeButton()->click();
        QCOMPARE(dialog.result() != nullptr, true);
        QCOMPARE(dialog.result()->conflicts.first().resolution, QStringLiteral("took copy"));
        main.reset();
        QCOMPARE(annsDecision(mainPath, shared), QStringLiteral("exclude"));
        QCOMPARE(annsDecision(mainPath, onlyOffline), QStringLiteral("include"));
    }

    void mergeDialog_refusesAFileThatIsNotACopy()
    {
        const QString mainPath = buildMain(QStringLiteral("refuse.evimap"));
        const QString notes = m_dir.filePath(QStringLiteral("notes.evimap"));
        QVERIFY(test::writeFile(notes, "not a project"));
        std::unique_ptr<Project> main = open(mainPath);
        ui::MergeDialog dialog(*main, notes, m_lead);
        QVERIFY(!dialog.isValid());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("notes.evimap")),
                 qPrintable(dialog.errorText()));
        QVERIFY(!dialog.mergeButton()->isEnabled());
    }

    void historyDialog_recordAndProject_filterAndCsv()
    {
        const QString path = buildMain(QStringLiteral("history.evimap"));
        std::unique_ptr<Project> p = open(path);
        ScreeningStore store(*p);
        QVERIFY(store
                    .setDecision(m_records.at(0), ScreeningStage::TitleAbstract, m_ann,
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());
        QVERIFY(store
                    .setDecision(m_records.at(0), ScreeningStage::TitleAbstract, m_ann,
                                 DecisionInput{Decision::Exclude, 0, {}})
                    .ok());
        QVERIFY(store
                    .setDecision(m_records.at(1), ScreeningStage::TitleAbstract, m_lead,
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());

        ui::HistoryDialog record(*p, m_records.at(0), m_lead);
        QAbstractItemModel *rows = record.table()->model();
        // Newest first: Ann's decision and, one reviewer being enough here, its settlement;
        // then her change of mind and the settlement changing with it.
        // In words, with the fields changed, never as JSON.
        const QString number = QStringLiteral("#%1").arg(m_records.at(0));
        QStringList sentences;
        for (int r = 0; r < rows->rowCount(); ++r)
            sentences << rows->index(r, 2).data().toString();
        QCOMPARE(sentences,
                 (QStringList{
                     QStringLiteral("Ann Able’s decision settled %1 at title/abstract: excluded")
                         .arg(number),
                     QStringLiteral("Ann Able changed their decision on %1 at title/abstract "
                                    "from include to exclude")
                         .arg(number),
                     QStringLiteral("Ann Able’s decision settled %1 at title/abstract: included")
                         .arg(number),
                     QStringLiteral("Ann Able included %1 at title/abstract").arg(number)}));
        QCOMPARE(rows->index(1, 4).data().toString(),
                 QStringLiteral("decision: include → exclude"));
        QVERIFY(!rows->index(1, 4).data().toString().contains(QLatin1Char('{')));
        QVERIFY(rows->index(1, 2).data(Qt::ToolTipRole).toString().contains("screening.change"));
        // Local time to the minute.
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
                    .match(rows->index(1, 0).data().toString())
                    .hasMatch());
        QCOMPARE(rows->index(1, 1).data().toString(), QStringLiteral("Ann Able"));
        QCOMPARE(rows->index(1, 3).data().toLongLong(), m_records.at(0));

        ui::HistoryDialog project(*p, 0, m_lead);
        QAbstractItemModel *all = project.table()->model();
        int lenas = 0;
        for (int r = 0; r < all->rowCount(); ++r)
            lenas += all->index(r, 1).data().toString() == QStringLiteral("Lena Lead");
        QVERIFY(all->rowCount() > lenas && lenas >= 1);
        QTest::keyClicks(project.filterField(), QStringLiteral("lena"));
        QCOMPARE(project.table()->model()->rowCount(), lenas);
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        QString error;
        QVERIFY2(project.exportCsv(csv, &error), qPrintable(error));
        const QByteArray bytes = test::readFile(csv);
        QCOMPARE(int(bytes.count('\n')), 1 + lenas); // a header and Lena's changes
        QVERIFY(bytes.contains("Lena Lead"));
        // The stored action and JSON for machines, the sentence for people.
        QVERIFY(bytes.contains("screening.decide"));
        QVERIFY(bytes.contains("local_time,description,changes"));
        QVERIFY(bytes.contains(QStringLiteral("Lena Lead included #%1 at title/abstract")
                                   .arg(m_records.at(1))
                                   .toUtf8()));
        QVERIFY(!project.exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/h.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("h.csv")), qPrintable(error));
    }
};

QTEST_MAIN(TeamWindowTest)
#include "tst_teamwindow.moc"
