#include "charts/figurewidget.h"

#include "maps/canvas.h"
#include "maps/paintercanvas.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace evimap::ui {

FigureWidget::FigureWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
}

void FigureWidget::setFigure(std::shared_ptr<const Figure> figure)
{
    m_figure = std::move(figure);
    updateGeometry();
    resize(sizeHint());
    update();
}

void FigureWidget::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.25, 4.0);
    updateGeometry();
    resize(sizeHint());
    update();
}

QSize FigureWidget::sizeHint() const
{
    if (!m_figure)
        return QSize(400, 300);
    const QSizeF size = m_figure->size() * m_zoom;
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

QPointF FigureWidget::toFigure(const QPointF &position) const
{
    return position / m_zoom;
}

QRect FigureWidget::fromFigure(const QRectF &figureRect) const
{
    return QRectF(figureRect.topLeft() * m_zoom, figureRect.size() * m_zoom).toAlignedRect();
}

void FigureWidget::setFocusFrame(const QRectF &figureRect)
{
    m_focusFrame = figureRect;
    update();
}

void FigureWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_figure)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(m_zoom, m_zoom);
    PainterCanvas canvas(painter);
    m_figure->draw(canvas);
    painter.restore();
    if (!m_focusFrame.isEmpty() && hasFocus()) {
        // A dark dashed frame: seen on any fill, and not a colour cue.
        painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(fromFigure(m_focusFrame).adjusted(1, 1, -1, -1));
    }
}

void FigureWidget::mouseMoveEvent(QMouseEvent *event)
{
    emit hovered(toFigure(event->position()), event->globalPosition().toPoint());
    QWidget::mouseMoveEvent(event);
}

void FigureWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked(toFigure(event->position()));
    QWidget::mousePressEvent(event);
}

} // namespace evimap::ui
