#pragma once

#include "import/filepreview.h"
#include "import/importjob.h"

#include <QDate>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace evimap {
class Project;
}

namespace evimap::ui {

// Where the files came from, asked before they are imported, because PRISMA needs it and
// nobody remembers it a month later: for each file, the database or website searched (filled
// in when the file names it; never left empty), the identification route, the date and query
// of the search. Shows each file's format and record count, offers the column mapping of CSV
// files, and whether to look for duplicates afterwards.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Project &project, const QStringList &files, QWidget *parent = nullptr);

    // Source, route, search date and query of each file, with the CSV mapping and PDF password
    // (no reviewer: the window knows who).
    QList<QPair<QString, ImportOptions>> fileOptions() const;
    ImportOptions options(int file = 0) const;
    bool findDuplicatesAfterwards() const;

    // The table of files; selecting a row shows that file's details in the fields below.
    QTableWidget *fileTable() const { return m_table; }
    void selectFile(int row);
    QComboBox *sourceField() const { return m_source; }
    QComboBox *routeField() const { return m_route; }
    QCheckBox *dateGivenBox() const { return m_dateGiven; }
    QDateEdit *dateField() const { return m_date; }
    QPlainTextEdit *queryField() const { return m_query; }
    QPushButton *applyToAllButton() const { return m_applyToAll; } // null for one file
    QCheckBox *findDuplicatesBox() const { return m_findDuplicates; }
    QPushButton *columnsButton() const { return m_columns; }
    QLineEdit *passwordField() const { return m_password; } // null when no file is a PDF
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *importButton() const;
    // The mapping used for CSV files (set by the Columns dialog).
    void setCsvOptions(const QHash<QString, QString> &options) { m_csvOptions = options; }

    enum Column
    {
        FileColumn,
        RecordsColumn,
        SourceColumn,
        DateColumn,
        ColumnCount
    };

private:
    struct File
    {
        QString path;
        FilePreview preview;
        QString source;
        QString route;
        QDate searchDate; // null: not given
        QString query;
    };

    void showFile(int row);
    void storeFields();
    void updateRow(int row);
    void applyToAll();
    void validate();
    void editColumns();

    QList<File> m_files;
    int m_current = -1;
    bool m_loading = false;
    QString m_firstCsv;
    QTableWidget *m_table;
    QLabel *m_detailsTitle;
    QComboBox *m_source;
    QComboBox *m_route;
    QCheckBox *m_dateGiven;
    QDateEdit *m_date;
    QPlainTextEdit *m_query;
    QPushButton *m_applyToAll = nullptr;
    QPushButton *m_columns = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_findDuplicates;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QHash<QString, QString> m_csvOptions;
};

} // namespace evimap::ui
