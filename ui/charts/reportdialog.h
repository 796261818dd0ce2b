#pragma once

#include "core/result.h"
#include "maps/evidencemapquery.h"
#include "maps/reportwriter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace evimap::ui {

// Maps ▸ Report: what the PDF report holds and where it goes, then the report written by
// ReportWriter (as `evimap report` writes it) off the GUI thread, with progress and cancel.
// The title and authors head the report (by default the project's name; the caller fills in
// the project's properties where it has them); each section is a check box; the map's rows,
// columns, colour, stage, years and filters default to what the Evidence Map window shows, when
// it is open. At the end the dialog says where the report was saved and offers to open it.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const QString &projectPath, qint64 viewerId, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setReportTitle(const QString &title);
    QString reportTitle() const;
    void setAuthors(const QStringList &authors);
    QStringList authors() const;
    void setSections(ReportWriter::Sections sections);
    ReportWriter::Sections sections() const;
    QCheckBox *sectionBox(ReportWriter::Section section) const;
    // The map of the report: its dimensions go to the boxes; its stage, years and filters are
    // kept as they are (and listed) unless the "use the map window's filters" box is cleared.
    void setMap(const EvidenceMapQuery &query);
    void setPath(const QString &path);
    QString path() const;
    // What ReportWriter is given.
    ReportWriter::Options options() const;

    // Starts writing (as the Write button does); reportFinished() tells the outcome.
    void startReport();
    bool isRunning() const;
    void cancelReport();
    // "Report saved to FILE", or why it was not.
    QString resultText() const;
    // The report written last (empty until one is).
    QString writtenPath() const { return m_written; }

    // Esc or the project closing: a running job is stopped (no file), then the dialog closes.
    void reject() override;

signals:
    void reportFinished(bool written);

private:
    void chooseFile();
    void updateButtons();
    void reportDone();

    QString m_projectPath;
    qint64 m_viewerId;
    EvidenceMapQuery m_map;
    bool m_mapHasFilters = false;
    QString m_written;

    QLineEdit *m_title;
    QLineEdit *m_authors;
    QHash<int, QCheckBox *> m_sections;
    QComboBox *m_rows;
    QComboBox *m_columns;
    QComboBox *m_colour;
    QCheckBox *m_useFilters;
    QLabel *m_filters;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_write;
    QPushButton *m_open;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<Status> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace evimap::ui
