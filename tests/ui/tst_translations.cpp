// The translation pipeline end to end: resources/translations/evimap_de.ts is compiled into the
// program, and with a German locale the main window speaks German.
#include "coding/comparisonview.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QtTest>

using namespace evimap;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

QStringList actionTexts(const QMainWindow &window, int menu)
{
    QStringList texts;
    const QList<QAction *> actions = window.menuBar()->actions().at(menu)->menu()->actions();
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { ui::removeTranslations(*qApp); }

    void germanLocale_menusInGerman()
    {
        QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        ui::MainWindow window;
        const QStringList titles = menuTitles(window);
        QCOMPARE(titles.first(), QString("&Datei"));
        QVERIFY2(titles.contains("&Bearbeiten"), qPrintable(titles.join(", ")));
        QVERIFY2(titles.contains("&Hilfe"), qPrintable(titles.join(", ")));
        QVERIFY2(titles.contains("&Sichtung"), qPrintable(titles.join(", ")));
        QVERIFY2(titles.contains("K&odierung"), qPrintable(titles.join(", ")));
        QVERIFY2(titles.contains("&Karten"), qPrintable(titles.join(", ")));
        const QStringList file = actionTexts(window, 0);
        QVERIFY2(file.contains(QString::fromUtf8("&Neues Projekt…")), qPrintable(file.join(", ")));
        const QStringList edit = actionTexts(window, int(titles.indexOf("&Bearbeiten")));
        QVERIFY2(edit.contains(QString::fromUtf8("&Einstellungen…")), qPrintable(edit.join(", ")));
        QCOMPARE(window.windowTitle(), QString("EviMap"));
    }

    void austrianGerman_fallsBackToGerman()
    {
        QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Austria)));
        ui::MainWindow window;
        QCOMPARE(menuTitles(window).first(), QString("&Datei"));
    }

    void britishEnglish_isTheSource()
    {
        QVERIFY(!ui::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)));
        ui::MainWindow window;
        QCOMPARE(menuTitles(window).first(), QString("&File"));
        // Counts read as English does, not "record(s)".
        QCOMPARE(ui::MainWindow::tr("%n record(s)", nullptr, 1), QString("1 record"));
        QCOMPARE(ui::MainWindow::tr("%n record(s)", nullptr, 66), QString("66 records"));
        QCOMPARE(ui::MainWindow::tr("  ·  %n import batch(es)", nullptr, 2),
                 QString("  ·  2 import batches"));
        // One of a thing is never "1 records" or "1 items".
        QCOMPARE(ui::MainWindow::tr("%1: %n record(s) imported, %2 skipped", nullptr, 1)
                     .arg("one.ris")
                     .arg(0),
                 QString("one.ris: 1 record imported, 0 skipped"));
        QCOMPARE(ui::ComparisonView::tr("%n item(s) coded by both (%1 only by %2, %3 only by %4);",
                                        nullptr, 1),
                 QString("1 item coded by both (%1 only by %2, %3 only by %4);"));
        QCOMPARE(ui::ComparisonView::tr("%n difference(s).", nullptr, 1), QString("1 difference."));
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
