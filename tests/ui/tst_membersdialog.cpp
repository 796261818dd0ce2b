// People and project properties in the window, through their widgets: Team ▸ Members (rename,
// make a second lead, the last lead kept), Team ▸ Switch Reviewer (asked, logged, the window
// works as the one chosen), File ▸ Project Properties (saved, the title changes), a viewer's
// vote refused in the screening window, and the codebook readable by a reviewer.
#include "coding/codebookviewer.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectproperties.h"
#include "project/reviewers.h"
#include "projectpropertiesdialog.h"
#include "records/recordstore.h"
#include "screening/screeningview.h"
#include "team/audittrail.h"
#include "team/membersdialog.h"
#include "team/switchreviewerdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace evimap;

namespace {

// Runs `work` on the first modal dialog of type T once it shows.
template<typename T>
void whenShown(const std::function<void(T *)> &work, bool *done)
{
    QTimer::singleShot(50, [work, done] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            whenShown<T>(work, done);
            return;
        }
        work(dialog);
        *done = true;
    });
}

} // namespace

class MembersDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_lead = 0, m_ben = 0, m_vera = 0;
    int m_counter = 0;

    QString build()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        if (!created.ok())
            return {};
        Project &p = *created.value();
        m_lead = Reviewers(p).add(QStringLiteral("Ana Silva"), QStringLiteral("AS"))->id;
        m_ben = Reviewers(p).add(QStringLiteral("Ben Okafr"), QStringLiteral("BO"))->id;
        m_vera =
            Reviewers(p).add(QStringLiteral("Vera Viewer"), QStringLiteral("VV"), Role::Viewer)->id;
        RecordStore store(p.database());
        const Status s = p.writeTransaction([&]() -> Status {
            Record r;
            r.title = QStringLiteral("Shame and loneliness in later life");
            r.abstract = QStringLiteral("An abstract.");
            return store.insert(r, 0);
        });
        return s.ok() ? path : QString();
    }

    QString lastAction(Project &project)
    {
        const QList<AuditEntry> trail = AuditTrail::read(project);
        return trail.isEmpty() ? QString() : trail.last().action;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void members_renameAndSecondLead_byKeyboard()
    {
        const QString path = build();
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(opened.ok());
        Project &project = *opened.value();
        ui::MembersDialog dialog(project, m_lead);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(!table->isColumnHidden(3)); // the lead sees each person's votes
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Ben Okafr"));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("Viewer (reads what is settled)"));

        // Down to Ben, type the name, Enter.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(dialog.nameField()->text(), QStringLiteral("Ben Okafr"));
        dialog.nameField()->setFocus();
        dialog.nameField()->selectAll();
        QTest::keyClicks(dialog.nameField(), QStringLiteral("Ben Okafor"));
        QTest::keyClick(dialog.nameField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter renamed, it did not close the dialog
        QCOMPARE(dialog.lastError(), QString());
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Ben Okafor"));
        QCOMPARE(Reviewers(project).byId(m_ben)->name, QStringLiteral("Ben Okafor"));
        QCOMPARE(lastAction(project), QStringLiteral("team.rename"));

        // The role box: Ben becomes a lead.
        QComboBox *role = dialog.roleBox();
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Up); // Reviewer → Lead
        QCOMPARE(dialog.lastError(), QString());
        QCOMPARE(Reviewers(project).byId(m_ben)->role, Role::Lead);
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Lead"));
        QCOMPARE(lastAction(project), QStringLiteral("team.role"));

        // Ben a reviewer again, then Ana, the last lead, cannot step down.
        QTest::keyClick(role, Qt::Key_Down);
        QCOMPARE(Reviewers(project).byId(m_ben)->role, Role::Reviewer);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentRow(), 0);
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Down);
        QVERIFY2(dialog.lastError().contains(QStringLiteral("only lead")),
                 qPrintable(dialog.lastError()));
        QCOMPARE(Reviewers(project).byId(m_lead)->role, Role::Lead);
        QCOMPARE(role->currentText(), QStringLiteral("Lead"));
        // The dialog fits a laptop's screen.
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);
    }

    void members_readOnlyForAReviewer()
    {
        const QString path = build();
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(opened.ok());
        ui::MembersDialog dialog(*opened.value(), m_ben);
        QVERIFY(!dialog.nameField()->isEnabled());
        QVERIFY(!dialog.roleBox()->isEnabled());
        QVERIFY(!dialog.renameButton()->isEnabled());
        QCOMPARE(dialog.table()->rowCount(), 3);
        // While screening is blind, how many votes the others have cast is not hers to see.
        QVERIFY(dialog.table()->isColumnHidden(3));
    }

    void switchReviewer_askedLoggedAndUsedEverywhere()
    {
        const QString path = build();
        ui::MainWindow window;
        QVERIFY(window.openProject(path).ok());
        window.setCurrentReviewer(m_lead);
        window.show();
        QAction *action = window.findChild<QAction *>(QStringLiteral("switchReviewerAction"));
        QVERIFY(action);
        bool done = false;
        whenShown<ui::SwitchReviewerDialog>(
            [this](ui::SwitchReviewerDialog *d) {
                QListWidget *list = d->list();
                QCOMPARE(list->count(), 3);
                QCOMPARE(d->chosenId(), m_lead); // who is here now, first
                QTest::keyClick(list, Qt::Key_Down);
                QTest::keyClick(list, Qt::Key_Return);
            },
            &done);
        action->trigger();
        QTRY_VERIFY(done);
        QCOMPARE(window.currentReviewerId(), m_ben);
        QCOMPARE(lastAction(*window.project()), QStringLiteral("team.switch"));
        QVERIFY(window.findChild<QLabel *>() != nullptr);
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        bool shown = false;
        for (const QLabel *l : labels)
            shown = shown || l->text() == QStringLiteral("Reviewer: Ben Okafr (BO)");
        QVERIFY(shown);

        // Cancelled: nobody changes.
        done = false;
        whenShown<ui::SwitchReviewerDialog>(
            [](ui::SwitchReviewerDialog *d) { QTest::keyClick(d->list(), Qt::Key_Escape); }, &done);
        action->trigger();
        QTRY_VERIFY(done);
        QCOMPARE(window.currentReviewerId(), m_ben);
    }

    void properties_savedAndTheTitleChanges()
    {
        const QString path = build();
        ui::MainWindow window;
        QVERIFY(window.openProject(path).ok());
        window.setCurrentReviewer(m_lead);
        window.show();
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Loneliness review")));
        QAction *action = window.findChild<QAction *>(QStringLiteral("projectPropertiesAction"));
        QVERIFY(action);
        bool done = false;
        whenShown<ui::ProjectPropertiesDialog>(
            [](ui::ProjectPropertiesDialog *d) {
                QVERIFY(d->canEdit());
                d->nameField()->selectAll();
                QTest::keyClicks(d->nameField(), QStringLiteral("Loneliness review"));
                QTest::keyClicks(d->questionField(), QStringLiteral("Which factors?"));
                QTest::keyClicks(d->authorsField(), QStringLiteral("Ana Silva"));
                QTest::keyClick(d->authorsField(), Qt::Key_Return);
                QTest::keyClicks(d->authorsField(), QStringLiteral("Ben Okafor"));
                QTest::keyClicks(d->registrationField(), QStringLiteral("PROSPERO CRD42"));
                QTest::keyClicks(d->funderField(), QStringLiteral("The Fund"));
                QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            },
            &done);
        action->trigger();
        QTRY_VERIFY(done);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Loneliness review")),
                 qPrintable(window.windowTitle()));
        const ProjectProperties saved = ProjectProperties::read(*window.project());
        QCOMPARE(saved.question, QStringLiteral("Which factors?"));
        QCOMPARE(saved.authors,
                 (QStringList{QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor")}));
        QCOMPARE(saved.registration, QStringLiteral("PROSPERO CRD42"));
        QCOMPARE(saved.funder, QStringLiteral("The Fund"));
        QCOMPARE(lastAction(*window.project()), QStringLiteral("project.properties"));

        // A reviewer reads them and cannot save.
        ui::ProjectPropertiesDialog readOnly(*window.project(), m_ben, &window);
        QVERIFY(!readOnly.canEdit());
        QVERIFY(readOnly.nameField()->isReadOnly());
        QCOMPARE(readOnly.nameField()->text(), QStringLiteral("Loneliness review"));
        QVERIFY(!readOnly.buttons()->button(QDialogButtonBox::Ok));
    }

    void viewer_cannotVoteInTheScreeningWindow()
    {
        const QString path = build();
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(opened.ok());
        Project &project = *opened.value();
        ui::ScreeningView view(project, m_vera);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_I);
        auto *status = view.findChild<QLabel *>(QStringLiteral("statusText"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("Vera Viewer is a viewer")),
                 qPrintable(status->text()));
        QSqlQuery q(project.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM screening_decision")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void codebook_readableByAReviewer()
    {
        const QString path = build();
        ui::MainWindow window;
        QVERIFY(window.openProject(path).ok());
        window.setCurrentReviewer(m_ben);
        window.show();
        QAction *action = window.findChild<QAction *>(QStringLiteral("codebookEditorAction"));
        QVERIFY(action);
        bool done = false;
        whenShown<ui::CodebookViewer>(
            [](ui::CodebookViewer *v) {
                QVERIFY(v->browser()->isReadOnly());
                QVERIFY(!v->browser()->toPlainText().isEmpty());
                v->reject();
            },
            &done);
        action->trigger();
        QTRY_VERIFY(done);
    }
};

QTEST_MAIN(MembersDialogTest)
#include "tst_membersdialog.moc"
