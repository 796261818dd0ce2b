#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace evimap {
class Project;
}

namespace evimap::ui {

// The lead's screening set-up: the criteria reviewers see beside each record, the keywords
// highlighted in green (include) and red (exclude), the exclusion reasons (one a line, in
// order; removing a line retires the reason, decisions that used it keep it), how many
// reviewers must agree, and blind screening. Other reviewers can read but not change it.
class ScreeningSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    ScreeningSettingsDialog(Project &project, qint64 reviewerId, QWidget *parent = nullptr);

    // Saves what changed; false (with a message shown) when something could not be saved.
    bool save();

    void accept() override;

private:
    Project &m_project;
    qint64 m_reviewerId;
    bool m_canEdit = false;
    QPlainTextEdit *m_criteria;
    QPlainTextEdit *m_includeTerms;
    QPlainTextEdit *m_excludeTerms;
    QPlainTextEdit *m_reasons;
    QSpinBox *m_required; // at title/abstract
    QSpinBox *m_requiredFullText;
    QCheckBox *m_blind;
    QCheckBox *m_stoppedEarly;
    QLabel *m_error;
};

} // namespace evimap::ui
