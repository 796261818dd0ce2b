#pragma once

#include "core/result.h"
#include "project/projectproperties.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace evimap {
class Project;
}

namespace evimap::ui {

// File ▸ Project Properties…: the project's name, review question, authors (one a line),
// protocol registration and funder, which title the window, the report and the PRISMA
// diagram. A lead edits them (saved through ProjectProperties, so logged); anyone else reads.
class ProjectPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    ProjectPropertiesDialog(Project &project, qint64 reviewerId, QWidget *parent = nullptr);

    // What the fields say now.
    ProjectProperties properties() const;
    bool canEdit() const { return m_canEdit; }

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *questionField() const { return m_question; }
    QPlainTextEdit *authorsField() const { return m_authors; }
    QLineEdit *registrationField() const { return m_registration; }
    QLineEdit *funderField() const { return m_funder; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    Project &m_project;
    qint64 m_reviewerId;
    bool m_canEdit = false;
    QLineEdit *m_name;
    QPlainTextEdit *m_question;
    QPlainTextEdit *m_authors;
    QLineEdit *m_registration;
    QLineEdit *m_funder;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace evimap::ui
