// Edit > Preferences as a reviewer uses it: Ctrl+, opens it, typed values are kept with QSettings
// and reach the screening text, the reviewer dialog and the project's de-duplication thresholds.
#include "core/preferences.h"
#include "dedup/dedupthresholds.h"
#include "mainwindow.h"
#include "project/project.h"
#include "records/record.h"
#include "reviewerdialog.h"
#include "screening/highlightcolours.h"
#include "screening/keywordhighlighter.h"
#include "screening/screeningview.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace evimap;

namespace {

// Types into a field as a person would: focus, select what is there, type.
void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class SettingsDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Runs `interact` on the modal Preferences dialog once the window's Ctrl+, has opened it.
    bool openPreferencesByKeyboard(ui::MainWindow &window,
                                   const std::function<void(ui::SettingsDialog *)> &interact)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            interact(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        return seen;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_path = m_dir.filePath("review.evimap");
        QVERIFY(Project::create(m_path, "Review").ok());
    }

    void ctrlComma_typedValuesAreKept()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_path).ok());

        const bool opened = openPreferencesByKeyboard(window, [](ui::SettingsDialog *dialog) {
            retype(dialog->findChild<QLineEdit *>("reviewerName"), "Amina Rahman");
            retype(dialog->findChild<QLineEdit *>("reviewerInitials"), "AR");
            retype(dialog->findChild<QSpinBox *>("screeningFontSize"), "17");
            retype(dialog->findChild<QLineEdit *>("exportFolder"), "/tmp/evimap-exports");
            retype(dialog->findChild<QDoubleSpinBox *>("dedupReviewThreshold"), "0.6");
            dialog->setIncludeColour(QColor("#cce0ff"));
            clickOk(dialog);
        });
        QVERIFY(opened);

        QCOMPARE(Preferences::reviewerName.value(), QString("Amina Rahman"));
        QCOMPARE(Preferences::reviewerInitials.value(), QString("AR"));
        QCOMPARE(Preferences::screeningFontSize.value(), 17);
        QCOMPARE(Preferences::exportFolder.value(), QString("/tmp/evimap-exports"));
        QCOMPARE(Preferences::exportStartFolder(), QString("/tmp/evimap-exports"));
        QCOMPARE(Preferences::includeHighlight.value(), QString("#cce0ff"));
        const DedupThresholds thresholds = DedupThresholds::fromProject(*window.project());
        QCOMPARE(thresholds.review, 0.6);
        QCOMPARE(thresholds.autoMerge, DedupThresholds::defaultAutoMerge);
    }

    void reviewAboveAutomaticMerge_staysOpenWithMessage()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_path).ok());
        bool stayedOpen = false;
        QString message;
        const bool opened = openPreferencesByKeyboard(window, [&](ui::SettingsDialog *dialog) {
            retype(dialog->findChild<QDoubleSpinBox *>("dedupReviewThreshold"), "0.99");
            retype(dialog->findChild<QDoubleSpinBox *>("dedupAutoThreshold"), "0.9");
            clickOk(dialog);
            stayedOpen = dialog->isVisible();
            message = dialog->findChild<QLabel *>("settingsError")->text();
        });
        QVERIFY(opened);
        QVERIFY(stayedOpen);
        QVERIFY2(message.contains("0.99"), qPrintable(message));
        QCOMPARE(DedupThresholds::fromProject(*window.project()).review, 0.6);
    }

    void withoutProject_noThresholds()
    {
        ui::SettingsDialog dialog(nullptr);
        QVERIFY(!dialog.findChild<QDoubleSpinBox *>("dedupReviewThreshold"));
        QCOMPARE(dialog.findChild<QLineEdit *>("reviewerName")->text(), QString("Amina Rahman"));
    }

    void preferences_reachScreeningTextAndReviewerDialog()
    {
        Preferences::screeningFontSize.setValue(19);
        QCOMPARE(ui::screeningReadingFont(QFont()).pointSize(), 19);
        Preferences::screeningFontSize.setValue(500);
        QCOMPARE(ui::screeningReadingFont(QFont()).pointSize(), Preferences::maxScreeningFontSize);

        Preferences::includeHighlight.setValue("#cce0ff");
        Record record;
        record.title = "Group CBT for loneliness";
        const KeywordHighlighter highlighter({HighlightRule{"CBT", HighlightKind::Include}});
        const QString html = ui::ScreeningView::recordHtml(record, highlighter);
        QVERIFY2(html.contains("background-color:#cce0ff"), qPrintable(html));

        ui::ReviewerDialog reviewer({});
        QCOMPARE(reviewer.name(), QString("Amina Rahman"));
        QCOMPARE(reviewer.initials(), QString("AR"));
    }
};

QTEST_MAIN(SettingsDialogTest)
#include "tst_settingsdialog.moc"
