// Screenshots of the screening view for the README (a test mode, skipped unless asked for):
//
//   EVIMAP_SCREENSHOTS=docs/images xvfb-run -a -s "-screen 0 1600x1000x24"
//       env QT_QPA_PLATFORM=xcb build/tests/tst_screeningscreenshots     (one line)
//
// It builds the demo project with a realistic set-up (criteria, keywords, reasons, a reviewer
// part-way through), then saves screening-dark.png. The light pictures of screening and coding
// are taken at 1366×768 by tests/xvfb/tst_laptopscreen.
#include "import/importjob.h"
#include "pdf/pdfviewer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "screening/screeningview.h"
#include "screenshotsetup.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class ScreeningScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_out;
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_ann = 0;

    void save(QWidget &window, const QString &name)
    {
        window.raise();
        window.activateWindow();
        QTest::qWait(400); // fonts, layout, the PDF's first paint
        const QString path = QDir(m_out).filePath(name);
        QVERIFY2(window.grab().save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(QFileInfo(path).absoluteFilePath()));
    }

private slots:
    void initTestCase()
    {
        m_out = qEnvironmentVariable("EVIMAP_SCREENSHOTS");
        if (m_out.isEmpty())
            QSKIP("set EVIMAP_SCREENSHOTS=FOLDER to write the screening screenshots");
        QVERIFY(QDir().mkpath(m_out));
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath("loneliness.evimap");
        m_project = std::move(Project::create(path, "Loneliness and mental health").value());
        Reviewers people(*m_project);
        const qint64 lead = people.add("Lena Lead", "LL")->id;
        m_ann = people.add("Ann Able", "AA")->id;
        QVERIFY(
            ImportJob::run(*m_project, test::sourcePath("resources/demo/loneliness-demo.ris"), {})
                .ok());

        QVERIFY(test::writeScreeningSetUp(*m_project, lead));
        ScreeningStore store(*m_project);
        for (const char *r :
             {"Not about loneliness", "No psychological factor or intervention",
              "Prevalence or epidemiology only", "Animal study", "Wrong publication type"})
            QVERIFY(
                ExclusionReasonStore(store.project()).addReason(QString::fromUtf8(r), lead).ok());

        // Ann is part-way through title/abstract.
        const QList<std::pair<qint64, Decision>> done{
            {1, Decision::Include}, {2, Decision::Include}, {3, Decision::Exclude},
            {4, Decision::Include}, {5, Decision::Exclude}, {6, Decision::Include}};
        for (const auto &[id, d] : done)
            QVERIFY(
                store.setDecision(id, ScreeningStage::TitleAbstract, m_ann, DecisionInput{d, 0, {}})
                    .ok());
    }

    void titleAndAbstractOnADarkDesktop()
    {
        // The palette a dark desktop theme gives Qt's Fusion style.
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(dark);
        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        view.resize(1500, 920);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.session()->goToRecord(7));
        save(view, "screening-dark.png");
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(ScreeningScreenshots)
#include "tst_screeningscreenshots.moc"
