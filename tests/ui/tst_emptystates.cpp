// What the window shows when there is nothing to show yet: the welcome page without a project
// (New, Open, Open Recent, Open the Demo), an empty project's invitation to import (and a drop
// that starts the import dialog), an empty evidence map that says why, and the questions a new
// project asks (reviewers per stage, exclusion reasons).
#include "charts/evidencemapwindow.h"
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "core/preferences.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "newprojectdialog.h"
#include "project/project.h"
#include "records/recordtablemodel.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "team/blinding.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace evimap;

class EmptyStatesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString emptyProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path, QStringLiteral("Empty"));
        if (!created)
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    // Answers each modal window as a reviewer would, until stopped.
    struct Answerer
    {
        QTimer timer;
        QStringList messages;
        bool importDialogSeen = false;
    };
    void answerModals(Answerer &answerer)
    {
        connect(&answerer.timer, &QTimer::timeout, this, [&answerer] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ui::ImportDialog *>(modal)) {
                answerer.importDialogSeen = true;
                dialog->sourceField()->setEditText(QStringLiteral("PsycINFO"));
                dialog->findDuplicatesBox()->setChecked(false);
                dialog->importButton()->click();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                answerer.messages << box->text();
                box->accept();
            } else if (auto *other = qobject_cast<QDialog *>(modal)) {
                other->accept(); // who is reviewing: the name offered
            }
        });
        answerer.timer.start(20);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Counts in English, as the program says them ("2 records", not "2 record(s)").
        ui::installTranslations(*qApp, QLocale(QLocale::English));
        Preferences::reviewerName.setValue(QStringLiteral("Ann Able"));
        Preferences::reviewerInitials.setValue(QStringLiteral("AA"));
    }

    void noProject_welcomeOffersNewOpenRecentAndDemo()
    {
        const QString recent = emptyProject();
        Preferences::recentProjects.setValue({recent});
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), window.welcomePage());
        for (const char *name : {"welcomeNew", "welcomeOpen", "welcomeRecent", "welcomeDemo"}) {
            auto *button = window.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button && button->isVisible(), name);
        }

        // Open Recent lists the recent project; choosing it opens it.
        auto *recentButton = window.findChild<QPushButton *>(QStringLiteral("welcomeRecent"));
        QMenu *menu = recentButton->menu();
        QVERIFY(menu);
        QTimer::singleShot(0, menu, [menu] {
            QTRY_VERIFY(menu->isVisible());
            QAction *first = menu->actions().value(0);
            if (first)
                first->trigger();
            menu->close();
        });
        Answerer answerer;
        answerModals(answerer);
        QTest::mouseClick(recentButton, Qt::LeftButton);
        QTRY_VERIFY(window.project());
        QCOMPARE(window.project()->filePath(), recent);
        // It has no records: the window says how to bring some in.
        QTRY_COMPARE(window.currentPage(), window.emptyProjectPage());
        window.closeProject();
        QCOMPARE(window.currentPage(), window.welcomePage());
    }

    void demoButton_opensTheWorkedDemo()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Answerer answerer;
        answerModals(answerer);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("welcomeDemo")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.project(), 20000);
        answerer.timer.stop();
        QVERIFY(window.project()->name().contains(QLatin1String("demo")));
        QVERIFY(window.recordModel()->rowCount() > 40);
        QVERIFY(window.currentPage() != window.welcomePage());
        QVERIFY(window.currentPage() != window.emptyProjectPage());
        // Made as `evimap demo` makes it: two reviewers' screening already in it.
        QCOMPARE(ScreeningSettings::read(*window.project()).reviewersRequired, 2);
        QVERIFY(!ExclusionReasonStore(*window.project()).reasons().isEmpty());
    }

    void emptyProject_invitesImport_andADropStartsIt()
    {
        const QString path = emptyProject();
        const QString ris = m_dir.filePath(QStringLiteral("dropped.ris"));
        QVERIFY(test::writeFile(ris, "TY  - JOUR\nTI  - Loneliness in later life\nER  - \n\n"
                                     "TY  - JOUR\nTI  - Shame and loneliness\nER  - \n"));
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path).ok());
        QCOMPARE(window.currentPage(), window.emptyProjectPage());
        auto *hint = window.findChild<QLabel *>(QStringLiteral("emptyProjectHint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY2(
            hint->text().contains(QLatin1String("Import references (Ctrl+I) or drop files here")),
            qPrintable(hint->text()));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("emptyProjectImport"))->isVisible());

        // Files dropped on the page open the import dialog, as the page says.
        Answerer answerer;
        answerModals(answerer);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(ris)});
        const QPointF at = QPointF(window.emptyProjectPage()->rect().center());
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(!answerer.messages.isEmpty(), 20000);
        answerer.timer.stop();
        QVERIFY(answerer.importDialogSeen);
        QVERIFY2(answerer.messages.first().contains(QLatin1String("2 records imported")),
                 qPrintable(answerer.messages.first()));
        // With records, the table is shown.
        QTRY_COMPARE(window.recordModel()->rowCount(), 2);
        QTRY_VERIFY(window.currentPage() != window.emptyProjectPage());
        QVERIFY(window.recordTable()->isVisible());
    }

    void emptyMap_saysWhy()
    {
        const QString path = emptyProject();
        {
            Result<std::unique_ptr<Project>> project = Project::open(path);
            QVERIFY(project);
            Result<CodebookTemplate> builtIn = CodebookTemplate::builtIn();
            QVERIFY(builtIn);
            QVERIFY(Codebook(*project.value()).applyTemplate(*builtIn, 0));
        }
        ui::EvidenceMapWindow window(path, Blinding::Unrestricted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *status = window.findChild<QLabel *>(QStringLiteral("mapStatus"));
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QLatin1String("no included records coded yet")),
                     qPrintable(status->text()));
        QVERIFY(!window.map() || window.map()->itemsOnMap == 0);
    }

    void newProjectDialog_asksReviewersPerStageAndReasons()
    {
        ui::NewProjectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QCOMPARE(dialog.titleAbstractField()->value(), 2);
        QCOMPARE(dialog.fullTextField()->value(), 2);
        const QStringList standard{
            "Wrong population",   "Wrong intervention",     "Wrong comparator", "Wrong outcome",
            "Wrong study design", "Wrong publication type", "Not retrievable",  "Duplicate"};
        QCOMPARE(dialog.reasonsField()->toPlainText().split(QLatin1Char('\n')), standard);

        // One reviewer at full text, typed; "Duplicate" replaced by a reason of the review's own.
        dialog.fullTextField()->setFocus();
        dialog.fullTextField()->selectAll();
        QTest::keyClicks(dialog.fullTextField(), QStringLiteral("1"));
        QCOMPARE(dialog.fullTextField()->value(), 1);
        dialog.reasonsField()->setFocus();
        QTextCursor cursor = dialog.reasonsField()->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        dialog.reasonsField()->setTextCursor(cursor);
        QTest::keyClicks(dialog.reasonsField(), QStringLiteral("Not about loneliness"));

        const QString path = emptyProject();
        Result<std::unique_ptr<Project>> project = Project::open(path);
        QVERIFY(project);
        QVERIFY(dialog.setup().apply(*project.value()));
        const ScreeningSettings settings = ScreeningSettings::read(*project.value());
        QCOMPARE(settings.reviewersRequiredAt(ScreeningStage::TitleAbstract), 2);
        QCOMPARE(settings.reviewersRequiredAt(ScreeningStage::FullText), 1);
        QStringList labels;
        for (const ExclusionReason &r : ExclusionReasonStore(*project.value()).reasons())
            labels << r.label;
        QStringList expected = standard.mid(0, 7);
        expected << QStringLiteral("Not about loneliness");
        QCOMPARE(labels, expected);
    }
};

QTEST_MAIN(EmptyStatesTest)
#include "tst_emptystates.moc"
