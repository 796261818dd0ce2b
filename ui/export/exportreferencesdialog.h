#pragma once

#include "core/result.h"
#include "export/exportjob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace evimap::ui {

class MainWindow;

// File ▸ Export References: some of a project's records written as RIS, BibTeX, CSV or
// CSL-JSON by ExportJob, exactly as `evimap export` writes them. Which records: the records
// selected in a list, the records a filter or search shows, the records included at title and
// abstract or at full text (settled results only, so no reviewer's unsettled vote shows), or
// all. The export runs off the GUI thread over a read-only connection of its own, with
// progress and cancel; at the end the dialog says how many records the file holds ("Wrote
// 1,234 records to FILE") and offers to open its folder.
//
// Other windows start an export of their own records through the setters: a list's context
// menu calls setSelectedRecords(ids), a record-list filter setFilter(name, ids).
class ExportReferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Scope
    {
        Selection,         // the ids given by setSelectedRecords
        Filter,            // the ids of setFilter, or the search of setSearch
        IncludedAbstracts, // settled include at title/abstract
        IncludedFullText,  // settled include at full text
        All,
    };

    explicit ExportReferencesDialog(const QString &projectPath, QWidget *parent = nullptr);
    ~ExportReferencesDialog() override;

    // The records selected in a list (offered first, and chosen, when there are any). Records
    // merged as duplicates are exported when they are selected.
    void setSelectedRecords(const QList<qint64> &recordIds);
    // The records a filter of the record list shows, under the filter's name ("Conflicts at
    // full text"); chosen when there is no selection.
    void setFilter(const QString &name, const QList<qint64> &recordIds);
    // The record table's full-text search (the same search as `evimap export --search`).
    void setSearch(const QString &text);
    // Whether records merged into another as duplicates are exported too (the table's View ▸
    // Show Duplicates); explicit selections and filters always export what they name.
    void setIncludeDuplicates(bool include);

    void setScope(Scope scope);
    Scope scope() const;
    bool isScopeAvailable(Scope scope) const;
    void setFormat(const QString &formatId); // ExportFormats::ids()
    QString format() const;
    void setPath(const QString &path);
    QString path() const;
    // What ExportJob is given for the scope chosen.
    ExportSelection selection() const;

    // Starts writing (as the Export button does); exportFinished() tells the outcome.
    void startExport();
    bool isRunning() const;
    void cancelExport();
    // "Wrote 1,234 records to FILE", or why nothing was written.
    QString resultText() const;
    int recordsWritten() const { return m_written; }

    // The dialog for the main window: its selected records, its search, its duplicates
    // setting. Runs it modally.
    static void exportFromWindow(MainWindow *window);

    // Esc or the project closing: a running job is stopped (no file), then the dialog closes.
    void reject() override;

signals:
    void exportFinished(bool written);

private:
    void chooseFile();
    void updateScopeTexts();
    void updateButtons();
    void formatChanged();
    void exportDone();
    QRadioButton *button(Scope scope) const;

    QString m_projectPath;
    QList<qint64> m_selected;
    QString m_filterName;
    QList<qint64> m_filterIds;
    bool m_filterIsSet = false;
    QString m_search;
    bool m_withDuplicates = false;
    int m_written = 0;
    QString m_writtenPath;

    QButtonGroup *m_scopes;
    QCheckBox *m_duplicates;
    QComboBox *m_format;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QDialogButtonBox *m_buttons;
    // What the worker tells: the records written, or the error.
    struct Outcome
    {
        bool ok = false;
        int written = 0;
        Error error;
    };
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace evimap::ui
