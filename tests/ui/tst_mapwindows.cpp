// The Maps windows: the evidence map (hover text, click lists a cell's items, double-click
// selects the record in the main table, filters), the PRISMA view and the charts, opened from
// the main window's Maps menu. With EVIMAP_SCREENSHOT_DIR set, the windows over the project in
// EVIMAP_SCREENSHOT_PROJECT (or the test's own) are saved there as PNG, to look at.
#include "charts/chartswindow.h"
#include "charts/evidencemapwindow.h"
#include "charts/figurewidget.h"
#include "charts/mapsmenu.h"
#include "charts/prismawindow.h"
#include "charts/reportdialog.h"
#include "mainwindow.h"
#include "mapfixture.h"
#include "maps/evidencemapfigure.h"
#include "maps/prismafigure.h"
#include "maps/reportwriter.h"
#include "project/projectproperties.h"
#include "records/recordtablemodel.h"
#include "team/blinding.h"

#include "projectwindows.h"
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;
using namespace evimap::ui;
using evimap::test::MapFixture;

class TestMapWindows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MapFixture> m_fixture;
    qint64 m_one = 0, m_online = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<MapFixture>(QStringLiteral("UI maps"));
        MapFixture &f = *m_fixture;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const qint64 approach =
            f.addCode(0, QStringLiteral("approach"), QStringLiteral("Intervention approach"), 0);
        const qint64 factor =
            f.addCode(0, QStringLiteral("factor"), QStringLiteral("Psychological factor"), 1);
        const qint64 design =
            f.addCode(0, QStringLiteral("design"), QStringLiteral("Study design"), 2);
        const qint64 setting =
            f.addCode(0, QStringLiteral("setting"), QStringLiteral("Setting"), 3);
        const qint64 country =
            f.addCode(0, QStringLiteral("country"), QStringLiteral("Country"), 4);
        const qint64 cbt = f.addCode(approach, QStringLiteral("cbt"), QStringLiteral("CBT"), 0);
        const qint64 arts = f.addCode(approach, QStringLiteral("arts"), QStringLiteral("Arts"), 1);
        const qint64 anxiety =
            f.addCode(factor, QStringLiteral("anxiety"), QStringLiteral("Social anxiety"), 0);
        const qint64 shame = f.addCode(factor, QStringLiteral("shame"), QStringLiteral("Shame"), 1);
        const qint64 rct = f.addCode(design, QStringLiteral("rct"), QStringLiteral("RCT"), 0);
        m_online = f.addCode(setting, QStringLiteral("online"), QStringLiteral("Online"), 0);
        const qint64 uk =
            f.addCode(country, QStringLiteral("uk"), QStringLiteral("United Kingdom"), 0);
        const qint64 batch = f.addBatch(QStringLiteral("PsycINFO"));
        m_one = f.addRecord(QStringLiteral("First study"), 2020, batch);
        const qint64 two = f.addRecord(QStringLiteral("Second study"), 2021, batch);
        const qint64 three = f.addRecord(QStringLiteral("Third study"), 2022, batch);
        for (qint64 r : {m_one, two, three}) {
            f.settle(r, QStringLiteral("ta"), QStringLiteral("include"));
            f.settle(r, QStringLiteral("ft"), QStringLiteral("include"));
            f.decide(r, QStringLiteral("ta"), QStringLiteral("include"));
        }
        f.code(m_one, cbt), f.code(m_one, anxiety), f.code(m_one, rct), f.code(m_one, m_online),
            f.code(m_one, uk);
        f.code(two, cbt), f.code(two, anxiety);
        f.code(three, arts), f.code(three, shame), f.code(three, uk);
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    }

    void evidenceMapHoverClickAndList()
    {
        EvidenceMapWindow window(m_fixture->path(), Blinding::Unrestricted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.map());
        const EvidenceMap &map = *window.map();
        QCOMPARE(map.rows.dimension.key, QStringLiteral("approach"));
        QCOMPARE(map.columns.dimension.key, QStringLiteral("factor"));
        QCOMPARE(map.cell(0, 0).count(), 2);

        // A click on the CBT × Social anxiety cell lists its two items.
        const auto *figure =
            dynamic_cast<const EvidenceMapFigure *>(window.figureWidget()->figure());
        QVERIFY(figure);
        const QPointF centre = figure->cellRect(0, 0).center() * window.figureWidget()->zoom();
        QTest::mouseClick(window.figureWidget(), Qt::LeftButton, {}, centre.toPoint());
        QCOMPARE(window.itemList()->count(), 2);
        QVERIFY(window.itemList()->item(0)->text().contains(QStringLiteral("First study")));
        QVERIFY(figure->cellDescription(0, 0).contains(QStringLiteral("2 items")));

        // Double-click (activation) asks for the record.
        QSignalSpy activated(&window, &EvidenceMapWindow::recordActivated);
        emit window.itemList()->itemActivated(window.itemList()->item(0));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), m_one);

        // A filter on another dimension narrows the map.
        window.setFilter(m_online, true);
        QCOMPARE(window.map()->cell(0, 0).count(), 1);
        QVERIFY(window.map()->filterDescription().contains(QStringLiteral("Setting: Online")));
        window.setFilter(m_online, false);
        QCOMPARE(window.map()->cell(0, 0).count(), 2);

        // Other dimensions on the axes.
        window.rowsBox()->setCurrentIndex(window.rowsBox()->findData(QStringLiteral("country")));
        QCOMPARE(window.map()->rows.dimension.key, QStringLiteral("country"));
    }

    void prismaAndCharts()
    {
        PrismaWindow prisma(m_fixture->path());
        QVERIFY(prisma.figure());
        QVERIFY(prisma.problems()->text().contains(QStringLiteral("Every box adds up")));
        QCOMPARE(prisma.figure()->boxes().at(4).at(0).lines.first().text,
                 QStringLiteral("Studies included in review (n\u00A0=\u00A03)"));

        ChartsWindow charts(m_fixture->path(), Blinding::Unrestricted);
        QCOMPARE(charts.tabs()->count(), charts.charts().size());
        QVERIFY(charts.charts().size() >= 4);
        QCOMPARE(charts.charts().first().id, QStringLiteral("items-by-year"));
        QCOMPARE(
            charts.charts().first().categories,
            (QStringList{QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022")}));
        QVERIFY(charts.tabs()->findChild<QWidget *>(QStringLiteral("items-by-country")));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("EVIMAP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("EVIMAP_SCREENSHOT_DIR is not set");
        QString project = qEnvironmentVariable("EVIMAP_SCREENSHOT_PROJECT");
        if (project.isEmpty())
            project = m_fixture->path();
        EvidenceMapWindow map(project, Blinding::Unrestricted);
        map.resize(1500, 950);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.showCell(0, 0);
        QVERIFY(map.grab().save(dir + QStringLiteral("/ui-map.png")));
        ChartsWindow charts(project, Blinding::Unrestricted);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        for (int i = 0; i < charts.tabs()->count(); ++i) {
            charts.tabs()->setCurrentIndex(i);
            QTest::qWait(50);
            QVERIFY(charts.grab().save(dir + QStringLiteral("/ui-chart-%1.png").arg(i)));
        }
        PrismaWindow prisma(project);
        prisma.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prisma));
        QVERIFY(prisma.grab().save(dir + QStringLiteral("/ui-prisma.png")));
    }

    void mapsMenuSelectsTheRecord()
    {
        MainWindow main;
        QVERIFY(main.openProject(m_fixture->path()).ok());
        main.show();
        QMenu *menu = main.menuBar()->findChild<QMenu *>(QStringLiteral("mapsMenu"));
        QVERIFY(menu);
        MapsMenu *maps = main.findChild<MapsMenu *>();
        QVERIFY(maps);
        auto *window = qobject_cast<EvidenceMapWindow *>(maps->openEvidenceMap());
        QVERIFY(window);
        window->showCell(0, 0);
        QVERIFY(window->itemList()->count() > 0);
        emit window->itemList()->itemActivated(window->itemList()->item(0));
        const qint64 selected =
            main.recordModel()->recordId(main.recordTable()->currentIndex().row());
        QCOMPARE(selected, m_one);
        window->close();
    }

    void reportIsWrittenOffTheGuiThread_andCancelLeavesNoFile()
    {
        MainWindow main;
        QVERIFY(main.openProject(m_fixture->path()).ok());
        MapsMenu *maps = main.findChild<MapsMenu *>();
        QVERIFY(maps);
        QTemporaryDir dir;
        QSignalSpy finished(maps, &MapsMenu::reportFinished);

        const QString written = dir.filePath(QStringLiteral("report.pdf"));
        maps->startReport(written);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QFile pdf(written);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(!maps->isWritingReport());

        // Cancelled as soon as it starts: the worker stops at its first check.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
        maps->startReport(cancelled);
        QVERIFY(maps->isWritingReport());
        maps->cancelReport();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(!QFile::exists(cancelled + QStringLiteral(".tmp")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"report.pdf"});
    }

    void reportDialog_takesTheMapWindowsView_andWritesTheChosenSections()
    {
        // The title page's defaults come from the project's properties.
        ProjectProperties properties = ProjectProperties::read(m_fixture->project());
        properties.authors = QStringList{"Rita Reader", "Sam Second"};
        QVERIFY(ProjectProperties::save(m_fixture->project(), properties, m_fixture->reviewer()));
        MainWindow main;
        QVERIFY(main.openProject(m_fixture->path()).ok());
        main.show();
        MapsMenu *maps = main.findChild<MapsMenu *>();
        auto *map = qobject_cast<EvidenceMapWindow *>(maps->openEvidenceMap());
        QVERIFY(map);
        map->setFilter(m_online, true);
        const EvidenceMapQuery shown = map->query();
        QCOMPARE(shown.filters.size(), 1);

        // Maps ▸ Report… by its shortcut.
        QApplication::setActiveWindow(&main);
        QTest::keyClick(&main, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = qobject_cast<ReportDialog *>(main.projectWindows()->find("report"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The map as the Evidence Map window shows it, and the project's name as the title.
        QCOMPARE(dialog->findChild<QComboBox *>("reportRows")->currentData().toString(),
                 shown.rows);
        QCOMPARE(dialog->findChild<QComboBox *>("reportColumns")->currentData().toString(),
                 shown.columns);
        QVERIFY(dialog->findChild<QLabel *>("reportFilters")->text().contains("online"));
        QCOMPARE(dialog->options().map.filters.size(), 1);
        QCOMPARE(dialog->reportTitle(), m_fixture->project().name());
        QCOMPARE(dialog->findChild<QLineEdit *>("reportAuthors")->text(),
                 QStringLiteral("Rita Reader; Sam Second"));
        QVERIFY(!dialog->findChild<QPushButton *>("openReportButton")->isVisible());
        // Without the map window's filters, the report's map counts everything.
        QCheckBox *useFilters = dialog->findChild<QCheckBox *>("reportUseFilters");
        QTest::mouseClick(useFilters, Qt::LeftButton, {}, QPoint(6, useFilters->height() / 2));
        QVERIFY(dialog->options().map.filters.isEmpty());
        QTest::mouseClick(useFilters, Qt::LeftButton, {}, QPoint(6, useFilters->height() / 2));
        QCOMPARE(dialog->options().map.filters.size(), 1);

        // Title and authors typed; only the PRISMA diagram, by clicking the other boxes off.
        QLineEdit *title = dialog->findChild<QLineEdit *>("reportTitle");
        title->selectAll();
        QTest::keyClicks(title, "Loneliness interventions");
        QLineEdit *authors = dialog->findChild<QLineEdit *>("reportAuthors");
        authors->selectAll();
        QTest::keyClicks(authors, "Ann Able; Ben Okafor");
        for (const QString &name : ReportWriter::sectionNames()) {
            if (name == QLatin1String("prisma"))
                continue;
            QCheckBox *box = dialog->findChild<QCheckBox *>("section_" + name);
            QVERIFY(box);
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        }
        QCOMPARE(dialog->sections(), ReportWriter::Sections(ReportWriter::Prisma));
        const ReportWriter::Options options = dialog->options();
        QCOMPARE(options.title, QStringLiteral("Loneliness interventions"));
        QCOMPARE(options.authors, (QStringList{"Ann Able", "Ben Okafor"}));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prisma-only"));
        QLineEdit *file = dialog->findChild<QLineEdit *>("reportPath");
        file->clear();
        QTest::keyClicks(file, path);
        QSignalSpy done(dialog, &ReportDialog::reportFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>("writeReportButton"), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        // The suffix is added; the dialog says where it saved and offers to open it.
        const QString pdfPath = path + QStringLiteral(".pdf");
        QCOMPARE(dialog->resultText(),
                 QStringLiteral("Report saved to %1").arg(QDir::toNativeSeparators(pdfPath)));
        QVERIFY(dialog->findChild<QPushButton *>("openReportButton")->isVisible());
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        const QRegularExpression count(QStringLiteral("/Count (\\d+)"));
        QCOMPARE(count.match(QString::fromLatin1(bytes)).captured(1).toInt(), 1);

        // No section, no report.
        QCheckBox *prisma = dialog->findChild<QCheckBox *>("section_prisma");
        QTest::mouseClick(prisma, Qt::LeftButton, {}, QPoint(6, prisma->height() / 2));
        QVERIFY(!dialog->findChild<QPushButton *>("writeReportButton")->isEnabled());
        QCOMPARE(dialog->resultText(), QStringLiteral("Choose at least one section."));
        dialog->close();
        map->close();
    }

    void reportDialog_cancelButtonStopsTheReport()
    {
        ReportDialog dialog(m_fixture->path(), Blinding::Unrestricted);
        dialog.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
        dialog.setPath(path);
        QSignalSpy done(&dialog, &ReportDialog::reportFinished);
        dialog.startReport();
        QVERIFY(dialog.isRunning());
        auto *close = dialog.findChild<QPushButton *>("closeButton");
        QCOMPARE(close->text(), QStringLiteral("&Cancel"));
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QCOMPARE(dialog.resultText(), QStringLiteral("Report cancelled; nothing was written."));
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(close->text(), QStringLiteral("&Close"));
    }

    void mapExport_saysWhereItSaved_andOffersToOpenIt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << "map.csv";
        QTest::newRow("svg") << "map.svg";
        QTest::newRow("html") << "map.html";
    }

    void mapExport_saysWhereItSaved_andOffersToOpenIt()
    {
        QFETCH(QString, file);
        EvidenceMapWindow window(m_fixture->path(), Blinding::Unrestricted);
        window.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QVERIFY(window.exportTo(path));
        QVERIFY(QFile::exists(path));
        auto *notice = window.findChild<QMessageBox *>("savedNotice");
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Saved to %1").arg(QDir::toNativeSeparators(path)));
        QVERIFY(notice->findChild<QPushButton *>("openSavedButton"));
        // Closed, not opened: the test does not start another program.
        notice->close();
    }

    void reportWriter_reportsProgress_andACancelKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        ReportWriter::Options options;
        QList<int> steps;
        options.progress = [&steps](int percent) { steps << percent; };
        QVERIFY(ReportWriter::write(m_fixture->project(), path, options).ok());
        QVERIFY(steps.size() >= 3);
        QCOMPARE(steps.first(), 0);
        QCOMPARE(steps.last(), 100);
        QVERIFY(std::is_sorted(steps.begin(), steps.end()));

        // A cancelled report over an existing file leaves that file as it was.
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray old = before.readAll();
        before.close();
        std::atomic_bool stop{true};
        options.cancelled = &stop;
        const Status status = ReportWriter::write(m_fixture->project(), path, options);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Cancelled);
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), old);
    }
};

QTEST_MAIN(TestMapWindows)
#include "tst_mapwindows.moc"
