// The screening view as a reviewer uses it: by keyboard alone, with undo, blind, at both stages.
#include "messageboxanswer.h"
#include "pdf/pdfviewer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "ranking/rankingpanel.h"
#include "records/recordstore.h"
#include "screening/conflictsview.h"
#include "screening/exclusionreasonstore.h"
#include "screening/highlighttermstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstats.h"
#include "screening/screeningstore.h"
#include "screening/screeningview.h"
#include "team/blinding.h"
#include "team/changewatcher.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace evimap;

namespace {

constexpr auto TA = ScreeningStage::TitleAbstract;
constexpr auto FT = ScreeningStage::FullText;

// A small PDF with real text, written with Qt.
bool writePdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRect(60, 60, 470, 700), Qt::TextWordWrap, pages.at(i));
    }
    return painter.end();
}

// Presses keys as a keyboard would: into whatever has the focus.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

} // namespace

class ScreeningViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;
    QList<qint64> m_records;
    qint64 m_lead = 0, m_ann = 0;
    QList<qint64> m_reasons;
    std::unique_ptr<ui::ScreeningView> m_view;

    // Ann at full text on record 3 (included at title/abstract), its two-page PDF shown, the
    // keys with the decisions.
    ui::ScreeningView &fullTextWithPdf()
    {
        ScreeningStore store(*m_project);
        for (int i : {2, 3})
            (void)store.setDecision(m_records[i], TA, m_lead,
                                    DecisionInput{Decision::Include, 0, {}});
        const QString folder = m_project->attachmentDirectory();
        QDir().mkpath(folder);
        const QString pdf = QDir(folder).filePath("study3.pdf");
        writePdf(pdf, {"Loneliness and social anxiety in students.",
                       "Mice were not studied. Loneliness again."});
        QSqlQuery q(m_project->database());
        q.prepare(
            "INSERT INTO attachment(uuid, record_id, file_path, file_sha256, page_count, added_at) "
            "VALUES ('u1', ?, ?, 'x', 2, '2025-01-01')");
        q.addBindValue(m_records[2]);
        q.addBindValue(QDir(QFileInfo(m_project->filePath()).absolutePath()).relativeFilePath(pdf));
        q.exec();
        m_view = std::make_unique<ui::ScreeningView>(*m_project, m_ann);
        m_view->setOrder(ScreeningSession::Order::ImportOrder);
        m_view->setStage(FT);
        m_view->resize(1300, 850);
        m_view->show();
        (void)QTest::qWaitForWindowActive(m_view.get());
        m_view->setFocus();
        return *m_view;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created =
            Project::create(path, QStringLiteral("Screening test"));
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        Reviewers people(*m_project);
        m_lead = people.add("Lena Lead", "LL")->id;
        m_ann = people.add("Ann Able", "AA")->id;
        RecordStore records(m_project->database());
        m_records.clear();
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        for (int i = 1; i <= 12; ++i) {
                            Record r;
                            r.title = QStringLiteral("Loneliness study %1 <b>not bold</b>").arg(i);
                            r.abstract = QStringLiteral("Background: loneliness in older adults. "
                                                        "Methods: mice were not involved (%1).")
                                             .arg(i);
                            r.authors = {QStringLiteral("Able, Ann"), QStringLiteral("Best, Ben")};
                            r.year = 2020 + i % 5;
                            r.container = QStringLiteral("Journal of Connection");
                            r.sourceRecordNo = i;
                            if (Status s = records.insert(r, 0); !s)
                                return s;
                            m_records.append(r.id);
                        }
                        return {};
                    })
                    .ok());
        ScreeningStore store(*m_project);
        m_reasons = {
            ExclusionReasonStore(store.project()).addReason("Not about loneliness", m_lead)->id,
            ExclusionReasonStore(store.project()).addReason("Animal study", m_lead)->id};
        QVERIFY(HighlightTermStore(store.project())
                    .addHighlightTerm("lonel*", HighlightKind::Include, m_lead)
                    .ok());
        QVERIFY(HighlightTermStore(store.project())
                    .addHighlightTerm("mice", HighlightKind::Exclude, m_lead)
                    .ok());
        ScreeningSettings settings = ScreeningSettings::read(*m_project);
        settings.criteria = QStringLiteral("Include: psychological factors of loneliness.");
        QVERIFY(settings.write(*m_project).ok());
    }

    void cleanup()
    {
        m_view.reset();
        m_project.reset();
    }

    void readingArea_followsALightOrDarkDesktop()
    {
        const QPalette light = QApplication::palette();
        ui::ScreeningView view(*m_project, m_ann);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.recordBrowser()->styleSheet().contains(QStringLiteral("#fbfaf7")));

        // A dark desktop: the window palette turns dark, and so do the paper and the PDF desk.
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QTRY_VERIFY2(view.recordBrowser()->styleSheet().contains(QStringLiteral("#22211e")),
                     qPrintable(view.recordBrowser()->styleSheet()));
        QVERIFY(view.pdfViewer()->findChild<QScrollArea *>()->viewport()->styleSheet().contains(
            QStringLiteral("#3a3935")));
        // The record is still shown, its keywords still highlighted.
        QVERIFY(view.recordBrowser()->toPlainText().contains(QStringLiteral("Loneliness study")));
        QVERIFY(view.recordBrowser()->toHtml().contains(QStringLiteral("background-color")));

        QApplication::setPalette(light);
        QTRY_VERIFY(view.recordBrowser()->styleSheet().contains(QStringLiteral("#fbfaf7")));
    }

    void changesElsewhere_arriveWithoutMovingTheReviewer()
    {
        ui::ScreeningView view(*m_project, m_ann);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.session()->goToRecord(m_records.at(3)));
        auto *note = view.findChild<QLineEdit *>(QStringLiteral("noteField"));
        QVERIFY(note);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("half a thought"));
        QVERIFY(!view.recordBrowser()->toHtml().contains(QStringLiteral("older adults</span>")));

        ProjectChangeWatcher watcher(*m_project);
        watcher.setInterval(20);
        connect(&watcher, &ProjectChangeWatcher::changedElsewhere, &view,
                &ui::ScreeningView::refreshFromElsewhere);
        watcher.start();
        // The lead, in another EviMap on the same file: a keyword, a reason, new criteria.
        {
            Result<std::unique_ptr<Project>> other = Project::open(m_project->filePath());
            QVERIFY(other.ok());
            ScreeningStore store(*other.value());
            QVERIFY(HighlightTermStore(store.project())
                        .addHighlightTerm("older adults", HighlightKind::Include, m_lead)
                        .ok());
            QVERIFY(
                ExclusionReasonStore(store.project()).addReason("Wrong population", m_lead).ok());
            ScreeningSettings settings = ScreeningSettings::read(*other.value());
            settings.criteria = QStringLiteral("Include: adults of any age.");
            QVERIFY(settings.write(*other.value()).ok());
        }
        QTRY_VERIFY(view.findChild<QPushButton *>(QStringLiteral("reason3")));
        QVERIFY(view.recordBrowser()->toHtml().contains(QStringLiteral("older adults</span>")));
        auto *criteria = view.findChild<QTextBrowser *>(QStringLiteral("criteriaText"));
        QVERIFY(criteria);
        QVERIFY(criteria->toPlainText().contains(QStringLiteral("adults of any age")));
        // Not moved: the same record, the note as typed, still being typed.
        QCOMPARE(view.session()->currentItem()->record.id, m_records.at(3));
        QCOMPARE(note->text(), QStringLiteral("half a thought"));
        QVERIFY(note->hasFocus());
    }

    void tenRecordsByKeyboardWithUndo()
    {
        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.resize(1300, 850);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QCOMPARE(view.session()->currentRecordId(), m_records[0]);

        // The keys are on screen, the criteria beside the record, the keywords highlighted.
        const QString keys = view.findChild<QLabel *>("keyHints")->text();
        for (const char *k : {"include", "exclude", "unsure", "next", "previous", "undo"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        QVERIFY(view.findChild<QTextBrowser *>("criteriaText")
                    ->toPlainText()
                    .contains("psychological factors"));
        const QString html = view.recordBrowser()->toHtml();
        QVERIFY(html.contains("#d9efdc")); // include tint on "Loneliness"
        QVERIFY(html.contains("#f6dcdc")); // exclude tint on "mice"
        QVERIFY(view.recordBrowser()->toPlainText().contains("<b>not bold</b>")); // escaped

        press(Qt::Key_I); // 1 include
        QCOMPARE(view.session()->currentRecordId(), m_records[1]);
        press(Qt::Key_E); // 2 exclude
        press(Qt::Key_U); // 3 unsure
        press(Qt::Key_2); // 4 exclude, reason 2
        press(Qt::Key_I); // 5 include ...
        QCOMPARE(view.session()->currentRecordId(), m_records[5]);
        press(Qt::Key_Z, Qt::ControlModifier); // ... undone: back on 5, no decision
        QCOMPARE(view.session()->currentRecordId(), m_records[4]);
        QVERIFY(!ScreeningStore(*m_project).decision(m_records[4], TA, m_ann).has_value());
        press(Qt::Key_E);     // 5 exclude
        press(Qt::Key_Right); // skip 6
        QCOMPARE(view.session()->currentRecordId(), m_records[6]);
        press(Qt::Key_I);    // 7 include
        press(Qt::Key_Left); // back to 7
        press(Qt::Key_P);    // back to 6
        QCOMPARE(view.session()->currentRecordId(), m_records[5]);
        press(Qt::Key_U); // 6 unsure; the next undecided is 8
        QCOMPARE(view.session()->currentRecordId(), m_records[7]);
        press(Qt::Key_I); // 8 include
        press(Qt::Key_N); // skip 9 ...
        press(Qt::Key_P); // ... and come back
        press(Qt::Key_E); // 9 exclude
        // 10: a note, then exclude with reason 1; undo and redo it.
        press(Qt::Key_T);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("noteField"));
        type("check population");
        press(Qt::Key_Return); // no decision yet: the note waits for one, focus comes back
        QCOMPARE(QApplication::focusWidget(), &view);
        press(Qt::Key_1);
        QCOMPARE(view.session()->currentRecordId(), m_records[10]);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view.session()->currentRecordId(), m_records[9]);
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);

        // The database holds exactly these ten decisions.
        QSqlQuery q(m_project->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT record_id, decision, coalesce(reason_id, 0), note FROM "
                                  "screening_decision WHERE reviewer_id = %1 AND stage = 'ta' "
                                  "ORDER BY record_id")
                       .arg(m_ann)));
        QStringList got;
        while (q.next())
            got << QStringLiteral("%1 %2 %3 %4")
                       .arg(m_records.indexOf(q.value(0).toLongLong()) + 1)
                       .arg(q.value(1).toString())
                       .arg(m_reasons.indexOf(q.value(2).toLongLong()) + 1)
                       .arg(q.value(3).toString())
                       .trimmed();
        const QStringList expected{"1 include 0", "2 exclude 0",
                                   "3 unsure 0",  "4 exclude 2",
                                   "5 exclude 0", "6 unsure 0",
                                   "7 include 0", "8 include 0",
                                   "9 exclude 0", "10 exclude 1 check population"};
        QCOMPARE(got, expected);
        QCOMPARE(view.session()->doneCount(), 10);
        QVERIFY2(view.progressText().contains("10 done · 2 remaining"),
                 qPrintable(view.progressText()));
        QVERIFY(QSqlQuery(m_project->database()).exec("SELECT 1"));
        QSqlQuery total(m_project->database());
        QVERIFY(total.exec("SELECT count(*) FROM screening_decision"));
        QVERIFY(total.next());
        QCOMPARE(total.value(0).toInt(), 10);
    }

    void blind_otherReviewersHidden()
    {
        ScreeningSettings s = ScreeningSettings::read(*m_project);
        s.reviewersRequired = 2;
        QVERIFY(s.write(*m_project).ok());
        ScreeningStore store(*m_project);
        QVERIFY(store
                    .setDecision(m_records[0], TA, m_lead,
                                 DecisionInput{Decision::Exclude, 0, "not relevant"})
                    .ok());
        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        const QString others = view.findChild<QLabel *>("otherDecisions")->text();
        QVERIFY2(others.contains("Blind"), qPrintable(others));
        QVERIFY(!others.contains("not relevant"));
        // Once Ann decides the same, the record is settled and the others' decisions show.
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        press(Qt::Key_E);
        press(Qt::Key_P);
        const QString after = view.findChild<QLabel *>("otherDecisions")->text();
        QVERIFY2(after.contains("Lena Lead") && after.contains("not relevant"), qPrintable(after));
        QVERIFY(after.contains("Settled"));
    }

    void fullText_needsAReasonAndShowsThePdf()
    {
        ScreeningStore store(*m_project);
        QVERIFY(store.setDecision(m_records[2], TA, m_lead, DecisionInput{Decision::Include, 0, {}})
                    .ok());
        QVERIFY(store.setDecision(m_records[3], TA, m_lead, DecisionInput{Decision::Include, 0, {}})
                    .ok());
        // A PDF attached to record 3.
        const QString folder = m_project->attachmentDirectory();
        QVERIFY(QDir().mkpath(folder));
        const QString pdf = QDir(folder).filePath("study3.pdf");
        QVERIFY(writePdf(pdf,
                         {"Loneliness and social anxiety in students.", "Mice were not studied."}));
        QSqlQuery q(m_project->database());
        q.prepare(
            "INSERT INTO attachment(uuid, record_id, file_path, file_sha256, page_count, added_at) "
            "VALUES ('u1', ?, ?, 'x', 2, '2025-01-01')");
        q.addBindValue(m_records[2]);
        q.addBindValue(QDir(QFileInfo(m_project->filePath()).absolutePath()).relativeFilePath(pdf));
        QVERIFY(q.exec());

        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.setStage(FT);
        view.resize(1300, 850);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QCOMPARE(view.session()->count(), 2);
        QCOMPARE(view.session()->currentRecordId(), m_records[2]);
        QVERIFY(view.pdfViewer()->isOpen());
        QCOMPARE(view.pdfViewer()->pageCount(), 2);
        QCOMPARE(view.findChild<QStackedWidget *>()->currentWidget(), view.pdfViewer());
        // Keywords are highlighted in the PDF too.
        QVERIFY(!view.pdfViewer()->keywordHighlights(0).isEmpty());
        QCOMPARE(view.pdfViewer()->keywordHighlights(1).first().second, HighlightKind::Exclude);

        // E alone is not enough at full text; a reason number is.
        press(Qt::Key_E);
        QVERIFY(!store.decision(m_records[2], FT, m_ann).has_value());
        QVERIFY(view.findChild<QLabel *>("statusText")->text().contains("reason"));
        press(Qt::Key_2);
        QCOMPARE(store.decision(m_records[2], FT, m_ann)->reasonId, m_reasons[1]);
        // The next record has no PDF: it can be marked not retrieved, and undone.
        QCOMPARE(view.session()->currentRecordId(), m_records[3]);
        QVERIFY(!view.pdfViewer()->isOpen());
        press(Qt::Key_R);
        QCOMPARE(store.result(m_records[3], FT)->result, ResultKind::NotRetrieved);
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!store.result(m_records[3], FT).has_value());

        // Attach a PDF to it: copied into the project's folder, recorded, shown.
        const QString found = m_dir.filePath("found-later.pdf");
        QVERIFY(writePdf(found, {"Loneliness, found later."}));
        const Status attached = view.attachPdfFile(found);
        QVERIFY2(attached.ok(), qPrintable(attached.errorString()));
        QVERIFY(view.pdfViewer()->isOpen());
        QCOMPARE(view.pdfViewer()->pageCount(), 1);
        QVERIFY(view.pdfViewer()->filePath().startsWith(m_project->attachmentDirectory()));
        QSqlQuery a(m_project->database());
        a.prepare("SELECT file_path, length(file_sha256) FROM attachment WHERE record_id = ?");
        a.addBindValue(m_records[3]);
        QVERIFY(a.exec() && a.next());
        QVERIFY(!QFileInfo(a.value(0).toString()).isAbsolute());
        QCOMPARE(a.value(1).toInt(), 64);
    }

    void conflicts_leadSettlesByKeyboard()
    {
        ScreeningSettings s = ScreeningSettings::read(*m_project);
        s.reviewersRequired = 2;
        QVERIFY(s.write(*m_project).ok());
        ScreeningStore store(*m_project);
        const qint64 ben = Reviewers(*m_project).add("Ben Best", "BB")->id;
        QVERIFY(
            store.setDecision(m_records[0], TA, m_ann, DecisionInput{Decision::Include, 0, "fits"})
                .ok());
        QVERIFY(store
                    .setDecision(m_records[0], TA, ben,
                                 DecisionInput{Decision::Exclude, m_reasons[0], {}})
                    .ok());

        // While screening is blind the list is the lead's: it would show Ben's vote to Ann.
        ui::ConflictsView notLead(*m_project, m_ann);
        QCOMPARE(notLead.conflictCount(), 0);
        QVERIFY(!notLead.settleSelected(ResultKind::Include).ok());

        ui::ConflictsView view(*m_project, m_lead);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QCOMPARE(view.conflictCount(), 1);
        const QString details = view.findChild<QTextBrowser *>("conflictDetails")->toPlainText();
        QVERIFY(details.contains("Ann Able") && details.contains("Ben Best") &&
                details.contains("fits") && details.contains("Not about loneliness"));
        view.findChild<QWidget *>("conflictTable")->setFocus();
        press(Qt::Key_I);
        QCOMPARE(view.conflictCount(), 0);
        QCOMPARE(store.result(m_records[0], TA)->settledBy, m_lead);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view.conflictCount(), 1);
        QVERIFY(!store.result(m_records[0], TA).has_value());
    }

    void settled_lockedForReviewers_theLeadReopensAfterConfirming()
    {
        // Both reviewers included the record at full text and it was coded.
        ScreeningSettings settings = ScreeningSettings::read(*m_project);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(*m_project).ok());
        ScreeningStore store(*m_project);
        const qint64 ben = Reviewers(*m_project).add("Ben Best", "BB")->id;
        const qint64 rec = m_records[0];
        for (const ScreeningStage stage : {TA, FT}) {
            for (const qint64 who : {m_ann, ben})
                QVERIFY(store.setDecision(rec, stage, who, DecisionInput{Decision::Include, 0, {}})
                            .ok());
        }
        QCOMPARE(store.result(rec, FT)->result, ResultKind::Include);
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec("INSERT INTO code(uuid, label) VALUES ('d', 'Psychological factor')"));
        QVERIFY(q.exec("INSERT INTO code(uuid, parent_id, label) VALUES ('c', 1, 'Shame')"));
        for (const qint64 who : {m_ann, ben})
            QVERIFY(q.exec(QStringLiteral("INSERT INTO coding(uuid, record_id, code_id, "
                                          "reviewer_id, coded_at) VALUES ('k%1', %2, 2, %1, "
                                          "'2025-01-01')")
                               .arg(who)
                               .arg(rec)));

        // Ben presses U: his vote is locked, and his window says so.
        ui::ScreeningView view(*m_project, ben);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.setStage(FT);
        view.resize(1300, 850);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QVERIFY(view.session()->goToRecord(rec));
        press(Qt::Key_U);
        QCOMPARE(store.decision(rec, FT, ben)->decision, Decision::Include);
        QCOMPARE(store.result(rec, FT)->result, ResultKind::Include);
        QCOMPARE(view.session()->currentRecordId(), rec);
        auto *locked = view.findChild<QLabel *>("lockedNotice");
        QVERIFY(locked);
        QVERIFY(locked->isVisible());
        QCOMPARE(locked->text(), QStringLiteral("Settled — ask the lead to reopen."));
        QVERIFY2(view.findChild<QLabel *>("statusText")->text().contains("ask the lead to reopen"),
                 qPrintable(view.findChild<QLabel *>("statusText")->text()));

        // The lead reopens it, asked first with what changes; Enter keeps it settled.
        ui::ScreeningView lead(*m_project, m_lead);
        lead.setOrder(ScreeningSession::Order::ImportOrder);
        lead.setStage(FT);
        lead.resize(1300, 850);
        lead.show();
        QVERIFY(QTest::qWaitForWindowActive(&lead));
        lead.setFocus();
        QVERIFY(lead.session()->goToRecord(rec));
        QVERIFY(lead.findChild<QPushButton *>("reopenButton")->isVisible());
        QString question, details, defaultButton;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            details = box->informativeText();
            defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
            QTest::keyClick(box, Qt::Key_Return);
        });
        press(Qt::Key_O);
        QVERIFY2(question.contains(QStringLiteral("Reopen record %1 at full text").arg(rec)),
                 qPrintable(question));
        QVERIFY2(details.contains("Included at full text: 1 → 0"), qPrintable(details));
        QVERIFY2(details.contains("2 codings by 2 coders kept, but off the map until it is "
                                  "settled again"),
                 qPrintable(details));
        QCOMPARE(defaultButton, QStringLiteral("Cancel"));
        QVERIFY(store.result(rec, FT).has_value());

        QString asked;
        QApplication::setActiveWindow(&lead);
        QVERIFY(QTest::qWaitForWindowActive(&lead));
        lead.setFocus();
        test::answerNextMessageBox("Reopen", &asked);
        press(Qt::Key_O);
        QVERIFY(!asked.isEmpty());
        QVERIFY(!store.result(rec, FT).has_value());
        QSqlQuery audit(m_project->database());
        QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'screening.reopen' AND record_id = %1 AND "
                                          "reviewer_id = %2")
                               .arg(rec)
                               .arg(m_lead)));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);

        // Ben's vote is free again: unsure now goes to the lead as a conflict.
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        press(Qt::Key_U);
        QCOMPARE(store.decision(rec, FT, ben)->decision, Decision::Unsure);
        QCOMPARE(store.conflicts(FT).size(), 1);
        QVERIFY(!locked->isVisible() || view.session()->currentRecordId() != rec);
    }

    void notRetrieved_movesOnLikeTheOtherKeys_andTakesNoInclude()
    {
        ScreeningStore store(*m_project);
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                store.setDecision(m_records[i], TA, m_lead, DecisionInput{Decision::Include, 0, {}})
                    .ok());
        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.setStage(FT);
        view.resize(1300, 850);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QCOMPARE(view.session()->currentRecordId(), m_records[0]);
        press(Qt::Key_R);
        QCOMPARE(store.result(m_records[0], FT)->result, ResultKind::NotRetrieved);
        QCOMPARE(view.session()->currentRecordId(), m_records[1]); // moved on, as I, E and U do

        // Back on it, I records nothing: the record waits for its PDF or for the mark to go.
        press(Qt::Key_P);
        QCOMPARE(view.session()->currentRecordId(), m_records[0]);
        press(Qt::Key_I);
        QVERIFY(!store.decision(m_records[0], FT, m_ann).has_value());
        QCOMPARE(store.result(m_records[0], FT)->result, ResultKind::NotRetrieved);
        QVERIFY(!view.findChild<QLabel *>("myDecision")->text().contains("Include"));
        QVERIFY2(view.findChild<QLabel *>("statusText")->text().contains("not retrieved"),
                 qPrintable(view.findChild<QLabel *>("statusText")->text()));
        Result<ScreeningStats> stats =
            ScreeningStats::compute(*m_project, Blinding(*m_project, Blinding::Unrestricted));
        QVERIFY(stats.ok());
        QCOMPARE(stats->fullText.included, 0);
        QCOMPARE(stats->fullText.notRetrieved, 1);
    }

    void undo_bringsBackTheNoteTypedWithTheDecision()
    {
        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.resize(1300, 850);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        press(Qt::Key_T);
        type("check the population");
        press(Qt::Key_Return); // kept for the decision; the keys are the record's again
        press(Qt::Key_1);
        QCOMPARE(view.session()->currentRecordId(), m_records[1]);
        ScreeningStore store(*m_project);
        QCOMPARE(store.decision(m_records[0], TA, m_ann)->note,
                 QStringLiteral("check the population"));

        // Undone: no decision, and the note is back in its field, not lost.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view.session()->currentRecordId(), m_records[0]);
        QVERIFY(!store.decision(m_records[0], TA, m_ann).has_value());
        auto *note = view.findChild<QLineEdit *>("noteField");
        QCOMPARE(note->text(), QStringLiteral("check the population"));
        // Deciding again keeps it with the decision.
        press(Qt::Key_U);
        QCOMPARE(store.decision(m_records[0], TA, m_ann)->note,
                 QStringLiteral("check the population"));
    }

    void pdfViewer_searchZoomSelectCopy()
    {
        const QString pdf = m_dir.filePath("viewer.pdf");
        QVERIFY(writePdf(pdf, {"Social anxiety predicts loneliness.", "Nothing here.",
                               "Anxiety again, and loneliness."}));
        ui::PdfViewer viewer;
        viewer.resize(800, 900);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(viewer.open(pdf).ok());
        QCOMPARE(viewer.pageCount(), 3);
        QCOMPARE(viewer.currentPage(), 0);

        QCOMPARE(viewer.search("anxiety"), 2); // case-insensitive, every page
        QCOMPARE(viewer.searchHits(0).size(), 1);
        QCOMPARE(viewer.searchHits(1).size(), 0);
        viewer.findNext();
        QCOMPARE(viewer.currentHit(), 1);
        QCOMPARE(viewer.search("not in the text"), 0);

        viewer.setHighlightRules({{"lonel*", HighlightKind::Include}});
        QCOMPARE(viewer.keywordHighlights(0).size(), 1);
        QCOMPARE(viewer.keywordHighlights(1).size(), 0);

        // Pages are rendered at the screen's pixel ratio and the zoom.
        viewer.setZoom(1.0);
        const QImage one = viewer.renderedPage(0);
        QCOMPARE(one.devicePixelRatio(), viewer.devicePixelRatioF());
        // A4 is 595 points wide: 793 logical pixels at 96 per inch.
        QVERIFY(qAbs(one.width() / one.devicePixelRatio() - 595 * 96.0 / 72.0) < 2);
        viewer.zoomIn();
        QVERIFY(viewer.zoom() > 1.1);
        QVERIFY(viewer.renderedPage(0).width() > one.width());
        viewer.setZoom(100);
        QCOMPARE(viewer.zoom(), ui::PdfViewer::maxZoom);

        viewer.setCurrentPage(2);
        QCOMPARE(viewer.currentPage(), 2);
        viewer.previousPage();
        QCOMPARE(viewer.currentPage(), 1);

        // Select the first line of page 1 and copy it.
        viewer.selectArea(0, QRectF(40, 40, 520, 60));
        QVERIFY2(viewer.selectedText().contains("Social anxiety"),
                 qPrintable(viewer.selectedText()));
        viewer.copySelection();
        QVERIFY(QApplication::clipboard()->text().contains("loneliness"));
    }

    // --- The keyboard never turns typing into decisions ---

    // At full text, with a PDF: Ctrl+F puts the keys in "Find in PDF" wherever they are, and
    // the letters typed next are a search, never a decision ("a" used to open Attach PDF).
    void fullText_ctrlFFindsInThePdf_andLettersTypeThere()
    {
        ui::ScreeningView &view = fullTextWithPdf();
        QLineEdit *find = view.pdfViewer()->searchField();
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find->hasFocus());
        // Had "a" reached the decision keys, it would have opened the file dialog: say so.
        bool dialogOpened = false;
        QTimer::singleShot(0, &view, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialogOpened = true;
                modal->close();
            }
        });
        type("anxiety");
        QCOMPARE(find->text(), QStringLiteral("anxiety"));
        QVERIFY(!dialogOpened);
        QVERIFY(!ScreeningStore(*m_project).decision(m_records[2], FT, m_ann).has_value());
        QVERIFY2(view.keyModeText().contains("Find in PDF"), qPrintable(view.keyModeText()));

        // From the note too.
        view.setFocus();
        press(Qt::Key_T);
        QVERIFY(view.findChild<QLineEdit *>("noteField")->hasFocus());
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find->hasFocus());
    }

    // Enter in the find box finds the next hit; Esc hands the keys back to the decisions.
    void fullText_enterFindsNext_escGivesTheKeysBack()
    {
        ui::ScreeningView &view = fullTextWithPdf();
        press(Qt::Key_F, Qt::ControlModifier);
        type("loneliness");
        press(Qt::Key_Return);
        QCOMPARE(view.pdfViewer()->searchHitCount(), 2);
        QCOMPARE(view.pdfViewer()->currentHit(), 0);
        press(Qt::Key_Return);
        QCOMPARE(view.pdfViewer()->currentHit(), 1);
        QVERIFY(view.pdfViewer()->searchField()->hasFocus());
        press(Qt::Key_Escape);
        QVERIFY(view.hasFocus());
        QCOMPARE(view.keyModeText(), QStringLiteral("Keys: decisions"));
        press(Qt::Key_U);
        QCOMPARE(ScreeningStore(*m_project).decision(m_records[2], FT, m_ann)->decision,
                 Decision::Unsure);
    }

    // While the note or the page number has the keys, I, E, U and the digits type text; the
    // bottom line says which mode is on.
    void typingInAField_neverDecides_andTheLineSaysSo()
    {
        ui::ScreeningView &view = fullTextWithPdf();
        QCOMPARE(view.keyModeText(), QStringLiteral("Keys: decisions"));
        press(Qt::Key_T);
        type("ieu12");
        QCOMPARE(view.findChild<QLineEdit *>("noteField")->text(), QStringLiteral("ieu12"));
        QVERIFY2(view.keyModeText().contains("Note"), qPrintable(view.keyModeText()));
        press(Qt::Key_Escape);
        QCOMPARE(view.keyModeText(), QStringLiteral("Keys: decisions"));

        auto *page = view.pdfViewer()->findChild<QSpinBox *>("pdfPage");
        QVERIFY(page);
        page->setFocus();
        QVERIFY2(view.keyModeText().contains("Page"), qPrintable(view.keyModeText()));
        press(Qt::Key_2);
        press(Qt::Key_1);
        press(Qt::Key_Escape);
        QVERIFY(view.hasFocus());
        QVERIFY(!ScreeningStore(*m_project).decision(m_records[2], FT, m_ann).has_value());
    }

    // At title and abstract Ctrl+F says where finding works instead of doing nothing.
    void titleAbstract_ctrlFSaysWhereFindingWorks()
    {
        ui::ScreeningView view(*m_project, m_ann);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.hasFocus());
        QVERIFY(view.findChild<QLabel *>("statusText")->text().contains("full-text"));
    }

    // Highlights are not told apart by colour alone.
    void highlights_underlineInclusionTerms_strikeThroughExclusionTerms()
    {
        Record r;
        r.title = QStringLiteral("Loneliness in mice");
        const KeywordHighlighter highlighter(
            {{"lonel*", HighlightKind::Include}, {"mice", HighlightKind::Exclude}});
        const QString html = ui::ScreeningView::recordHtml(r, highlighter);
        QVERIFY2(html.contains("text-decoration:underline;\">Loneliness"), qPrintable(html));
        QVERIFY2(html.contains("text-decoration:line-through;\">mice"), qPrintable(html));

        // In the PDF, the marks are drawn in ink: the exclusion term "mice" struck through.
        const QString pdf = m_dir.filePath("marks.pdf");
        QVERIFY(writePdf(pdf, {"Mice were not studied."}));
        ui::PdfViewer viewer;
        viewer.resize(700, 900);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(viewer.open(pdf).ok());
        viewer.setHighlightRules({{"mice", HighlightKind::Exclude}});
        const QImage shown = viewer.grab().toImage();
        int ink = 0;
        for (int y = 0; y < shown.height(); ++y) {
            for (int x = 0; x < shown.width(); ++x)
                ink += shown.pixel(x, y) == qRgb(0x7d, 0x1f, 0x1f) ? 1 : 0;
        }
        QVERIFY2(ink > 10, qPrintable(QString::number(ink)));
    }

    // The prioritised-screening panel is a pane of the screening window, not a window behind
    // it: shown at title and abstract, hidden at full text where the PDF needs the width, and
    // F9 shows or hides it.
    void rankingPane_besideTheDecisions_F9ShowsAndHidesIt()
    {
        ui::ScreeningView view(*m_project, m_ann);
        ui::RankingPanel *panel = ui::RankingPanel::attachTo(&view, *m_project, m_ann);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QVERIFY(!panel->isWindow());
        QCOMPARE(panel->window(), &view);
        QVERIFY(panel->isVisible());
        press(Qt::Key_F9);
        QVERIFY(!panel->isVisible());
        press(Qt::Key_F9);
        QVERIFY(panel->isVisible());
        view.setStage(FT);
        QVERIFY(!panel->isVisible());
        QTRY_VERIFY(!panel->isTraining());
    }

    void pdfViewer_refusesBrokenFiles()
    {
        const QString broken = m_dir.filePath("broken.pdf");
        QVERIFY(test::writeFile(broken, "%PDF-1.4\nthis is not a PDF at all\n"));
        ui::PdfViewer viewer;
        const Status s = viewer.open(broken);
        QVERIFY(!s.ok());
        QVERIFY(s.errorString().contains("broken.pdf"));
        QVERIFY(!viewer.isOpen());
        QVERIFY(!viewer.open(m_dir.filePath("missing.pdf")).ok());
    }
};

QTEST_MAIN(ScreeningViewTest)
#include "tst_screeningview.moc"
