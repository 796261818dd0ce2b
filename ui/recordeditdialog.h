#pragma once

#include "records/record.h"
#include "records/recordfields.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace evimap {
class Project;
}

namespace evimap::ui {

// Edit ▸ Edit Record (F2): correct a record's fields by hand. Saving goes through RecordEdit,
// so a record someone else changed meanwhile is not overwritten: the reviewer is told what they
// changed and keeps theirs (the form shows it) or saves these edits over it.
class RecordEditDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordEditDialog(Project &project, qint64 recordId, qint64 reviewerId,
                     QWidget *parent = nullptr);

    bool isValid() const { return m_original.id > 0; }
    // The record as the form has it now.
    Record edited() const;
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *doiField() const { return m_doi; }
    QPlainTextEdit *abstractField() const { return m_abstract; }

    // Saves; on a conflict asks whether to keep theirs or save over it. True when closed saved.
    bool save();

private:
    void fill(const Record &record);

    // The record field each editor holds (the type is m_type's), filled as they are made.
    struct Editor
    {
        const RecordField *field;
        QWidget *editor;
    };
    template<typename Widget>
    Widget *edits(std::size_t field, Widget *editor)
    {
        m_editors.append({&RecordFields::field(field), editor});
        return editor;
    }

    Project &m_project;
    qint64 m_reviewerId;
    Record m_original;
    QList<Editor> m_editors;
    QComboBox *m_type;
    QLineEdit *m_title;
    QPlainTextEdit *m_authors;
    QLineEdit *m_year;
    QLineEdit *m_container;
    QLineEdit *m_volume;
    QLineEdit *m_issue;
    QLineEdit *m_pages;
    QLineEdit *m_doi;
    QLineEdit *m_url;
    QPlainTextEdit *m_abstract;
    QPlainTextEdit *m_keywords;
    QPlainTextEdit *m_notes;
};

} // namespace evimap::ui
