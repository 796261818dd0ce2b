#include "coding/comparisonview.h"

#include "coding/codebook.h"
#include "coding/codingstore.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "team/roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace evimap::ui {

namespace {

constexpr int RecordRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;
constexpr int FieldRole = Qt::UserRole + 3;

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip.toHtmlEscaped());
    return item;
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : ComparisonView::tr("n/a");
}

} // namespace

ComparisonView::ComparisonView(Project &project, qint64 leadId, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_leadId(leadId)
    , m_codebook(std::make_unique<Codebook>(project))
    , m_reviewerA(new QComboBox(this))
    , m_reviewerB(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_differences(new QTableWidget(this))
    , m_agreement(new QTableWidget(this))
    , m_reconcileSelected(new QPushButton(tr("&Reconcile Selected Records"), this))
    , m_reconcileAgreed(new QPushButton(tr("Reconcile Records &Without Differences"), this))
{
    setObjectName(QStringLiteral("comparisonView"));
    setWindowTitle(tr("Compare Coders — %1").arg(project.name()));
    const QList<Reviewer> reviewers = Reviewers(project).all();
    for (const Reviewer &r : reviewers) {
        m_reviewerA->addItem(r.name, r.id);
        m_reviewerB->addItem(r.name, r.id);
    }
    if (m_reviewerB->count() > 1)
        m_reviewerB->setCurrentIndex(1);
    auto *compareButton = new QPushButton(tr("&Compare"), this);
    connect(compareButton, &QPushButton::clicked, this, &ComparisonView::compareChosen);

    auto *top = new QHBoxLayout;
    // Each label names its box (Alt+A, Alt+B reach them); without a buddy a label would show
    // its "&" as it is.
    for (const auto &[text, box] :
         {std::pair{tr("Reviewer &A:"), m_reviewerA}, std::pair{tr("Reviewer &B:"), m_reviewerB}}) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        top->addWidget(label);
        top->addWidget(box);
    }
    top->addWidget(compareButton);
    top->addStretch(1);

    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_differences->setObjectName(QStringLiteral("differencesTable"));
    m_differences->setAccessibleName(tr("Differences"));
    m_differences->setColumnCount(6);
    m_differences->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_differences->verticalHeader()->hide();
    m_differences->horizontalHeader()->setSectionResizeMode(RecordColumn, QHeaderView::Stretch);
    m_differences->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_differences->setWordWrap(false);

    m_agreement->setObjectName(QStringLiteral("agreementTable"));
    m_agreement->setAccessibleName(tr("Agreement per code"));
    m_agreement->setColumnCount(8);
    m_agreement->setHorizontalHeaderLabels({tr("Code"), tr("Items"), tr("Both"), tr("Only A"),
                                            tr("Only B"), tr("Neither"), tr("Agreement %"),
                                            tr("Kappa")});
    m_agreement->verticalHeader()->hide();
    m_agreement->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agreement->setEditTriggers(QAbstractItemView::NoEditTriggers);

    const std::optional<Reviewer> me = Reviewers(project).byId(leadId);
    const bool lead = me && Roles::allows(me->role, Work::Lead);
    m_reconcileSelected->setEnabled(lead && !project.isReadOnly());
    m_reconcileAgreed->setEnabled(lead && !project.isReadOnly());
    if (!lead)
        m_reconcileSelected->setToolTip(tr("Only a lead reconciles."));
    connect(m_reconcileSelected, &QPushButton::clicked, this, [this] {
        if (Status s = reconcileSelected(); !s)
            QMessageBox::warning(this, tr("Not reconciled"), s.errorString());
    });
    connect(m_reconcileAgreed, &QPushButton::clicked, this, [this] {
        if (Status s = reconcileAgreed(); !s)
            QMessageBox::warning(this, tr("Not reconciled"), s.errorString());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reconcileAgreed);
    buttons->addWidget(m_reconcileSelected);

    auto *differencesBox = new QWidget(this);
    auto *differencesLayout = new QVBoxLayout(differencesBox);
    differencesLayout->setContentsMargins(0, 0, 0, 0);
    auto *differencesTitle =
        new QLabel(tr("<b>Differences</b> — tick “Final” to keep a code; edit a "
                      "field's final value"),
                   this);
    differencesLayout->addWidget(differencesTitle);
    differencesLayout->addWidget(m_differences);
    differencesLayout->addLayout(buttons);
    auto *agreementBox = new QWidget(this);
    auto *agreementLayout = new QVBoxLayout(agreementBox);
    agreementLayout->setContentsMargins(0, 0, 0, 0);
    agreementLayout->addWidget(
        new QLabel(tr("<b>Agreement per code</b> (codes either reviewer used; "
                      "items both coded)"),
                   this));
    agreementLayout->addWidget(m_agreement);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(differencesBox);
    splitter->addWidget(agreementBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    resize(1100, 760);

    if (m_reviewerA->count() > 1)
        compareChosen();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::compareChosen()
{
    compare(m_reviewerA->currentData().toLongLong(), m_reviewerB->currentData().toLongLong());
}

void ComparisonView::compare(qint64 reviewerA, qint64 reviewerB)
{
    m_reviewerA->setCurrentIndex(m_reviewerA->findData(reviewerA));
    m_reviewerB->setCurrentIndex(m_reviewerB->findData(reviewerB));
    (void)m_codebook->reload();
    Result<CodingComparison> result =
        CodingComparison::compare(m_project, *m_codebook, reviewerA, reviewerB);
    if (!result) {
        m_result = CodingComparison();
        m_summary->setText(result.errorString());
    } else {
        m_result = *result;
        // One count per message: "1 item", "2 items".
        m_summary->setText(
            tr("%n item(s) coded by both (%1 only by %2, %3 only by %4);", nullptr,
               int(m_result.items.size()))
                .arg(QString::number(m_result.onlyA.size()), m_result.nameA,
                     QString::number(m_result.onlyB.size()), m_result.nameB) +
            QLatin1Char(' ') + tr("%n difference(s).", nullptr, int(m_result.differences.size())) +
            QLatin1Char(' ') +
            tr("Overall: %1% agreement, kappa %2 over %n code decision(s).", nullptr,
               m_result.overall.items())
                .arg(number(m_result.overall.percent(), 1), number(m_result.overall.kappa(), 3)));
    }
    fillDifferences();
    fillAgreement();
}

void ComparisonView::fillDifferences()
{
    m_differences->clearContents();
    m_differences->setRowCount(int(m_result.differences.size()));
    m_differences->setHorizontalHeaderLabels(
        {tr("Record"), tr("Code or field"), m_result.nameA.isEmpty() ? tr("A") : m_result.nameA,
         m_result.nameB.isEmpty() ? tr("B") : m_result.nameB, tr("Final"), tr("Status")});
    CodingStore store(m_project, *m_codebook);
    QHash<qint64, bool> reconciled;
    int row = 0;
    for (const CodingDifference &d : std::as_const(m_result.differences)) {
        if (!reconciled.contains(d.recordId))
            reconciled.insert(d.recordId, store.isReconciled(d.recordId));
        auto *record =
            cell(QStringLiteral("#%1  %2").arg(d.recordId).arg(d.recordTitle), d.recordTitle);
        record->setData(RecordRole, d.recordId);
        record->setData(CodeRole, d.codeId);
        record->setData(FieldRole, d.fieldId);
        m_differences->setItem(row, RecordColumn, record);
        m_differences->setItem(row, WhatColumn, cell(d.path, d.path));
        if (d.codeId) {
            m_differences->setItem(row, AColumn, cell(d.inA ? tr("✓ applied") : tr("—"), d.valueA));
            m_differences->setItem(row, BColumn, cell(d.inB ? tr("✓ applied") : tr("—"), d.valueB));
            auto *final = new QTableWidgetItem(tr("keep"));
            final->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            final->setCheckState(d.inA ? Qt::Checked : Qt::Unchecked);
            m_differences->setItem(row, FinalColumn, final);
        } else {
            m_differences->setItem(row, AColumn,
                                   cell(d.valueA.isEmpty() ? tr("(none)") : d.valueA, d.valueA));
            m_differences->setItem(row, BColumn,
                                   cell(d.valueB.isEmpty() ? tr("(none)") : d.valueB, d.valueB));
            auto *final = new QTableWidgetItem(d.valueA);
            final->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            m_differences->setItem(row, FinalColumn, final);
        }
        m_differences->setItem(row, StatusColumn,
                               cell(reconciled.value(d.recordId) ? tr("reconciled") : tr("open")));
        ++row;
    }
    m_differences->resizeColumnToContents(AColumn);
    m_differences->resizeColumnToContents(BColumn);
    m_differences->resizeColumnToContents(FinalColumn);
    m_differences->resizeColumnToContents(StatusColumn);
}

void ComparisonView::fillAgreement()
{
    QList<const CodeAgreement *> used;
    for (const CodeAgreement &c : std::as_const(m_result.perCode)) {
        if (c.agreement.both + c.agreement.onlyA + c.agreement.onlyB > 0)
            used.append(&c);
    }
    m_agreement->clearContents();
    m_agreement->setRowCount(int(used.size()) + 1);
    auto fill = [this](int row, const QString &name, const PresenceAgreement &a, bool bold) {
        const QStringList texts{name,
                                QString::number(a.items()),
                                QString::number(a.both),
                                QString::number(a.onlyA),
                                QString::number(a.onlyB),
                                QString::number(a.neither),
                                number(a.percent(), 1),
                                number(a.kappa(), 3)};
        for (int column = 0; column < texts.size(); ++column) {
            QTableWidgetItem *item = cell(texts.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_agreement->setItem(row, column, item);
        }
    };
    fill(0, tr("Overall (all codes, pooled)"), m_result.overall, true);
    for (int i = 0; i < used.size(); ++i)
        fill(i + 1, used.at(i)->path, used.at(i)->agreement, false);
    for (int column = 1; column < 8; ++column)
        m_agreement->resizeColumnToContents(column);
}

Status ComparisonView::reconcileRecords(const QList<qint64> &records)
{
    CodingStore store(m_project, *m_codebook);
    for (qint64 recordId : records) {
        // What both gave stays; the differences as the lead decided.
        QSet<qint64> codes;
        QSet<qint64> codesB;
        const QList<Coding> b = store.codings(recordId, m_result.reviewerB);
        for (const Coding &c : b)
            codesB.insert(c.codeId);
        const QList<Coding> a = store.codings(recordId, m_result.reviewerA);
        for (const Coding &c : a) {
            if (codesB.contains(c.codeId) && !m_codebook->isHidden(c.codeId))
                codes.insert(c.codeId);
        }
        QHash<qint64, QString> values;
        const QHash<qint64, QString> valuesA = store.values(recordId, m_result.reviewerA);
        const QHash<qint64, QString> valuesB = store.values(recordId, m_result.reviewerB);
        for (auto it = valuesA.constBegin(); it != valuesA.constEnd(); ++it) {
            if (valuesB.value(it.key()) == it.value())
                values.insert(it.key(), it.value());
        }
        for (int row = 0; row < m_differences->rowCount(); ++row) {
            const QTableWidgetItem *record = m_differences->item(row, RecordColumn);
            if (record->data(RecordRole).toLongLong() != recordId)
                continue;
            const QTableWidgetItem *final = m_differences->item(row, FinalColumn);
            if (const qint64 code = record->data(CodeRole).toLongLong()) {
                if (final->checkState() == Qt::Checked)
                    codes.insert(code);
            } else {
                values.insert(record->data(FieldRole).toLongLong(), final->text());
            }
        }
        if (Status s = store.reconcileRecord(recordId, m_leadId, codes, values, m_result.reviewerA);
            !s)
            return s;
    }
    compare(m_result.reviewerA, m_result.reviewerB);
    emit reconciled();
    return {};
}

Status ComparisonView::reconcileSelected()
{
    QList<qint64> records;
    const QList<QTableWidgetItem *> selected = m_differences->selectedItems();
    for (const QTableWidgetItem *item : selected) {
        const qint64 id =
            m_differences->item(item->row(), RecordColumn)->data(RecordRole).toLongLong();
        if (!records.contains(id))
            records.append(id);
    }
    if (records.isEmpty()) {
        for (int row = 0; row < m_differences->rowCount(); ++row) {
            const qint64 id = m_differences->item(row, RecordColumn)->data(RecordRole).toLongLong();
            if (!records.contains(id))
                records.append(id);
        }
    }
    return reconcileRecords(records);
}

Status ComparisonView::reconcileAgreed()
{
    QSet<qint64> differing;
    for (const CodingDifference &d : std::as_const(m_result.differences))
        differing.insert(d.recordId);
    CodingStore store(m_project, *m_codebook);
    QList<qint64> records;
    for (qint64 id : std::as_const(m_result.items)) {
        if (!differing.contains(id) && !store.isReconciled(id))
            records.append(id);
    }
    return reconcileRecords(records);
}

} // namespace evimap::ui
