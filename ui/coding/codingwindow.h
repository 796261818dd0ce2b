#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QListWidget;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace evimap {
class CodingStore;
class Codebook;
class Project;
} // namespace evimap

namespace evimap::ui {

class CodingPanel;
class PdfViewer;
class RecordDetailsView;

// Where a reviewer codes: the records to code (those included at the last screening stage, or
// all records), the selected record's details and its PDF, and the coding panel. Ctrl+E applies
// the text selected in the PDF to the selected code as its quote, with the page; Ctrl+F finds
// in the PDF (the codes' filter when the record has none); F9 shows or hides the record list,
// folded away when the window opens narrow (a laptop), so the PDF takes the width. It opens
// with the keys on the codes. The window has its own connection to the project file, so it
// does not depend on the main window keeping the project open.
class CodingWindow final : public QWidget
{
    Q_OBJECT

public:
    CodingWindow(std::unique_ptr<Project> project, qint64 reviewerId, QWidget *parent = nullptr);
    ~CodingWindow() override;

    CodingPanel *panel() const { return m_panel; }
    QListWidget *recordList() const { return m_list; }
    PdfViewer *pdfViewer() const { return m_pdf; }
    // The PDF viewer's selected text becomes the quote of the panel's selected code (Ctrl+E).
    void applyPdfSelection();
    Project &project() const { return *m_project; }
    // Lists every record instead of the default ones to code.
    void setShowAllRecords(bool all);
    // Reads the codebook again (after the editor changed it).
    void reloadCodebook();
    bool isRecordListShown() const;
    void showRecordList(bool shown);
    // Ctrl+F: the PDF's find box (showing the PDF), or the codes' filter without a PDF.
    void findInPdf();

protected:
    // What is being typed is saved before the window goes (it closes with its project too).
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillRecords();
    void showRecord(qint64 recordId);
    void markCoded(qint64 recordId);

    std::unique_ptr<Project> m_project;
    std::unique_ptr<Codebook> m_codebook;
    std::unique_ptr<CodingStore> m_store;
    qint64 m_reviewerId;
    QComboBox *m_scope;
    QListWidget *m_list;
    QTabWidget *m_tabs;
    RecordDetailsView *m_details;
    PdfViewer *m_pdf;
    CodingPanel *m_panel;
    QWidget *m_recordsPane; // the scope and the list
    QToolButton *m_listButton;
    QSplitter *m_splitter = nullptr; // the records, the record or PDF, the codes
    bool m_shownBefore = false;
};

} // namespace evimap::ui
