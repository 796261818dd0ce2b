// Every window belongs to one project: closing, switching or reopening the project in the main
// window closes every window and panel it owns, a window never writes to a project the main
// window no longer shows, and every window's title names its project.
#include "coding/codingpanel.h"
#include "coding/codingwindow.h"
#include "core/preferences.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/screeningview.h"
#include "team/projectcopy.h"
#include "team/teammenu.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace evimap;

namespace {

// The open window holding a T, newest first (nothing about the project: the test must see
// what the user sees).
template<class T>
T *openWindowOf()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (qsizetype i = windows.size() - 1; i >= 0; --i) {
        QWidget *w = windows.at(i);
        if (!w->isVisible())
            continue;
        if (auto *self = qobject_cast<T *>(w))
            return self;
        // Its own, not those of windows it is the parent of.
        const QList<T *> inside = w->template findChildren<T *>();
        for (T *candidate : inside) {
            if (candidate->window() == w)
                return candidate;
        }
    }
    return nullptr;
}

ui::ScreeningView *screeningView(ui::MainWindow &)
{
    return openWindowOf<ui::ScreeningView>();
}

QList<QWidget *> visibleTopLevels()
{
    QList<QWidget *> list;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            list << w;
    }
    return list;
}

int count(const QString &path, const QString &sql)
{
    Result<std::unique_ptr<Project>> p = Project::open(path, Project::Access::ReadOnly);
    if (!p)
        return -1;
    QSqlQuery q(p.value()->database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class ProjectWindowsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A project of three records whose lead is remembered as this window's reviewer, so
    // opening it asks nobody anything.
    QString makeProject(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".evimap"));
        Result<std::unique_ptr<Project>> created = Project::create(path, name);
        if (!created)
            return {};
        Project &project = *created.value();
        Result<Reviewer> lead = Reviewers(project).add(QStringLiteral("Lena Lead"), "LL");
        RecordStore records(project.database());
        const Status s = project.writeTransaction([&]() -> Status {
            for (int i = 1; i <= 3; ++i) {
                Record r;
                r.title = QStringLiteral("%1 study %2 of loneliness").arg(name).arg(i);
                r.sourceRecordNo = i;
                if (Status st = records.insert(r, 0); !st)
                    return st;
            }
            return {};
        });
        if (!s || !lead)
            return {};
        Preferences::setReviewerForProject(project.uuid(), lead->uuid);
        return path;
    }

    static void press(ui::MainWindow &window, int key, Qt::KeyboardModifiers modifiers)
    {
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key(key), modifiers);
    }

    // File ▸ Close Project, found as the user finds it.
    static void closeProjectFromTheMenu(ui::MainWindow &window)
    {
        QAction *close = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == ui::MainWindow::tr("&Close Project"))
                close = a;
        }
        QVERIFY(close);
        QVERIFY(close->isEnabled());
        close->trigger();
    }

    // File ▸ Open Recent, the entry of `path`.
    static void openRecent(ui::MainWindow &window, const QString &path)
    {
        QMenu *recent = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            if (menu->title() == ui::MainWindow::tr("Open &Recent"))
                recent = menu;
        }
        QVERIFY(recent);
        emit recent->aboutToShow();
        QAction *entry = nullptr;
        for (QAction *a : recent->actions()) {
            if (a->text().endsWith(path))
                entry = a;
        }
        QVERIFY2(entry, qPrintable(path));
        entry->trigger();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void closeProject_closesTheScreeningWindow_soNoKeyWritesToIt()
    {
        const QString alpha = makeProject(QStringLiteral("Alpha"));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(alpha).ok());
        QVERIFY(window.currentReviewerId() > 0);
        press(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<ui::ScreeningView> view = screeningView(window);
        QVERIFY(view);
        QVERIFY(view->window()->isVisible());

        closeProjectFromTheMenu(window);
        QVERIFY(!window.project());
        // Had the window stayed open, U would have recorded "Unsure" into the closed project.
        if (view && view->window()->isVisible()) {
            QApplication::setActiveWindow(view->window());
            QTest::keyClick(view, Qt::Key_U);
        }
        QCOMPARE(count(alpha, QStringLiteral("SELECT count(*) FROM screening_decision")), 0);
        QTRY_VERIFY(view.isNull());
    }

    void switchProject_screeningKeyOpensTheNewProjectsWindow()
    {
        const QString alpha = makeProject(QStringLiteral("Alpha2"));
        const QString beta = makeProject(QStringLiteral("Beta2"));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(alpha).ok());
        press(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<QWidget> alphaWindow =
            screeningView(window) ? screeningView(window)->window() : nullptr;
        QVERIFY(alphaWindow);
        QVERIFY(alphaWindow->windowTitle().contains(QStringLiteral("Alpha2")));

        // File ▸ Open Recent ▸ Beta2: Alpha2's windows close with it.
        Preferences::addRecentProject(beta);
        openRecent(window, beta);
        QCOMPARE(window.project()->name(), QStringLiteral("Beta2"));
        QVERIFY(!alphaWindow || !alphaWindow->isVisible());

        // Ctrl+Shift+S now opens a window on Beta2, never the one left from Alpha2.
        press(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        ui::ScreeningView *view = screeningView(window);
        QVERIFY(view);
        QVERIFY(view->window() != alphaWindow.data());
        QVERIFY2(view->window()->windowTitle().contains(QStringLiteral("Beta2")),
                 qPrintable(view->window()->windowTitle()));
        QVERIFY(view->session()->currentItem()->record.title.startsWith(QStringLiteral("Beta2")));
        QApplication::setActiveWindow(view->window());
        QVERIFY(QTest::qWaitForWindowActive(view->window()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_U);
        QCOMPARE(count(beta, QStringLiteral("SELECT count(*) FROM screening_decision")), 1);
        QCOMPARE(count(alpha, QStringLiteral("SELECT count(*) FROM screening_decision")), 0);
        QTRY_VERIFY(alphaWindow.isNull());
    }

    void everyWindow_namesItsProjectAndClosesWithIt_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<bool>("modal");
        const int ctrlShift = int(Qt::ControlModifier | Qt::ShiftModifier);
        QTest::newRow("screening and its ranking panel") << int(Qt::Key_S) << ctrlShift << false;
        QTest::newRow("conflicts") << int(Qt::Key_C) << ctrlShift << false;
        QTest::newRow("statistics") << int(Qt::Key_A) << ctrlShift << false;
        QTest::newRow("coding") << int(Qt::Key_K) << int(Qt::ControlModifier) << false;
        QTest::newRow("evidence map") << int(Qt::Key_M) << ctrlShift << false;
        QTest::newRow("charts") << int(Qt::Key_G) << ctrlShift << false;
        QTest::newRow("PRISMA") << int(Qt::Key_P) << ctrlShift << false;
        QTest::newRow("codebook editor") << int(Qt::Key_B) << ctrlShift << true;
        QTest::newRow("comparison") << int(Qt::Key_K) << ctrlShift << true;
        QTest::newRow("duplicates review") << int(Qt::Key_E) << ctrlShift << true;
        QTest::newRow("record history") << int(Qt::Key_H) << int(Qt::ControlModifier) << true;
        QTest::newRow("project history") << int(Qt::Key_H) << ctrlShift << true;
        QTest::newRow("merge") << 0 << 0 << true;
    }

    void everyWindow_namesItsProjectAndClosesWithIt()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(bool, modal);
        static int n = 0;
        const QString name = QStringLiteral("Gamma%1").arg(++n);
        const QString gamma = makeProject(name);
        const QString delta = makeProject(QStringLiteral("Delta%1").arg(n));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(gamma).ok());
        QTRY_VERIFY(window.currentRecordId() > 0);

        if (modal) {
            // The dialog runs modally; from inside it, the project is closed (as a switch of
            // project would) and the dialog must end with it.
            QString title;
            bool closedWithTheProject = false;
            QTimer::singleShot(0, &window, [&] {
                QPointer<QDialog> dialog =
                    qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                title = dialog->windowTitle();
                closeProjectFromTheMenu(window);
                closedWithTheProject = !dialog || !dialog->isVisible();
                if (dialog && dialog->isVisible())
                    dialog->reject(); // so the test goes on, and fails below
            });
            if (key == 0) {
                const QString copy = m_dir.filePath(name + QStringLiteral("-copy.evimap"));
                QVERIFY(
                    ProjectCopy::take(*window.project(), copy, window.currentReviewerId()).ok());
                window.findChild<ui::TeamMenu *>()->mergeCopy(copy);
            } else {
                press(window, key, Qt::KeyboardModifiers(modifiers));
            }
            QVERIFY2(title.contains(name), qPrintable(title));
            QVERIFY(closedWithTheProject);
            QVERIFY(!window.project());
            return;
        }

        const QList<QWidget *> before = visibleTopLevels();
        press(window, key, Qt::KeyboardModifiers(modifiers));
        QList<QPointer<QWidget>> opened;
        for (QWidget *w : visibleTopLevels()) {
            if (!before.contains(w))
                opened << w;
        }
        QVERIFY(!opened.isEmpty());
        for (const QPointer<QWidget> &w : std::as_const(opened))
            QVERIFY2(w->windowTitle().contains(name), qPrintable(w->windowTitle()));

        // Switching to another project closes them all.
        QVERIFY(window.openProject(delta).ok());
        for (const QPointer<QWidget> &w : std::as_const(opened))
            QVERIFY2(!w || !w->isVisible(), qPrintable(w->windowTitle()));
        for (const QPointer<QWidget> &w : std::as_const(opened))
            QTRY_VERIFY(w.isNull());
    }

    void closingTheProject_savesTheCodingNoteBeingTyped()
    {
        const QString path = makeProject(QStringLiteral("Epsilon"));
        {
            Result<std::unique_ptr<Project>> p = Project::open(path);
            QVERIFY(p.ok());
            QSqlQuery q(p.value()->database());
            QVERIFY(q.exec("INSERT INTO code(uuid, label, key) VALUES ('d', 'Factor', 'factor')"));
            QVERIFY(q.exec("INSERT INTO code(uuid, parent_id, label, key) VALUES ('c', 1, "
                           "'Shame', 'shame')"));
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path).ok());
        press(window, Qt::Key_K, Qt::ControlModifier);
        auto *coding = openWindowOf<ui::CodingWindow>();
        QVERIFY(coding);
        QApplication::setActiveWindow(coding);
        QVERIFY(QTest::qWaitForWindowActive(coding));
        ui::CodingPanel *panel = coding->panel();
        panel->codeTree()->setFocus();
        panel->setCurrentCode(2);
        QCOMPARE(panel->currentCodeId(), 2);
        QTest::keyClick(panel->codeTree(), Qt::Key_Space); // applies "Shame"
        panel->noteField()->setFocus();
        QTest::keyClicks(panel->noteField(), QStringLiteral("in the discussion"));
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM coding WHERE note <> ''")), 0);

        closeProjectFromTheMenu(window);
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM coding WHERE note = "
                                            "'in the discussion'")),
                 1);
    }
};

QTEST_MAIN(ProjectWindowsTest)
#include "tst_projectwindows.moc"
