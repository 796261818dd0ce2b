#pragma once

#include <QDialog>
#include <QList>

class QTableView;

namespace evimap {
class Project;
}

namespace evimap::ui {

// The records a dashboard number counts, by id, title and year (each read when first shown, so
// a list of 20,000 opens at once). Enter or a double click shows the record in the main window.
class RecordListDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordListDialog(Project &project, const QList<qint64> &recordIds, const QString &title,
                     QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    const QList<qint64> &recordIds() const { return m_ids; }

signals:
    void recordChosen(qint64 recordId);

private:
    QList<qint64> m_ids;
    QTableView *m_table;
};

} // namespace evimap::ui
