// Importing from the window: the dialog that asks where the files came from (source, PRISMA
// route, search date and query), the CSV column mapping, and the main window's whole path from
// the dialog through the import to finding duplicates. Every step is checked in the database.
#include "csvmappingdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "manualentrydialog.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace evimap;

class ImportDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Project> newProject()
    {
        Result<std::unique_ptr<Project>> p = Project::create(
            m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter)), QStringLiteral("Test"));
        return p.ok() ? std::move(p.value()) : nullptr;
    }

    QString csvFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("charity-sheet.csv"));
        test::writeFile(path, "Heading;Summary;When;Authors\n"
                              "Befriending and loneliness in later life;Volunteers called;2021;"
                              "\"Ng, A; Roe, B\"\n"
                              "Men's sheds;Groups met weekly;2019;Smith, C\n");
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Counts in English, as the program says them ("1 record", not "1 records").
        ui::installTranslations(*qApp, QLocale(QLocale::English));
    }

    void dialog_asksForProvenanceOfEachFile()
    {
        std::unique_ptr<Project> project = newProject();
        QVERIFY(project);
        // Written by a reference manager: it names no database.
        const QString ris = m_dir.filePath(QStringLiteral("searches.ris"));
        QVERIFY(test::writeFile(ris, "TY  - JOUR\nTI  - Loneliness in later life\nER  - \n\n"
                                     "TY  - JOUR\nTI  - Shame and loneliness\nER  - \n\n"
                                     "TY  - JOUR\nTI  - Befriending schemes\nER  - \n"));
        const QString unknown = m_dir.filePath(QStringLiteral("notes.xyz"));
        test::writeFile(unknown, "nothing a reference manager wrote\n");
        ui::ImportDialog dialog(*project, {ris, unknown});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Each file with the format it was recognised as and its records, counted beforehand.
        QTableWidget *files = dialog.fileTable();
        QCOMPARE(files->rowCount(), 2);
        QVERIFY2(
            files->item(0, ui::ImportDialog::FileColumn)->text().contains(QLatin1String("RIS")),
            qPrintable(files->item(0, 0)->text()));
        QCOMPARE(files->item(0, ui::ImportDialog::RecordsColumn)->text(), QStringLiteral("3"));
        QVERIFY(files->item(1, 0)->text().contains(QLatin1String("not recognised")));
        QVERIFY(files->item(1, ui::ImportDialog::RecordsColumn)->text().isEmpty());
        QVERIFY(!dialog.columnsButton()); // no CSV among them
        QVERIFY(!dialog.passwordField()); // nor a PDF

        // The file names no database, so the source is asked: Import waits until it is given.
        auto *problem = dialog.problemLabel();
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY2(problem->text().contains(QLatin1String("searches.ris")),
                 qPrintable(problem->text()));
        QCOMPARE(files->item(0, ui::ImportDialog::SourceColumn)->text(),
                 QStringLiteral("(not given)"));
        // Return does not import it either.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // Typed as a reviewer would: the source first (it has the focus), Tab to the next field.
        QApplication::setActiveWindow(&dialog);
        QTRY_VERIFY(dialog.sourceField()->hasFocus());
        QTest::keyClicks(dialog.sourceField(), QStringLiteral("PsycINFO (Ovid)"));
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(problem->isHidden());
        QCOMPARE(files->item(0, ui::ImportDialog::SourceColumn)->text(),
                 QStringLiteral("PsycINFO (Ovid)"));
        QCOMPARE(dialog.routeField()->currentData().toString(), QStringLiteral("database"));
        dialog.routeField()->setCurrentIndex(dialog.routeField()->findData("citation"));
        QTest::mouseClick(dialog.dateGivenBox(), Qt::LeftButton);
        QVERIFY(dialog.dateField()->isEnabled());
        dialog.dateField()->setDate(QDate(2026, 3, 31));
        QTest::keyClicks(dialog.queryField(), QStringLiteral("exp Loneliness/ AND therap*"));

        const ImportOptions options = dialog.options(0);
        QCOMPARE(options.source, QStringLiteral("PsycINFO (Ovid)"));
        QCOMPARE(options.route, QStringLiteral("citation"));
        QCOMPARE(options.searchDate, QStringLiteral("2026-03-31"));
        QCOMPARE(options.searchQuery, QStringLiteral("exp Loneliness/ AND therap*"));
        QVERIFY(options.formatOptions.isEmpty());

        // What the dialog asked for is what the batch records.
        Result<ImportSummary> imported = ImportJob::run(*project, ris, options);
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        QSqlQuery q(project->database());
        QVERIFY(q.exec("SELECT source, route, search_date, search_query FROM import_batch"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("PsycINFO (Ovid)"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("citation"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-03-31"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("exp Loneliness/ AND therap*"));

        // The next import offers the sources used before, first, and fills in none itself.
        ui::ImportDialog again(*project, {ris});
        QCOMPARE(again.sourceField()->itemText(0), QStringLiteral("PsycINFO (Ovid)"));
        QVERIFY(again.sourceField()->currentText().isEmpty());
        QVERIFY(!again.importButton()->isEnabled());
    }

    // Databases that name themselves in their exports fill in the source; each file keeps its
    // own source, route and date, and "Use for All Files" copies one file's to the others.
    void dialog_eachFileItsOwnSource()
    {
        std::unique_ptr<Project> project = newProject();
        const QString wos = m_dir.filePath(QStringLiteral("savedrecs.txt"));
        test::writeFile(wos, "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n"
                             "AU Lee, A\nTI Loneliness and shame\nPY 2020\nER\n\nPT J\n"
                             "AU Roe, B\nTI Befriending\nPY 2021\nER\n\nEF\n");
        const QString scopus = m_dir.filePath(QStringLiteral("scopus.ris"));
        test::writeFile(scopus, "TY  - JOUR\nTI  - Group therapy\nDB  - Scopus\nER  - \n\n"
                                "TY  - JOUR\nTI  - Peer support\nDB  - Scopus\nER  - \n\n"
                                "TY  - JOUR\nTI  - Self-compassion\nDB  - Scopus\nER  - \n");
        const QString zotero = m_dir.filePath(QStringLiteral("zotero.ris"));
        test::writeFile(zotero, "TY  - JOUR\nTI  - Men's sheds\nER  - \n");
        ui::ImportDialog dialog(*project, {wos, scopus, zotero});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *files = dialog.fileTable();
        QCOMPARE(files->item(0, ui::ImportDialog::RecordsColumn)->text(), QStringLiteral("2"));
        QCOMPARE(files->item(1, ui::ImportDialog::RecordsColumn)->text(), QStringLiteral("3"));
        QCOMPARE(files->item(2, ui::ImportDialog::RecordsColumn)->text(), QStringLiteral("1"));
        QCOMPARE(files->item(0, ui::ImportDialog::SourceColumn)->text(),
                 QStringLiteral("Web of Science"));
        QCOMPARE(files->item(1, ui::ImportDialog::SourceColumn)->text(), QStringLiteral("Scopus"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importTotal"))->text(),
                 QStringLiteral("6 records in 3 files, counted before importing."));
        QCOMPARE(dialog.sourceField()->currentText(), QStringLiteral("Web of Science"));
        // Zotero's file names no database: refused until it is given.
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("zotero.ris")));
        QVERIFY(!dialog.problemLabel()->text().contains(QLatin1String("scopus.ris")));

        // Selecting a row shows that file's details.
        const QRect third = files->visualItemRect(files->item(2, ui::ImportDialog::FileColumn));
        QTest::mouseClick(files->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(files->currentRow(), 2);
        QVERIFY(dialog.sourceField()->currentText().isEmpty());
        dialog.sourceField()->setFocus();
        QTest::keyClicks(dialog.sourceField(), QStringLiteral("Google Scholar"));
        dialog.routeField()->setCurrentIndex(dialog.routeField()->findData("website"));
        QVERIFY(dialog.importButton()->isEnabled());

        const QList<QPair<QString, ImportOptions>> each = dialog.fileOptions();
        QCOMPARE(each.size(), 3);
        QCOMPARE(each.at(0).first, wos);
        QCOMPARE(each.at(0).second.source, QStringLiteral("Web of Science"));
        QCOMPARE(each.at(0).second.route, QStringLiteral("database"));
        QCOMPARE(each.at(1).second.source, QStringLiteral("Scopus"));
        QCOMPARE(each.at(2).second.source, QStringLiteral("Google Scholar"));
        QCOMPARE(each.at(2).second.route, QStringLiteral("website"));

        // Back on the first file, its own source is shown again.
        dialog.selectFile(0);
        QCOMPARE(dialog.sourceField()->currentText(), QStringLiteral("Web of Science"));
        // One date for all: set on the first file, then copied.
        QTest::mouseClick(dialog.dateGivenBox(), Qt::LeftButton);
        dialog.dateField()->setDate(QDate(2025, 1, 15));
        QTest::keyClicks(dialog.queryField(),
                         QStringLiteral("loneliness AND (therap* OR interven*)"));
        // For the README (EVIMAP_SCREENSHOTS=folder): the dialog as the reviewer left it.
        if (const QString folder = qEnvironmentVariable("EVIMAP_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(dialog.grab().save(folder + QStringLiteral("/import-dialog.png")));
        QVERIFY(dialog.applyToAllButton());
        QTest::mouseClick(dialog.applyToAllButton(), Qt::LeftButton);
        for (const auto &file : dialog.fileOptions()) {
            QCOMPARE(file.second.searchDate, QStringLiteral("2025-01-15"));
            QCOMPARE(file.second.source, QStringLiteral("Web of Science"));
        }
    }

    // A UK reviewer types 15/01/2025, or picks the day from the calendar.
    void dialog_dateTypedAsTheLocaleWritesIt()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        std::unique_ptr<Project> project = newProject();
        const QString ris = test::dataPath(QStringLiteral("dedup/searches.ris"));
        ui::ImportDialog dialog(*project, {ris});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QVERIFY(!dialog.dateField()->isEnabled()); // no date until one is given
        QTest::mouseClick(dialog.dateGivenBox(), Qt::LeftButton);
        QDateEdit *date = dialog.dateField();
        QVERIFY(date->isEnabled());
        QCOMPARE(date->displayFormat(), QStringLiteral("dd/MM/yyyy"));
        // Ticking "Searched on" goes to the date, ready to type over its day.
        QTRY_VERIFY(date->hasFocus());
        QCOMPARE(date->currentSection(), QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("15/01/2025"));
        QCOMPARE(date->date(), QDate(2025, 1, 15));
        // A short form, as some write it, and no separators at all.
        date->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("5/1/2025"));
        QCOMPARE(date->date(), QDate(2025, 1, 5));
        date->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("15012025"));
        QCOMPARE(date->date(), QDate(2025, 1, 15));
        QCOMPARE(dialog.options().searchDate, QStringLiteral("2025-01-15"));
        QCOMPARE(dialog.fileTable()->item(0, ui::ImportDialog::DateColumn)->text(),
                 QStringLiteral("15/01/2025"));
        // No search happened tomorrow.
        date->setDate(QDate::currentDate().addDays(1));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("future")));
        date->setDate(QDate(2025, 1, 15));
        QVERIFY(dialog.importButton()->isEnabled());

        // The calendar: the arrow opens it, a day chosen with Return is the date.
        QVERIFY(date->calendarPopup());
        QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() - 6, date->height() / 2));
        QCalendarWidget *calendar = date->calendarWidget();
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        calendar->setSelectedDate(QDate(2025, 2, 3));
        QTest::keyClick(calendar, Qt::Key_Return);
        QTRY_COMPARE(date->date(), QDate(2025, 2, 3));
        QCOMPARE(dialog.options().searchDate, QStringLiteral("2025-02-03"));

        // Unticked: no date.
        QTest::mouseClick(dialog.dateGivenBox(), Qt::LeftButton);
        QVERIFY(dialog.options().searchDate.isEmpty());
    }

    void dialog_pdfsDefaultToOrganisations()
    {
        std::unique_ptr<Project> project = newProject();
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        test::writeFile(pdf, "%PDF-1.4\n%%EOF\n");
        ui::ImportDialog dialog(*project, {pdf});
        QCOMPARE(dialog.routeField()->currentData().toString(), QStringLiteral("organisation"));
        // A password for protected PDFs is asked here, not only on the command line.
        QVERIFY(dialog.passwordField());
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("open sesame"));
        QCOMPARE(dialog.options().password, QStringLiteral("open sesame"));
    }

    void manualEntry_addsAnInitiativeCheckedAsTyped()
    {
        std::unique_ptr<Project> project = newProject();
        ui::ManualEntryDialog dialog(*project, 0);
        auto *add = dialog.findChildren<QPushButton *>().first();
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Add"))
                add = b;
        }
        QVERIFY(!add->isEnabled()); // no title yet
        QTest::keyClicks(dialog.titleField(), QStringLiteral("Men's sheds in Cork"));
        QVERIFY(add->isEnabled());
        QTest::keyClicks(dialog.dateField(), QStringLiteral("2024-13"));
        QVERIFY(!add->isEnabled());
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("manualProblem"));
        QVERIFY(!problem->text().isEmpty());
        dialog.dateField()->clear();
        QTest::keyClicks(dialog.dateField(), QStringLiteral("2024-05"));
        QVERIFY(add->isEnabled());
        QTest::keyClicks(dialog.organisationField(), QStringLiteral("Cork Sheds Network"));
        QTest::keyClicks(dialog.descriptionField(), QStringLiteral("Weekly workshop mornings."));
        add->click();
        QVERIFY(dialog.addedRecordId() > 0);
        QSqlQuery q(project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT r.title, r.publisher, r.year, b.format, b.route "
                                      "FROM record r JOIN record_source s ON s.record_id = r.id "
                                      "JOIN import_batch b ON b.id = s.batch_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Men's sheds in Cork"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Cork Sheds Network"));
        QCOMPARE(q.value(2).toInt(), 2024);
        QCOMPARE(q.value(3).toString(), QStringLiteral("manual"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("organisation"));
    }

    void csvMapping_choosesColumnsAndRefusesAmbiguity()
    {
        const QString csv = csvFile();
        ui::CsvMappingDialog mapping(csv, {});
        QVERIFY(mapping.isValid());
        QCOMPARE(mapping.table()->rowCount(), 4);
        // Guessed from the header: authors only; the rest is for the reviewer to name.
        QCOMPARE(mapping.fieldOf(0), QString());
        QCOMPARE(mapping.fieldOf(3), QStringLiteral("authors"));
        QVERIFY(mapping.table()->item(0, 1)->text().startsWith("Befriending"));
        auto *ok = mapping.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problem = mapping.findChild<QLabel *>(QStringLiteral("mappingProblem"));
        QVERIFY(!ok->isEnabled()); // nothing holds the title yet
        QVERIFY(problem->text().contains(QLatin1String("title")));

        mapping.setFieldOf(0, QStringLiteral("title"));
        mapping.setFieldOf(1, QStringLiteral("title"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->text().contains(QLatin1String("more than one column")));
        mapping.setFieldOf(1, QStringLiteral("abstract"));
        mapping.setFieldOf(2, QStringLiteral("year"));
        QVERIFY(ok->isEnabled());

        const QHash<QString, QString> options = mapping.formatOptions();
        QCOMPARE(options.value("map.title"), QStringLiteral("Heading"));
        QCOMPARE(options.value("map.abstract"), QStringLiteral("Summary"));
        QCOMPARE(options.value("map.year"), QStringLiteral("When"));
        QVERIFY(options.contains("map.doi") && options.value("map.doi").isEmpty());

        // The import dialog hands the mapping to the import, which follows it.
        std::unique_ptr<Project> project = newProject();
        ui::ImportDialog dialog(*project, {csv});
        QVERIFY(dialog.columnsButton());
        dialog.setCsvOptions(options);
        Result<ImportSummary> imported = ImportJob::run(*project, csv, dialog.options());
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        QCOMPARE(imported->imported, 2);
        QSqlQuery q(project->database());
        QVERIFY(q.exec("SELECT title, abstract, year FROM record ORDER BY id"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Befriending and loneliness in later life"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Volunteers called"));
        QCOMPARE(q.value(2).toInt(), 2021);
    }

    void csvMapping_namesAnUnreadableFile()
    {
        ui::CsvMappingDialog mapping(m_dir.filePath(QStringLiteral("gone.csv")), {});
        QVERIFY(!mapping.isValid());
        QVERIFY2(mapping.errorText().contains(QLatin1String("gone.csv")),
                 qPrintable(mapping.errorText()));
    }

    // One record is "1 record imported", never "1 records".
    void mainWindow_oneRecord_countedInTheSingular()
    {
        std::unique_ptr<Project> created = newProject();
        const QString path = created->filePath();
        created.reset();
        const QString ris = m_dir.filePath(QStringLiteral("one.ris"));
        QVERIFY(test::writeFile(ris, "TY  - JOUR\nTI  - Loneliness alone\nPY  - 2024\nER  - \n"));
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(path).ok());
        QString message;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&message] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ui::ImportDialog *>(modal)) {
                dialog->sourceField()->setEditText(QStringLiteral("PsycINFO"));
                dialog->findDuplicatesBox()->setChecked(false);
                dialog->importButton()->click();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                message = box->text();
                box->accept();
            }
        });
        answer.start(20);
        window.importFiles({ris});
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 20000);
        answer.stop();
        QVERIFY2(message.contains(QLatin1String("one.ris: 1 record imported, 0 skipped")),
                 qPrintable(message));
    }

    void mainWindow_importsWithDetailsThenFindsDuplicates()
    {
        std::unique_ptr<Project> created = newProject();
        const QString path = created->filePath();
        created.reset();
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(path).ok());
        Result<Reviewer> ann =
            Reviewers(*window.project()).add(QStringLiteral("Ann Able"), QStringLiteral("AA"));
        QVERIFY(ann.ok());
        window.setCurrentReviewer(ann->id);

        // Answer each modal window as a reviewer would: fill in the import dialog, read the
        // results and leave the review queue for later.
        QStringList messages;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&messages] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ui::ImportDialog *>(modal)) {
                dialog->sourceField()->setEditText(QStringLiteral("Scopus"));
                dialog->dateGivenBox()->setChecked(true);
                dialog->dateField()->setDate(QDate(2026, 1, 15));
                dialog->findDuplicatesBox()->setChecked(true);
                dialog->importButton()->click();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages << box->text();
                QAbstractButton *later = nullptr;
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::RejectRole)
                        later = b;
                }
                later ? later->click() : box->accept();
            }
        });
        answer.start(20);
        window.importFiles({test::dataPath(QStringLiteral("dedup/searches.ris"))});
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 20000);
        answer.stop();
        QVERIFY2(messages.at(0).contains(QLatin1String("7 records imported")),
                 qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).contains(QLatin1String("2 records merged automatically")),
                 qPrintable(messages.at(1)));

        QSqlQuery q(window.project()->database());
        QVERIFY(q.exec("SELECT source, search_date, reviewer_id FROM import_batch"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Scopus"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-01-15"));
        QCOMPARE(q.value(2).toLongLong(), ann->id);
        QVERIFY(q.exec("SELECT count(*) FROM record WHERE duplicate_of IS NOT NULL"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QTRY_COMPARE(window.recordTable()->model()->rowCount(), 5);
    }
};

QTEST_MAIN(ImportDialogTest)
#include "tst_importdialog.moc"
