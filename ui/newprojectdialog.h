#pragma once

#include "screening/newprojectsetup.h"

#include <QDialog>

class QPlainTextEdit;
class QSpinBox;

namespace evimap::ui {

// Asked when a project is made: how many reviewers screen each record at title/abstract and at
// full text (two and two unless changed), and the full-text exclusion reasons (the standard
// list, one a line, to edit). The same choices as `evimap new --reviewers... --reason...`.
class NewProjectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    // What was chosen; the defaults until the reviewer changes them.
    NewProjectSetup setup() const;

    QSpinBox *titleAbstractField() const { return m_titleAbstract; }
    QSpinBox *fullTextField() const { return m_fullText; }
    QPlainTextEdit *reasonsField() const { return m_reasons; }

private:
    QSpinBox *m_titleAbstract;
    QSpinBox *m_fullText;
    QPlainTextEdit *m_reasons;
};

} // namespace evimap::ui
