#pragma once

#include "coding/codingcomparison.h"
#include "core/result.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace evimap {
class Codebook;
class Project;
} // namespace evimap

namespace evimap::ui {

// Dual coding for the lead: where two reviewers differ, record by record and code by code, how
// well they agree (per code and overall: percent agreement and Cohen's kappa), and reconciling
// into the final coding. Each difference has a "final" choice (a tick for a code, a value for
// a field); reconciling a record keeps the codes and values both reviewers gave plus the
// differences as decided.
class ComparisonView final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        WhatColumn,
        AColumn,
        BColumn,
        FinalColumn,
        StatusColumn
    };

    ComparisonView(Project &project, qint64 leadId, QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Compares two reviewers and fills the tables.
    void compare(qint64 reviewerA, qint64 reviewerB);
    const CodingComparison &result() const { return m_result; }

    // Reconciles the records of the selected difference rows (all rows when none is selected).
    Status reconcileSelected();
    // Reconciles the records both coded without any difference.
    Status reconcileAgreed();

    QTableWidget *differencesTable() const { return m_differences; }
    QTableWidget *agreementTable() const { return m_agreement; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void reconciled();

private:
    void fillDifferences();
    void fillAgreement();
    void compareChosen();
    Status reconcileRecords(const QList<qint64> &records);

    Project &m_project;
    qint64 m_leadId;
    std::unique_ptr<Codebook> m_codebook;
    CodingComparison m_result;
    QComboBox *m_reviewerA;
    QComboBox *m_reviewerB;
    QLabel *m_summary;
    QTableWidget *m_differences;
    QTableWidget *m_agreement;
    QPushButton *m_reconcileSelected;
    QPushButton *m_reconcileAgreed;
};

} // namespace evimap::ui
