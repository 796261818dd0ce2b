// Every control a screen reader announces has a name: the test walks the widgets of each main
// window and dialog of a review (on the demo project, as `evimap demo` builds it) and fails on
// any interactive widget without one. A button is named by its text; a field, list, table,
// chart or box by its accessible name or a label that is its buddy, as screen readers read it
// (the text typed in it, or a placeholder, is not a name). Nor does any label show a literal
// "&" (a mnemonic without a buddy: "&Colour:", "Reviewer &A:"). People with lived experience join
// such reviews as co-reviewers; some use screen readers or magnification.
#include "automaticmergesdialog.h"
#include "charts/chartswindow.h"
#include "charts/evidencemapwindow.h"
#include "charts/prismawindow.h"
#include "charts/reportdialog.h"
#include "cli/commandline.h"
#include "coding/codebookeditor.h"
#include "coding/codebookviewer.h"
#include "coding/codingwindow.h"
#include "coding/comparisonview.h"
#include "core/preferences.h"
#include "dedupreviewdialog.h"
#include "export/exportreferencesdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "projectpropertiesdialog.h"
#include "projectwindows.h"
#include "reviewerdialog.h"
#include "screening/conflictsview.h"
#include "screening/screeningview.h"
#include "settingsdialog.h"
#include "team/membersdialog.h"
#include "team/switchreviewerdialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace evimap;

namespace {

// A control a user operates: a button, a field, a box, a list or table, or anything else the
// keyboard reaches by Tab (a text, a chart, a map). A tab widget is its tabs, named by their
// text.
bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QTabWidget *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTabBar *>(w) || (w->focusPolicy() & Qt::TabFocus);
}

// Parts of another control, announced as that control: the field of a box, the header and
// scroll bars of a table, the tab bar of a tab widget, the viewport of a scroll area.
bool isPartOfAnother(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
        qobject_cast<const QTabWidget *>(parent))
        return true;
    if (qobject_cast<const QScrollBar *>(w))
        return true; // a scroll area's (Qt names their buttons and pages)
    const QWidget *grand = parent->parentWidget();
    return qobject_cast<const QAbstractScrollArea *>(parent) ||
           (grand && qobject_cast<const QAbstractScrollArea *>(grand) &&
            qobject_cast<const QAbstractItemView *>(w));
}

// The name a screen reader says for `w`: its accessible name, or the text of a label whose
// buddy it is; a button's or tab's own text.
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return {};
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    // The labels whose buddy it is (QAccessible::Label: "the other is my label").
    const auto labels = iface->relations(QAccessible::Label);
    for (const auto &relation : labels) {
        if (!relation.first->text(QAccessible::Name).isEmpty())
            return relation.first->text(QAccessible::Name);
    }
    // A field's, box's or list's Name may be its value (a combo box's current text): no name.
    const bool holdsValue = qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w) ||
                            qobject_cast<QAbstractSpinBox *>(w) ||
                            qobject_cast<QAbstractScrollArea *>(w) ||
                            qobject_cast<QAbstractSlider *>(w);
    return holdsValue ? QString() : iface->text(QAccessible::Name);
}

QString unnamedControls(QWidget *window)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || !isInteractive(w) || isPartOfAnother(w))
            continue;
        if (spokenName(w).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed.join(QStringLiteral(", "));
}

// Labels that would show their "&" as it is: a mnemonic ("&Colour:") works, and disappears,
// only in a label that is some control's buddy.
QString literalAmpersands(QWidget *window)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    QStringList shown;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        QString text = label->text();
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (!label->isVisibleTo(window) || label->buddy() || rich)
            continue;
        if (text.remove(QStringLiteral("&&")).contains(mnemonic))
            shown << label->text();
    }
    return shown.join(QStringLiteral(", "));
}

} // namespace

class AccessibleNamesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_lead = 0;
    std::unique_ptr<ui::MainWindow> m_window;

    void check(QWidget *window)
    {
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QString unnamed = unnamedControls(window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1: no accessible name for %2")
                                                   .arg(window->windowTitle(), unnamed)));
        const QString ampersands = literalAmpersands(window);
        QVERIFY2(ampersands.isEmpty(), qPrintable(QStringLiteral("%1: labels showing \"&\": %2")
                                                      .arg(window->windowTitle(), ampersands)));
    }

    QWidget *open(const QKeySequence &keys, const QString &kind)
    {
        QApplication::setActiveWindow(m_window.get());
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcut() == keys && a->isEnabled()) {
                a->trigger();
                break;
            }
        }
        return m_window->projectWindows()->find(kind);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The demo project, as `evimap demo` builds it, run in-process.
        QString demoOut, demoErr;
        QTextStream demoOutStream(&demoOut), demoErrStream(&demoErr);
        const int demo = cli::CommandLine(demoOutStream, demoErrStream)
                             .run({"demo", "--output", m_dir.filePath("demo")});
        QVERIFY2(demo == 0, qPrintable(demoErr));
        m_path = m_dir.filePath("demo/demo.evimap");
        Result<std::unique_ptr<Project>> project = Project::open(m_path);
        QVERIFY(project.ok());
        const std::optional<Reviewer> lead = Reviewers(*project.value()).find("Ann Able");
        QVERIFY(lead);
        m_lead = lead->id;
        Preferences::setReviewerForProject(project.value()->uuid(), lead->uuid);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        QVERIFY(m_window->openProject(m_path).ok());
    }

    void cleanupTestCase()
    {
        if (m_window)
            QVERIFY(m_window->closeProject());
    }

    void mainWindow() { check(m_window.get()); }

    void screening_bothStages()
    {
        QWidget *window = open(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "screening");
        check(window);
        auto *view = window->findChild<ui::ScreeningView *>();
        QVERIFY(view);
        view->setStage(ScreeningStage::FullText);
        check(window);
        window->close();
    }

    void coding()
    {
        QWidget *window = open(QKeySequence(Qt::CTRL | Qt::Key_K), "coding");
        check(window);
        window->close();
    }

    void secondaryWindows_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("kind");
        const auto ctrlShift = Qt::CTRL | Qt::SHIFT;
        QTest::newRow("conflicts") << QKeySequence(ctrlShift | Qt::Key_C) << "conflicts";
        QTest::newRow("statistics") << QKeySequence(ctrlShift | Qt::Key_A) << "statistics";
        QTest::newRow("evidence map") << QKeySequence(ctrlShift | Qt::Key_M) << "map";
        QTest::newRow("PRISMA") << QKeySequence(ctrlShift | Qt::Key_P) << "prisma";
        QTest::newRow("charts") << QKeySequence(ctrlShift | Qt::Key_G) << "charts";
    }

    void secondaryWindows()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, kind);
        QWidget *window = open(keys, kind);
        check(window);
        window->close();
    }

    void dialogs()
    {
        Project &project = *m_window->project();
        {
            ui::ImportDialog dialog(
                project, {test::sourcePath("resources/demo/loneliness-demo.ris")}, m_window.get());
            check(&dialog);
        }
        {
            ui::SettingsDialog dialog(&project, m_window.get());
            check(&dialog);
        }
        {
            ui::CodebookEditor dialog(project, m_lead, m_window.get());
            check(&dialog);
        }
        {
            ui::ReviewerDialog dialog({"Ann Able"}, m_window.get());
            check(&dialog);
        }
        {
            ui::ComparisonView view(project, m_lead);
            check(&view);
        }
        {
            ui::MembersDialog dialog(project, m_lead, m_window.get());
            check(&dialog);
        }
        {
            ui::SwitchReviewerDialog dialog(Reviewers(project).all(), m_lead, m_window.get());
            check(&dialog);
        }
        {
            ui::ProjectPropertiesDialog dialog(project, m_lead, m_window.get());
            check(&dialog);
        }
        {
            ui::CodebookViewer dialog(project, m_window.get());
            check(&dialog);
        }
        {
            ui::ExportReferencesDialog dialog(m_path, m_window.get());
            dialog.setSelectedRecords({1, 2});
            dialog.setSearch("loneliness");
            check(&dialog);
        }
        {
            ui::ReportDialog dialog(m_path, m_lead, m_window.get());
            check(&dialog);
        }
        {
            ui::AutomaticMergesDialog dialog(project, m_lead, m_window.get());
            check(&dialog);
        }
        {
            ui::DedupReviewDialog dialog(project, m_lead, m_window.get());
            check(&dialog);
        }
    }
};

QTEST_MAIN(AccessibleNamesTest)
#include "tst_accessiblenames.moc"
