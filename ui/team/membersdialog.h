#pragma once

#include "team/members.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace evimap {
class Project;
}

namespace evimap::ui {

// Team ▸ Members: the people on the project with their role and votes so far. A lead renames
// someone (a typo in a name) and gives someone another role (a second lead, a viewer who only
// reads what is settled); everyone else sees the list. Each change is saved at once, through
// Members (so logged), or refused with why.
class MembersDialog final : public QDialog
{
    Q_OBJECT

public:
    // `reviewerId`: who is at this window (0: nobody said; the list is then read-only).
    MembersDialog(Project &project, qint64 reviewerId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameField() const { return m_name; }
    QPushButton *renameButton() const { return m_rename; }
    QComboBox *roleBox() const { return m_role; }
    // The last refusal shown (also in the dialog), empty when the last change was saved.
    QString lastError() const { return m_lastError; }

signals:
    // Someone was renamed or given another role.
    void membersChanged();

private:
    void reload(qint64 selectId);
    void showSelected();
    void renameSelected();
    void changeRole(int index);
    qint64 selectedId() const;
    void report(const Status &status);

    Project &m_project;
    qint64 m_reviewerId;
    bool m_canEdit = false;
    QList<Member> m_members;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QPushButton *m_rename;
    QComboBox *m_role;
    QLabel *m_message;
    QString m_lastError;
};

} // namespace evimap::ui
