#pragma once

#include "import/importjob.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace evimap {
class Project;
}

namespace evimap::ui {

// Where the files came from, asked before they are imported, because PRISMA needs it and
// nobody remembers it a month later: the database or website searched, the identification
// route, the date and query of the search. Shows the format detected for each file, offers the
// column mapping of CSV files, and whether to look for duplicates afterwards.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Project &project, const QStringList &files, QWidget *parent = nullptr);

    // Source, route, search date and query, CSV mapping (no reviewer: the window knows who).
    ImportOptions options() const;
    bool findDuplicatesAfterwards() const;

    QComboBox *sourceField() const { return m_source; }
    QComboBox *routeField() const { return m_route; }
    QLineEdit *dateField() const { return m_date; }
    QPlainTextEdit *queryField() const { return m_query; }
    QCheckBox *findDuplicatesBox() const { return m_findDuplicates; }
    QPushButton *columnsButton() const { return m_columns; }
    QLineEdit *passwordField() const { return m_password; } // null when no file is a PDF
    QPushButton *importButton() const;
    // The mapping used for CSV files (set by the Columns dialog).
    void setCsvOptions(const QHash<QString, QString> &options) { m_csvOptions = options; }

private:
    void validate();
    void editColumns();

    QStringList m_files;
    QString m_firstCsv;
    QComboBox *m_source;
    QComboBox *m_route;
    QLineEdit *m_date;
    QPlainTextEdit *m_query;
    QPushButton *m_columns = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_findDuplicates;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QHash<QString, QString> m_csvOptions;
};

} // namespace evimap::ui
