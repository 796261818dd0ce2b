#pragma once

#include "coding/codebooksnapshot.h"
#include "core/result.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace evimap {
class Codebook;
class Project;
} // namespace evimap

namespace evimap::ui {

// The lead's codebook editor: add, rename, move, merge, split and retire codes and dimensions,
// edit definitions and colours, manage extraction fields, import and export templates (JSON)
// and the appendix (HTML). Every change goes through Codebook, which keeps codings right and
// writes the audit log. Retired codes stay visible here (greyed), so they can be restored.
//
// Nothing destructive is a default: Enter in an edit field saves that edit, no button is the
// dialog's default, and Retire, Merge and Split ask first, naming what they touch ("15 codes,
// 212 codings by 3 coders"). Every change can be undone (Ctrl+Z, Undo) and redone
// (Ctrl+Shift+Z, Redo), unless the codebook changed elsewhere meanwhile.
class CodebookEditor final : public QDialog
{
    Q_OBJECT

public:
    CodebookEditor(Project &project, qint64 leadId, QWidget *parent = nullptr);
    ~CodebookEditor() override;

    Codebook &codebook() const { return *m_codebook; }
    QTreeWidget *tree() const { return m_tree; }
    qint64 selectedCode() const;
    void selectCode(qint64 id);
    QUndoStack *undoStack() const { return m_undo; }

signals:
    // The codebook changed (coding panels read it again).
    void codebookChanged();

private:
    void rebuild();
    void showSelected();
    void saveSelected();
    void addDimension();
    void addCode(bool asChild);
    void moveBy(int delta);
    void moveTo();
    void mergeInto();
    void split();
    void toggleRetired();
    void importTemplate();
    void exportTemplate();
    void exportHtml();
    void rebuildFields();
    void showSelectedField();
    void saveField();
    void addField();
    void toggleFieldRetired();
    bool check(const Status &status);
    QStringList codeChoices(qint64 except, bool withDimensions, QList<qint64> *ids) const;
    // Makes a change as a step on the undo stack (CodebookCommand: the push makes it through
    // `edit`) with the codings of `concerned` kept for undo, and brings the views up to date.
    // Returns what the change said; the caller shows a refusal (check()).
    Status change(const QString &text, const std::function<Status(QSet<qint64> *created)> &edit,
                  const QSet<qint64> &concerned = {});
    // Asks before a destructive change; Cancel is the default.
    bool confirm(const QString &title, const QString &question, const QString &details,
                 const QString &action);
    void step(bool undo);

    Project &m_project;
    qint64 m_leadId;
    std::unique_ptr<Codebook> m_codebook;
    QTreeWidget *m_tree;
    QLineEdit *m_label;
    QLineEdit *m_key;
    QComboBox *m_choice;
    QLineEdit *m_colour;
    QPlainTextEdit *m_definition;
    QLabel *m_status;
    QPushButton *m_retire;
    QListWidget *m_fields;
    QLineEdit *m_fieldLabel;
    QLineEdit *m_fieldKey;
    QComboBox *m_fieldKind;
    QPlainTextEdit *m_fieldChoices;
    QPlainTextEdit *m_fieldDefinition;
    QPushButton *m_fieldRetire;
    QUndoStack *m_undo;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    Status m_lastStep; // how the last undo or redo went
};

} // namespace evimap::ui
