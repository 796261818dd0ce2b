#pragma once

#include "team/audittrail.h"
#include "team/auditwording.h"

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace evimap {
class Project;
}

namespace evimap::ui {

// The audit trail as a table, newest first, in words (AuditWording: local time, who, what they
// did, the fields changed): of the whole project, or of one record, as the
// viewer may see it (Blinding: others' votes stay hidden until settled, and the hidden changes
// are counted). A filter over every column, and export to CSV (the same file
// `evimap audit --reviewer R --csv` writes: the stored action and JSON beside the words).
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    // `recordId` 0: the whole project. `viewerId`: who is looking (Blinding).
    HistoryDialog(Project &project, qint64 recordId, qint64 viewerId, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    // Writes the entries shown (after the filter) as CSV; false with `error` set on failure.
    bool exportCsv(const QString &path, QString *error) const;

private:
    QList<AuditEntry> m_entries; // newest first
    AuditNames m_names;
    QTableView *m_table;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
};

} // namespace evimap::ui
