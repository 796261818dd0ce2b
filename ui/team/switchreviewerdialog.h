#pragma once

#include "project/reviewers.h"

#include <QDialog>

class QListWidget;

namespace evimap::ui {

// Team ▸ Switch Reviewer…: who is at this computer now, chosen from the project's members (a
// shared computer in a team room). The main window then works as that person everywhere.
class SwitchReviewerDialog final : public QDialog
{
    Q_OBJECT

public:
    SwitchReviewerDialog(const QList<Reviewer> &members, qint64 currentId,
                         QWidget *parent = nullptr);

    // The person chosen (0: none).
    qint64 chosenId() const;
    QListWidget *list() const { return m_list; }

private:
    QList<Reviewer> m_members;
    QListWidget *m_list;
};

} // namespace evimap::ui
