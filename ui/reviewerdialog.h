#pragma once

#include <QDialog>

class QLineEdit;
class QDialogButtonBox;

namespace evimap::ui {

// Asks who is working (name and initials), once per project.
class ReviewerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewerDialog(const QStringList &existingNames, QWidget *parent = nullptr);

    QString name() const;
    QString initials() const;

private:
    void updateInitials(const QString &name);
    void updateOk();

    QLineEdit *m_name;
    QLineEdit *m_initials;
    QDialogButtonBox *m_buttons;
    bool m_initialsEdited = false;
};

} // namespace evimap::ui
