#pragma once

#include <QColor>
#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace evimap {
class Project;
} // namespace evimap

namespace evimap::ui {

// Edit > Preferences: the reviewer's identity, the screening text and highlight colours, the
// export folder (all kept with QSettings through models/core/preferences.h) and, when a project
// is open and writable, its de-duplication thresholds (kept in the project, shared by the team).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `project` may be null: the project's thresholds are then not shown.
    explicit SettingsDialog(Project *project, QWidget *parent = nullptr);

    // Saves everything and closes; stays open with a message when a value cannot be saved.
    void accept() override;

    // The colour buttons' current choices (a colour dialog sets them; tests set them directly).
    QColor includeColour() const { return m_include; }
    QColor excludeColour() const { return m_exclude; }
    void setIncludeColour(const QColor &colour);
    void setExcludeColour(const QColor &colour);

private:
    void chooseColour(bool include);
    void chooseExportFolder();
    void updatePreview();

    Project *m_project;
    QLineEdit *m_reviewerName;
    QLineEdit *m_reviewerInitials;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QPushButton *m_includeButton;
    QPushButton *m_excludeButton;
    QLabel *m_preview;
    QLineEdit *m_exportFolder;
    QDoubleSpinBox *m_reviewThreshold = nullptr;
    QDoubleSpinBox *m_autoThreshold = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QColor m_include;
    QColor m_exclude;
};

} // namespace evimap::ui
