#pragma once

#include "maps/evidencemap.h"
#include "maps/evidencemapquery.h"
#include "maps/mapcodebook.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace evimap {
class EvidenceMapFigure;
class Project;
} // namespace evimap

namespace evimap::ui {

class FigureWidget;

// The evidence gap map of a project: choose the dimensions of rows, columns and colours, filter
// by any other dimension's codes, by years and by screening stage; hover a cell for its counts,
// click it for its items, double-click an item to select it in the main window; by keyboard,
// the arrows move from cell to cell (a screen reader says each cell's codes and counts) and
// Enter lists its items; export to PNG
// (with a resolution), SVG, PDF, CSV and interactive HTML. Opens its own read-only connection
// to the project file. Counts the codes its viewer may see (Blinding): a reviewer's map shows
// reconciled codings only while coding is blind.
class EvidenceMapWindow final : public QWidget
{
    Q_OBJECT

public:
    EvidenceMapWindow(const QString &projectPath, qint64 viewerId, QWidget *parent = nullptr);
    ~EvidenceMapWindow() override;

    // Rebuilds the map from the project file (after screening or coding changed it).
    void refresh();
    const EvidenceMap *map() const;
    EvidenceMapQuery query() const;
    // Shows the items of a cell in the list (as a click does).
    void showCell(int row, int column);
    // The cell the keyboard is on (row, column), framed; -1, -1 before the map has the focus.
    QPair<int, int> currentCell() const { return m_cell; }
    void setCurrentCell(int row, int column);
    QListWidget *itemList() const { return m_items; }
    FigureWidget *figureWidget() const { return m_view; }
    QComboBox *rowsBox() const { return m_rows; }
    QComboBox *columnsBox() const { return m_columns; }
    // Filters: the codes checked in the Filters menu.
    void setFilter(qint64 codeId, bool on);
    // Writes the map shown to `path` (its suffix says the format: png, svg, pdf, csv, html), as
    // the export buttons do after asking for the file; then says where it saved ("Saved to
    // FILE", with Open). False, after saying why, when it could not.
    bool exportTo(const QString &path, int dpi = 192);

signals:
    // Double-click on an item: select this record in the main window.
    void recordActivated(qint64 recordId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fillDimensionBoxes();
    void rebuildFilterMenu();
    void hover(const QPointF &point, const QPoint &global);
    void click(const QPointF &point);
    void exportAs(const QString &format);

    QString m_path;
    qint64 m_viewerId;
    std::unique_ptr<Project> m_project;
    std::optional<MapCodebook> m_codebook;
    std::shared_ptr<EvidenceMapFigure> m_figure;
    QList<qint64> m_filterCodes;
    QComboBox *m_rows;
    QComboBox *m_columns;
    QComboBox *m_colour;
    QComboBox *m_stage;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QToolButton *m_filters;
    QLabel *m_status;
    FigureWidget *m_view;
    QScrollArea *m_scroll;
    QPair<int, int> m_cell{-1, -1};
    QListWidget *m_items;
    QLabel *m_cellTitle;
};

} // namespace evimap::ui
