// Destructive actions are never the default in the codebook editor: Enter in an edit field saves
// that edit (it used to retire the whole dimension, Retire being the dialog's default button);
// Retire, Merge and Split ask first, naming what they touch, with Cancel as the default; and
// every change can be undone and redone.
#include "coding/codebook.h"
#include "coding/codebookeditor.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "core/clock.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "testsupport.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>
#include <memory>

using namespace evimap;
using namespace evimap::ui;

namespace {

// Answers the modal dialogs that come up, one after another, in order: each answer gets the
// dialog. What each saw is kept by the answers themselves.
class ModalAnswers final : public QObject
{
public:
    explicit ModalAnswers(QList<std::function<void(QWidget *)>> answers)
        : m_answers(std::move(answers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || m_answers.isEmpty())
                return;
            m_answers.takeFirst()(modal);
        });
        m_timer.start(0);
    }
    bool done() const { return m_answers.isEmpty(); }

private:
    QList<std::function<void(QWidget *)>> m_answers;
    QTimer m_timer;
};

// A confirmation box: keeps its question and details, then clicks `button` (or presses Enter,
// which picks the default button, when `button` is empty).
std::function<void(QWidget *)> confirmation(const QString &button, QString *seen,
                                            QString *defaultButton = nullptr)
{
    return [button, seen, defaultButton](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return;
        *seen = box->text() + QLatin1Char('\n') + box->informativeText();
        if (defaultButton)
            *defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        if (button.isEmpty()) {
            QTest::keyClick(box, Qt::Key_Return);
            return;
        }
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == button)
                b->click();
        }
    };
}

// An input dialog: its text value set, then accepted.
std::function<void(QWidget *)> input(const QString &value)
{
    return [value](QWidget *modal) {
        if (auto *dialog = qobject_cast<QInputDialog *>(modal)) {
            dialog->setTextValue(value);
            dialog->accept();
        }
    };
}

QPushButton *button(QWidget &editor, const QString &text)
{
    for (QPushButton *b : editor.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

int count(Project &project, const QString &sql)
{
    QSqlQuery q(project.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class CodebookEditorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;
    qint64 m_lead = 0;
    qint64 m_factor = 0, m_shame = 0, m_anxiety = 0;

private slots:
    void init()
    {
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("c%1.evimap").arg(++m_counter)));
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        Reviewers reviewers(*m_project);
        m_lead = reviewers.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        const qint64 ana = reviewers.add(QStringLiteral("Ana Alves"), QStringLiteral("AA"))->id;
        const qint64 ben = reviewers.add(QStringLiteral("Ben Brook"), QStringLiteral("BB"))->id;
        Codebook codebook(*m_project);
        QVERIFY(codebook.applyTemplate(CodebookTemplate::builtIn().value(), m_lead).ok());
        m_shame = codebook.resolvePath(QStringLiteral("factor/shame")).value();
        m_factor = codebook.dimensionOf(m_shame);
        m_anxiety = codebook.resolvePath(QStringLiteral("factor/social-anxiety")).value();
        // Three records coded by three coders: shame twice, social anxiety three times.
        CodingStore store(*m_project, codebook);
        QSqlQuery q(m_project->database());
        for (int i = 1; i <= 3; ++i) {
            q.prepare(QStringLiteral("INSERT INTO record(uuid, title, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?)"));
            q.addBindValue(newUuid());
            q.addBindValue(QStringLiteral("Record %1").arg(i));
            q.addBindValue(utcNow());
            q.addBindValue(utcNow());
            QVERIFY(q.exec());
        }
        QVERIFY(store.apply(1, m_shame, ana).ok());
        QVERIFY(store.apply(2, m_shame, ben).ok());
        QVERIFY(store.apply(1, m_anxiety, ana).ok());
        QVERIFY(store.apply(2, m_anxiety, ben).ok());
        QVERIFY(store.apply(3, m_anxiety, m_lead).ok());
    }

    void cleanup() { m_project.reset(); }

    void enterInALabel_savesTheEdit_andRetiresNothing()
    {
        CodebookEditor editor(*m_project, m_lead);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        for (QPushButton *b : editor.findChildren<QPushButton *>())
            QVERIFY2(!b->isDefault(), qPrintable(b->text()));
        editor.selectCode(m_factor);
        auto *label = editor.findChild<QLineEdit *>(QStringLiteral("codeLabel"));
        QVERIFY(label);
        QTest::mouseClick(label, Qt::LeftButton);
        QVERIFY(label->hasFocus());
        QTest::keyClick(label, Qt::Key_End);
        QTest::keyClicks(label, QStringLiteral("s"));
        QTest::keyClick(label, Qt::Key_Return);

        const std::optional<Code> factor = Codebook(*m_project).code(m_factor);
        QCOMPARE(factor->label, QStringLiteral("Psychological factors"));
        QVERIFY(!factor->retired);
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM code WHERE retired = 1")),
                 0);
        QVERIFY(editor.isVisible());
    }

    void retire_asksFirstNamingWhatItTouches_andIsUndone()
    {
        CodebookEditor editor(*m_project, m_lead);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.selectCode(m_factor);
        const int codes = count(
            *m_project, QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT id FROM code WHERE "
                                       "parent_id = %1 UNION ALL SELECT c.id FROM code c JOIN "
                                       "tree t ON c.parent_id = t.id) SELECT count(*) FROM tree")
                            .arg(m_factor));
        QVERIFY(codes > 10);
        const QString touched = QStringLiteral("%1 codes, 5 codings by 3 coders").arg(codes);
        QPushButton *retire = editor.findChild<QPushButton *>(QStringLiteral("retireButton"));
        QVERIFY(retire);

        // Enter in the question keeps the dimension: Cancel is the default.
        QString seen, defaultButton;
        {
            ModalAnswers answers({confirmation(QString(), &seen, &defaultButton)});
            retire->click();
            QVERIFY(answers.done());
        }
        QVERIFY2(seen.contains(QStringLiteral("Retire the dimension “Psychological factor”?")),
                 qPrintable(seen));
        QVERIFY2(seen.contains(touched), qPrintable(seen));
        QCOMPARE(defaultButton, QStringLiteral("Cancel"));
        QVERIFY(!Codebook(*m_project).code(m_factor)->retired);

        {
            ModalAnswers answers({confirmation(QStringLiteral("Retire"), &seen)});
            retire->click();
            QVERIFY(answers.done());
        }
        QVERIFY(Codebook(*m_project).code(m_factor)->retired);

        // Undone (Ctrl+Z), redone, undone again.
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.tree()->setFocus();
        QTest::keyClick(editor.tree(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!Codebook(*m_project).code(m_factor)->retired);
        QTest::keyClick(editor.tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(Codebook(*m_project).code(m_factor)->retired);
        button(editor, QStringLiteral("Undo"))->click();
        QVERIFY(!Codebook(*m_project).code(m_factor)->retired);
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM coding")), 5);
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM audit_log WHERE action "
                                                  "IN ('codebook.undo', 'codebook.redo')")),
                 3);
    }

    void merge_asksFirst_andUndoPutsTheCodingsBack()
    {
        CodebookEditor editor(*m_project, m_lead);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.selectCode(m_shame);
        QString seen;
        const QString target = editor.codebook().labelPath(m_anxiety);
        {
            ModalAnswers answers({input(target), confirmation(QStringLiteral("Merge"), &seen)});
            button(editor, QStringLiteral("Merge into…"))->click();
            QVERIFY(answers.done());
        }
        QVERIFY2(seen.contains(QStringLiteral("1 code, 2 codings by 2 coders move to “Social "
                                              "anxiety”")),
                 qPrintable(seen));
        QCOMPARE(Codebook(*m_project).code(m_shame)->mergedInto, m_anxiety);
        QCOMPARE(
            count(*m_project,
                  QStringLiteral("SELECT count(*) FROM coding WHERE code_id = %1").arg(m_shame)),
            0);

        button(editor, QStringLiteral("Undo"))->click();
        const std::optional<Code> shame = Codebook(*m_project).code(m_shame);
        QVERIFY(!shame->retired);
        QCOMPARE(shame->mergedInto, 0);
        QCOMPARE(
            count(*m_project,
                  QStringLiteral("SELECT count(*) FROM coding WHERE code_id = %1").arg(m_shame)),
            2);
        QCOMPARE(
            count(*m_project,
                  QStringLiteral("SELECT count(*) FROM coding WHERE code_id = %1").arg(m_anxiety)),
            3);

        // Changed elsewhere meanwhile: the redo is refused rather than overwrite it.
        QVERIFY(Codebook(*m_project).rename(m_anxiety, QStringLiteral("Social fear"), m_lead).ok());
        {
            QString warning;
            ModalAnswers answers({confirmation(QStringLiteral("OK"), &warning)});
            button(editor, QStringLiteral("Redo"))->click();
            QVERIFY(answers.done());
            QVERIFY2(warning.contains(QStringLiteral("changed since")), qPrintable(warning));
        }
        QVERIFY(!Codebook(*m_project).code(m_shame)->retired);
    }

    void split_asksFirst_andUndoRemovesTheNewCodes()
    {
        CodebookEditor editor(*m_project, m_lead);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.selectCode(m_shame);
        const int codes = count(*m_project, QStringLiteral("SELECT count(*) FROM code"));
        QString seen;
        {
            ModalAnswers answers({input(QStringLiteral("Shame about being alone\nGuilt")),
                                  confirmation(QStringLiteral("Split"), &seen)});
            button(editor, QStringLiteral("Split…"))->click();
            QVERIFY(answers.done());
        }
        QVERIFY2(seen.contains(QStringLiteral("into 2 codes")), qPrintable(seen));
        QVERIFY2(seen.contains(QStringLiteral("1 code, 2 codings by 2 coders")), qPrintable(seen));
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM code")), codes + 2);
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM coding")), 9);

        button(editor, QStringLiteral("Undo"))->click();
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM code")), codes);
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM coding")), 5);
        QVERIFY(!Codebook(*m_project).code(m_shame)->retired);
        button(editor, QStringLiteral("Redo"))->click();
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM code")), codes + 2);
        QCOMPARE(count(*m_project, QStringLiteral("SELECT count(*) FROM coding")), 9);
    }
};

QTEST_MAIN(CodebookEditorTest)
#include "tst_codebookeditor.moc"
