#pragma once

#include "import/manualentry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace evimap::ui {

// File ▸ Add Initiative or Report: grey literature that arrives as a description (an email, a
// conversation at a stakeholder event) rather than a file. The form is ManualEntry's fields; the
// entry is checked as it is typed and stored as a record in an import batch of its own.
class ManualEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    ManualEntryDialog(Project &project, qint64 reviewerId, QWidget *parent = nullptr);

    ManualEntry entry() const;
    // After Add: the record made.
    qint64 addedRecordId() const { return m_added; }

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *organisationField() const { return m_organisation; }
    QLineEdit *dateField() const { return m_date; }
    QPlainTextEdit *descriptionField() const { return m_description; }

private:
    void validate();
    void add();

    Project &m_project;
    qint64 m_reviewerId;
    qint64 m_added = 0;
    QComboBox *m_type;
    QLineEdit *m_title;
    QLineEdit *m_organisation;
    QLineEdit *m_country;
    QLineEdit *m_setting;
    QPlainTextEdit *m_description;
    QLineEdit *m_contact;
    QLineEdit *m_url;
    QLineEdit *m_date;
    QLineEdit *m_sourceType;
    QComboBox *m_route;
    QLabel *m_problem;
    QPushButton *m_addButton;
};

} // namespace evimap::ui
