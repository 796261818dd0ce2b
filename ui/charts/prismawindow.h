#pragma once

#include <QWidget>

#include <memory>

class QLabel;

namespace evimap {
class PrismaFigure;
class Project;
} // namespace evimap

namespace evimap::ui {

class FigureWidget;

// The PRISMA 2020 flow diagram of the project, with what does not add up yet, and export to
// PNG (with a resolution), SVG and PDF.
class PrismaWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit PrismaWindow(const QString &projectPath, QWidget *parent = nullptr);
    ~PrismaWindow() override;

    void refresh();
    const PrismaFigure *figure() const { return m_figure.get(); }
    QLabel *problems() const { return m_problems; }

private:
    QString m_path;
    std::unique_ptr<Project> m_project;
    std::shared_ptr<PrismaFigure> m_figure;
    FigureWidget *m_view;
    QLabel *m_problems;
};

} // namespace evimap::ui
