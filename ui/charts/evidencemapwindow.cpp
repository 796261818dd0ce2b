#include "charts/evidencemapwindow.h"

#include "charts/figureexporter.h"
#include "charts/figurewidget.h"
#include "maps/evidencemapcsv.h"
#include "maps/evidencemapfigure.h"
#include "maps/evidencemaphtml.h"
#include "project/project.h"
#include "team/blinding.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {
constexpr int recordIdRole = Qt::UserRole + 1;
}

EvidenceMapWindow::EvidenceMapWindow(const QString &projectPath, qint64 viewerId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_path(projectPath)
    , m_viewerId(viewerId)
    , m_rows(new QComboBox(this))
    , m_columns(new QComboBox(this))
    , m_colour(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_yearFrom(new QSpinBox(this))
    , m_yearTo(new QSpinBox(this))
    , m_filters(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_view(new FigureWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_items(new QListWidget(this))
    , m_cellTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceMapWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1400, 900);

    m_rows->setObjectName(QStringLiteral("rowsBox"));
    m_columns->setObjectName(QStringLiteral("columnsBox"));
    m_colour->setObjectName(QStringLiteral("colourBox"));
    m_stage->addItem(tr("Auto (the furthest stage reached)"), int(ScreeningScope::Auto));
    m_stage->addItem(tr("Included at full text"), int(ScreeningScope::IncludedFullText));
    m_stage->addItem(tr("Included at title/abstract"), int(ScreeningScope::IncludedTitleAbstract));
    m_stage->addItem(tr("All records"), int(ScreeningScope::All));
    for (QSpinBox *year : {m_yearFrom, m_yearTo}) {
        year->setRange(0, 2200);
        year->setSpecialValueText(tr("any"));
        year->setValue(0);
    }
    m_filters->setText(tr("Filters"));
    m_filters->setPopupMode(QToolButton::InstantPopup);
    m_filters->setMenu(new QMenu(m_filters));

    auto *controls = new QHBoxLayout;
    auto addLabelled = [&](const QString &label, QWidget *widget) {
        auto *l = new QLabel(label, this);
        l->setBuddy(widget);
        controls->addWidget(l);
        controls->addWidget(widget);
    };
    addLabelled(tr("&Rows:"), m_rows);
    addLabelled(tr("&Columns:"), m_columns);
    addLabelled(tr("Co&lour:"), m_colour);
    addLabelled(tr("&Stage:"), m_stage);
    addLabelled(tr("&Years:"), m_yearFrom);
    controls->addWidget(new QLabel(QStringLiteral("–"), this));
    controls->addWidget(m_yearTo);
    m_yearFrom->setAccessibleName(tr("Years from"));
    m_yearTo->setAccessibleName(tr("Years to"));
    controls->addWidget(m_filters);
    controls->addStretch(1);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    controls->addWidget(refreshButton);

    auto *exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Export:"), this));
    for (const QString &format :
         {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
          QStringLiteral("csv"), QStringLiteral("html")}) {
        auto *button = new QPushButton(format.toUpper() + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("export_") + format);
        connect(button, &QPushButton::clicked, this, [this, format] { exportAs(format); });
        exports->addWidget(button);
    }
    exports->addStretch(1);
    auto *zoomOut = new QPushButton(tr("Zoom −"), this);
    auto *zoomIn = new QPushButton(tr("Zoom +"), this);
    exports->addWidget(zoomOut);
    exports->addWidget(zoomIn);
    connect(zoomIn, &QPushButton::clicked, this,
            [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    connect(zoomOut, &QPushButton::clicked, this,
            [this] { m_view->setZoom(m_view->zoom() / 1.25); });

    auto *scroll = m_scroll;
    scroll->setWidget(m_view);
    scroll->setBackgroundRole(QPalette::Base);
    scroll->setFocusPolicy(Qt::NoFocus); // the keys go to the map itself
    m_view->setObjectName(QStringLiteral("mapView"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("Evidence map"));
    m_view->setAccessibleDescription(
        tr("The arrow keys move from cell to cell; Enter lists the items of the cell"));
    m_view->installEventFilter(this);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_cellTitle->setWordWrap(true);
    m_cellTitle->setText(tr("Click a cell of the map to list its items; double-click an item to "
                            "select it in the main window."));
    m_items->setObjectName(QStringLiteral("cellItems"));
    m_items->setAccessibleName(tr("Items of the cell"));
    m_items->setWordWrap(true);
    m_items->setAlternatingRowColors(true);
    sideLayout->addWidget(m_cellTitle);
    sideLayout->addWidget(m_items, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    side->setMinimumWidth(320);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(exports);

    m_project = [&]() -> std::unique_ptr<Project> {
        Result<std::unique_ptr<Project>> opened = Project::open(m_path, Project::Access::ReadOnly);
        if (!opened) {
            m_status->setText(opened.errorString());
            return nullptr;
        }
        return std::move(opened.value());
    }();
    setWindowTitle(
        tr("Evidence Map — %1").arg(m_project ? m_project->name() : QFileInfo(m_path).fileName()));

    connect(m_view, &FigureWidget::hovered, this, &EvidenceMapWindow::hover);
    connect(m_view, &FigureWidget::clicked, this, &EvidenceMapWindow::click);
    connect(m_items, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recordActivated(item->data(recordIdRole).toLongLong());
    });
    connect(refreshButton, &QPushButton::clicked, this, &EvidenceMapWindow::refresh);
    for (QComboBox *box : {m_rows, m_columns, m_colour, m_stage})
        connect(box, &QComboBox::currentIndexChanged, this, &EvidenceMapWindow::rebuild);
    for (QSpinBox *year : {m_yearFrom, m_yearTo})
        connect(year, &QSpinBox::editingFinished, this, &EvidenceMapWindow::rebuild);
    refresh();
}

EvidenceMapWindow::~EvidenceMapWindow() = default;

const EvidenceMap *EvidenceMapWindow::map() const
{
    return m_figure ? &m_figure->map() : nullptr;
}

void EvidenceMapWindow::fillDimensionBoxes()
{
    const EvidenceMapQuery defaults = EvidenceMapQuery::defaults(*m_codebook);
    const QSignalBlocker b1(m_rows), b2(m_columns), b3(m_colour);
    const QString rows = m_rows->currentData().toString();
    const QString columns = m_columns->currentData().toString();
    const QString colour = m_colour->currentData().toString();
    const bool first = m_rows->count() == 0;
    m_rows->clear();
    m_columns->clear();
    m_colour->clear();
    m_colour->addItem(tr("None"), QString());
    for (const MapDimension &d : m_codebook->dimensions()) {
        const QString key = d.key.isEmpty() ? d.label : d.key;
        m_rows->addItem(d.label, key);
        m_columns->addItem(d.label, key);
        m_colour->addItem(d.label, key);
    }
    auto select = [](QComboBox *box, const QString &key) {
        const int i = box->findData(key);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    select(m_rows, first ? defaults.rows : rows);
    select(m_columns, first ? defaults.columns : columns);
    select(m_colour, first ? defaults.colour : colour);
}

void EvidenceMapWindow::refresh()
{
    if (!m_project)
        return;
    Result<MapCodebook> codebook = MapCodebook::read(*m_project);
    if (!codebook) {
        m_status->setText(codebook.errorString());
        return;
    }
    m_codebook = codebook.value();
    fillDimensionBoxes();
    rebuildFilterMenu();
    rebuild();
}

void EvidenceMapWindow::rebuildFilterMenu()
{
    QMenu *menu = m_filters->menu();
    menu->clear();
    for (const MapDimension &d : m_codebook->dimensions()) {
        QMenu *sub = menu->addMenu(d.label);
        for (const MapCode &code : d.codes) {
            QAction *action =
                sub->addAction(QString(2 * (code.depth - 1), QLatin1Char(' ')) + code.label);
            action->setCheckable(true);
            action->setChecked(m_filterCodes.contains(code.id));
            connect(action, &QAction::toggled, this,
                    [this, id = code.id](bool on) { setFilter(id, on); });
        }
    }
    menu->addSeparator();
    menu->addAction(tr("Clear filters"), this, [this] {
        m_filterCodes.clear();
        rebuildFilterMenu();
        rebuild();
    });
}

void EvidenceMapWindow::setFilter(qint64 codeId, bool on)
{
    if (on && !m_filterCodes.contains(codeId))
        m_filterCodes.append(codeId);
    else if (!on)
        m_filterCodes.removeAll(codeId);
    m_filters->setText(m_filterCodes.isEmpty() ? tr("Filters")
                                               : tr("Filters (%1)").arg(m_filterCodes.size()));
    rebuild();
}

EvidenceMapQuery EvidenceMapWindow::query() const
{
    EvidenceMapQuery q;
    q.rows = m_rows->currentData().toString();
    q.columns = m_columns->currentData().toString();
    q.colour = m_colour->currentData().toString();
    if (q.colour == q.rows || q.colour == q.columns)
        q.colour.clear();
    q.scope = ScreeningScope(m_stage->currentData().toInt());
    q.yearFrom = m_yearFrom->value();
    q.yearTo = m_yearTo->value();
    if (m_codebook) {
        for (qint64 id : m_filterCodes) {
            const MapCode *code = m_codebook->code(id);
            const MapDimension *d = code ? m_codebook->dimensionById(code->dimensionId) : nullptr;
            if (code && d)
                q.filters.append({d->key.isEmpty() ? d->label : d->key,
                                  code->key.isEmpty() ? code->label : code->key});
        }
    }
    if (m_project)
        q.codingSource = Blinding(*m_project, m_viewerId).codingSource(q.codingSource);
    return q;
}

void EvidenceMapWindow::rebuild()
{
    if (!m_project || !m_codebook)
        return;
    m_items->clear();
    const EvidenceMapQuery q = query();
    if (q.rows.isEmpty() || q.columns.isEmpty() || q.rows == q.columns) {
        m_figure.reset();
        m_view->setFigure(nullptr);
        setCurrentCell(-1, -1);
        m_status->setText(m_codebook->dimensions().size() < 2
                              ? tr("The codebook needs at least two dimensions for a map.")
                              : tr("Choose two different dimensions for the rows and columns."));
        return;
    }
    Result<EvidenceMap> map = q.run(*m_project);
    if (!map) {
        m_status->setText(map.errorString());
        return;
    }
    m_figure = std::make_shared<EvidenceMapFigure>(map.value());
    m_view->setFigure(m_figure);
    if (m_cell.first >= 0) // the keyboard stays on the map, on the nearest cell
        setCurrentCell(m_cell.first, m_cell.second);
    // An empty map says why, rather than show a grid of gaps that are not gaps.
    const QString whyEmpty = map->whyEmpty();
    m_status->setText(!whyEmpty.isEmpty()
                          ? whyEmpty + QLatin1Char(' ') + map->unitDescription()
                          : tr("%1 %2. Empty cells (gaps): %3 of %4.")
                                .arg(map->unitDescription(), map->filterDescription())
                                .arg(map->emptyCells())
                                .arg(map->cells.size()));
}

void EvidenceMapWindow::hover(const QPointF &point, const QPoint &global)
{
    if (!m_figure)
        return;
    if (const auto cell = m_figure->cellAt(point))
        QToolTip::showText(global, m_figure->cellDescription(cell->first, cell->second), m_view);
    else
        QToolTip::hideText();
}

void EvidenceMapWindow::click(const QPointF &point)
{
    if (!m_figure)
        return;
    if (const auto cell = m_figure->cellAt(point)) {
        setCurrentCell(cell->first, cell->second);
        showCell(cell->first, cell->second);
    }
}

void EvidenceMapWindow::showCell(int row, int column)
{
    m_items->clear();
    if (!m_figure)
        return;
    const EvidenceMap &map = m_figure->map();
    if (row < 0 || column < 0 || row >= map.rows.size() || column >= map.columns.size())
        return;
    const EvidenceMapCell &cell = map.cell(row, column);
    m_cellTitle->setText(
        QStringLiteral("<b>%1</b>").arg(m_figure->cellDescription(row, column).toHtmlEscaped()));
    for (int index : cell.items) {
        const EvidenceMapItem &item = map.items.at(index);
        auto *entry = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(item.citation(), item.title), m_items);
        entry->setData(recordIdRole, item.recordId);
        entry->setToolTip(item.container);
    }
}

void EvidenceMapWindow::setCurrentCell(int row, int column)
{
    if (!m_figure || m_figure->map().rows.size() == 0 || m_figure->map().columns.size() == 0) {
        m_cell = {-1, -1};
        m_view->setFocusFrame({});
        m_view->setAccessibleName(tr("Evidence map"));
        return;
    }
    const EvidenceMap &map = m_figure->map();
    m_cell = {std::clamp(row, 0, int(map.rows.size()) - 1),
              std::clamp(column, 0, int(map.columns.size()) - 1)};
    const QRectF cell = m_figure->cellRect(m_cell.first, m_cell.second);
    m_view->setFocusFrame(cell);
    const QRect shown = m_view->fromFigure(cell);
    m_scroll->ensureVisible(shown.center().x(), shown.center().y(), shown.width() / 2 + 20,
                            shown.height() / 2 + 20);
    // The name changes with the cell, so a screen reader says where the keyboard is.
    m_view->setAccessibleName(m_figure->cellDescription(m_cell.first, m_cell.second));
}

bool EvidenceMapWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn && m_cell.first < 0)
        setCurrentCell(0, 0);
    if (watched == m_view && event->type() == QEvent::KeyPress && m_cell.first >= 0) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto [row, column] = m_cell;
        switch (key->key()) {
        case Qt::Key_Left:
            setCurrentCell(row, column - 1);
            return true;
        case Qt::Key_Right:
            setCurrentCell(row, column + 1);
            return true;
        case Qt::Key_Up:
            setCurrentCell(row - 1, column);
            return true;
        case Qt::Key_Down:
            setCurrentCell(row + 1, column);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            showCell(row, column);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EvidenceMapWindow::exportAs(const QString &format)
{
    if (!m_figure)
        return;
    int dpi = 192;
    if (format == QLatin1String("png")) {
        dpi = FigureExporter::askResolution(this);
        if (dpi == 0)
            return;
    }
    const QString path = FigureExporter::askPath(this, format, QStringLiteral("evidence-map"));
    if (!path.isEmpty())
        exportTo(path, dpi);
}

bool EvidenceMapWindow::exportTo(const QString &path, int dpi)
{
    if (!m_figure)
        return false;
    const QString format = QFileInfo(path).suffix().toLower();
    if (format == QLatin1String("csv"))
        return FigureExporter::saveBytes(this, EvidenceMapCsv::write(m_figure->map()), path);
    if (format == QLatin1String("html"))
        return FigureExporter::saveBytes(this, EvidenceMapHtml::write(m_figure->map(), *m_codebook),
                                         path);
    return FigureExporter::saveFigure(this, *m_figure, path, dpi);
}

} // namespace evimap::ui
