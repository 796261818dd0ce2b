// The Help menu: F1 opens the reviewers' guide, the shortcut list is read from the menus, and the
// About box names the version and the licences.
#include "helpdialogs.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

#include <QTextBrowser>
#include <QtTest>
#include <functional>

using namespace evimap;

class HelpDialogsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void f1_opensTheGuide()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *guide = window.findChild<QWidget *>("GuideWindow");
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        const QString text = guide->findChild<QTextBrowser *>("guideText")->toPlainText();
        for (const char *step :
             {"Start a project", "Import the search results", "Remove duplicates", "Screen",
              "Code the included studies", "Map the evidence"})
            QVERIFY2(text.contains(QLatin1String(step)), step);
        // A second F1 shows the same window, not another.
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<QWidget *>("GuideWindow").size(), 1);
    }

    void shortcutReference_readsTheMenus()
    {
        ui::MainWindow window;
        const QString html = ui::shortcutReference(window.menuBar());
        for (const char *expected : {"Ctrl+N", "New Project", "Ctrl+,", "Preferences",
                                     "Ctrl+Shift+S", "Screen Records", "F1", "Guide"})
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
        QVERIFY(!html.contains(QChar(0x2026)));
    }

    void everyMenuAction_hasAShortcutOrAReasonNotTo()
    {
        // Actions without a key on purpose: those done once or twice in a review, and About.
        // (Open Recent is filled when it opens, so it is empty here.)
        const QSet<QString> withoutOnPurpose = {
            QStringLiteral("Screening > Criteria, Keywords and Reasons…"),
            QStringLiteral("Coding > Export Final Coding (CSV)…"),
            QStringLiteral("Coding > Export Codebook Appendix (HTML)…"),
            QStringLiteral("Team > Take a Copy to Work Offline…"),
            QStringLiteral("Team > Merge a Copy Back…"),
            QStringLiteral("Team > Members…"),
            QStringLiteral("Team > Switch Reviewer…"),
            QStringLiteral("File > Project Properties…"),
            QStringLiteral("Help > About EviMap"),
        };
        ui::MainWindow window;
        QStringList missing;
        std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu,
                                                                       const QString &path) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                const QString name = path + QStringLiteral(" > ") + action->text().remove('&');
                if (action->menu())
                    walk(action->menu(), name);
                else if (action->shortcut().isEmpty() && !withoutOnPurpose.contains(name))
                    missing << name;
            }
        };
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu())
                walk(top->menu(), top->text().remove('&'));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void about_namesVersionAndLicences()
    {
        const QString text = ui::aboutText();
        QVERIFY(text.contains(QStringLiteral(EVIMAP_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        for (const char *expected :
             {"Lesser General Public License", "Poppler", "SQLite", "public domain"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
};

QTEST_MAIN(HelpDialogsTest)
#include "tst_helpdialogs.moc"
