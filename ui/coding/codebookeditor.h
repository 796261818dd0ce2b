#pragma once

#include "core/result.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace evimap {
class Codebook;
class Project;
} // namespace evimap

namespace evimap::ui {

// The lead's codebook editor: add, rename, move, merge, split and retire codes and dimensions,
// edit definitions and colours, manage extraction fields, import and export templates (JSON)
// and the appendix (HTML). Every change goes through Codebook, which keeps codings right and
// writes the audit log. Retired codes stay visible here (greyed), so they can be restored.
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
};

} // namespace evimap::ui
