#include "charts/figureexporter.h"

#include "core/preferences.h"
#include "maps/canvas.h"
#include "maps/figurewriter.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace evimap::ui {

QString FigureExporter::askPath(QWidget *parent, const QString &format,
                                const QString &suggestedName)
{
    const QString folder = Preferences::exportStartFolder();
    const QString start = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                              .filePath(suggestedName + QLatin1Char('.') + format);
    const QString filter = QStringLiteral("%1 (*.%2)").arg(format.toUpper(), format);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export"), start, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().toLower() != format)
        path += QLatin1Char('.') + format;
    return path;
}

int FigureExporter::askResolution(QWidget *parent)
{
    const QStringList choices = {tr("96 dpi (screen)"), tr("150 dpi"), tr("192 dpi (default)"),
                                 tr("300 dpi (print)"), tr("600 dpi (poster)")};
    const int values[] = {96, 150, 192, 300, 600};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, tr("PNG resolution"), tr("Resolution of the image:"), choices, 2, false, &ok);
    if (!ok)
        return 0;
    return values[std::max<qsizetype>(0, choices.indexOf(chosen))];
}

QString FigureExporter::exportFigure(QWidget *parent, const Figure &figure, const QString &format,
                                     const QString &suggestedName)
{
    int dpi = 192;
    if (format == QLatin1String("png")) {
        dpi = askResolution(parent);
        if (dpi == 0)
            return {};
    }
    const QString path = askPath(parent, format, suggestedName);
    if (path.isEmpty() || !saveFigure(parent, figure, path, dpi))
        return {};
    return path;
}

QString FigureExporter::exportBytes(QWidget *parent, const QByteArray &bytes, const QString &format,
                                    const QString &suggestedName)
{
    const QString path = askPath(parent, format, suggestedName);
    if (path.isEmpty() || !saveBytes(parent, bytes, path))
        return {};
    return path;
}

bool FigureExporter::saveFigure(QWidget *parent, const Figure &figure, const QString &path, int dpi)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written =
        FigureWriter::write(figure, path, *FigureWriter::formatOf(path), dpi / 96.0);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, tr("Export failed"), written.errorString());
        return false;
    }
    Preferences::lastOpenFolder.setValue(QFileInfo(path).absolutePath());
    tellSaved(parent, path);
    return true;
}

bool FigureExporter::saveBytes(QWidget *parent, const QByteArray &bytes, const QString &path)
{
    if (const Status written = FigureWriter::writeBytes(path, bytes); !written) {
        QMessageBox::warning(parent, tr("Export failed"), written.errorString());
        return false;
    }
    Preferences::lastOpenFolder.setValue(QFileInfo(path).absolutePath());
    tellSaved(parent, path);
    return true;
}

QWidget *FigureExporter::tellSaved(QWidget *parent, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Saved"),
                                tr("Saved to %1").arg(QDir::toNativeSeparators(absolute)),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("savedNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *open = box->addButton(tr("&Open"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openSavedButton"));
    // The box closes itself after any button; Open also opens the file.
    QObject::connect(open, &QPushButton::clicked, box,
                     [absolute] { QDesktopServices::openUrl(QUrl::fromLocalFile(absolute)); });
    box->setDefaultButton(open);
    box->show();
    return box;
}

} // namespace evimap::ui
