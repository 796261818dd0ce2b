#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStandardItem;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTreeView;
class QUndoStack;
class QFormLayout;
class QGroupBox;
class QModelIndex;

namespace evimap {
class Codebook;
class CodingCommand;
struct CodingState;
class CodingStore;
class Project;
class Status;
} // namespace evimap

namespace evimap::ui {

// Codes one record at a time for one reviewer, by keyboard or mouse.
//
// The codebook is a tree with a check box per code (a radio button in single-choice
// dimensions), filtered by the search field, with each code's definition as its tooltip. The
// selected code's supporting quote, page and note are edited below the tree; the extraction
// fields form a form under that. Keys: arrows move through the codes, Space toggles, Ctrl+Enter
// goes to the next record, Ctrl+Shift+Enter to the previous one, Ctrl+Shift+F filters, Ctrl+Z
// and Ctrl+Shift+Z undo and redo every change (on any record); Esc in the filter, the quote,
// the note or an extraction field hands the keys back to the codes. Blind: only the reviewer's
// own codings are shown.
class CodingPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Role
    {
        CodeIdRole = Qt::UserRole + 1,
        SingleChoiceRole,
        DimensionRole,
        SearchRole
    };

    CodingPanel(Project &project, qint64 reviewerId, QWidget *parent = nullptr);
    ~CodingPanel() override;

    // The records Ctrl+Enter walks through; shows the first when none is shown yet.
    void setRecords(const QList<qint64> &records);
    QList<qint64> records() const { return m_records; }
    void setRecord(qint64 recordId);
    qint64 recordId() const { return m_recordId; }
    qint64 reviewerId() const { return m_reviewerId; }
    // The code selected in the tree (0 for a dimension or nothing).
    qint64 currentCodeId() const;
    // Selects a code in the tree (clearing a filter that hides it).
    void setCurrentCode(qint64 codeId);

    // Reads the codebook again after the editor changed it.
    void reloadCodebook();
    // Saves what is being typed (the evidence of the selected code, the extraction field with
    // the focus), as leaving the record would: before the window closes.
    void finishEditing();
    // Extraction fields whose typed value was refused (not a number, not a date...): the text
    // stays, marked, until it is fixed or reverted (Esc), and the record cannot be left.
    bool hasRefusedField() const { return !m_refusedFields.isEmpty(); }

    QUndoStack *undoStack() const { return m_undo; }
    QTreeView *codeTree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    QPlainTextEdit *quoteField() const { return m_quote; }
    QSpinBox *pageField() const { return m_page; }
    QLineEdit *noteField() const { return m_note; }
    QWidget *fieldEditor(qint64 fieldId) const { return m_fieldEditors.value(fieldId); }
    QString message() const;
    // Puts the keyboard in the codes' filter, its text selected (Ctrl+Shift+F).
    void focusFilter();

public slots:
    // Fills the quote and page of the selected code, applying the code if it is not applied
    // yet: the PDF viewer's "apply a code to the selected text".
    void applyQuote(const QString &text, int page);
    void toggleCurrentCode();
    void nextRecord();
    void previousRecord();

signals:
    void recordChanged(qint64 recordId);
    // A coding of `recordId` changed (also by undo and redo).
    void codingChanged(qint64 recordId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTree();
    void buildFieldForm();
    void refresh();
    void loadDetails();
    void commitDetails();
    void commitField(qint64 fieldId);
    void markRefused(qint64 fieldId, const QString &why);
    void clearRefused(qint64 fieldId);
    void revertField(qint64 fieldId);
    // A change of this record by this reviewer, for push(): the push makes it (ChangeCommand).
    CodingCommand *change(const CodingState &after, const QString &text,
                          bool mergeableDetails = false);
    bool push(CodingCommand *command);
    // How an undo or redo of a change of `recordId` went (the commands' report, change()).
    void stepped(qint64 recordId, const Status &status);
    void showMessage(const QString &text, bool error);
    QStandardItem *itemForCode(qint64 codeId) const;
    qint64 codeAt(const QModelIndex &proxyIndex) const;

    Project &m_project;
    qint64 m_reviewerId;
    std::unique_ptr<Codebook> m_codebook;
    std::unique_ptr<CodingStore> m_store;
    QList<qint64> m_records;
    qint64 m_recordId = 0;
    qint64 m_detailsCodeId = 0; // the code the quote/page/note fields show
    bool m_loading = false;

    QLabel *m_recordLabel;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QGroupBox *m_detailsBox;
    QPlainTextEdit *m_quote;
    QSpinBox *m_page;
    QLineEdit *m_note;
    QGroupBox *m_fieldsBox;
    QFormLayout *m_fieldsForm;
    QHash<qint64, QWidget *> m_fieldEditors;
    QSet<qint64> m_refusedFields;
    QLabel *m_message;
    QUndoStack *m_undo;
    QHash<qint64, QStandardItem *> m_items; // code id -> item (column 0)
};

} // namespace evimap::ui
