#pragma once

#include <QWidget>

#include <memory>

namespace evimap {
class Figure;
}

namespace evimap::ui {

// Shows a figure (evidence map, PRISMA diagram, chart) painted with the same code as its SVG,
// PNG and PDF files, at a zoom factor. Put it in a QScrollArea. Reports the mouse in the
// figure's own coordinates, so views can hit-test the figure's layout.
class FigureWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit FigureWidget(QWidget *parent = nullptr);

    void setFigure(std::shared_ptr<const Figure> figure);
    const Figure *figure() const { return m_figure.get(); }
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

    QSize sizeHint() const override;
    // Figure coordinates of a widget position, and back.
    QPointF toFigure(const QPointF &position) const;
    QRect fromFigure(const QRectF &figureRect) const;
    // The part of the figure the keyboard is on (an evidence map's cell), framed; empty: none.
    void setFocusFrame(const QRectF &figureRect);

signals:
    void hovered(const QPointF &figurePoint, const QPoint &globalPosition);
    void clicked(const QPointF &figurePoint);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    std::shared_ptr<const Figure> m_figure;
    double m_zoom = 1.0;
    QRectF m_focusFrame;
};

} // namespace evimap::ui
