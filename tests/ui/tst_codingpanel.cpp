// The coding panel, driven by the keyboard alone: filter, apply, a quote from the PDF viewer
// (applyQuote), a single-choice switch, undo, a note, an extraction value, the next record and
// an undo that goes back to the previous record. Every step is checked in the database.
// With EVIMAP_SCREENSHOT set to a file path, the coding window over the demo project is saved
// there (docs/images/coding.png is made this way under Xvfb).
#include "coding/codebook.h"
#include "coding/codebookeditor.h"
#include "coding/codebooktemplate.h"
#include "coding/codingpanel.h"
#include "coding/codingstore.h"
#include "coding/codingwindow.h"
#include "coding/comparisonview.h"
#include "core/clock.h"
#include "import/importjob.h"
#include "messageboxanswer.h"
#include "pdf/pdfviewer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace evimap;
using namespace evimap::ui;

namespace {

qint64 addRecord(Project &project, const QString &title)
{
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral(
        "INSERT INTO record(uuid, title, year, created_at, updated_at) VALUES (?, ?, 2024, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(title);
    q.addBindValue(utcNow());
    q.addBindValue(utcNow());
    return q.exec() ? q.lastInsertId().toLongLong() : 0;
}

void include(Project &project, qint64 record, const QString &stage)
{
    QSqlQuery q(project.database());
    q.prepare(
        QStringLiteral("INSERT INTO screening_result(uuid, record_id, stage, result, settled_at) "
                       "VALUES (?, ?, ?, 'include', ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(record);
    q.addBindValue(stage);
    q.addBindValue(utcNow());
    q.exec();
}

Qt::CheckState shownState(CodingPanel &panel, qint64 codeId)
{
    QAbstractItemModel *model = panel.codeTree()->model();
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(CodingPanel::CodeIdRole).toLongLong() == codeId &&
                !index.data(CodingPanel::DimensionRole).toBool())
                return Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
            pending.append(index);
        }
    }
    return Qt::PartiallyChecked; // not shown
}

} // namespace

class CodingPanelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    // Counts in English, as the program says them ("1 item", not "1 items").
    void initTestCase() { ui::installTranslations(*qApp, QLocale(QLocale::English)); }

    void codesARecordByKeyboardAlone()
    {
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("panel.evimap")));
        QVERIFY(created.ok());
        Project &project = *created.value();
        Reviewers reviewers(project);
        const qint64 lead = reviewers.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        const qint64 ana = reviewers.add(QStringLiteral("Ana Alves"), QStringLiteral("AA"))->id;
        const qint64 ben = reviewers.add(QStringLiteral("Ben Brook"), QStringLiteral("BB"))->id;
        Codebook codebook(project);
        QVERIFY(codebook.applyTemplate(CodebookTemplate::builtIn().value(), lead).ok());
        const qint64 r1 = addRecord(project, QStringLiteral("Group CBT for lonely older adults"));
        const qint64 r2 = addRecord(project, QStringLiteral("Mindfulness app for loneliness"));
        const qint64 r3 = addRecord(project, QStringLiteral("Not included"));
        include(project, r1, QStringLiteral("ta"));
        include(project, r2, QStringLiteral("ta"));
        const qint64 anxiety =
            codebook.resolvePath(QStringLiteral("factor/social-anxiety")).value();
        const qint64 shame = codebook.resolvePath(QStringLiteral("factor/shame")).value();
        const qint64 rct = codebook.resolvePath(QStringLiteral("design/rct")).value();
        const qint64 nonRandomised =
            codebook.resolvePath(QStringLiteral("design/non-randomised-controlled")).value();
        const qint64 sampleSize = codebook.findField(QStringLiteral("sample-size"))->id;
        CodingStore store(project, codebook);
        QVERIFY(store.apply(r1, shame, ben).ok()); // Ben's coding: hidden from Ana (blind)

        CodingPanel panel(project, ana);
        panel.setRecords(store.recordsToCode());
        QCOMPARE(panel.records(), (QList<qint64>{r1, r2}));
        QCOMPARE(panel.recordId(), r1);
        panel.resize(700, 900);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.codeTree()->setFocus();
        QCOMPARE(shownState(panel, shame), Qt::Unchecked);

        // Ctrl+F, type a filter, Down into the tree, Space applies.
        QTest::keyClick(&panel, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel.filterField()->hasFocus());
        QTest::keyClicks(panel.filterField(), QStringLiteral("social anxiety"));
        QTest::keyClick(panel.filterField(), Qt::Key_Down);
        QVERIFY(panel.codeTree()->hasFocus());
        QCOMPARE(panel.currentCodeId(), anxiety);
        QTest::keyClick(panel.codeTree(), Qt::Key_Space);
        QVERIFY(store.coding(r1, anxiety, ana));
        QCOMPARE(shownState(panel, anxiety), Qt::Checked);

        // The PDF viewer's selection fills quote and page of the selected code.
        panel.applyQuote(QStringLiteral("  participants avoided speaking in the group  "), 5);
        std::optional<Coding> quoted = store.coding(r1, anxiety, ana);
        QVERIFY(quoted);
        QCOMPARE(quoted->details.quote,
                 QStringLiteral("participants avoided speaking in the group"));
        QCOMPARE(quoted->details.page, 5);
        QCOMPARE(panel.quoteField()->toPlainText(),
                 QStringLiteral("participants avoided speaking in the group"));
        QCOMPARE(panel.pageField()->value(), 5);

        // A single-choice dimension: RCT, then Down and Space switch to non-randomised.
        QTest::keyClick(&panel, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(panel.filterField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(panel.filterField(), QStringLiteral("RCT"));
        QTest::keyClick(panel.filterField(), Qt::Key_Return);
        QCOMPARE(panel.currentCodeId(), rct);
        QTest::keyClick(panel.codeTree(), Qt::Key_Space);
        QVERIFY(store.coding(r1, rct, ana));
        QTest::keyClick(&panel, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(panel.filterField(), Qt::Key_Escape); // clears the filter, back to the tree
        QVERIFY(panel.codeTree()->hasFocus());
        QCOMPARE(panel.currentCodeId(), rct);
        QTest::keyClick(panel.codeTree(), Qt::Key_Down);
        QCOMPARE(panel.currentCodeId(), nonRandomised);
        QTest::keyClick(panel.codeTree(), Qt::Key_Space);
        QVERIFY(!store.coding(r1, rct, ana));
        QVERIFY(store.coding(r1, nonRandomised, ana));

        // Ctrl+Z: the switch is undone in one step.
        QTest::keyClick(panel.codeTree(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(store.coding(r1, rct, ana));
        QVERIFY(!store.coding(r1, nonRandomised, ana));
        QCOMPARE(shownState(panel, rct), Qt::Checked);
        QCOMPARE(shownState(panel, nonRandomised), Qt::Unchecked);

        // A note on RCT: Up, Tab to quote, page, note; type; Tab commits.
        QTest::keyClick(panel.codeTree(), Qt::Key_Up);
        QCOMPARE(panel.currentCodeId(), rct);
        QTest::keyClick(panel.codeTree(), Qt::Key_Tab);
        QVERIFY(panel.quoteField()->hasFocus());
        QTest::keyClick(panel.quoteField(), Qt::Key_Tab);
        QVERIFY(panel.pageField()->hasFocus());
        QTest::keyClick(panel.pageField(), Qt::Key_Tab);
        QVERIFY(panel.noteField()->hasFocus());
        QTest::keyClicks(panel.noteField(), QStringLiteral("cluster randomised; check with lead"));
        QTest::keyClick(panel.noteField(), Qt::Key_Tab);
        QCOMPARE(store.coding(r1, rct, ana)->details.note,
                 QStringLiteral("cluster randomised; check with lead"));

        // The first extraction field (sample size) is next in the tab order.
        QWidget *size = panel.fieldEditor(sampleSize);
        QVERIFY(size);
        QVERIFY(size->hasFocus());
        QTest::keyClicks(size, QStringLiteral("120"));
        QTest::keyClick(size, Qt::Key_Tab);
        QCOMPARE(store.values(r1, ana).value(sampleSize), QStringLiteral("120"));

        // Ctrl+Enter: the next record, nothing applied there yet.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(panel.recordId(), r2);
        QVERIFY(panel.codeTree()->hasFocus());
        QCOMPARE(shownState(panel, rct), Qt::Unchecked);
        QCOMPARE(shownState(panel, anxiety), Qt::Unchecked);

        // Ctrl+Z undoes the last change, on record 1, and shows record 1 again.
        QTest::keyClick(panel.codeTree(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel.recordId(), r1);
        QVERIFY(!store.values(r1, ana).contains(sampleSize));
        QCOMPARE(store.coding(r1, rct, ana)->details.note,
                 QStringLiteral("cluster randomised; check with lead"));
        // Redo brings it back.
        QTest::keyClick(panel.codeTree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(store.values(r1, ana).value(sampleSize), QStringLiteral("120"));

        // Blind: Ben's code is still not shown to Ana; only Ana's rows were written by her.
        QCOMPARE(shownState(panel, shame), Qt::Unchecked);
        QSqlQuery q(project.database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM coding WHERE reviewer_id = %1").arg(ana)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2); // social anxiety and RCT
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE reviewer_id = %1 AND (action "
                           "LIKE 'coding.%' OR action LIKE 'extraction.%')")
                .arg(ana)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 8);
        Q_UNUSED(r3);
    }

    void extractionField_refusesAnInvalidNumberVisibly_untilFixedOrReverted()
    {
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("fields.evimap")));
        QVERIFY(created.ok());
        Project &project = *created.value();
        Reviewers reviewers(project);
        const qint64 lead = reviewers.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        const qint64 ana = reviewers.add(QStringLiteral("Ana Alves"), QStringLiteral("AA"))->id;
        Codebook codebook(project);
        QVERIFY(codebook.applyTemplate(CodebookTemplate::builtIn().value(), lead).ok());
        const qint64 r1 = addRecord(project, QStringLiteral("Group CBT for lonely older adults"));
        const qint64 r2 = addRecord(project, QStringLiteral("Mindfulness app for loneliness"));
        const qint64 sampleSize = codebook.findField(QStringLiteral("sample-size"))->id;
        CodingStore store(project, codebook);

        CodingPanel panel(project, ana);
        panel.setRecords({r1, r2});
        panel.resize(900, 1000);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *size = qobject_cast<QLineEdit *>(panel.fieldEditor(sampleSize));
        QVERIFY(size);
        auto *message = panel.findChild<QLabel *>(QStringLiteral("codingMessage"));

        // "1a20" is refused where it was typed, and stays there to be corrected.
        size->setFocus();
        QTest::keyClicks(size, QStringLiteral("1a20"));
        QTest::keyClick(size, Qt::Key_Tab);
        QCOMPARE(size->text(), QStringLiteral("1a20"));
        QVERIFY(!store.values(r1, ana).contains(sampleSize));
        QVERIFY2(message->text().contains(QStringLiteral("Record %1").arg(r1)) &&
                     message->text().contains(QStringLiteral("\"1a20\" is not a number")),
                 qPrintable(message->text()));
        QVERIFY(size->styleSheet().contains(QStringLiteral("#b00020")));
        // The record is not left with it: Ctrl+Enter stays, the text kept.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(panel.recordId(), r1);
        QCOMPARE(size->text(), QStringLiteral("1a20"));

        // Corrected: saved, and the error goes.
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("120"));
        QTest::keyClick(size, Qt::Key_Tab);
        QCOMPARE(store.values(r1, ana).value(sampleSize), QStringLiteral("120"));
        QVERIFY(!message->text().contains(QStringLiteral("not a number")));
        QVERIFY(size->styleSheet().isEmpty());

        // Reverted: Esc brings the saved value back.
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("12x"));
        QTest::keyClick(size, Qt::Key_Tab);
        QVERIFY(message->text().contains(QStringLiteral("not a number")));
        size->setFocus();
        QTest::keyClick(size, Qt::Key_Escape);
        QCOMPARE(size->text(), QStringLiteral("120"));
        QVERIFY(!message->text().contains(QStringLiteral("not a number")));
        QCOMPARE(store.values(r1, ana).value(sampleSize), QStringLiteral("120"));

        // An error about this record does not follow the reviewer to the next one.
        panel.codeTree()->setCurrentIndex(QModelIndex());
        panel.applyQuote(QString(), 0);
        QVERIFY(message->text().contains(QStringLiteral("Select a code first")));
        panel.codeTree()->setFocus();
        QTest::keyClick(panel.codeTree(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(panel.recordId(), r2);
        QVERIFY2(!message->text().contains(QStringLiteral("Select a code first")),
                 qPrintable(message->text()));
        QVERIFY(size->text().isEmpty());
    }

    void comparisonView_reconcilesTheLeadsChoice()
    {
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("compare.evimap")));
        QVERIFY(created.ok());
        Project &project = *created.value();
        Reviewers reviewers(project);
        const qint64 lead = reviewers.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        const qint64 ana = reviewers.add(QStringLiteral("Ana Alves"), QStringLiteral("AA"))->id;
        const qint64 ben = reviewers.add(QStringLiteral("Ben Brook"), QStringLiteral("BB"))->id;
        Codebook codebook(project);
        QVERIFY(codebook.applyTemplate(CodebookTemplate::builtIn().value(), lead).ok());
        const qint64 r1 = addRecord(project, QStringLiteral("One"));
        const qint64 r2 = addRecord(project, QStringLiteral("Two"));
        const qint64 cbt = codebook.resolvePath(QStringLiteral("approach/cbt")).value();
        const qint64 group = codebook.resolvePath(QStringLiteral("format/group")).value();
        const qint64 online = codebook.resolvePath(QStringLiteral("setting/online")).value();
        CodingStore store(project, codebook);
        for (qint64 who : {ana, ben}) {
            QVERIFY(store.apply(r1, cbt, who).ok());
            QVERIFY(store.apply(r2, cbt, who).ok());
        }
        QVERIFY(store.apply(r1, group, ana).ok());
        QVERIFY(store.apply(r1, online, ben).ok());

        ComparisonView view(project, lead);
        view.compare(ana, ben);
        QCOMPARE(view.result().differences.size(), 2);
        QTableWidget *table = view.differencesTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, ComparisonView::WhatColumn)->text(),
                 QStringLiteral("Delivery format/Group"));
        QCOMPARE(table->item(0, ComparisonView::FinalColumn)->checkState(),
                 Qt::Checked); // A's answer
        // The lead keeps "online" too and drops nothing else.
        table->item(1, ComparisonView::FinalColumn)->setCheckState(Qt::Checked);
        QVERIFY(view.reconcileAgreed().ok());
        QVERIFY(store.isReconciled(r2));
        QVERIFY(!store.isReconciled(r1));
        // reconcileAgreed refreshed the tables; tick again and reconcile the record.
        table->item(1, ComparisonView::FinalColumn)->setCheckState(Qt::Checked);
        table->selectRow(0);
        QVERIFY(view.reconcileSelected().ok());
        QList<qint64> final;
        for (const Coding &c : store.results(r1))
            final << c.codeId;
        std::sort(final.begin(), final.end());
        QList<qint64> expected{cbt, group, online};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(final, expected);
        QCOMPARE(table->item(0, ComparisonView::StatusColumn)->text(),
                 QStringLiteral("reconciled"));
        QVERIFY(view.summaryLabel()->text().contains(QLatin1String("2 items coded by both")));

        // A reviewer cannot reconcile here.
        ComparisonView notLead(project, ana);
        notLead.compare(ana, ben);
        QVERIFY(!notLead.reconcileSelected().ok());
    }

    void codebookEditor_editedMeanwhileElsewhere_theLeadChooses()
    {
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("editor-conflict.evimap")));
        QVERIFY(created.ok());
        Project &project = *created.value();
        const qint64 lead =
            Reviewers(project).add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        {
            Codebook codebook(project);
            QVERIFY(codebook.applyTemplate(CodebookTemplate::builtIn().value(), lead).ok());
        }
        CodebookEditor editor(project, lead);
        const qint64 shame = editor.codebook().resolvePath(QStringLiteral("factor/shame")).value();
        editor.selectCode(shame);
        auto *definition = editor.findChild<QPlainTextEdit *>(QStringLiteral("codeDefinition"));
        QVERIFY(definition);

        // A second window on the same file renames the code while this one is being edited.
        Result<std::unique_ptr<Project>> other = Project::open(project.filePath());
        QVERIFY(other.ok());
        QVERIFY(
            Codebook(*other.value()).rename(shame, QStringLiteral("Shame (theirs)"), lead).ok());

        // First time: keep theirs. Nothing of this form is written; the form shows their label.
        QString asked;
        auto answer = [&asked](const QString &button) {
            test::answerNextMessageBox(button, &asked);
        };
        definition->setPlainText(QStringLiteral("Mine, take one."));
        answer(QStringLiteral("Keep Theirs"));
        editor.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY2(asked.contains(QStringLiteral("Shame (theirs)")), qPrintable(asked));
        QCOMPARE(Codebook(project).code(shame)->label, QStringLiteral("Shame (theirs)"));
        QVERIFY(Codebook(project).code(shame)->definition != QStringLiteral("Mine, take one."));
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("codeLabel"))->text(),
                 QStringLiteral("Shame (theirs)"));

        // Second time, another change elsewhere: save mine over it.
        QVERIFY(Codebook(*other.value()).rename(shame, QStringLiteral("Shame (again)"), lead).ok());
        definition->setPlainText(QStringLiteral("Mine, take two."));
        answer(QStringLiteral("Save Mine"));
        editor.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY2(asked.contains(QStringLiteral("Shame (again)")), qPrintable(asked));
        const Code stored = *Codebook(project).code(shame);
        QCOMPARE(stored.definition, QStringLiteral("Mine, take two."));
        QCOMPARE(stored.label, QStringLiteral("Shame (theirs)")); // the form's label, as saved
    }

    void codebookEditor_renamesAndRetiresThroughTheForm()
    {
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("editor.evimap")));
        QVERIFY(created.ok());
        Project &project = *created.value();
        const qint64 lead =
            Reviewers(project).add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        const qint64 ana =
            Reviewers(project).add(QStringLiteral("Ana Alves"), QStringLiteral("AA"))->id;
        {
            Codebook codebook(project);
            QVERIFY(codebook.applyTemplate(CodebookTemplate::builtIn().value(), lead).ok());
        }
        const qint64 r1 = addRecord(project, QStringLiteral("One"));
        CodebookEditor editor(project, lead);
        QSignalSpy changed(&editor, &CodebookEditor::codebookChanged);
        QCOMPARE(editor.tree()->topLevelItemCount(), 11);
        const qint64 shame = editor.codebook().resolvePath(QStringLiteral("factor/shame")).value();
        CodingStore store(project, editor.codebook());
        QVERIFY(store.apply(r1, shame, ana).ok());

        editor.selectCode(shame);
        QCOMPARE(editor.selectedCode(), shame);
        auto *label = editor.findChild<QLineEdit *>(QStringLiteral("codeLabel"));
        QCOMPARE(label->text(), QStringLiteral("Shame"));
        label->setText(QStringLiteral("Shame and embarrassment"));
        editor.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Codebook(project).code(shame)->label, QStringLiteral("Shame and embarrassment"));
        QVERIFY(store.coding(r1, shame, ana)); // the coding stays with the renamed code
        QCOMPARE(editor.tree()->currentItem()->text(2), QStringLiteral("1")); // codings column

        // Retiring asks first, naming what it touches.
        QString asked;
        test::answerNextMessageBox(QStringLiteral("Retire"), &asked);
        editor.findChild<QPushButton *>(QStringLiteral("retireButton"))->click();
        QVERIFY2(asked.contains(QStringLiteral("Shame and embarrassment")), qPrintable(asked));
        QVERIFY(Codebook(project).code(shame)->retired);
        QVERIFY(editor.tree()->currentItem()->text(0).endsWith(QStringLiteral("retired")));
        editor.findChild<QPushButton *>(QStringLiteral("retireButton"))->click();
        QVERIFY(!Codebook(project).code(shame)->retired);
        QCOMPARE(changed.count(), 3);
        QSqlQuery q(project.database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE reviewer_id = %1 AND action IN "
                           "('codebook.rename', 'codebook.retire', 'codebook.restore')")
                .arg(lead)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    // The coding window opens with the keys on the codes: the first Down moves through them
    // (it used to switch the record list to "All records"). Ctrl+F finds in the PDF and Enter
    // finds on; Esc in the find box, the quote or the note gives the keys back to the codes;
    // Ctrl+Shift+F filters the codes; F9 folds the record list away and back.
    void codingWindow_keysStartOnTheCodes_ctrlFFindsInThePdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys.evimap"));
        {
            Result<std::unique_ptr<Project>> created = Project::create(path);
            QVERIFY(created.ok());
            Project &project = *created.value();
            const qint64 lead =
                Reviewers(project).add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
            QVERIFY(
                Codebook(project).applyTemplate(CodebookTemplate::builtIn().value(), lead).ok());
            const qint64 r1 = addRecord(project, QStringLiteral("Group CBT for lonely adults"));
            const qint64 r2 = addRecord(project, QStringLiteral("Mindfulness and loneliness"));
            include(project, r1, QStringLiteral("ta"));
            include(project, r2, QStringLiteral("ta"));
            const QString folder = project.attachmentDirectory();
            QVERIFY(QDir().mkpath(folder));
            const QString pdf = QDir(folder).filePath(QStringLiteral("r1.pdf"));
            {
                QPdfWriter writer(pdf);
                writer.setResolution(72);
                QPainter painter(&writer);
                painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
                painter.drawText(QPointF(40, 80), QStringLiteral("The group met weekly."));
            }
            QSqlQuery q(project.database());
            q.prepare(QStringLiteral("INSERT INTO attachment(uuid, record_id, file_path, "
                                     "file_sha256, page_count, added_at) VALUES ('a1', ?, ?, "
                                     "'x', 1, '2025-01-01')"));
            q.addBindValue(r1);
            q.addBindValue(QDir(QFileInfo(path).absolutePath()).relativeFilePath(pdf));
            QVERIFY(q.exec());
        }
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(opened.ok());
        CodingWindow window(std::move(opened.value()), 1);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *tree = window.panel()->codeTree();
        QVERIFY(tree->hasFocus());
        auto *scope = window.findChild<QComboBox *>(QStringLiteral("codingScope"));
        QVERIFY(scope);
        const QModelIndex first = tree->currentIndex();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(scope->currentIndex(), 0); // still "Records to code"
        QVERIFY(tree->currentIndex() != first);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.pdfViewer()->searchField()->hasFocus());
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), window.pdfViewer());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("group"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window.pdfViewer()->searchHitCount(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(tree->hasFocus());

        for (QWidget *field : {static_cast<QWidget *>(window.panel()->noteField()),
                               static_cast<QWidget *>(window.panel()->quoteField())}) {
            field->setFocus();
            QTest::keyClick(field, Qt::Key_Escape);
            QVERIFY2(tree->hasFocus(), qPrintable(field->objectName()));
        }
        QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.panel()->filterField()->hasFocus());

        QVERIFY(window.isRecordListShown());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
        QVERIFY(!window.isRecordListShown());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
        QVERIFY(window.isRecordListShown());
    }

    void codingWindow_onTheDemoProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.evimap"));
        {
            Result<std::unique_ptr<Project>> created =
                Project::create(path, QStringLiteral("Loneliness demo"));
            QVERIFY(created.ok());
            Project &project = *created.value();
            const qint64 lead =
                Reviewers(project).add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
            Codebook codebook(project);
            QVERIFY(codebook.applyTemplate(CodebookTemplate::builtIn().value(), lead).ok());
            Result<ImportSummary> imported = ImportJob::run(
                project, test::sourcePath(QStringLiteral("resources/demo/loneliness-demo.ris")),
                {});
            QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
            for (qint64 id : {1, 2, 4, 6, 7, 9, 10, 12, 13, 14, 16, 17, 18, 19, 21, 22})
                include(project, id, QStringLiteral("ta"));
            CodingStore store(project, codebook);
            auto code = [&](qint64 record, const char *codePath, const CodingDetails &d = {}) {
                QVERIFY(store
                            .apply(record,
                                   codebook.resolvePath(QString::fromLatin1(codePath)).value(),
                                   lead, d)
                            .ok());
            };
            code(1, "approach/cbt",
                 {QStringLiteral("eight weekly group sessions of cognitive behavioural therapy "
                                 "targeting maladaptive social cognition"),
                  4,
                  {}});
            code(1, "factor/negative-social-expectations",
                 {QStringLiteral("challenging the expectation that "
                                 "others will reject them"),
                  5, QStringLiteral("main mechanism")});
            code(1, "format/group");
            code(1, "setting/community-organisation");
            code(1, "country/united-kingdom");
            code(1, "population/older-adults");
            code(1, "design/rct", {{}, 2, {}});
            code(1, "loneliness-outcome/improved",
                 {QStringLiteral("UCLA scores fell by 6.1 points"), 9, {}});
            QVERIFY(store
                        .setValue(1, codebook.findField(QStringLiteral("sample-size"))->id, lead,
                                  QStringLiteral("184"))
                        .ok());
            QVERIFY(store
                        .setValue(1, codebook.findField(QStringLiteral("duration-weeks"))->id, lead,
                                  QStringLiteral("8"))
                        .ok());
            QVERIFY(store
                        .setValue(1, codebook.findField(QStringLiteral("effect-reported"))->id,
                                  lead, QStringLiteral("significant reduction in loneliness"))
                        .ok());
            code(2, "factor/social-anxiety");
            code(4, "approach/mindfulness-based");
        }
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(opened.ok());
        CodingWindow window(std::move(opened.value()), 1);
        QCOMPARE(window.recordList()->count(), 16);
        QVERIFY(window.recordList()->item(0)->text().startsWith(QStringLiteral("✓ #1")));
        const QString shownCode = qEnvironmentVariable(
            "EVIMAP_SCREENSHOT_CODE", QStringLiteral("factor/negative-social-expectations"));
        window.panel()->setCurrentCode(Codebook(window.project()).resolvePath(shownCode).value());
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.panel()->setCurrentCode(Codebook(window.project()).resolvePath(shownCode).value());
        window.panel()->codeTree()->setFocus();
        if (shownCode == QLatin1String("factor/negative-social-expectations"))
            QCOMPARE(window.panel()->quoteField()->toPlainText(),
                     QStringLiteral("challenging the expectation that others will reject them"));
        const QImage image = window.grab().toImage();
        QVERIFY(image.width() >= 1600);
        const QString target = qEnvironmentVariable("EVIMAP_SCREENSHOT");
        if (!target.isEmpty())
            QVERIFY(image.save(target));

        // Text selected in the PDF viewer becomes the quote of the selected code (Ctrl+E).
        const QString pdfPath = m_dir.filePath(QStringLiteral("fulltext.pdf"));
        {
            QPdfWriter writer(pdfPath);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
            painter.drawText(QPointF(40, 80),
                             QStringLiteral("Participants said the group felt safe to speak in."));
            writer.newPage();
            painter.drawText(QPointF(40, 80),
                             QStringLiteral("Loneliness fell by 6.1 points on the UCLA scale."));
        }
        QVERIFY(window.pdfViewer()->open(pdfPath).ok());
        window.findChild<QTabWidget *>()->setCurrentWidget(window.pdfViewer()); // as a reader would
        window.pdfViewer()->setCurrentPage(1);
        QTRY_COMPARE(window.pdfViewer()->currentPage(), 1);
        window.pdfViewer()->selectArea(1, QRectF(0, 0, 595, 300));
        QVERIFY(window.pdfViewer()->selectedText().contains(QLatin1String("6.1 points")));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.panel()->setCurrentCode(
            Codebook(window.project()).resolvePath(QStringLiteral("approach/cbt")).value());
        window.panel()->codeTree()->setFocus();
        QTest::keyClick(window.panel()->codeTree(), Qt::Key_E, Qt::ControlModifier);
        {
            Codebook codebook(window.project());
            const std::optional<Coding> quoted =
                CodingStore(window.project(), codebook)
                    .coding(1, codebook.resolvePath(QStringLiteral("approach/cbt")).value(), 1);
            QVERIFY(quoted);
            QCOMPARE(quoted->details.quote,
                     QStringLiteral("Loneliness fell by 6.1 points on the UCLA scale."));
            QCOMPARE(quoted->details.page, 2);
        }

        window.setShowAllRecords(true);
        QCOMPARE(window.recordList()->count(), 66);
    }
};

QTEST_MAIN(CodingPanelTest)
#include "tst_codingpanel.moc"
