#include "pdf/pdfviewer.h"

#include "readingcolours.h"
#include "screening/highlightcolours.h"

#include <poppler-qt6.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace evimap::ui {

namespace {

constexpr int pageGap = 14;    // logical pixels between pages
constexpr int pageMargin = 16; // around the pages
constexpr int maxCachedPages = 16;

const QColor hitTint(255, 196, 0, 110);
const QColor currentHitTint(255, 140, 0, 150);
const QColor selectionTint(60, 120, 220, 60);
// The keyword marks' ink, as the screening text's.
const QColor includeMark(0x1d, 0x5b, 0x2a);
const QColor excludeMark(0x7d, 0x1f, 0x1f);

} // namespace

// The pages, stacked vertically inside the scroll area; renders the visible ones on demand.
class PdfCanvas final : public QWidget
{
public:
    explicit PdfCanvas(PdfViewer *viewer)
        : QWidget(viewer)
        , m_viewer(viewer)
    {
        setMouseTracking(false);
        setCursor(Qt::IBeamCursor);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    void relayout()
    {
        m_pageRects.clear();
        m_images.clear();
        m_imageOrder.clear();
        int y = pageMargin;
        int width = 0;
        const int count = m_viewer->pageCount();
        const double ppp = m_viewer->pixelsPerPoint();
        for (int i = 0; i < count; ++i) {
            const QSizeF points = pageSize(i);
            const QSize size(qMax(1, int(std::lround(points.width() * ppp))),
                             qMax(1, int(std::lround(points.height() * ppp))));
            m_pageRects.append(QRect(QPoint(pageMargin, y), size));
            y += size.height() + pageGap;
            width = qMax(width, size.width());
        }
        // Centre narrower pages.
        for (QRect &r : m_pageRects)
            r.moveLeft(pageMargin + (width - r.width()) / 2);
        resize(width + 2 * pageMargin, count > 0 ? y - pageGap + pageMargin : 0);
        update();
    }

    void clearImages()
    {
        m_images.clear();
        m_imageOrder.clear();
        update();
    }

    QSizeF pageSize(int page) const
    {
        if (const auto it = m_sizes.constFind(page); it != m_sizes.cend())
            return *it;
        QSizeF size(612, 792);
        if (m_viewer->m_document) {
            if (std::unique_ptr<Poppler::Page> p = m_viewer->m_document->page(page))
                size = p->pageSizeF();
        }
        if (size.width() <= 0 || size.height() <= 0)
            size = QSizeF(612, 792);
        m_sizes.insert(page, size);
        return size;
    }

    void forgetSizes() { m_sizes.clear(); }

    QRect pageRect(int page) const { return m_pageRects.value(page); }
    int pageAt(int y) const
    {
        for (qsizetype i = 0; i < m_pageRects.size(); ++i) {
            if (y < m_pageRects[i].bottom() + pageGap)
                return int(i);
        }
        return int(m_pageRects.size()) - 1;
    }

    QImage image(int page)
    {
        if (const auto it = m_images.constFind(page); it != m_images.cend())
            return *it;
        QImage img;
        if (!m_viewer->m_document)
            return img;
        std::unique_ptr<Poppler::Page> p = m_viewer->m_document->page(page);
        if (!p)
            return img;
        const double dpr = devicePixelRatioF();
        double dpi = 72.0 * m_viewer->pixelsPerPoint() * dpr;
        const QSizeF points = pageSize(page);
        const double pixels = points.width() * points.height() * (dpi / 72.0) * (dpi / 72.0);
        if (pixels > double(PdfViewer::maxRenderPixels))
            dpi *= std::sqrt(double(PdfViewer::maxRenderPixels) / pixels);
        img = p->renderToImage(dpi, dpi);
        if (img.isNull())
            return img;
        img.setDevicePixelRatio(dpr);
        m_images.insert(page, img);
        m_imageOrder.append(page);
        while (m_imageOrder.size() > maxCachedPages)
            m_images.remove(m_imageOrder.takeFirst());
        return img;
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), QColor(ReadingColours::current().pdfDesk));
        const double ppp = m_viewer->pixelsPerPoint();
        // Keyword colours from Edit > Preferences.
        const QColor includeTint = HighlightColours::include();
        const QColor excludeTint = HighlightColours::exclude();
        for (qsizetype i = 0; i < m_pageRects.size(); ++i) {
            const QRect r = m_pageRects.at(i);
            if (!r.intersects(event->rect()))
                continue;
            painter.fillRect(r.adjusted(1, 2, 3, 4), QColor(0, 0, 0, 28)); // soft shadow
            const QImage img = image(int(i));
            if (img.isNull())
                painter.fillRect(r, Qt::white);
            else
                painter.drawImage(r, img);
            auto toCanvas = [&](const QRectF &points) {
                return QRectF(r.left() + points.left() * ppp, r.top() + points.top() * ppp,
                              points.width() * ppp, points.height() * ppp);
            };
            painter.setPen(Qt::NoPen);
            const QList<QPair<QRectF, HighlightKind>> keywords =
                m_viewer->keywordHighlights(int(i));
            // Multiplied over the page, like a highlighter pen: the ink stays black.
            painter.setCompositionMode(QPainter::CompositionMode_Multiply);
            for (const auto &k : keywords)
                painter.fillRect(toCanvas(k.first).adjusted(-1, -1, 1, 1),
                                 k.second == HighlightKind::Include ? includeTint : excludeTint);
            painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
            // Not by colour alone: inclusion terms underlined, exclusion terms struck through.
            for (const auto &k : keywords) {
                const QRectF area = toCanvas(k.first);
                const bool include = k.second == HighlightKind::Include;
                painter.setPen(QPen(include ? includeMark : excludeMark, qMax(1.0, ppp)));
                const double y = include ? area.bottom() + 1 : area.center().y();
                painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            }
            painter.setPen(Qt::NoPen);
            for (qsizetype h = 0; h < m_viewer->m_hits.size(); ++h) {
                const PdfViewer::Hit &hit = m_viewer->m_hits.at(h);
                if (hit.page == i)
                    painter.fillRect(toCanvas(hit.rect).adjusted(-1, -1, 1, 1),
                                     h == m_viewer->m_currentHit ? currentHitTint : hitTint);
            }
            if (m_viewer->m_selectionPage == i && !m_viewer->m_selection.isEmpty())
                painter.fillRect(toCanvas(m_viewer->m_selection), selectionTint);
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton)
            return QWidget::mousePressEvent(event);
        m_dragStart = event->position();
        m_dragPage = pageAt(int(event->position().y()));
        m_viewer->clearSelection();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!(event->buttons() & Qt::LeftButton) || m_dragPage < 0)
            return;
        const QRect page = pageRect(m_dragPage);
        const double ppp = m_viewer->pixelsPerPoint();
        QRectF area = QRectF(m_dragStart, event->position()).normalized().intersected(page);
        area.translate(-page.topLeft());
        m_viewer->selectArea(m_dragPage, QRectF(area.left() / ppp, area.top() / ppp,
                                                area.width() / ppp, area.height() / ppp));
    }

private:
    PdfViewer *m_viewer;
    QList<QRect> m_pageRects;
    mutable QHash<int, QSizeF> m_sizes;
    QHash<int, QImage> m_images;
    QList<int> m_imageOrder;
    QPointF m_dragStart;
    int m_dragPage = -1;
};

PdfViewer::PdfViewer(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new PdfCanvas(this))
    , m_scroll(new QScrollArea(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_pageBox(new QSpinBox(this))
    , m_pageCountLabel(new QLabel(this))
    , m_zoomOut(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_fitButton(new QToolButton(this))
    , m_zoomLabel(new QLabel(this))
    , m_searchField(new QLineEdit(this))
    , m_hitsLabel(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("pdfViewer"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->setStyleSheet(
        QStringLiteral("background: %1;").arg(ReadingColours::current().pdfDesk));
    m_scroll->viewport()->installEventFilter(this);

    m_previous->setText(tr("◀"));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_next->setText(tr("▶"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    m_pageBox->setObjectName(QStringLiteral("pdfPage"));
    m_pageBox->setMinimum(1);
    m_pageBox->setKeyboardTracking(false);
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+−)"));
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_fitButton->setText(tr("Fit width"));
    m_fitButton->setToolTip(tr("Fit the page to the width (Ctrl+0)"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400%")) + 6);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_searchField->setObjectName(QStringLiteral("pdfSearch"));
    m_searchField->setPlaceholderText(tr("Find in PDF (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(260);
    m_searchField->installEventFilter(this); // Esc
    m_pageBox->installEventFilter(this);
    // What a screen reader says for the buttons drawn as symbols.
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setAccessibleName(tr("Next page"));
    m_pageBox->setAccessibleName(tr("Page"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_fitButton->setAccessibleName(tr("Fit width"));
    m_searchField->setAccessibleName(tr("Find in PDF"));
    m_searchField->setAccessibleDescription(
        tr("Enter finds the next hit; Esc gives the keys back to the window."));
    m_canvas->setAccessibleName(tr("PDF pages"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->setSpacing(4);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageBox);
    bar->addWidget(m_pageCountLabel);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitButton);
    bar->addStretch(1);
    bar->addWidget(m_searchField);
    bar->addWidget(m_hitsLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(m_previous, &QToolButton::clicked, this, &PdfViewer::previousPage);
    connect(m_next, &QToolButton::clicked, this, &PdfViewer::nextPage);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int v) { setCurrentPage(v - 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfViewer::zoomOut);
    connect(m_fitButton, &QToolButton::clicked, this, &PdfViewer::fitWidth);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        if (!m_hits.isEmpty() &&
            m_searchField->property("searched").toString() == m_searchField->text())
            findNext();
        else
            search(m_searchField->text());
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        const int page = currentPage();
        if (m_pageBox->value() != page + 1) {
            const QSignalBlocker block(m_pageBox);
            m_pageBox->setValue(page + 1);
        }
        emit currentPageChanged(page, pageCount());
    });

    auto addAction = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
    };
    addAction(QKeySequence::Copy, [this] { copySelection(); });
    addAction(QKeySequence::ZoomIn, [this] { zoomIn(); });
    addAction(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { zoomIn(); });
    addAction(QKeySequence::ZoomOut, [this] { zoomOut(); });
    addAction(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { fitWidth(); });
    addAction(QKeySequence(Qt::Key_PageDown), [this] { nextPage(); });
    addAction(QKeySequence(Qt::Key_PageUp), [this] { previousPage(); });
    addAction(QKeySequence::FindNext, [this] { findNext(); });
    addAction(QKeySequence::FindPrevious, [this] { findPrevious(); });
    updateControls();
}

PdfViewer::~PdfViewer() = default;

Status PdfViewer::open(const QString &path)
{
    close();
    const QString name = QFileInfo(path).fileName();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    QString problem;
    if (!document)
        problem = tr("%1 cannot be read as a PDF.").arg(name);
    else if (document->isLocked())
        problem = tr("%1 is protected by a password; open it in another reader.").arg(name);
    else if (document->numPages() <= 0)
        problem = tr("%1 has no pages.").arg(name);
    else if (document->numPages() > maxPages)
        problem = tr("%1 has %2 pages; EviMap shows PDFs of up to %3.")
                      .arg(name)
                      .arg(document->numPages())
                      .arg(maxPages);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        updateControls();
        return Error{Error::Kind::InputRefused, problem};
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    document->setRenderHint(Poppler::Document::TextHinting);
    document->setRenderHint(Poppler::Document::TextSlightHinting);
    m_document = std::move(document);
    m_path = path;
    m_message->hide();
    m_canvas->forgetSizes();
    if (m_fitWidth)
        fitWidth();
    else
        m_canvas->relayout();
    m_scroll->verticalScrollBar()->setValue(0);
    updateControls();
    emit currentPageChanged(0, pageCount());
    return {};
}

void PdfViewer::close()
{
    m_document.reset();
    m_path.clear();
    m_hits.clear();
    m_currentHit = -1;
    m_keywordCache.clear();
    clearSelection();
    m_canvas->forgetSizes();
    m_canvas->relayout();
    m_message->hide();
    updateControls();
}

bool PdfViewer::isOpen() const
{
    return m_document != nullptr;
}

int PdfViewer::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

int PdfViewer::currentPage() const
{
    if (!m_document)
        return -1;
    const int y = m_scroll->verticalScrollBar()->value() + m_scroll->viewport()->height() / 3;
    return qMax(0, m_canvas->pageAt(y));
}

void PdfViewer::setCurrentPage(int page)
{
    if (!m_document || page < 0 || page >= pageCount())
        return;
    scrollToPage(page);
}

void PdfViewer::nextPage()
{
    setCurrentPage(currentPage() + 1);
}

void PdfViewer::previousPage()
{
    setCurrentPage(currentPage() - 1);
}

void PdfViewer::scrollToPage(int page, double yPoints)
{
    const QRect r = m_canvas->pageRect(page);
    const int y = r.top() - pageGap / 2 + int(yPoints * pixelsPerPoint());
    m_scroll->verticalScrollBar()->setValue(y);
    emit currentPageChanged(page, pageCount());
}

double PdfViewer::pixelsPerPoint() const
{
    return m_zoom * 96.0 / 72.0;
}

void PdfViewer::setZoom(double zoom)
{
    m_fitWidth = false;
    zoom = qBound(minZoom, zoom, maxZoom);
    if (qFuzzyCompare(zoom, m_zoom) && m_canvas->height() > 0)
        return;
    const int page = currentPage();
    m_zoom = zoom;
    m_canvas->relayout();
    if (page >= 0)
        scrollToPage(page);
    updateControls();
    emit zoomChanged(m_zoom);
}

void PdfViewer::zoomIn()
{
    setZoom(m_zoom * 1.2);
}

void PdfViewer::zoomOut()
{
    setZoom(m_zoom / 1.2);
}

void PdfViewer::fitWidth()
{
    if (!m_document) {
        m_fitWidth = true;
        return;
    }
    double widest = 0;
    for (int i = 0; i < qMin(pageCount(), 8); ++i)
        widest = qMax(widest, m_canvas->pageSize(i).width());
    // The viewer's own width: the scroll area inside is not laid out while the viewer is hidden.
    const int available = qMax(m_scroll->viewport()->width(), width()) - 2 * pageMargin -
                          m_scroll->verticalScrollBar()->sizeHint().width();
    if (widest > 0 && available > 50)
        setZoom(available / (widest * 96.0 / 72.0));
    m_fitWidth = true;
    updateControls();
}

void PdfViewer::changeEvent(QEvent *event)
{
    // Light or dark desktop: the desk around the pages follows it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_scroll->viewport()->setStyleSheet(
            QStringLiteral("background: %1;").arg(ReadingColours::current().pdfDesk));
    QWidget::changeEvent(event);
}

void PdfViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth && m_document)
        fitWidth();
}

void PdfViewer::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

bool PdfViewer::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_searchField || watched == m_pageBox) && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        emit doneTyping();
        return true;
    }
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fitWidth &&
        m_document && !m_fitting) {
        m_fitting = true;
        fitWidth();
        m_fitting = false;
    }
    return QWidget::eventFilter(watched, event);
}

void PdfViewer::setHighlightRules(const QList<HighlightRule> &rules)
{
    m_rules = rules;
    m_highlighter = KeywordHighlighter(rules);
    m_keywordCache.clear();
    m_canvas->update();
}

QList<QPair<QRectF, HighlightKind>> PdfViewer::keywordHighlights(int page) const
{
    if (const auto it = m_keywordCache.constFind(page); it != m_keywordCache.cend())
        return *it;
    QList<QPair<QRectF, HighlightKind>> result;
    if (m_document && !m_highlighter.isEmpty()) {
        if (std::unique_ptr<Poppler::Page> p = m_document->page(page)) {
            // The page's words joined by spaces; ranges map back to the words they touch.
            const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = p->textList();
            QString text;
            QList<qsizetype> starts;
            starts.reserve(qsizetype(boxes.size()));
            for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
                starts.append(text.size());
                text += box->text();
                text += QLatin1Char(' ');
            }
            const QList<HighlightRange> ranges = m_highlighter.ranges(text);
            qsizetype b = 0;
            for (const HighlightRange &range : ranges) {
                while (b + 1 < starts.size() && starts.at(b + 1) <= range.start)
                    ++b;
                const qsizetype end = range.start + range.length;
                for (qsizetype i = b; i < starts.size() && starts.at(i) < end; ++i) {
                    // Only the characters matched, so "CBT." highlights "CBT".
                    const Poppler::TextBox &box = *boxes.at(std::size_t(i));
                    const qsizetype length = box.text().size();
                    const qsizetype from = qMax<qsizetype>(0, range.start - starts.at(i));
                    const qsizetype to = qMin<qsizetype>(length, end - starts.at(i));
                    QRectF area;
                    for (qsizetype c = from; c < to; ++c)
                        area = area.united(box.charBoundingBox(int(c)));
                    if (area.isEmpty())
                        area = box.boundingBox();
                    result.append({area, range.kind});
                }
            }
        }
    }
    m_keywordCache.insert(page, result);
    return result;
}

int PdfViewer::search(const QString &text)
{
    m_hits.clear();
    m_currentHit = -1;
    m_searchField->setProperty("searched", text);
    if (m_searchField->text() != text) {
        const QSignalBlocker block(m_searchField);
        m_searchField->setText(text);
    }
    if (m_document && !text.trimmed().isEmpty()) {
        for (int i = 0; i < pageCount(); ++i) {
            std::unique_ptr<Poppler::Page> p = m_document->page(i);
            if (!p)
                continue;
            const QList<QRectF> rects =
                p->search(text.trimmed(), Poppler::Page::IgnoreCase | Poppler::Page::AcrossLines);
            for (const QRectF &r : rects)
                m_hits.append({i, r});
        }
    }
    if (!m_hits.isEmpty()) {
        // The first hit at or after the page being read.
        const int from = qMax(0, currentPage());
        m_currentHit = 0;
        for (qsizetype h = 0; h < m_hits.size(); ++h) {
            if (m_hits.at(h).page >= from) {
                m_currentHit = int(h);
                break;
            }
        }
        showHit();
    }
    updateControls();
    m_canvas->update();
    emit searchFinished(int(m_hits.size()));
    return int(m_hits.size());
}

void PdfViewer::findNext()
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (m_currentHit + 1) % int(m_hits.size());
    showHit();
}

void PdfViewer::findPrevious()
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (m_currentHit - 1 + int(m_hits.size())) % int(m_hits.size());
    showHit();
}

void PdfViewer::showHit()
{
    if (m_currentHit < 0 || m_currentHit >= m_hits.size())
        return;
    const Hit &hit = m_hits.at(m_currentHit);
    scrollToPage(hit.page, qMax(0.0, hit.rect.top() - 120));
    updateControls();
    m_canvas->update();
}

QList<QRectF> PdfViewer::searchHits(int page) const
{
    QList<QRectF> list;
    for (const Hit &h : m_hits) {
        if (h.page == page)
            list.append(h.rect);
    }
    return list;
}

void PdfViewer::selectArea(int page, const QRectF &pointsRect)
{
    m_selectionPage = page;
    m_selection = pointsRect.normalized();
    m_selectedText.clear();
    if (m_document && page >= 0 && page < pageCount() && !m_selection.isEmpty()) {
        if (std::unique_ptr<Poppler::Page> p = m_document->page(page))
            m_selectedText = p->text(m_selection, Poppler::Page::PhysicalLayout).trimmed();
    }
    m_canvas->update();
}

void PdfViewer::clearSelection()
{
    m_selectionPage = -1;
    m_selection = QRectF();
    m_selectedText.clear();
    m_canvas->update();
}

void PdfViewer::copySelection() const
{
    if (!m_selectedText.isEmpty())
        QApplication::clipboard()->setText(m_selectedText);
}

QImage PdfViewer::renderedPage(int page)
{
    return m_canvas->image(page);
}

void PdfViewer::updateControls()
{
    const bool open = isOpen();
    for (QWidget *w : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_next),
                       static_cast<QWidget *>(m_pageBox), static_cast<QWidget *>(m_zoomIn),
                       static_cast<QWidget *>(m_zoomOut), static_cast<QWidget *>(m_fitButton),
                       static_cast<QWidget *>(m_searchField)})
        w->setEnabled(open);
    {
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setMaximum(qMax(1, pageCount()));
        m_pageBox->setValue(qMax(1, currentPage() + 1));
    }
    m_pageCountLabel->setText(open ? tr("of %1").arg(pageCount()) : QString());
    m_zoomLabel->setText(QStringLiteral("%1%").arg(int(std::lround(m_zoom * 100))));
    m_fitButton->setCheckable(true);
    m_fitButton->setChecked(m_fitWidth);
    if (m_hits.isEmpty())
        m_hitsLabel->setText(m_searchField->property("searched").toString().isEmpty() || !open
                                 ? QString()
                                 : tr("not found"));
    else
        m_hitsLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
}

} // namespace evimap::ui
