// The Records tab's views, row menu and column chooser through real widgets: a reviewer clicks
// "My votes: included" and sees her records with her own vote in the Screening column, reaches
// the views by keyboard, tags a row from its menu and finds it under the tag, hides a column from
// the header's menu (kept for the next window), and sees her search marked in the details pane.
// Another reviewer sees none of her unsettled votes or tags.
#include "core/preferences.h"
#include "dashboard/dashboardview.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordfilterbar.h"
#include "records/recordstore.h"
#include "records/recordtablemenus.h"
#include "records/recordtablemodel.h"
#include "records/tagstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace evimap;

namespace {
constexpr auto TA = ScreeningStage::TitleAbstract;

QMenu *poppedMenu(const char *name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *menu = qobject_cast<QMenu *>(w);
            menu && menu->objectName() == QLatin1String(name) && menu->isVisible())
            return menu;
    }
    return nullptr;
}

void rightClick(QWidget *widget, const QPoint &pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
}
} // namespace

class RecordFilterBarTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_lead = 0, m_ann = 0, m_ben = 0;
    QList<qint64> m_records;

    void openAs(ui::MainWindow &window, qint64 reviewer)
    {
        QVERIFY(window.openProject(m_path).ok());
        window.setCurrentReviewer(reviewer);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier); // the Records tab
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs->currentWidget() != window.dashboardView());
    }

    static QList<qint64> listed(ui::MainWindow &window)
    {
        QList<qint64> ids;
        for (int row = 0; row < window.recordModel()->rowCount(); ++row)
            ids << window.recordModel()->recordId(row);
        return ids;
    }

    static void clickView(ui::RecordFilterBar *bar, const QString &text)
    {
        const QList<QListWidgetItem *> items = bar->list()->findItems(text, Qt::MatchExactly);
        QVERIFY2(items.size() == 1, qPrintable(text));
        const QRect rect = bar->list()->visualItemRect(items.first());
        QTest::mouseClick(bar->list()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    static QStringList viewTexts(ui::RecordFilterBar *bar)
    {
        QStringList texts;
        for (int row = 0; row < bar->list()->count(); ++row)
            texts << bar->list()->item(row)->text();
        return texts;
    }

private slots:
    // Six records about loneliness; at title/abstract Ann and Ben include 0 (settled), Ann
    // includes 1 and 2 and excludes 3 alone, Ben excludes 2 (a conflict). Ann tags 1 "pilot".
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Preferences::windowState.setValue({});
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("filters.evimap"));
        Result<std::unique_ptr<Project>> created =
            Project::create(m_path, QStringLiteral("Filters"));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        Project &p = *created.value();
        Reviewers people(p);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_ben = people.add(QStringLiteral("Ben Okafor"), QStringLiteral("BO"))->id;
        ScreeningSettings settings = ScreeningSettings::read(p);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(p).ok());
        RecordStore records(p.database());
        QVERIFY(p.writeTransaction([&]() -> Status {
                     for (int i = 0; i < 6; ++i) {
                         Record r;
                         r.title = QStringLiteral("Loneliness in later life %1").arg(i);
                         r.abstract = QStringLiteral("Older adults reported loneliness.");
                         if (Status s = records.insert(r, 0); !s)
                             return s;
                         m_records.append(r.id);
                     }
                     return {};
                 }).ok());
        ScreeningStore store(p);
        const QList<std::tuple<int, qint64, Decision>> votes = {
            {0, m_ann, Decision::Include}, {0, m_ben, Decision::Include},
            {1, m_ann, Decision::Include}, {2, m_ann, Decision::Include},
            {2, m_ben, Decision::Exclude}, {3, m_ann, Decision::Exclude}};
        for (const auto &[record, reviewer, decision] : votes)
            QVERIFY(
                store.setDecision(m_records[record], TA, reviewer, DecisionInput{decision, 0, {}})
                    .ok());
        QVERIFY(TagStore(p, m_ann).add({m_records[1]}, QStringLiteral("pilot")).ok());
    }

    void reviewer_clicksMyIncludedAndSeesHerOwnVotes()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        auto *bar = window.findChild<ui::RecordFilterBar *>();
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(listed(window).size(), 6);
        clickView(bar, RecordFilter::label(RecordView::MyIncluded));
        QCOMPARE(bar->filter().view, RecordView::MyIncluded);
        QCOMPARE(listed(window), (QList<qint64>{m_records[0], m_records[1], m_records[2]}));
        // Her own vote shows until the record is settled; the settled result after.
        const auto status = [&](int record) {
            const int row = window.recordModel()->rowOfRecord(m_records[record]);
            return window.recordModel()->index(row, RecordTableModel::Status).data().toString();
        };
        QCOMPARE(status(0), QStringLiteral("To full text"));
        QCOMPARE(status(1), QStringLiteral("You: included"));
        clickView(bar, RecordFilter::label(RecordView::MyExcluded));
        QCOMPARE(listed(window), QList<qint64>{m_records[3]});
        QCOMPARE(status(3), QStringLiteral("You: excluded"));
        // The stage box asks about full text: she has voted on nothing there.
        bar->stageBox()->setCurrentIndex(1);
        QCOMPARE(listed(window), QList<qint64>{});
        bar->stageBox()->setCurrentIndex(0);
        // A reviewer is not offered the conflicts while screening is blind.
        QVERIFY(!viewTexts(bar).contains(RecordFilter::label(RecordView::Conflicts)));
        QVERIFY(window.closeProject());
    }

    void views_areReachedByKeyboard()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        auto *bar = window.findChild<ui::RecordFilterBar *>();
        QTest::keyClick(&window, Qt::Key_W, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar->list()));
        QCOMPARE(bar->filter().view, RecordView::All);
        QTest::keyClick(bar->list(), Qt::Key_Down); // past the "Screening" heading
        QCOMPARE(bar->filter().view, RecordView::MyIncluded);
        QTest::keyClick(bar->list(), Qt::Key_Down);
        QCOMPARE(bar->filter().view, RecordView::MyExcluded);
        QCOMPARE(listed(window), QList<qint64>{m_records[3]});
        QVERIFY(window.closeProject());
    }

    void lead_seesConflictsAndEveryonesTags()
    {
        ui::MainWindow window;
        openAs(window, m_lead);
        auto *bar = window.findChild<ui::RecordFilterBar *>();
        clickView(bar, RecordFilter::label(RecordView::Conflicts));
        QCOMPARE(listed(window), QList<qint64>{m_records[2]});
        QVERIFY(viewTexts(bar).contains(QStringLiteral("pilot (1)")));
        QVERIFY(window.closeProject());
    }

    void otherReviewer_seesNoneOfHerUnsettledVotesNorTags()
    {
        ui::MainWindow window;
        openAs(window, m_ben);
        auto *bar = window.findChild<ui::RecordFilterBar *>();
        QVERIFY(!viewTexts(bar).contains(QStringLiteral("pilot (1)")));
        for (int record : {1, 3}) {
            const int row = window.recordModel()->rowOfRecord(m_records[record]);
            QCOMPARE(window.recordModel()->index(row, RecordTableModel::Status).data().toString(),
                     QString());
        }
        const int row = window.recordModel()->rowOfRecord(m_records[2]);
        QCOMPARE(window.recordModel()->index(row, RecordTableModel::Status).data().toString(),
                 QStringLiteral("You: excluded"));
        QVERIFY(window.closeProject());
    }

    void rowMenu_tagsTheSelectionAndTheTagViewListsIt()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        QTableView *table = window.recordTable();
        const int row = window.recordModel()->rowOfRecord(m_records[4]);
        const QRect cell = table->visualRect(window.recordModel()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        rightClick(table->viewport(), cell.center());
        QMenu *menu = poppedMenu("recordRowMenu");
        QVERIFY(menu);
        QStringList names;
        for (QAction *a : menu->actions())
            names << a->objectName();
        for (const char *name :
             {"screenFromHereAction", "attachPdfRowAction", "editRecordRowAction",
              "historyRowAction", "tagRowAction", "exportSelectionAction"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QAction *tag = menu->findChild<QAction *>(QStringLiteral("tagRowAction"));
        QVERIFY(tag && tag->isEnabled());
        // The tag dialog offers the tags she has; she types a new one.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setTextValue(QStringLiteral("second look"));
            dialog->accept();
        });
        tag->trigger();
        menu->close();
        auto *bar = window.findChild<ui::RecordFilterBar *>();
        QVERIFY2(viewTexts(bar).contains(QStringLiteral("second look (1)")),
                 qPrintable(viewTexts(bar).join(QLatin1Char('|'))));
        clickView(bar, QStringLiteral("second look (1)"));
        QCOMPARE(listed(window), QList<qint64>{m_records[4]});

        // Export the selection: the file holds the one selected record.
        table->selectRow(0);
        const QString out = m_dir.filePath(QStringLiteral("selection.ris"));
        auto *menus = window.findChild<ui::RecordTableMenus *>();
        QVERIFY(menus);
        QCOMPARE(menus->exportSelection(out), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Loneliness in later life 4"));
        QVERIFY(window.closeProject());
    }

    void columnChooser_hidesAColumnAndTheNextWindowKeepsIt()
    {
        {
            ui::MainWindow window;
            openAs(window, m_ann);
            QHeaderView *header = window.recordTable()->horizontalHeader();
            QVERIFY(!header->isSectionHidden(RecordTableModel::Journal));
            rightClick(header->viewport(), QPoint(10, header->height() / 2));
            QMenu *menu = poppedMenu("columnMenu");
            QVERIFY(menu);
            auto *title = menu->findChild<QAction *>(
                QStringLiteral("column_%1").arg(RecordTableModel::Title));
            QVERIFY(title && !title->isEnabled());
            auto *journal = menu->findChild<QAction *>(
                QStringLiteral("column_%1").arg(RecordTableModel::Journal));
            QVERIFY(journal && journal->isChecked());
            journal->trigger();
            menu->close();
            QVERIFY(header->isSectionHidden(RecordTableModel::Journal));
            QVERIFY(window.closeProject());
        }
        ui::MainWindow again;
        openAs(again, m_ann);
        QVERIFY(
            again.recordTable()->horizontalHeader()->isSectionHidden(RecordTableModel::Journal));
        again.findChild<ui::RecordTableMenus *>()->setColumnShown(RecordTableModel::Journal, true);
        QVERIFY(
            !again.recordTable()->horizontalHeader()->isSectionHidden(RecordTableModel::Journal));
        QVERIFY(again.closeProject());
    }

    void search_marksItsMatchesInTheDetailsPane()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        QLineEdit *search = window.searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("lonel"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(window.currentRecordId() > 0);
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("recordDetails"));
        QTRY_VERIFY2(details->toHtml().contains(QStringLiteral("#ffe98a")),
                     qPrintable(details->toHtml()));
        // Without a search nothing is marked.
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(!details->toHtml().contains(QStringLiteral("#ffe98a")));
        QVERIFY(window.closeProject());
    }

    // Tagging is undone by Ctrl+Z and redone by Ctrl+Shift+Z, and only on the records it
    // changed: a tag she had put on before stays. Another person at the keyboard cannot undo it.
    void tagging_isUndoneOnWhatItChanged_andNotByTheNextPerson()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        QTableView *table = window.recordTable();
        RecordTableModel *model = window.recordModel();
        table->clearSelection();
        table->selectRow(model->rowOfRecord(m_records[1])); // has her "pilot" already
        table->selectionModel()->select(model->index(model->rowOfRecord(m_records[5]), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *menus = window.findChild<ui::RecordTableMenus *>();
        QVERIFY(menus->tagSelection(QStringLiteral("pilot")));
        const auto tagsOf = [&](int record) {
            return TagStore(*window.project(), m_ann).tagsOf(m_records[record]);
        };
        QCOMPARE(tagsOf(5), QStringList{"pilot"});
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("pilot")), qPrintable(undo->text()));

        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tagsOf(5), QStringList{});
        QCOMPARE(tagsOf(1), QStringList{"pilot"});
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tagsOf(5), QStringList{"pilot"});
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tagsOf(5), QStringList{});

        // Taking a tag off is undone the same way; then Ben sits down: nothing to undo.
        // Her selection outlived the reloads that followed each step.
        QCOMPARE(menus->selectedRecords(), (QList<qint64>{m_records[1], m_records[5]}));
        table->clearSelection();
        table->selectRow(model->rowOfRecord(m_records[1]));
        QCOMPARE(menus->selectedRecords(), QList<qint64>{m_records[1]});
        QVERIFY(menus->untagSelection(QStringLiteral("pilot")));
        QCOMPARE(tagsOf(1), QStringList{});
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tagsOf(1), QStringList{"pilot"});
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tagsOf(1), QStringList{});
        window.setCurrentReviewer(m_ben);
        QVERIFY(!undo->isEnabled());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tagsOf(1), QStringList{});
        // The fixture as the other tests found it.
        QVERIFY(
            TagStore(*window.project(), m_ann).add({m_records[1]}, QStringLiteral("pilot")).ok());
        QVERIFY(window.closeProject());
    }
};

QTEST_MAIN(RecordFilterBarTest)
#include "tst_recordfilterbar.moc"
