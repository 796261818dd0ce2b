#pragma once

#include "maps/chartdata.h"

#include <QWidget>

#include <memory>

class QChart;
class QLabel;
class QTabWidget;

namespace evimap {
class Project;
}

namespace evimap::ui {

// The project's charts in tabs, drawn with Qt Charts: items by year (stacked by study design),
// by country, by setting, screening progress per reviewer, and agreement over time (or the note
// why it is not drawn). Each tab exports the chart to PNG (with a resolution), SVG and PDF,
// drawn by the same code as the report, with hatching for greyscale print. Counts what its
// viewer may see (Blinding).
class ChartsWindow final : public QWidget
{
    Q_OBJECT

public:
    ChartsWindow(const QString &projectPath, qint64 viewerId, QWidget *parent = nullptr);
    ~ChartsWindow() override;

    void refresh();
    const QList<ChartData> &charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }

    // A Qt Charts chart of the data: stacked bars, axes with titles, a legend, the palette's
    // colours.
    static QChart *toQtChart(const ChartData &data);

private:
    void exportCurrent(const QString &format);

    QString m_path;
    qint64 m_viewerId;
    std::unique_ptr<Project> m_project;
    QList<ChartData> m_charts;
    QTabWidget *m_tabs;
    QLabel *m_status;
};

} // namespace evimap::ui
