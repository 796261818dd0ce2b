// Laptop first: on the most common laptop screen, 1366×768, with a real window manager
// (Openbox under Xvfb: packaging/run-in-xvfb.sh runs this test, `ctest -L xvfb`), the demo
// project opens on its dashboard, and so does every window of a review — screening at both stages,
// coding, conflicts, statistics, the evidence map, PRISMA and charts, and the import, preferences
// and codebook dialogs — each with its frame (border and title bar) inside the screen and the
// controls its task needs in view, none scrolled away or cut off.
//
// With EVIMAP_SCREENSHOTS=FOLDER it also saves the screen with each window, for a person to
// look at: laptop-*.png, dashboard.png, and those the README shows, screening-title-abstract.png
// (with the prioritised-screening pane), screening-full-text.png and coding.png. The demo project
// then gets the lead's criteria and keywords and a PDF for record 1, so the pictures show them:
//
//   EVIMAP_SCREENSHOTS=docs/images bash packaging/run-in-xvfb.sh build/tests/tst_laptopscreen
#include "charts/mapsmenu.h"
#include "cli/commandline.h"
#include "coding/codingpanel.h"
#include "coding/codingwindow.h"
#include "core/preferences.h"
#include "dashboard/dashboardview.h"
#include "import/attachmentstore.h"
#include "mainwindow.h"
#include "pdf/pdfviewer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "projectwindows.h"
#include "ranking/rankingpanel.h"
#include "records/recordfilterbar.h"
#include "records/recordfilterstore.h"
#include "records/recordtablemodel.h"
#include "records/tagstore.h"
#include "screening/screeningview.h"
#include "screenshotsetup.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

#include <functional>

using namespace evimap;

namespace {

// The demo project's record of the group CBT trial (the one left after its duplicate merged),
// included at title and abstract, so it is on the full-text and coding lists; the test gives it
// the trial's PDF.
constexpr qint64 kRecordWithPdf = 59;

QString text(const QRect &r)
{
    return QStringLiteral("%1×%2 at (%3, %4)").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}

QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

// The frame Openbox drew around the first window measured (border and title bar): Qt's xcb
// plugin reads a window's frame once, and now and then reads it before the window manager has
// put the frame around a dialog, and keeps the empty answer. Such a dialog is measured with the
// same frame as the others, which is what the window manager draws around every window.
QMargins knownFrame;

// What is wrong with where `window` is: empty when the window manager has framed it and the
// frame lies inside the screen's free area.
QString frameProblem(QWidget *window)
{
    if (!QTest::qWaitForWindowExposed(window))
        return QStringLiteral("%1 was never shown").arg(window->windowTitle());
    // The frame is known once the window manager has said how wide it is.
    const bool framed =
        QTest::qWaitFor([window] { return window->frameGeometry() != window->geometry(); }, 5000);
    QRect frame = window->frameGeometry();
    if (framed && knownFrame.isNull()) {
        const QRect inside = window->geometry();
        knownFrame = QMargins(inside.left() - frame.left(), inside.top() - frame.top(),
                              frame.right() - inside.right(), frame.bottom() - inside.bottom());
    } else if (!framed) {
        if (knownFrame.isNull())
            return QStringLiteral("%1 got no frame: is a window manager running?")
                .arg(window->windowTitle());
        frame = window->geometry().marginsAdded(knownFrame);
    }
    const QRect screen = window->screen()->availableGeometry();
    if (!screen.contains(frame))
        return QStringLiteral("“%1”: its frame, %2, is not inside the screen, %3")
            .arg(window->windowTitle(), text(frame), text(screen));
    return {};
}

// What of `needed` is not in view in `window`: hidden, or cut off by a scroll area, a splitter
// or the window's edge.
QString viewProblem(QWidget *window, const QList<QWidget *> &needed)
{
    QStringList problems;
    for (QWidget *w : needed) {
        if (!w) {
            problems << QStringLiteral("a control is missing");
            continue;
        }
        if (!w->isVisible() || w->width() <= 0 || w->height() <= 0) {
            problems << QStringLiteral("%1 is not shown").arg(nameOf(w));
            continue;
        }
        const QRect whole(w->mapTo(window, QPoint(0, 0)), w->size());
        QRect seen = whole;
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            seen &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
        seen &= window->rect();
        if (seen != whole)
            problems << QStringLiteral("%1 is cut off: %2 of %3 in view")
                            .arg(nameOf(w), text(seen), text(whole));
    }
    return problems.join(QStringLiteral("; "));
}

template<class T>
T *child(QWidget *window, const QString &name)
{
    return window ? window->findChild<T *>(name) : nullptr;
}

} // namespace

class LaptopScreenTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_shots;
    std::unique_ptr<ui::MainWindow> m_window;

    // The main window's menu item with that key, triggered as a user's key press would.
    void trigger(const QKeySequence &keys)
    {
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->shortcut() == keys && a->isEnabled()) {
                a->trigger();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no menu item has the key %1").arg(keys.toString())));
    }

    QWidget *open(const QKeySequence &keys, const QString &kind)
    {
        trigger(keys);
        return m_window->projectWindows()->find(kind);
    }

    // Runs `check` on the dialog a key opens modally, then closes it; the problems it found.
    QString checkModal(const std::function<void()> &openIt,
                       const std::function<QString(QWidget *)> &check)
    {
        QString problems = QStringLiteral("no dialog opened");
        QTimer::singleShot(0, m_window.get(), [&] {
            if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }))
                return;
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            problems = check(dialog);
            dialog->reject();
        });
        openIt();
        return problems;
    }

    void screenshot(const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(500); // the last paints: fonts, the PDF's page, the chart
        const QString path = QDir(m_shots).filePath(name);
        QVERIFY2(QGuiApplication::primaryScreen()->grabWindow(0).save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(QFileInfo(path).absoluteFilePath()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this test measures window frames on X11: run it with "
                 "packaging/run-in-xvfb.sh (ctest -L xvfb)");
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("windows")); // as on a first start
        QSettings().remove(Preferences::windowState.key());
        m_shots = qEnvironmentVariable("EVIMAP_SCREENSHOTS");

        // The demo project, as `evimap demo` builds it (packaging/run-demo.sh), run in-process.
        QString demoOut, demoErr;
        QTextStream demoOutStream(&demoOut), demoErrStream(&demoErr);
        const int demo =
            cli::CommandLine(demoOutStream, demoErrStream)
                .run({QStringLiteral("demo"), QStringLiteral("--output"), m_dir.filePath("demo")});
        QVERIFY2(demo == 0, qPrintable(demoErr));
        m_path = m_dir.filePath("demo/demo.evimap");
        {
            Result<std::unique_ptr<Project>> project = Project::open(m_path);
            QVERIFY(project.ok());
            const std::optional<Reviewer> lead = Reviewers(*project.value()).find("Ann Able");
            QVERIFY(lead && lead->isLead());
            Preferences::setReviewerForProject(project.value()->uuid(), lead->uuid);
            // The lead's criteria and keywords, and a PDF for a record included at title and
            // abstract, so that the windows are measured (and pictured) as they are in use.
            if (!m_shots.isEmpty())
                QVERIFY(QDir().mkpath(m_shots));
            QVERIFY(test::writeScreeningSetUp(*project.value(), lead->id));
            const QString pdf = m_dir.filePath("whitfield-2023.pdf");
            QVERIFY(test::writeArticlePdf(pdf));
            AttachmentStore::Target record;
            record.recordId = kRecordWithPdf;
            QVERIFY(AttachmentStore(*project.value()).attachPdf(pdf, record, lead->id).ok());
        }

        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        QVERIFY(m_window->openProject(m_path).ok());
    }

    void cleanupTestCase()
    {
        if (m_window)
            QVERIFY(m_window->closeProject());
        m_window.reset();
    }

    // The dashboard, the first thing the project shows: every stage's numbers, the agreement, the
    // lead's view of each reviewer's work, all in view without scrolling.
    void dashboard_fitsWithEveryNumberInView()
    {
        const QString frame = frameProblem(m_window.get());
        QVERIFY2(frame.isEmpty(), qPrintable(frame));
        ui::DashboardView *dashboard = m_window->dashboardView();
        QVERIFY(dashboard->isVisible());
        QTRY_VERIFY(dashboard->dashboard());
        QList<QWidget *> needed;
        for (auto stage : {DashboardStage::Duplicates, DashboardStage::TitleAbstract,
                           DashboardStage::FullText, DashboardStage::Coding}) {
            for (auto count : {DashboardCount::Waiting, DashboardCount::Done}) {
                needed << dashboard->button(stage, count);
            }
        }
        needed << dashboard->button(DashboardStage::TitleAbstract, DashboardCount::Conflicts)
               << dashboard->button(DashboardStage::FullText, DashboardCount::NotRetrieved)
               << child<QWidget>(dashboard, "teamWork") << child<QWidget>(dashboard, "myWork")
               << child<QWidget>(dashboard, "dashboardStatistics");
        const QString problem = viewProblem(m_window.get(), needed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        screenshot(QStringLiteral("dashboard.png"));
    }

    void mainWindow_fitsAndShowsTitleAuthorsYearAndStatus()
    {
        m_window->showRecords();
        const QString frame = frameProblem(m_window.get());
        QVERIFY2(frame.isEmpty(), qPrintable(frame));
        screenshot(QStringLiteral("laptop-main.png"));
        QTableView *table = m_window->recordTable();
        QHeaderView *header = table->horizontalHeader();
        const QFontMetrics metrics = table->fontMetrics();
        for (int column : {RecordTableModel::Title, RecordTableModel::Authors,
                           RecordTableModel::Year, RecordTableModel::Status}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2, the table at %3")
                                    .arg(column)
                                    .arg(right)
                                    .arg(table->viewport()->width())));
        }
        // The status whole, never "Inc…" or "Ex…".
        for (const QString &status : RecordTableModel::statusTexts())
            QVERIFY2(header->sectionSize(RecordTableModel::Status) >
                         metrics.horizontalAdvance(status),
                     qPrintable(status));
    }

    // The Records tab with its views: the list, the table and the details pane in view, a tag
    // on two records, the settled includes shown and the search marked (docs/images/filters.png).
    void filters_fitWithTheViewsTableAndDetails()
    {
        m_window->showRecords();
        auto *bar = m_window->findChild<ui::RecordFilterBar *>();
        QVERIFY(bar && bar->isVisible());
        {
            Result<std::unique_ptr<Project>> project = Project::open(m_path);
            QVERIFY(project.ok());
            const qint64 lead = Reviewers(*project.value()).find("Ann Able")->id;
            RecordFilter included;
            included.view = RecordView::Included;
            const QList<qint64> ids =
                RecordFilterStore(*project.value(), lead).ids(included).value();
            QVERIFY(ids.size() >= 3);
            QVERIFY(TagStore(*project.value(), lead).add(ids.mid(0, 3), "pilot").ok());
            QVERIFY(TagStore(*project.value(), lead).add(ids.mid(1, 1), "second look").ok());
        }
        bar->rebuild();
        RecordFilter included;
        included.view = RecordView::Included;
        bar->setFilter(included);
        QVERIFY(m_window->recordModel()->rowCount() > 0);
        m_window->searchField()->setText(QStringLiteral("loneliness"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        m_window->recordTable()->selectRow(0);
        QList<QWidget *> needed;
        needed << bar->list() << m_window->recordTable()
               << m_window->findChild<QWidget *>("recordDetails");
        const QString problem = viewProblem(m_window.get(), needed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        screenshot(QStringLiteral("filters.png"));
        m_window->searchField()->clear();
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        bar->setFilter(RecordFilter());
    }

    void screening_titleAndAbstract_fitsWithTheRankingPane()
    {
        QWidget *window = open(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "screening");
        QVERIFY(window);
        QString problem = frameProblem(window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto *view = window->findChild<ui::ScreeningView *>();
        QVERIFY(view);
        QCOMPARE(view->stage(), ScreeningStage::TitleAbstract);
        auto *ranking = window->findChild<ui::RankingPanel *>();
        QVERIFY(ranking);
        QCOMPARE(ranking->window(), window); // in the screening window, not behind it
        QList<QWidget *> needed{
            child<QWidget>(view, "includeButton"), child<QWidget>(view, "excludeButton"),
            child<QWidget>(view, "unsureButton"),  child<QWidget>(view, "noteField"),
            child<QWidget>(view, "keyHints"),      child<QWidget>(view, "keyMode"),
            child<QWidget>(view, "recordText"),    ranking};
        for (int i = 1; child<QWidget>(view, QStringLiteral("reason%1").arg(i)); ++i)
            needed << child<QWidget>(view, QStringLiteral("reason%1").arg(i));
        QVERIFY(needed.size() > 8);
        problem = viewProblem(window, needed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY(!ranking->isTraining());
        screenshot(QStringLiteral("screening-title-abstract.png"));
    }

    void screening_fullText_fitsWithThePdf()
    {
        QWidget *window = m_window->projectWindows()->find("screening");
        QVERIFY(window);
        auto *view = window->findChild<ui::ScreeningView *>();
        auto *stage = child<QComboBox>(view, "stageBox");
        QVERIFY(stage);
        stage->setCurrentIndex(stage->findData(int(ScreeningStage::FullText)));
        emit stage->activated(stage->currentIndex());
        QCOMPARE(view->stage(), ScreeningStage::FullText);
        QVERIFY(view->session()->goToRecord(kRecordWithPdf));
        QString problem = frameProblem(window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QList<QWidget *> needed{
            child<QWidget>(view, "includeButton"),     child<QWidget>(view, "excludeButton"),
            child<QWidget>(view, "unsureButton"),      child<QWidget>(view, "noteField"),
            child<QWidget>(view, "keyHints"),          child<QWidget>(view, "keyMode"),
            child<QWidget>(view, "recordHeader"),      child<QWidget>(view, "attachButton"),
            child<QWidget>(view, "notRetrievedButton")};
        for (int i = 1; child<QWidget>(view, QStringLiteral("reason%1").arg(i)); ++i)
            needed << child<QWidget>(view, QStringLiteral("reason%1").arg(i));
        problem = viewProblem(window, needed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(view->pdfViewer()->isOpen());
        QVERIFY2(view->pdfViewer()->width() >= 700, // fit-width, readable
                 qPrintable(QString::number(view->pdfViewer()->width())));
        view->pdfViewer()->search(QStringLiteral("social anxiety"));
        view->setFocus();
        screenshot(QStringLiteral("screening-full-text.png"));
        window->close();
    }

    void conflicts_fits()
    {
        QWidget *window = open(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), "conflicts");
        QVERIFY(window);
        QString problem = frameProblem(window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = viewProblem(window, {child<QWidget>(window, "conflictTable"),
                                       child<QWidget>(window, "conflictDetails")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        screenshot(QStringLiteral("laptop-conflicts.png"));
        window->close();
    }

    void statistics_fits()
    {
        QWidget *window = open(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "statistics");
        QVERIFY(window);
        const QString problem = frameProblem(window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        screenshot(QStringLiteral("laptop-statistics.png"));
        window->close();
    }

    void coding_fitsWithTreeEvidenceAndFields()
    {
        auto *window =
            qobject_cast<ui::CodingWindow *>(open(QKeySequence(Qt::CTRL | Qt::Key_K), "coding"));
        QVERIFY(window);
        QString problem = frameProblem(window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        ui::CodingPanel *panel = window->panel();
        QList<QWidget *> needed{panel->codeTree(), panel->quoteField(), panel->pageField(),
                                static_cast<QWidget *>(panel->noteField())};
        const QList<QWidget *> fields = panel->findChildren<QWidget *>(
            QRegularExpression(QStringLiteral("^field-")), Qt::FindChildrenRecursively);
        QVERIFY(!fields.isEmpty());
        needed << fields;
        problem = viewProblem(window, needed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        panel->setRecord(kRecordWithPdf);
        QVERIFY(window->pdfViewer()->isOpen());
        window->findInPdf();
        window->pdfViewer()->search(QStringLiteral("social anxiety"));
        panel->codeTree()->setFocus();
        QVERIFY2(window->pdfViewer()->width() >= 700, // fit-width, readable
                 qPrintable(QString::number(window->pdfViewer()->width())));
        screenshot(QStringLiteral("coding.png"));
        window->close();
    }

    void maps_fit_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("kind");
        QTest::newRow("evidence map") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) << "map";
        QTest::newRow("PRISMA") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) << "prisma";
        QTest::newRow("charts") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G) << "charts";
    }

    void maps_fit()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, kind);
        QWidget *window = open(keys, kind);
        QVERIFY(window);
        QString problem = frameProblem(window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QList<QWidget *> needed = window->findChildren<QWidget *>(
            QRegularExpression(QStringLiteral("^export_")), Qt::FindChildrenRecursively);
        QVERIFY(!needed.isEmpty());
        // Every tab's name whole.
        for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                QVERIFY2(tabs->tabRect(i).width() >
                             tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)),
                         qPrintable(tabs->tabText(i)));
                QVERIFY2(tabs->rect().contains(tabs->tabRect(i)) || !tabs->isVisible(),
                         qPrintable(tabs->tabText(i)));
            }
        }
        problem = viewProblem(window, needed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        screenshot(QStringLiteral("laptop-%1.png").arg(kind));
        window->close();
    }

    // Maps ▸ Report: the front matter, every section, the map's dimensions and filters, the
    // file and the buttons in view.
    void reportDialog_fits()
    {
        trigger(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QWidget *dialog = m_window->projectWindows()->find(QStringLiteral("report"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QString problem = frameProblem(dialog);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QList<QWidget *> needed = dialog->findChildren<QWidget *>(
            QRegularExpression(QStringLiteral("^(section_|report)")), Qt::FindChildrenRecursively);
        needed.removeIf([](QWidget *w) { return !w->isVisibleTo(w->window()); });
        for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>())
            needed << box;
        QVERIFY(needed.size() > 8);
        problem = viewProblem(dialog, needed);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        screenshot(QStringLiteral("report-dialog.png"));
        dialog->close();
    }

    void dialogs_fit_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::newRow("import") << "import";
        QTest::newRow("export references") << "export-references";
        QTest::newRow("automatic merges") << "automatic-merges";
        QTest::newRow("preferences") << "preferences";
        QTest::newRow("codebook editor") << "codebook";
        QTest::newRow("members") << "members";
        QTest::newRow("project properties") << "properties";
    }

    void dialogs_fit()
    {
        QFETCH(QString, dialog);
        const QString problems = checkModal(
            [&] {
                if (dialog == QLatin1String("import"))
                    m_window->importFiles({test::sourcePath("resources/demo/loneliness-demo.ris")});
                else if (dialog == QLatin1String("preferences"))
                    trigger(QKeySequence(Qt::CTRL | Qt::Key_Comma));
                else if (dialog == QLatin1String("members"))
                    m_window->findChild<QAction *>(QStringLiteral("membersAction"))->trigger();
                else if (dialog == QLatin1String("properties"))
                    m_window->findChild<QAction *>(QStringLiteral("projectPropertiesAction"))
                        ->trigger();
                else if (dialog == QLatin1String("export-references"))
                    trigger(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
                else if (dialog == QLatin1String("automatic-merges"))
                    trigger(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
                else
                    trigger(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
            },
            [this, dialog](QWidget *shown) {
                QStringList found;
                found << frameProblem(shown);
                // Members and properties are pictured in the guide (docs/images).
                const bool inGuide =
                    dialog == QLatin1String("members") || dialog == QLatin1String("properties");
                screenshot((inGuide ? QStringLiteral("%1.png") : QStringLiteral("laptop-%1.png"))
                               .arg(dialog));
                QList<QWidget *> buttons;
                for (QDialogButtonBox *box : shown->findChildren<QDialogButtonBox *>())
                    buttons << box;
                found << viewProblem(shown, buttons);
                found.removeAll(QString());
                return found.join(QStringLiteral("; "));
            });
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_MAIN(LaptopScreenTest)
#include "tst_laptopscreen.moc"
