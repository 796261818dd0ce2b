#pragma once

#include "screening/keywordhighlighter.h"
#include "screening/screeningdecision.h"
#include "screening/screeningsession.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace evimap {
class Project;
struct Record;
} // namespace evimap

namespace evimap::ui {

class PdfViewer;

// Screening, one record at a time, by keyboard: the record (title, authors, year, journal,
// abstract) in a readable size and line length with the lead's keywords highlighted, the
// criteria beside it, the reviewer's progress, and the keys on screen. At the full-text stage
// the record's PDF opens in the viewer beside the decision panel; a PDF can be attached there.
//
// Keys: I include, E exclude, U unsure, 1–9 exclude with that reason, N or → next, P or ←
// previous, Ctrl+Z undo, Ctrl+Shift+Z redo, T write a note (Enter keeps it), R full text not
// retrieved, A attach a PDF (full text), O reopen a settled record (the lead, asked first),
// Ctrl+F find in the PDF, F9 show or hide the side pane.
//
// Typing never decides: while a text field has the keyboard (the note, the PDF's find box or
// page number) the decision keys type text, the bottom line says so, and Esc hands the keys
// back to the decisions.
//
// A settled record's decisions are locked (ScreeningStore): the panel says so, and the decision
// keys explain instead of deciding.
class ScreeningView final : public QWidget
{
    Q_OBJECT

public:
    ScreeningView(Project &project, qint64 reviewerId, QWidget *parent = nullptr);
    ~ScreeningView() override;

    void setStage(ScreeningStage stage);
    ScreeningStage stage() const { return m_stage; }
    void setOrder(ScreeningSession::Order order);
    // Predicted relevance from the ranking (record id → score); enables that order.
    void setRelevanceScores(const QHash<qint64, double> &scores);
    // A pane beside the decision panel (the prioritised-screening panel): shown at title and
    // abstract, hidden at full text where the PDF needs the width; F9 or the top bar's button
    // shows and hides it.
    void setSidePane(QWidget *pane, const QString &title);
    bool isSidePaneShown() const;
    // Where the keys go, as the bottom line says it: to the decisions, or to a text field.
    QString keyModeText() const;
    // Re-reads criteria, highlight terms and exclusion reasons (after the lead edits them).
    void reloadSettings();
    // The same after another EviMap changed the project, without moving the reviewer (same
    // record and scroll position, the note being typed kept); progress updated.
    void refreshFromElsewhere();

    ScreeningSession *session() const { return m_session; }
    PdfViewer *pdfViewer() const { return m_pdf; }
    QTextBrowser *recordBrowser() const { return m_record; }
    QString progressText() const;
    // Attaches a PDF to the current record (full text) and shows it.
    Status attachPdfFile(const QString &path);

    // The record as HTML, every field escaped, keywords highlighted (also for exports/tests).
    static QString recordHtml(const Record &record, const KeywordHighlighter &highlighter,
                              bool withAbstract = true);

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void applyReadingColours();
    void rebuildReasons();
    void readSettings();
    void showCurrent();
    void updateProgress();
    void decide(Decision decision, int reasonNumber = 0);
    void keepNote();
    void toggleNotRetrieved();
    void attachPdf();
    void reopenCurrent();
    void findInPdf();
    void showSidePane(bool shown);
    void updateKeyMode();
    // Why the current record takes no decision now, in the panel's words; empty when it does.
    QString lockedText() const;
    void say(const QString &text);

    Project &m_project;
    qint64 m_reviewerId;
    bool m_isLead = false;
    ScreeningStage m_stage = ScreeningStage::TitleAbstract;
    ScreeningSession *m_session = nullptr;
    QHash<qint64, double> m_scores;
    KeywordHighlighter m_highlighter;
    QList<HighlightRule> m_rules;
    QList<ExclusionReason> m_reasons;

    QComboBox *m_stageBox;
    QComboBox *m_orderBox;
    QToolButton *m_sidePaneButton;
    QWidget *m_sidePane = nullptr;
    bool m_sidePaneWanted[2] = {true, false}; // per stage: title/abstract, full text
    QSplitter *m_splitter;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QStackedWidget *m_readingArea;
    QTextBrowser *m_record;
    PdfViewer *m_pdf;
    QWidget *m_noPdf;
    QLabel *m_noPdfLabel;
    QLabel *m_recordHeader; // full text: the record above the decision panel
    QPushButton *m_includeButton;
    QPushButton *m_excludeButton;
    QPushButton *m_unsureButton;
    QWidget *m_reasonBox;
    QVBoxLayout *m_reasonLayout;
    QLineEdit *m_note;
    QLabel *m_mine;
    QLabel *m_others;
    QLabel *m_locked;
    QPushButton *m_reopenButton;
    QPushButton *m_notRetrievedButton;
    QPushButton *m_attachButton;
    QTextBrowser *m_criteria;
    QLabel *m_keys;
    QLabel *m_keyMode;
    QLabel *m_status;
};

} // namespace evimap::ui
