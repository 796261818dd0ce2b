#include "charts/chartswindow.h"

#include "charts/figureexporter.h"
#include "maps/chartfigure.h"
#include "maps/palette.h"
#include "project/project.h"
#include "team/blinding.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace evimap::ui {

ChartsWindow::ChartsWindow(const QString &projectPath, qint64 viewerId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_path(projectPath)
    , m_viewerId(viewerId)
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("chartsWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1000, 720);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Export this chart:"), this));
    for (const QString &format :
         {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        auto *button = new QPushButton(format.toUpper() + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("export_") + format);
        connect(button, &QPushButton::clicked, this, [this, format] { exportCurrent(format); });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ChartsWindow::refresh);
    buttons->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    Result<std::unique_ptr<Project>> opened = Project::open(m_path, Project::Access::ReadOnly);
    if (opened)
        m_project = std::move(opened.value());
    else
        m_status->setText(opened.errorString());
    setWindowTitle(
        tr("Charts — %1").arg(m_project ? m_project->name() : QFileInfo(m_path).fileName()));
    refresh();
}

ChartsWindow::~ChartsWindow() = default;

QChart *ChartsWindow::toQtChart(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("<b>%1</b><br><small>%2</small>")
                        .arg(data.title.toHtmlEscaped(), data.subtitle.toHtmlEscaped()));
    chart->setAnimationOptions(QChart::NoAnimation);
    const bool horizontal = data.orientation == ChartData::Orientation::Horizontal;
    QAbstractBarSeries *series =
        horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                   : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries &source = data.series.at(s);
        auto *set = new QBarSet(source.label);
        for (double v : source.values)
            *set << v;
        const Fill fill = source.notCoded ? Palette::notCoded() : Palette::category(s);
        set->setColor(fill.colour);
        set->setBorderColor(Qt::white);
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    // Horizontal bars list their first category at the top, as the figures do.
    QStringList labels = data.categories;
    if (horizontal) {
        std::reverse(labels.begin(), labels.end());
        const QList<QBarSet *> sets = series->barSets();
        for (QBarSet *set : sets) {
            QList<qreal> values;
            for (int i = set->count() - 1; i >= 0; --i)
                values << set->at(i);
            set->remove(0, set->count());
            set->append(values);
        }
    }
    categories->append(labels);
    categories->setTitleText(data.categoryAxis);
    auto *values = new QValueAxis;
    values->setTitleText(data.valueAxis);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setRange(
        0, std::max(1.0, std::ceil(data.maxStack() / ChartFigure::tickStep(data.maxStack())) *
                             ChartFigure::tickStep(data.maxStack())));
    values->setTickCount(int(values->max() / ChartFigure::tickStep(data.maxStack())) + 1);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void ChartsWindow::refresh()
{
    if (!m_project)
        return;
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    Result<QList<ChartData>> charts =
        ProjectCharts::all(*m_project, Blinding(*m_project, m_viewerId));
    if (!charts) {
        m_status->setText(charts.errorString());
        return;
    }
    m_charts = charts.value();
    for (const ChartData &chart : std::as_const(m_charts)) {
        QWidget *page = nullptr;
        if (!chart.note.isEmpty() && chart.isEmpty()) {
            auto *label =
                new QLabel(QStringLiteral("<h3>%1</h3><p>%2</p>")
                               .arg(chart.title.toHtmlEscaped(), chart.note.toHtmlEscaped()));
            label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            label->setWordWrap(true);
            label->setMargin(16);
            page = label;
        } else {
            auto *view = new QChartView(toQtChart(chart));
            view->setRenderHint(QPainter::Antialiasing);
            // What a screen reader says: the chart's title, then its numbers in words.
            view->setAccessibleName(chart.title);
            view->setAccessibleDescription(chart.description());
            page = view;
        }
        page->setObjectName(chart.id);
        // The short name on the tab, so every tab shows whole; the title is in the chart.
        const int tab = m_tabs->addTab(page, chart.label.isEmpty() ? chart.title : chart.label);
        m_tabs->setTabToolTip(tab, chart.title);
    }
    m_tabs->setCurrentIndex(std::max(0, current));
    m_status->setText(tr("Counts from %1; the exported files draw the same numbers with hatching "
                         "for greyscale print.")
                          .arg(QFileInfo(m_path).fileName()));
}

void ChartsWindow::exportCurrent(const QString &format)
{
    const int index = m_tabs->currentIndex();
    if (index < 0 || index >= m_charts.size())
        return;
    const ChartFigure figure(m_charts.at(index));
    FigureExporter::exportFigure(this, figure, format, m_charts.at(index).id);
}

} // namespace evimap::ui
