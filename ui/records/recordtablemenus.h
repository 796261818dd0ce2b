#pragma once

#include <QList>
#include <QObject>

class QHeaderView;
class QMenu;
class QUndoStack;

namespace evimap::ui {

class MainWindow;

// The record table's menus: a column chooser on its header (right-click; the choice is kept in
// Preferences) and a menu on its rows (right-click or the Menu key): screen from here, attach a
// PDF, edit, history, tag, export the selection. Each item calls what the window's menus do.
class RecordTableMenus final : public QObject
{
    Q_OBJECT

public:
    static RecordTableMenus *install(MainWindow *window);

    // The menus as they would pop up now, for tests and the keyboard (caller owns them).
    QMenu *rowMenu();
    QMenu *columnMenu();
    // Shows or hides a column and remembers the choice.
    void setColumnShown(int column, bool shown);
    // Applies the remembered columns (after a project opens and the table gets its model).
    void restoreColumns();

    // The selected records, in table order.
    QList<qint64> selectedRecords() const;
    // Puts a tag on the selected records as the person working (asked once who they are).
    bool tagSelection(const QString &tag);
    bool untagSelection(const QString &tag);
    // The undo stack of the record list's changes (tags), for Edit ▸ Undo and Redo. Emptied
    // when the project or the person working changes, so nobody undoes another's change or
    // writes into another project.
    QUndoStack *undoStack() const { return m_undo; }
    // Writes the selected records to a file (format from the extension); the record count.
    int exportSelection(const QString &path);

private:
    explicit RecordTableMenus(MainWindow *window);
    void screenFromHere();
    void attachPdf();
    void askTag();
    void askExport();
    void afterTagging();

    bool pushTagChange(const QString &tag, bool adding);

    MainWindow *m_window;
    QUndoStack *m_undo;
};

} // namespace evimap::ui
