#include "dedupreviewdialog.h"

#include "project/project.h"
#include "records/recordfields.h"
#include "records/recordstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>
#include <algorithm>

namespace evimap::ui {

namespace {

const char *const differingStyle = "background-color: #fff1c2;";

QString verdictColour(const QString &verdict)
{
    if (verdict == QLatin1String("agree"))
        return QStringLiteral("#1a7f37");
    if (verdict == QLatin1String("disagree"))
        return QStringLiteral("#cf222e");
    if (verdict == QLatin1String("partial"))
        return QStringLiteral("#9a6700");
    return QStringLiteral("#57606a");
}

QString verdictSign(const QString &verdict)
{
    if (verdict == QLatin1String("agree"))
        return QStringLiteral("✓");
    if (verdict == QLatin1String("disagree"))
        return QStringLiteral("✗");
    if (verdict == QLatin1String("partial"))
        return QStringLiteral("≈");
    return QStringLiteral("!");
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumWidth(220);
    return label;
}

} // namespace

DedupReviewDialog::DedupReviewDialog(Project &project, qint64 reviewerId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_store(project)
    , m_reviewerId(reviewerId)
    , m_position(new QLabel(this))
    , m_score(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_status(new QLabel(this))
    , m_duplicate(new QPushButton(tr("&Duplicate  [D]"), this))
    , m_notDuplicate(new QPushButton(tr("&Not a duplicate  [N]"), this))
    , m_previous(new QPushButton(tr("← Previous"), this))
    , m_next(new QPushButton(tr("Next →"), this))
    , m_undoButton(new QPushButton(tr("Undo  [Ctrl+Z]"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("DedupReviewDialog"));
    setWindowTitle(tr("Review Duplicates"));
    resize(1100, 760);
    setFocusPolicy(Qt::StrongFocus);

    m_position->setObjectName(QStringLiteral("groupPosition"));
    m_score->setObjectName(QStringLiteral("groupScore"));
    m_reasons->setObjectName(QStringLiteral("groupReasons"));
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    m_scroll->setObjectName(QStringLiteral("comparison"));
    m_scroll->setWidgetResizable(true);
    // Arrow keys move between groups, so nothing inside may take them.
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_notDuplicate->setObjectName(QStringLiteral("notDuplicateButton"));
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_duplicate->setToolTip(tr("Merge the ticked records into the one to keep (D)"));
    m_notDuplicate->setToolTip(tr("These records are different works (N)"));
    for (QPushButton *b :
         {m_duplicate, m_notDuplicate, m_previous, m_next, m_undoButton, m_close}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
    }
    connect(m_duplicate, &QPushButton::clicked, this, &DedupReviewDialog::markDuplicate);
    connect(m_notDuplicate, &QPushButton::clicked, this, &DedupReviewDialog::markNotDuplicate);
    connect(m_previous, &QPushButton::clicked, this, &DedupReviewDialog::previous);
    connect(m_next, &QPushButton::clicked, this, &DedupReviewDialog::next);
    connect(m_undoButton, &QPushButton::clicked, this, &DedupReviewDialog::undo);
    connect(m_close, &QPushButton::clicked, this, &DedupReviewDialog::accept);

    auto *header = new QHBoxLayout;
    header->addWidget(m_position);
    header->addStretch(1);
    header->addWidget(m_score);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_undoButton);
    buttons->addSpacing(24);
    buttons->addWidget(m_notDuplicate);
    buttons->addWidget(m_duplicate);
    buttons->addSpacing(24);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_reasons);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    reload();
}

const DedupGroup *DedupReviewDialog::currentGroup() const
{
    return m_index >= 0 && m_index < m_groups.size() ? &m_groups.at(m_index) : nullptr;
}

QString DedupReviewDialog::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("authors"), QT_TR_NOOP("Authors")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("container"), QT_TR_NOOP("Journal / source")},
        {QStringLiteral("volume"), QT_TR_NOOP("Volume")},
        {QStringLiteral("issue"), QT_TR_NOOP("Issue")},
        {QStringLiteral("pages"), QT_TR_NOOP("Pages")},
        {QStringLiteral("doi"), QT_TR_NOOP("DOI")},
        {QStringLiteral("pmid"), QT_TR_NOOP("PMID")},
        {QStringLiteral("accession"), QT_TR_NOOP("Accession")},
        {QStringLiteral("isbn"), QT_TR_NOOP("ISBN")},
        {QStringLiteral("url"), QT_TR_NOOP("URL")},
        {QStringLiteral("abstract"), QT_TR_NOOP("Abstract")},
        {QStringLiteral("keywords"), QT_TR_NOOP("Keywords")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("publisher"), QT_TR_NOOP("Publisher")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("journal"), QT_TR_NOOP("Journal")},
        {QStringLiteral("numbers"), QT_TR_NOOP("Numbers in titles")},
        {QStringLiteral("notice"), QT_TR_NOOP("Erratum or notice")},
        {QStringLiteral("preprint"), QT_TR_NOOP("Preprint")},
        {QStringLiteral("guard"), QT_TR_NOOP("Caution")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

void DedupReviewDialog::reload(qint64 showRecord)
{
    m_groups = m_store.reviewGroups();
    if (showRecord > 0) {
        for (qsizetype i = 0; i < m_groups.size(); ++i) {
            if (m_groups.at(i).records.contains(showRecord))
                m_index = int(i);
        }
    }
    m_index = std::clamp(m_index, 0, std::max(0, int(m_groups.size()) - 1));
    showGroup();
}

void DedupReviewDialog::clearGrid()
{
    m_included.clear();
    m_choices.clear();
    m_keep = nullptr;
    m_differing.clear();
    m_records.clear();
    if (m_gridHost) {
        m_scroll->takeWidget();
        m_gridHost->deleteLater();
        m_gridHost = nullptr;
    }
}

void DedupReviewDialog::showGroup()
{
    clearGrid();
    const DedupGroup *group = currentGroup();
    m_duplicate->setEnabled(group != nullptr);
    m_notDuplicate->setEnabled(group != nullptr);
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_groups.size());
    m_undoButton->setEnabled(!m_undo.isEmpty());
    // With nothing left to decide, Enter closes.
    m_close->setDefault(group == nullptr);
    if (!group) {
        const bool decided = m_duplicatePairs + m_differentPairs > 0;
        m_position->setText(decided ? tr("Review done. %1").arg(summaryText())
                                    : tr("No possible duplicates are waiting for review."));
        m_score->clear();
        m_reasons->clear();
        return;
    }
    m_position->setText(tr("Group %1 of %2: %n record(s)", nullptr, int(group->records.size()))
                            .arg(m_index + 1)
                            .arg(m_groups.size()));
    m_score->setText(tr("Best score %1").arg(group->bestScore, 0, 'f', 3));

    // The reasons behind each pair of the group.
    QStringList lines;
    for (const DedupPair &p : group->pairs) {
        QStringList parts;
        for (const DedupReason &r : p.reasons) {
            QString part = QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                               .arg(verdictColour(r.verdict), verdictSign(r.verdict),
                                    fieldLabel(r.field).toHtmlEscaped());
            if (!r.detail.isEmpty())
                part += QStringLiteral(" <span style=\"color:#57606a\">%1</span>")
                            .arg(r.detail.toHtmlEscaped());
            parts << part;
        }
        lines << tr("<b>Records %1 and %2</b>, score %3: %4")
                     .arg(p.rootA)
                     .arg(p.rootB)
                     .arg(p.score, 0, 'f', 3)
                     .arg(parts.join(QStringLiteral(" · ")));
    }
    m_reasons->setText(lines.join(QStringLiteral("<br>")));

    RecordStore records(m_project.database());
    for (const qint64 id : group->records) {
        if (std::optional<Record> r = records.record(id))
            m_records.append(*r);
    }

    m_gridHost = new QWidget;
    auto *grid = new QGridLayout(m_gridHost);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    m_keep = new QButtonGroup(m_gridHost);
    m_keep->setExclusive(true);
    // Header: include this record? keep this one?
    grid->addWidget(new QLabel(tr("<b>Record</b>"), m_gridHost), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Keep</b>"), m_gridHost), 1, 0);
    for (qsizetype c = 0; c < m_records.size(); ++c) {
        const Record &r = m_records.at(c);
        auto *include = new QCheckBox(tr("Record %1").arg(r.id), m_gridHost);
        include->setObjectName(QStringLiteral("include-%1").arg(r.id));
        include->setChecked(true);
        include->setFocusPolicy(Qt::NoFocus);
        include->setToolTip(tr("Part of this duplicate group; untick a record that is a "
                               "different work"));
        m_included.append(include);
        grid->addWidget(include, 0, int(c) + 1);
        auto *keep = new QRadioButton(c == 0 ? tr("keep (most complete)") : tr("keep"), m_gridHost);
        keep->setObjectName(QStringLiteral("keep-%1").arg(r.id));
        keep->setFocusPolicy(Qt::NoFocus);
        keep->setChecked(c == 0);
        m_keep->addButton(keep, int(c));
        grid->addWidget(keep, 1, int(c) + 1);
    }

    // One row per field: a radio button per non-empty value.
    int row = 2;
    const QStringList fields = DedupStore::mergeableFields();
    for (const QString &field : fields) {
        QStringList values;
        QSet<QString> distinct;
        for (const Record &r : std::as_const(m_records)) {
            values << RecordFields::value(r, field);
            if (!values.last().trimmed().isEmpty())
                distinct.insert(values.last().trimmed());
        }
        if (distinct.isEmpty())
            continue;
        const bool differs = distinct.size() > 1 ||
                             std::any_of(values.begin(), values.end(),
                                         [](const QString &v) { return v.trimmed().isEmpty(); });
        if (differs)
            m_differing << field;
        auto *label = new QLabel(fieldLabel(field), m_gridHost);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (differs) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        grid->addWidget(label, row, 0);
        auto *choice = new QButtonGroup(m_gridHost);
        choice->setExclusive(true);
        m_choices.insert(field, choice);
        bool chosen = false;
        for (qsizetype c = 0; c < m_records.size(); ++c) {
            auto *cell = new QWidget(m_gridHost);
            if (differs)
                cell->setStyleSheet(QLatin1String(differingStyle));
            auto *cellLayout = new QHBoxLayout(cell);
            cellLayout->setContentsMargins(4, 2, 4, 2);
            QString shown = values.at(c);
            if (field == QLatin1String("authors") || field == QLatin1String("keywords"))
                shown.replace(QLatin1Char('\n'), QStringLiteral("; "));
            if (shown.isEmpty()) {
                auto *none = new QLabel(QStringLiteral("—"), cell);
                none->setStyleSheet(QStringLiteral("color: #8c959f;"));
                cellLayout->addWidget(none);
            } else {
                auto *radio = new QRadioButton(cell);
                radio->setObjectName(
                    QStringLiteral("choose-%1-%2").arg(field).arg(m_records.at(c).id));
                radio->setFocusPolicy(Qt::NoFocus);
                radio->setAccessibleName(
                    tr("%1 from record %2").arg(fieldLabel(field)).arg(m_records.at(c).id));
                choice->addButton(radio, int(c));
                // The kept record's value by default, else the first one there is.
                if (!chosen && (c == 0 || values.at(0).isEmpty())) {
                    radio->setChecked(true);
                    chosen = true;
                }
                cellLayout->addWidget(radio, 0, Qt::AlignTop);
                QLabel *text = wrappedLabel(field == QLatin1String("abstract") && shown.size() > 400
                                                ? shown.left(400) + QChar(0x2026)
                                                : shown,
                                            cell);
                text->setToolTip(field == QLatin1String("abstract") ? shown.left(4000) : QString());
                cellLayout->addWidget(text, 1);
            }
            grid->addWidget(cell, row, int(c) + 1);
        }
        ++row;
    }
    // Where each record came from.
    auto *sourcesLabel = new QLabel(tr("Sources"), m_gridHost);
    grid->addWidget(sourcesLabel, row, 0);
    for (qsizetype c = 0; c < m_records.size(); ++c)
        grid->addWidget(
            wrappedLabel(records.sourcesOf(m_records.at(c).id).join(QLatin1Char('\n')), m_gridHost),
            row, int(c) + 1);
    grid->setRowStretch(row + 1, 1);
    m_scroll->setWidget(m_gridHost);
}

void DedupReviewDialog::setStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #cf222e;") : QString());
    m_status->setText(text);
}

QString DedupReviewDialog::statusText() const
{
    return m_status->text();
}

QString DedupReviewDialog::summaryText() const
{
    const int pairs = m_duplicatePairs + m_differentPairs;
    return tr("%1 %2: %3, %4 not.")
        .arg(pairs)
        .arg(pairs == 1 ? tr("pair") : tr("pairs"))
        .arg(m_duplicatePairs == 1 ? tr("1 duplicate") : tr("%1 duplicates").arg(m_duplicatePairs))
        .arg(m_differentPairs);
}

void DedupReviewDialog::setKept(qint64 recordId)
{
    for (qsizetype c = 0; c < m_records.size(); ++c) {
        if (m_records.at(c).id == recordId && m_keep)
            m_keep->button(int(c))->setChecked(true);
    }
}

void DedupReviewDialog::setIncluded(qint64 recordId, bool included)
{
    for (qsizetype c = 0; c < m_records.size(); ++c) {
        if (m_records.at(c).id == recordId)
            m_included.at(c)->setChecked(included);
    }
}

void DedupReviewDialog::chooseField(const QString &field, qint64 recordId)
{
    QButtonGroup *group = m_choices.value(field);
    if (!group)
        return;
    for (qsizetype c = 0; c < m_records.size(); ++c) {
        if (m_records.at(c).id == recordId) {
            if (QAbstractButton *b = group->button(int(c)))
                b->setChecked(true);
        }
    }
}

void DedupReviewDialog::markDuplicate()
{
    const DedupGroup *group = currentGroup();
    if (!group)
        return;
    if (m_project.isReadOnly()) {
        setStatus(tr("The project is read-only; nothing can be merged."), true);
        return;
    }
    QList<qint64> included, excluded;
    for (qsizetype c = 0; c < m_records.size(); ++c)
        (m_included.at(c)->isChecked() ? included : excluded).append(m_records.at(c).id);
    if (included.size() < 2) {
        setStatus(tr("Tick at least two records to merge."), true);
        return;
    }
    const int keepIndex = m_keep ? m_keep->checkedId() : 0;
    qint64 kept = keepIndex >= 0 ? m_records.at(keepIndex).id : included.first();
    if (!included.contains(kept))
        kept = included.first();
    QHash<QString, qint64> choices;
    for (auto it = m_choices.begin(); it != m_choices.end(); ++it) {
        const int c = it.value()->checkedId();
        if (c >= 0 && included.contains(m_records.at(c).id))
            choices.insert(it.key(), m_records.at(c).id);
    }
    // Pairs between a ticked and an unticked record: different works.
    QList<qint64> different;
    for (const DedupPair &p : group->pairs) {
        if (included.contains(p.rootA) != included.contains(p.rootB))
            different.append(p.id);
    }
    Result<MergeResult> merged = m_store.merge(included, kept, choices, m_reviewerId);
    if (!merged) {
        setStatus(merged.errorString(), true);
        return;
    }
    if (!different.isEmpty()) {
        if (Status s = m_store.markNotDuplicate(different, m_reviewerId); !s)
            setStatus(s.errorString(), true);
    }
    m_undo.append(UndoStep{merged->pairs.value(0), different, kept, int(merged->pairs.size())});
    m_duplicatePairs += int(merged->pairs.size());
    m_differentPairs += int(different.size());
    setStatus(
        tr("Merged %n record(s) into record %1.", nullptr, int(merged->merged.size())).arg(kept));
    reload();
    emit changed();
}

void DedupReviewDialog::markNotDuplicate()
{
    const DedupGroup *group = currentGroup();
    if (!group)
        return;
    QList<qint64> pairs;
    for (const DedupPair &p : group->pairs)
        pairs.append(p.id);
    if (Status s = m_store.markNotDuplicate(pairs, m_reviewerId); !s) {
        setStatus(s.errorString(), true);
        return;
    }
    m_undo.append(UndoStep{0, pairs, group->records.value(0), 0});
    m_differentPairs += int(pairs.size());
    setStatus(tr("Marked as different works: records %1.").arg([&] {
        QStringList ids;
        for (const qint64 id : group->records)
            ids << QString::number(id);
        return ids.join(QStringLiteral(", "));
    }()));
    reload();
    emit changed();
}

void DedupReviewDialog::undo()
{
    if (m_undo.isEmpty())
        return;
    const UndoStep step = m_undo.takeLast();
    QStringList problems;
    if (step.mergePair > 0) {
        if (Status s = m_store.undo(step.mergePair, m_reviewerId); !s)
            problems << s.errorString();
    }
    for (const qint64 pair : step.notDuplicates) {
        if (Status s = m_store.undo(pair, m_reviewerId); !s)
            problems << s.errorString();
    }
    if (problems.isEmpty()) {
        m_duplicatePairs -= step.mergedPairs;
        m_differentPairs -= int(step.notDuplicates.size());
    }
    if (problems.isEmpty())
        setStatus(step.mergePair > 0 ? tr("Merge undone; the records are back in the queue.")
                                     : tr("Decision undone; the records are back in the queue."));
    else
        setStatus(problems.join(QLatin1Char('\n')), true);
    reload(step.record);
    emit changed();
}

void DedupReviewDialog::next()
{
    if (m_index + 1 < m_groups.size()) {
        ++m_index;
        showGroup();
    }
}

void DedupReviewDialog::previous()
{
    if (m_index > 0) {
        --m_index;
        showGroup();
    }
}

void DedupReviewDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undo();
        return;
    }
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) {
        QDialog::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_D:
        markDuplicate();
        return;
    case Qt::Key_N:
        markNotDuplicate();
        return;
    case Qt::Key_Right:
        next();
        return;
    case Qt::Key_Left:
        previous();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void DedupReviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    setFocus();
}

} // namespace evimap::ui
