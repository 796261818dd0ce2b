#pragma once

#include "core/result.h"
#include "screening/keywordhighlighter.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace Poppler {
class Document;
}

namespace evimap::ui {

class PdfCanvas;

// A PDF viewer on Poppler-Qt6 for reading full texts beside the decision panel: pages rendered
// at the screen's device pixel ratio, zoom, page navigation, text search with every hit
// highlighted, the lead's keywords highlighted (include green and underlined, exclude red and
// struck through, so the colours are never the only cue) and text selected with the mouse and
// copied (Ctrl+C).
//
// The window around it owns Ctrl+F (focusSearch()): the same key finds in the PDF wherever the
// keyboard is in the window. Esc in the find box or the page number emits doneTyping(), so the
// window hands the keys back to its decision panel; Enter in the find box finds the next hit.
//
// Untrusted files: a document that cannot be read, is locked by a password or has more than
// maxPages pages is refused with a message; page images are capped at maxRenderPixels.
class PdfViewer final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxPages = 5000;
    static constexpr qint64 maxRenderPixels = 40'000'000; // per page image
    static constexpr double minZoom = 0.25;
    static constexpr double maxZoom = 4.0;

    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_path; }

    int pageCount() const;
    int currentPage() const; // 0-based
    void setCurrentPage(int page);
    void nextPage();
    void previousPage();

    // 1.0 shows a page at its printed size (96 logical pixels per inch).
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();

    void setHighlightRules(const QList<HighlightRule> &rules);
    // Keyword highlights of a page, in page points (72 per inch).
    QList<QPair<QRectF, HighlightKind>> keywordHighlights(int page) const;

    // Case-insensitive search over every page; returns the number of hits and shows the first.
    int search(const QString &text);
    // Puts the keyboard in the find box, its text selected.
    void focusSearch();
    QLineEdit *searchField() const { return m_searchField; }
    int searchHitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; }
    void findNext();
    void findPrevious();
    // The hits on a page, in page points.
    QList<QRectF> searchHits(int page) const;

    // Selection: a rectangle on one page (in page points) and the text inside it.
    void selectArea(int page, const QRectF &pointsRect);
    void clearSelection();
    QString selectedText() const { return m_selectedText; }
    void copySelection() const;

    // The image shown for a page (rendered on demand), for tests and screenshots.
    QImage renderedPage(int page);

signals:
    void currentPageChanged(int page, int count);
    void zoomChanged(double zoom);
    void searchFinished(int hits);
    // Esc in the find box or the page number: the keys go back to the window's own panel.
    void doneTyping();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class PdfCanvas;
    struct Hit
    {
        int page;
        QRectF rect;
    };

    void updateControls();
    void scrollToPage(int page, double yPoints = 0);
    void showHit();
    double pixelsPerPoint() const;

    std::unique_ptr<Poppler::Document> m_document;
    QString m_path;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    bool m_fitting = false;
    QList<HighlightRule> m_rules;
    KeywordHighlighter m_highlighter;
    QList<Hit> m_hits;
    int m_currentHit = -1;
    int m_selectionPage = -1;
    QRectF m_selection; // page points
    QString m_selectedText;
    mutable QHash<int, QList<QPair<QRectF, HighlightKind>>> m_keywordCache;

    PdfCanvas *m_canvas;
    QScrollArea *m_scroll;
    QToolButton *m_previous;
    QToolButton *m_next;
    QSpinBox *m_pageBox;
    QLabel *m_pageCountLabel;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitButton;
    QLabel *m_zoomLabel;
    QLineEdit *m_searchField;
    QLabel *m_hitsLabel;
    QLabel *m_message;
};

} // namespace evimap::ui
