#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QListWidget;

namespace evimap {
class CodingStore;
class Codebook;
class Project;
} // namespace evimap

namespace evimap::ui {

class CodingPanel;
class RecordDetailsView;

// Where a reviewer codes: the records to code (those included at the last screening stage, or
// all records), the selected record's details, and the coding panel. It has its own connection
// to the project file, so it does not depend on the main window keeping the project open.
class CodingWindow final : public QWidget
{
    Q_OBJECT

public:
    CodingWindow(std::unique_ptr<Project> project, qint64 reviewerId, QWidget *parent = nullptr);
    ~CodingWindow() override;

    CodingPanel *panel() const { return m_panel; }
    QListWidget *recordList() const { return m_list; }
    Project &project() const { return *m_project; }
    // Lists every record instead of the default ones to code.
    void setShowAllRecords(bool all);
    // Reads the codebook again (after the editor changed it).
    void reloadCodebook();

private:
    void fillRecords();
    void showRecord(qint64 recordId);
    void markCoded(qint64 recordId);

    std::unique_ptr<Project> m_project;
    std::unique_ptr<Codebook> m_codebook;
    std::unique_ptr<CodingStore> m_store;
    qint64 m_reviewerId;
    QComboBox *m_scope;
    QListWidget *m_list;
    RecordDetailsView *m_details;
    CodingPanel *m_panel;
};

} // namespace evimap::ui
